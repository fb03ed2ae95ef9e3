"""Fuzzy name matching, in one place: exact aliases, partial names, titles and typos.

Scores are 0-100. The thresholds were chosen from the lookups in tests/kb/test_lookup.py:
real partial names and one-letter typos score 88 or more; unrelated names stay under 70.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

from .text import STOPWORDS, normalize, words

ACCEPT = 86  # at or above: the answer
SUGGEST = 62  # at or above: offered as "did you mean"
MARGIN = 3  # a non-exact best must beat the next different entry by this much
STRONG = 92  # below this a non-exact match answers, but is reported to moderators as weak
MAX_QUERY = 200  # characters of a name considered; longer input is not a name

T = TypeVar("T", bound=Hashable)


@dataclass(frozen=True)
class Match(Generic[T]):
    value: T
    score: float
    name: str  # the name or alias that matched, as written in the knowledge base
    exact: bool = False
    group: Hashable = None  # entries of one group are one answer (the same person in two articles)

    @property
    def weak(self) -> bool:
        return not self.exact and self.score < STRONG


@dataclass
class _Name:
    shown: str
    norm: str
    tokens: list[str]


def _tokens(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS] or words(text)


@dataclass
class NameTable(Generic[T]):
    """Every name and alias of one kind of entry, mapped to the entry."""

    names: list[_Name] = field(default_factory=list)
    values: list[T] = field(default_factory=list)
    groups: list[Hashable] = field(default_factory=list)
    leaders: dict[Hashable, T] = field(default_factory=dict)  # group -> its first-added entry
    exact: dict[str, list[int]] = field(default_factory=dict)

    def add(self, value: T, names: Iterable[str], group: Hashable = None) -> None:
        """Add an entry under its names. Entries sharing a group (add them newest first)
        count as one: the first added answers for the group."""
        group = value if group is None else group
        self.leaders.setdefault(group, value)
        for shown in names:
            norm = normalize(shown)
            self.exact.setdefault(norm, []).append(len(self.names))
            self.names.append(_Name(shown, norm, _tokens(shown)))
            self.values.append(value)
            self.groups.append(group)

    def _match(self, i: int, score: float, exact: bool = False) -> Match[T]:
        """A match on any entry of a group answers with the group's leader (the newest)."""
        group = self.groups[i]
        return Match(self.leaders[group], score, self.names[i].shown, exact, group)

    def lookup(self, query: str, limit: int = 5) -> list[Match[T]]:
        """Distinct entries, best first; exact alias hits score 100 and come first."""
        norm = normalize(query)[:MAX_QUERY].removeprefix("the ").strip(" ?!.,:;\"'")
        if not norm:
            return []
        if norm in self.exact:
            hits = [self._match(i, 100.0, exact=True) for i in self.exact[norm]]
            return _distinct(hits)[:limit]
        q_tokens = _tokens(norm)
        scored = [self._match(i, _score(norm, q_tokens, name)) for i, name in enumerate(self.names)]
        scored.sort(key=lambda m: m.score, reverse=True)
        return [m for m in _distinct(scored)[:limit] if m.score >= SUGGEST]

    def best(self, query: str) -> tuple[Match[T] | None, list[Match[T]]]:
        """The confident match, if any, and the candidates to suggest otherwise."""
        found = self.lookup(query, limit=4)
        if not found:
            return None, []
        top = found[0]
        runner_up = found[1].score if len(found) > 1 else 0.0
        if top.exact or (top.score >= ACCEPT and top.score - runner_up >= MARGIN):
            return top, found[1:]
        return None, found[:3]

    def all_names(self) -> list[str]:
        return [n.shown for n in self.names]


def _distinct(matches: list[Match[T]]) -> list[Match[T]]:
    """One match per group, keeping the best (and, at equal scores, the first added)."""
    seen: set[Hashable] = set()
    out: list[Match[T]] = []
    for m in matches:
        if m.group not in seen:
            seen.add(m.group)
            out.append(m)
    return out


def _score(query: str, q_tokens: list[str], name: _Name) -> float:
    """Whole-string similarity, or every query word matching a word of the name.

    The word route finds partial names ('Lloyd', 'Jong-sup') and titles ('Secretary of
    Defense'), scaled slightly below a full match; a short query cannot match a long name
    by being a substring of it, as plain partial ratios allow.
    """
    whole = fuzz.ratio(query, name.norm)
    if not q_tokens or not name.tokens:
        return whole
    per_word = [max(fuzz.ratio(q, t) for t in name.tokens) for q in q_tokens]
    coverage = len(q_tokens) / max(len(name.tokens), len(q_tokens))
    word_route = min(per_word) * (0.93 + 0.05 * coverage)
    if any(len(q) < 3 for q in q_tokens) and min(per_word) < 100:
        word_route = 0.0  # two-letter fragments only count when they match exactly
    return max(whole, word_route)


def closest(query: str, choices: list[str], cutoff: float = 85) -> str | None:
    """The closest single word from a vocabulary, for typo-tolerant search terms."""
    if len(query) < 4 or not choices:
        return None
    found = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    return found[0] if found else None
