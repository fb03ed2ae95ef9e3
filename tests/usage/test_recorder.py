"""Recording never slows or stops the bot: a locked, full or missing database only delays writes."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.usage.recorder import UsageRecorder
from bot.usage.records import hash_user
from bot.usage.sqlite import SqliteUsageStore
from tests.usage.test_sqlite import record


def recorder(path: Path) -> UsageRecorder:
    return UsageRecorder(lambda: SqliteUsageStore(path), retention_days=90)


def rows(path: Path):
    return SqliteUsageStore(path).rows(datetime.now(UTC) - timedelta(days=1))


async def test_records_are_batched_and_written_on_flush(tmp_path: Path):
    path = tmp_path / "u.sqlite3"
    usage = recorder(path)
    await usage.start()
    for n in range(5):
        usage.record(record(f"q{n}"))
    assert rows(path) == []  # nothing written on the hot path
    await usage.flush()
    assert [r.asked for r in rows(path)] == [f"q{n}" for n in range(5)]


async def test_the_user_hash_uses_the_databases_salt(tmp_path: Path):
    path = tmp_path / "u.sqlite3"
    first, second = recorder(path), recorder(path)
    await first.start()
    await second.start()
    assert first.user_hash(42) == second.user_hash(42)


async def test_a_locked_database_delays_writes_and_is_logged_once(tmp_path: Path, caplog):
    path = tmp_path / "u.sqlite3"
    usage = recorder(path)
    await usage.start()
    locker = sqlite3.connect(path)
    locker.execute("BEGIN EXCLUSIVE")
    usage.record(record("while locked"))
    await usage.flush()
    usage.record(record("still locked"))
    await usage.flush()
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "usage store unavailable" in warnings[0].getMessage()
    locker.rollback()
    locker.close()
    await usage.flush()
    assert [r.asked for r in rows(path)] == ["while locked", "still locked"]  # nothing lost


async def test_a_full_disk_keeps_the_records_queued(tmp_path: Path):
    path = tmp_path / "u.sqlite3"
    usage = recorder(path)
    await usage.start()
    db = usage.store._db  # type: ignore[union-attr]
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
    for n in range(300):
        usage.record(record("x" * 400 + str(n)))
    await usage.flush()
    assert len(usage._buffer) == 300
    db.execute("PRAGMA max_page_count = 1073741823")
    await usage.flush()
    assert len(rows(path)) == 300


async def test_an_unopenable_database_never_stops_recording_calls(tmp_path: Path, caplog):
    path = tmp_path / "is-a-directory"
    path.mkdir()
    usage = recorder(path)
    await usage.start()
    usage.record(record("kept in memory"))
    await usage.flush()
    assert len(usage._buffer) == 1
    assert sum("usage store unavailable" in r.getMessage() for r in caplog.records) == 1


async def test_a_read_only_database_keeps_the_records_queued(tmp_path: Path, caplog):
    path = tmp_path / "u.sqlite3"
    usage = recorder(path)
    await usage.start()
    usage.store._db.execute("PRAGMA query_only = ON")  # type: ignore[union-attr]  # as a read-only mount
    usage.record(record("while read-only"))
    await usage.flush()
    assert len(usage._buffer) == 1
    assert "readonly" in next(r.getMessage() for r in caplog.records if "unavailable" in r.getMessage())
    usage.store._db.execute("PRAGMA query_only = OFF")  # type: ignore[union-attr]
    await usage.flush()
    assert [r.asked for r in rows(path)] == ["while read-only"]


async def test_records_made_before_the_store_opens_are_hashed_with_its_salt(tmp_path: Path, caplog):
    caplog.set_level(logging.INFO)
    """The database's salt hashes every user, even those who asked while it could not be opened:
    the id waits in memory until the salt is read, and is never written."""
    path = tmp_path / "u.sqlite3"
    path.mkdir()  # cannot be opened as a database for now
    usage = recorder(path)
    await usage.start()
    usage.record(record("early"), user_id=123456789012345678)
    await usage.flush()
    assert usage.queued == 1 and usage.store is None
    path.rmdir()
    await usage.flush()  # opened at last: the salt is read, then the record is hashed and written
    salt = SqliteUsageStore(path).salt()
    usage.record(record("later"), user_id=123456789012345678)
    await usage.flush()
    hashes = [h for (h,) in sqlite3.connect(path).execute("SELECT user_hash FROM commands ORDER BY id")]
    assert hashes == [hash_user(salt, 123456789012345678)] * 2
    assert "123456789012345678" not in "\n".join(sqlite3.connect(path).iterdump())
    assert sum("usage store unavailable" in r.getMessage() for r in caplog.records) == 1
    assert sum("available again" in r.getMessage() for r in caplog.records) == 1


async def test_a_full_queue_drops_the_oldest_and_says_so(tmp_path: Path, caplog, monkeypatch):
    caplog.set_level(logging.INFO)
    monkeypatch.setattr("bot.usage.recorder.MAX_BUFFER", 5)
    path = tmp_path / "u.sqlite3"
    path.mkdir()
    usage = recorder(path)
    for n in range(8):
        usage.record(record(f"q{n}"))
    await usage.flush()
    usage.record(record("q8"))
    path.rmdir()
    await usage.flush()
    assert [r.asked for r in rows(path)] == ["q4", "q5", "q6", "q7", "q8"] and usage.dropped == 4
    full = [r for r in caplog.records if "queue full" in r.getMessage()]
    assert len(full) == 1 and full[0].levelno == logging.WARNING
    assert any("4 dropped while the queue was full" in r.getMessage() for r in caplog.records)
