"""The gazetteer: general knowledge about the world, read from gazetteer.yaml beside this file.

Code asks it questions ("what does 'Seoul' stand for?", "is 'Defense Minister' a title?");
the answers are all in the data, so a moderator can teach the drafter a new country, title or
organization without touching Python.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import yaml


@dataclass(frozen=True)
class Known:
    """A country, organization or term the gazetteer knows, and every surface form of it."""

    name: str
    kind: str  # country, government, military, organization, group, term
    acronyms: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    country: str | None = None
    official: str | None = None
    definition: str | None = None


@dataclass(frozen=True)
class Title:
    title: str
    aliases: tuple[str, ...]
    office: str
    country: str | None
    generic: bool


@dataclass(frozen=True)
class Surface:
    """What a piece of text stands for: 'Seoul' is the capital of South Korea."""

    key: str  # the name of the entry it names
    role: str  # name, official, acronym, alias, capital, adjective, people, place


@dataclass
class Gazetteer:
    entries: dict[str, Known] = field(default_factory=dict)  # by name
    surfaces: dict[str, Surface] = field(default_factory=dict)  # exact surface -> what it names
    places: dict[str, str | None] = field(default_factory=dict)  # place -> its country
    titles: list[Title] = field(default_factory=list)
    organization_words: dict[str, str] = field(default_factory=dict)
    word_lists: dict[str, tuple[str, ...]] = field(default_factory=dict)
    event_verbs: dict[str, str] = field(default_factory=dict)
    terms: list[Known] = field(default_factory=list)
    adjectives: dict[str, str] = field(default_factory=dict)  # "South Korean" -> South Korea

    def words(self, name: str) -> tuple[str, ...]:
        return self.word_lists.get(name, ())

    @functools.cached_property
    def surface_re(self) -> re.Pattern[str]:
        """Every surface form and place, longest first, as whole words (hyphens separate words).
        A body's name of several words matches in any case after its first word: news writes
        "South Korea's defense ministry" as often as "South Korea's Defense Ministry"."""
        forms = sorted({*self.surfaces, *self.places}, key=len, reverse=True)
        body = "|".join(_flexible(f, self._is_body(f)) for f in forms)
        return re.compile(rf"(?<![\w.])(?:{body})(?![\w]|\.\w)")

    def _is_body(self, form: str) -> bool:
        surface = self.surfaces.get(form)
        if surface is None or surface.role == "acronym":
            return False
        entry = self.entries.get(surface.key)
        return entry is not None and entry.kind not in ("country", "term")

    @functools.cached_property
    def title_forms(self) -> dict[str, Title]:
        forms: dict[str, Title] = {}
        for title in self.titles:
            for form in (title.title, *title.aliases):
                forms.setdefault(form.casefold(), title)
        return forms

    @functools.cached_property
    def title_re(self) -> re.Pattern[str]:
        forms = sorted(self.title_forms, key=len, reverse=True)
        return re.compile("|".join(re.escape(f) for f in forms), re.I)

    def lookup(self, text: str) -> Surface | None:
        found = self.surfaces.get(text)
        if found is None and text[:4].casefold() == "the ":
            found = self.surfaces.get(text[4:])
        if found is None:
            found = self.surfaces.get(_straight(text))
        if found is None and " " in text:  # "South Korea's defense ministry": a body in any case
            found = self._bodies_any_case.get(_straight(text).casefold())
        return found

    @functools.cached_property
    def _bodies_any_case(self) -> dict[str, Surface]:
        return {f.casefold(): s for f, s in self.surfaces.items() if " " in f and self._is_body(f)}

    def generic_title(self, office: str) -> Title | None:
        return next((t for t in self.titles if t.office == office and t.generic), None)

    def is_title_word(self, word: str) -> bool:
        return any(word.casefold() in form.split() for form in self.title_forms)


def _straight(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def _flexible(form: str, any_case: bool = False) -> str:
    """A surface as a pattern: 'the' or 'The', either apostrophe, any run of spaces; with
    any_case, the words after the first in either case."""
    words = form.split()
    parts = [re.escape(w).replace("'", "['’]") for w in words]
    if any_case and len(words) > 1:
        parts = [parts[0], *(f"(?i:{p})" if w[:1].isupper() and w[1:].islower() else p
                             for w, p in zip(words[1:], parts[1:], strict=True))]  # fmt: skip
    pattern = r"\s+".join(parts)
    if form.startswith("the "):
        pattern = "[Tt]" + pattern[1:]
    return pattern


@functools.lru_cache(maxsize=1)
def load() -> Gazetteer:
    raw = resources.files(__package__).joinpath("gazetteer.yaml").read_text(encoding="utf-8")
    return build(yaml.safe_load(raw))


def build(data: dict[str, Any]) -> Gazetteer:
    gaz = Gazetteer()

    def claim(form: str, key: str, role: str) -> None:
        gaz.surfaces.setdefault(form, Surface(key, role))

    for c in data.get("countries", []):
        entry = Known(
            c["name"],
            "country",
            tuple(c.get("acronyms", [])),
            tuple(c.get("aliases", [])),
            official=c.get("official"),
        )
        gaz.entries[entry.name] = entry
        claim(entry.name, entry.name, "name")
        if entry.official:
            claim(entry.official, entry.name, "official")
        for form in entry.acronyms:
            claim(form, entry.name, "acronym")
        for form in entry.aliases:
            claim(form, entry.name, "alias")
        if c.get("capital"):
            claim(c["capital"], entry.name, "capital")
        for form in c.get("people", []):
            claim(form, entry.name, "people")
        for form in c.get("adjectives", []):
            claim(form, entry.name, "adjective")
            gaz.adjectives.setdefault(form, entry.name)
    for o in data.get("organizations", []):
        entry = Known(
            o["name"],
            o.get("kind", "organization"),
            tuple(o.get("acronyms", [])),
            tuple(o.get("aliases", [])),
            country=o.get("country"),
        )
        gaz.entries[entry.name] = entry
        claim(entry.name, entry.name, "name")
        for form in entry.acronyms:
            claim(form, entry.name, "acronym")
        for form in entry.aliases:
            claim(form, entry.name, "alias")
    for place in data.get("places", []):
        gaz.places[place["name"]] = place.get("country")
    for t in data.get("titles", []):
        gaz.titles.append(
            Title(
                t["title"], tuple(t.get("aliases", [])), t["office"], t.get("country"), bool(t.get("generic"))
            )
        )
    gaz.organization_words = dict(data.get("organization_words", {}))
    gaz.event_verbs = dict(data.get("event_verbs", {}))
    for name, value in data.items():
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            gaz.word_lists[name] = tuple(value)
    for t in data.get("terms", []):
        gaz.terms.append(
            Known(
                t["term"],
                "term",
                tuple(t.get("acronyms", [])),
                tuple(t.get("aliases", [])),
                definition=t.get("definition"),
            )
        )
    return gaz
