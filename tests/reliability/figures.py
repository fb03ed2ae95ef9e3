"""Counters the reliability suites fill in; printed at the end of the test run."""

from __future__ import annotations

from collections import Counter

counts: Counter[str] = Counter()


def add(name: str, n: int = 1) -> None:
    counts[name] += n


def report() -> list[str]:
    if not counts:
        return []
    width = max(map(len, counts))
    return [f"{name:<{width}}  {counts[name]}" for name in sorted(counts)]
