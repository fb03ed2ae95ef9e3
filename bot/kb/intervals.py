"""Questions about two things in time: "which came first, A or B", "how long after A did B",
"how many months between A and B". Reading the question and the date arithmetic live here;
ask.py dates each side as it would answer "when was A", and the dates decide, never the words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from .dates import PartialDate, Precision

_EARLIER = r"(?:first|earlier|1st|sooner)"
_HAPPENED = r"(?:came|come|happened|happend|happen|was|were|is|took\s+place|occurred)"
_UNITS = r"days|weeks|months|years|yrs|decades"
_HOW = r"^(?:(?:roughly|about|approximately|so|ok|and)\s+)*how\s+"  # "roughly how long ..."
# "which came first, the NCG's first meeting or the Camp David summit"
_ORDER_RE = re.compile(
    rf"^(?:which|what|wat|wich)(?:\s+one|\s+(?P<kind>[a-z][\w+-]*))?\s+{_HAPPENED}\s+{_EARLIER}"
    r"[\s,:;-]+(?P<a>.+?),?\s+or\s+(?P<b>.+)$",
    re.IGNORECASE,
)
# "the NCG meeting or Camp David, which came first"; "was A before or after B"
_ORDER_LAST_RE = re.compile(
    rf"^(?P<a>.+?),?\s+or\s+(?P<b>.+?)[\s,:;-]+(?:which|what)(?:\s+one)?\s+{_HAPPENED}\s+{_EARLIER}$",
    re.IGNORECASE,
)
_BEFORE_OR_AFTER_RE = re.compile(
    r"^(?:was|were|did|is)\s+(?P<a>.+?)\s+(?:come\s+|happen\s+|take\s+place\s+)?before\s+or\s+after\s+(?P<b>.+)$",
    re.IGNORECASE,
)
# "how many months between the Washington Declaration and the first NCG meeting"
_BETWEEN_RE = re.compile(
    rf"{_HOW}(?:long|much\s+time|many\s+(?P<unit>{_UNITS}))"
    r"(?:\s+(?:was|were|is|are|passed|went\s+by|elapsed)(?:\s+(?:it|there))?)?"
    r"\s+(?:between|from)\s+(?P<a>.+?)\s+(?:and|to|until|till|before)\s+(?P<b>.+)$",
    re.IGNORECASE,
)
# "how long after the 54th SCM did Austin and Lee meet again": B placed after (before) A
_AFTER_RE = re.compile(
    rf"{_HOW}(?:long|soon|much\s+later|many\s+(?P<unit>{_UNITS}))"
    r"\s+(?P<relation>after|before)\s+(?P<a>.+?)\s+(?P<aux>did|was|were|had|do|does|is|are)\s+(?P<b>.+)$",
    re.IGNORECASE,
)

# "how long had it been since the 54th SCM when Austin and Lee met in Seoul": B after A
_SINCE_WHEN_RE = re.compile(
    rf"{_HOW}(?:long|much\s+time|many\s+(?P<unit>{_UNITS}))"
    r"\s+(?:had|has|was|is)\s+(?:it\s+)?(?:been\s+)?since\s+(?P<a>.+?),?\s+(?:when|by\s+the\s+time)\s+(?P<b>.+)$",
    re.IGNORECASE,
)


# "put these in order: A, B, C", "order these pls - A, B and C", "A, B, C: which came first"
_PUT_IN_ORDER_RE = re.compile(
    r"^(?:(?:pls|please|plz|can\s+(?:you|u)|could\s+(?:you|u))\s+)*(?:put|order|sort|arrange|rank|list)\s+"
    r"(?:(?:these|them|the\s+following|this|those)(?:\s+(?:three|four|five|events|things))?\s*)?"
    r"(?:(?:in|into)\s+(?:chronological\s+|time\s+|date\s+)?order|chronologically|by\s+date)?"
    # "put these in order w/ months: ...": with the dates, as the answer gives them anyway
    r"(?:\s*(?:with|w/|w)\s+(?:the\s+|their\s+)?(?:months?|dates?|days?|years?))?"
    r"(?:\s+(?:pls|please|plz))?\s*[:,;-]+\s*(?P<items>.+)$",
    re.IGNORECASE,
)
_ITEM_SEP_RE = re.compile(r"\s*[,;/]\s*(?:and\s+|or\s+|then\s+)?|\s+(?:and|or|then)\s+", re.IGNORECASE)
MAX_ITEMS = 6  # things put in order at most: each is dated as "when was X" would be


def in_order(text: str) -> list[str] | None:
    """The things a question asks to put in order of time, three or more ("put these in order:
    the first NCG meeting, Camp David, the Washington Declaration"; "which came first: A, B or
    C"); two are `two_sides`'."""
    flat = " ".join(text.split()).strip(" ?!.")
    found = _PUT_IN_ORDER_RE.match(flat)
    listed = found["items"] if found else None
    if listed is None:
        for pattern in (_ORDER_RE, _ORDER_LAST_RE):
            if (two := pattern.match(flat)) is not None and "," in two["a"]:
                listed = f"{two['a']}, {two['b']}"
    if listed is None:
        return None
    items = [_side(i) for i in _ITEM_SEP_RE.split(listed) if i.strip(" ,;:")]
    return items if 3 <= len(items) <= MAX_ITEMS else None


class Compares(StrEnum):
    ORDER = "order"  # which came first
    INTERVAL = "interval"  # how long between


@dataclass(frozen=True)
class TwoSides:
    asks: Compares
    first: str  # as typed: shown back, made inert by the caller
    second: str
    unit: str | None = None  # "months" in "how many months between"
    relation: str | None = None  # "after" in "how long after A did B": B is dated from A

    def when_questions(self) -> tuple[str, str]:
        """The two "when" questions whose answers date the sides."""
        if self.relation:  # "when did Austin and Lee meet again after the 54th SCM"
            return f"when was {self.first}", f"when did {self.second} {self.relation} {self.first}"
        return f"when was {self.first}", f"when was {self.second}"


_ORDINAL_ONLY_RE = re.compile(r"^(?:the\s+)?\d+(?:st|nd|rd|th)?$", re.IGNORECASE)


def _of_kind(side: str, kind: str | None) -> str:
    """ "which SCM came first, 55th or 54th": a side that is only a number is one of the kind
    asked ("the 55th SCM")."""
    return f"{side} {kind}" if kind else side


def two_sides(text: str) -> TwoSides | None:
    flat = " ".join(text.split()).strip(" ?!.")
    for pattern in (_ORDER_RE, _ORDER_LAST_RE, _BEFORE_OR_AFTER_RE):
        if found := pattern.match(flat):
            a, b, kind = _side(found["a"]), _side(found["b"]), found.groupdict().get("kind")
            if kind and not (_ORDINAL_ONLY_RE.match(a) and _ORDINAL_ONLY_RE.match(b)):
                continue  # "which SCM came first, the one Lee went to or ...": one SCM asked for
            return TwoSides(Compares.ORDER, _of_kind(a, kind), _of_kind(b, kind))
    if found := _BETWEEN_RE.match(flat):
        a, b = _elided(_side(found["a"]), _side(found["b"]))
        return TwoSides(Compares.INTERVAL, a, b, _unit(found["unit"]))
    if found := _SINCE_WHEN_RE.match(flat):
        return TwoSides(
            Compares.INTERVAL, _side(found["a"]), _side(found["b"]), _unit(found["unit"]), "after"
        )
    if found := _AFTER_RE.match(flat):
        relation = found["relation"].lower()
        return TwoSides(
            Compares.INTERVAL, _side(found["a"]), _side(found["b"]), _unit(found["unit"]), relation
        )
    return None


def readings(text: str) -> list[TwoSides]:
    """The ways a question may part into two sides: `two_sides`, then for "between A and B" each
    later "and" ("between Austin and Lee announcing it and it happening"): the caller keeps the
    first whose sides are things in time."""
    sides = two_sides(text)
    found = _BETWEEN_RE.match(" ".join(text.split()).strip(" ?!."))
    if sides is None or found is None or "and" not in found.string[found.end("a") : found.start("b")]:
        return [sides] if sides else []
    both = found.string[found.start("a") :]
    return [sides] + [
        replace(sides, first=a, second=b)
        for cut in list(re.finditer(r"\s+and\s+", both, re.IGNORECASE))[1:]
        for a, b in [_elided(_side(both[: cut.start()]), _side(both[cut.end() :]))]
        if a and b
    ]


def _side(text: str) -> str:
    return re.sub(r"^(?:the|a)\s+", "", text.strip(" ,;:"), flags=re.IGNORECASE)


def _elided(a: str, b: str) -> tuple[str, str]:
    """ "The Robert E. Lee visit and the Kentucky one": the one is the other side's noun, a visit."""
    one = re.compile(r"\bones?$", re.IGNORECASE)
    if one.search(b) and not one.search(a) and len(a.split()) > 1:
        return a, one.sub(a.split()[-1], b)
    if one.search(a) and not one.search(b) and len(b.split()) > 1:
        return one.sub(b.split()[-1], a), b
    return a, b


def _unit(unit: str | None) -> str | None:
    return {"yrs": "years"}.get(unit.lower(), unit.lower()) if unit else None


def span(one: PartialDate, two: PartialDate, unit: str | None = None) -> str:
    """The time between two dates as people say it: "19 days", "about 3 months (83 days)",
    "about 42 years"; to the month when either is known only to the month."""
    early, late = sorted((one, two))
    if early.precision == Precision.YEAR or late.precision == Precision.YEAR:
        return _count(late.year - early.year, "year")
    months = (late.year - early.year) * 12 + late.month - early.month
    if early.precision == Precision.MONTH or late.precision == Precision.MONTH:
        if months == 0:
            return "less than a month"
        return _count(months, "month") if months < 24 else _about(months / 12, "year")
    start, end = early.calendar_day(), late.calendar_day()
    assert start is not None and end is not None
    days = (end - start).days
    if days == 0:
        return "the same day"
    # the unit asked for, unless the time is under half of one ("how many years between" two
    # days of the same week is some days, not "about 1 year")
    if (unit == "weeks" and days >= 4) or (unit is None and 14 <= days < 60):
        return f"{_about(days / 7, 'week')} ({_count(days, 'day')})"
    if (unit == "months" and days >= 15) or (unit is None and 60 <= days < 730):
        return f"{_about(days / 30.44, 'month')} ({_count(days, 'day')})"
    if (unit in ("years", "decades") and days >= 183) or (unit is None and days >= 730):
        return _about(days / 365.25, "year")
    return _count(days, "day")


def _count(n: int, what: str) -> str:
    return f"{n} {what}" + ("" if n == 1 else "s")


def _about(n: float, what: str) -> str:
    rounded = max(1, round(n))
    return ("" if abs(n - rounded) < 0.05 else "about ") + _count(rounded, what)
