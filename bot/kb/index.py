"""The knowledge base in memory: articles, name tables and a BM25 index, built once per load."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import numpy as np

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

    @property
    def name(self) -> str:
        """The entry's own name (a term's term), whichever alias found it."""
        return getattr(self.item, "name", None) or self.item.term

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
    speaker: str | None = None  # who said it, for quotes

    @property
    def when(self) -> str | None:
        if self.date_text:
            return self.date_text
        return self.date.human() if self.date else None


class Bm25:
    """BM25 over every doc, frozen into numpy arrays: one sorted run of postings per term.

    A query touches only its terms' postings, vectorised, so a common word with hundreds of
    thousands of postings costs milliseconds rather than a Python loop over each of them.
    """

    def __init__(self) -> None:
        self._pending: list[Counter[str]] = []
        self.vocab: dict[str, int] = {}
        self.indptr = np.zeros(1, dtype=np.int64)
        self.docs = np.zeros(0, dtype=np.int32)
        self.tfs = np.zeros(0, dtype=np.float32)
        self.lengths = np.zeros(0, dtype=np.float32)
        self.idfs = np.zeros(0, dtype=np.float32)
        self.weights = np.zeros(0, dtype=np.float32)

    def add(self, text: str) -> None:
        self._pending.append(Counter(terms(text)))

    def freeze(self) -> None:
        counts, self._pending = self._pending, []
        vocab = self.vocab = {t: n for n, t in enumerate(sorted({t for c in counts for t in c}))}
        term_ids = np.fromiter((vocab[t] for c in counts for t in c), dtype=np.int32)
        doc_ids = np.fromiter((d for d, c in enumerate(counts) for _ in c), dtype=np.int32)
        tfs = np.fromiter((tf for c in counts for tf in c.values()), dtype=np.float32)
        order = np.argsort(term_ids, kind="stable")
        self.docs, self.tfs = doc_ids[order], tfs[order]
        self.indptr = np.concatenate(([0], np.cumsum(np.bincount(term_ids, minlength=len(vocab))))).astype(
            np.int64
        )
        self.lengths = np.fromiter((sum(c.values()) for c in counts), dtype=np.float32, count=len(counts))
        df = np.diff(self.indptr).astype(np.float32)
        self.idfs = np.log1p((len(counts) - df + 0.5) / (df + 0.5)).astype(np.float32)
        # each posting's whole BM25 contribution, computed once: a query only adds them up
        avg = float(self.lengths.mean()) if len(self.lengths) else 1.0
        per_term = np.repeat(self.idfs, np.diff(self.indptr))
        lengths = self.lengths[self.docs]
        self.weights = (
            per_term * self.tfs * (K1 + 1) / (self.tfs + K1 * (1 - B + B * lengths / avg))
        ).astype(np.float32)

    def __len__(self) -> int:
        return len(self.lengths)

    def __contains__(self, term: str) -> bool:
        return term in self.vocab

    def postings(self, term: str) -> np.ndarray:
        """The docs containing term, ascending."""
        t = self.vocab.get(term)
        return self.docs[self.indptr[t] : self.indptr[t + 1]] if t is not None else self.docs[:0]

    def scores(self, query_terms: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Dense BM25 scores and the number of distinct query terms each doc contains."""
        n = len(self.lengths)
        scores = np.zeros(n, dtype=np.float32)
        matched = np.zeros(n, dtype=np.int16)
        if not n:
            return scores, matched
        for term in dict.fromkeys(query_terms):
            t = self.vocab.get(term)
            if t is None:
                continue
            lo, hi = self.indptr[t], self.indptr[t + 1]
            docs = self.docs[lo:hi]
            scores[docs] += self.weights[lo:hi]  # a term occurs once per doc: no repeated indices
            matched[docs] += 1
        return scores, matched


