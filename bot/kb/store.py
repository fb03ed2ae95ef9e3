"""The knowledge base currently served, and how a reload replaces it.

A reload builds the new knowledge base completely, then swaps one reference; whoever holds
the old engine finishes on it. A load with errors never replaces a good knowledge base.
"""

from __future__ import annotations

import gc
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .cache import ArticleCache, Snapshot, no_collection
from .engine import Engine
from .errors import KBError
from .index import KnowledgeBase
from .loader import FileState, LoadReport, display_path, load_path
from .models import ArticleFile

EMPTY_FOLDER = (
    "holds no knowledge files now; the last good knowledge base keeps serving "
    "(restore the files, or restart the bot to start empty)"
)


@dataclass(frozen=True)
class LoadEvent:
    """One load, for /kb history when the knowledge folder is not a git checkout."""

    at: datetime
    applied: bool
    errors: int
    hashes: dict[str, str]


HISTORY = 20


@dataclass(frozen=True)
class ReloadOutcome:
    applied: bool  # the new knowledge base is being served
    errors: tuple[KBError, ...]
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)


FULL_BUILD_SHARE = 0.25  # past this share of articles changed, build afresh rather than patch


class KnowledgeStore:
    def __init__(self, path: Path, cache_dir: Path | None = None) -> None:
        self.path = path
        self.cache = ArticleCache(cache_dir) if cache_dir is not None else None
        self.snapshot = Snapshot(cache_dir, path) if cache_dir is not None else None
        self._states: dict[str, FileState] = {}
        self._engine = Engine(KnowledgeBase())
        self.loaded_at: datetime | None = None
        self.last_errors: tuple[KBError, ...] = ()
        self.last_error_at: datetime | None = None
        self._good = False  # whether what is served came from an error-free load
        self.history: deque[LoadEvent] = deque(maxlen=HISTORY)

    @property
    def engine(self) -> Engine:
        return self._engine

    def load(self) -> ReloadOutcome:
        """Load and serve, never worse than what is served now.

        Without errors, the new knowledge base replaces the old one. With errors, the last good
        one keeps serving; only while nothing good was ever loaded (a bad file at start-up) are
        the valid files served. A folder that suddenly holds no articles at all is treated as a
        mistake, not as an instruction to answer nothing.
        """
        # Loading makes millions of objects and no garbage: the collector is kept off meanwhile,
        # then what was made is frozen, so no later full collection walks it again (a pause of
        # seconds at ten thousand articles, and a warm start twice as long).
        with no_collection():
            outcome = self._load()
            gc.freeze()
        return outcome

    def _load(self) -> ReloadOutcome:
        started = time.perf_counter()
        base = self._engine.kb
        if self.loaded_at is None and (saved := self._read_snapshot()) is not None:
            self._states, base = saved  # a restart: only files changed since are read and indexed
        report: LoadReport = load_path(self.path, previous=self._states, cache=self.cache)
        self._states = report.states
        errors = list(report.errors)
        serving = self._engine.kb.articles
        if not errors and not report.articles and serving:
            errors.append(KBError(display_path(self.path), None, "(folder)", EMPTY_FOLDER))
        apply = not errors or (not self._good and (bool(report.articles) or not serving))
        if apply:
            self._engine = Engine(self._next(base, report.articles))
            self.loaded_at = datetime.now(UTC)
            self._good = not errors
        self.last_errors = tuple(errors)
        if errors:
            self.last_error_at = datetime.now(UTC)
        self.history.append(LoadEvent(datetime.now(UTC), apply, len(errors), dict(report.hashes)))
        return ReloadOutcome(apply, tuple(errors), time.perf_counter() - started, self._engine.kb.counts())

    def _next(self, base: KnowledgeBase, articles: list[ArticleFile]) -> KnowledgeBase:
        """The knowledge base of these articles: the base patched where they differ from it (an
        unchanged file keeps its very article object), or built afresh when most changed."""
        wanted = {a.id: a for a in articles}
        removed = [a.id for a in base.articles if wanted.get(a.id) is not a]
        added = [a for a in articles if base.by_id(a.id) is not a]
        if base.articles and len(removed) + len(added) <= FULL_BUILD_SHARE * len(articles):
            return base.replaced(removed, added)
        kb = KnowledgeBase.build(articles)
        if self.snapshot is not None and self._states:
            self.snapshot.write(self._states, kb)
        return kb

    def _read_snapshot(self) -> tuple[dict[str, FileState], KnowledgeBase] | None:
        found = self.snapshot.read() if self.snapshot is not None else None
        if found is None or not isinstance(found[1], KnowledgeBase):
            return None
        return found
