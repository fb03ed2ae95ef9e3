"""Several bot processes, one PostgreSQL database: /kb unanswered and /kb stats answer for all of
them; the bot keeps answering while the server is away; the password shows up nowhere."""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import sys

import pytest

from bot import create_bot
from bot.usage.dsn import DatabaseURL
from tests.conftest import ROOT
from tests.discord.test_usage import kb
from tests.pgserver import PASSWORD

pytest.importorskip("psycopg", reason="the postgres extra is not installed")

MANAGE_GUILD = 32
OTHER_MACHINE = """
import asyncio, sys
from bot.usage.dsn import DatabaseURL
from bot.usage.postgres import PostgresUsageStore
from bot.usage.recorder import UsageRecorder
from tests.usage.test_sqlite import record

async def main():
    url = DatabaseURL(sys.argv[1])
    usage = UsageRecorder(lambda: PostgresUsageStore(url), retention_days=90)
    await usage.start()
    for question in ("Who is Biden?", "who is biden", "What is NATO?"):
        usage.record(record(question), user_id=42)
    await usage.close()

asyncio.run(main())
"""


@pytest.fixture
async def pg_bot(fake, make_settings, pg_url, caplog, monkeypatch):
    """A bot whose usage records go to PostgreSQL, connected to the stand-in for Discord."""
    monkeypatch.setattr("bot.usage.postgres.TIMEOUT", 0.3)
    caplog.set_level(logging.DEBUG)
    bot = create_bot(make_settings(usage_db=DatabaseURL(pg_url)))
    task = await fake.connect(bot)
    yield bot
    await bot.close()
    task.cancel()


def no_password_anywhere(fake, caplog) -> None:
    lines = [r.getMessage() for r in caplog.records]
    lines += [logging.Formatter().formatException(r.exc_info) for r in caplog.records if r.exc_info]
    assert not [line for line in lines if PASSWORD in line]
    assert not [r.path for r in fake.requests if PASSWORD in json.dumps(r.json) + r.path]


async def test_kb_reports_answer_for_every_process_writing_to_the_database(pg_bot, fake, pg_url, caplog):
    other = subprocess.run(
        [sys.executable, "-c", OTHER_MACHINE, pg_url], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert other.returncode == 0, other.stderr
    for question in ("Who is Biden?", "Who won the World Cup?"):
        await fake.interact(fake.slash("ask", question=question))
    await fake.interact(fake.slash("who", name="Austin"))

    unanswered = (await kb(fake, "unanswered")).json["embeds"][0]
    names = [f["name"] for f in unanswered["fields"]]
    assert names[0] == "3× “Who is Biden?”"  # two asked elsewhere, one here
    assert "1× “What is NATO?”" in names and "1× “Who won the World Cup?”" in names
    stats = (await kb(fake, "stats")).json["embeds"][0]
    assert {f["name"]: f["value"] for f in stats["fields"]}["Commands"] == "6"
    no_password_anywhere(fake, caplog)


async def test_kb_status_shows_the_database_without_the_password(pg_bot, fake, caplog):
    reply = await fake.interact(fake.slash("kb", sub="status", permissions=MANAGE_GUILD))
    usage = {f["name"]: f["value"] for f in reply.embeds[0]["fields"]}["Usage records"]
    assert usage.startswith("PostgreSQL postgresql://alliance:\\*\\*\\*@127.0.0.1:") and "writing" in usage
    no_password_anywhere(fake, caplog)


async def test_the_bot_keeps_answering_while_the_server_is_away(pg_bot, pg, fake, caplog):
    await pg_bot.usage.flush()
    pg.stop("immediate")
    try:
        for name in ("Lee", "Austin", "Nobody at all"):
            reply = await fake.interact(fake.slash("who", name=name))
            assert reply.callback_type == 4 and reply.embeds
            await pg_bot.usage.flush()
        stats = (await kb(fake, "stats")).json["embeds"][0]
        assert stats["title"] == "Usage store unavailable"
        status = await fake.interact(fake.slash("kb", sub="status", permissions=MANAGE_GUILD))
        usage = {f["name"]: f["value"] for f in status.embeds[0]["fields"]}["Usage records"]
        assert "unavailable since" in usage and "Connection refused" in usage and "3 queued" in usage
    finally:
        pg.ensure_running()
    deadline = asyncio.get_running_loop().time() + 30
    while pg_bot.usage.queued:
        assert asyncio.get_running_loop().time() < deadline, pg_bot.usage.status()
        await pg_bot.usage.flush()
    stats = (await kb(fake, "stats")).json["embeds"][0]
    assert {f["name"]: f["value"] for f in stats["fields"]}["Commands"] == "3"
    messages = [r.getMessage() for r in caplog.records]
    assert sum("usage store unavailable (" in m for m in messages) == 1
    assert sum("usage store available again" in m for m in messages) == 1
    no_password_anywhere(fake, caplog)