@dataclass
class KnowledgeBase:
    """Everything the engine reads. Immutable once built: a reload builds a new one."""

    articles: list[ArticleFile]  # newest first
    loaded_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    entities: NameTable[Entry] = field(default_factory=NameTable)
    events: NameTable[Entry] = field(default_factory=NameTable)
    terms_: NameTable[Entry] = field(default_factory=NameTable)
    topics: NameTable[tuple[str, str]] = field(default_factory=NameTable)  # quote topics -> (article, quote)
    articles_by_name: NameTable[str] = field(default_factory=NameTable)
    docs: list[Doc] = field(default_factory=list)
    bm25: Bm25 = field(default_factory=Bm25)
    kinds: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int8))  # DocKind index per doc
    news_day: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))  # dated its article's day
    _cache: dict[str, Any] = field(default_factory=dict)  # per-build arrays other modules derive
    vocabulary: list[str] = field(default_factory=list)
    alias_ngrams: dict[tuple[str, ...], set[str]] = field(default_factory=dict)  # alias words -> entity names
    alias_starts: dict[str, int] = field(default_factory=dict)  # first word -> longest alias from it
    entity_docs: dict[str, np.ndarray] = field(default_factory=dict)  # entity name -> docs involving it
    entity_names: dict[tuple[str, str], str] = field(default_factory=dict)  # (article, entity id) -> name
    doc_by_ref: dict[tuple[str, str], int] = field(default_factory=dict)  # (article, ref) -> doc
    sentence_ids: dict[tuple[str, int], list[int]] = field(default_factory=dict)  # (article, ¶)
    quotes_by: dict[str, list[tuple[ArticleFile, Any]]] = field(
        default_factory=dict
    )  # speaker name -> quotes
    choices: dict[str, list[str]] = field(default_factory=dict)  # autocomplete lists, built once
    _sorted_choices: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # (normalised, shown)
    _by_id: dict[str, ArticleFile] = field(default_factory=dict)

    @classmethod
    def build(cls, articles: list[ArticleFile]) -> KnowledgeBase:
        kb = cls(articles=sorted(articles, key=lambda a: (a.article.published, a.id), reverse=True))
        involved: dict[str, list[int]] = {}
        for article in kb.articles:
            kb._add_article(article, involved)
        kb.bm25.freeze()
        kb.vocabulary = list(kb.bm25.vocab)
        kb.kinds = np.fromiter((KIND_CODES[d.kind] for d in kb.docs), dtype=np.int8, count=len(kb.docs))
        kb.news_day = np.fromiter(
            (d.date is not None and d.date == d.article.article.published for d in kb.docs),
            dtype=bool,
            count=len(kb.docs),
        )
        kb.entity_docs = {name: np.asarray(ids, dtype=np.int32) for name, ids in involved.items()}
        kb.choices = _choices(kb.articles)
        kb._sorted_choices = {k: sorted((normalize(n), n) for n in names) for k, names in kb.choices.items()}
        return kb

    # --- building ---------------------------------------------------------------------

    def _add_article(self, article: ArticleFile, involved: dict[str, list[int]]) -> None:
        self._by_id[article.id] = article
        meta = article.article  # by id, title, outlet or date: the newest of an outlet answers for it
        self.articles_by_name.add(article.id, [article.id, meta.title, meta.outlet, meta.published.iso()])
        local: dict[tuple[str, ...], set[str]] = {}  # this article's aliases, for mentions in its text
        starts: dict[str, int] = {}
        for entity in article.entities:
            entry = Entry(article, entity)
            names = [entity.name, *entity.aliases]
            self.entities.add(entry, names, group=normalize(entity.name))
            for name in names:
                key = tuple(words(name))
                if key:
                    self.alias_ngrams.setdefault(key, set()).add(normalize(entity.name))
                    self.alias_starts[key[0]] = max(self.alias_starts.get(key[0], 0), len(key))
                    local.setdefault(key, set()).add(entity.id)
                    starts[key[0]] = max(starts.get(key[0], 0), len(key))
        for event in article.events:
            self.events.add(Entry(article, event), [event.name, *event.aliases])
        for term in article.terms:
            names = [term.term, *term.acronyms, *term.aliases]
            self.terms_.add(Entry(article, term), names, group=normalize(term.term))
        names_by_id = {e.id: normalize(e.name) for e in article.entities}
        self.entity_names.update(((article.id, i), name) for i, name in names_by_id.items())
        for quote in article.quotes:
            for topic in quote.topics:  # one group per topic: every quote on it, newest first
                self.topics.add((article.id, quote.id), [topic], group=normalize(topic))
            speaker = next(e for e in article.entities if e.id == quote.speaker)
            for entity_id in {speaker.id, *speaker.members}:
                self.quotes_by.setdefault(names_by_id[entity_id], []).append((article, quote))

        def mentions(_: ArticleFile, text: str) -> frozenset[str]:
            return frozenset(i for key in _ngrams(words(text), local, starts) for i in local[key])

        for doc in _docs_of(article, mentions):
            doc_id = len(self.docs)
            self.doc_by_ref.setdefault((article.id, doc.ref), doc_id)
            if doc.kind == DocKind.SENTENCE:
                self.sentence_ids.setdefault((article.id, doc.paragraphs[0]), []).append(doc_id)
            for entity_id in doc.entities:
                if entity_id in names_by_id:
                    involved.setdefault(names_by_id[entity_id], []).append(doc_id)
            self.docs.append(doc)
            self.bm25.add(doc.index_text or doc.text)

    # --- reading ------------------------------------------------------------------------

    def mentioned(self, text: str) -> set[Entry]:
        """Entities named in text by an exact alias, as a run of whole words (the newest entry of
        each: the same name in a thousand articles is one entity)."""
        groups: set[str] = set()
        for key in _ngrams(words(text)[:400], self.alias_ngrams, self.alias_starts):
            groups |= self.alias_ngrams[key]
        return {self.entities.leaders[g] for g in groups}  # one entry per entity: the newest

    def starting_with(self, source: str, prefix: str, limit: int) -> list[str]:
        """Autocomplete names whose normalised form starts with prefix (binary search)."""
        ordered = self._sorted_choices.get(source, [])
        at = bisect.bisect_left(ordered, (prefix, ""))
        out = []
        for norm, shown in ordered[at : at + limit]:
            if not norm.startswith(prefix):
                break
            out.append(shown)
        return out

    def cached(self, key: str, make: Any) -> Any:
        """A value derived from this knowledge base, made once (the base never changes)."""
        if key not in self._cache:
            self._cache[key] = make()
        return self._cache[key]

    def kind_mask(self, kinds: frozenset[DocKind]) -> np.ndarray:
        """Which docs are of these kinds (computed once per set of kinds)."""
        codes = sorted(KIND_CODES[k] for k in kinds)
        return self.cached(f"kinds-{codes}", lambda: np.isin(self.kinds, codes))

    def docs_involving(self, name: str) -> np.ndarray:
        """Docs that involve the entity with this (normalised) name, in any article."""
        return self.entity_docs.get(name, np.zeros(0, dtype=np.int32))

    def sentences_in(self, article: ArticleFile, paragraphs: tuple[int, ...]) -> list[Doc]:
        """The body sentences of the given paragraphs, in order."""
        return [self.docs[i] for p in paragraphs for i in self.sentence_ids.get((article.id, p), [])]

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
        return term if term in self.bm25 else closest(term, self.vocabulary)

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
        return self._by_id.get(article_id)

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


