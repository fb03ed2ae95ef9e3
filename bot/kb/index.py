"""The knowledge base in memory: articles, name tables and a BM25 index.

A :class:`KnowledgeBuilder` makes one, from nothing or from the last one: a reload that
changes one article takes out what that article put in and puts in the new version, copying
containers shallowly and replacing (never mutating) what changes. The cost follows the change,
not the size of the base, and the old knowledge base keeps answering meanwhile.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np

from . import newest
from .bm25 import Bm25, Bm25Builder
from .fuzzy import NameTable, closest
from .models import ArticleFile, Entity
from .text import name_key, terms, words
from .units import KIND_CODES, Doc, DocKind, Entry, alias_keys, article_docs, ngrams

MAX_QUERY_TERMS = 32
CHOICE_SOURCES = ("entity", "event", "term", "topic", "article")


@dataclass(frozen=True)
class ArticleDocs:
    """Where one article's units sit in the knowledge base."""

    first: int  # its docs are first..end-1
    end: int
    slot: int  # its place in the per-article arrays
    by_ref: dict[str, int]  # unit ref (fact id, "p3.1", ...) -> doc
    sentences: dict[int, tuple[int, ...]]  # paragraph -> its sentence docs
    entity_names: dict[str, str]  # entity id -> normalised name (the same person in every article)


