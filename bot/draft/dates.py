"""Dates in news text, resolved against the publication date, with precision and a note saying how.

Absolute ("31 January 2023", "May 2022", "late September 2022", "since 2017"), partial
("February 3", "in November": the year from the tense of the sentence), and relative ("on
Tuesday", "last week", "next month", "two months ago", "yesterday"). Each result carries the
date at its precision (day, month or year), a qualifier (early, mid, late, around) and a
`note` in the moderators' words. Offsets from another event ("two months after") are
returned as offsets: the caller decides what they are counted from.

The same resolver was measured against dateparser on the same expressions (python -m
benchmarks.draft): see the README for the figures and why this one is kept.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace

from ..kb.dates import PartialDate

MONTHS = {name.casefold(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.casefold(): n for n, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.casefold(): n for n, name in enumerate(calendar.day_name)}
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 0, "few": 0,
}  # fmt: skip

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_QUAL = (
    r"(?:(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of"
    r"|the\s+first\s+half\s+of|the\s+second\s+half\s+of)[\s-]+)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?:day|week|month|year|decade)s?"

# Order matters: longer forms first, so "31 January 2023" is not read as "January 2023".
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    (
        "dmy",
        re.compile(
            rf"\b(?:on\s+)?(?:{_WEEKDAY},?\s+)?(?P<d>{_DAY})\s+(?P<mon>{_MONTH}),?\s+(?P<y>{_YEAR})\b"
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"\b(?:on\s+)?(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY}),?\s+(?P<y>{_YEAR})\b"
        ),
    ),
    (
        "month_rel",
        re.compile(
            rf"(?i:\b(?:in\s+|since\s+|by\s+|until\s+|during\s+)?(?P<q>{_QUAL})?)(?P<mon>{_MONTH})(?i:\s+(?P<when>last|next|this)\s+year)\b"
        ),
    ),
    (
        "my",
        re.compile(
            rf"(?i:\b(?:in\s+|since\s+|by\s+|until\s+|from\s+|during\s+)?(?P<q>{_QUAL})?)(?P<mon>{_MONTH})(?:\s+of)?,?\s+(?P<y>{_YEAR})\b"
        ),
    ),
    (
        "md",
        re.compile(
            rf"\b(?:on\s+)?(?:{_WEEKDAY},?\s+)?(?P<mon>{_MONTH})\s+(?P<d>{_DAY})\b(?!,?\s*{_YEAR})(?![\d:])"
        ),
    ),
    (
        "dm",
        re.compile(rf"\b(?:on\s+)?(?:{_WEEKDAY},?\s+)?(?P<d>{_DAY})\s+(?P<mon>{_MONTH})\b(?!,?\s+{_YEAR})"),
    ),
    ("same_day", re.compile(r"(?i:\b(?:on\s+)?(?:the\s+same\s+day|that\s+same\s+day|that\s+day)\b)")),
    ("ago", re.compile(rf"(?i:\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+ago\b)")),
    (
        "offset",
        re.compile(
            rf"(?i:\b(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\s+(?P<dir>after|later|before|earlier|prior\s+to)\b)"
        ),
    ),
    (
        "rel",
        re.compile(
            rf"(?i:\b(?:(?:by|since|in|until|during)\s+)?(?P<q>{_QUAL})?(?P<when>last|next|this|past|coming|previous|following)\s+(?P<unit>week|month|year)\b)"
        ),
    ),
    ("rel_in", re.compile(r"(?i:\b(?P<when>earlier|later)\s+this\s+(?P<unit>week|month|year)\b)")),
    (
        "day_word",
        re.compile(
            r"(?i:\b(?P<word>yesterday|today|tomorrow|tonight|this\s+morning|this\s+afternoon|this\s+evening)\b)"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"(?:\b(?P<when>(?i:last|next|this|on|earlier\s+on|late\s+on|early\s+on))\s+)?(?P<wd>{_WEEKDAY})\b"
        ),
    ),
    (
        "month",
        re.compile(
            rf"(?i:\b(?P<pre>in|since|by|until|from|during|through|early|mid|late|last|next|this|of)[\s-]+(?:the\s+)?(?P<q>{_QUAL})?)(?P<mon>{_MONTH})\b(?!\s+\d)"
        ),
    ),
    ("month_q", re.compile(rf"(?i:\b(?P<q>(?:early|mid|late)[\s-]+))(?P<mon>{_MONTH})\b(?!\s+\d)")),
    (
        "year",
        re.compile(
            rf"(?i:\b(?P<pre>in|since|by|until|from|before|after|during|through|of|to|and|year|early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)[\s-]+(?P<q>{_QUAL})?)(?P<y>{_YEAR})\b(?![-–]\d)"
        ),
    ),
    ("year_bare", re.compile(rf"(?<![\w$€£.,-])(?P<y>{_YEAR})(?![\w%-]|,\d|\s+[a-z])")),
]

_FUTURE_RE = re.compile(
    r"(?i:\b(?:will|would|shall|plans?\s+to|planning\s+to|planned|scheduled|set\s+to|expected\s+to|"
    r"due\s+to|(?:is|are)\s+due|is\s+to|are\s+to|to\s+be\s+held|upcoming|intends?\s+to|"
    r"agreed\s+to\s+hold|going\s+to)\b)"
)
# "begins on Monday", "runs until 23 March": the present of a timetable, which looks ahead
_SCHEDULED_RE = re.compile(r"(?i:\b(?:begins|starts|opens|runs|ends|closes|lasts|continues)\b)")
_PAST_RE = re.compile(
    r"(?i:\b(?:was|were|had|did|held|met|came|took|said|told|began|went|made|saw|fired|launched|"
    r"visited|signed|announced|mobilized|mobilised|agreed|flew|spent|gave|led|sent|fell|ran|rose|left|"
    r"brought|built|chose|drew|found|got|grew|kept|knew|lost|paid|sought|stood|struck|thought|won|"
    r"wrote|fought|fled|broke|spoke|sank|shot)\b|(?<![\w-])[a-z]+ed\b(?!-))"
)  # "-ed" words in compounds ("computer-simulated") are adjectives, not verbs


@dataclass(frozen=True)
class FoundDate:
    """One date expression in a text, and what it resolves to."""

    start: int
    end: int
    text: str  # as written
    date: PartialDate | None  # None for an offset ("two months after") left to the caller
    qualifier: str | None
    note: str
    relative: bool  # worked out from the publication date, not written out
    since: bool = False  # "since 2017": the date of an earlier occurrence
    offset_months: int = 0  # for offsets: signed months (or days, below) from what it follows
    offset_days: int = 0
    anchored: bool = False  # "the same day": the date of the date before it, left to the caller


def tense_of(text: str) -> str | None:
    """'future', 'scheduled', 'past' or None: the verbs of a clause decide which year 'in
    November' is."""
    if _FUTURE_RE.search(text):
        return "future"
    if _SCHEDULED_RE.search(text):
        return "scheduled"
    if _PAST_RE.search(text):
        return "past"
    return None


