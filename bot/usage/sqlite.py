"""The default usage store: one SQLite file, created and migrated on start."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

from .records import CommandRecord, Row

# Each entry upgrades the schema by one version; PRAGMA user_version says where a file is.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE commands (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,              -- ISO 8601, UTC
        command TEXT NOT NULL,
        options TEXT NOT NULL,         -- JSON object: option name -> value
        asked TEXT NOT NULL,           -- the options' text, for grouping
        matched INTEGER NOT NULL,
        weak INTEGER NOT NULL,
        entry TEXT,
        latency_ms REAL NOT NULL,
        guild_id INTEGER,
        user_hash TEXT NOT NULL
    );
    CREATE INDEX commands_at ON commands (at);
    """,
]
BUSY_TIMEOUT_MS = 200  # never wait long for a lock: the recorder retries later instead


class SqliteUsageStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()  # one connection, used from worker threads one at a time
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._migrate()

    def _migrate(self) -> None:
        with self._lock, self._db:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                self._db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")

    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def salt(self) -> bytes:
        """A random salt made once per database, so hashes stay stable across restarts."""
        with self._lock, self._db:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
            if row is None:
                salt = os.urandom(32)
                self._db.execute("INSERT INTO meta VALUES ('salt', ?)", (salt,))
                return salt
            return bytes(row[0])

    def add(self, records: list[CommandRecord]) -> None:
        rows = [
            (
                r.at.isoformat(),
                r.command,
                json.dumps(r.options, ensure_ascii=False),
                r.asked[:500],
                int(r.matched),
                int(r.weak),
                r.entry,
                r.latency_ms,
                r.guild_id,
                r.user_hash,
            )
            for r in records
        ]
        with self._lock, self._db:
            self._db.executemany(
                "INSERT INTO commands (at, command, options, asked, matched, weak, entry, latency_ms,"
                " guild_id, user_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def rows(self, since: datetime) -> list[Row]:
        with self._lock:
            cursor = self._db.execute(
                "SELECT at, command, asked, matched, weak, entry, latency_ms FROM commands"
                " WHERE at >= ? ORDER BY at",
                (since.isoformat(),),
            )
            return [
                Row(datetime.fromisoformat(at), command, asked, bool(matched), bool(weak), entry, latency)
                for at, command, asked, matched, weak, entry, latency in cursor
            ]

    def prune(self, before: datetime) -> int:
        with self._lock, self._db:
            return self._db.execute("DELETE FROM commands WHERE at < ?", (before.isoformat(),)).rowcount

    def close(self) -> None:
        with self._lock:
            self._db.close()
