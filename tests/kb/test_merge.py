"""Putting several articles' accounts of one entry together."""

from __future__ import annotations

from bot.kb.dates import PartialDate
from bot.kb.merge import compatible, sort_key


def d(text: str) -> PartialDate:
    return PartialDate.parse(text)


def test_dates_of_different_precision_sort_oldest_first_the_vaguer_after_what_they_hold():
    dates = [
        (d("2023"), None),
        (d("2023-02"), None),
        (d("2023-02-22"), None),
        (d("2023-09"), "late"),
        (d("2023-09-30"), None),
        (d("2023"), "late"),
        (d("2022-11-03"), None),
    ]
    ordered = [(date.iso(), q) for date, q in sorted(dates, key=lambda x: sort_key(*x))]
    assert ordered == [
        ("2022-11-03", None),
        ("2023-02-22", None),
        ("2023-02", None),
        ("2023-09", "late"),
        ("2023-09-30", None),
        ("2023", "late"),
        ("2023", None),
    ]


def test_dates_are_compatible_when_they_agree_wherever_both_are_known():
    assert compatible(d("2023-11"), d("2023-11-13")) and compatible(d("2023"), d("2023-02-22"))
    assert not compatible(d("2023-11-13"), d("2023-11-14")) and not compatible(d("2023-10"), d("2023-11-13"))


def test_search_shows_each_statement_once(engine):
    """A fact that rewords a sentence, or a quote inside it, is the same statement: one result."""
    items = engine.search("extended deterrence").items
    places = [c.paragraph for i in items for c in i.citations]
    assert places.count(4) == 1 and places.count(12) == 1
