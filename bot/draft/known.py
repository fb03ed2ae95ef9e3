"""What the knowledge base already knows, so a new article's draft joins its entries.

People, organizations, events and terms of the loaded articles are indexed by name and alias.
A drafted entry whose name or alias is one of them takes the knowledge base's `name` and id
(one entry across articles: see "Many articles, one knowledge base"). The new text is also
searched for known names the drafter's own rules missed ("Austin" in a follow-up report).

Care is taken not to join what only looks the same: groups and documents ("the two sides",
"the joint statement") belong to their own article and join by full name only; a title
("Secretary of Defense") names whoever holds it, so it joins nobody; a bare surname joins only
when the full name is in the text too; an event joins only when its ordinal and date agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..kb.dates import PartialDate
from ..kb.models import ArticleFile, Organization, Person
from ..kb.text import normalize
from .gazetteer import Gazetteer

_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.I)


@dataclass(frozen=True)
class KnownEntry:
    section: str  # entity, event, term
    id: str
    name: str
    kind: str  # person, country, ..., event, term
    aliases: tuple[str, ...]
    article: str  # id of the article it comes from
    published: PartialDate
    role: str | None = None
    country: str | None = None
    date: PartialDate | None = None
    qualifier: str | None = None
    place: str | None = None
    acronyms: tuple[str, ...] = ()
    definition: str | None = None


@dataclass
class KnownBase:
    """Index of the knowledge base's entries by normalised name and alias, newest article first."""

    forms: dict[str, list[KnownEntry]] = field(default_factory=dict)
    entries: list[KnownEntry] = field(default_factory=list)

    @classmethod
    def from_articles(cls, articles: list[ArticleFile]) -> KnownBase:
        base = cls()
        for article in sorted(articles, key=lambda a: a.article.published, reverse=True):
            meta = (article.id, article.article.published)
            people_and_bodies: list[Person | Organization] = [*article.people, *article.organizations]
            for entity in people_and_bodies:
                base._add(
                    KnownEntry(
                        "entity",
                        entity.id,
                        entity.name,
                        str(entity.kind),
                        (*entity.aliases, *entity.same_as),
                        *meta,
                        role=entity.role,
                        country=entity.country,
                    )
                )
            for event in article.events:
                base._add(
                    KnownEntry(
                        "event",
                        event.id,
                        event.name,
                        "event",
                        (*event.aliases, *event.same_as),
                        *meta,
                        date=event.date,
                        qualifier=str(event.date_qualifier) if event.date_qualifier else None,
                        place=event.place,
                    )
                )
            for term in article.terms:
                base._add(
                    KnownEntry(
                        "term",
                        term.id,
                        term.term,
                        "term",
                        (*term.aliases, *term.same_as),
                        *meta,
                        acronyms=tuple(term.acronyms),
                        definition=term.definition,
                    )
                )
        return base

    def _add(self, entry: KnownEntry) -> None:
        self.entries.append(entry)
        for form in {entry.name, *entry.aliases, *entry.acronyms}:
            self.forms.setdefault(normalize(form), []).append(entry)

    def __bool__(self) -> bool:
        return bool(self.entries)

    def find(self, section: str, forms: list[str], strict: bool = False) -> KnownEntry | None:
        """The newest entry of a section named by one of forms (strict: by its own name only)."""
        for form in forms:
            for entry in self.forms.get(normalize(form), ()):
                if entry.section != section:
                    continue
                if strict and normalize(entry.name) != normalize(form):
                    continue
                return entry
        return None

    def searchable(self, gaz: Gazetteer) -> list[tuple[str, KnownEntry]]:
        """Forms worth looking for in a new text: full names and distinctive aliases."""
        out: list[tuple[str, KnownEntry]] = []
        for entry in self.entries:
            if entry.section == "entity" and entry.kind in ("group", "document"):
                continue
            for form in {entry.name, *entry.aliases, *entry.acronyms}:
                if _distinctive(form, entry, gaz):
                    out.append((form, entry))
        return out


def _distinctive(form: str, entry: KnownEntry, gaz: Gazetteer) -> bool:
    words = form.split()
    if not words or not any(w[:1].isupper() for w in words):
        return False  # "meeting", "the alliance": too common to mean this entry
    if entry.section == "entity" and entry.kind == "person":
        if form.casefold() in gaz.title_forms or all(
            gaz.is_title_word(w) or w in ("U.S.", "US") for w in words
        ):
            return False  # a title names whoever holds it
        return len(words) > 1 and not any(gaz.is_title_word(w) for w in words)
    if entry.section == "event":
        return len(words) > 1 or (form.isupper() and len(form) > 2)
    return not (len(words) == 1 and not (form.isupper() and len(form) > 1) and entry.section == "term")


def ordinal(text: str) -> str | None:
    match = _ORDINAL.search(text)
    return match.group(0).casefold() if match else None
