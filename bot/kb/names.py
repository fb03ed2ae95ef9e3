"""Names: the people, bodies, events and terms of every article, found by any name, alias or
typo, and joined across articles into identities.

One part of the index (see index.py): it owns its copy, add and remove. Every table is keyed by
entry name; which names answer together is the identities' business (identity.py).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from . import english, newest
from .catalog import article_rank
from .fuzzy import NameTable
from .identity import KINDS, Identities
from .models import ArticleFile, Event
from .text import STOPWORDS, name_key, words
from .units import Entry, alias_keys, ngrams_at

MAX_MENTION_WORDS = 400  # words of a text looked at for names


def entry_names(article: ArticleFile, kind: str) -> Iterator[tuple[object, list[str], str]]:
    """(item, every name it answers to, its own name) of each entry of a kind in an article."""
    if kind == "entity":
        for e in article.entities:
            yield e, [e.name, *e.aliases], e.name
    elif kind == "event":
        for ev in article.events:
            yield ev, [ev.name, *ev.aliases, *_by_its_place(ev), *initials(ev.name)], ev.name
    else:
        for t in article.terms:
            yield t, [t.term, *t.acronyms, *t.aliases, *initials(t.term)], t.term


def _by_its_place(event: Event) -> list[str]:
    """ "After Camp David": an event named for its place and what it was ("Camp David summit",
    "Hanoi summit") is also called by its place alone, as news does."""
    if not event.place:
        return []
    place = event.place.split(",")[0]
    named = name_key(event.name)
    return [place] if any(named == name_key(f"{place} {kind}") for kind in event.is_a) else []


_WORDLIKE = 4.0  # initials as common as "cd" (Camp David) read as the word, not the name


def initials(name: str) -> list[str]:
    """ "FS" for Freedom Shield 23, "UFS" for Ulchi Freedom Shield: the initials of a name whose
    every word is capitalised, as people shorten it, unless they spell a word of English."""
    said = _name_words(name)
    if len(said) < 2 or not all(w[0].isupper() for w in said):
        return []
    letters = "".join(w[0] for w in said)
    return [] if english.zipf(letters.lower()) >= _WORDLIKE else [letters]


def _name_words(name: str) -> list[str]:
    """A name's words that initials are made of: letters first, function words left out."""
    return [w for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w.lower() not in STOPWORDS]


def leading_initials(name: str) -> Iterator[tuple[str, str]]:
    """ "DSC" for "Deterrence Strategy Committee Table-top Exercise": the initials of a name's
    leading words (three or more), as people shorten its first words, each with those words."""
    said = list(itertools.takewhile(lambda w: len(w) > 1, _name_words(name)))  # not "U.S.": no words
    for n in range(3, len(said) + 1):
        for letters in initials(" ".join(said[:n])):
            yield letters.lower(), " ".join(said[:n]).lower()


def entry_rank(entry: Entry) -> tuple[object, int]:
    """Newer articles' entries first; in one article, the YAML's order."""
    return article_rank(entry.article), -entry.n


