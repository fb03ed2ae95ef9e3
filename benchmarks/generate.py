"""Deterministic synthetic knowledge bases in the real schema, with queries whose answers are known.

`generate(n, folder, seed)` writes n article files and returns the query set. The same n and
seed always give the same files and queries, so runs compare like with like.
"""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from . import vocabulary as v

OUTLETS = ["The Diplomat", "Korea Herald", "Defense News", "Nikkei Asia", "Stars and Stripes", "Yonhap"]
FIRST_DAY = dt.date(2015, 1, 1)


@dataclass
class Query:
    command: str
    options: dict[str, str]
    expect: set[str]  # acceptable answers: titles, or "article-id#paragraph" for retrieval
    detail: set[str] = field(default_factory=set)  # text the answer must contain (dates, places)


@dataclass
class Corpus:
    files: list[Path]
    queries: list[Query]


GENERATOR_VERSION = 2  # part of the corpus folder's name: a changed generator writes a new corpus
ROSTER_SIZE = 60  # officials per country who keep coming back, as real coverage's do


@dataclass(frozen=True)
class Official:
    name: str
    surname: str
    role: str


def roster(seed: int) -> dict[str, list[Official]]:
    """Each country's officials, the same for every article of a run: a few are in the news
    constantly, most now and then (drawn with weights falling as 1/rank)."""
    rng = random.Random(seed * 7919)
    out: dict[str, list[Official]] = {}
    for country, (given, surnames) in v.PEOPLE_BY_COUNTRY.items():
        people: dict[str, Official] = {}
        while len(people) < ROSTER_SIZE:
            g, s = rng.choice(given), rng.choice(surnames)
            name = f"{s} {g}" if country == "South Korea" else f"{g} {s}"  # Korean: surname first
            people.setdefault(name, Official(name, s, rng.choice(v.ROLES)))
        out[country] = list(people.values())
    return out


def _official(rng: random.Random, people: list[Official]) -> Official:
    return rng.choices(people, weights=[1 / (rank + 1) for rank in range(len(people))])[0]


@dataclass(frozen=True)
class Meeting:
    """A meeting an article reports; later articles recall it by the same name, by its month."""

    name: str
    day: dt.date
    place: str


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-").replace("--", "-")


def _typo(rng: random.Random, text: str) -> str:
    """One realistic slip: a dropped, doubled or swapped letter inside a word."""
    positions = [i for i in range(1, len(text) - 1) if text[i].isalpha() and text[i - 1].isalpha()]
    if not positions:
        return text
    i = rng.choice(positions)
    kind = rng.randrange(3)
    if kind == 0:
        return text[:i] + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i] + text[i:]
    return text[: i - 1] + text[i] + text[i - 1] + text[i + 1 :]


def _term(rng: random.Random) -> tuple[str, str]:
    words = rng.sample(v.TERM_WORDS, 3)
    return " ".join(words), "".join(w[0] for w in words)


