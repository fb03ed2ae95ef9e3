"""The knowledge base currently served, and how a reload replaces it.

A reload builds the new knowledge base completely, then swaps one reference; whoever holds
the old engine finishes on it. A load with errors never replaces a good knowledge base.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .engine import Engine
from .errors import KBError
from .index import KnowledgeBase
from .loader import LoadReport, load_path


@dataclass(frozen=True)
class ReloadOutcome:
    applied: bool  # the new knowledge base is being served
    errors: tuple[KBError, ...]
    seconds: float
    counts: dict[str, int] = field(default_factory=dict)


class KnowledgeStore:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._engine = Engine(KnowledgeBase.build([]))
        self.loaded_at: datetime | None = None
        self.last_errors: tuple[KBError, ...] = ()
        self.last_error_at: datetime | None = None
        self._good = False  # whether what is served came from an error-free load

    @property
    def engine(self) -> Engine:
        return self._engine

    def load(self) -> ReloadOutcome:
        """Load and serve. On start-up (nothing good yet) the valid files are served even if
        others have errors; after that, a load with any error keeps the last good base."""
        started = time.perf_counter()
        report: LoadReport = load_path(self.path)
        errors = tuple(report.errors)
        apply = not errors or not self._good
        if apply and (report.articles or not self._good):
            self._engine = Engine(KnowledgeBase.build(report.articles))
            self.loaded_at = datetime.now(UTC)
            self._good = not errors
        else:
            apply = False
        if errors:
            self.last_errors, self.last_error_at = errors, datetime.now(UTC)
        else:
            self.last_errors = ()
        return ReloadOutcome(apply, errors, time.perf_counter() - started, self._engine.kb.counts())
