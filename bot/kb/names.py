"""Names: the people, bodies, events and terms of every article, found by any name, alias or
typo, and joined across articles into identities.

One part of the index (see index.py): it owns its copy, add and remove. Every table is keyed by
entry name; which names answer together is the identities' business (identity.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from . import newest
from .catalog import article_rank
from .fuzzy import NameTable, Same
from .identity import KINDS, Identities
from .models import ArticleFile
from .text import name_key, words
from .units import Entry, alias_keys, ngrams

MAX_MENTION_WORDS = 400  # words of a text looked at for names


def entry_names(article: ArticleFile, kind: str) -> Iterator[tuple[object, list[str], str]]:
    """(item, every name it answers to, its own name) of each entry of a kind in an article."""
    if kind == "entity":
        for e in article.entities:
            yield e, [e.name, *e.aliases], e.name
    elif kind == "event":
        for ev in article.events:
            yield ev, [ev.name, *ev.aliases], ev.name
    else:
        for t in article.terms:
            yield t, [t.term, *t.acronyms, *t.aliases], t.term


@dataclass(frozen=True)
class Names:
    tables: dict[str, NameTable[Entry]] = field(default_factory=lambda: {k: NameTable() for k in KINDS})
    identities: dict[str, Identities] = field(default_factory=lambda: {k: Identities() for k in KINDS})
    mentions: dict[tuple[str, ...], dict[str, int]] = field(default_factory=dict)  # alias words -> names
    starts: dict[str, int] = field(default_factory=dict)  # first word -> longest alias from it

    def builder(self) -> NamesBuilder:
        return NamesBuilder(self)

    def same(self, kind: str) -> Same:
        """A name (a table's group) to the identity it belongs to."""
        return self.identities[kind].key

    def members(self, kind: str, name: str) -> tuple[Entry, ...]:
        """Every entry of the identity a name belongs to, newest first."""
        table = self.tables[kind]
        groups = [table.members.get(n, ()) for n in sorted(self.identities[kind].names_of(name))]
        if len(groups) == 1:
            return groups[0]
        return newest.merged((), [e for g in groups for e in g], lambda e: table.ranks[e])

    def mentioned(self, text: str) -> set[str]:
        """Identities of the people and bodies named in a text by an exact alias, as a run of
        whole words."""
        found: set[str] = set()
        for key in ngrams(words(text)[:MAX_MENTION_WORDS], self.mentions, self.starts):
            found.update(self.mentions[key])
        return {self.identities["entity"].key(name) for name in found}


class NamesBuilder:
    def __init__(self, base: Names) -> None:
        self.tables = {k: t.copy() for k, t in base.tables.items()}
        self.identities = {k: i.copy() for k, i in base.identities.items()}
        self.touched: dict[str, set[str]] = {k: set() for k in KINDS}
        self.mentions = dict(base.mentions)
        self.starts = dict(base.starts)

    def add(self, article: ArticleFile) -> None:
        rank = article_rank(article)
        for kind in KINDS:
            for n, (item, names, own) in enumerate(entry_names(article, kind)):
                self.tables[kind].add(Entry(article, item), names, group=name_key(own), rank=(*rank, -n))
            self.touched[kind] |= self.identities[kind].count(article, kind, +1)
        for entity in article.entities:
            for key in alias_keys([entity.name, *entity.aliases]):
                self._mention(key, name_key(entity.name), +1)
                self.starts[key[0]] = max(self.starts.get(key[0], 0), len(key))

    def remove(self, article: ArticleFile) -> None:
        for kind in KINDS:
            for item, _, _ in entry_names(article, kind):
                self.tables[kind].remove(Entry(article, item))
            self.touched[kind] |= self.identities[kind].count(article, kind, -1)
        for entity in article.entities:
            for key in alias_keys([entity.name, *entity.aliases]):
                self._mention(key, name_key(entity.name), -1)

    def _mention(self, key: tuple[str, ...], name: str, step: int) -> None:
        counts = dict(self.mentions.get(key, {}))
        counts[name] = counts.get(name, 0) + step
        if not counts[name]:
            del counts[name]
        if counts:
            self.mentions[key] = counts
        else:
            self.mentions.pop(key, None)

    def build(self) -> Names:
        for kind in KINDS:
            self.tables[kind].settle()
            self.identities[kind].regroup(self.touched[kind])
        return Names(self.tables, self.identities, self.mentions, self.starts)
