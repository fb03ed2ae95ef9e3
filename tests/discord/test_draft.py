"""/kb draft through discord.py: an attached article comes back privately as a draft file; nothing changes."""

from __future__ import annotations

import hashlib

import discord

from bot.kb.validate import validate_article
from bot.kb.yamlsource import parse_yaml
from tests.conftest import KNOWLEDGE, SHARED_ARTICLE

MANAGE_GUILD = discord.Permissions(manage_guild=True).value
OPTIONS = {
    "outlet": "The Diplomat",
    "title": "In Defense Minister Talks, US Reaffirms Commitment to South Korea",
    "url": "https://thediplomat.com/2023/01/in-defense-minister-talks-us-reaffirms-commitment-to-south-korea/",
    "published": "2023-01-31",
}


def _snapshot() -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(KNOWLEDGE.iterdir()) if p.is_file()
    }


async def test_a_moderator_gets_the_draft_as_a_private_file_and_nothing_changes(bot, fake):
    before = _snapshot()
    upload = fake.attach("article.txt", (SHARED_ARTICLE / "article.txt").read_bytes())
    edited = fake.wait_for("/messages/@original")
    reply = await fake.interact(
        fake.slash("kb", sub="draft", permissions=MANAGE_GUILD, article=upload, **OPTIONS), timeout=15
    )
    assert reply.callback_type == 5 and reply.ephemeral  # deferred, privately
    result = await edited
    ((name, content),) = result.files
    assert name == "2023-01-31-diplomat-austin-lee-seoul.yaml"
    parsed = parse_yaml(content, name)
    article, errors = validate_article(parsed, name)
    assert article is not None, errors
    assert {p.name for p in article.people} == {"Lloyd Austin", "Lee Jong-sup"}
    embed = result.json["embeds"][0]
    assert embed["title"].startswith("Draft: In Defense Minister Talks")
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert int(fields["Values to check"]) > 20 and "7 quotes" in fields["Found"]
    assert "Lloyd Austin" in fields["Joined to the knowledge base"]  # the bot's knowledge base is used
    assert result.json["allowed_mentions"] == {"parse": []}
    assert _snapshot() == before


async def test_html_and_binary_attachments_are_refused_at_once(bot, fake):
    for filename, content, kind, words in [
        ("page.html", b"<html><body><p>Text</p></body></html>", "text/html", "web page"),
        ("article.pdf", b"%PDF-1.7 ...", "application/pdf", "not a text file"),
        ("scan.png", b"\x89PNG\r\n", "image/png", "not a text file"),
        ("long.txt", b"Austin met Lee. " * 70_000, "text/plain", "one article is at most"),
        ("notes.docx", b"PK\x03\x04", None, "not a .txt file"),
    ]:
        upload = fake.attach(filename, content, kind)
        reply = await fake.interact(
            fake.slash("kb", sub="draft", permissions=MANAGE_GUILD, article=upload, **OPTIONS)
        )
        assert reply.callback_type == 4 and reply.ephemeral
        embed = reply.embeds[0]
        assert embed["title"] == "Cannot draft this article" and words in embed["description"]


async def test_text_that_is_html_or_binary_inside_and_bad_options_get_a_message(bot, fake):
    cases = [
        (b"<!doctype html><html><p>x</p><div>y</div>", {}, "looks like HTML"),
        (b"Austin\x00met\x00Lee", {}, "binary file"),
        (b"Austin met Lee on Tuesday.", {"published": "next week"}, "not a date"),
        (b"Austin met Lee on Tuesday.", {"published": "2999-01-01"}, "in the future"),
        (b"Austin met Lee on Tuesday.", {"url": "ftp://example.com"}, "not a web address"),
        (b"   \n  ", {}, "no text"),
    ]
    for content, changes, words in cases:
        upload = fake.attach("article.txt", content, None)
        edited = fake.wait_for("/messages/@original")
        await fake.interact(
            fake.slash("kb", sub="draft", permissions=MANAGE_GUILD, article=upload, **{**OPTIONS, **changes})
        )
        result = await edited
        assert not result.files
        embed = result.json["embeds"][0]
        assert embed["title"] == "Cannot draft this article" and words in embed["description"], embed


async def test_kb_draft_is_refused_to_members_without_the_permission(bot, fake):
    upload = fake.attach("article.txt", b"Austin met Lee on Tuesday.")
    reply = await fake.interact(fake.slash("kb", sub="draft", permissions=0, article=upload, **OPTIONS))
    assert reply.ephemeral and "Manage Server" in reply.data["content"]
    assert not fake.sent_to("/messages/@original")
