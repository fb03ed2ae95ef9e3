"""/kb draft: an attached article drafted into a knowledge file, sent back privately as a file.

Thin on purpose: the attachment and options are checked and read here, the drafting itself is
`bot.draft` (no Discord) run off the event loop, and nothing is written to disk.
"""

from __future__ import annotations

import asyncio
import io
import logging

import discord

from ..draft.build import Draft, draft_article
from ..draft.known import KnownBase
from ..draft.source import (
    MAX_ARTICLE_BYTES,
    DraftInputError,
    Meta,
    decode_article,
    header_meta,
    meta_from_mapping,
    split_header,
)
from ..kb.models import ArticleFile
from .common import NO_MENTIONS

log = logging.getLogger("bot.moderation")
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
TEXT_SUFFIXES = (".txt", ".text", ".md")
HOW = "Copy the article's text into a .txt file, one paragraph per line, and attach that."
ERROR_COLOUR, DRAFT_COLOUR = discord.Colour.red(), discord.Colour.blue()


def attachment_problem(attachment: discord.Attachment) -> str | None:
    """Why the attachment cannot be an article's text, or None."""
    kind = (attachment.content_type or "").split(";")[0].strip().casefold()
    name = discord.utils.escape_markdown(attachment.filename)[:80]
    if attachment.size > MAX_ARTICLE_BYTES:
        return f"`{name}` is {attachment.size:,} bytes; one article is at most {MAX_ARTICLE_BYTES:,} bytes."
    if kind == "text/html" or attachment.filename.casefold().endswith((".html", ".htm")):
        return f"`{name}` is a web page (HTML). {HOW}"
    if kind and kind not in TEXT_TYPES:
        return f"`{name}` is `{kind}`, not a text file. {HOW}"
    if not kind and not attachment.filename.casefold().endswith(TEXT_SUFFIXES):
        return f"`{name}` is not a .txt file. {HOW}"
    return None


async def respond(
    interaction: discord.Interaction,
    articles: list[ArticleFile],
    attachment: discord.Attachment,
    metadata: dict[str, str | None],
) -> None:
    """Check, read, draft off the loop, and reply privately with the draft as a file."""
    problem = attachment_problem(attachment)
    if problem is not None:
        await _refuse(interaction, problem)
        return
    await interaction.response.defer(ephemeral=True, thinking=True)
    try:
        meta = meta_from_mapping({k: v for k, v in metadata.items() if v}, "the options")
        raw = await attachment.read()
        draft = await asyncio.to_thread(_draft, raw, attachment.filename, meta, articles)
    except DraftInputError as exc:
        await _refuse(interaction, str(exc), deferred=True)
        return
    except discord.HTTPException as exc:
        log.warning("/kb draft: attachment not readable: %s", exc)
        await _refuse(
            interaction, "The attachment could not be downloaded from Discord; try again.", deferred=True
        )
        return
    file = discord.File(io.BytesIO(draft.yaml.encode("utf-8")), filename=draft.filename)
    await interaction.edit_original_response(
        embed=summary_embed(draft, meta.title), attachments=[file], allowed_mentions=NO_MENTIONS
    )
    log.info("/kb draft: %s, %d values to check", draft.filename, draft.checks)


def _draft(raw: bytes, filename: str, meta: Meta, articles: list[ArticleFile]) -> Draft:
    text = decode_article(raw, f"`{discord.utils.escape_markdown(filename)[:80]}`")
    header, text = split_header(text)  # a header's metadata fills what the options leave out
    meta = header_meta(header, "the file").merged(meta)
    known = KnownBase.from_articles(articles) if articles else None
    return draft_article(text, meta, known)


def summary_embed(draft: Draft, title: str) -> discord.Embed:
    embed = discord.Embed(
        title=f"Draft: {discord.utils.escape_markdown(title)}"[:256],
        description=(
            f"Review every `# check:` in the attached file, then save it as `knowledge/{draft.filename}` "
            "and run `alliance-bot check`. Nothing was changed on the server."
        ),
        colour=DRAFT_COLOUR if not draft.errors else ERROR_COLOUR,
    )
    counts = ", ".join(f"{n} {name}" for name, n in draft.counts.items())
    embed.add_field(name="Found", value=counts[:1024], inline=False)
    embed.add_field(name="Values to check", value=str(draft.checks))
    if draft.joined:
        names = list(dict.fromkeys(j.split(" (")[0] for j in draft.joined))
        shown = ", ".join(discord.utils.escape_markdown(n) for n in names[:10])
        embed.add_field(name="Joined to the knowledge base", value=shown[:1024], inline=False)
    for note in draft.notes[:3]:
        embed.add_field(name="Note", value=note[:1024], inline=False)
    if draft.errors:
        embed.add_field(
            name="Does not pass the checks (a bug: please report)", value=str(draft.errors[0])[:1024]
        )
    return embed


async def _refuse(interaction: discord.Interaction, message: str, deferred: bool = False) -> None:
    embed = discord.Embed(title="Cannot draft this article", description=message[:4000], colour=ERROR_COLOUR)
    if deferred:
        await interaction.edit_original_response(embed=embed, allowed_mentions=NO_MENTIONS)
    else:
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)
