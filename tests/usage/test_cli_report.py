"""`alliance-bot report unanswered|stats` reads the same database the bot writes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.usage.sqlite import SqliteUsageStore
from tests.usage.test_sqlite import record


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "usage.sqlite3"
    store = SqliteUsageStore(path)
    store.add(
        [
            record("Who is Biden?"),
            record("who is biden"),
            record("What is NATO?"),
            record("Austin", True, command="who", entry="Lloyd Austin", latency_ms=3.0),
        ]
    )
    store.close()
    return path


def run(capsys, *args: str) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().out


def test_unanswered_as_text_csv_and_json(capsys, db):
    code, text = run(capsys, "report", "unanswered", "--db", str(db))
    assert code == 0 and "2× “Who is Biden?”" in text
    _, out = run(capsys, "report", "unanswered", "--db", str(db), "--format", "csv")
    table = list(csv.DictReader(io.StringIO(out)))
    assert [(r["count"], r["question"]) for r in table] == [("2", "Who is Biden?"), ("1", "What is NATO?")]
    _, out = run(capsys, "report", "unanswered", "--db", str(db), "--format", "json", "--days", "30")
    assert json.loads(out)[0]["count"] == 2


def test_stats_as_text_csv_and_json(capsys, db):
    code, text = run(capsys, "report", "stats", "--db", str(db))
    assert code == 0 and "Usage statistics" in text and "25%" in text
    _, out = run(capsys, "report", "stats", "--db", str(db), "--format", "json", "--days", "3")
    data = json.loads(out)
    assert data["total"] == 4 and data["top_entries"] == {"Lloyd Austin": 1} and len(data["per_day"]) == 3
    _, out = run(capsys, "report", "stats", "--db", str(db), "--format", "csv", "--days", "2")
    assert out.splitlines()[0] == "day,answered,not_answered" and len(out.splitlines()) == 3


def test_a_missing_database_is_a_clear_error(capsys, tmp_path):
    code = main(["report", "stats", "--db", str(tmp_path / "none.sqlite3")])
    assert code == 1 and "no usage database" in capsys.readouterr().err


def test_a_corrupted_database_is_one_clear_line_not_a_traceback(capsys, tmp_path):
    path = tmp_path / "usage.sqlite3"
    path.write_bytes(b"this is not a database, just text that happens to be here\n" * 100)
    before = path.read_bytes()
    code = main(["report", "stats", "--db", str(path)])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert str(path) in err and "not a usage database" in err
    assert path.read_bytes() == before


@pytest.mark.parametrize("size", [1500, 4096], ids=["inside the header page", "after the header page"])
def test_a_truncated_database_is_one_clear_line(capsys, db, size):
    db.write_bytes(db.read_bytes()[:size])  # a half-copied file
    code = main(["report", "unanswered", "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_read_only_database_is_read_without_writing_anything(capsys, db, tmp_path, journal):
    """Reports open the file read-only: no WAL switch, no migration, no -wal/-shm beside it.
    chmod stops an ordinary user, not root: for root the proof that nothing was written is the
    file's bytes (a rollback-journal file would be switched to WAL by a writer) and the folder."""
    import sqlite3

    folder = tmp_path / "readonly"
    folder.mkdir()
    copy = folder / "usage.sqlite3"
    copy.write_bytes(db.read_bytes())
    connection = sqlite3.connect(copy)
    connection.execute(f"PRAGMA journal_mode = {journal}")
    connection.close()
    copy.chmod(0o444)
    folder.chmod(0o555)
    before = copy.read_bytes()
    try:
        code, out = run(capsys, "report", "stats", "--db", str(copy), "--format", "json")
    finally:
        folder.chmod(0o755)
    assert code == 0 and json.loads(out)["total"] == 4
    assert sorted(p.name for p in folder.iterdir()) == ["usage.sqlite3"]
    assert copy.read_bytes() == before


def test_an_old_or_new_schema_version_is_said_plainly_and_not_migrated(capsys, db):
    import sqlite3

    for version, words in ((0, "older"), (99, "newer")):
        connection = sqlite3.connect(db)
        connection.execute(f"PRAGMA user_version = {version}")
        connection.commit()
        connection.close()
        before = db.read_bytes()
        code = main(["report", "stats", "--db", str(db)])
        err = capsys.readouterr().err
        assert code == 1 and words in err and "schema version" in err and "Traceback" not in err
        assert db.read_bytes() == before  # a report never migrates


MISSED = "what was the mood like between the two ministers"


def test_unanswered_questions_come_with_the_yaml_that_teaches_them(capsys, tmp_path):
    path = tmp_path / "usage.sqlite3"
    store = SqliteUsageStore(path)
    store.add([record(MISSED), record(MISSED), record("Who is Biden?", command="who")])
    store.close()
    code, text = run(capsys, "report", "unanswered", "--db", str(path))
    assert code == 0
    assert "Closest entry:" in text and "2023-01-31-diplomat-austin-lee-seoul.yaml, after line" in text
    # the YAML is printed verbatim, ready to paste: not wrapped, not indented with the item
    assert f"    questions:\n      - {MISSED}\n" in text
    _, out = run(capsys, "report", "unanswered", "--db", str(path), "--format", "json")
    rows = {r["question"]: r for r in json.loads(out)}
    assert rows[MISSED]["yaml"].endswith(f"- {MISSED}\n") and rows[MISSED]["after_line"]
    assert rows["Who is Biden?"]["yaml"] == ""  # a missed /who is not taught with questions
