"""BM25 over every retrievable unit, as numpy arrays, updated in place of a rebuild.

Docs are numbered once and never renumbered: a reload retires the docs of a changed article
(a tombstone) and appends the new ones. Two posting lists answer a query: the main one, sorted
by term, and a small one for the docs added since the main one was last sorted; when the small
one grows, both are merged. Document frequencies and lengths count live docs only, and weights
are computed at query time, so scores are exactly those of an index built from scratch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import numpy as np

# BM25 parameters: the usual defaults; short units (one fact, one sentence) suit them.
K1 = 1.2
B = 0.75
MERGE_AT = 0.1  # merge the small posting list into the main one past this share of all postings

_EMPTY_I = np.zeros(0, dtype=np.int32)
_EMPTY_F = np.zeros(0, dtype=np.float32)


@dataclass(frozen=True)
class Postings:
    """Term-major postings of docs [first, last): for term t, docs[indptr[t]:indptr[t+1]]."""

    indptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    docs: np.ndarray = field(default_factory=lambda: _EMPTY_I)
    tfs: np.ndarray = field(default_factory=lambda: _EMPTY_F)

    @classmethod
    def of(cls, terms: np.ndarray, docs: np.ndarray, tfs: np.ndarray, vocabulary: int) -> Postings:
        order = np.argsort(terms, kind="stable")  # stable: docs stay ascending within a term
        counts = np.bincount(terms, minlength=vocabulary)
        indptr = np.concatenate(([0], np.cumsum(counts))).astype(np.int64)
        return cls(indptr, docs[order], tfs[order])

    def of_term(self, term: int) -> tuple[np.ndarray, np.ndarray]:
        if term + 1 >= len(self.indptr):  # a term newer than these postings
            return _EMPTY_I, _EMPTY_F
        lo, hi = self.indptr[term], self.indptr[term + 1]
        return self.docs[lo:hi], self.tfs[lo:hi]


@dataclass(frozen=True)
class Bm25:
    """Immutable; :class:`Bm25Builder` makes the next one."""

    vocab: dict[str, int] = field(default_factory=dict)
    # doc-major, one run per doc: doc_terms[doc_ptr[d]:doc_ptr[d+1]] with doc_tfs alongside
    doc_ptr: np.ndarray = field(default_factory=lambda: np.zeros(1, dtype=np.int64))
    doc_terms: np.ndarray = field(default_factory=lambda: _EMPTY_I)
    doc_tfs: np.ndarray = field(default_factory=lambda: _EMPTY_F)
    lengths: np.ndarray = field(default_factory=lambda: _EMPTY_F)
    alive: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))
    df: np.ndarray = field(default_factory=lambda: _EMPTY_I)  # live docs per term
    main: Postings = field(default_factory=Postings)
    main_end: int = 0  # docs below this are in `main`, the rest in `recent`
    recent: Postings = field(default_factory=Postings)
    live: int = 0  # docs not retired
    average: float = 1.0  # their mean length

    def __len__(self) -> int:
        return len(self.lengths)

    def __contains__(self, term: str) -> bool:
        t = self.vocab.get(term)
        return t is not None and bool(self.df[t])

    def compacted(self, keep: np.ndarray) -> Bm25:
        """The docs in `keep` (live, ascending) alone, numbered 0.. in that order, without the
        terms only retired docs used: what a fresh build of them would give, from the arrays."""
        starts, sizes = self.doc_ptr[keep], np.diff(self.doc_ptr)[keep]
        ends = np.cumsum(sizes)
        rows = np.repeat(starts - (ends - sizes), sizes) + np.arange(int(ends[-1]) if len(ends) else 0)
        used, doc_terms = np.unique(self.doc_terms[rows], return_inverse=True)
        new_of = np.full(len(self.vocab), -1, dtype=np.int64)
        new_of[used] = np.arange(len(used))
        names, old = list(self.vocab), np.fromiter(self.vocab.values(), dtype=np.int64, count=len(self.vocab))
        new = new_of[old]
        vocab = {names[i]: int(new[i]) for i in np.flatnonzero(new >= 0)}
        lengths = self.lengths[keep]
        index = Bm25(
            vocab,
            np.concatenate(([0], ends)).astype(np.int64),
            doc_terms.astype(np.int32),
            self.doc_tfs[rows],
            lengths,
            np.ones(len(keep), dtype=bool),
            np.bincount(doc_terms, minlength=len(used)).astype(np.int32),
            live=len(keep),
            average=float(lengths.mean()) if len(keep) else 1.0,
        )
        return _with_postings(index, len(used))

    def postings(self, term: str) -> np.ndarray:
        """The docs containing term (live or retired), ascending."""
        t = self.vocab.get(term)
        if t is None:
            return _EMPTY_I
        return np.concatenate((self.main.of_term(t)[0], self.recent.of_term(t)[0]))

    def scores(self, query_terms: Iterable[str]) -> tuple[np.ndarray, np.ndarray]:
        """Dense BM25 scores of every doc and how many distinct query terms each contains."""
        n = len(self.lengths)
        scores = np.zeros(n, dtype=np.float32)
        matched = np.zeros(n, dtype=np.int16)
        live, average = self.live, self.average
        if not live:
            return scores, matched
        for term in dict.fromkeys(query_terms):
            t = self.vocab.get(term)
            if t is None or not self.df[t]:
                continue
            idf = np.log1p((live - self.df[t] + 0.5) / (self.df[t] + 0.5))
            for docs, tfs in (self.main.of_term(t), self.recent.of_term(t)):
                keep = self.alive[docs]
                docs, tfs = docs[keep], tfs[keep]
                norm = K1 * (1 - B + B * self.lengths[docs] / average)
                scores[docs] += (idf * tfs * (K1 + 1) / (tfs + norm)).astype(np.float32)
                matched[docs] += 1  # a term is posted once per doc: no repeated indices
        return scores, matched


class Bm25Builder:
    """The next :class:`Bm25`: some docs retired, new ones appended; the old one is untouched."""

    def __init__(self, base: Bm25 | None = None) -> None:
        self.base = base or Bm25()
        self.vocab = dict(self.base.vocab)  # grows only: term ids never change
        self.retired: list[int] = []
        self.counts: list[Counter[str]] = []

    def retire(self, docs: Iterable[int]) -> None:
        self.retired.extend(docs)

    def add(self, terms: list[str]) -> None:
        """The next doc (numbered after every doc so far), with its index terms."""
        self.counts.append(Counter(terms))

    def build(self) -> Bm25:
        base = self.base
        for counts in self.counts:
            for term in counts:
                self.vocab.setdefault(term, len(self.vocab))
        vocabulary = len(self.vocab)
        new_terms = np.fromiter((self.vocab[t] for c in self.counts for t in c), dtype=np.int32)
        new_tfs = np.fromiter((tf for c in self.counts for tf in c.values()), dtype=np.float32)
        sizes = np.fromiter((len(c) for c in self.counts), dtype=np.int64, count=len(self.counts))
        doc_ptr = np.concatenate((base.doc_ptr, base.doc_ptr[-1] + np.cumsum(sizes)))
        doc_terms = np.concatenate((base.doc_terms, new_terms))
        doc_tfs = np.concatenate((base.doc_tfs, new_tfs))
        new_lengths = np.fromiter(
            (sum(c.values()) for c in self.counts), dtype=np.float32, count=len(self.counts)
        )
        lengths = np.concatenate((base.lengths, new_lengths))
        alive = np.concatenate((base.alive, np.ones(len(self.counts), dtype=bool)))
        df = np.zeros(vocabulary, dtype=np.int32)
        df[: len(base.df)] = base.df
        df += np.bincount(new_terms, minlength=vocabulary).astype(np.int32)
        retired = np.unique(np.asarray(self.retired, dtype=np.int64))
        retired = retired[alive[retired]] if len(retired) else retired
        if len(retired):
            alive[retired] = False
            gone = np.concatenate([doc_terms[doc_ptr[d] : doc_ptr[d + 1]] for d in retired])
            df -= np.bincount(gone, minlength=vocabulary).astype(np.int32)
        live = int(alive.sum())
        average = float(lengths[alive].mean()) if live else 1.0
        index = Bm25(
            self.vocab,
            doc_ptr,
            doc_terms,
            doc_tfs,
            lengths,
            alive,
            df,
            base.main,
            base.main_end,
            live=live,
            average=average,
        )
        return _with_postings(index, vocabulary)


def _with_postings(index: Bm25, vocabulary: int) -> Bm25:
    """Sort the docs past the main postings into the small list, or merge everything when the
    small list has grown (retired docs are dropped from the main list then)."""
    end = index.main_end
    recent_postings = len(index.doc_terms) - int(index.doc_ptr[end])
    if recent_postings > MERGE_AT * len(index.doc_terms):
        end = 0
    terms, docs, tfs = _doc_major(index, end)
    postings = Postings.of(terms, docs, tfs, vocabulary)
    if end == 0:
        return replace(index, main=postings, main_end=len(index.lengths), recent=Postings())
    return replace(index, recent=postings)


def _doc_major(index: Bm25, first: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(term, doc, tf) of every live doc from `first` on."""
    start = int(index.doc_ptr[first])
    terms, tfs = index.doc_terms[start:], index.doc_tfs[start:]
    sizes = np.diff(index.doc_ptr[first:])
    docs = np.repeat(np.arange(first, len(index.lengths), dtype=np.int32), sizes)
    keep = index.alive[docs]
    return terms[keep], docs[keep], tfs[keep]
