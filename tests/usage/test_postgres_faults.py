"""PostgreSQL down at start, going away, restarting, refusing the password: records wait in the
queue and are written when it is back, each outage is logged once (its end once), the password
is never printed, and reports say what is wrong in one line. Against the real server."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot.cli import main
from bot.usage.dsn import DatabaseURL
from bot.usage.recorder import UsageRecorder
from bot.usage.records import hash_user
from tests.pgserver import PASSWORD, PgServer, _free_port
from tests.usage.test_sqlite import record

pytest.importorskip("psycopg", reason="the postgres extra is not installed")

from bot.usage.postgres import PostgresUsageStore

USER = 123456789012345678
WRONG = "Not-The-Password-41"
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


@pytest.fixture
def server(pg: PgServer, monkeypatch) -> Iterator[PgServer]:
    """The shared server, for a test that stops it: it is running again afterwards."""
    monkeypatch.setattr("bot.usage.postgres.TIMEOUT", 0.3)  # give up waiting soon, not after 5 s
    yield pg
    pg.ensure_running()


def recorder(url: str) -> UsageRecorder:
    where = f"PostgreSQL {DatabaseURL(url)}"
    return UsageRecorder(lambda: PostgresUsageStore(DatabaseURL(url)), retention_days=90, where=where)


def stored(url: str) -> list[str]:
    s = PostgresUsageStore(DatabaseURL(url))
    try:
        return [r.asked for r in s.rows(EPOCH)]
    finally:
        s.close()


async def flush_until_written(usage: UsageRecorder, seconds: float = 30.0) -> None:
    """Flush as the bot's task does until the queue is empty (the pool reconnects in the background)."""
    deadline = asyncio.get_running_loop().time() + seconds
    while usage.queued:
        assert asyncio.get_running_loop().time() < deadline, usage.status()
        await usage.flush()
        await asyncio.sleep(0.1)


def outage_lines(caplog) -> tuple[list[str], list[str], list[str]]:
    messages = [r.getMessage() for r in caplog.records]
    down = [m for m in messages if "usage store unavailable" in m]
    back = [m for m in messages if "usage store available again" in m]
    return down, back, messages


def assert_no_password(messages: list[str], *secrets: str) -> None:
    for secret in (PASSWORD, *secrets):
        assert not [m for m in messages if secret in m], secret


async def test_the_server_down_at_start_is_retried_and_records_are_written_when_it_is_up(
    server, pg_url, caplog
):
    caplog.set_level(logging.INFO)
    server.stop("fast")
    usage = recorder(pg_url)
    await usage.start()  # cannot open: said once, tried again at every flush
    usage.record(record("asked while the server was down"), user_id=USER)
    for _ in range(3):
        await usage.flush()
    assert usage.queued == 1 and usage.store is None
    server.start_again()
    await flush_until_written(usage)
    assert stored(pg_url) == ["asked while the server was down"]
    opened = PostgresUsageStore(DatabaseURL(pg_url))
    salt = opened.salt()
    opened.close()
    dbname = pg_url.rsplit("/", 1)[1]
    assert server.admin("SELECT user_hash FROM usage_commands", dbname) == [(hash_user(salt, USER),)]
    down, back, messages = outage_lines(caplog)
    assert len(down) == 1 and "Connection refused" in down[0] and len(back) == 1
    assert_no_password(messages)
    await usage.close()


@pytest.mark.parametrize("mode", ["fast", "immediate"])
async def test_the_server_going_away_and_restarting_loses_nothing(server, pg_url, caplog, mode):
    caplog.set_level(logging.INFO)
    usage = recorder(pg_url)
    await usage.start()
    for n in range(3):
        usage.record(record(f"before {n}"))
    await usage.flush()
    server.stop(mode)  # the pool's connections are cut under it
    for n in range(3):
        usage.record(record(f"during {n}"))
        await usage.flush()
    assert usage.queued == 3
    server.start_again()
    usage.record(record("after"))
    await flush_until_written(usage)
    assert stored(pg_url) == [f"before {n}" for n in range(3)] + [f"during {n}" for n in range(3)] + ["after"]
    down, back, messages = outage_lines(caplog)
    assert len(down) == 1 and len(back) == 1, down + back
    assert_no_password(messages)
    await usage.close()


async def test_a_refused_password_is_said_once_without_it_and_records_wait_for_the_fix(server, caplog):
    caplog.set_level(logging.INFO)
    dbname = server.new_role("refused_role", "the-right-one-77")
    url = server.url(dbname, password=WRONG, role="refused_role")
    usage = recorder(url)
    await usage.start()
    usage.record(record("asked while refused"))
    for _ in range(3):
        await usage.flush()
    assert usage.queued == 1
    down, _, messages = outage_lines(caplog)
    assert len(down) == 1 and "password authentication failed" in down[0], down
    assert "postgresql://refused_role:***@127.0.0.1" in usage.status()
    server.admin(f"ALTER ROLE refused_role PASSWORD '{WRONG}'")  # the operator fixes it
    await flush_until_written(usage)
    assert stored(url) == ["asked while refused"]
    _, back, messages = outage_lines(caplog)
    assert len(back) == 1
    assert_no_password(messages, WRONG, "the-right-one-77")
    await usage.close()


def test_the_report_says_in_one_line_that_the_server_is_unreachable_or_refuses(server, pg_url, capsys):
    PostgresUsageStore(DatabaseURL(pg_url)).close()
    cases = {
        "Connection refused": pg_url.replace(f":{server.port}/", f":{_free_port()}/"),
        "password authentication failed": pg_url.replace(PASSWORD, WRONG),
    }
    for reason, url in cases.items():
        assert main(["report", "stats", "--db", url]) == 1
        out, err = capsys.readouterr()
        assert len(err.strip().splitlines()) == 1 and reason in err and "Traceback" not in err, err
        assert PASSWORD not in out + err and WRONG not in out + err and ":***@127.0.0.1" in err
    server.stop("fast")
    assert main(["report", "unanswered", "--db", pg_url]) == 1
    err = capsys.readouterr().err
    assert "cannot connect to the PostgreSQL database" in err and PASSWORD not in err
