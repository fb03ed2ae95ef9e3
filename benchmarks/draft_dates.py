"""Dates: the drafter's own resolver against dateparser, on the same expressions.

The table (benchmarks/data/date_expressions.yaml) holds sentences in the style of wire reports,
each with the expressions a careful reader finds in it and the date each stands for.

Two measures, each for both resolvers:
- phrase: the expression alone (as the drafter hands it over), with the publication date and the
  sentence's tense (looking back or ahead: the same hint for both). Right when the date and its
  precision equal the table's; "with qualifier" also needs early/mid/late to match.
- sentence: the whole sentence, each resolver finding the expressions itself
  (dateparser.search.search_dates). Recall: expressions found with the right date; precision:
  dates returned that are right.

dateparser is given its best settings: RELATIVE_BASE = the publication date, PREFER_DATES_FROM
past or future by the sentence's tense, and RETURN_TIME_AS_PERIOD so its precision (day, week,
month, year) can be compared; a week is counted as its month, as the drafter writes it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bot.draft.dates import find_dates, resolve, tense_of
from bot.kb.dates import PartialDate

TABLE = Path(__file__).resolve().parent / "data" / "date_expressions.yaml"
_LEADING = re.compile(r"^(?:on|in|since|by|from|until|through|during)\s+", re.I)


@dataclass
class Score:
    right: int = 0
    right_with_qualifier: int = 0
    total: int = 0
    returned: int = 0  # sentence mode: dates returned
    seconds: float = 0.0

    def pct(self, n: int, of: int | None = None) -> str:
        of = self.total if of is None else of
        return f"{100 * n / of:.0f}%" if of else "n/a"


def rows() -> list[dict[str, Any]]:
    data = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
    for row in data:
        row["published"] = dt.date.fromisoformat(str(row["published"]))
        for d in row["dates"]:
            d["date"] = PartialDate.parse(str(d["date"]))
    return data


def own_phrase(phrase: str, published: dt.date, tense: str | None) -> tuple[PartialDate | None, str | None]:
    found = resolve(phrase, published, tense)
    return (found.date, found.qualifier) if found else (None, None)


def own_sentence(text: str, published: dt.date) -> list[tuple[PartialDate, str | None]]:
    return [(f.date, f.qualifier) for f in find_dates(text, published) if f.date is not None]


def _dateparser_settings(published: dt.date, tense: str | None) -> dict[str, Any]:
    return {
        "RELATIVE_BASE": dt.datetime(published.year, published.month, published.day, 12),
        "PREFER_DATES_FROM": {"future": "future", "past": "past"}.get(tense or "", "current_period"),
        "RETURN_TIME_AS_PERIOD": True,
    }


def _partial(when: dt.datetime, period: str | None) -> PartialDate:
    if period == "year":
        return PartialDate(when.year)
    if period in ("month", "week"):
        return PartialDate(when.year, when.month)
    return PartialDate(when.year, when.month, when.day)


def dateparser_phrase(
    phrase: str, published: dt.date, tense: str | None
) -> tuple[PartialDate | None, str | None]:
    from dateparser.date import DateDataParser

    parser = DateDataParser(languages=["en"], settings=_dateparser_settings(published, tense))
    for candidate in (phrase, _LEADING.sub("", phrase)):
        data = parser.get_date_data(candidate)
        if data and data.date_obj:
            return _partial(data.date_obj, data.period), None
    return None, None


def dateparser_sentence(text: str, published: dt.date) -> list[tuple[PartialDate, str | None]]:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["en"], settings=_dateparser_settings(published, tense_of(text)))
    out = []
    for phrase, when in found or []:
        # search_dates gives no period: take the precision the phrase itself has
        date, _ = dateparser_phrase(phrase, published, tense_of(text))
        out.append((date or PartialDate(when.year, when.month, when.day), None))
    return out


def evaluate() -> dict[str, dict[str, Score]]:
    """{'own'|'dateparser': {'phrase': Score, 'sentence': Score}}."""
    import time

    table = rows()
    results: dict[str, dict[str, Score]] = {}
    resolvers = {"own": (own_phrase, own_sentence)}
    try:
        import dateparser  # noqa: F401

        resolvers["dateparser"] = (dateparser_phrase, dateparser_sentence)
    except ImportError:
        pass
    for name, (phrase_fn, sentence_fn) in resolvers.items():
        phrase, sentence = Score(), Score()
        started = time.perf_counter()
        for row in table:
            tense = tense_of(row["text"])
            for want in row["dates"]:
                date, qualifier = phrase_fn(want["phrase"], row["published"], tense)
                phrase.total += 1
                if date == want["date"]:
                    phrase.right += 1
                    phrase.right_with_qualifier += qualifier == want.get("qualifier")
        phrase.seconds = time.perf_counter() - started
        started = time.perf_counter()
        for row in table:
            got = sentence_fn(row["text"], row["published"])
            wanted = [(w["date"], w.get("qualifier")) for w in row["dates"]]
            sentence.total += len(wanted)
            sentence.returned += len(got)
            dates_got = [g[0] for g in got]
            sentence.right += sum(1 for w in wanted if w[0] in dates_got)
            sentence.right_with_qualifier += sum(1 for w in wanted if w in got)
        sentence.seconds = time.perf_counter() - started
        results[name] = {"phrase": phrase, "sentence": sentence}
    return results


def table_lines(results: dict[str, dict[str, Score]]) -> list[str]:
    lines = [
        "| resolver | phrase: date right | phrase: with qualifier | sentence: recall "
        "| sentence: precision | time |",
        "|---|---|---|---|---|---|",
    ]
    for name, r in results.items():
        p, s = r["phrase"], r["sentence"]
        precision = s.pct(s.right, s.returned) if s.returned else "n/a"
        lines.append(
            f"| {name} | {p.right}/{p.total} ({p.pct(p.right)}) | {p.pct(p.right_with_qualifier)} "
            f"| {s.right}/{s.total} ({s.pct(s.right)}) | {precision} "
            f"| {1000 * (p.seconds + s.seconds):.0f} ms |"
        )
    return lines


if __name__ == "__main__":
    print("\n".join(table_lines(evaluate())))
