"""Recording off the hot path: commands are queued in memory and written in batches by a
background task, so a slow, locked or full database never delays a reply."""

from __future__ import annotations

import asyncio
import logging
import os
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from .records import CommandRecord, UsageStore, hash_user

log = logging.getLogger("bot.usage")

FLUSH_SECONDS = 2.0
MAX_BUFFER = 10_000  # records kept while the database is unavailable; the oldest go first
PRUNE_EVERY = timedelta(hours=6)


class UsageRecorder:
    def __init__(self, open_store: Callable[[], UsageStore], retention_days: int) -> None:
        self._open_store = open_store
        self.retention = timedelta(days=retention_days)
        self.store: UsageStore | None = None
        self._salt: bytes = os.urandom(32)  # replaced by the store's own on start
        self._buffer: deque[CommandRecord] = deque(maxlen=MAX_BUFFER)
        self._failing = False  # log a failure once, and its recovery once
        self._last_prune: datetime | None = None
        self.dropped = 0

    # --- the hot path: no I/O ---------------------------------------------------------

    def user_hash(self, user_id: int) -> str:
        return hash_user(self._salt, user_id)

    def record(self, record: CommandRecord) -> None:
        if len(self._buffer) == self._buffer.maxlen:
            self.dropped += 1
        self._buffer.append(record)

    # --- the background task ----------------------------------------------------------

    async def start(self) -> None:
        """Open the store (creating and migrating it) and read its salt. If that fails, an
        unsaved random salt is used, so no raw id is ever hashed without one."""
        try:
            await asyncio.to_thread(self._open)
        except Exception as exc:
            self._report_failure(exc)

    async def run(self, interval: float = FLUSH_SECONDS) -> None:
        while True:
            await asyncio.sleep(interval)
            await self.flush()

    async def flush(self) -> None:
        """Write what is queued; on failure put it back and say so once."""
        batch = list(self._buffer)
        self._buffer.clear()
        try:
            await asyncio.to_thread(self._write, batch)
        except Exception as exc:  # sqlite3 errors, disk full, locks: never the bot's problem
            room = MAX_BUFFER - len(self._buffer)
            self._buffer.extendleft(reversed(batch[-room:] if room > 0 else []))
            self.dropped += max(0, len(batch) - max(room, 0))
            self._report_failure(exc)
            return
        if self._failing:
            log.info("usage store available again")
            self._failing = False

    def _report_failure(self, exc: Exception) -> None:
        if not self._failing:
            log.warning(
                "usage store unavailable (%s: %s); commands are still answered, %d record(s) queued",
                type(exc).__name__,
                exc,
                len(self._buffer),
            )
        self._failing = True

    def _open(self) -> UsageStore:
        if self.store is None:
            store = self._open_store()
            self._salt = store.salt()
            self.store = store
        return self.store

    def _write(self, batch: list[CommandRecord]) -> None:
        store = self._open()
        if batch:
            store.add(batch)
        now = datetime.now(UTC)
        if self._last_prune is None or now - self._last_prune > PRUNE_EVERY:
            store.prune(now - self.retention)
            self._last_prune = now
