"""Recording off the hot path: commands are queued in memory and written in batches by a
background task, so a slow, locked, full or unreachable database never delays a reply.

While the store is unavailable (not opened yet, locked, the server down or refusing us) the
records wait in a bounded queue and are written when it is back. Each outage is logged once,
with its reason, and its end once.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from .records import CommandRecord, UsageStore, UsageStoreError, describe_error, hash_user

log = logging.getLogger("bot.usage")

FLUSH_SECONDS = 2.0
MAX_BUFFER = 10_000  # records kept while the database is unavailable; the oldest go first
PRUNE_EVERY = timedelta(hours=6)

Pending = tuple[CommandRecord, int | None]  # a record, and its user's id until it can be hashed


class UsageRecorder:
    def __init__(
        self, open_store: Callable[[], UsageStore], retention_days: int, where: str = "the usage store"
    ) -> None:
        self._open_store = open_store
        self.where = where  # for logs and /kb status: never holds a password
        self.retention = timedelta(days=retention_days)
        self.store: UsageStore | None = None
        self._salt: bytes = os.urandom(32)  # replaced by the store's own when it opens
        self._salt_known = False
        self._opening = threading.Lock()  # the flush task and a report may both try to open
        self._buffer: deque[Pending] = deque(maxlen=MAX_BUFFER)
        self._failure: str | None = None  # the reason logged for the current outage, if any
        self._failing_since: datetime | None = None
        self._reasons: set[str] = set()  # kinds of failure already logged in this outage
        self._last_prune: datetime | None = None
        self.dropped = 0
        self.written = 0

    # --- the hot path: no I/O ---------------------------------------------------------

    def user_hash(self, user_id: int) -> str:
        """The user's hash under the database's salt (a random unsaved one until it is read)."""
        return hash_user(self._salt, user_id)

    def record(self, record: CommandRecord, user_id: int | None = None) -> None:
        """Queue a record. With `user_id`, the record gets the user's hash under the database's
        salt, so every process hashes a user alike: now if the salt is known, else when the
        store opens (until then the id waits in memory, never written anywhere)."""
        if user_id is not None and self._salt_known:
            record, user_id = replace(record, user_hash=self.user_hash(user_id)), None
        if len(self._buffer) == self._buffer.maxlen:
            self.dropped += 1
            if self.dropped == 1 or self.dropped % MAX_BUFFER == 0:
                log.warning(
                    "usage queue full (%d records): the oldest are being dropped (%d so far)",
                    MAX_BUFFER,
                    self.dropped,
                )
        self._buffer.append((record, user_id))

    @property
    def queued(self) -> int:
        return len(self._buffer)

    @property
    def failing(self) -> bool:
        """Whether the store is unavailable now (since the last write or open failed)."""
        return self._failure is not None

    # --- the background task ----------------------------------------------------------

    async def start(self) -> None:
        """Open the store (creating and migrating it) and read its salt. If that fails, it is
        logged once and tried again at every flush."""
        try:
            await asyncio.to_thread(self._open)
        except Exception as exc:
            self._report_failure(exc)

    async def run(self, interval: float = FLUSH_SECONDS) -> None:
        while True:
            await asyncio.sleep(interval)
            await self.flush()

    async def flush(self) -> None:
        """Write what is queued; on failure put it back, in order, and say so once."""
        if not self._buffer and self.store is not None and self._failure is not None:
            return  # nothing to write proves nothing: the outage ends when a write succeeds
        batch = list(self._buffer)
        self._buffer.clear()
        try:
            await asyncio.to_thread(self._write, batch)
        except Exception as exc:  # locks, full disks, servers gone: never the bot's problem
            self._requeue(batch)
            self._report_failure(exc)
            return
        self.written += len(batch)
        if self._failure is not None:
            log.info(
                "usage store available again (%s): %d queued record(s) written%s",
                self.where,
                len(batch),
                f", {self.dropped} dropped while the queue was full" if self.dropped else "",
            )
            self._failure, self._failing_since, self._reasons = None, None, set()

    async def close(self) -> None:
        """Write what is queued, then let the store go. What cannot be written is said."""
        if self._buffer:
            await self.flush()
        if self._buffer:
            log.warning("%d usage record(s) not written: %s", len(self._buffer), self._failure)
        store, self.store = self.store, None
        if store is not None:
            await asyncio.to_thread(store.close)

    def status(self) -> str:
        """One line for /kb status: where records go and how that is going."""
        if self._failure is not None:
            since = f"{self._failing_since:%Y-%m-%d %H:%M:%S} UTC" if self._failing_since else "?"
            state = f"unavailable since {since}: {self._failure}"
        elif self.store is None:
            state = "not opened yet"
        else:
            state = "writing"
        dropped = f", {self.dropped} dropped" if self.dropped else ""
        return f"{self.where}: {state} ({self.queued} queued{dropped})"

    # --- inside worker threads --------------------------------------------------------

    def _requeue(self, batch: list[Pending]) -> None:
        """Put a failed batch back in front of what came since, dropping the oldest if full."""
        room = MAX_BUFFER - len(self._buffer)
        kept = batch[-room:] if room > 0 else []
        self._buffer.extendleft(reversed(kept))
        self.dropped += len(batch) - len(kept)

    def _report_failure(self, exc: Exception) -> None:
        reason = describe_error(exc)
        kind = exc.kind if isinstance(exc, UsageStoreError) else type(exc).__name__
        if self._failure is None:
            log.warning(
                "usage store unavailable (%s); commands are still answered, %d record(s) queued",
                reason,
                len(self._buffer),
            )
            self._failing_since = datetime.now(UTC)
        elif kind not in self._reasons:  # the same outage, a new reason: worth one line more
            log.info("usage store still unavailable, now: %s", reason)
        self._reasons.add(kind)
        self._failure = reason

    def _open(self) -> UsageStore:
        with self._opening:
            if self.store is None:
                store = self._open_store()
                try:
                    self._salt = store.salt()
                except BaseException:
                    store.close()
                    raise
                self._salt_known = True
                self.store = store
            return self.store

    def _write(self, batch: list[Pending]) -> None:
        store = self._open()
        records = [r if uid is None else replace(r, user_hash=self.user_hash(uid)) for r, uid in batch]
        if records:
            store.add(records)
        now = datetime.now(UTC)
        if self._last_prune is None or now - self._last_prune > PRUNE_EVERY:
            try:  # the batch is written: a failed prune must not put it back in the queue
                store.prune(now - self.retention)
                self._last_prune = now
            except Exception as exc:
                log.debug("pruning usage records failed, tried again at the next flush: %s", exc)
