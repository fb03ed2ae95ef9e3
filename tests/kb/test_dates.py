import datetime as dt

import pytest

from bot.kb.dates import DateError, PartialDate, Precision


@pytest.mark.parametrize(
    ("raw", "human", "precision"),
    [
        ("2023-01-31", "31 January 2023 (Tuesday)", Precision.DAY),
        (dt.date(2022, 11, 3), "3 November 2022 (Thursday)", Precision.DAY),
        ("2022-11", "November 2022", Precision.MONTH),
        (2017, "2017", Precision.YEAR),
        ("2017", "2017", Precision.YEAR),
    ],
)
def test_dates_are_written_by_their_precision(raw, human, precision):
    date = PartialDate.parse(raw)
    assert date.human() == human
    assert date.precision == precision


def test_qualifier_and_iso_round_trip():
    date = PartialDate.parse("2022-09")
    assert date.human("late") == "late September 2022"
    assert PartialDate.parse(date.iso()) == date


def test_month_sorts_before_its_days_and_after_earlier_months():
    assert sorted(map(PartialDate.parse, ["2023-01-31", "2023", "2022-11-03", "2023-01"])) == [
        PartialDate(2022, 11, 3),
        PartialDate(2023),
        PartialDate(2023, 1),
        PartialDate(2023, 1, 31),
    ]


@pytest.mark.parametrize("bad", ["Febuary 2023", "2023-13", "2023-02-30", "23-01-01", "", True, 3.5, None])
def test_bad_dates_are_refused_with_the_accepted_forms(bad):
    with pytest.raises(DateError, match="YYYY, YYYY-MM or YYYY-MM-DD"):
        PartialDate.parse(bad)
