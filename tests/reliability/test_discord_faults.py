"""Discord misbehaving: rate limits, server errors, slow answers, dropped connections, expired
interactions. The bot never crashes or leaks a task, logs each failure once with the command and
a short id, and keeps answering everyone else."""

from __future__ import annotations

import asyncio
import logging
import re

import pytest
from aiohttp import web

from tests.fakediscord import (
    OTHER_USER_ID,
    drop_connection,
    rate_limited,
    server_error,
    times,
    unknown_interaction,
)
from tests.reliability import figures


def failure_lines(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "bot" and r.levelno >= logging.WARNING]


@pytest.fixture(autouse=True)
def count_faults(fake):
    yield
    figures.add("Discord faults injected", fake.faults_injected)


@pytest.mark.parametrize(
    "fault",
    [lambda: rate_limited(0.2), lambda: server_error(500), lambda: server_error(503)],
    ids=["429 Retry-After", "500", "503"],
)
async def test_transient_failures_are_retried_and_the_reply_arrives(bot, fake, fault, caplog):
    fake.faults.append(times(1, fault))
    reply = await fake.interact(fake.slash("who", name="Lee"), timeout=10)
    assert reply.embeds[0]["title"] == "Lee Jong-sup"
    assert [r.path for r in fake.requests if r.path.endswith("/callback")] == [reply.path]  # one recorded
    assert failure_lines(caplog) == []  # discord.py's retry hid it: nothing for us to report


async def test_an_expired_interaction_is_logged_once_and_others_are_still_answered(bot, fake, caplog):
    bot.errors_expected = True
    dead = fake.slash("who", name="Lee")
    fake.faults.append(times(1, unknown_interaction, when=lambda r: dead["token"] in r.path))
    await fake.dispatch("INTERACTION_CREATE", dead)
    other = await fake.interact(fake.slash("when", user_id=OTHER_USER_ID, event="SCM"))
    assert other.embeds[0]["title"].startswith("54th Security Consultative Meeting")
    await asyncio.sleep(0.3)
    lines = failure_lines(caplog)
    assert len(lines) == 1, lines
    assert re.search(r"error [0-9a-f]{8} in /who: Discord request failed: 404", lines[0])


async def test_a_dropped_connection_is_logged_once_and_the_user_told(bot, fake, caplog):
    bot.errors_expected = True
    first = [True]

    def drop_first(request: web.Request):
        if first[0] and request.path.endswith("/callback"):
            first[0] = False
            return drop_connection(request)
        return None

    fake.faults.append(drop_first)
    told = fake.wait_for("/callback")
    payload = fake.slash("who", name="Lee")
    await fake.dispatch("INTERACTION_CREATE", payload)
    await asyncio.wait_for(told, 5)  # the dropped attempt is never recorded; this is the apology
    await asyncio.sleep(0.2)
    lines = failure_lines(caplog)
    assert len(lines) == 1 and "in /who: Discord request failed" in lines[0]
    apology = fake.sent_to(payload["token"])[-1]
    assert apology.ephemeral and "error id" in apology.data["content"]


async def test_a_slow_discord_for_one_user_does_not_hold_up_the_others(bot, fake):
    slow = fake.slash("who", name="Lee")

    async def stall(request: web.Request):
        if slow["token"] in request.path:
            await asyncio.sleep(1.5)
        return None

    fake.faults.append(stall)
    slow_reply = asyncio.ensure_future(fake.interact(slow, timeout=10))
    await asyncio.sleep(0.1)
    loop = asyncio.get_running_loop()
    started = loop.time()
    quick = [
        await fake.interact(fake.slash("define", user_id=OTHER_USER_ID, term=t))
        for t in ("DPRK", "ROK", "SCM")
    ]
    assert loop.time() - started < 1.0
    assert all(r.callback_type == 4 for r in quick)
    assert (await slow_reply).embeds[0]["title"] == "Lee Jong-sup"


async def test_no_task_is_leaked_after_failures(fake, make_settings):
    from bot import create_bot

    before = set(asyncio.all_tasks())
    bot = create_bot(make_settings())
    task = await fake.connect(bot)
    bot.errors_expected = True
    fake.faults.append(times(2, unknown_interaction))
    for name in ("Lee", "Austin", "Japan"):
        await fake.dispatch("INTERACTION_CREATE", fake.slash("who", name=name))
    await asyncio.sleep(0.3)
    await bot.close()
    await asyncio.wait_for(task, 5)
    # discord.py's own ready-wait may linger up to its guild_ready_timeout (2 s): give every task
    # that long to end; a leaked task is one that would run on after the bot is gone.
    left = {t for t in asyncio.all_tasks() - before if t is not asyncio.current_task()}
    if left:
        await asyncio.wait(left, timeout=3)
    leaked = {t for t in left if not t.done()}
    assert not leaked, leaked
