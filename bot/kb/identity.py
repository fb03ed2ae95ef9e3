"""Which entries across articles are one: the same person, body, event or term.

Every entry is known by its normalised name. Two names are the same thing when
- they are equal (the moderators' guide: keep `name` the same across files),
- one entry's alias is another entry's name ("Kishida" listed as an alias where another file
  names him so), or
- a moderator links them with `same_as` (names that differ: "Kishida Fumio" and "Fumio Kishida").
The names linked this way form one identity; its key is the smallest of its names, so every
part of the index can keep its tables by name and ask here which names answer together.

A reload changes only what its articles name: the names they touch are looked at again, and the
identities they belong to before and after are redone; nothing else is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .models import ArticleFile
from .text import name_key

KINDS = ("entity", "event", "term")


def named(article: ArticleFile, kind: str) -> Iterator[tuple[str, list[str], list[str]]]:
    """(name, aliases, same_as) of each entry of one kind in an article, normalised."""
    if kind == "entity":
        items: Iterable[tuple[str, list[str], list[str]]] = (
            (e.name, e.aliases, e.same_as) for e in article.entities
        )
    elif kind == "event":
        items = ((e.name, e.aliases, e.same_as) for e in article.events)
    else:
        items = ((t.term, [*t.acronyms, *t.aliases], t.same_as) for t in article.terms)
    for name, aliases, same_as in items:
        key = name_key(name)
        yield key, [name_key(a) for a in aliases if name_key(a) != key], [name_key(s) for s in same_as]


@dataclass
class Identities:
    """The identities of one kind of entry. Never changed once built; see :meth:`copy`."""

    names: Counter[str] = field(default_factory=Counter)  # entry name -> entries using it
    # per name, plain dicts of counts: tens of thousands of them, and a Counter pickles through
    # a Python call each
    links: dict[str, dict[str, int]] = field(default_factory=dict)  # name <-> name, by same_as
    claims: dict[str, dict[str, int]] = field(default_factory=dict)  # name -> its entries' aliases
    claimed: dict[str, dict[str, int]] = field(default_factory=dict)  # alias -> names claiming it
    groups: dict[str, frozenset[str]] = field(default_factory=dict)  # name -> its identity (if >1)

    def key(self, name: str) -> str:
        """The identity a (normalised) name belongs to, as its smallest name."""
        group = self.groups.get(name)
        return min(group) if group else name

    def names_of(self, name: str) -> frozenset[str]:
        """Every name of the identity a name belongs to."""
        return self.groups.get(name) or frozenset((name,))

    def copy(self) -> Identities:
        return Identities(
            Counter(self.names), dict(self.links), dict(self.claims), dict(self.claimed), dict(self.groups)
        )

    # --- changing (on a copy) ------------------------------------------------------------

    def count(self, article: ArticleFile, kind: str, step: int) -> set[str]:
        """Count an article's entries in (+1) or out (-1); the names touched."""
        touched: set[str] = set()
        for name, aliases, same_as in named(article, kind):
            self.names[name] += step
            if not self.names[name]:
                del self.names[name]
            touched.add(name)
            for other in same_as:
                _bump(self.links, name, other, step)
                _bump(self.links, other, name, step)
                touched.add(other)
            for alias in aliases:
                _bump(self.claims, name, alias, step)
                _bump(self.claimed, alias, name, step)
                touched.add(alias)
        return touched

    def regroup(self, touched: set[str]) -> None:
        """Redo the identities of the touched names, and of everything they were joined to."""
        around = set(touched)
        for name in touched:
            around |= self.groups.get(name, frozenset())
        done: set[str] = set()
        for name in around:
            if name in done:
                continue
            group = self._reach(name)
            done |= group
            for member in group:
                if len(group) > 1:
                    self.groups[member] = group
                else:
                    self.groups.pop(member, None)

    def _reach(self, start: str) -> frozenset[str]:
        """The names joined to start: by same_as, or by an alias that is another entry's name."""
        seen = {start}
        todo = [start]
        while todo:
            name = todo.pop()
            nearby = set(self.links.get(name, ()))
            if self.names.get(name):  # a name some entry has: those claiming it as alias join
                nearby |= set(self.claimed.get(name, ()))
            nearby |= {a for a in self.claims.get(name, ()) if self.names.get(a)}
            for other in nearby - seen:
                seen.add(other)
                todo.append(other)
        return frozenset(n for n in seen if self.names.get(n)) or frozenset((start,))


def _bump(table: dict[str, dict[str, int]], key: str, value: str, step: int) -> None:
    """table[key][value] += step, copying the counts first (the old table keeps serving)."""
    counts = dict(table.get(key, {}))
    counts[value] = counts.get(value, 0) + step
    if counts[value] <= 0:
        del counts[value]
    if counts:
        table[key] = counts
    else:
        table.pop(key, None)
