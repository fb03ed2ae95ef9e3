"""One object for equal small values that hundreds of thousands of entries hold.

Paragraph numbers ([1], (2, 3)), sets of entity ids, topics, empty lists: a knowledge base of ten
thousand articles holds each of them tens of thousands of times. Held as one object, each is
pickled once and read back once, which is most of what a warm start costs (see cache.py), and
held once in memory. Whoever shares a value promises never to change it: the models are frozen
and units are never changed once made.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any, TypeVar

V = TypeVar("V")
UP_TO = 100_000  # distinct values kept; past it, new values are simply not shared
_KEPT: dict[Hashable, Any] = {}


def shared(value: V, key: Hashable) -> V:
    """The object kept for values equal to this one, as `key` tells them apart (give a key that
    says the type too: a list and a tuple of the same numbers are not interchangeable)."""
    found = _KEPT.get(key)
    if found is None:
        if len(_KEPT) < UP_TO:
            _KEPT[key] = value
        return value
    return found


def kept(key: Hashable) -> Any:
    """The object kept under `key`, or None: for values that cost more to make than to look up."""
    return _KEPT.get(key)
