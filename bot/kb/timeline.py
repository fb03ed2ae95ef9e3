"""Every dated event of every article, one row per event however many articles report it, kept
in order as articles come and go.

One part of the index (see index.py). It follows the names part: after a reload, only the events
whose articles changed are placed again, so `/timeline` across ten thousand articles costs what
showing its page costs.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from .merge import dated_by, shown_name, sort_key
from .names import Names

Row = tuple[tuple[int, int, int], str, str]  # (when, name shown, identity), oldest first


@dataclass(frozen=True)
class Timeline:
    rows: tuple[Row, ...] = ()
    at: dict[str, Row] = field(default_factory=dict)  # identity -> its row
    undated: dict[str, str] = field(default_factory=dict)  # identity -> name, for events no one dates

    def within(self, year: int, month: int = 0) -> tuple[str, ...]:
        """The events dated in a year (or a month of it), oldest first: found by bisection, so
        "/timeline 2024" and "who was X in 2022" read only that stretch of the rows."""
        lo = bisect.bisect_left(self.rows, (year, month, 0), key=lambda row: row[0])
        hi = bisect.bisect_right(self.rows, (year, month or 99, 99), key=lambda row: row[0])
        return tuple(key for *_, key in self.rows[lo:hi])

    def updated(self, names: Names, identities: Iterable[str]) -> Timeline:
        """This timeline with these events placed again from what the articles now say."""
        rows, at, undated = list(self.rows), dict(self.at), dict(self.undated)
        same = names.same("event")
        for key in identities:
            if (old := at.pop(key, None)) is not None:
                del rows[bisect.bisect_left(rows, old)]
            undated.pop(key, None)
            entries = names.members("event", key)
            if not entries or same(key) != key:  # gone, or now part of another event
                continue
            main = dated_by(entries)
            if main is None or main.item.date is None:
                undated[key] = shown_name(entries)
                continue
            row = (sort_key(main.item.date, main.item.date_qualifier), shown_name(entries), key)
            bisect.insort(rows, row)
            at[key] = row
        return Timeline(tuple(rows), at, undated)
