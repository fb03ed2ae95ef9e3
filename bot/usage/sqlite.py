"""The default usage store: one SQLite file, created and migrated on start."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from datetime import datetime
from pathlib import Path

from .records import CommandRecord, Row, SchemaMismatch, UsageStoreError

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
    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        """Open (creating and migrating) the file; or, read-only, open it as it is for reports:
        nothing written, no WAL switch, no migration, a schema of another version refused."""
        self.path = path
        self._lock = threading.Lock()  # one connection, used from worker threads one at a time
        if read_only:
            self._db = _open_read_only(path)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._migrate()

    def _migrate(self) -> None:
        with self._lock, self._db:
            version = self._db.execute("PRAGMA user_version").fetchone()[0]
            if version > len(MIGRATIONS):
                raise SchemaMismatch(str(self.path), version, len(MIGRATIONS))
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                self._db.executescript(f"BEGIN; {script}; PRAGMA user_version = {number}; COMMIT;")

    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def salt(self) -> bytes:
        """A random salt made once per database, so hashes stay stable across restarts."""
        with self._lock, self._db:
            # INSERT OR IGNORE: two processes opening one new file agree on the first salt
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('salt', ?)", (os.urandom(32),))
            return bytes(self._db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()[0])

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


def _open_read_only(path: Path) -> sqlite3.Connection:
    """The file as it is, for reading. A WAL file with no -wal beside it has no writer and
    everything in the main file: it is read as immutable, since even a read-only connection
    would otherwise leave -wal and -shm files behind. With a -wal (the bot is running) SQLite
    reads through it, read-only."""
    if not path.is_file():
        raise UsageStoreError(f"no usage database at {path} (the bot creates it when it runs; see USAGE_DB)")
    live = path.with_name(path.name + "-wal").exists()
    uri = path.absolute().as_uri() + ("?mode=ro" if live else "?mode=ro&immutable=1")
    try:
        db = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise UsageStoreError(f"{path} is not a usage database SQLite can read ({exc})") from None
    if version != len(MIGRATIONS):
        db.close()
        raise SchemaMismatch(str(path), version, len(MIGRATIONS))
    if not {"meta", "commands"} <= tables:
        db.close()
        raise UsageStoreError(f"{path} is not a usage database (it has no commands table)")
    return db
