"""Ranked retrieval over the knowledge base's units, and highlighting of what matched."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass

import numpy as np

from .index import KnowledgeBase
from .text import normalize, stem, terms
from .units import Doc, DocKind

_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)
TOP = 200  # hits turned into Python objects; the rest stay numbers in numpy


@dataclass(frozen=True)
class Hit:
    doc: Doc
    score: float
    matched: frozenset[str]  # query terms found in the doc
    coverage: float  # share of the distinct query terms found


def rank(
    kb: KnowledgeBase,
    query_terms: list[str],
    kinds: Collection[DocKind] | None = None,
    boost: Callable[[np.ndarray], None] | None = None,
    min_matched: float = 0,
    limit: int = TOP,
) -> list[Hit]:
    """BM25-ranked docs of the given kinds, best first; ties go to the newer article.

    `boost` may raise scores in place (entity bonuses) before the best are picked, and
    `min_matched` drops docs containing fewer distinct query terms than that.
    """
    wanted = list(dict.fromkeys(query_terms))
    if not wanted or not len(kb.docs):
        return []
    scores, matched = kb.bm25.scores(wanted)
    mask = scores > 0
    if boost is not None:
        boost(scores)
    if kinds is not None:
        mask &= kb.kind_mask(frozenset(kinds))
    if min_matched:
        mask &= matched >= min_matched
    candidates = np.flatnonzero(mask)
    if len(candidates) > limit:
        candidates = candidates[np.argpartition(-scores[candidates], limit)[:limit]]
    # best first; at equal scores the newer article, then the unit that comes first in it
    order = candidates[np.lexsort((candidates, kb.doc_rank[candidates], -scores[candidates]))]
    present = {term: _contains(kb.bm25.postings(term), order) for term in wanted}
    hits = []
    for row, doc_id in enumerate(order):
        found = frozenset(term for term in wanted if present[term][row])
        hits.append(Hit(kb.docs[doc_id], float(scores[doc_id]), found, len(found) / len(wanted)))
    return hits


SAME_STATEMENT = 0.8  # share of the shorter unit's words found in the other: one statement


def one_per_statement(hits: list[Hit]) -> list[Hit]:
    """Hits without the ones that restate a better hit from the same paragraph (a fact that
    rewords a sentence, a quote inside it): users see each statement once."""
    kept: list[Hit] = []
    seen: dict[tuple[str, int], list[Hit]] = {}
    said: dict[int, frozenset[str]] = {}

    def words_of(hit: Hit) -> frozenset[str]:  # only for hits that share a paragraph: most do not
        found = said.get(id(hit))
        if found is None:
            found = said[id(hit)] = frozenset(terms(hit.doc.text))
        return found

    for hit in hits:
        places = [(hit.doc.article.id, p) for p in hit.doc.paragraphs]
        others = [other for place in places for other in seen.get(place, ())]
        if others and any(_restates(words_of(hit), words_of(other)) for other in others):
            continue
        kept.append(hit)
        for place in places:
            seen.setdefault(place, []).append(hit)
    return kept


def _restates(one: frozenset[str], other: frozenset[str]) -> bool:
    shorter = min(len(one), len(other))
    return shorter > 0 and len(one & other) >= SAME_STATEMENT * shorter


def _contains(sorted_ids: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """For each of ids, whether it is in sorted_ids (vectorised binary search)."""
    if not len(sorted_ids):
        return np.zeros(len(ids), dtype=bool)
    at = np.searchsorted(sorted_ids, ids)
    return sorted_ids[np.minimum(at, len(sorted_ids) - 1)] == ids


def highlight(text: str, query_terms: list[str]) -> str:
    """Bold every word of text whose stem is one of the query terms."""
    wanted = set(query_terms)

    def bold(match: re.Match[str]) -> str:
        word = match.group(0)
        return f"**{word}**" if not wanted.isdisjoint(_stems_of(word)) else word

    return _WORD_RE.sub(bold, text)


@functools.lru_cache(maxsize=50_000)
def _stems_of(word: str) -> frozenset[str]:
    """A word's stems, whole and by its hyphenated parts (a page of results bolds a thousand
    words, most of them seen before)."""
    norm = normalize(word)
    return frozenset(stem(p) for p in (norm, *norm.split("-")))
