"""Grouping unanswered questions and computing statistics, on rows as the store returns them."""

from __future__ import annotations

import struct
import zlib
from datetime import UTC, datetime, timedelta

from bot.usage.chart import stats_png
from bot.usage.records import Row
from bot.usage.reports import stats, unanswered_answer, unanswered_groups

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


def row(
    asked: str,
    matched: bool = False,
    weak: bool = False,
    minutes: int = 0,
    command: str = "ask",
    entry: str | None = None,
    latency: float = 2.0,
) -> Row:
    return Row(NOW - timedelta(minutes=minutes), command, asked, matched, weak, entry, latency)


def test_similar_wordings_are_grouped_and_counted_most_asked_first():
    rows = [
        row("Who is Biden?", minutes=50),
        row("who is biden", minutes=40),
        row("Who is Joe Biden?", minutes=5),
        row("When did Austin visit Tokyo?", minutes=30),
        row("When did Austin visit Tokyo", minutes=20),
        row("What is NATO?", minutes=10),
        row("Lloyd Austin", matched=True, command="who", entry="Lloyd Austin"),  # answered: not listed
        row("Austn", matched=True, weak=True, command="who", entry="Lloyd Austin"),  # weak: listed
    ]
    groups = unanswered_groups(rows)
    assert [(g.count, g.text) for g in groups] == [
        (3, "Who is Biden?"),
        (2, "When did Austin visit Tokyo?"),
        (1, "Austn"),
        (1, "What is NATO?"),
    ]
    biden = groups[0]
    assert biden.count == 3 and len(biden.wordings) == 3 and biden.last == NOW - timedelta(minutes=5)
    assert sum(g.count for g in groups) == 7
    assert "Lloyd Austin" not in {g.text for g in groups}


def test_the_unanswered_report_says_when_nothing_went_unanswered():
    assert "Nothing went unanswered" in unanswered_answer([row("Austin", matched=True)], 7).text
    answer = unanswered_answer([row("Who is Biden?"), row("who is biden")], 7)
    assert answer.items[0].title == "2× “Who is Biden?”" and "/ask" in answer.items[0].text


def test_stats_count_per_day_match_rate_and_latency_percentiles():
    rows = [
        row("a", matched=True, entry="Lloyd Austin", latency=1.0, minutes=60 * 24 * 2),
        row("b", matched=True, entry="Lloyd Austin", latency=3.0),
        row("c", latency=100.0),
    ]
    s = stats(rows, days=7, today=NOW.date())
    assert s.total == 3 and round(s.match_rate, 2) == 0.67
    assert s.p50_ms == 3.0 and s.p99_ms == 100.0
    assert s.top_entries == [("Lloyd Austin", 2)]
    assert len(s.per_day) == 7 and s.per_day[-1] == (NOW.date(), 1, 1) and s.per_day[-3][1] == 1


def test_the_chart_is_a_valid_png():
    rows = [row("q", matched=n % 3 == 0, minutes=n * 300) for n in range(40)]
    png = stats_png(stats(rows, days=14, today=NOW.date()))
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    length, kind = struct.unpack(">I4s", png[8:16])
    assert kind == b"IHDR" and length == 13
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (800, 320)
    crc = struct.unpack(">I", png[29:33])[0]
    assert crc == zlib.crc32(png[12:29])
    assert png.endswith(b"IEND\xaeB`\x82")