@dataclass
class KnowledgeBase:
    """Everything the engine reads. Never changed once built: a reload builds the next one."""

    articles: list[ArticleFile] = field(default_factory=list)  # newest first
    loaded_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    entities: NameTable[Entry] = field(default_factory=NameTable)
    events: NameTable[Entry] = field(default_factory=NameTable)
    terms_: NameTable[Entry] = field(default_factory=NameTable)
    topics: NameTable[tuple[str, str, str]] = field(default_factory=NameTable)  # (article, quote, topic)
    articles_by_name: NameTable[str] = field(default_factory=NameTable)
    docs: list[Doc] = field(default_factory=list)  # retired docs stay, dead in bm25.alive
    bm25: Bm25 = field(default_factory=Bm25)
    kinds: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int8))  # DocKind code per doc
    news_day: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))  # dated its article's day
    doc_slot: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))  # article slot per doc
    doc_rank: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))  # 0: newest article
    alias_ngrams: dict[tuple[str, ...], dict[str, int]] = field(default_factory=dict)  # words -> names
    alias_starts: dict[str, int] = field(default_factory=dict)  # first word -> longest alias from it
    entity_docs: dict[str, np.ndarray] = field(default_factory=dict)  # entity name -> live docs
    quotes_by: dict[str, tuple[tuple[ArticleFile, Any], ...]] = field(default_factory=dict)  # newest first
    choice_counts: dict[str, dict[str, int]] = field(default_factory=dict)  # source -> name -> articles
    sorted_choices: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # (normalised, shown)
    parts: dict[str, ArticleDocs] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=lambda: KnowledgeBase.count_articles([]))
    next_slot: int = 0
    _by_id: dict[str, ArticleFile] = field(default_factory=dict)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)  # arrays derived on demand
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @classmethod
    def build(cls, articles: Iterable[ArticleFile]) -> KnowledgeBase:
        builder = KnowledgeBuilder()
        for article in articles:
            builder.add(article)
        return builder.build()

    def replaced(self, removed: Iterable[str], added: Iterable[ArticleFile]) -> KnowledgeBase:
        """The next knowledge base: these article ids taken out, these articles put in."""
        builder = KnowledgeBuilder(self)
        for article_id in removed:
            builder.remove(article_id)
        for article in added:
            builder.add(article)
        return builder.build()

    def __getstate__(self) -> dict[str, Any]:
        state = {**self.__dict__, "_cache": {}}  # derived arrays are made again on demand
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state, _lock=threading.Lock())

    # --- reading ------------------------------------------------------------------------

    def mentioned(self, text: str) -> set[Entry]:
        """Entities named in text by an exact alias, as a run of whole words (the newest entry of
        each: the same name in a thousand articles is one entity)."""
        groups: set[str] = set()
        for key in ngrams(words(text)[:400], self.alias_ngrams, self.alias_starts):
            groups.update(self.alias_ngrams[key])
        return {self.entities.leader(g) for g in groups}

    def consistent(self) -> bool:
        """A cheap check that a knowledge base read back from disk holds what a build makes."""
        ids = [a.id for a in self.articles if isinstance(a, ArticleFile)]
        sizes = {len(self.docs), len(self.bm25), len(self.kinds), len(self.doc_slot), len(self.doc_rank)}
        return (
            len(ids) == len(self.articles)
            and set(ids) == set(self._by_id) == set(self.parts)
            and len(sizes) == 1
            and all(isinstance(p, ArticleDocs) for p in self.parts.values())
        )

    def dead_share(self) -> float:
        """The share of units retired by edits and still held (0 after a fresh build)."""
        return 1 - self.bm25.live / len(self.docs) if self.docs else 0.0

    def live_docs(self) -> Iterator[Doc]:
        return (doc for doc, alive in zip(self.docs, self.bm25.alive, strict=True) if alive)

    def first_choices(self, source: str, limit: int) -> list[str]:
        """Autocomplete before anything is typed: names from the newest articles, each once."""
        out: dict[str, None] = {}
        for article in self.articles if source in CHOICE_SOURCES else ():
            out.update(dict.fromkeys(_choice_names(article)[source]))
            if len(out) >= limit:
                break
        return list(out)[:limit]

    def starting_with(self, source: str, prefix: str, limit: int) -> list[str]:
        """Autocomplete names whose normalised form starts with prefix (binary search)."""
        ordered = self.sorted_choices.get(source, [])
        at = bisect.bisect_left(ordered, (prefix, ""))
        out = []
        for norm, shown in ordered[at : at + limit]:
            if not norm.startswith(prefix):
                break
            out.append(shown)
        return out

    def cached(self, key: str, make: Callable[[], Any]) -> Any:
        """A value derived from this knowledge base, made once (the base never changes). Commands
        and autocomplete read it from two threads: it is made under a lock, then only read."""
        found = self._cache.get(key)
        if found is None:
            with self._lock:
                found = self._cache.get(key)
                if found is None:
                    found = self._cache[key] = make()
        return found

    def kind_mask(self, kinds: frozenset[DocKind]) -> np.ndarray:
        """Which docs are of these kinds (computed once per set of kinds)."""
        codes = sorted(KIND_CODES[k] for k in kinds)
        return self.cached(f"kinds-{codes}", lambda: np.isin(self.kinds, codes))

    def docs_involving(self, name: str) -> np.ndarray:
        """Live docs that involve the entity with this (normalised) name, in any article."""
        return self.entity_docs.get(name, np.zeros(0, dtype=np.int32))

    def doc_id(self, article_id: str, ref: str) -> int | None:
        part = self.parts.get(article_id)
        return part.by_ref.get(ref) if part else None

    def entity_name(self, article_id: str, entity_id: str) -> str | None:
        """The normalised name of an article's entity: the key that joins it across articles."""
        part = self.parts.get(article_id)
        return part.entity_names.get(entity_id) if part else None

    def sentences_in(self, article: ArticleFile, paragraphs: tuple[int, ...]) -> list[Doc]:
        """The body sentences of the given paragraphs, in order."""
        part = self.parts[article.id]
        return [self.docs[i] for p in paragraphs for i in part.sentences.get(p, ())]

    def query_terms(self, text: str) -> list[str]:
        """Search terms of a query; unknown words are mapped to the closest known one.

        Entities named by any alias (say, in Korean) add the words of their main name.
        """
        names = sorted({e.item.name for e in self.mentioned(text)})  # one name, however many articles
        out: list[str] = [t for name in names for t in terms(name)]
        out += [t for t in map(self.known_term, terms(text)[:MAX_QUERY_TERMS]) if t is not None]
        return list(dict.fromkeys(out))

    def known_term(self, term: str) -> str | None:
        """An index term (already stemmed) as the index has it, or the closest one for a typo."""
        return term if term in self.bm25 else closest(term, self.vocabulary())

    def vocabulary(self) -> list[str]:
        """The live index terms, for typo correction (made on first use, not at every reload)."""
        bm25 = self.bm25
        return self.cached("vocabulary", lambda: [t for t, i in bm25.vocab.items() if bm25.df[i]])

    def article(self, key: str | None) -> tuple[ArticleFile | None, list[str]]:
        """The article named by id or fuzzy title (default: the newest), or suggestions."""
        if not self.articles:
            return None, []
        if not key or not key.strip():
            return self.articles[0], []
        match, others = self.articles_by_name.best(key)
        if match is None:
            return None, [self._by_id[m.value].article.title for m in others]
        return self._by_id[match.value], []

    def by_id(self, article_id: str) -> ArticleFile | None:
        return self._by_id.get(article_id)

    def entity(self, article: ArticleFile, entity_id: str) -> Entity | None:
        return next((e for e in article.entities if e.id == entity_id), None)

    def counts(self) -> dict[str, int]:
        return dict(self.totals)

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


