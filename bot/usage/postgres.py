"""The usage store on PostgreSQL: one database for every bot process, on every machine.

The same four methods as the SQLite store, over a small psycopg connection pool. The schema is
migrated on first start, under an advisory lock so two processes starting together take turns.
Every error leaves as a UsageStoreError whose message never holds the password.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, LiteralString

from .dsn import DatabaseURL
from .records import CommandRecord, Row, SchemaMismatch, UsageStoreError, describe_error

try:
    import psycopg
    from psycopg_pool import ConnectionPool, PoolTimeout
except ImportError as exc:  # the `postgres` extra is not installed
    raise UsageStoreError(
        f"USAGE_DB is a PostgreSQL URL but its driver is missing ({exc.name}): "
        "pip install 'alliance-bot[postgres]'",
        kind="driver",
    ) from None

# The pool logs every failed connection attempt; the recorder reports an outage once, with its
# reason, and its end once. Only the pool's errors are let through.
logging.getLogger("psycopg.pool").setLevel(logging.ERROR)

# Each entry upgrades the schema by one version; usage_schema holds the version a database is at.
MIGRATIONS: list[LiteralString] = [
    """
    CREATE TABLE usage_meta (key text PRIMARY KEY, value bytea NOT NULL);
    CREATE TABLE usage_commands (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        command text NOT NULL,
        options jsonb NOT NULL,        -- option name -> value
        asked text NOT NULL,           -- the options' text, for grouping
        matched boolean NOT NULL,
        weak boolean NOT NULL,
        entry text,
        latency_ms double precision NOT NULL,
        guild_id bigint,
        user_hash text NOT NULL
    );
    CREATE INDEX usage_commands_at ON usage_commands (at);
    """,
]
MIGRATION_LOCK = 0x616C6C6961  # pg_advisory_xact_lock key: "allia"; held only while migrating
TIMEOUT = 5.0  # seconds to wait for a connection: the recorder retries later rather than wait long
RECONNECT_SECONDS = 30.0  # the pool's background retries give up after this; a request restarts them
COLUMNS = "at, command, options, asked, matched, weak, entry, latency_ms, guild_id, user_hash"


class PostgresUsageStore:
    def __init__(
        self,
        url: DatabaseURL,
        pool_size: int = 2,
        *,
        read_only: bool = False,
        timeout: float | None = None,
    ) -> None:
        """Connect, migrate the schema (or, read-only, check its version), then open the pool.
        Raises UsageStoreError at once if the server cannot be reached or refuses us; nothing
        is left open then."""
        self.url = url
        self.where = f"the PostgreSQL database {url}"
        self._timeout = timeout or TIMEOUT
        self._last_connect_error: BaseException | None = None
        self._kwargs: dict[str, Any] = {
            "connect_timeout": max(1, round(self._timeout)),
            "application_name": "alliance-bot",
            "options": "-c default_transaction_read_only=on" if read_only else "",
        }
        with self._errors("connect to"), psycopg.connect(url.secret, **self._kwargs) as first:
            # One direct connection first: it fails fast, with the real reason, where a pool
            # would retry until its timeout and then only say that it timed out.
            self._check_schema(first) if read_only else self._migrate(first)
        self._pool = ConnectionPool(
            url.secret,
            min_size=1,
            max_size=max(1, pool_size),
            kwargs=self._kwargs,
            connection_class=self._connection_class(),
            check=ConnectionPool.check_connection,  # a connection cut by a restart is replaced, not used
            timeout=self._timeout,
            reconnect_timeout=RECONNECT_SECONDS,
            name="alliance-bot usage",
            open=False,
        )
        try:
            with self._errors("connect to"):
                self._pool.open(wait=True, timeout=self._timeout)
        except BaseException:
            self._pool.close()
            raise

    def _connection_class(self) -> type[psycopg.Connection[Any]]:
        """Connections that remember why the last attempt failed: the pool itself only says it
        timed out, and the reason (refused, wrong password, no such database) is what to log."""
        store = self

        class Remembering(psycopg.Connection[Any]):
            @classmethod
            def connect(cls, *args: Any, **kwargs: Any) -> Any:
                try:
                    connection = super().connect(*args, **kwargs)
                except Exception as exc:
                    store._last_connect_error = exc
                    raise
                store._last_connect_error = None
                return connection

        return Remembering

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        """Turn the driver's errors into one plain line, with the password hidden."""
        try:
            yield
        except UsageStoreError:
            raise
        except (psycopg.Error, OSError) as exc:
            cause = self._last_connect_error if isinstance(exc, PoolTimeout) else None
            reason = describe_error(cause or exc)
            kind = type(cause or exc).__name__ + ":" + reason.split(":", 1)[-1][:160]
            raise UsageStoreError(
                self.url.redact(f"cannot {doing} {self.where}: {reason}"), kind=self.url.redact(kind)
            ) from None

    @contextmanager
    def _connection(self, doing: str) -> Iterator[psycopg.Connection[Any]]:
        with self._errors(doing), self._pool.connection() as connection:
            yield connection  # committed on leaving, rolled back on an error

    # --- schema -----------------------------------------------------------------------

    def _migrate(self, db: psycopg.Connection[Any]) -> None:
        with self._errors("migrate"), db.transaction():
            db.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))  # one process at a time
            db.execute("CREATE TABLE IF NOT EXISTS usage_schema (version integer NOT NULL)")
            row = db.execute("SELECT version FROM usage_schema").fetchone()
            version = row[0] if row else 0
            if row is None:
                db.execute("INSERT INTO usage_schema VALUES (0)")
            if version > len(MIGRATIONS):
                raise SchemaMismatch(self.where, version, len(MIGRATIONS))
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                db.execute(script)
                db.execute("UPDATE usage_schema SET version = %s", (number,))

    def _check_schema(self, db: psycopg.Connection[Any]) -> None:
        with self._errors("read"):
            if db.execute("SELECT to_regclass('usage_schema')").fetchone() == (None,):
                raise UsageStoreError(
                    f"{self.where} holds no usage records yet (the bot creates its tables when it first runs)"
                )
            version = db.execute("SELECT version FROM usage_schema").fetchone()
            if version is None or version[0] != len(MIGRATIONS):
                raise SchemaMismatch(self.where, version[0] if version else 0, len(MIGRATIONS))

    def schema_version(self) -> int:
        with self._connection("read") as db:
            row = db.execute("SELECT version FROM usage_schema").fetchone()
            return int(row[0]) if row else 0

    # --- the four methods -------------------------------------------------------------

    def salt(self) -> bytes:
        """Made once per database (the first process to ask wins), so every process hashes a
        user the same way."""
        with self._connection("read the salt from") as db:
            db.execute(
                "INSERT INTO usage_meta VALUES ('salt', %s) ON CONFLICT (key) DO NOTHING", (os.urandom(32),)
            )
            row = db.execute("SELECT value FROM usage_meta WHERE key = 'salt'").fetchone()
            return bytes(row[0]) if row else b""

    def add(self, records: list[CommandRecord]) -> None:
        """One transaction per batch, streamed with COPY: all of it is written or none."""
        with (
            self._connection("write to") as db,
            db.cursor().copy(f"COPY usage_commands ({COLUMNS}) FROM STDIN") as copy,
        ):
            for r in records:
                copy.write_row(
                    (
                        r.at,
                        r.command,
                        json.dumps(r.options, ensure_ascii=False),
                        r.asked[:500],
                        r.matched,
                        r.weak,
                        r.entry,
                        r.latency_ms,
                        r.guild_id,
                        r.user_hash,
                    )
                )

    def rows(self, since: datetime) -> list[Row]:
        with self._connection("read from") as db:
            cursor = db.execute(
                "SELECT at, command, asked, matched, weak, entry, latency_ms FROM usage_commands"
                " WHERE at >= %s ORDER BY at",
                (since,),
            )
            return [
                Row(at.astimezone(UTC), command, asked, matched, weak, entry, latency)
                for at, command, asked, matched, weak, entry, latency in cursor
            ]

    def prune(self, before: datetime) -> int:
        with self._connection("prune") as db:
            return db.execute("DELETE FROM usage_commands WHERE at < %s", (before,)).rowcount

    def count(self) -> int:
        """Every stored record (tests and the benchmark count what arrived)."""
        with self._connection("read from") as db:
            row = db.execute("SELECT count(*) FROM usage_commands").fetchone()
            return int(row[0]) if row else 0

    def close(self) -> None:
        self._pool.close()
