"""What an article is cut into: named entries, and the units /search and /ask rank.

Plain functions of one article; the knowledge base (index.py) puts many together.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import Any, NamedTuple

from .dates import PartialDate, shared_date
from .models import ArticleFile, EntityKind, Event, Term
from .sharing import shared
from .text import name_words, sentences, word_tuple

MAX_ALIAS_WORDS = 6  # longer aliases are not looked for inside text


class DocKind(StrEnum):
    SENTENCE = "sentence"
    FACT = "fact"
    QUOTE = "quote"
    EVENT = "event"
    ACTION = "action"
    TERM = "term"


class Entry(str):
    """One named entry of one article (a person, organization, event or term).

    Its text is its key, the article's id and the entry's: equal entries are equal strings and
    hash as strings, in C. A knowledge base's name tables hold a hundred thousand entries as
    keys, and every start reads them back into those tables.
    """

    article: ArticleFile
    item: Any  # Entity | Event | Term
    n: int  # its place among the article's entries of its kind

    @classmethod
    def of(cls, article: ArticleFile, item: Any, n: int = 0) -> Entry:
        entry = str.__new__(cls, f"{article.id}\x1f{item.id}")  # ids hold no control characters
        entry.__dict__.update(article=article, item=item, n=n)
        return entry

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"an entry does not change ({name})")

    def __repr__(self) -> str:
        return f"Entry({self.article.id}:{self.item.id})"

    @property
    def name(self) -> str:
        """The entry's own name (a term's term), whichever alias found it."""
        return getattr(self.item, "name", None) or self.item.term


class Doc(NamedTuple):
    """A retrievable unit of text with where it came from.

    A tuple, made by :meth:`unit`: a warm start reads back two hundred thousand units, and a
    tuple comes back in C where a dataclass goes through its dict (three times as long,
    measured). Equal only to itself, as an object is: two units with the same words are still
    two places in the articles.
    """

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

    @classmethod
    def unit(
        cls,
        kind: DocKind,
        article: ArticleFile,
        ref: str,
        text: str,
        paragraphs: tuple[int, ...],
        date: PartialDate | None = None,
        entities: frozenset[str] = frozenset(),
        **rest: Any,
    ) -> Doc:
        """A unit, holding the objects shared by the equal values of other units."""
        return cls(
            kind,
            article,
            ref,
            text,
            shared(paragraphs, ("doc", paragraphs)),
            shared_date(date) if date is not None else None,
            entities=shared(entities, ("doc", entities)),
            **rest,
        )

    def __eq__(self, other: object) -> bool:
        return self is other

    def __ne__(self, other: object) -> bool:
        return self is not other

    def __hash__(self) -> int:
        return object.__hash__(self)

    def __reduce__(self) -> tuple[Any, ...]:
        return _tuple_new, (Doc, tuple(self))  # no Python call per unit when read back

    @property
    def when(self) -> str | None:
        if self.date_text:
            return self.date_text
        return self.date.human() if self.date else None


_tuple_new = tuple.__new__


KIND_CODES = {kind: n for n, kind in enumerate(DocKind)}


def alias_keys(names: list[str]) -> list[tuple[str, ...]]:
    """Each name as the run of words it is found by inside text."""
    return [key for name in names if (key := name_words(name))]


def ngrams(
    tokens: Sequence[str], table: dict[tuple[str, ...], Any], starts: dict[str, int] | None = None
) -> list[tuple[str, ...]]:
    """The runs of tokens (up to six) that are keys of table; `starts` gives, per first word,
    the longest key beginning with it, so most words cost one lookup."""
    return [key for key, _ in ngrams_at(tokens, table, starts)]


def ngrams_at(
    tokens: Sequence[str], table: dict[tuple[str, ...], Any], starts: dict[str, int] | None = None
) -> list[tuple[tuple[str, ...], int]]:
    """ngrams() with where each starts."""
    found = []
    for start, token in enumerate(tokens):
        longest = starts.get(token, 0) if starts is not None else MAX_ALIAS_WORDS
        for size in range(1, min(longest, MAX_ALIAS_WORDS) + 1):
            key = tuple(tokens[start : start + size])
            if len(key) == size and key in table:
                found.append((key, start))
    return found


Found = list[tuple[tuple[str, ...], int]]  # each name's words, and where they start


def _outermost(found: Found, people: set[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The names found, less a person's within a longer person's name: "Kim" in "Kim
    Seung-kyum" is not also Kim Jong Un."""
    spans = [(start, start + len(key)) for key, start in found if key in people]

    def within(key: tuple[str, ...], start: int) -> bool:
        return any(s <= start and start + len(key) <= e and e - s > len(key) for s, e in spans)

    return [key for key, start in found if key not in people or not within(key, start)]


