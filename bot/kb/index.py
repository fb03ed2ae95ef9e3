"""The knowledge base in memory: articles, name tables and a BM25 index, built once per load."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from .dates import PartialDate
from .fuzzy import NameTable, closest
from .models import ArticleFile, Entity, Event, Term
from .text import normalize, sentences, terms, words

# BM25 parameters: the usual defaults; short units (one fact, one sentence) suit them.
K1 = 1.2
B = 0.75
MAX_QUERY_TERMS = 32


class DocKind(StrEnum):
    SENTENCE = "sentence"
    FACT = "fact"
    QUOTE = "quote"
    EVENT = "event"
    ACTION = "action"
    TERM = "term"


@dataclass(frozen=True)
class Entry:
    """One named entry of one article (a person, organization, event or term)."""

    article: ArticleFile = field(repr=False)
    item: Any  # Entity | Event | Term

    def __repr__(self) -> str:
        return f"Entry({self.article.id}:{self.item.id})"

    def __hash__(self) -> int:
        return hash((self.article.id, self.item.id))

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Entry) and other.article.id == self.article.id and other.item.id == self.item.id
        )


@dataclass(frozen=True, eq=False)
class Doc:
    """A retrievable unit of text with where it came from."""

    kind: DocKind
    article: ArticleFile
    ref: str
    text: str
    paragraphs: tuple[int, ...]
    date: PartialDate | None = None
    place: str | None = None
    entities: frozenset[str] = frozenset()
    index_text: str = ""  # what is searched, when more than the text (names, aliases)
    date_text: str | None = None  # the date as people read it, with its qualifier

    @property
    def when(self) -> str | None:
        if self.date_text:
            return self.date_text
        return self.date.human() if self.date else None


@dataclass
class Bm25:
    postings: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    lengths: list[int] = field(default_factory=list)
    doc_terms: list[frozenset[str]] = field(default_factory=list)

    def add(self, text: str) -> None:
        counts = Counter(terms(text))
        doc_id = len(self.lengths)
        for term, tf in counts.items():
            self.postings.setdefault(term, []).append((doc_id, tf))
        self.lengths.append(sum(counts.values()))
        self.doc_terms.append(frozenset(counts))

    def idf(self, term: str) -> float:
        n = len(self.postings.get(term, ()))
        total = len(self.lengths)
        return math.log(1 + (total - n + 0.5) / (n + 0.5))

    def scores(self, query_terms: list[str]) -> dict[int, float]:
        avg = (sum(self.lengths) / len(self.lengths)) if self.lengths else 1.0
        out: dict[int, float] = {}
        for term in dict.fromkeys(query_terms):
            idf = self.idf(term)
            for doc_id, tf in self.postings.get(term, ()):
                norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * self.lengths[doc_id] / avg))
                out[doc_id] = out.get(doc_id, 0.0) + idf * norm
        return out


@dataclass
class KnowledgeBase:
    """Everything the engine reads. Immutable once built: a reload builds a new one."""

    articles: list[ArticleFile]  # newest first
    loaded_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    entities: NameTable[Entry] = field(default_factory=NameTable)
    events: NameTable[Entry] = field(default_factory=NameTable)
    terms_: NameTable[Entry] = field(default_factory=NameTable)
    articles_by_name: NameTable[str] = field(default_factory=NameTable)
    docs: list[Doc] = field(default_factory=list)
    bm25: Bm25 = field(default_factory=Bm25)
    vocabulary: list[str] = field(default_factory=list)
    alias_ngrams: dict[tuple[str, ...], set[Entry]] = field(default_factory=dict)
    doc_by_ref: dict[tuple[str, str], int] = field(default_factory=dict)  # (article, ref) -> doc
    sentence_ids: dict[tuple[str, int], list[int]] = field(default_factory=dict)  # (article, ¶)

    @classmethod
    def build(cls, articles: list[ArticleFile]) -> KnowledgeBase:
        kb = cls(articles=sorted(articles, key=lambda a: (a.article.published, a.id), reverse=True))
        for article in kb.articles:
            kb._add_article(article)
        kb.vocabulary = sorted(kb.bm25.postings)
        return kb

    # --- building ---------------------------------------------------------------------

    def _add_article(self, article: ArticleFile) -> None:
        self.articles_by_name.add(article.id, [article.id, article.article.title])
        for entity in article.entities:
            entry = Entry(article, entity)
            names = [entity.name, *entity.aliases]
            self.entities.add(entry, names, group=normalize(entity.name))
            for name in names:
                self.alias_ngrams.setdefault(tuple(words(name)), set()).add(entry)
        for event in article.events:
            self.events.add(Entry(article, event), [event.name, *event.aliases])
        for term in article.terms:
            names = [term.term, *term.acronyms, *term.aliases]
            self.terms_.add(Entry(article, term), names, group=normalize(term.term))
        for doc in _docs_of(article, self._mentions):
            self.doc_by_ref.setdefault((article.id, doc.ref), len(self.docs))
            if doc.kind == DocKind.SENTENCE:
                self.sentence_ids.setdefault((article.id, doc.paragraphs[0]), []).append(len(self.docs))
            self.docs.append(doc)
            self.bm25.add(doc.index_text or doc.text)

    def _mentions(self, article: ArticleFile, text: str) -> frozenset[str]:
        """Ids of this article's entities named in text (by any alias, as whole words)."""
        return frozenset(e.item.id for e in self.mentioned(text) if e.article.id == article.id)

    # --- reading ------------------------------------------------------------------------

    def mentioned(self, text: str) -> set[Entry]:
        """Entities named in text by an exact alias, as a run of whole words."""
        tokens = words(text)[:400]
        found: set[Entry] = set()
        for size in range(1, 7):
            for start in range(len(tokens) - size + 1):
                found |= self.alias_ngrams.get(tuple(tokens[start : start + size]), set())
        return found

    def sentences_in(self, article: ArticleFile, paragraphs: tuple[int, ...]) -> list[Doc]:
        """The body sentences of the given paragraphs, in order."""
        return [self.docs[i] for p in paragraphs for i in self.sentence_ids.get((article.id, p), [])]

    def query_terms(self, text: str) -> list[str]:
        """Search terms of a query; unknown words are mapped to the closest known one.

        Entities named by any alias (say, in Korean) add the words of their main name.
        """
        out: list[str] = [t for e in sorted(self.mentioned(text), key=repr) for t in terms(e.item.name)]
        known = self.bm25.postings
        for term in terms(text)[:MAX_QUERY_TERMS]:
            if term in known:
                out.append(term)
            elif (near := closest(term, self.vocabulary)) is not None:
                out.append(near)
        return list(dict.fromkeys(out))

    def article(self, key: str | None) -> tuple[ArticleFile | None, list[str]]:
        """The article named by id or fuzzy title (default: the newest), or suggestions."""
        if not self.articles:
            return None, []
        if not key or not key.strip():
            return self.articles[0], []
        match, others = self.articles_by_name.best(key)
        if match is None:
            return None, [self.by_id(m.value).article.title for m in others if self.by_id(m.value)]
        return self.by_id(match.value), []

    def by_id(self, article_id: str) -> ArticleFile | None:
        return next((a for a in self.articles if a.id == article_id), None)

    def entity(self, article: ArticleFile, entity_id: str) -> Entity | None:
        return next((e for e in article.entities if e.id == entity_id), None)

    def counts(self) -> dict[str, int]:
        return self.count_articles(self.articles)

    @staticmethod
    def count_articles(articles: list[ArticleFile]) -> dict[str, int]:
        return {
            "articles": len(articles),
            "people": sum(len(a.people) for a in articles),
            "organizations": sum(len(a.organizations) for a in articles),
            "events": sum(len(a.events) for a in articles),
            "quotes": sum(len(a.quotes) for a in articles),
            "terms": sum(len(a.terms) for a in articles),
            "facts": sum(len(a.facts) for a in articles),
        }


