"""Two things in time: "which came first, A or B", "how long after A did B": each side dated as
"when was A" would be, and the dates compared; with a side undated, the question is read as any
other (the article may say "two months before")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.kb.dates import PartialDate
from bot.kb.engine import Engine
from bot.kb.index import KnowledgeBase
from bot.kb.intervals import Compares, TwoSides, span, two_sides
from bot.kb.loader import load_path

from ..conftest import KNOWLEDGE
from ..corpus.test_corpus import CORPUS_KNOWLEDGE

ARTICLE = """\
id: h
article: {outlet: O, title: T, url: 'https://example.org/h', published: 2024-06-01}
summary: Two meetings.
paragraphs:
  - The navies held the Harbour Talks in Busan on 4 March 2024.
  - Their leaders met at the Coral Summit on 20 May 2024.
  - A Lantern Review of the alliance is planned.
events:
  - {id: talks, name: Harbour Talks, date: 2024-03-04, description: The navies met in Busan., paragraphs: [1]}
  - {id: summit, name: Coral Summit, date: 2024-05-20, description: The leaders met., paragraphs: [2]}
  - {id: review, name: Lantern Review, description: A review of the alliance., paragraphs: [3]}
"""


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    (tmp_path / "h.yaml").write_text(ARTICLE, encoding="utf-8")
    return Engine(KnowledgeBase.loaded(load_path(tmp_path)))


ORDER = TwoSides(Compares.ORDER, "coral summit", "harbour talks")


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("which came first, the coral summit or the harbour talks?", ORDER),
        ("coral summit or harbour talks, what happened first", ORDER),
        ("what happend first, the coral summit or the harbour talks", ORDER),
        ("was the coral summit before or after the harbour talks", ORDER),
        (
            "roughly how many weeks between the harbour talks and the coral summit",
            TwoSides(Compares.INTERVAL, "harbour talks", "coral summit", "weeks"),
        ),
        (
            "how long after the harbour talks did the leaders meet",
            TwoSides(Compares.INTERVAL, "harbour talks", "leaders meet", None, "after"),
        ),
        (  # "since A when B": B after A
            "how long had it been since the harbour talks when the leaders met",
            TwoSides(Compares.INTERVAL, "harbour talks", "leaders met", None, "after"),
        ),
        (
            "how many weeks was it since the harbour talks, when the leaders met",
            TwoSides(Compares.INTERVAL, "harbour talks", "leaders met", "weeks", "after"),
        ),
        (  # "the busan one": the other side's noun, talks
            "how many days between the coral talks and the busan one",
            TwoSides(Compares.INTERVAL, "coral talks", "busan talks", "days"),
        ),
        ("how long did the harbour talks last", None),
        ("what came out of the harbour talks", None),
    ],
)
def test_two_sides_are_read(typed: str, read: TwoSides | None) -> None:
    assert two_sides(typed) == read


def test_the_span_is_said_as_people_say_it() -> None:
    day = PartialDate
    assert span(day(2024, 3, 4), day(2024, 3, 10)) == "6 days"
    assert span(day(2024, 3, 4), day(2024, 3, 23)) == "about 3 weeks (19 days)"
    assert span(day(2024, 3, 4), day(2024, 5, 20)) == "about 3 months (77 days)"
    assert span(day(2024, 3, 4), day(2024, 5, 20), "weeks") == "11 weeks (77 days)"
    assert span(day(2023, 4), day(2023, 7, 18)) == "3 months"  # one known only to the month
    assert span(day(1981, 3), day(2023, 7, 18)) == "about 42 years"
    assert span(day(2023, 7), day(2023, 7, 18)) == "less than a month"
    # a unit asked for that the time falls well short of: the days, not "about 1 year"
    assert span(day(2023, 7, 11), day(2023, 7, 18), "years") == "7 days"
    assert span(day(2023, 7, 18), day(2023, 7, 18), "years") == "the same day"


def test_which_came_first_is_decided_by_the_dates(engine: Engine) -> None:
    for typed in (
        "which came first, the coral summit or the harbour talks",
        "was the harbour talks before or after the coral summit",
    ):
        found = engine.ask(typed)
        assert found.matched and found.text.startswith("**Harbour Talks** came first"), (typed, found.text)
        assert "4 March 2024" in found.text and "20 May 2024" in found.text
        assert {c.paragraph for c in found.citations} == {1, 2}  # both sides cited


def test_how_long_between_and_after(engine: Engine) -> None:
    found = engine.ask("how many days between the harbour talks and the coral summit")
    assert found.matched and found.text.startswith("**77 days**"), found.text
    found = engine.ask("how long after the harbour talks did the leaders meet")
    assert found.matched and found.text.startswith("**About 3 months (77 days)**"), found.text


def test_a_side_the_articles_do_not_date_is_not_guessed(engine: Engine) -> None:
    for typed in (
        "which came first, the lantern review or the coral summit",
        "how long between the coral summit and the olympics",
    ):
        found = engine.ask(typed)
        assert not found.matched, (typed, found.text)


def test_the_later_side_is_not_the_earlier_event_naming_it(tmp_path: Path) -> None:
    """ "How long after the Harbour Talks did the Coral Summit happen": the talks, which prepared
    the summit, are placed by themselves, not after themselves; the summit, reported in another
    article that never names the talks, is dated on its own."""
    (tmp_path / "t.yaml").write_text(
        """\
