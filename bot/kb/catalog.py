"""The articles of the knowledge base: in order, by id, and found by title, outlet or date.

One part of the index (see index.py): it owns its copy, add and remove.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import newest
from .fuzzy import NameTable
from .models import ArticleFile
from .sharing import kept, shared

SECTIONS = ("people", "organizations", "events", "quotes", "terms", "facts")


class _Earlier(str):
    """Text that sorts the other way round: in a "newest first" order, A before B. A str of its
    own kind, so that the tens of thousands of them in a knowledge base pickle as plain text."""

    __slots__ = ()

    def __lt__(self, other: str) -> bool:
        return str.__gt__(self, other)

    def __le__(self, other: str) -> bool:
        return str.__ge__(self, other)

    def __gt__(self, other: str) -> bool:
        return str.__lt__(self, other)

    def __ge__(self, other: str) -> bool:
        return str.__le__(self, other)


def article_rank(article: ArticleFile) -> tuple[Any, ...]:
    """Larger is newer. Articles of the same day come in the order of their titles, then ids,
    so every list of articles is the same from one load to the next. One tuple per article,
    whichever part asks (each of its entries' ranks holds it)."""
    meta = article.article
    key = ("rank", article.id, meta.published, meta.title)
    if (found := kept(key)) is not None:
        return found
    return shared((meta.published, _Earlier(meta.title.casefold()), _Earlier(article.id)), key)


def counts(articles: list[ArticleFile]) -> dict[str, int]:
    """How many articles, and how many entries of each section they hold."""
    out = {"articles": len(articles)}
    for section in SECTIONS:
        out[section] = sum(len(getattr(a, section)) for a in articles)
    return out


@dataclass(frozen=True)
class Catalog:
    ordered: tuple[ArticleFile, ...] = ()  # newest first
    by_id: dict[str, ArticleFile] = field(default_factory=dict)
    titles: NameTable[str] = field(default_factory=NameTable)  # by id, title, outlet or date
    totals: dict[str, int] = field(default_factory=lambda: counts([]))

    def builder(self) -> CatalogBuilder:
        return CatalogBuilder(self)


class CatalogBuilder:
    def __init__(self, base: Catalog) -> None:
        self.base = base
        self.by_id = dict(base.by_id)
        self.titles = base.titles.copy()
        self.totals = dict(base.totals)
        self.added: list[ArticleFile] = []
        self.removed: list[ArticleFile] = []

    def add(self, article: ArticleFile) -> None:
        if article.id in self.by_id:
            raise ValueError(f"article {article.id!r} is already in the knowledge base")
        self.by_id[article.id] = article
        self.added.append(article)
        self._count(article, +1)
        meta = article.article  # the newest of an outlet, or of a day, answers for it
        names = [article.id, meta.title, meta.outlet, meta.published.iso()]
        self.titles.add(article.id, names, rank=article_rank(article))

    def remove(self, article: ArticleFile) -> None:
        del self.by_id[article.id]
        self.removed.append(article)
        self._count(article, -1)
        self.titles.remove(article.id)

    def _count(self, article: ArticleFile, step: int) -> None:
        for what, n in counts([article]).items():
            self.totals[what] += step * n

    def build(self) -> Catalog:
        kept = self.base.ordered
        if len(self.removed) * newest.SORT_FROM > len(kept):
            kept = tuple(a for a in kept if self.by_id.get(a.id) is a)
        else:  # a few: each found by its rank, not by a walk through every article
            for article in self.removed:
                kept = newest.without(kept, article, article_rank)
        added = [a for a in self.added if self.by_id.get(a.id) is a]  # not taken out again since
        self.titles.settle()
        return Catalog(newest.merged(kept, added, article_rank), self.by_id, self.titles, self.totals)
