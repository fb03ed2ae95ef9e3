"""The usage store on real SQLite files: created, migrated, recorded, pruned."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.usage.records import CommandRecord, hash_user
from bot.usage.sqlite import MIGRATIONS, SqliteUsageStore


def record(
    asked: str = "who is Biden", matched: bool = False, at: datetime | None = None, **kw
) -> CommandRecord:
    return CommandRecord(
        command=kw.get("command", "ask"),
        options={"question": asked},
        matched=matched,
        weak=kw.get("weak", False),
        entry=kw.get("entry"),
        latency_ms=kw.get("latency_ms", 1.5),
        guild_id=1,
        user_hash="abc",
        at=at or datetime.now(UTC),
    )


def test_a_new_file_is_created_and_migrated(tmp_path: Path):
    store = SqliteUsageStore(tmp_path / "data" / "usage.sqlite3")
    assert store.schema_version() == len(MIGRATIONS)
    store.close()
    again = SqliteUsageStore(tmp_path / "data" / "usage.sqlite3")  # reopening migrates nothing twice
    assert again.schema_version() == len(MIGRATIONS)


def test_records_round_trip_and_never_hold_a_raw_user_id(tmp_path: Path):
    store = SqliteUsageStore(tmp_path / "u.sqlite3")
    user = 123456789012345678
    store.add([record(entry=None), record("Austin", True, command="who", entry="Lloyd Austin")])
    rows = store.rows(datetime.now(UTC) - timedelta(days=1))
    assert [(r.command, r.asked, r.matched, r.entry) for r in rows] == [
        ("ask", "who is Biden", False, None),
        ("who", "Austin", True, "Lloyd Austin"),
    ]
    dump = "\n".join(sqlite3.connect(tmp_path / "u.sqlite3").iterdump())
    assert str(user) not in dump


def test_the_salt_is_made_once_and_kept(tmp_path: Path):
    path = tmp_path / "u.sqlite3"
    salt = SqliteUsageStore(path).salt()
    assert len(salt) == 32 and SqliteUsageStore(path).salt() == salt
    assert hash_user(salt, 42) == hash_user(salt, 42) != hash_user(salt, 43)
    assert hash_user(salt, 42) != hash_user(SqliteUsageStore(tmp_path / "other.sqlite3").salt(), 42)


def test_prune_removes_only_what_is_older_than_the_retention(tmp_path: Path):
    store = SqliteUsageStore(tmp_path / "u.sqlite3")
    now = datetime.now(UTC)
    store.add([record(at=now - timedelta(days=100)), record(at=now - timedelta(days=89)), record(at=now)])
    assert store.prune(now - timedelta(days=90)) == 1
    assert len(store.rows(now - timedelta(days=365))) == 2