KIND_CODES = {kind: n for n, kind in enumerate(DocKind)}


def _ngrams(
    tokens: list[str], table: dict[tuple[str, ...], Any], starts: dict[str, int] | None = None
) -> list[tuple[str, ...]]:
    """The runs of tokens (up to six) that are keys of table."""
    found = []
    for start, token in enumerate(tokens):
        longest = starts.get(token, 0) if starts is not None else 6
        for size in range(1, min(longest, 6) + 1):
            key = tuple(tokens[start : start + size])
            if len(key) == size and key in table:
                found.append(key)
    return found


def _choices(articles: list[ArticleFile]) -> dict[str, list[str]]:
    """Autocomplete lists, newest article first, each name once."""
    return {
        "entity": list(dict.fromkeys(e.name for a in articles for e in a.entities)),
        "event": list(dict.fromkeys(e.name for a in articles for e in a.events)),
        "term": list(dict.fromkeys(n for a in articles for t in a.terms for n in (*t.acronyms, t.term))),
        "topic": list(dict.fromkeys(t for a in articles for q in a.quotes for t in q.topics)),
        "article": [a.article.title for a in articles],
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
                index_text=f"{fact.text} {' '.join(fact.topics)} {_date_words(fact.date)}",
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
                speaker=speaker.name,
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
                    index_text=f"{action.text} {_date_words(action.date)}",  # the name is in `entities`
                )
            )
    for term in article.terms:
        docs.append(_term_doc(article, term))

    def with_members(ids: frozenset[str]) -> frozenset[str]:
        """A joint statement or 'the two sides' involves the people behind it too."""
        return ids | {m for i in ids if i in by_id for m in by_id[i].members}

    return [replace(d, entities=with_members(d.entities)) for d in docs]


def _name_words(names: list[str]) -> str:
    """A name and its aliases as searchable words, each word once: five aliases that all say
    "deployment" must not make the entry five times as much about deployments."""
    return " ".join(dict.fromkeys(w for name in names for w in words(name)))


def _date_words(date: PartialDate | None) -> str:
    """A unit's date as searchable words: "What happened in February?" finds it."""
    return date.human() if date else ""


def _event_doc(article: ArticleFile, event: Event, mentions: Any) -> Doc:
    names = _name_words([event.name, *event.aliases])
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
        index_text=f"{names} {event.description} {event.place or ''} {_date_words(event.date)}",
    )


def _term_doc(article: ArticleFile, term: Term) -> Doc:
    names = _name_words([term.term, *term.acronyms, *term.aliases])
    return Doc(
        DocKind.TERM,
        article,
        term.id,
        term.definition,
        tuple(term.paragraphs),
        index_text=f"{names} {term.definition}",
    )
