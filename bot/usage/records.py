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
    user_hash: str = ""  # salted hash of the user id, never the id or name (the recorder sets it)
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


class UsageStoreError(Exception):
    """A usage store cannot be opened, read or written. The message is one line, safe to print
    (never a password) and says what is wrong; `kind` tells one problem from another."""

    def __init__(self, message: str, kind: str = "") -> None:
        super().__init__(message)
        self.kind = kind or message


class SchemaMismatch(UsageStoreError):
    """The database's schema version is not the one this code reads and writes."""

    def __init__(self, where: str, found: int, expected: int) -> None:
        if found > expected:
            advice = "a newer alliance-bot wrote it: upgrade this one to use it"
        else:
            advice = "an older version: start the bot once to upgrade it"
        super().__init__(
            f"{where} has usage schema version {found}, "
            f"this alliance-bot reads version {expected} ({advice})",
            kind="schema",
        )


def describe_error(exc: BaseException) -> str:
    """One line for a log or a terminal: what failed and why."""
    if isinstance(exc, UsageStoreError):
        return str(exc)
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


class UsageStore(Protocol):
    """What the bot needs from a usage store: SQLite (one file, the default) and PostgreSQL
    (one database for several processes) implement the same four methods, and close()."""

    def salt(self) -> bytes: ...

    def add(self, records: list[CommandRecord]) -> None: ...

    def rows(self, since: datetime) -> list[Row]: ...

    def prune(self, before: datetime) -> int: ...

    def close(self) -> None: ...