id: t
article: {outlet: O, title: T, url: 'https://example.org/t', published: 2024-03-05}
summary: Talks.
paragraphs:
  - The navies held the Harbour Talks in Busan on 4 March 2024 to prepare the Coral Summit.
events:
  - {id: talks, name: Harbour Talks, date: 2024-03-04, description: For the Coral Summit., paragraphs: [1]}
""",
        encoding="utf-8",
    )
    (tmp_path / "s.yaml").write_text(
        ARTICLE.replace("id: h", "id: s").replace("Harbour Talks", "Reef Talks"), encoding="utf-8"
    )
    engine = Engine(KnowledgeBase.loaded(load_path(tmp_path)))
    found = engine.ask("how long after the harbour talks did the coral summit happen")
    assert found.matched and found.text.startswith("**About 3 months (77 days)**"), found.text


def test_the_later_side_is_dated_alone_where_no_article_places_it_by_the_first(tmp_path: Path) -> None:
    """ "How many days after the ministers met in Busan did the Sea Drill begin": no article
    places the drill by the meeting, so it is dated on its own, and only if it falls after it."""
    for key, said, name, day in (
        ("m", "The ministers met in Busan on 4 March 2024.", "Busan meeting", "2024-03-04"),
        ("d", "The Sea Drill began on 1 April 2024.", "Sea Drill", "2024-04-01"),
    ):
        (tmp_path / f"{key}.yaml").write_text(
            f"""\
id: {key}
article: {{outlet: O, title: T{key}, url: 'https://example.org/{key}', published: {day}}}
summary: {said}
paragraphs:
  - {said}
events:
  - {{id: e, name: {name}, date: {day}, description: {said}, paragraphs: [1]}}
""",
            encoding="utf-8",
        )
    engine = Engine(KnowledgeBase.loaded(load_path(tmp_path)))
    found = engine.ask("how many days after the ministers met in busan did the sea drill begin")
    assert found.matched and found.text.startswith("**28 days**"), found.text
    assert not engine.ask(
        "how many days before the ministers met in busan did the sea drill begin"
    ).text.startswith("**")


def test_a_person_is_not_a_side_in_time(tmp_path: Path) -> None:
    """ "How many days between Kim and Park holding the talks and the summit": the sides part at
    the "and" that leaves an event on each side, not at the first, which leaves a person."""
    (tmp_path / "h.yaml").write_text(
        ARTICLE.replace(" in Busan on 4 March", ", held by Kim and Park, in Busan on 4 March").replace(
            "paragraphs: [1]}", "entities: [kim, park], paragraphs: [1]}"
        )
        + """\