_CLAUSE_RE = re.compile(r"[;—–]|,\s+(?=(?:which|who|when|while|but|although|after|before|as|whereas)\b)")


def clause_tense(text: str, start: int, end: int) -> str | None:
    """The tense of the clause holding text[start:end], else of the whole sentence:
    in "Kim, who visited Seoul in March, will travel in May" each month has its own."""
    cuts = [0, *(m.end() for m in _CLAUSE_RE.finditer(text)), len(text) + 1]
    for left, right in itertools.pairwise(cuts):
        if left <= start < right:
            before = tense_of(text[left:end])  # the verbs leading up to the date speak for it
            after = re.split(r"[,;:]", text[end:right])[0]  # else the verb right after ("on Monday met")
            return before or tense_of(after) or tense_of(text[left : max(end, right - 1)]) or tense_of(text)
    return tense_of(text)


def find_dates(text: str, published: dt.date, tense: str | None = None) -> list[FoundDate]:
    """Every date expression in text (a sentence), left to right, each resolved. Without a
    given tense, each expression takes the tense of its clause."""
    taken: list[tuple[int, int]] = []
    found: list[FoundDate] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            if kind in ("month", "month_q", "md", "dm", "my", "month_rel") and not _is_month(match):
                continue
            here = tense or clause_tense(text, start, end)
            resolved = _resolve(kind, match, published, here)
            if resolved is None:
                continue
            taken.append((start, end))
            found.append(resolved)
    found.sort(key=lambda f: f.start)
    return found


def resolve(expression: str, published: dt.date, tense: str | None = None) -> FoundDate | None:
    """One expression on its own ('late September 2022', 'on Tuesday'): the first date in it."""
    found = find_dates(expression, published, tense)
    return found[0] if found else None


def _is_month(match: re.Match[str]) -> bool:
    """'May' is a month only when it looks like one ('in May', 'May 2022', 'May 3')."""
    # The patterns only take "May" with a preposition, a qualifier, a day or a year beside it.
    return match.group("mon")[0].isupper()


def _quote(text: str) -> str:
    return " ".join(text.split())


def _month_number(name: str) -> int:
    return MONTHS[name.casefold().rstrip(".")]


def _qualifier(q: str | None) -> str | None:
    if not q:
        return None
    q = q.casefold().strip(" -")
    if q.startswith(("early", "the beginning", "the start", "the first half")):
        return "early"
    if q.startswith(("mid", "the middle")):
        return "mid"
    if q.startswith(("late", "the end", "the second half")):
        return "late"
    return None


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _human(day: dt.date) -> str:
    return f"{calendar.day_name[day.weekday()]} {day.day} {calendar.month_name[day.month]} {day.year}"


