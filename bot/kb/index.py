"""The knowledge base in memory: a few parts, each owning what it indexes.

| part | module | holds |
|---|---|---|
| catalog | catalog.py | the articles: in order, by id, by title, outlet or date |
| names | names.py | people, bodies, events and terms by any name; identities across articles |
| quotes | quotes.py | quotes by speaker and topic |
| choices | choices.py | autocomplete's names, sorted |
| units | unitindex.py | what /search and /ask rank: BM25, kinds, per-article and per-entity arrays |
| timeline | timeline.py | every dated event, one row each, in order (follows the names part) |

A :class:`KnowledgeBuilder` makes the next knowledge base from the last one: every part copies
itself shallowly and takes out what a changed article put in, then puts in the new version, so
the cost follows the change, not the size of the base, and the old knowledge base keeps answering
meanwhile. A new kind of index is a new part: a class with `builder()`, and a builder with `add`,
`remove` and `build`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np

from . import newest
from .bm25 import Bm25
from .catalog import Catalog, counts
from .choices import SOURCES, Choices, choice_names
from .fuzzy import NameTable, closest, swaps
from .loader import LoadReport
from .models import ArticleFile, Organization, Person
from .names import Names
from .quotes import Quotes, Said, quote_rank
from .text import name_key, terms
from .timeline import Timeline
from .unitindex import Units
from .units import KIND_CODES, Doc, DocKind, Entry
from .vocabulary import Vocabulary

MAX_QUERY_TERMS = 32


@dataclass
class KnowledgeBase:
    """Everything the engine reads. Never changed once built: a reload builds the next one."""

    catalog: Catalog = field(default_factory=Catalog)
    names: Names = field(default_factory=Names)
    quotes: Quotes = field(default_factory=Quotes)
    choices: Choices = field(default_factory=Choices)
    units: Units = field(default_factory=Units)
    timeline: Timeline = field(default_factory=Timeline)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)  # users' words to the articles'
    loaded_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    doc_rank: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))  # 0: newest article
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)  # arrays derived on demand
    # re-entrant: a derived value may be made from another ("ask-countries" from "citizens")
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)

    @classmethod
    def build(cls, articles: Iterable[ArticleFile], vocabulary: Vocabulary | None = None) -> KnowledgeBase:
        builder = KnowledgeBuilder(vocabulary=vocabulary)
        for article in articles:
            builder.add(article)
        return builder.build()

    @classmethod
    def loaded(cls, *reports: LoadReport) -> KnowledgeBase:
        """The knowledge base of what loads gave: their articles and their vocabulary."""
        articles = [a for report in reports for a in report.articles]
        return cls.build(articles, Vocabulary.of(v for report in reports for v in report.vocabularies))

    def replaced(
        self, removed: Iterable[str], added: Iterable[ArticleFile], vocabulary: Vocabulary | None = None
    ) -> KnowledgeBase:
        """The next knowledge base: these article ids taken out, these articles put in (and,
        if given, another vocabulary)."""
        builder = KnowledgeBuilder(self, vocabulary)
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
        self.__dict__.update(state, _lock=threading.RLock())

    # --- the parts, as the engine reads them ----------------------------------------------

    @property
    def articles(self) -> list[ArticleFile]:
        """Newest first; articles of one day in the order of their titles."""
        return list(self.catalog.ordered)

    @property
    def docs(self) -> list[Doc]:
        return self.units.docs

    @property
    def bm25(self) -> Bm25:
        return self.units.bm25

    @property
    def kinds(self) -> np.ndarray:
        return self.units.kinds

    @property
    def news_day(self) -> np.ndarray:
        return self.units.news_day

    @property
    def entities(self) -> NameTable[Entry]:
        return self.names.tables["entity"]

    @property
    def events(self) -> NameTable[Entry]:
        return self.names.tables["event"]

    @property
    def terms_(self) -> NameTable[Entry]:
        return self.names.tables["term"]

    @property
    def topics(self) -> NameTable[tuple[str, str, str]]:
        return self.quotes.topics

    @property
    def articles_by_name(self) -> NameTable[str]:
        return self.catalog.titles

    # --- identities: one person, body, event or term across articles ---------------------

    def same(self, kind: str) -> Callable[[str], str]:
        """A (normalised) name to the identity it belongs to: for lookups that must not offer
        one entry twice."""
        return self.names.same(kind)

    def members(self, kind: str, name: str) -> tuple[Entry, ...]:
        """Every entry, in every article, of the identity a name belongs to; newest first."""
        return self.names.members(kind, name_key(name))

    def leader(self, kind: str, name: str) -> Entry:
        """The newest entry of the identity: it answers for the others."""
        return self.members(kind, name)[0]

    def entity_key(self, article_id: str, entity_id: str) -> str | None:
        """The identity of an article's person or body: the key that joins it across articles."""
        span = self.units.spans.get(article_id)
        name = span.entity_names.get(entity_id) if span else None
        return self.names.identities["entity"].key(name) if name is not None else None

    def mentioned(self, text: str) -> set[Entry]:
        """People and bodies named in text by an exact alias (the newest entry of each)."""
        return {self.leader("entity", key) for key in self.names.mentioned(text)}

    def docs_involving(self, key: str) -> np.ndarray:
        """Live docs that involve the person or body of this identity, in any article."""
        names = self.names.identities["entity"].names_of(key)
        found = [self.units.involving[n] for n in names if n in self.units.involving]
        if not found:
            return np.zeros(0, dtype=np.int32)
        return found[0] if len(found) == 1 else np.unique(np.concatenate(found))

    def quotes_by(self, key: str) -> tuple[Said, ...]:
        """What the person or body of this identity said (alone, or in a statement of theirs),
        in every article, newest first."""
        names = sorted(self.names.identities["entity"].names_of(key))
        said = [self.quotes.by_speaker.get(n, ()) for n in names]
        if len(said) == 1:
            return said[0]
        return newest.merged((), [s for group in said for s in group], quote_rank)

    # --- reading ------------------------------------------------------------------------

    def dead_share(self) -> float:
        return self.units.dead_share()

    def consistent(self) -> bool:
        """A cheap check that a knowledge base read back from disk holds what a build makes."""
        ids = [a.id for a in self.catalog.ordered if isinstance(a, ArticleFile)]
        units = self.units
        sizes = {len(units.docs), len(units.bm25), len(units.kinds), len(units.doc_slot), len(self.doc_rank)}
        return (
            len(ids) == len(self.catalog.ordered)
            and set(ids) == set(self.catalog.by_id) == set(units.spans)
            and len(sizes) == 1
        )

    def live_docs(self) -> Iterator[Doc]:
        return (doc for doc, alive in zip(self.docs, self.bm25.alive, strict=True) if alive)

    def first_choices(self, source: str, limit: int) -> list[str]:
        """Autocomplete before anything is typed: names from the newest articles, each once."""
        out: dict[str, None] = {}
        for article in self.catalog.ordered if source in SOURCES else ():
            out.update(dict.fromkeys(choice_names(article)[source]))
            if len(out) >= limit:
                break
        return list(out)[:limit]

    def starting_with(self, source: str, prefix: str, limit: int) -> list[str]:
        return self.choices.starting_with(source, prefix, limit)

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

    def doc_id(self, article_id: str, ref: str) -> int | None:
        span = self.units.spans.get(article_id)
        return span.by_ref.get(ref) if span else None

    def sentences_in(self, article: ArticleFile, paragraphs: tuple[int, ...]) -> list[Doc]:
        """The body sentences of the given paragraphs, in order."""
        span = self.units.spans[article.id]
        return [self.docs[i] for p in paragraphs for i in span.sentences(p)]

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
        if term in self.bm25:
            return term
        # two letters swapped is the commonest slip ("tset"): before a closer-looking word ("set")
        swapped = next((s for s in swaps(term) if s in self.bm25), None)
        return swapped or closest(term, self.index_words())

    def index_words(self) -> list[str]:
        """The live index terms, for typo correction."""
        bm25 = self.bm25
        return self.cached("vocabulary", lambda: [t for t, i in bm25.vocab.items() if bm25.df[i]])

    def article(self, key: str | None) -> tuple[ArticleFile | None, list[str]]:
        """The article named by id or fuzzy title (default: the newest), or suggestions."""
        if not self.catalog.ordered:
            return None, []
        if not key or not key.strip():
            return self.catalog.ordered[0], []
        match, others = self.catalog.titles.best(key)
        if match is None:
            return None, [self.catalog.by_id[m.value].article.title for m in others]
        return self.catalog.by_id[match.value], []

    def by_id(self, article_id: str) -> ArticleFile | None:
        return self.catalog.by_id.get(article_id)

    def entity(self, article: ArticleFile, entity_id: str) -> Person | Organization | None:
        return next((e for e in article.entities if e.id == entity_id), None)

    def counts(self) -> dict[str, int]:
        return dict(self.catalog.totals)

    @staticmethod
    def count_articles(articles: list[ArticleFile]) -> dict[str, int]:
        return counts(articles)


