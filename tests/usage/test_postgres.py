"""The usage store on a real PostgreSQL server: migrated once, shared by several processes,
the same rows as SQLite, and read-only for reports."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.cli import main
from bot.usage.dsn import DatabaseURL
from bot.usage.records import SchemaMismatch, UsageStoreError, hash_user
from bot.usage.sqlite import SqliteUsageStore
from tests.conftest import ROOT
from tests.pgserver import PASSWORD
from tests.usage.test_sqlite import record

pytest.importorskip("psycopg", reason="the postgres extra is not installed")

from bot.usage.postgres import MIGRATIONS, PostgresUsageStore

DAY = timedelta(days=1)


def store(url: str, **kw) -> PostgresUsageStore:
    return PostgresUsageStore(DatabaseURL(url), **kw)


def test_a_new_database_is_migrated_once_and_reopening_migrates_nothing(pg, pg_url):
    first = store(pg_url)
    assert first.schema_version() == len(MIGRATIONS)
    first.add([record("kept")])
    first.close()
    again = store(pg_url)
    assert again.schema_version() == len(MIGRATIONS) and again.count() == 1
    dbname = pg_url.rsplit("/", 1)[1]
    assert pg.admin("SELECT count(*) FROM usage_schema", dbname) == [(1,)]
    again.close()


def test_the_same_records_read_back_as_from_sqlite(pg_url, tmp_path: Path):
    now = datetime.now(UTC).replace(microsecond=0)
    batch = [
        record("who is Biden", at=now - timedelta(hours=2)),
        record("Austin", True, command="who", entry="Lloyd Austin", at=now - timedelta(hours=1)),
        record("이종섭 **bold** @everyone", True, weak=True, command="who", entry="Lee Jong-sup", at=now),
    ]
    pg_store, lite = store(pg_url), SqliteUsageStore(tmp_path / "u.sqlite3")
    pg_store.add(batch)
    lite.add(batch)
    assert pg_store.rows(now - DAY) == lite.rows(now - DAY)
    assert [r.at.tzinfo for r in pg_store.rows(now - DAY)] == [UTC] * 3
    pg_store.close()


def test_the_salt_is_made_once_and_every_store_on_the_database_gets_it(pg_url):
    first, second = store(pg_url), store(pg_url)
    salt = first.salt()
    assert len(salt) == 32 and second.salt() == salt
    assert hash_user(salt, 42) == hash_user(second.salt(), 42)
    first.close()
    second.close()


def test_prune_removes_only_what_is_older_than_the_retention(pg_url):
    s = store(pg_url)
    now = datetime.now(UTC)
    s.add([record(at=now - timedelta(days=100)), record(at=now - timedelta(days=89)), record(at=now)])
    assert s.prune(now - timedelta(days=90)) == 1
    assert len(s.rows(now - timedelta(days=365))) == 2
    s.close()


def test_processes_starting_together_on_a_new_database_migrate_once_and_share_one_salt(pg_url):
    """The first start of several processes at once: the advisory lock makes them take turns."""
    script = (
        "import sys\n"
        "from bot.usage.dsn import DatabaseURL\n"
        "from bot.usage.postgres import PostgresUsageStore\n"
        "s = PostgresUsageStore(DatabaseURL(sys.argv[1]))\n"
        "print(s.salt().hex(), s.schema_version())\n"
    )
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", script, pg_url], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        for _ in range(6)
    ]
    outputs = [p.communicate(timeout=60) for p in processes]
    assert all(p.returncode == 0 for p in processes), [err.decode()[-500:] for _, err in outputs]
    assert len({out for out, _ in outputs}) == 1  # one salt, one version, for all six
    assert outputs[0][0].split()[1] == str(len(MIGRATIONS)).encode()


def test_a_newer_schema_is_refused_plainly_and_left_alone(pg, pg_url):
    store(pg_url).close()
    dbname = pg_url.rsplit("/", 1)[1]
    pg.admin("UPDATE usage_schema SET version = 99", dbname)
    with pytest.raises(SchemaMismatch, match=r"version 99.*newer alliance-bot"):
        store(pg_url)
    assert pg.admin("SELECT version FROM usage_schema", dbname) == [(99,)]


def test_the_report_reads_postgresql_read_only(pg, pg_url, capsys):
    s = store(pg_url)
    s.add([record("Who is Biden?"), record("who is biden"), record("Austin", True, entry="Lloyd Austin")])
    s.close()
    assert main(["report", "unanswered", "--db", pg_url, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["count"] == 2
    fresh = pg.url(pg.new_database())  # no tables yet: said plainly, and none created
    assert main(["report", "stats", "--db", fresh]) == 1
    err = capsys.readouterr().err
    assert "holds no usage records yet" in err and PASSWORD not in err and "***" in err
    assert pg.admin("SELECT to_regclass('usage_schema') IS NULL", fresh.rsplit("/", 1)[1]) == [(True,)]


def test_a_read_only_store_cannot_write(pg_url):
    store(pg_url).close()
    reader = store(pg_url, read_only=True)
    with pytest.raises(UsageStoreError, match="read-only transaction") as caught:
        reader.add([record()])
    assert PASSWORD not in str(caught.value)
    reader.close()
