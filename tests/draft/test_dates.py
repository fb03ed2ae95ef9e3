"""Dates resolved against the publication date: every row of the benchmark's table, and the notes."""

from __future__ import annotations

import datetime as dt

import pytest

from benchmarks.draft_dates import rows
from bot.draft.dates import find_dates, resolve, tense_of
from bot.kb.dates import PartialDate

TUESDAY = dt.date(2023, 1, 31)
TABLE = [(row, want) for row in rows() for want in row["dates"]]


@pytest.mark.parametrize(("row", "want"), TABLE, ids=[w["phrase"] for _, w in TABLE])
def test_each_expression_of_the_table_resolves_to_the_readers_date(row, want):
    found = resolve(want["phrase"], row["published"], tense_of(row["text"]))
    assert found is not None and found.date == want["date"]
    assert found.qualifier == want.get("qualifier")


@pytest.mark.parametrize("row", [r for r in rows()], ids=lambda r: r["text"][:40])
def test_each_sentence_yields_exactly_its_dates(row):
    got = [f.date for f in find_dates(row["text"], row["published"]) if f.date is not None]
    assert got == [w["date"] for w in row["dates"]]


def test_on_tuesday_in_an_article_of_a_tuesday_is_that_day_and_the_note_says_why():
    (found,) = find_dates("Austin met Lee in Seoul on Tuesday.", TUESDAY)
    assert found.date == PartialDate(2023, 1, 31) and found.relative
    assert found.note == (
        'The article says "on Tuesday"; it was published on Tuesday 31 January 2023, so the same day.'
    )


def test_a_month_without_a_year_follows_the_tense():
    (back,) = find_dates("They held the meeting in November.", TUESDAY)
    (ahead,) = find_dates("They will hold the exercise in February.", TUESDAY)
    assert back.date == PartialDate(2022, 11) and "the last November before it" in back.note
    assert ahead.date == PartialDate(2023, 2) and "the next February after it" in ahead.note


def test_qualifiers_since_and_precision():
    late, since = find_dates("drills in late September 2022, the first since 2017", TUESDAY)
    assert (late.date, late.qualifier) == (PartialDate(2022, 9), "late")
    assert since.date == PartialDate(2017) and since.since


def test_offsets_are_left_to_the_caller():
    (offset, month) = find_dates("The meeting came two months after they held talks in November.", TUESDAY)
    assert offset.date is None and offset.offset_months == 2
    assert month.date == PartialDate(2022, 11)


def test_numbers_that_are_not_dates_are_left_alone():
    text = "F-22 and F-35 jets, the 54th SCM, 2,000 troops, 2000 troops, the 70th anniversary, 1980s"
    assert find_dates(text, TUESDAY) == []


def test_each_clause_has_its_own_tense():
    march, may = find_dates("Kim, who visited Seoul in March, will travel to Tokyo in May.", TUESDAY)
    assert march.date == PartialDate(2022, 3) and may.date == PartialDate(2023, 5)
