"""Fuzzy name matching, in one place: exact aliases, partial names, titles and typos.

Scores are 0-100. The thresholds were chosen from the lookups in tests/kb/test_lookup.py:
real partial names and one-letter typos score 88 or more; unrelated names stay under 70.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from . import newest
from .sharing import shared
from .text import STOPWORDS, american, name_key, normalize, words

ACCEPT = 86  # at or above: the answer
SUGGEST = 62  # at or above: offered as "did you mean"
MARGIN = 3  # a non-exact best must beat the next different entry by this much
TYPOS = 2  # within this many slips (OSA edits) of a name, the fewest slips decide
STRONG = 92  # below this a non-exact match answers, but is reported to moderators as weak
MAX_QUERY = 200  # characters of a name considered; longer input is not a name

T = TypeVar("T", bound=Hashable)
Same = Callable[[Any], Hashable]  # a group to the identity it belongs to


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


# Numbers name things apart: the 54th meeting is not the 55th, an F-35 is not an F-22.
NUMBER_CAP = ACCEPT - 1  # a name whose numbers differ from the query's is only ever suggested
_ORDINALS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
)


def numbers(tokens: Iterable[str]) -> frozenset[str]:
    """The words of a name that are numbers: '54th', 'f-35' (and its '35'), 'second', '2023'."""
    return frozenset(t for t in tokens if t in _ORDINALS or any(ch.isdigit() for ch in t))


@dataclass(slots=True)  # no dict each: a knowledge base holds tens of thousands
class _Name:
    shown: str
    norm: str
    tokens: list[str]
    numbers: frozenset[str] = frozenset()


def _tokens(text: str) -> list[str]:
    """The words of a name that count, in American spelling; a hyphenated word also counts as
    its parts, so "table top" finds "table-top exercise"."""
    found = [american(w) for w in words(text) if w not in STOPWORDS] or words(text)
    return found + [part for w in found if "-" in w for part in w.split("-") if part]


EXHAUSTIVE = 400  # up to this many distinct names, score them all (exact and cheap)
CANDIDATES = 300  # beyond it, score only the names sharing the most similar words with the query
SIMILAR_WORDS = 40  # per query word, how many similar vocabulary words lead to candidates


@dataclass
class NameTable(Generic[T]):
    """Every name and alias of one kind of entry, mapped to the entries it names.

    Names are stored once however many articles use them; a word index finds the candidates
    for fuzzy scoring, so a lookup costs about the same at ten thousand articles as at one.
    A reload takes a :meth:`copy` and adds and removes entries there: containers are copied
    shallowly and what changes is replaced, never mutated, so the old table keeps answering.
    Additions are gathered and sorted in once, by :meth:`settle` (a name that ten thousand
    articles use is sorted once, not ten thousand times).
    """

    names: list[_Name] = field(default_factory=list)  # distinct by normalised form; never removed
    owners: list[tuple[T, ...]] = field(default_factory=list)  # per name, its entries, newest first
    exact: dict[str, int] = field(default_factory=dict)  # normalised name -> index in names
    members: dict[Hashable, tuple[T, ...]] = field(default_factory=dict)  # group -> entries, newest first
    words: dict[str, tuple[int, ...]] = field(default_factory=dict)  # word -> indices of names using it
    ranks: dict[T, Any] = field(default_factory=dict)  # entry -> recency (larger is newer)...
    placed: dict[T, tuple[Hashable, tuple[int, ...]]] = field(default_factory=dict)  # entry -> group, names
    _added: int = 0
    _new_owners: dict[int, list[T]] = field(default_factory=dict)  # not yet settled
    _new_members: dict[Hashable, list[T]] = field(default_factory=dict)
    _new_words: dict[str, list[int]] = field(default_factory=dict)
    # Made by settle(), never on a lookup: lookups run on several threads at once.
    _all: Wordings | None = None  # every name's words, while the table is small
    _vocabulary: list[str] = field(default_factory=list)  # every word of every name, in order seen
    _postings: list[np.ndarray] = field(default_factory=list)  # per vocabulary word: its names
    # ...unless entries know their own recency: then this (a module's function, pickled by name)
    # tells it, and no rank is stored per entry (a hundred thousand tuples fewer to read back)
    rank_of: Callable[[T], Any] | None = None

    def __getstate__(self) -> dict[str, Any]:
        """Pickled with the postings of every word as one array: a restart unpickles one array,
        not thirty thousand small ones (each a Python call of numpy's)."""
        state = dict(self.__dict__)
        postings = state.pop("_postings")
        sizes = np.fromiter((len(p) for p in postings), dtype=np.int64, count=len(postings))
        state["_packed"] = (np.concatenate(postings) if postings else np.zeros(0, dtype=np.int32), sizes)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        packed, sizes = state.pop("_packed")
        ends = np.cumsum(sizes).tolist()  # plain slices: np.split costs a Python loop of its own each
        starts = [0, *ends[:-1]] if ends else []
        state["_postings"] = [packed[start:end] for start, end in zip(starts, ends, strict=True)]
        self.__dict__.update(state)

    def copy(self) -> NameTable[T]:
        self.settle()  # a no-op on a served table, which is always settled
        return NameTable(
            list(self.names),
            list(self.owners),
            dict(self.exact),
            dict(self.members),
            dict(self.words),
            dict(self.ranks),
            dict(self.placed),
            self._added,
            _all=self._all,
            _vocabulary=list(self._vocabulary),
            _postings=list(self._postings),
            rank_of=self.rank_of,
        )

    def rank(self, value: T) -> Any:
        """An entry's recency: larger is newer."""
        return self.ranks[value] if self.rank_of is None else self.rank_of(value)

    def add(self, value: T, names: Iterable[str], group: Hashable = None, rank: Any = None) -> None:
        """Add an entry under its names. Entries sharing a group count as one, answered by the
        newest: the largest rank (by default, the first added)."""
        group = value if group is None else group
        self._added += 1
        if self.rank_of is None:
            self.ranks[value] = -self._added if rank is None else rank
        self._new_members.setdefault(group, []).append(value)
        # a name given twice (as name and alias) counts once
        indices = tuple(dict.fromkeys(self._index_of(shown) for shown in names))
        for index in indices:
            self._new_owners.setdefault(index, []).append(value)
        placed = (group, indices)
        if type(group) is str:  # most entries are one person or term under the same names: one tuple
            placed = shared(placed, ("placed", group, indices))  # (plain text only: an Entry is a str too)
        self.placed[value] = placed

    def remove(self, value: T) -> None:
        group, indices = self.placed.pop(value)
        for index in indices:
            self.owners[index] = newest.without(self.owners[index], value, self.rank)
            if index in self._new_owners:
                self._new_owners[index] = [o for o in self._new_owners[index] if o != value]
        if group in self._new_members:
            self._new_members[group] = [v for v in self._new_members[group] if v != value]
        rest = newest.without(self.members.get(group, ()), value, self.rank)
        if rest:
            self.members[group] = rest
        else:
            self.members.pop(group, None)
        self.ranks.pop(value, None)

    def settle(self) -> None:
        """Put the gathered additions in their places; a table is read only once settled."""
        for index, added in self._new_owners.items():
            self.owners[index] = newest.merged(self.owners[index], added, self.rank)
        for group, values in self._new_members.items():
            if together := newest.merged(self.members.get(group, ()), values, self.rank):
                self.members[group] = together
        for word, indices in self._new_words.items():
            self.words[word] = (*self.words.get(word, ()), *indices)
        self._prepare(self._new_words)
        self._new_owners, self._new_members, self._new_words = {}, {}, {}

    def _prepare(self, changed: dict[str, list[int]]) -> None:
        """What lookups read besides the tables, made here and only here: all names' words as one
        matrix while the table is small, else the word index that finds candidates. Only the
        words that gained names are redone."""
        if len(self.names) <= EXHAUSTIVE:
            if self._all is None or len(self._all.norms) != len(self.names):
                self._all = Wordings.of(self.names)
            return
        self._all = None
        if len(self._postings) != len(self._vocabulary):  # never prepared as a large table
            self._vocabulary, self._postings = [], []
        at = {w: i for i, w in enumerate(self._vocabulary)} if changed else {}
        for word in self.words if not self._vocabulary else changed:
            postings = np.asarray(self.words[word], dtype=np.int32)
            if word in at:
                self._postings[at[word]] = postings
            else:
                self._vocabulary.append(word)
                self._postings.append(postings)

    def leader(self, group: Hashable) -> T:
        """The entry that answers for a group: its newest."""
        return self.members[group][0]

    def _index_of(self, shown: str) -> int:
        norm = name_key(shown)
        index = self.exact.get(norm)
        if index is None:
            index = self.exact[norm] = len(self.names)
            tokens = _tokens(shown)
            name = _Name(shown, norm, tokens, numbers(tokens))
            self.names.append(name)
            self.owners.append(())
            for word in set(name.tokens):
                self._new_words.setdefault(word, []).append(index)
        return index

    def _matches(self, index: int, score: float, exact: bool = False) -> list[Match[T]]:
        """One match per group the name belongs to, answered by the group's leader (the newest)."""
        groups = dict.fromkeys(self.placed[value][0] for value in self.owners[index])
        shown = self.names[index].shown
        return [Match(self.leader(g), score, shown, exact, g) for g in groups]

    def lookup(self, query: str, limit: int = 5, same: Same | None = None) -> list[Match[T]]:
        """Distinct entries, best first; exact alias hits score 100 and come first. With `same`,
        groups it maps to one identity count as one entry (the same person in two files under
        two names)."""
        norm = normalize(query)[:MAX_QUERY].removeprefix("the ").strip(" ?!.,:;\"'")
        if not norm:
            return []
        if self._new_owners or self._new_members or self._new_words:  # built by hand, as in tests
            self.settle()
        if (index := self.exact.get(norm)) is not None and self.owners[index]:  # not only removed ones
            return _distinct(self._matches(index, 100.0, exact=True), same)[:limit]
        q_tokens = _tokens(norm)
        indices = list(self._candidates(q_tokens))
        scores = self._wordings(indices).scores(norm, q_tokens)
        if asked := numbers(q_tokens):  # a number typed must be the name's own
            for k in np.flatnonzero(scores >= NUMBER_CAP):
                if not asked <= self.names[indices[k]].numbers:
                    scores[k] = NUMBER_CAP
        scored = [
            m for k in np.flatnonzero(scores >= SUGGEST) for m in self._matches(indices[k], float(scores[k]))
        ]
        scored.sort(key=lambda m: (m.score, self.rank(m.value)), reverse=True)  # ties: the newest
        return _distinct(scored, same)[:limit]

    def _wordings(self, indices: list[int]) -> Wordings:
        """The names' words as a matrix; for a small table, the one settle() made."""
        if self._all is not None and len(indices) == len(self._all.norms):
            return self._all
        return Wordings.of([self.names[i] for i in indices])

    def _candidates(self, q_tokens: list[str]) -> Iterable[int]:
        if len(self.names) <= EXHAUSTIVE:
            return range(len(self.names))
        # every query word against the vocabulary in one call; per word, its SIMILAR_WORDS most
        # similar words (ties: the first seen), as process.extract would give one word at a time
        similar = process.cdist(q_tokens[:8], self._vocabulary, scorer=fuzz.ratio, score_cutoff=60)
        near = [(row, np.flatnonzero(row)) for row in similar]
        chosen = [(row, at[np.lexsort((at, -row[at]))[:SIMILAR_WORDS]]) for row, at in near]
        posted = [self._postings[at] for _, ats in chosen for at in ats.tolist()]
        if not posted:
            return []
        score = np.concatenate([row[ats] for row, ats in chosen])
        # a word is listed once per name; a name gains the score of every similar word it uses
        weight = np.bincount(
            np.concatenate(posted), np.repeat(score, [len(p) for p in posted]), minlength=len(self.names)
        )
        hits = np.flatnonzero(weight)
        if len(hits) > CANDIDATES:
            hits = hits[np.argpartition(-weight[hits], CANDIDATES)[:CANDIDATES]]
        return hits.tolist()

    def best(self, query: str, same: Same | None = None) -> tuple[Match[T] | None, list[Match[T]]]:
        """The confident match, if any, and the candidates to suggest otherwise."""
        found = self.lookup(query, limit=4, same=same)
        if not found:
            return None, []
        top = found[0]
        if top.exact:
            return top, found[1:]
        if top.score >= ACCEPT and _ahead(query, top, found[1] if len(found) > 1 else None):
            return top, found[1:]
        return None, found[:3]


def _ahead(query: str, top: Match[T], runner: Match[T] | None) -> bool:
    """Whether the best match is clearly the one meant.

    Mostly by score: MARGIN points ahead. But similarity ratios crowd together on long names,
    and a typo counts as a typo: when the query is a slip or two away from both names ("Honolulu
    drill of 21 Feebruary" from "... of 21 February" and "... of 1 February"; "Coh" from "Cho"
    and "Oh"), the one fewer slips away wins, and a tie is a question to ask back.
    """
    if runner is None:
        return True
    query = normalize(query)
    mine, theirs = OSA.distance(query, normalize(top.name)), OSA.distance(query, normalize(runner.name))
    if min(mine, theirs) <= TYPOS:
        return mine < theirs
    return top.score - runner.score >= MARGIN


def _distinct(matches: list[Match[T]], same: Same | None = None) -> list[Match[T]]:
    """One match per group (or per identity, with `same`), keeping the best (and, at equal
    scores, the first added)."""
    seen: set[Hashable] = set()
    out: list[Match[T]] = []
    for m in matches:
        key = same(m.group) if same is not None else m.group
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


@dataclass(frozen=True)
class Wordings:
    """Names and their words, arranged to be scored against a query all at once."""

    norms: list[str]
    words: list[str]  # every distinct word of the names
    cells: np.ndarray  # per name, its words as indices into `words` (-1 past the last)
    lengths: np.ndarray  # per name, how many words (repeats count)

    @classmethod
    def of(cls, names: list[_Name]) -> Wordings:
        column: dict[str, int] = {}
        cells = np.full((len(names), max((len(n.tokens) for n in names), default=0)), -1, dtype=np.int64)
        for row, name in enumerate(names):
            cells[row, : len(name.tokens)] = [column.setdefault(t, len(column)) for t in name.tokens]
        lengths = np.fromiter((len(n.tokens) for n in names), dtype=np.float64, count=len(names))
        return cls([n.norm for n in names], list(column), cells, lengths)

    def scores(self, query: str, q_tokens: list[str]) -> np.ndarray:
        """Per name: whole-string similarity, or every query word matching a word of the name.

        The word route finds partial names ('Lloyd', 'Jong-sup') and titles ('Secretary of
        Defense'), scaled slightly below a full match; a short query cannot match a long name
        by being a substring of it, as plain partial ratios allow. rapidfuzz scores every pair
        at once (query against names, query words against the names' words).
        """
        whole = process.cdist([query], self.norms, scorer=fuzz.ratio, dtype=np.float64)[0]
        if not q_tokens or not self.words:
            return whole
        similar = process.cdist(q_tokens, self.words, scorer=fuzz.ratio, dtype=np.float64)
        similar = np.concatenate((similar, np.full((len(q_tokens), 1), -1.0)), axis=1)  # for -1 cells
        lowest = similar[:, self.cells].max(axis=2).min(axis=0)  # the worst-matched query word
        coverage = len(q_tokens) / np.maximum(self.lengths, len(q_tokens))
        route = lowest * (0.93 + 0.05 * coverage)
        if any(len(q) < 3 for q in q_tokens):
            route[lowest < 100] = 0.0  # two-letter fragments only count when they match exactly
        route[self.lengths == 0] = 0.0
        return np.maximum(whole, route)


def resembles(query: str, name: str) -> bool:
    """Whether query is the name itself, give or take a typo or the word order ("official name
    of North Korea", "North Korea's official name"), not merely a part of it."""
    if fuzz.ratio(normalize(query), normalize(name)) >= ACCEPT:
        return True
    return fuzz.token_sort_ratio(" ".join(_tokens(query)), " ".join(_tokens(name))) >= ACCEPT


def closest(query: str, choices: Sequence[str], cutoff: float = 85) -> str | None:
    """The closest single word from a vocabulary, for typo-tolerant search terms."""
    if len(query) < 4 or not choices:
        return None
    found = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    if found and OSA.distance(query, found[0]) <= 1:  # one slip: nothing is closer, no second pass
        return str(found[0])
    slipped = next(iter(slips(query, choices, cutoff)), None)
    if slipped is not None or len(query) < SUBSTITUTION_FROM:
        return slipped
    # one letter for another ("tokio"): a slip only if it is the one such word the articles use
    near = process.extract(query, choices, scorer=OSA.distance, score_cutoff=1, limit=2)
    return str(near[0][0]) if len(near) == 1 else None


def swaps(word: str) -> list[str]:
    """The word with two neighbouring letters swapped, each way it can be."""
    return [
        word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        for i in range(len(word) - 1)
        if word[i] != word[i + 1]
    ]


SWAP_FROM = 4  # letters from which two letters swapped ("sheild") count as one slip
SUBSTITUTION_FROM = 5  # letters from which one letter for another ("tokio") may be a slip
TWO_SLIPS_FROM = 8  # letters from which a word may hold two slips ("exersice")


def slips(query: str, choices: Sequence[str], cutoff: float = 85, limit: int = 5) -> list[str]:
    """The words of `choices` the query may be a slip for, closest first: similar by at least
    `cutoff` (insertions and deletions), or two neighbouring letters swapped (the commonest slip,
    which similarity counts twice), or, in a long word, two slips of any kind."""
    if not choices:
        return []
    found = {
        c: s
        for c, s, _ in process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
    }
    if len(query) < SWAP_FROM:
        return list(found)
    most = 2 if len(query) >= TWO_SLIPS_FROM else 1
    near = process.extract(query, choices, scorer=OSA.distance, score_cutoff=most, limit=limit * 4)
    for choice, distance, _ in near:  # a distance: lower is closer
        if choice not in found and (distance == 2 or sorted(choice) == sorted(query)):
            found[choice] = fuzz.ratio(query, choice)
    # fewest slips first, then the most similar (sorted() keeps the order found among equals)
    return sorted(found, key=lambda c: (OSA.distance(query, c), -found[c]))[:limit]
