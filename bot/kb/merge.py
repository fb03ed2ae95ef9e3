"""One entry from what several articles say about it: its name, its date, its roles.

Plain functions over an identity's entries, newest first (KnowledgeBase.members).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .dates import PartialDate, Precision
from .models import ArticleFile
from .units import Entry

_PRECISION = {Precision.DAY: 3, Precision.MONTH: 2, Precision.YEAR: 1}


def shown_name(entries: Sequence[Entry]) -> str:
    """The name most articles use (the newest one's, on a tie)."""
    used = Counter(e.name for e in entries)
    return max(used, key=lambda name: (used[name], -next(i for i, e in enumerate(entries) if e.name == name)))


def dated_by(entries: Sequence[Entry]) -> Entry | None:
    """The entry whose date is the most precise (a day over a month over a year); of those,
    the newest article's. None when no article dates it."""
    dated = [e for e in entries if e.item.date is not None]
    if not dated:
        return None
    return max(dated, key=lambda e: _PRECISION[e.item.date.precision])  # max keeps the first: the newest


def first_with(entries: Sequence[Entry], attribute: str) -> Entry | None:
    """The newest entry that states the attribute (a role, a country, a place)."""
    return next((e for e in entries if getattr(e.item, attribute, None)), None)


@dataclass(frozen=True)
class Stated:
    """A value as one article states it."""

    value: str
    article: ArticleFile


def history(entries: Sequence[Entry], attribute: str) -> list[Stated]:
    """Each change of a value over the articles, newest first: a role that changed shows every
    role it had, each as of the newest article that gives it."""
    out: list[Stated] = []
    for entry in entries:
        value = getattr(entry.item, attribute, None)
        if value and (not out or out[-1].value != value) and value not in {s.value for s in out}:
            out.append(Stated(value, entry.article))
    return out


def compatible(a: PartialDate, b: PartialDate) -> bool:
    """Whether two dates can be the same day: equal where both are known."""
    if a.year != b.year:
        return False
    if a.month and b.month and a.month != b.month:
        return False
    return not (a.day and b.day and a.day != b.day)


_WITHIN_MONTH = {"early": 5, "mid": 15, "around": 15, "late": 25}
_WITHIN_YEAR = {"early": 2, "mid": 6, "around": 6, "late": 11}


def sort_key(date: PartialDate, qualifier: str | None = None) -> tuple[int, int, int]:
    """Oldest first, a less precise date after the precise ones inside it: "2023" after every
    day of 2023, "February 2023" after 28 February 2023; "late September" near its end, "late
    2023" with November."""
    if not date.month:
        return (date.year, _WITHIN_YEAR.get(qualifier or "", 13), 32)
    return (date.year, date.month, date.day or _WITHIN_MONTH.get(qualifier or "", 32))