def article(
    i: int, seed: int, acronyms: dict[str, str], people: dict[str, list[Official]], meetings: list[Meeting]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """One article (as YAML data) and the facts about it that queries are made from. Its
    officials come from the run's roster, and it recalls a meeting an earlier article reported
    (the same event, known there to the day and here to the month)."""
    rng = random.Random(seed * 1_000_003 + i)
    day = FIRST_DAY + dt.timedelta(days=i)
    host, guest = rng.sample(list(v.PEOPLE_BY_COUNTRY), 2)
    a, b = _official(rng, people[host]), _official(rng, people[guest])
    a_name, a_sur, a_role, b_name, b_sur, b_role = a.name, a.surname, a.role, b.name, b.surname, b.role
    if a_role == b_role:
        b_role = v.ROLES[(v.ROLES.index(b_role) + 1) % len(v.ROLES)]
    place = rng.choice(v.PLACES)
    kind = rng.choice(v.EVENT_KINDS)
    weekday = calendar.day_name[day.weekday()]
    topics = rng.sample(v.TOPICS, 4)
    meeting_name = f"{place} {kind} of {day.day} {calendar.month_name[day.month]} {day.year}"
    recalled = meetings[max(0, len(meetings) - rng.randint(40, 400))] if meetings else None
    if recalled is not None:
        earlier, earlier_place, earlier_name = recalled.day, recalled.place, recalled.name
    else:
        earlier = day - dt.timedelta(days=rng.randint(40, 400))
        earlier_place = rng.choice(v.PLACES)
        earlier_name = f"{earlier_place} meeting of {calendar.month_name[earlier.month]} {earlier.year}"
    later = day + dt.timedelta(days=rng.randint(20, 120))
    later_kind = rng.choice(v.EVENT_KINDS)
    later_place = rng.choice(v.PLACES)
    body = rng.choice(v.BODIES)

    terms = []
    while len(terms) < 3:
        term, acronym = _term(rng)
        if acronyms.setdefault(acronym, term) == term and all(t[1] != acronym for t in terms):
            terms.append((term, acronym))

    quote_a = f"{rng.choice(v.QUOTE_OPENERS)} strengthen {topics[0]} and {topics[1]}"
    quote_b = f"{rng.choice(v.QUOTE_OPENERS)} deepen cooperation on {topics[2]}"
    p = [
        f"{host} {a_role} {a_name} met his {guest} counterpart, {b_role} {b_name}, in {place} on {weekday}. "
        f"The two officials {rng.choice(v.VERBS)} {topics[0]} amid rising regional tensions.",
        f"“{quote_a},” {a_name} said after the {kind}.",
        f"The meeting came months after the {earlier_name} in {earlier_place} in "
        f"{calendar.month_name[earlier.month]} {earlier.year}, where officials first raised {topics[1]}.",
        f"{b_name} said his government {rng.choice(v.VERBS)} {topics[2]} and {topics[3]}.",
        f"“{quote_b},” {b_name} told reporters.",
        f"The {body} will host a {later_place} {later_kind} in {calendar.month_name[later.month]} "
        f"to follow up on {topics[3]}.",
        f"Both sides backed the {terms[0][0]} ({terms[0][1]}) and the {terms[1][0]} ({terms[1][1]}).",
        f"Analysts said the {terms[2][0]} ({terms[2][1]}) could shape {topics[0]} for years.",
    ]
    a_id, b_id, host_id, guest_id, body_id = "a", "b", _slug(host), _slug(guest), _slug(body)
    data: dict[str, Any] = {
        "schema_version": 1,
        "id": f"synthetic-{i:05d}",
        "article": {
            "outlet": rng.choice(OUTLETS),
            "title": f"{a_sur} and {b_sur} discuss {topics[0]} in {place}",
            "url": f"https://example.org/{day.isoformat()}/{i}",
            "published": day.isoformat(),
        },
        "summary": f"{a_name} met {b_name} in {place} to discuss {topics[0]} and {topics[1]}.",
        "key_people": [a_id, b_id],
        "paragraphs": p,
        "people": [
            {
                "id": a_id,
                "name": a_name,
                "aliases": [f"{a_role} {a_sur}"],
                "role": a_role,
                "country": host,
                "actions": [
                    {"text": f"Met {b_name} in {place}.", "date": day.isoformat(), "paragraphs": [1]}
                ],
                "paragraphs": [1, 2],
            },
            {
                "id": b_id,
                "name": b_name,
                "aliases": [f"{b_role} {b_sur}"],
                "role": b_role,
                "country": guest,
                "actions": [
                    {"text": f"Met {a_name} in {place}.", "date": day.isoformat(), "paragraphs": [1]}
                ],
                "paragraphs": [1, 4, 5],
            },
        ],
        "organizations": [
            {"id": host_id, "name": host, "kind": "country", "aliases": v.COUNTRIES[host], "paragraphs": [1]},
            {
                "id": guest_id,
                "name": guest,
                "kind": "country",
                "aliases": v.COUNTRIES[guest],
                "paragraphs": [1],
            },
            {"id": body_id, "name": body, "kind": "government", "country": host, "paragraphs": [6]},
        ],
        "events": [
            {
                "id": "meeting",
                "name": meeting_name,
                "aliases": [f"{a_sur}-{b_sur} {kind}"],
                "date": day.isoformat(),
                "place": place,
                "description": f"{a_name} met {b_name}.",
                "entities": [a_id, b_id],
                "paragraphs": [1],
            },
            {
                "id": "earlier",
                "name": earlier_name,
                "date": f"{earlier.year}-{earlier.month:02d}",
                "place": earlier_place,
                "description": f"Officials first raised {topics[1]}.",
                "paragraphs": [3],
            },
            {
                "id": "later",
                "name": f"{later_place} {later_kind} of {calendar.month_name[later.month]} {later.year}",
                "date": f"{later.year}-{later.month:02d}",
                "place": later_place,
                "planned": True,
                "description": f"A follow-up on {topics[3]}.",
                "entities": [body_id],
                "paragraphs": [6],
            },
        ],
        "quotes": [
            {
                "id": "qa",
                "text": quote_a,
                "speaker": a_id,
                "date": day.isoformat(),
                "topics": topics[:2],
                "paragraphs": [2],
            },
            {
                "id": "qb",
                "text": quote_b,
                "speaker": b_id,
                "date": day.isoformat(),
                "topics": [topics[2]],
                "paragraphs": [5],
            },
        ],
        "terms": [
            {
                "id": f"t{n}",
                "term": t,
                "acronyms": [a],
                "definition": f"A {topics[n % 4]} arrangement.",
                "paragraphs": [7 if n < 2 else 8],
            }
            for n, (t, a) in enumerate(terms)
        ],
        "facts": [
            {
                "id": "f1",
                "text": f"{a_name} met {b_name} in {place} on {day.day} "
                f"{calendar.month_name[day.month]} {day.year}.",
                "entities": [a_id, b_id],
                "date": day.isoformat(),
                "topics": [topics[0]],
                "paragraphs": [1],
            },
            {
                "id": "f2",
                "text": f"{b_name} said his government backs {topics[2]} and {topics[3]}.",
                "entities": [b_id],
                "paragraphs": [4],
            },
            {
                "id": "f3",
                "text": f"The {body} will host a follow-up on {topics[3]}.",
                "entities": [body_id],
                "paragraphs": [6],
            },
        ],
    }
    facts = {
        "a": a_name,
        "b": b_name,
        "place": place,
        "day": day,
        "meeting": meeting_name,
        "terms": terms,
        "sentence": p[0].split(". ")[0],
    }
    return data, facts


def generate(n: int, folder: Path, seed: int = 7, queries_per_kind: int = 200, write: bool = True) -> Corpus:
    """Write n articles to folder (unless write=False) and return them with their queries."""
    if write:
        folder.mkdir(parents=True, exist_ok=True)
    acronyms: dict[str, str] = {}
    people = roster(seed)
    meetings: list[Meeting] = []
    files, facts = [], []
    header = "# yaml-language-server: $schema=schema.json\n"
    for i in range(n):
        data, fact = article(i, seed, acronyms, people, meetings)
        meetings.append(Meeting(fact["meeting"], fact["day"], fact["place"]))
        path = folder / f"{data['id']}.yaml"
        if write:
            text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=120)
            path.write_text(header + text, encoding="utf-8")
        files.append(path)
        facts.append((data["id"], fact))
    return Corpus(files, _queries(facts, seed, queries_per_kind))


