"""The moderators' loop through discord.py: unanswered questions, stats with a chart, previews
in a modal, history; and a usage database in trouble never stops answers."""

from __future__ import annotations

import asyncio
import re
import sqlite3

from bot import create_bot
from tests.conftest import ARTICLE
from tests.fakediscord import OTHER_USER_ID

MANAGE_GUILD = 32
UNANSWERABLE = [
    "Who is Biden?",
    "who is biden",
    "Who is Joe Biden?",
    "What is NATO?",
    "When did Austin visit Tokyo?",
]


async def kb(fake, sub: str, **options):
    edited = fake.wait_for("/messages/@original")
    first = await fake.interact(fake.slash("kb", sub=sub, permissions=MANAGE_GUILD, **options))
    assert first.callback_type == 5 and first.ephemeral  # deferred, only the moderator sees it
    return await asyncio.wait_for(edited, 10)


async def test_unanswered_questions_are_listed_grouped_and_counted(bot, fake):
    for question in UNANSWERABLE:
        reply = await fake.interact(fake.slash("ask", question=question))
        assert reply.ephemeral  # "not in the knowledge base"
    await fake.interact(fake.slash("who", user_id=OTHER_USER_ID, name="Austn"))  # weak: listed too
    await fake.interact(fake.slash("who", name="Lloyd Austin"))  # answered: not listed
    result = await kb(fake, "unanswered", days=7)
    embed = result.json["embeds"][0]
    assert embed["title"] == "Unanswered questions"
    names = [f["name"] for f in embed["fields"]]
    assert names[0] == "3× “Who is Biden?”"
    assert "1× “Austn”" in names and not any("Lloyd Austin" in n for n in names)
    assert "6 lookup(s)" in embed["description"]


async def test_stats_come_with_a_chart(bot, fake):
    for name in ("Lee", "Austin", "Nobody at all"):
        await fake.interact(fake.slash("who", name=name))
    result = await kb(fake, "stats")
    embed = result.json["embeds"][0]
    assert embed["title"] == "Usage statistics"
    assert embed["image"]["url"] == "attachment://usage.png"
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert fields["Commands"] == "3" and fields["Matched"] == "67%"
    ((name, png),) = result.files
    assert name == "usage.png" and png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 2000


async def test_preview_opens_a_modal_and_shows_the_answer_without_changing_anything(bot, fake):
    opened = await fake.interact(fake.slash("kb", sub="preview", permissions=MANAGE_GUILD))
    assert opened.callback_type == 9  # MODAL
    modal = opened.json["data"]
    entry = "id: we-will-be-there\ntext: We will be there\nspeaker: austin\ndate: 2023-01-31\nparagraphs: [8]"
    fragment_id = _input_ids(modal)[0]
    reply = await fake.interact(fake.modal_submit(modal, {fragment_id: entry}, permissions=MANAGE_GUILD))
    assert reply.callback_type == 4 and reply.ephemeral
    verdict, shown = reply.embeds[:2]
    assert verdict["title"] == "Preview: valid"
    assert shown["title"] == "Quotes: Lloyd Austin" and "We will be there" in shown["fields"][0]["value"]
    after = await fake.interact(fake.slash("quote", speaker="Austin", topic="We will be there"))
    assert after.ephemeral  # nothing changed: the real knowledge base has no such quote


async def test_preview_shows_errors_with_their_line(bot, fake):
    opened = await fake.interact(fake.slash("kb", sub="preview", permissions=MANAGE_GUILD))
    modal = opened.json["data"]
    bad = "quotes:\n  - id: x\n    text: hi\n    speaker: austin\n    date: Febuary 2023\n    paragraphs: [8]"
    reply = await fake.interact(
        fake.modal_submit(modal, {_input_ids(modal)[0]: bad}, permissions=MANAGE_GUILD)
    )
    embed = reply.embeds[0]
    assert embed["title"] == "Preview: 1 error(s)"
    assert embed["fields"][0]["name"] == "line 5" and "is not a date" in embed["fields"][0]["value"]


async def test_history_lists_the_last_changes(bot, fake):
    result = await kb(fake, "history")
    embed = result.json["embeds"][0]
    assert embed["title"] == "Knowledge base history"
    assert embed["fields"], "git commits or, outside a checkout, the bot's own loads"


async def test_a_locked_usage_database_never_stops_answers(bot, fake, caplog):
    await bot.usage.flush()
    locker = sqlite3.connect(bot.settings.usage_db)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        for name in ("Lee", "Austin", "Japan"):
            reply = await fake.interact(fake.slash("who", name=name))
            assert reply.callback_type == 4 and not reply.ephemeral
            await bot.usage.flush()
        stats = await kb(fake, "stats")
        assert stats.json["embeds"][0]["title"] in ("Usage statistics", "Usage store unavailable")
    finally:
        locker.rollback()
        locker.close()
    assert sum("usage store unavailable" in r.getMessage() for r in caplog.records) == 1
    await bot.usage.flush()
    assert len(bot.usage.store.rows(__import__("bot.usage.reports", fromlist=["since"]).since(1))) >= 3


def _input_ids(modal: dict) -> list[str]:
    from tests.fakediscord import _inputs

    return [c["custom_id"] for row in modal["components"] for c in _inputs(row)]


async def test_with_usage_recording_off_nothing_is_kept_even_in_memory(fake, make_settings):
    from bot import create_bot

    bot = create_bot(make_settings(record_usage=False))
    task = await fake.connect(bot)
    try:
        for name in ("Lee", "Nobody at all"):
            await fake.interact(fake.slash("who", name=name))
        assert not bot.usage._buffer
    finally:
        await bot.close()
        task.cancel()


MISSED = "what was the mood like between the two ministers"


async def test_the_moderators_loop_closes_missed_taught_answered(fake, make_settings, knowledge_copy):
    """A question the bot missed, /kb unanswered's YAML pasted where it says, /kb reload: answered."""
    bot = create_bot(make_settings(knowledge_dir=knowledge_copy))
    task = await fake.connect(bot)
    try:
        missed = await fake.interact(fake.slash("ask", question=MISSED))
        assert missed.ephemeral and missed.embeds[0]["title"] == "Not in the knowledge base"
        field = (await kb(fake, "unanswered")).json["embeds"][0]["fields"][0]
        assert field["name"] == f"1× “{MISSED}”" and "Closest entry:" in field["value"]
        found = re.search(r"after line (\d+) .*?```yaml\n(.*?)```", field["value"], re.DOTALL)
        assert found is not None
        after, taught = int(found.group(1)), found.group(2)
        path = knowledge_copy / ARTICLE
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        path.write_text("".join([*lines[:after], taught, *lines[after:]]), encoding="utf-8")
        reloaded = (await kb(fake, "reload")).json["embeds"][0]
        assert "error" not in reloaded["title"].lower()
        answered = await fake.interact(fake.slash("ask", question=MISSED))
        assert not answered.ephemeral and answered.embeds[0]["title"] != "Not in the knowledge base"
    finally:
        await bot.close()
        task.cancel()