class KnowledgeBuilder:
    """Makes the next knowledge base from the last one (or from nothing).

    Every container is copied shallowly here and its changed values replaced, so the base it
    starts from keeps answering, unchanged, while the next one is made.
    """

    def __init__(self, base: KnowledgeBase | None = None) -> None:
        base = base or KnowledgeBase()
        self.base = base
        self.by_id = dict(base._by_id)
        self.parts = dict(base.parts)
        self.docs = list(base.docs)
        self.kinds: list[int] = []
        self.news_day: list[bool] = []
        self.doc_slot: list[int] = []
        self.bm25 = Bm25Builder(base.bm25)
        self.entities = base.entities.copy()
        self.events = base.events.copy()
        self.terms_ = base.terms_.copy()
        self.topics = base.topics.copy()
        self.articles_by_name = base.articles_by_name.copy()
        self.alias_ngrams = dict(base.alias_ngrams)
        self.alias_starts = dict(base.alias_starts)
        self.entity_docs = dict(base.entity_docs)
        self.involved: dict[str, list[int]] = {}  # entity name -> docs added here
        self.quotes_by = dict(base.quotes_by)
        self.said: dict[str, list[tuple[ArticleFile, Any]]] = {}  # quotes added here, by speaker
        self.added: list[ArticleFile] = []  # articles put in here
        self.choice_counts = {s: dict(base.choice_counts.get(s, {})) for s in CHOICE_SOURCES}
        self.sorted_choices = dict(base.sorted_choices)
        self._copied: set[str] = set()  # sorted choice lists already copied for this build
        self.next_slot = base.next_slot
        self.totals = base.counts()

    # --- taking an article out ---------------------------------------------------------

    def remove(self, article_id: str) -> None:
        article = self.by_id.pop(article_id)
        part = self.parts.pop(article_id)
        self._count(article, -1)
        self.bm25.retire(range(part.first, part.end))
        for entity in article.entities:
            self.entities.remove(Entry(article, entity))
            for key in alias_keys([entity.name, *entity.aliases]):
                self._count_alias(key, name_key(entity.name), -1)
        for event in article.events:
            self.events.remove(Entry(article, event))
        for term in article.terms:
            self.terms_.remove(Entry(article, term))
        for quote in article.quotes:
            for topic in _topics(quote):
                self.topics.remove((article.id, quote.id, topic))
        self.articles_by_name.remove(article.id)
        for name in set(part.entity_names.values()):
            if name in self.quotes_by:
                rest = tuple(aq for aq in self.quotes_by[name] if aq[0].id != article_id)
                self._set(self.quotes_by, name, rest)
            if name in self.entity_docs:
                ids = self.entity_docs[name]
                self._set(self.entity_docs, name, ids[(ids < part.first) | (ids >= part.end)])
        for source, names in _choice_names(article).items():
            for name in dict.fromkeys(names):
                self._count_choice(source, name, -1)

    # --- putting one in -------------------------------------------------------------------

    def add(self, article: ArticleFile) -> None:
        if article.id in self.by_id:
            raise ValueError(f"article {article.id!r} is already in the knowledge base")
        self.by_id[article.id] = article
        self.added.append(article)
        self._count(article, +1)
        rank = (article.article.published, article.id)
        meta = article.article  # by id, title, outlet or date: the newest of an outlet answers for it
        by_names = [article.id, meta.title, meta.outlet, meta.published.iso()]
        self.articles_by_name.add(article.id, by_names, rank=rank)
        for n, entity in enumerate(article.entities):
            names = [entity.name, *entity.aliases]
            self.entities.add(Entry(article, entity), names, group=name_key(entity.name), rank=(*rank, -n))
            for key in alias_keys(names):
                self._count_alias(key, name_key(entity.name), +1)
                self.alias_starts[key[0]] = max(self.alias_starts.get(key[0], 0), len(key))
        for n, event in enumerate(article.events):
            self.events.add(Entry(article, event), [event.name, *event.aliases], rank=(*rank, -n))
        for n, term in enumerate(article.terms):
            names = [term.term, *term.acronyms, *term.aliases]
            self.terms_.add(Entry(article, term), names, group=name_key(term.term), rank=(*rank, -n))
        entity_names = {e.id: name_key(e.name) for e in article.entities}
        members = {e.id: (e.id, *e.members) for e in article.entities}
        said: dict[str, list[tuple[ArticleFile, Any]]] = {}  # a joint statement speaks for its members
        for n, quote in enumerate(article.quotes):
            for topic, shown in _topics(quote).items():  # one group per topic: its quotes, newest first
                self.topics.add((article.id, quote.id, topic), [shown], group=topic, rank=(*rank, -n))
            for entity_id in members[quote.speaker]:
                said.setdefault(entity_names[entity_id], []).append((article, quote))
        for name, quotes in said.items():
            self.said.setdefault(name, []).extend(quotes)
        for source, names in _choice_names(article).items():
            for name in dict.fromkeys(names):
                self._count_choice(source, name, +1)
        self._add_docs(article, entity_names)

    def _add_docs(self, article: ArticleFile, entity_names: dict[str, str]) -> None:
        slot, self.next_slot = self.next_slot, self.next_slot + 1
        first = len(self.docs)
        by_ref: dict[str, int] = {}
        sentences: dict[int, list[int]] = {}
        for doc in article_docs(article):
            doc_id = len(self.docs)
            by_ref.setdefault(doc.ref, doc_id)
            if doc.kind == DocKind.SENTENCE:
                sentences.setdefault(doc.paragraphs[0], []).append(doc_id)
            for entity_id in doc.entities:
                if entity_id in entity_names:
                    self.involved.setdefault(entity_names[entity_id], []).append(doc_id)
            self.docs.append(doc)
            self.bm25.add(terms(doc.index_text or doc.text))
            self.kinds.append(KIND_CODES[doc.kind])
            self.news_day.append(doc.date is not None and doc.date == article.article.published)
            self.doc_slot.append(slot)
        self.parts[article.id] = ArticleDocs(
            first,
            len(self.docs),
            slot,
            by_ref,
            {p: tuple(ids) for p, ids in sentences.items()},
            entity_names,
        )

    # --- small copy-on-write helpers ------------------------------------------------------

    def _count(self, article: ArticleFile, step: int) -> None:
        for what, n in KnowledgeBase.count_articles([article]).items():
            self.totals[what] += step * n

    @staticmethod
    def _set(table: dict[Any, Any], key: Any, value: Any) -> None:
        if len(value):
            table[key] = value
        else:
            table.pop(key, None)

    def _count_alias(self, key: tuple[str, ...], name: str, step: int) -> None:
        counts = dict(self.alias_ngrams.get(key, {}))
        counts[name] = counts.get(name, 0) + step
        if not counts[name]:
            del counts[name]
        self._set(self.alias_ngrams, key, counts)

    def _count_choice(self, source: str, name: str, step: int) -> None:
        counts = self.choice_counts[source]
        before = counts.get(name, 0)
        counts[name] = before + step
        if counts[name] and before:
            return
        if source not in self._copied:
            self.sorted_choices[source] = list(self.sorted_choices.get(source, []))
            self._copied.add(source)
        ordered, item = self.sorted_choices[source], (name_key(name), name)
        if counts[name]:  # the first article to use the name
            bisect.insort(ordered, item)
        else:  # the last one is gone
            del counts[name]
            del ordered[bisect.bisect_left(ordered, item)]

    # --- the result ---------------------------------------------------------------------

    def build(self) -> KnowledgeBase:
        base = self.base
        kept = [a for a in base.articles if self.by_id.get(a.id) is a]
        added = [a for a in self.added if self.by_id.get(a.id) is a]  # not taken out again since
        articles = list(newest.merged(tuple(kept), added, _newest_article))
        for table in (self.entities, self.events, self.terms_, self.topics, self.articles_by_name):
            table.settle()
        for name, quotes in self.said.items():
            self.quotes_by[name] = newest.merged(self.quotes_by.get(name, ()), quotes, _quote_rank)
        entity_docs = self.entity_docs
        for name, ids in self.involved.items():
            before = entity_docs.get(name, np.zeros(0, dtype=np.int32))
            entity_docs[name] = np.concatenate((before, np.asarray(ids, dtype=np.int32)))
        bm25 = self.bm25.build()
        doc_slot = np.concatenate((base.doc_slot, np.asarray(self.doc_slot, dtype=np.int32)))
        slot_rank = np.zeros(self.next_slot, dtype=np.int32)
        slot_rank[[self.parts[a.id].slot for a in articles]] = np.arange(len(articles), dtype=np.int32)
        return KnowledgeBase(
            articles=articles,
            entities=self.entities,
            events=self.events,
            terms_=self.terms_,
            topics=self.topics,
            articles_by_name=self.articles_by_name,
            docs=self.docs,
            bm25=bm25,
            kinds=np.concatenate((base.kinds, np.asarray(self.kinds, dtype=np.int8))),
            news_day=np.concatenate((base.news_day, np.asarray(self.news_day, dtype=bool))),
            doc_slot=doc_slot,
            doc_rank=slot_rank[doc_slot],
            alias_ngrams=self.alias_ngrams,
            alias_starts=self.alias_starts,
            entity_docs=entity_docs,
            quotes_by=self.quotes_by,
            choice_counts=self.choice_counts,
            sorted_choices=self.sorted_choices,
            parts=self.parts,
            totals=self.totals,
            next_slot=self.next_slot,
            _by_id=self.by_id,
        )


def _newest_article(article: ArticleFile) -> tuple[Any, str]:
    return (article.article.published, article.id)


def _quote_rank(said: tuple[ArticleFile, Any]) -> tuple[Any, str, int]:
    article, quote = said
    return (*_newest_article(article), -article.quotes.index(quote))


def _topics(quote: Any) -> dict[str, str]:
    """A quote's topics, each once: normalised -> as written."""
    out: dict[str, str] = {}
    for topic in quote.topics:
        out.setdefault(name_key(topic), topic)
    return out


def _choice_names(article: ArticleFile) -> dict[str, list[str]]:
    """What autocomplete offers from one article, per option kind."""
    return {
        "entity": [e.name for e in article.entities],
        "event": [e.name for e in article.events],
        "term": [n for t in article.terms for n in (*t.acronyms, t.term)],
        "topic": [t for q in article.quotes for t in q.topics],
        "article": [article.article.title],
    }
