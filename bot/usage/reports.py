"""What moderators read: unanswered questions grouped by wording, and usage statistics."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from rapidfuzz import fuzz

from ..kb.answers import Answer, Field, Item, Kind
from ..kb.teach import Lesson
from ..kb.text import normalize
from .records import Row

SIMILAR = 82  # token-set similarity at which two questions count as the same wording
MAX_GROUPS = 200
MAX_LESSONS = 25  # the most asked groups get a lesson (each costs an /ask, ~15 ms)
TAUGHT_COMMANDS = {"ask"}  # `questions:` teach /ask; a missed /who is a missing name or alias

Teacher = Callable[[str], Lesson | None]


def since(days: int, now: datetime | None = None) -> datetime:
    return (now or datetime.now(UTC)) - timedelta(days=days)


@dataclass
class Group:
    text: str  # the wording shown: the most frequent one in the group
    commands: Counter[str]
    wordings: Counter[str]
    count: int
    last: datetime


def unanswered_groups(rows: list[Row]) -> list[Group]:
    """Lookups that matched nothing or only weakly, grouped by similar wording, most asked first."""
    groups: list[Group] = []
    keys: list[str] = []
    for row in rows:
        if (row.matched and not row.weak) or not row.asked.strip():
            continue
        key = normalize(row.asked)
        for n, existing in enumerate(keys):
            if fuzz.token_set_ratio(key, existing) >= SIMILAR:
                group = groups[n]
                break
        else:
            if len(groups) >= MAX_GROUPS * 5:
                continue
            group = Group(row.asked, Counter(), Counter(), 0, row.at)
            groups.append(group)
            keys.append(key)
        group.count += 1
        group.commands[row.command] += 1
        group.wordings[row.asked] += 1
        group.last = max(group.last, row.at)
    for group in groups:
        group.text = group.wordings.most_common(1)[0][0]
    groups.sort(key=lambda g: (g.count, g.last), reverse=True)
    return groups[:MAX_GROUPS]


def lessons(groups: list[Group], teach: Teacher | None) -> list[Lesson | None]:
    """For each of the most asked /ask groups, the closest entry and the YAML that teaches it."""
    return [
        teach(group.text) if teach is not None and _taught(n, group) else None
        for n, group in enumerate(groups)
    ]


def _taught(n: int, group: Group) -> bool:
    """Whether the n-th group (most asked first) gets a lesson: the first MAX_LESSONS of /ask."""
    return n < MAX_LESSONS and bool(TAUGHT_COMMANDS & set(group.commands))


def unanswered_answer(rows: list[Row], days: int, teach: Teacher | None = None) -> Answer:
    groups = unanswered_groups(rows)
    if not groups:
        return Answer(
            "kb unanswered",
            Kind.STATUS,
            "Unanswered questions",
            f"Nothing went unanswered in the last {days} day(s).",
        )
    taught = lessons(groups, teach)
    items = tuple(
        Item(
            f"{g.count}× “{g.text[:200]}”",
            f"{', '.join('/' + c for c in g.commands)} · last asked {g.last:%Y-%m-%d %H:%M} UTC"
            + (f" · {len(g.wordings)} wordings" if len(g.wordings) > 1 else "")
            + (_lesson_text(lesson) if lesson is not None else _no_lesson(g, n, teach)),
        )
        for n, (g, lesson) in enumerate(zip(groups, taught, strict=True))
    )
    total = sum(g.count for g in groups)
    how = (
        " Under each: the closest entry, and the YAML that makes it answer the question after the "
        "next reload (`/kb preview` shows the entry's answer first)."
        if teach is not None
        else ""
    )
    return Answer(
        "kb unanswered",
        Kind.STATUS,
        "Unanswered questions",
        f"{total} lookup(s) in the last {days} day(s) matched nothing or only weakly, "
        f"in {len(groups)} group(s) of similar wording, most asked first. "
        "Each is a candidate for the knowledge base." + how,
        items=items,
    )


def _lesson_text(lesson: Lesson) -> str:
    what = "A new fact, from" if lesson.new else "Closest entry:"
    return f"\n{what} {lesson.label}\nAdd to {lesson.where()}:\n```yaml\n{lesson.yaml}```"


def _no_lesson(group: Group, n: int, teach: Teacher | None) -> str:
    if teach is None or not _taught(n, group):
        return ""
    return (
        "\nNothing in the knowledge base comes close: if an article answers it, add a fact "
        "listing this question under `questions:`."
    )


@dataclass(frozen=True)
class Stats:
    days: int
    total: int
    per_day: list[tuple[date, int, int]]  # day, answered, not answered
    top_entries: list[tuple[str, int]]
    per_command: list[tuple[str, int]]
    match_rate: float
    p50_ms: float
    p99_ms: float


def stats(rows: list[Row], days: int, today: date | None = None) -> Stats:
    today = today or datetime.now(UTC).date()
    answered: Counter[date] = Counter()
    missed: Counter[date] = Counter()
    for row in rows:
        (answered if row.matched else missed)[row.at.date()] += 1
    per_day = [
        (d, answered[d], missed[d]) for d in (today - timedelta(days=n) for n in range(days - 1, -1, -1))
    ]
    latencies = sorted(r.latency_ms for r in rows)
    return Stats(
        days=days,
        total=len(rows),
        per_day=per_day,
        top_entries=Counter(r.entry for r in rows if r.matched and r.entry).most_common(10),
        per_command=Counter(r.command for r in rows).most_common(),
        match_rate=(sum(r.matched for r in rows) / len(rows)) if rows else 0.0,
        p50_ms=statistics.median(latencies) if latencies else 0.0,
        p99_ms=latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else 0.0,
    )


def stats_answer(s: Stats) -> Answer:
    if not s.total:
        return Answer(
            "kb stats", Kind.STATUS, "Usage statistics", f"No commands in the last {s.days} day(s)."
        )
    fields = (
        Field("Commands", str(s.total), True),
        Field("Matched", f"{s.match_rate:.0%}", True),
        Field("Latency", f"p50 {s.p50_ms:.1f} ms · p99 {s.p99_ms:.1f} ms", True),
        Field("By command", ", ".join(f"/{c} {n}" for c, n in s.per_command)),
        Field("Top entries", "\n".join(f"{n}× {e}" for e, n in s.top_entries) or "—"),
    )
    return Answer("kb stats", Kind.STATUS, "Usage statistics", f"The last {s.days} day(s).", fields)