people:
  - id: kim
    name: Kim Min-ho
    aliases: [Kim]
    role: Admiral
    paragraphs: [1]
  - id: park
    name: Park Ji-woo
    aliases: [Park]
    role: Admiral
    paragraphs: [1]
""",
        encoding="utf-8",
    )
    engine = Engine(KnowledgeBase.loaded(load_path(tmp_path)))
    found = engine.ask("how many days between kim and park holding the harbour talks and the coral summit")
    assert found.matched and found.text.startswith("**77 days**"), found.text


def test_a_side_named_outright_is_dated_as_when_finds_it(tmp_path: Path) -> None:
    """ "How many years between the Robert E. Lee sub visit and the Kentucky one": ranking reads
    "lee" as the minister and finds nothing dated; the side names an event outright, and /when's
    lookup by name dates it (March 1981)."""
    shutil.copytree(KNOWLEDGE, tmp_path / "k")  # the seed article and the vocabulary ("sub")
    for source in CORPUS_KNOWLEDGE.glob("*.yaml"):
        shutil.copy(source, tmp_path / "k")
    engine = Engine(KnowledgeBase.loaded(load_path(tmp_path / "k")))
    found = engine.ask("how many years between the robert e lee sub visit and the kentucky one")
    assert found.matched and found.text.startswith("**About 42 years**"), found.text


def test_three_things_are_put_in_order_of_time(tmp_path: Path) -> None:
    """ "Put these in order: A, B, C", "which came first: A, B or C": each dated as "when was X"
    would be, then listed by date, each cited; one undated, and it is read as any other question."""
    (tmp_path / "h.yaml").write_text(
        ARTICLE.replace(
            "  - A Lantern Review of the alliance is planned.\n",
            "  - A Lantern Review of the alliance is planned.\n"
            "  - The Pearl Drill followed on 1 April 2024.\n",
        ).replace(
            "events:\n",
            "events:\n"
            "  - {id: drill, name: Pearl Drill, date: 2024-04-01, description: A drill., paragraphs: [4]}\n",
        ),
        encoding="utf-8",
    )
    engine = Engine(KnowledgeBase.loaded(load_path(tmp_path)))
    for typed in (
        "put these in order pls: the coral summit, the pearl drill, the harbour talks",
        "which came first: the coral summit, the pearl drill or the harbour talks",
        "put these in order w/ months: the coral summit, the pearl drill, the harbour talks",
    ):
        found = engine.ask(typed)
        assert found.matched and found.text.startswith("In order of time: **Harbour Talks**"), found.text
        assert found.text.index("Pearl Drill") < found.text.index("Coral Summit"), found.text
        assert {c.paragraph for c in found.citations} == {1, 2, 4}
    found = engine.ask("put these in order: the coral summit, the lantern review, the harbour talks")
    assert not found.text.startswith("In order of time"), found.text


def test_a_side_given_with_its_year_is_not_dated_to_another_year(kb: KnowledgeBase) -> None:
    """ "Which came first, the summit in May 2022 or the 54th SCM": the joint statement of January
    2023 that recalls the May 2022 summit does not date it (it had put the summit after the SCM)."""
    found = Engine(kb).ask("which came first, the summit in may 2022 or the 54th scm")
    assert found.matched and found.text.startswith("**ROK-U.S. Summit** came first"), found.text
    assert "21 May 2022" in found.text and "2023" not in found.text.split("\n")[0], found.text


def test_which_of_a_kind_came_first_between_two_numbers_is_between_two_of_that_kind() -> None:
    """ "which scm came first 55th or 54th": the sides are the 55th SCM and the 54th SCM; "which
    scm came first, the one lee went to or ..." asks for one SCM, and is no comparison of sides."""
    sides = two_sides("which scm came first 55th or 54th")
    assert sides is not None and (sides.first, sides.second) == ("55th scm", "54th scm"), sides
    assert two_sides("which scm came first, the one lee went to or the one in seoul") is None