def _queries(facts: list[tuple[str, dict[str, Any]]], seed: int, per_kind: int) -> list[Query]:
    rng = random.Random(seed)
    # every meeting of the two, whoever hosted: "When did A meet B?" is answered by any of them
    meetings: dict[frozenset[str], list[tuple[str, dict[str, Any]]]] = {}
    for article_id, f in facts:
        meetings.setdefault(frozenset((f["a"], f["b"])), []).append((article_id, f))
    sample = rng.sample(facts, min(per_kind, len(facts)))
    queries: list[Query] = []
    for _, f in sample:
        queries.append(Query("who", {"name": _typo(rng, f["a"])}, {f["a"]}))
        queries.append(Query("when", {"event": _typo(rng, f["meeting"])}, {f["meeting"]}))
        term, acronym = rng.choice(f["terms"])
        queries.append(Query("define", {"term": acronym}, {term}))
        same = meetings[frozenset((f["a"], f["b"]))]
        where = {f"{aid}#1" for aid, _ in same}
        queries.append(Query("search", {"query": f"{f['a']} {f['b']} {f['place']}"}, where))
        dates = {g["day"].strftime("%-d %B %Y") for _, g in same}
        queries.append(Query("ask", {"question": f"When did {f['a']} meet {f['b']}?"}, where, dates))
        queries.append(
            Query(
                "ask",
                {"question": f"Where did {f['a']} meet {f['b']}?"},
                where,
                {g["place"] for _, g in same},
            )
        )
    newest = facts[-1][0]
    for article_id, _f in sample[: max(1, per_kind // 10)]:
        queries.append(Query("summary", {"article": article_id}, {article_id}))
        queries.append(Query("timeline", {"article": article_id}, {article_id}))
        queries.append(Query("source", {"article": article_id}, {article_id}))
        queries.append(Query("quote", {"topic": "cooperation"}, set()))
        # the knowledge base's own views: every article at once
        queries.append(Query("summary", {}, {newest}))
        queries.append(Query("timeline", {}, set()))
        queries.append(Query("source", {}, set()))
    return queries