def _resolve(kind: str, m: re.Match[str], pub: dt.date, tense: str | None) -> FoundDate | None:
    text = _quote(m.group(0))
    said = f'The article says "{text}"'
    published = f"it was published on {_human(pub)}"

    def make(date: PartialDate, note: str = "", qualifier: str | None = None, **kw: object) -> FoundDate:
        return FoundDate(m.start(), m.end(), text, date, qualifier, note, **kw)  # type: ignore[arg-type]

    if kind == "iso":
        try:
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        return make(PartialDate(day.year, day.month, day.day), f"{said}.", relative=False)
    if kind in ("dmy", "mdy"):
        try:
            day = dt.date(int(m["y"]), _month_number(m["mon"]), _day(m["d"]))
        except ValueError:
            return None
        return make(PartialDate(day.year, day.month, day.day), f"{said}.", relative=False)
    if kind == "my":
        q = _qualifier(m["q"])
        since = text.casefold().startswith("since")
        return make(
            PartialDate(int(m["y"]), _month_number(m["mon"])), f"{said}.", q, relative=False, since=since
        )
    if kind in ("md", "dm"):
        month, day_n = _month_number(m["mon"]), _day(m["d"])
        nearest = _nearest_date(month, day_n, pub, tense)
        if nearest is None:
            return None
        day = nearest
        how = _direction_words(tense, day, pub)
        return make(
            PartialDate(day.year, day.month, day.day),
            f"{said} without a year; {published}, so {how}: {day.day} {calendar.month_name[day.month]}"
            f" {day.year}.",
            relative=True,
        )
    if kind in ("month", "month_q"):
        month = _month_number(m["mon"])
        pre = (m.groupdict().get("pre") or "").casefold()
        q = _qualifier(m["q"]) or _qualifier(pre)
        year = _month_year(month, pub, tense, pre)
        name = calendar.month_name[month]
        if (year, month) == (pub.year, pub.month):
            how = f"the same month, {name} {year}"
        elif (year, month) > (pub.year, pub.month):
            how = f"the next {name} after it, {name} {year}"
        else:
            how = f"the last {name} before it, {name} {year}"
        why = {"future": " (the sentence looks ahead)", "past": " (the sentence looks back)"}.get(
            tense or "", "" if pre in ("last", "next", "this", "since") else " (the nearer one)"
        )
        note = f"{said}; {published}, so {how}{why}."
        return make(PartialDate(year, month), note, q, relative=True, since=pre == "since")
    if kind in ("year", "year_bare"):
        pre = (m.groupdict().get("pre") or "").casefold()
        q = _qualifier(m.groupdict().get("q")) or _qualifier(pre)
        return make(PartialDate(int(m["y"])), f"{said}.", q, relative=False, since=pre == "since")
    if kind == "ago":
        n = NUMBERS.get(m["n"].casefold()) if not m["n"].isdigit() else int(m["n"])
        if not n:
            return None
        return _offset_from(pub, n, m["unit"], -1, make, f"{said}; {published}")
    if kind == "same_day":
        return FoundDate(m.start(), m.end(), text, None, None, said, True, anchored=True)
    if kind == "offset":
        n = NUMBERS.get(m["n"].casefold()) if not m["n"].isdigit() else int(m["n"])
        if not n:
            return None
        sign = 1 if m["dir"].casefold() in ("after", "later") else -1
        months, days = _unit_span(m["unit"], n)
        return FoundDate(m.start(), m.end(), text, None, None, said, True, False, sign * months, sign * days)
    if kind == "rel":
        found = _relative_period(
            m["when"].casefold(), m["unit"].casefold(), pub, make, f"{said}; {published}"
        )
        q = _qualifier(m["q"])
        return replace(found, qualifier=q) if q and found.qualifier is None else found
    if kind == "month_rel":
        step = {"last": -1, "next": 1}.get(m["when"].casefold(), 0)
        year, name = pub.year + step, calendar.month_name[_month_number(m["mon"])]
        return make(
            PartialDate(year, _month_number(m["mon"])),
            f"{said}; {published}, so {name} {year}.",
            _qualifier(m["q"]),
            relative=True,
            since=text.casefold().startswith("since"),
        )
    if kind == "rel_in":  # "earlier this month": the period itself, as precise as the schema allows
        unit = m["unit"].casefold()
        date = PartialDate(pub.year) if unit == "year" else PartialDate(pub.year, pub.month)
        return make(date, f"{said}; {published}, so {date.human()}.", relative=True)
    if kind == "day_word":
        word = m["word"].casefold()
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        day = pub + dt.timedelta(days=shift)
        return make(
            PartialDate(day.year, day.month, day.day),
            f"{said}; {published}, so {_human(day)}.",
            relative=True,
        )
    if kind == "weekday":
        when = (m["when"] or "").casefold()
        day = _weekday(WEEKDAYS[m["wd"].casefold()], pub, tense, when)
        if day == pub:
            how = "the same day"
        elif day < pub:
            how = f"the {m['wd']} before it, {_human(day)}"
        else:
            how = f"the {m['wd']} after it, {_human(day)}"
        return make(
            PartialDate(day.year, day.month, day.day), f"{said}; {published}, so {how}.", relative=True
        )
    return None


