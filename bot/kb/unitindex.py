"""The units /search and /ask rank, across articles: a BM25 index with, per unit, its kind, its
article and whether it is dated its article's day, and per person or body the units involving it.

One part of the index (see index.py): it owns its copy, add and remove. Units are numbered once
and never renumbered while patching: a changed article's units are retired and its new ones
appended. Once retired units pass COMPACT_AT of the whole, the next build renumbers the live
ones from their arrays (nothing is tokenised again), so memory after any number of edits stays
near a fresh build's.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

import numpy as np

from .bm25 import Bm25, Bm25Builder
from .models import ArticleFile
from .sharing import shared
from .text import name_key, terms
from .units import KIND_CODES, Doc, DocKind, article_docs

COMPACT_AT = 0.1

_EMPTY = np.zeros(0, dtype=np.int32)


@dataclass(frozen=True)
class Span:
    """Where one article's units sit in the index."""

    first: int  # its docs are first..end-1
    end: int
    slot: int  # its place in the per-article arrays
    by_ref: dict[str, int]  # unit ref (fact id, "p3.1", ...) -> doc
    # Where each paragraph's body sentences start, counted from `first` (they come first, in
    # order): paragraph p's are first + bounds[p - 1] .. first + bounds[p] - 1. One tuple, not a
    # dict of tuples: ten thousand articles hold a hundred thousand paragraphs.
    bounds: tuple[int, ...]
    entity_names: dict[str, str]  # entity id -> normalised name (the same person in every article)

    def sentences(self, paragraph: int) -> range:
        """The docs of a paragraph's body sentences (none for a paragraph it does not have)."""
        if not 1 <= paragraph < len(self.bounds):
            return range(0)
        return range(self.first + self.bounds[paragraph - 1], self.first + self.bounds[paragraph])


@dataclass(frozen=True)
class Units:
    docs: list[Doc] = field(default_factory=list)  # retired docs stay, dead in bm25.alive
    bm25: Bm25 = field(default_factory=Bm25)
    kinds: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int8))  # DocKind code per doc
    news_day: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))  # dated its article's day
    doc_slot: np.ndarray = field(default_factory=lambda: _EMPTY)  # article slot per doc
    involving: dict[str, np.ndarray] = field(default_factory=dict)  # entity name -> live docs
    spans: dict[str, Span] = field(default_factory=dict)  # article id -> its units
    next_slot: int = 0

    def builder(self) -> UnitsBuilder:
        return UnitsBuilder(self)

    def dead_share(self) -> float:
        """The share of units retired by edits and still held (0 after a fresh build)."""
        return 1 - self.bm25.live / len(self.docs) if self.docs else 0.0

    def compacted(self) -> Units:
        """The same live units, numbered afresh without the retired ones."""
        keep = np.flatnonzero(self.bm25.alive).astype(np.int32)
        renumber = np.full(len(self.docs), -1, dtype=np.int32)
        renumber[keep] = np.arange(len(keep), dtype=np.int32)
        spans = {}
        for article_id, span in self.spans.items():
            shift = int(renumber[span.first]) - span.first
            spans[article_id] = Span(
                span.first + shift,
                span.end + shift,
                span.slot,
                {ref: doc + shift for ref, doc in span.by_ref.items()},
                span.bounds,
                span.entity_names,
            )
        involving = {}
        for name, ids in self.involving.items():
            moved = renumber[ids]
            involving[name] = moved[moved >= 0]
        return Units(
            [self.docs[i] for i in keep],
            self.bm25.compacted(keep),
            self.kinds[keep],
            self.news_day[keep],
            self.doc_slot[keep],
            involving,
            spans,
            self.next_slot,
        )


class UnitsBuilder:
    def __init__(self, base: Units) -> None:
        self.base = base
        self.docs = list(base.docs)
        self.bm25 = Bm25Builder(base.bm25)
        self.kinds: list[int] = []
        self.news_day: list[bool] = []
        self.doc_slot: list[int] = []
        self.involving = dict(base.involving)
        self.added: dict[str, list[int]] = {}  # entity name -> docs added here
        self.spans = dict(base.spans)
        self.next_slot = base.next_slot

    def remove(self, article: ArticleFile) -> None:
        span = self.spans.pop(article.id)
        self.bm25.retire(range(span.first, span.end))
        for name in set(span.entity_names.values()):
            if name in self.involving:
                ids = self.involving[name]
                rest = ids[(ids < span.first) | (ids >= span.end)]
                if len(rest):
                    self.involving[name] = rest
                else:
                    del self.involving[name]

    def add(self, article: ArticleFile) -> None:
        entity_names = {e.id: name_key(e.name) for e in article.entities}
        slot, self.next_slot = self.next_slot, self.next_slot + 1
        first = len(self.docs)
        by_ref: dict[str, int] = {}
        per_paragraph = [0] * (len(article.paragraphs) + 1)
        for doc in article_docs(article):
            doc_id = len(self.docs)
            by_ref.setdefault(doc.ref, doc_id)
            if doc.kind == DocKind.SENTENCE:
                per_paragraph[doc.paragraphs[0]] += 1
            for entity_id in doc.entities:
                if entity_id in entity_names:
                    self.added.setdefault(entity_names[entity_id], []).append(doc_id)
            self.docs.append(doc)
            self.bm25.add(terms(doc.index_text or doc.text))
            self.kinds.append(KIND_CODES[doc.kind])
            self.news_day.append(doc.date is not None and doc.date == article.article.published)
            self.doc_slot.append(slot)
        self.spans[article.id] = Span(
            first,
            len(self.docs),
            slot,
            by_ref,
            _bounds(per_paragraph),
            entity_names,
        )

    def build(self) -> Units:
        base = self.base
        for name, ids in self.added.items():
            before = self.involving.get(name, _EMPTY)
            self.involving[name] = np.concatenate((before, np.asarray(ids, dtype=np.int32)))
        units = Units(
            self.docs,
            self.bm25.build(),
            np.concatenate((base.kinds, np.asarray(self.kinds, dtype=np.int8))),
            np.concatenate((base.news_day, np.asarray(self.news_day, dtype=bool))),
            np.concatenate((base.doc_slot, np.asarray(self.doc_slot, dtype=np.int32))),
            self.involving,
            self.spans,
            self.next_slot,
        )
        return units.compacted() if units.dead_share() > COMPACT_AT else units


def _bounds(counts: list[int]) -> tuple[int, ...]:
    """Running totals of sentences per paragraph (counts[0] is 0: paragraphs count from 1),
    one object for every article with the same shape."""
    bounds = tuple(itertools.accumulate(counts))
    return shared(bounds, ("bounds", bounds))