def _docs_of(article: ArticleFile, mentions: Any) -> list[Doc]:
    """Every unit /search and /ask rank: body sentences, facts, quotes, events, actions, terms."""
    docs: list[Doc] = []
    for number, paragraph in enumerate(article.paragraphs, start=1):
        for n, sentence in enumerate(sentences(paragraph), start=1):
            docs.append(
                Doc(
                    DocKind.SENTENCE,
                    article,
                    f"p{number}.{n}",
                    sentence,
                    (number,),
                    entities=mentions(article, sentence),
                )
            )
    for fact in article.facts:
        docs.append(
            Doc(
                DocKind.FACT,
                article,
                fact.id,
                fact.text,
                tuple(fact.paragraphs),
                fact.date,
                entities=frozenset(fact.entities) | mentions(article, fact.text),
                index_text=f"{fact.text} {' '.join(fact.topics)}",
            )
        )
    by_id = {e.id: e for e in article.entities}
    for quote in article.quotes:
        speaker = by_id[quote.speaker]
        docs.append(
            Doc(
                DocKind.QUOTE,
                article,
                quote.id,
                quote.text,
                tuple(quote.paragraphs),
                quote.date,
                entities=frozenset({speaker.id, *speaker.members}) | mentions(article, quote.text),
                index_text=f"{quote.text} {' '.join(quote.topics)} {speaker.name}",
            )
        )
    for event in article.events:
        docs.append(_event_doc(article, event, mentions))
    for entity in article.entities:
        for n, action in enumerate(entity.actions):
            docs.append(
                Doc(
                    DocKind.ACTION,
                    article,
                    f"{entity.id}#{n}",
                    f"{entity.name}: {action.text}",
                    tuple(action.paragraphs),
                    action.date,
                    entities=frozenset({entity.id, *entity.members}) | mentions(article, action.text),
                    index_text=action.text,  # the name is in `entities`; repeating it skews ranking
                )
            )
    for term in article.terms:
        docs.append(_term_doc(article, term))

    def with_members(ids: frozenset[str]) -> frozenset[str]:
        """A joint statement or 'the two sides' involves the people behind it too."""
        return ids | {m for i in ids if i in by_id for m in by_id[i].members}

    return [replace(d, entities=with_members(d.entities)) for d in docs]


def _event_doc(article: ArticleFile, event: Event, mentions: Any) -> Doc:
    names = " ".join([event.name, *event.aliases])
    return Doc(
        DocKind.EVENT,
        article,
        event.id,
        event.description,
        tuple(event.paragraphs),
        event.date,
        place=event.place,
        date_text=event.date.human(event.date_qualifier) if event.date else None,
        entities=frozenset(event.entities) | mentions(article, event.description),
        index_text=f"{names} {event.description} {event.place or ''}",
    )


def _term_doc(article: ArticleFile, term: Term) -> Doc:
    names = " ".join([term.term, *term.acronyms, *term.aliases])
    return Doc(
        DocKind.TERM,
        article,
        term.id,
        term.definition,
        tuple(term.paragraphs),
        index_text=f"{names} {term.definition}",
    )