class KnowledgeBuilder:
    """Makes the next knowledge base from the last one (or from nothing), part by part.

    Every part's builder copies its containers shallowly and replaces what changes, so the base
    it starts from keeps answering, unchanged, while the next one is made.
    """

    def __init__(self, base: KnowledgeBase | None = None, vocabulary: Vocabulary | None = None) -> None:
        base = base or KnowledgeBase()
        self.base = base
        self.vocabulary = vocabulary if vocabulary is not None else base.vocabulary
        self.catalog = base.catalog.builder()
        self.names = base.names.builder()
        self.quotes = base.quotes.builder()
        self.choices = base.choices.builder()
        self.parts = (self.names, self.quotes, self.choices, base.units.builder())
        self.units = self.parts[-1]

    def remove(self, article_id: str) -> None:
        article = self.catalog.by_id[article_id]
        self.catalog.remove(article)
        for part in self.parts:
            part.remove(article)

    def add(self, article: ArticleFile) -> None:
        self.catalog.add(article)  # first: it refuses an id already in
        for part in self.parts:
            part.add(article)

    def build(self) -> KnowledgeBase:
        catalog = self.catalog.build()
        touched = self.names.touched["event"]
        before = [self.base.names.same("event")(n) for n in touched]
        names, quotes, choices = self.names.build(), self.quotes.build(), self.choices.build()
        timeline = self.base.timeline.updated(names, {*before, *(names.same("event")(n) for n in touched)})
        units = self.units.build()
        slot_rank = np.zeros(units.next_slot, dtype=np.int32)
        slot_rank[[units.spans[a.id].slot for a in catalog.ordered]] = np.arange(
            len(catalog.ordered), dtype=np.int32
        )
        return KnowledgeBase(
            catalog,
            names,
            quotes,
            choices,
            units,
            timeline,
            self.vocabulary,
            doc_rank=slot_rank[units.doc_slot],
        )
