"""Where usage records live (USAGE_DB): an SQLite file, the default, or a PostgreSQL URL shared by
every process. PostgreSQL's driver is imported only when a URL asks for it."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from ..paths import user_usage_db
from ..redact import hide_passwords
from . import dsn
from .dsn import DatabaseURL
from .records import UsageStore

Location = Path | DatabaseURL
POOL_SIZE = 2  # the recorder's writes and a moderator's report can run at once; no more is needed
EXTRA_HINT = "pip install 'alliance-bot[postgres]'"


def parse_location(raw: str | None) -> Location:
    """USAGE_DB: a postgresql:// (or postgres://) URL, else a file path. ValueError if bad."""
    raw = (raw or "").strip()
    if not raw:
        return user_usage_db()  # not a folder relative to wherever the bot was started
    if dsn.is_url(raw):
        url = dsn.parse(raw)
        if not postgres_installed():
            raise ValueError(f"{url} needs the PostgreSQL driver, which is not installed: {EXTRA_HINT}")
        return url
    if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*://", raw):
        raise ValueError(f"{hide_passwords(raw)} is neither a file path nor a postgresql:// URL")
    return Path(raw).expanduser()


def postgres_installed() -> bool:
    return all(importlib.util.find_spec(name) is not None for name in ("psycopg", "psycopg_pool"))


def describe(location: Location) -> str:
    """Where the records go, fit to print: the password of a URL is hidden."""
    if isinstance(location, DatabaseURL):
        return f"PostgreSQL {location}"
    return f"SQLite file {location}"


def open_store(location: Location, *, read_only: bool = False, pool_size: int = POOL_SIZE) -> UsageStore:
    """The store for a location; read-only for reports (nothing created, migrated or written)."""
    if isinstance(location, DatabaseURL):
        from .postgres import PostgresUsageStore

        return PostgresUsageStore(location, pool_size=pool_size, read_only=read_only)
    from .sqlite import SqliteUsageStore

    return SqliteUsageStore(location, read_only=read_only)
