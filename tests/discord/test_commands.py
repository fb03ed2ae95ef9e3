"""Every slash command through discord.py, as Discord would deliver it and receive the reply."""

from __future__ import annotations

import asyncio

import pytest

from bot.kb.commands import COMMANDS
from tests.fakediscord import OTHER_USER_ID, FakeDiscord

CASES = [
    ("summary", {}, "In Defense Minister Talks, US Reaffirms Commitment to South Korea"),
    ("who", {"name": "Austn"}, "Lloyd Austin"),
    ("when", {"event": "SCM"}, "54th Security Consultative Meeting (SCM)"),
    (
        "quote",
        {"speaker": "joint statement", "topic": "drone"},
        "Quotes: U.S.-ROK joint statement about “drone”",
    ),
    ("define", {"term": "DPRK"}, "Democratic People's Republic of Korea"),
    ("search", {"query": "extended deterrence"}, "Search"),
    ("ask", {"question": "When did Austin meet Lee?"}, "Q: When did Austin meet Lee?"),
    ("timeline", {}, "Timeline: In Defense Minister Talks, US Reaffirms Commitment to South Korea"),
    ("source", {}, "In Defense Minister Talks, US Reaffirms Commitment to South Korea"),
    ("help", {}, "alliance-bot commands"),
]


def test_every_engine_command_has_a_case():
    assert {c[0] for c in CASES} == set(COMMANDS)


@pytest.mark.parametrize(("command", "options", "title"), CASES, ids=[c[0] for c in CASES])
async def test_command_replies_with_an_embed_as_discord_receives_it(
    bot, fake: FakeDiscord, command, options, title
):
    reply = await fake.interact(fake.slash(command, **options))
    assert reply.callback_type == 4  # CHANNEL_MESSAGE_WITH_SOURCE
    assert reply.data["allowed_mentions"] == {"parse": []}
    assert not reply.ephemeral  # answers are public; misses are not
    (embed,) = reply.embeds
    assert embed["title"] == title
    assert embed.get("color")
    if command not in ("help",):
        assert "The Diplomat, 31 January 2023" in embed["footer"]["text"]
        assert embed["url"].startswith("https://thediplomat.com/")


async def test_answers_cite_the_paragraph_in_the_footer(bot, fake):
    reply = await fake.interact(fake.slash("when", event="meeting"))
    embed = reply.embeds[0]
    assert "Cited: ¶1" in embed["footer"]["text"]
    assert embed["description"] == "**31 January 2023 (Tuesday)** in Seoul."


async def test_not_found_is_ephemeral_with_suggestions(bot, fake):
    reply = await fake.interact(fake.slash("who", name="Korea"))
    assert reply.callback_type == 4 and reply.ephemeral
    assert "Did you mean" in reply.embeds[0]["description"]


async def test_unanswerable_question_says_not_in_the_knowledge_base(bot, fake):
    reply = await fake.interact(fake.slash("ask", question="Who won the World Cup?"))
    assert reply.ephemeral
    assert reply.embeds[0]["title"] == "Not in the knowledge base"


async def test_commands_work_in_direct_messages(bot, fake):
    reply = await fake.interact(fake.slash("define", guild=False, term="ROK"))
    assert reply.callback_type == 4
    assert reply.embeds[0]["description"].startswith("**ROK** stands for **Republic of Korea**.")


async def test_user_text_cannot_ping_or_break_markdown(bot, fake):
    reply = await fake.interact(fake.slash("who", name="@everyone <@&42> **x**"))
    text = reply.embeds[0]["description"]
    assert "@everyone" not in text and "<@&" not in text and "**x**" not in text
    assert reply.data["allowed_mentions"] == {"parse": []}


@pytest.mark.parametrize(
    ("command", "focused", "typed", "expected"),
    [
        ("who", "name", "Austn", "Lloyd Austin"),
        ("when", "event", "SCM", "54th Security Consultative Meeting (SCM)"),
        ("define", "term", "DP", "DPRK"),
        ("quote", "topic", "dron", "drones"),
        ("quote", "speaker", "joint", None),
        ("summary", "article", "", "In Defense Minister Talks, US Reaffirms Commitment to South Korea"),
    ],
)
async def test_autocomplete_answers_with_choices(bot, fake, command, focused, typed, expected):
    reply = await fake.interact(fake.autocomplete(command, focused, typed))
    assert reply.callback_type == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    choices = reply.json["data"]["choices"]
    assert 0 < len(choices) <= 25
    assert all(len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in choices)
    if expected:
        assert expected in [c["name"] for c in choices]


async def test_long_answers_page_with_buttons_only_the_asker_can_press(bot, fake):
    reply = await fake.interact(fake.slash("search", query="North Korea nuclear missile threats"))
    first = reply.embeds[0]
    assert "Page 1/" in first["footer"]["text"]
    buttons = reply.data["components"][0]["components"]
    labels = [b.get("label") for b in buttons]
    assert labels[:2] == ["«", "‹"] and labels[-2:] == ["›", "»"]
    assert buttons[0]["disabled"] and buttons[1]["disabled"]  # already on the first page
    message = reply.message
    next_id = buttons[3]["custom_id"]

    turned = await fake.interact(fake.press(message, next_id))
    assert turned.callback_type == 7  # UPDATE_MESSAGE
    assert "Page 2/" in turned.embeds[0]["footer"]["text"]
    assert turned.embeds[0]["fields"] != first["fields"]

    refused = await fake.interact(fake.press(message, next_id, user_id=OTHER_USER_ID))
    assert refused.callback_type == 4 and refused.ephemeral
    assert "Only the person who asked" in refused.data["content"]


async def test_page_buttons_are_disabled_after_the_timeout(bot, fake, monkeypatch):
    monkeypatch.setattr("bot.paginator.PAGE_TIMEOUT", 0.2)
    edited = fake.wait_for("/messages/@original")
    await fake.interact(fake.slash("quote"))
    edit = await asyncio.wait_for(edited, 5)
    assert edit.method == "PATCH"
    assert all(b["disabled"] for row in edit.json["components"] for b in row["components"])


def test_an_answer_with_nothing_to_cite_has_no_footer_rather_than_an_empty_one():
    from bot.embeds import answer_pages
    from bot.kb.answers import Answer, Kind

    (embed,) = answer_pages(Answer("help", Kind.HELP, "Help", "text"))
    assert "footer" not in embed.to_dict()
