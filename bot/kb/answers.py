"""Answer objects: what every command returns, rendered by the CLI and by Discord alike.

Text is Discord-flavoured markdown (``**bold**``, ``> quote``); anything echoed from the user
goes through :func:`echo` first so it can neither ping anyone nor break the layout.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any

from .models import ArticleFile


class Kind(StrEnum):
    SUMMARY = "summary"
    PERSON = "person"
    ORGANIZATION = "organization"
    EVENT = "event"
    QUOTES = "quotes"
    DEFINITION = "definition"
    SEARCH = "search"
    ANSWER = "answer"
    TIMELINE = "timeline"
    SOURCE = "source"
    HELP = "help"
    NOT_FOUND = "not_found"
    USAGE = "usage"
    STATUS = "status"  # moderators' reports


@dataclass(frozen=True)
class Source:
    article_id: str
    outlet: str
    title: str
    published: str  # ISO date
    published_human: str
    url: str

    @classmethod
    def of(cls, article: ArticleFile) -> Source:
        meta = article.article
        return cls(
            article.id, meta.outlet, meta.title, meta.published.iso(), meta.published.short(), meta.url
        )

    def line(self) -> str:
        return f"{self.outlet}, {self.published_human}: “{self.title}”"


@dataclass(frozen=True)
class Citation:
    article_id: str
    paragraph: int
    outlet: str
    published: str

    def label(self) -> str:
        return f"¶{self.paragraph}"


def cite(article: ArticleFile, paragraphs: tuple[int, ...] | list[int]) -> tuple[Citation, ...]:
    meta = article.article
    return tuple(Citation(article.id, p, meta.outlet, meta.published.iso()) for p in sorted(set(paragraphs)))


def cite_label(citations: tuple[Citation, ...]) -> str:
    """'¶1, ¶3' - compact, for the end of a line."""
    return ", ".join(c.label() for c in citations)


@dataclass(frozen=True)
class Field:
    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True)
class Item:
    """One entry of a list answer: a search hit, a quote, a timeline row."""

    title: str
    text: str
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Answer:
    command: str
    kind: Kind
    title: str
    text: str = ""
    fields: tuple[Field, ...] = ()
    items: tuple[Item, ...] = ()
    citations: tuple[Citation, ...] = ()
    matched: bool = True
    weak: bool = False  # answered by a fuzzy or partial match: moderators may want a better entry
    # the reply tells the asker it is unsure (names what it set aside, gives two answers, or a
    # caveat); a weak answer that says nothing of it reads as sure, and is judged so
    unsure: bool = False
    suggestions: tuple[str, ...] = ()
    source: Source | None = None
    footer: str = ""  # e.g. "as of" notes or how many hits were left out

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = str(self.kind)
        return data

    @property
    def all_citations(self) -> tuple[Citation, ...]:
        seen = dict.fromkeys(self.citations)
        for item in self.items:
            seen.update(dict.fromkeys(item.citations))
        return tuple(seen)


def counted(counts: dict[str, int]) -> str:
    """'1 article, 2 people, 10 organizations': each count with its noun, singular for one."""
    return ", ".join(f"{n} {_singular(name) if n == 1 else name}" for name, n in counts.items())


def _singular(noun: str) -> str:
    return {"people": "person"}.get(noun, noun.removesuffix("s"))


def not_found(command: str, what: str, query: str, suggestions: list[str] | tuple[str, ...] = ()) -> Answer:
    text = f"No {what} matching {echo(query)} in the knowledge base."
    if suggestions:
        text += "\nDid you mean: " + ", ".join(f"**{s}**" for s in suggestions[:3]) + "?"
    return Answer(
        command,
        Kind.NOT_FOUND,
        "Not in the knowledge base",
        text,
        matched=False,
        suggestions=tuple(suggestions[:3]),
    )


def several_match(command: str, what: str, query: str, names: list[str]) -> Answer:
    """Several entries match a name equally ("/who kim": four people): named, and the asker
    asked which, rather than one picked silently."""
    listed = ", ".join(f"**{n}**" for n in names[:5])
    return Answer(
        command,
        Kind.NOT_FOUND,
        f"Several {what} match",
        f"{len(names)} {what} match {echo(query)}: {listed}. Name one of them.",
        matched=False,
        suggestions=tuple(names[:3]),
    )


def usage(command: str, message: str) -> Answer:
    return Answer(command, Kind.USAGE, "Usage", message, matched=False)


# --- echoing user input safely ------------------------------------------------------------

_MARKDOWN_RE = re.compile(r"([\\*_~`|>\[\]<])")  # inline markdown and mention brackets
_ZWSP = "\u200b"
ECHO_LIMIT = 100


def echo(text: str, limit: int = ECHO_LIMIT) -> str:
    """User text made inert for display: one line, no controls, markdown escaped, no pings."""
    cleaned = "".join(
        " " if ch in "\r\n\t" else ch
        for ch in text
        if ch in "\r\n\t" or unicodedata.category(ch) not in {"Cc", "Cf", "Cs", "Co", "Cn"}
    )
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    escaped = _MARKDOWN_RE.sub(r"\\\1", cleaned).replace("@", "@" + _ZWSP)
    return f"“{escaped}”" if escaped else "“”"