@dataclass(frozen=True)
class Names:
    tables: dict[str, NameTable[Entry]] = field(
        default_factory=lambda: {k: NameTable(rank_of=entry_rank) for k in KINDS}
    )
    identities: dict[str, Identities] = field(default_factory=lambda: {k: Identities() for k in KINDS})
    # per kind: an alias as words -> the names it belongs to (several: an ambiguous alias)
    mentions: dict[str, dict[tuple[str, ...], dict[str, int]]] = field(
        default_factory=lambda: {k: {} for k in KINDS}
    )
    starts: dict[str, dict[str, int]] = field(default_factory=lambda: {k: {} for k in KINDS})  # longest alias

    def builder(self) -> NamesBuilder:
        return NamesBuilder(self)

    def same(self, kind: str) -> Callable[[str], str]:
        """A name (a table's group) to the identity it belongs to."""
        return self.identities[kind].key

    def members(self, kind: str, name: str) -> tuple[Entry, ...]:
        """Every entry of the identity a name belongs to, newest first."""
        table = self.tables[kind]
        groups = [table.members.get(n, ()) for n in sorted(self.identities[kind].names_of(name))]
        if len(groups) == 1:
            return groups[0]
        return newest.merged((), [e for g in groups for e in g], table.rank)

    @functools.cached_property
    def _alias_words(self) -> dict[str, frozenset[str]]:
        """Every word of every alias, per kind. Made on first use, whole, then assigned in one
        step: two threads asking first both make the same set, and neither sees half of one."""
        return {kind: frozenset(w for key in table for w in key) for kind, table in self.mentions.items()}

    def mentioned(self, text: str, kind: str = "entity") -> set[str]:
        """Identities named in a text by an exact alias, as a run of whole words."""
        return {key for group in self.mentions_in(words(text), kind) for key in group[2]}

    def mentions_in(
        self, typed: list[str], kind: str, adjectives: bool = False
    ) -> list[tuple[int, int, frozenset[str]]]:
        """Each alias found in a text's words, the longest where they overlap: (start, end, the
        identities it may mean). An alias two identities share ("the joint statement" of two
        meetings) means either: one group, not two things named. With `adjectives`, a people's
        adjective names its country too ("a North Korean missile"): for what a description
        says of an entry, not for questions, where "the North Korean sub" asks about the sub."""
        table, same, starts = self.mentions[kind], self.identities[kind].key, self.starts[kind]
        # "austins trip", "the 56th scms": a possessive without its apostrophe, or a plural, is the name
        known = self._alias_words[kind]
        typed = typed[:MAX_MENTION_WORDS]
        singular = [w[:-1] if len(w) > 3 and w.endswith("s") and w[:-1] in known else w for w in typed]
        # "a North Korean missile", "Japanese waters": a people's adjective names its country
        of_country = [_country_of(w, known) for w in typed] if adjectives else typed
        found = []
        for read in dict.fromkeys(tuple(r) for r in (typed, singular, of_country)):
            for key, start in ngrams_at(read, table, starts):
                found.append((start, start + len(key), frozenset(same(n) for n in table[key])))
        # the longest first, "the" not counted ("the north koreans": "North Koreans", not "the
        # North" and then "Koreans"); of two as long, the earlier
        found.sort(key=lambda f: (-(f[1] - f[0] - (typed[f[0]] == "the")), f[0]))
        out: list[tuple[int, int, frozenset[str]]] = []
        for start, end, keys in found:
            if any(start < e and s < end for s, e, _ in out):  # overlaps a longer alias already found
                continue
            out.append((start, end, keys))
        return sorted(out, key=lambda f: f[0])


def _country_of(word: str, known: frozenset[str]) -> str:
    """The name a people's adjective is made from, when an alias has it ("korean": "korea",
    "japanese": "japan", "russian": "russia"); other words as they are."""
    for ending in ("n", "ese"):
        if word.endswith(ending) and word[: -len(ending)] in known:
            return word[: -len(ending)]
    return word


class NamesBuilder:
    def __init__(self, base: Names) -> None:
        self.tables = {k: t.copy() for k, t in base.tables.items()}
        self.identities = {k: i.copy() for k, i in base.identities.items()}
        self.touched: dict[str, set[str]] = {k: set() for k in KINDS}
        self.mentions = {k: dict(m) for k, m in base.mentions.items()}
        self.starts = {k: dict(s) for k, s in base.starts.items()}

    def add(self, article: ArticleFile) -> None:
        for kind in KINDS:
            starts = self.starts[kind]
            for n, (item, names, own) in enumerate(entry_names(article, kind)):
                self.tables[kind].add(Entry.of(article, item, n), names, group=name_key(own))
                for key in alias_keys(names):
                    self._mention(kind, key, name_key(own), +1)
                    starts[key[0]] = max(starts.get(key[0], 0), len(key))
            self.touched[kind] |= self.identities[kind].count(article, kind, +1)

    def remove(self, article: ArticleFile) -> None:
        for kind in KINDS:
            for n, (item, names, own) in enumerate(entry_names(article, kind)):
                self.tables[kind].remove(Entry.of(article, item, n))  # its rank finds it
                for key in alias_keys(names):
                    self._mention(kind, key, name_key(own), -1)
            self.touched[kind] |= self.identities[kind].count(article, kind, -1)

    def _mention(self, kind: str, key: tuple[str, ...], name: str, step: int) -> None:
        table = self.mentions[kind]
        counts = dict(table.get(key, {}))
        counts[name] = counts.get(name, 0) + step
        if not counts[name]:
            del counts[name]
        if counts:
            table[key] = counts
        else:
            table.pop(key, None)

    def build(self) -> Names:
        for kind in KINDS:
            self.tables[kind].settle()
            self.identities[kind].regroup(self.touched[kind])
        return Names(self.tables, self.identities, self.mentions, self.starts)
