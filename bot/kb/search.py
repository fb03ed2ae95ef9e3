"""Ranked retrieval over the knowledge base's units, and highlighting of what matched."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from .index import Doc, DocKind, KnowledgeBase
from .text import normalize, stem

_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    doc: Doc
    score: float
    matched: frozenset[str]  # query terms found in the doc
    coverage: float  # share of the distinct query terms found


def rank(kb: KnowledgeBase, query_terms: list[str], kinds: Collection[DocKind] | None = None) -> list[Hit]:
    """BM25-ranked docs of the given kinds; ties go to the newer article."""
    if not query_terms:
        return []
    wanted = set(query_terms)
    hits = []
    for doc_id, score in kb.bm25.scores(query_terms).items():
        doc = kb.docs[doc_id]
        if kinds is not None and doc.kind not in kinds:
            continue
        matched = wanted & kb.bm25.doc_terms[doc_id]
        hits.append(Hit(doc, score, frozenset(matched), len(matched) / len(wanted)))
    hits.sort(key=lambda h: (h.score, h.doc.article.article.published), reverse=True)
    return hits


def highlight(text: str, query_terms: list[str]) -> str:
    """Bold every word of text whose stem is one of the query terms."""
    wanted = set(query_terms)

    def bold(match: re.Match[str]) -> str:
        word = match.group(0)
        norm = normalize(word)
        parts = [norm, *norm.split("-")]
        return f"**{word}**" if any(stem(p) in wanted for p in parts) else word

    return _WORD_RE.sub(bold, text)
