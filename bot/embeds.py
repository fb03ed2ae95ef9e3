"""Answers as Discord embeds, one per page, inside every Discord limit."""

from __future__ import annotations

import discord

from .kb.answers import Answer, Citation, Item, Kind, cite_label

# Discord's limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits)
TITLE_MAX = 256
DESCRIPTION_MAX = 4096
FIELDS_MAX = 25
FIELD_NAME_MAX = 256
FIELD_VALUE_MAX = 1024
FOOTER_MAX = 2048
EMBED_TOTAL_MAX = 6000
CONTENT_MAX = 2000

ITEMS_PER_PAGE = 5  # list answers: hits, quotes, timeline rows

COLOURS: dict[Kind, discord.Colour] = {
    Kind.SUMMARY: discord.Colour.blurple(),
    Kind.PERSON: discord.Colour.green(),
    Kind.ORGANIZATION: discord.Colour.teal(),
    Kind.EVENT: discord.Colour.gold(),
    Kind.QUOTES: discord.Colour.purple(),
    Kind.DEFINITION: discord.Colour.blue(),
    Kind.SEARCH: discord.Colour.dark_teal(),
    Kind.ANSWER: discord.Colour.dark_green(),
    Kind.TIMELINE: discord.Colour.orange(),
    Kind.SOURCE: discord.Colour.greyple(),
    Kind.HELP: discord.Colour.blurple(),
    Kind.NOT_FOUND: discord.Colour.light_grey(),
    Kind.USAGE: discord.Colour.dark_orange(),
}


def clip(text: str, limit: int) -> str:
    """Cut at a line or word boundary when possible, marking the cut with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    for sep in ("\n", " "):
        at = cut.rfind(sep)
        if at > limit // 2:
            cut = cut[:at]
            break
    return cut.rstrip() + "…"


def answer_pages(answer: Answer) -> list[discord.Embed]:
    """Every page of an answer. Answers without items are one page."""
    chunks = [answer.items[i : i + ITEMS_PER_PAGE] for i in range(0, len(answer.items), ITEMS_PER_PAGE)]
    if not chunks:
        return [_page(answer, (), 1, 1)]
    return [_page(answer, chunk, n, len(chunks)) for n, chunk in enumerate(chunks, start=1)]


def _page(answer: Answer, items: tuple[Item, ...], page: int, pages: int) -> discord.Embed:
    embed = discord.Embed(
        title=clip(answer.title, TITLE_MAX),
        description=clip(answer.text, DESCRIPTION_MAX) or None,
        colour=COLOURS.get(answer.kind, discord.Colour.default()),
        url=answer.source.url if answer.source else None,
    )
    fields = [(f.name, f.value, f.inline) for f in answer.fields] if page == 1 else []
    for item in items:
        cites = f" {cite_label(item.citations)}" if item.citations else ""
        fields.append((item.title, item.text + cites, False))
    for name, value, inline in fields[:FIELDS_MAX]:
        embed.add_field(
            name=clip(name, FIELD_NAME_MAX), value=clip(value or "—", FIELD_VALUE_MAX), inline=inline
        )
    if footer := _footer(answer, page, pages):  # nothing to say, no footer: never an empty one
        embed.set_footer(text=clip(footer, FOOTER_MAX))
    _fit_total(embed)
    return embed


def _footer(answer: Answer, page: int, pages: int) -> str:
    parts = []
    if answer.source:
        parts.append(f"{answer.source.outlet}, {answer.source.published_human}")
    if answer.citations:
        parts.append(_cited(answer.citations))
    if answer.footer:
        parts.append(answer.footer)
    if pages > 1:
        parts.append(f"Page {page}/{pages}")
    return " · ".join(parts)


def _cited(citations: tuple[Citation, ...]) -> str:
    return "Cited: " + cite_label(citations)


def _fit_total(embed: discord.Embed) -> None:
    """Drop fields from the end, then shorten the description, until the embed fits 6,000."""
    while len(embed) > EMBED_TOTAL_MAX and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
    if len(embed) > EMBED_TOTAL_MAX and embed.description:
        excess = len(embed) - EMBED_TOTAL_MAX
        embed.description = clip(embed.description, max(1, len(embed.description) - excess - 1))
