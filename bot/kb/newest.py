"""Tuples kept newest first, changed without sorting them again.

A name that ten thousand articles use owns ten thousand entries; a reload that edits one of
them must not sort the other 9,999 again. Ranks are unique and larger means newer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
Rank = Callable[[T], Any]

SORT_FROM = 8  # adding more than 1/8 of what is there: one sort is cheaper than many inserts


def merged(old: tuple[T, ...], added: Sequence[T], rank: Rank[T]) -> tuple[T, ...]:
    """old (newest first) with added put in their places."""
    if len(added) * SORT_FROM > len(old):
        return tuple(sorted((*old, *added), key=rank, reverse=True))
    items = list(old)
    for item in added:
        items.insert(_position(items, rank(item), rank), item)
    return tuple(items)


def without(old: tuple[T, ...], item: T, rank: Rank[T]) -> tuple[T, ...]:
    """old (newest first) without item, found by its rank."""
    at = _position(old, rank(item), rank)
    if at < len(old) and old[at] == item:
        return old[:at] + old[at + 1 :]
    return tuple(x for x in old if x != item)  # not where its rank says: look everywhere


def _position(items: Sequence[T], wanted: Any, rank: Rank[T]) -> int:
    """Where an item of rank `wanted` goes among items sorted newest first."""
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if rank(items[mid]) > wanted:
            lo = mid + 1
        else:
            hi = mid
    return lo