def _direction_words(tense: str | None, day: dt.date, pub: dt.date) -> str:
    if day == pub:
        return "the same day"
    return "the next such day" if day > pub else "the last such day"


def _nearest_date(month: int, day: int, pub: dt.date, tense: str | None) -> dt.date | None:
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if tense == "future":
        after = [c for c in candidates if c >= pub]
        return min(after) if after else None
    if tense == "past":
        before = [c for c in candidates if c <= pub]
        return max(before) if before else None
    return min(candidates, key=lambda c: (abs((c - pub).days), c > pub))


def _month_year(month: int, pub: dt.date, tense: str | None, pre: str) -> int:
    if pre == "this":
        return pub.year
    if pre == "next" or (pre != "last" and tense == "future"):
        return pub.year if month >= pub.month else pub.year + 1
    if pre in ("last", "since") or tense == "past":
        return pub.year if month <= pub.month else pub.year - 1
    back = pub.year if month <= pub.month else pub.year - 1
    ahead = pub.year if month >= pub.month else pub.year + 1
    distance_back = (pub.year - back) * 12 + pub.month - month
    distance_ahead = (ahead - pub.year) * 12 + month - pub.month
    return back if distance_back <= distance_ahead else ahead


def _weekday(weekday: int, pub: dt.date, tense: str | None, when: str) -> dt.date:
    back = pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)
    ahead = pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)
    if when == "last":
        return back if back < pub else back - dt.timedelta(days=7)
    if when == "next":
        return ahead if ahead > pub else ahead + dt.timedelta(days=7)
    if tense in ("future", "scheduled"):
        return ahead
    return back


def _unit_span(unit: str, n: int) -> tuple[int, int]:
    unit = unit.casefold().rstrip("s")
    return {
        "day": (0, n),
        "week": (0, 7 * n),
        "month": (n, 0),
        "year": (12 * n, 0),
        "decade": (120 * n, 0),
    }[unit]


def shift(date: PartialDate, months: int, days: int) -> PartialDate:
    """A date moved by whole months or days, keeping the precision the shift allows."""
    if days:
        base = dt.date(date.year, date.month or 1, date.day or 1) + dt.timedelta(days=days)
        return (
            PartialDate(base.year, base.month, base.day) if date.day else PartialDate(base.year, base.month)
        )
    if not date.month:
        return PartialDate(date.year + months // 12)
    total = date.year * 12 + (date.month - 1) + months
    year, month = divmod(total, 12)
    if months % 12 == 0 and months:  # "two years ago" is known to the year
        return PartialDate(year)
    return PartialDate(year, month + 1)


def _offset_from(pub: dt.date, n: int, unit: str, sign: int, make, note: str) -> FoundDate:
    months, days = _unit_span(unit, n)
    start = PartialDate(pub.year, pub.month, pub.day)
    date = shift(start, sign * months, sign * days)
    qualifier = "around" if unit.casefold().startswith(("week", "month", "year", "decade")) else None
    if date.day:
        qualifier = "around" if unit.casefold().startswith("week") else None
    return make(date, f"{note}, so {date.human()}.", qualifier, relative=True)


def _relative_period(when: str, unit: str, pub: dt.date, make, note: str) -> FoundDate:
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(when, 0)
    if unit == "year":
        date = PartialDate(pub.year + step)
        return make(date, f"{note}, so {date.year}.", relative=True)
    if unit == "month":
        date = shift(PartialDate(pub.year, pub.month), step, 0)
        return make(date, f"{note}, so {date.human()}.", relative=True)
    # A week is not a precision of the schema: the month it falls in, or its Monday "around".
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * step)
    sunday = monday + dt.timedelta(days=6)
    if monday.month == sunday.month:
        date = PartialDate(monday.year, monday.month)
        return make(
            date,
            f"{note}, so the week of Monday {monday.day} {calendar.month_name[monday.month]} {monday.year}.",
            relative=True,
        )
    date = PartialDate(monday.year, monday.month, monday.day)
    return make(date, f"{note}, so the week of {_human(monday)}.", "around", relative=True)
