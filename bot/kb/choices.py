"""Autocomplete's choices: every name an option can take, kept sorted for prefix search.

One part of the index (see index.py): it owns its copy, add and remove. A name that a thousand
articles use is one choice, counted; it goes when the last of them goes.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .models import ArticleFile
from .text import name_key

SOURCES = ("entity", "event", "term", "topic", "article")


def choice_names(article: ArticleFile) -> dict[str, list[str]]:
    """What autocomplete offers from one article, per option kind."""
    return {
        "entity": [e.name for e in article.entities],
        "event": [e.name for e in article.events],
        "term": [n for t in article.terms for n in (*t.acronyms, t.term)],
        "topic": [t for q in article.quotes for t in q.topics],
        "article": [article.article.title],
    }


@dataclass(frozen=True)
class Choices:
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # source -> name -> articles
    ordered: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # (normalised, shown)

    def builder(self) -> ChoicesBuilder:
        return ChoicesBuilder(self)

    def starting_with(self, source: str, prefix: str, limit: int) -> list[str]:
        """Names whose normalised form starts with prefix (binary search)."""
        ordered = self.ordered.get(source, [])
        at = bisect.bisect_left(ordered, (prefix, ""))
        out = []
        for norm, shown in ordered[at : at + limit]:
            if not norm.startswith(prefix):
                break
            out.append(shown)
        return out


class ChoicesBuilder:
    def __init__(self, base: Choices) -> None:
        self.counts = {s: dict(base.counts.get(s, {})) for s in SOURCES}
        self.ordered = dict(base.ordered)
        self._copied: set[str] = set()  # sorted lists already copied for this build

    def add(self, article: ArticleFile) -> None:
        for source, names in choice_names(article).items():
            for name in dict.fromkeys(names):
                self._count(source, name, +1)

    def remove(self, article: ArticleFile) -> None:
        for source, names in choice_names(article).items():
            for name in dict.fromkeys(names):
                self._count(source, name, -1)

    def _count(self, source: str, name: str, step: int) -> None:
        counts = self.counts[source]
        before = counts.get(name, 0)
        counts[name] = before + step
        if counts[name] and before:
            return
        if source not in self._copied:
            self.ordered[source] = list(self.ordered.get(source, []))
            self._copied.add(source)
        ordered, item = self.ordered[source], (name_key(name), name)
        if counts[name]:  # the first article to use the name
            bisect.insort(ordered, item)
        else:  # the last one is gone
            del counts[name]
            del ordered[bisect.bisect_left(ordered, item)]

    def build(self) -> Choices:
        return Choices(self.counts, self.ordered)
