"""Numbers typed as words ("fifty fifth", "twenty twenty two", "ten thousand") read as the
figures news articles print ("55th", "2022", "10 000"): news style spells out only one to nine,
so a question saying "fifty-fifth SCM" means the article's "55th SCM". A count in one word
("fifty", "twelve") is left as typed: a guess ("fifty something") as often as a number."""

from __future__ import annotations

import re
from collections.abc import Callable

from .text import words

_UNITS = {w: n for n, w in enumerate("one two three four five six seven eight nine".split(), 1)}
_TEENS = {
    w: n
    for n, w in enumerate(
        "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 10
    )
}
_TENS = {w: n * 10 for n, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_UNIT_ORDINALS = {
    w: n for n, w in enumerate("first second third fourth fifth sixth seventh eighth ninth".split(), 1)
}
_TEEN_ORDINALS = {
    w: n
    for n, w in enumerate(
        "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
        "nineteenth".split(),
        10,
    )
}
_TENS_ORDINALS = {
    w: n * 10
    for n, w in enumerate(
        "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split(), 2
    )
}
_CENTURIES = {"nineteen": 1900, "twenty": 2000}  # "twenty twenty two": 2022; "nineteen eighty one"
_NUMBER_WORDS = frozenset(
    [*_UNITS, *_TEENS, *_TENS, *_UNIT_ORDINALS, *_TEEN_ORDINALS, *_TENS_ORDINALS, "oh", "thousand", "and"]
)


def suffixed(n: int) -> str:
    """An ordinal in figures: 1st, 2nd, 23rd, 11th."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _below_hundred(typed: list[str], at: int) -> tuple[int, bool, int] | None:
    """A number under a hundred starting at `at`: (value, ordinal, words used)."""
    word = typed[at] if at < len(typed) else ""
    if word in _TENS:
        after = typed[at + 1] if at + 1 < len(typed) else ""
        if after in _UNITS:
            return _TENS[word] + _UNITS[after], False, 2
        if after in _UNIT_ORDINALS:
            return _TENS[word] + _UNIT_ORDINALS[after], True, 2
        return _TENS[word], False, 1
    for table, ordinal in (
        (_UNITS, False),
        (_TEENS, False),
        (_UNIT_ORDINALS, True),
        (_TEEN_ORDINALS, True),
        (_TENS_ORDINALS, True),
    ):
        if word in table:
            return table[word], ordinal, 1
    return None


def _year(typed: list[str], at: int) -> tuple[str, int] | None:
    """ "twenty twenty two", "nineteen eighty one", "two thousand and twenty three": a year."""
    word = typed[at]
    if word in _CENTURIES and at + 1 < len(typed):
        rest = _below_hundred(typed, at + 1)
        if rest is not None and not rest[1] and rest[0] >= 10:
            return str(_CENTURIES[word] + rest[0]), 1 + rest[2]
        if typed[at + 1] == "oh" and at + 2 < len(typed) and typed[at + 2] in _UNITS:
            return str(_CENTURIES[word] + _UNITS[typed[at + 2]]), 3
    if word == "two" and typed[at + 1 : at + 2] == ["thousand"]:
        start = at + 2 + (typed[at + 2 : at + 3] == ["and"])
        rest = _below_hundred(typed, start)
        if rest is not None and not rest[1]:
            return str(2000 + rest[0]), start - at + rest[2]
    return None


def figures(typed: list[str], known: Callable[[str], bool]) -> list[str]:
    """The words, with numbers spelt out in more than one word, years, thousands and ordinals
    above ninth as figures; a word `known` (one the articles themselves use) is left as it is."""
    split: list[str] = []
    for word in typed:  # "fifty-fifth", "twenty-two": each part
        parts = word.split("-")
        split += parts if len(parts) > 1 and all(p in _NUMBER_WORDS for p in parts) else [word]
    if not any(w in _NUMBER_WORDS for w in split):
        return typed
    out: list[str] = []
    at = 0
    while at < len(split):
        year = _year(split, at)
        if year is not None:
            out.append(year[0])
            at += year[1]
            continue
        number = _below_hundred(split, at)
        if (
            number is not None
            and not number[1]
            and split[at + number[2] : at + number[2] + 1] == ["thousand"]
        ):
            out += [str(number[0]), "000"]  # "ten thousand": 10,000, as the articles' words read
            at += number[2] + 1
        elif number is None or (number[2] == 1 and (not number[1] or number[0] < 10 or known(split[at]))):
            # one word alone, a count ("fifty something") or "ninth", stays as typed; "twentieth" not
            out.append(split[at])
            at += 1
        else:
            out.append(suffixed(number[0]) if number[1] else str(number[0]))
            at += number[2]
    return out


_STARTS = sorted(_NUMBER_WORDS - {"and", "oh", "thousand"}, key=len, reverse=True)
_RUN_RE = re.compile(
    rf"\b(?:{'|'.join(_STARTS)})(?:[\s-]+(?:{'|'.join(sorted(_NUMBER_WORDS, key=len, reverse=True))}))*\b",
    re.IGNORECASE,
)


def in_figures(text: str, known: Callable[[str], bool]) -> str:
    """A question with its numbers in words written as figures ("who was minister at the fifty
    fifth scm": "... at the 55th scm"); the rest as typed."""

    def written(match: re.Match[str]) -> str:
        said = words(match.group(0))
        read = figures(said, known)
        return match.group(0) if read == said else " ".join(read)

    return _RUN_RE.sub(written, text)
