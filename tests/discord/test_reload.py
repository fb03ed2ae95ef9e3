"""Live reload: a good edit goes live without a restart; a bad one is reported, the old base serves."""

from __future__ import annotations

import asyncio
import logging
import shutil
from pathlib import Path

import pytest

from bot import create_bot
from tests.conftest import ARTICLE
from tests.fakediscord import CHANNEL_ID


@pytest.fixture
def knowledge(knowledge_copy: Path) -> Path:
    return knowledge_copy


async def _until(condition, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.05)


@pytest.fixture
async def live_bot(fake, make_settings, knowledge):
    bot = create_bot(make_settings(knowledge_dir=knowledge, watch=True, alert_channel_id=CHANNEL_ID))
    task = await fake.connect(bot)
    await asyncio.sleep(0.3)  # let the watcher start
    yield bot
    await bot.close()
    task.cancel()


async def test_a_good_edit_goes_live_without_a_restart(live_bot, fake, knowledge):
    before = live_bot.store.loaded_at
    path = knowledge / ARTICLE
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "role: U.S. Secretary of Defense", "role: U.S. Secretary of Defense (edited)"
        ),
        encoding="utf-8",
    )
    await _until(lambda: live_bot.store.loaded_at != before)
    reply = await fake.interact(fake.slash("who", name="Austin"))
    assert "U.S. Secretary of Defense (edited) as of 31 January 2023" in reply.embeds[0]["description"]


async def test_a_new_article_file_is_picked_up(live_bot, fake, knowledge):
    from tests.conftest import DATA

    before = live_bot.store.loaded_at
    shutil.copy(DATA / "valid" / "minimal.yaml", knowledge / "2024-03-05-test.yaml")
    await _until(lambda: live_bot.store.loaded_at != before)
    reply = await fake.interact(fake.slash("who", name="Tanaka"))
    assert reply.embeds[0]["title"] == "Hiro Tanaka"


async def test_a_bad_edit_is_reported_and_the_last_good_base_keeps_answering(
    live_bot, fake, knowledge, caplog
):
    live_bot.errors_expected = True
    alert = fake.wait_for(f"/channels/{CHANNEL_ID}/messages")
    path = knowledge / ARTICLE
    path.write_text(
        path.read_text(encoding="utf-8").replace("    date: 2022-11-03", '    date: "Febuary 2023"'),
        encoding="utf-8",
    )
    posted = await asyncio.wait_for(alert, 10)

    text = posted.json["embeds"][0]["description"]
    assert f"{ARTICLE}:" in text and 'events[2].date: "Febuary 2023" is not a date' in text
    assert posted.json["allowed_mentions"] == {"parse": []}
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("last good one kept" in m for m in logged)
    assert any('events[2].date: "Febuary 2023"' in m for m in logged)

    reply = await fake.interact(fake.slash("when", event="SCM"))
    assert reply.embeds[0]["description"].startswith("**3 November 2022 (Thursday)**")  # the old base

    status = await fake.interact(fake.slash("kb", sub="status", permissions=32))
    assert "Serving the last good knowledge base." in status.embeds[0]["description"]


async def test_fixing_the_bad_edit_goes_live_again(live_bot, fake, knowledge):
    live_bot.errors_expected = True
    path = knowledge / ARTICLE
    good = path.read_text(encoding="utf-8")
    path.write_text(good.replace("    date: 2022-11-03", "    date: not-a-date"), encoding="utf-8")
    await _until(lambda: bool(live_bot.store.last_errors))
    path.write_text(good.replace("    date: 2022-11-03", "    date: 2022-11-04"), encoding="utf-8")
    await _until(lambda: not live_bot.store.last_errors)
    reply = await fake.interact(fake.slash("when", event="SCM"))
    assert reply.embeds[0]["description"].startswith("**4 November 2022 (Friday)**")


async def test_a_truncated_save_is_held_back_reported_and_applied_only_when_confirmed(
    live_bot, fake, knowledge
):
    alert = fake.wait_for(f"/channels/{CHANNEL_ID}/messages")
    path = knowledge / ARTICLE
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:100]), encoding="utf-8")  # valid, but cut after two people

    posted = await asyncio.wait_for(alert, 10)
    assert posted.json["embeds"][0]["title"] == "Knowledge base: change held back"
    assert "2 entries where 69 are served" in posted.json["embeds"][0]["description"]
    reply = await fake.interact(fake.slash("when", event="SCM"))
    assert reply.embeds[0]["description"].startswith("**3 November 2022 (Thursday)**")  # still whole

    status = await fake.interact(fake.slash("kb", sub="status", permissions=32))
    fields = {f["name"]: f["value"] for f in status.embeds[0]["fields"]}
    assert "2 entries where 69 are served" in fields["Held back"]

    await fake.interact(fake.slash("kb", sub="reload", permissions=32))  # a moderator confirms
    await _until(lambda: not live_bot.store.held)
    reply = await fake.interact(fake.slash("when", event="SCM"))
    assert reply.embeds[0]["title"] == "Not in the knowledge base"


async def test_a_vocabulary_edit_goes_live_without_a_restart(live_bot, fake, knowledge):
    asked = "which zorblat did the us send in september 2022"
    assert (await fake.interact(fake.slash("ask", question=asked))).ephemeral  # not in the knowledge base
    before = live_bot.store.loaded_at
    (knowledge / "vocabulary.yaml").write_text(
        "schema_version: 1\nentries:\n  - words: [zorblat]\n    means: [aircraft carrier]\n",
        encoding="utf-8",
    )
    await _until(lambda: live_bot.store.loaded_at != before)
    reply = await fake.interact(fake.slash("ask", question=asked))
    assert not reply.ephemeral and "Ronald Reagan" in reply.embeds[0]["description"]


async def test_a_reload_warms_the_new_bases_tables_before_anyone_asks(live_bot, fake, knowledge):
    """After a good edit, the engine thread makes the tables /ask keeps for the new base (see
    ask.warm), so the first asker does not wait for them."""
    before = live_bot.store.loaded_at
    path = knowledge / ARTICLE
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "role: U.S. Secretary of Defense", "role: U.S. Defense Secretary"
        ),
        encoding="utf-8",
    )
    await _until(lambda: live_bot.store.loaded_at != before)
    await _until(lambda: "name-initials" in live_bot.store.engine.kb._cache)
    assert {"kinds", "places", "people"} <= set(live_bot.store.engine.kb._cache)
