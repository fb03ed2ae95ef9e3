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
