"""The gazetteer is data: its shape is checked here so a moderator's addition cannot break drafting."""

from __future__ import annotations

from collections import defaultdict
from importlib import resources

import yaml

from bot.draft import gazetteer
from bot.kb.models import EntityKind

RAW = yaml.safe_load(resources.files("bot.draft").joinpath("gazetteer.yaml").read_text(encoding="utf-8"))


def test_every_entry_has_a_name_and_a_kind_the_schema_knows():
    kinds = {str(k) for k in EntityKind}
    for country in RAW["countries"]:
        assert country["name"] and set(country) <= {"name", "official", "acronyms", "aliases", "capital",
                                                    "adjectives", "people"}  # fmt: skip
    for org in RAW["organizations"]:
        assert org["name"] and org.get("kind", "organization") in kinds
    assert set(RAW["organization_words"].values()) <= kinds
    for title in RAW["titles"]:
        assert title["title"] and title["office"]


def test_no_name_stands_for_two_entries():
    owners: dict[str, set[str]] = defaultdict(set)
    for country in RAW["countries"]:
        for form in [country["name"], country.get("official"), country.get("capital"),
                     *country.get("acronyms", []), *country.get("aliases", [])]:  # fmt: skip
            if form:
                owners[form].add(country["name"])
    for org in RAW["organizations"]:
        for form in [org["name"], *org.get("acronyms", []), *org.get("aliases", [])]:
            owners[form].add(org["name"])
    assert {f: o for f, o in owners.items() if len(o) > 1} == {}


def test_places_lie_in_countries_it_knows_and_countries_of_bodies_exist():
    countries = {c["name"] for c in RAW["countries"]}
    assert {p["country"] for p in RAW["places"] if p.get("country")} <= countries
    assert {o["country"] for o in RAW["organizations"] if o.get("country")} <= countries
    assert {t["country"] for t in RAW["titles"] if t.get("country")} <= countries


def test_capitals_and_demonyms_resolve_to_their_countries():
    gaz = gazetteer.load()
    assert gaz.lookup("Seoul").key == "South Korea"
    assert gaz.lookup("Pyongyang").key == "North Korea"
    assert gaz.adjectives["North Korean"] == "North Korea"
    assert gaz.generic_title("defense").title == "Defense Minister"
