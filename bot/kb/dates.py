"""Dates as news gives them: a day, a month or only a year, written by their precision."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .sharing import shared

DATE_HELP = "use YYYY, YYYY-MM or YYYY-MM-DD"
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class DateError(ValueError):
    """A value that is not a date in one of the three accepted forms."""


@dataclass(frozen=True, order=True)
class PartialDate:
    """A calendar date known to the day, the month or only the year.

    Ordering treats a missing month or day as the start of the period, so a month sorts
    before the days inside it and timelines stay oldest first.
    """

    year: int
    month: int = 0
    day: int = 0

    @property
    def precision(self) -> Precision:
        if self.day:
            return Precision.DAY
        return Precision.MONTH if self.month else Precision.YEAR

    @classmethod
    def parse(cls, value: Any) -> PartialDate:
        """Accept what YAML gives for a date: a str, an int year, or a datetime.date."""
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise DateError(f"{value!r} is not a date ({DATE_HELP})")
        text = str(value).strip()
        match = _DATE_RE.match(text)
        if not match:
            raise DateError(f'"{text}" is not a date ({DATE_HELP})')
        year, month, day = (int(g) if g else 0 for g in match.groups())
        if match.group(2) and not 1 <= month <= 12:
            raise DateError(f'"{text}" has no month {month} ({DATE_HELP})')
        if match.group(3):
            try:
                dt.date(year, month, day)
            except ValueError:
                raise DateError(f'"{text}" is not a day of the calendar ({DATE_HELP})') from None
        return cls(year, month, day)

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def calendar_day(self) -> dt.date | None:
        """The day itself, when the date is known to the day."""
        return dt.date(self.year, self.month, self.day) if self.day else None

    def human(self, qualifier: str | None = None) -> str:
        """'31 January 2023 (Tuesday)', 'late September 2022', '2017'."""
        if day := self.calendar_day():
            weekday = calendar.day_name[day.weekday()]
            text = f"{self.day} {calendar.month_name[self.month]} {self.year} ({weekday})"
        elif self.month:
            text = f"{calendar.month_name[self.month]} {self.year}"
        else:
            text = str(self.year)
        return f"{qualifier} {text}" if qualifier else text

    def short(self) -> str:
        """'31 January 2023' without the weekday, for source lines and 'as of'."""
        if self.day:
            return f"{self.day} {calendar.month_name[self.month]} {self.year}"
        return self.human()

    def __str__(self) -> str:
        return self.iso()


def shared_date(date: PartialDate) -> PartialDate:
    """One object for equal dates: ten thousand articles hold ninety thousand dates, on a few
    hundred days (see sharing.py)."""
    return shared(date, ("date", date.year, date.month, date.day))
