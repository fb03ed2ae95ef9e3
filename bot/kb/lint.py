"""Warnings about knowledge files that load: what `check` prints besides errors.

A warning never stops a file from being served; it points at what is probably a mistake, with
the file and line to look at (both files, where two disagree).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from .errors import KBError, Path_, field_path
from .fuzzy import numbers
from .identity import KINDS, Identities
from .loader import LoadReport
from .merge import compatible
from .models import ArticleFile
from .text import STOPWORDS, name_key, words
from .yamlsource import ParsedYaml, parse_yaml


class Lines:
    """Line numbers in the files of a load, read again only for the files a warning is about."""

    def __init__(self, report: LoadReport) -> None:
        self.report = report
        self._parsed: dict[str, ParsedYaml] = {}

    def line(self, article_id: str, loc: Path_) -> int | None:
        path = self.report.paths.get(article_id)
        if path is None:
            return None
        if path not in self._parsed:
            try:
                self._parsed[path] = parse_yaml(Path(path).read_bytes(), path)
            except OSError:
                self._parsed[path] = ParsedYaml()
        return self._parsed[path].line_of(loc)

    def warning(self, article_id: str, loc: Path_, message: str) -> KBError:
        shown = self.report.sources.get(article_id, article_id)
        return KBError(shown, self.line(article_id, loc), field_path(loc), message, warning=True)


def lint(report: LoadReport) -> list[KBError]:
    """Every warning about the articles of a load, file by file, line by line."""
    lines = Lines(report)
    found = [lines.warning(a.id, loc, message) for a in report.articles for loc, message in uncited(a)]
    found += across(report.articles, lines)
    return sorted(set(found), key=lambda w: (w.file, w.line or 0, w.field, w.message))


# --- across files ------------------------------------------------------------------------

SECTION = {"entity": None, "event": "events", "term": "terms"}
SIMILAR = 85  # similarity of each word at which two names in two files look like one entry
COMMON_WORD = 50  # a word in more names than this finds no duplicates (too common to tell)


@dataclass(frozen=True)
class Named:
    """One entry of one article, where it sits in its file."""

    article: ArticleFile
    loc: Path_
    name: str
    item: Any


def entries_of(articles: list[ArticleFile], kind: str) -> list[Named]:
    out = []
    for article in articles:
        if kind == "entity":
            sections: list[tuple[str, list[Any]]] = [
                ("people", article.people),
                ("organizations", article.organizations),
            ]
        else:
            sections = [(SECTION[kind] or "", getattr(article, SECTION[kind] or ""))]
        for section, items in sections:
            for index, item in enumerate(items):
                out.append(Named(article, (section, index), getattr(item, "name", None) or item.term, item))
    return out


def across(articles: list[ArticleFile], lines: Lines) -> list[KBError]:
    """What two files say differently about what looks like one entry: probable duplicates
    spelled differently, dates that cannot both be right, roles that differ on the same day.
    Each is reported on both sides, each naming the other."""
    out: list[KBError] = []
    for kind in KINDS:
        identities = Identities()
        for article in articles:
            identities.count(article, kind, +1)
        identities.regroup(set(identities.names))
        entries = entries_of(articles, kind)
        out += _duplicates(entries, identities, kind, lines)
        groups: dict[str, list[Named]] = {}
        for entry in entries:
            groups.setdefault(identities.key(name_key(entry.name)), []).append(entry)
        for group in groups.values():
            if kind == "event":
                out += _pairs(group, "date", lines, _conflicting_dates)
            if kind == "entity":
                out += _pairs(group, "role", lines, _conflicting_roles)
    return out


def _duplicates(entries: list[Named], identities: Identities, kind: str, lines: Lines) -> list[KBError]:
    """Names in different files that read alike but are not linked: a probable duplicate."""
    by_name: dict[str, Named] = {}
    for entry in entries:
        by_name.setdefault(name_key(entry.name), entry)
    words: dict[str, list[str]] = {}
    for name in by_name:
        for word in set(_words(name)):
            words.setdefault(word, []).append(name)
    out: list[KBError] = []
    seen: set[tuple[str, str]] = set()
    for names in words.values():
        if len(names) > COMMON_WORD:
            continue
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                pair = (min(a, b), max(a, b))
                if pair in seen:
                    continue
                seen.add(pair)
                one, two = by_name[pair[0]], by_name[pair[1]]
                if one.article.id == two.article.id or identities.key(pair[0]) == identities.key(pair[1]):
                    continue
                if numbers(_words(pair[0])) != numbers(_words(pair[1])):
                    continue  # the 54th and the 55th meeting are two meetings
                if _alike(pair[0], pair[1]):
                    why = f'looks like the same {kind} as "{two.name}"'
                    hint = "give both the same name, or link them with same_as"
                    out += _both(
                        one, two, "name", lines, why, f'looks like the same {kind} as "{one.name}"', hint
                    )
    return out


def _words(name: str) -> list[str]:
    return [w for w in words(name) if w not in STOPWORDS]


def _alike(a: str, b: str) -> bool:
    """The same words, give or take their order, hyphens and a slip in each ("Kishida Fumio",
    "Fumio Kishida"; "Lee Jong-sup", "Lee Jong Sup"); not different words ("North Korean" and
    "South Korean" ministries, "South Korea" and "South Koreans")."""
    one, two = sorted(_parts(a)), sorted(_parts(b))
    if len(one) != len(two):
        return False
    return all(x == y or fuzz.ratio(x, y) >= SIMILAR for x, y in zip(one, two, strict=True))


def _parts(name: str) -> list[str]:
    return [p for w in _words(name) for p in w.split("-") if p]


def _pairs(group: list[Named], field: str, lines: Lines, conflict: Any) -> list[KBError]:
    out: list[KBError] = []
    for i, one in enumerate(group):
        for two in group[i + 1 :]:
            if one.article.id != two.article.id and (why := conflict(one, two)):
                out += _both(one, two, field, lines, why[0], why[1], why[2])
    return out


def _conflicting_dates(one: Named, two: Named) -> tuple[str, str, str] | None:
    a, b = one.item.date, two.item.date
    if a is None or b is None or compatible(a, b):
        return None
    hint = "check which is right"
    return (
        f"{a.iso()} here, {b.iso()} for the same event",
        f"{b.iso()} here, {a.iso()} for the same event",
        hint,
    )


def _conflicting_roles(one: Named, two: Named) -> tuple[str, str, str] | None:
    a, b = one.item.role, two.item.role
    if not a or not b or name_key(a) == name_key(b):
        return None
    if one.article.article.published != two.article.article.published:
        return None  # roles change over time; on one day they should agree
    hint = "articles of the same day should agree"
    return (f'role "{a}" here, "{b}" on the same day', f'role "{b}" here, "{a}" on the same day', hint)


def _both(
    one: Named, two: Named, field: str, lines: Lines, why_one: str, why_two: str, hint: str
) -> list[KBError]:
    """The warning on each side, each naming the other's file and line."""
    at_one = lines.warning(one.article.id, (*one.loc, field), "")
    at_two = lines.warning(two.article.id, (*two.loc, field), "")
    where_one = f"{at_one.file}:{at_one.line}" if at_one.line else at_one.file
    where_two = f"{at_two.file}:{at_two.line}" if at_two.line else at_two.file
    return [
        replace(at_one, message=f"{why_one} in {where_two} ({at_two.field}); {hint}"),
        replace(at_two, message=f"{why_two} in {where_one} ({at_one.field}); {hint}"),
    ]


def uncited(article: ArticleFile) -> Iterator[tuple[Path_, str]]:
    """Paragraphs no entry cites: most often the tail of a file cut short, or a paragraph added
    to the body whose facts were never written down."""
    cited: set[int] = set()
    for section in ("people", "organizations", "events", "quotes", "terms", "facts"):
        for item in getattr(article, section):
            cited.update(item.paragraphs)
            for action in getattr(item, "actions", ()):
                cited.update(action.paragraphs)
    missing = [n for n in range(1, len(article.paragraphs) + 1) if n not in cited]
    if len(missing) > 3:  # one line for a run of them: a cut file has many
        shown = ", ".join(map(str, missing[:8])) + (" …" if len(missing) > 8 else "")
        yield (
            ("paragraphs",),
            f"{len(missing)} paragraphs ({shown}) are cited by no entry; is the file cut short?",
        )
        return
    for n in missing:
        yield (
            ("paragraphs", n - 1),
            f"paragraph {n} is cited by no entry; add the facts, quotes or names it holds",
        )
