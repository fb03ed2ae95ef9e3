"""Quotes by speaker and by topic, across articles.

One part of the index (see index.py): it owns its copy, add and remove. A joint statement or
"the two sides" speaks for its members: their quotes are listed under each member too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import newest
from .catalog import article_rank
from .fuzzy import NameTable
from .models import ArticleFile
from .text import name_key

Said = tuple[ArticleFile, Any]  # (article, quote)


def quote_rank(said: Said) -> tuple[Any, ...]:
    article, quote = said
    return (*article_rank(article), -article.quotes.index(quote))


def topics_of(quote: Any) -> dict[str, str]:
    """A quote's topics, each once: normalised -> as written."""
    out: dict[str, str] = {}
    for topic in quote.topics:
        out.setdefault(name_key(topic), topic)
    return out


def speakers(article: ArticleFile) -> dict[str, list[Said]]:
    """Each speaker's quotes in an article, by the speaker's normalised name; a group or
    document's quotes also under each of its members."""
    names = {e.id: name_key(e.name) for e in article.entities}
    members = {e.id: (e.id, *e.members) for e in article.entities}
    out: dict[str, list[Said]] = {}
    for quote in article.quotes:
        for entity_id in members[quote.speaker]:
            out.setdefault(names[entity_id], []).append((article, quote))
    return out


@dataclass(frozen=True)
class Quotes:
    topics: NameTable[tuple[str, str, str]] = field(default_factory=NameTable)  # (article, quote, topic)
    by_speaker: dict[str, tuple[Said, ...]] = field(default_factory=dict)  # name -> newest first

    def builder(self) -> QuotesBuilder:
        return QuotesBuilder(self)


class QuotesBuilder:
    def __init__(self, base: Quotes) -> None:
        self.topics = base.topics.copy()
        self.by_speaker = dict(base.by_speaker)
        self.said: dict[str, list[Said]] = {}  # added here, by speaker

    def add(self, article: ArticleFile) -> None:
        rank = article_rank(article)
        for n, quote in enumerate(article.quotes):
            for topic, shown in topics_of(quote).items():  # one group per topic: its quotes, newest first
                self.topics.add((article.id, quote.id, topic), [shown], group=topic, rank=(rank, -n))
        for name, said in speakers(article).items():
            self.said.setdefault(name, []).extend(said)

    def remove(self, article: ArticleFile) -> None:
        for quote in article.quotes:
            for topic in topics_of(quote):
                self.topics.remove((article.id, quote.id, topic))
        for name in speakers(article):
            rest = tuple(s for s in self.by_speaker.get(name, ()) if s[0].id != article.id)
            if rest:
                self.by_speaker[name] = rest
            else:
                self.by_speaker.pop(name, None)

    def build(self) -> Quotes:
        self.topics.settle()
        for name, said in self.said.items():
            self.by_speaker[name] = newest.merged(self.by_speaker.get(name, ()), said, quote_rank)
        return Quotes(self.topics, self.by_speaker)
