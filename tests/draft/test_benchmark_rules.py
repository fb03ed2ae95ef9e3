"""The drafting benchmark's comparison rules, on small made-up files (not the corpus)."""

from __future__ import annotations

from benchmarks import draft as bench
from bot.kb.dates import PartialDate
from bot.kb.models import Event, Organization, Person


def event(name: str, date: PartialDate | None, **kw: object) -> Event:
    return Event(id="e", name=name, date=date, description="d", paragraphs=[1], **kw)  # type: ignore[arg-type]


CONTEXT = ("The harbour festival ('last spring') opened in Port Town on 2021-04-09.",)


def test_a_date_equal_to_the_finished_one_is_right():
    finished = event("Harbour festival", PartialDate(2021, 4))
    assert bench.date_right(finished, event("Festival", PartialDate(2021, 4)), ()) == "exact"
    assert bench.date_right(event("X", None), event("Y", None), ()) == "exact"


def test_a_finer_date_is_right_only_when_a_context_line_about_the_event_gives_it():
    finished = event("Harbour festival", PartialDate(2021, 4))
    day = event("Festival in Port Town", PartialDate(2021, 4, 9))
    assert bench.date_right(finished, day, CONTEXT) == "finer from context"
    assert bench.date_right(finished, day, ()) is None  # no source gives the day
    other_day = event("Festival", PartialDate(2021, 4, 10))
    assert bench.date_right(finished, other_day, CONTEXT) is None  # not the day the context gives
    unrelated = event("Budget vote", PartialDate(2021, 4))
    assert bench.date_right(unrelated, day, CONTEXT) is None  # the line speaks of another event


def test_a_coarser_or_disagreeing_date_stays_wrong():
    finished = event("Harbour festival", PartialDate(2021, 4, 9))
    assert bench.date_right(finished, event("Festival", PartialDate(2021, 4)), CONTEXT) is None
    assert bench.date_right(finished, event("Festival", PartialDate(2021, 5, 9)), CONTEXT) is None
    assert bench.date_right(finished, event("Festival", None), CONTEXT) is None


def test_same_as_names_count_as_names():
    finished = Person(id="p", name="Tanaka Hiro", same_as=["Hiro Tanaka"], paragraphs=[1])
    assert bench.same(Person(id="q", name="Hiro Tanaka", paragraphs=[1]), finished)
    assert not bench.same(Person(id="q", name="Tanaka", paragraphs=[1]), finished)
    doc = Organization(id="o", name="Harbour accord", kind="document", paragraphs=[1])
    assert not bench.same(doc, Organization(id="o2", name="Harbour council", paragraphs=[1]))
    renamed = event("Festival at the pier", None, same_as=["Harbour festival"])
    assert "harbour" in bench.content_words(renamed)
