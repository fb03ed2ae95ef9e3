"""`alliance-bot report unanswered|stats`: the moderators' reports, offline."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Mapping, Sequence

from ..settings import Settings, SettingsError
from ..textview import render
from . import reports
from .dsn import DatabaseURL
from .records import UsageStoreError, describe_error
from .stores import Location, describe, open_store, parse_location

DEFAULT_DAYS = {"unanswered": 7, "stats": 14}
EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2
UNANSWERED_COLUMNS = [
    *("count", "question", "commands", "wordings", "last_asked"),
    *("closest", "file", "after_line", "yaml"),
]


def report(
    kind: str, days: int | None, fmt: str, db: str | None, teach: reports.Teacher | None = None
) -> int:
    """Print a report; a store that cannot be read is one line on stderr (exit 1), never a
    traceback. The store is opened read-only: a report changes nothing."""
    days = days or DEFAULT_DAYS[kind]
    if days < 1:
        print("error: --days must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        location = parse_location(db) if db else Settings.from_env().usage_db
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ValueError as exc:
        print(f"error: --db: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        rows = _read(location, days)
    except Exception as exc:  # any driver's error: one plain line, the password hidden
        print(f"error: {_problem(location, exc)}", file=sys.stderr)
        return EXIT_UNREADABLE
    print(unanswered(rows, days, fmt, teach) if kind == "unanswered" else stats(rows, days, fmt), end="")
    return EXIT_OK


def _read(location: Location, days: int) -> list[reports.Row]:
    store = open_store(location, read_only=True, pool_size=1)
    try:
        return store.rows(reports.since(days))
    finally:
        store.close()


def _problem(location: Location, exc: Exception) -> str:
    if isinstance(exc, UsageStoreError):
        return str(exc)
    text = f"cannot read the usage database ({describe(location)}): {describe_error(exc)}"
    return location.redact(text) if isinstance(location, DatabaseURL) else text


def unanswered(rows: list[reports.Row], days: int, fmt: str, teach: reports.Teacher | None = None) -> str:
    if fmt == "text":
        return render(reports.unanswered_answer(rows, days, teach))
    groups = reports.unanswered_groups(rows)
    table = [
        {
            "count": g.count,
            "question": g.text,
            "commands": " ".join(sorted(g.commands)),
            "wordings": len(g.wordings),
            "last_asked": g.last.isoformat(timespec="seconds"),
            "closest": lesson.label if lesson else "",
            "file": lesson.file or "" if lesson else "",
            "after_line": lesson.after_line if lesson and lesson.after_line is not None else "",
            "yaml": lesson.yaml if lesson else "",
        }
        for g, lesson in zip(groups, reports.lessons(groups, teach), strict=True)
    ]
    if fmt == "json":
        return json.dumps(table, ensure_ascii=False, indent=2) + "\n"
    return _csv(table, UNANSWERED_COLUMNS)


def stats(rows: list[reports.Row], days: int, fmt: str) -> str:
    s = reports.stats(rows, days)
    if fmt == "json":
        data = {
            "days": s.days,
            "total": s.total,
            "match_rate": s.match_rate,
            "p50_ms": s.p50_ms,
            "p99_ms": s.p99_ms,
            "per_day": [{"day": d.isoformat(), "answered": a, "not_answered": m} for d, a, m in s.per_day],
            "per_command": dict(s.per_command),
            "top_entries": dict(s.top_entries),
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        table = [{"day": d.isoformat(), "answered": a, "not_answered": m} for d, a, m in s.per_day]
        return _csv(table, ["day", "answered", "not_answered"])
    return render(reports.stats_answer(s))


def _csv(rows: Sequence[Mapping[str, object]], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()
