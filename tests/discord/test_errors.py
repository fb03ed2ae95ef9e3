"""Cooldowns, failures inside a command, and slow answers: every interaction still gets a reply."""

from __future__ import annotations

import asyncio
import logging
import re
import time

from bot import create_bot


async def test_cooldown_answers_with_a_friendly_ephemeral_message(fake, make_settings):
    bot = create_bot(make_settings(cooldown_rate=2, cooldown_seconds=60))
    task = await fake.connect(bot)
    try:
        replies = [await fake.interact(fake.slash("who", name="Lee")) for _ in range(3)]
    finally:
        await bot.close()
        task.cancel()
    assert [bool(r.embeds) for r in replies] == [True, True, False]
    assert replies[2].ephemeral and "ask again in" in replies[2].data["content"]


async def test_an_error_inside_a_command_is_logged_with_an_id_and_told_briefly(bot, fake, caplog):
    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("secret internals")

    bot.errors_expected = True
    bot.store.engine.run = boom  # type: ignore[method-assign]
    reply = await fake.interact(fake.slash("who", name="Lee"))
    assert reply.ephemeral
    content = reply.data["content"]
    assert "secret internals" not in content and "Traceback" not in content
    error_id = re.search(r"error id `([0-9a-f]{8})`", content).group(1)
    logged = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert any(error_id in r.getMessage() and r.exc_info for r in logged)


async def test_slow_answers_are_deferred_within_the_3_second_window(bot, fake, monkeypatch):
    monkeypatch.setattr("bot.cogs.common.DEFER_AFTER", 0.05)
    original = bot.store.engine.run

    def slow(*args: object, **kwargs: object):
        time.sleep(0.3)
        return original(*args, **kwargs)

    bot.store.engine.run = slow  # type: ignore[method-assign]
    edited = fake.wait_for("/messages/@original")
    started = time.perf_counter()
    reply = await fake.interact(fake.slash("who", name="Lee"))
    assert reply.callback_type == 5  # deferred: "alliance-bot is thinking…"
    assert time.perf_counter() - started < 3
    result = await asyncio.wait_for(edited, 5)
    assert result.json["embeds"][0]["title"] == "Lee Jong-sup"
    assert result.json["allowed_mentions"] == {"parse": []}


async def test_the_event_loop_keeps_serving_while_an_answer_is_computed(bot, fake, monkeypatch):
    original = bot.store.engine.run

    def slow(*args: object, **kwargs: object):
        time.sleep(0.5)
        return original(*args, **kwargs)

    bot.store.engine.run = slow  # type: ignore[method-assign]
    slow_reply = asyncio.ensure_future(fake.interact(fake.slash("who", name="Lee")))
    await asyncio.sleep(0.05)
    started = time.perf_counter()
    quick = await fake.interact(fake.autocomplete("who", "name", "Aus"))  # served meanwhile
    assert time.perf_counter() - started < 0.4
    assert quick.callback_type == 8
    assert (await slow_reply).callback_type == 4
