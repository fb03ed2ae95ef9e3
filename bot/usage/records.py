"""One command as the usage store keeps it, and the interface every store implements."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol


@dataclass(frozen=True)
class CommandRecord:
    command: str
    options: dict[str, str]
    matched: bool
    weak: bool  # answered, but only by a weak match: worth a moderator's look
    entry: str | None  # what answered (the answer's title), if anything
    latency_ms: float
    guild_id: int | None
    user_hash: str  # salted hash of the user id; never the id or name
    at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def asked(self) -> str:
        """The text the user typed, for grouping unanswered questions."""
        return " ".join(v for v in self.options.values() if v).strip()


def hash_user(salt: bytes, user_id: int) -> str:
    return hmac.new(salt, str(user_id).encode(), hashlib.sha256).hexdigest()[:20]


@dataclass(frozen=True)
class Row:
    """A stored record as reports read it."""

    at: datetime
    command: str
    asked: str
    matched: bool
    weak: bool
    entry: str | None
    latency_ms: float


class UsageStore(Protocol):
    """What the bot needs from a usage store. SQLite implements it; a shared PostgreSQL
    (several bot processes) would implement the same four methods."""

    def salt(self) -> bytes: ...

    def add(self, records: list[CommandRecord]) -> None: ...

    def rows(self, since: datetime) -> list[Row]: ...

    def prune(self, before: datetime) -> int: ...