def article_docs(article: ArticleFile) -> list[Doc]:
    """The article's units, each knowing which of the article's entities it involves: those
    it names by any alias, those the YAML lists, and the members of groups among them."""
    local: dict[tuple[str, ...], set[str]] = {}
    starts: dict[str, int] = {}
    for entity in article.entities:
        for key in alias_keys([entity.name, *entity.aliases]):
            local.setdefault(key, set()).add(entity.id)
            starts[key[0]] = max(starts.get(key[0], 0), len(key))

    members = {e.id: e.members for e in article.entities}
    kinds = {e.id: e.kind for e in article.entities}
    people = {key for key, ids in local.items() if all(kinds[i] == EntityKind.PERSON for i in ids)}

    def involves(text: str, *listed: str) -> frozenset[str]:
        """Who a unit involves; a group ("the two sides") brings its members, and so does a
        statement the unit is by (listed); a statement it only mentions does not bring its
        signers ("steps the Washington Declaration builds on" does not involve Biden)."""
        found = ngrams_at(word_tuple(text), local, starts)
        named = {i for key in _outermost(found, people) for i in local[key]}
        brings = {*listed, *(i for i in named if kinds.get(i) != EntityKind.DOCUMENT)}
        return frozenset({*listed, *named}.union(*(members.get(i, ()) for i in brings)))

    return _docs_of(article, involves)


def _docs_of(article: ArticleFile, involves: Callable[..., frozenset[str]]) -> list[Doc]:
    """Every unit /search and /ask rank: body sentences, facts, quotes, events, actions, terms."""
    docs: list[Doc] = []
    for number, paragraph in enumerate(article.paragraphs, start=1):
        for n, sentence in enumerate(sentences(paragraph), start=1):
            docs.append(
                Doc.unit(
                    DocKind.SENTENCE,
                    article,
                    sys.intern(f"p{number}.{n}"),  # one string for every article's "p1.1"
                    sentence,
                    (number,),
                    entities=involves(sentence),
                )
            )
    for fact in article.facts:
        docs.append(
            Doc.unit(
                DocKind.FACT,
                article,
                fact.id,
                fact.text,
                tuple(fact.paragraphs),
                fact.date,
                entities=involves(fact.text, *fact.entities),
                index_text=f"{fact.text} {' '.join(fact.topics)} {_date_words(fact.date)}",
            )
        )
    by_id = {e.id: e for e in article.entities}
    for quote in article.quotes:
        speaker = by_id[quote.speaker]
        docs.append(
            Doc.unit(
                DocKind.QUOTE,
                article,
                quote.id,
                quote.text,
                tuple(quote.paragraphs),
                quote.date,
                entities=involves(quote.text, speaker.id),
                index_text=f"{quote.text} {' '.join(quote.topics)} {speaker.name}",
                speaker=speaker.name,
            )
        )
    for event in article.events:
        docs.append(_event_doc(article, event, involves))
    for entity in article.entities:
        for n, action in enumerate(entity.actions):
            docs.append(
                Doc.unit(
                    DocKind.ACTION,
                    article,
                    f"{entity.id}#{n}",
                    f"{entity.name}: {action.text}",
                    tuple(action.paragraphs),
                    action.date,
                    entities=involves(action.text, entity.id),
                    index_text=f"{action.text} {_date_words(action.date)}",  # the name is in `entities`
                )
            )
    for term in article.terms:
        docs.append(_term_doc(article, term))
    return docs


def _name_words(names: list[str]) -> str:
    """A name and its aliases as searchable words, each word once: five aliases that all say
    "deployment" must not make the entry five times as much about deployments."""
    return " ".join(dict.fromkeys(w for name in names for w in name_words(name)))


def _date_words(date: PartialDate | None) -> str:
    """A unit's date as searchable words: "What happened in February?" finds it."""
    return date.human() if date else ""


def _event_doc(article: ArticleFile, event: Event, involves: Callable[..., frozenset[str]]) -> Doc:
    names = _name_words([event.name, *event.aliases])
    return Doc.unit(
        DocKind.EVENT,
        article,
        event.id,
        event.description,
        tuple(event.paragraphs),
        event.date,
        place=event.place,
        date_text=event.date.human(event.date_qualifier) if event.date else None,
        entities=involves(event.description, *event.entities),
        index_text=f"{names} {event.description} {event.place or ''} {_date_words(event.date)}",
    )


def _term_doc(article: ArticleFile, term: Term) -> Doc:
    names = _name_words([term.term, *term.acronyms, *term.aliases])
    return Doc.unit(
        DocKind.TERM,
        article,
        term.id,
        term.definition,
        tuple(term.paragraphs),
        index_text=f"{names} {term.definition}",
    )
