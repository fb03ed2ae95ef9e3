"""The knowledge base currently served, and how a reload replaces it.

A reload builds the new knowledge base completely, then swaps one reference; whoever holds
the old engine finishes on it. A load with errors never replaces a good knowledge base.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .cache import ArticleCache, CacheFolder, Snapshot, no_collection
from .engine import Engine
from .errors import KBError
from .holds import Held, hold_back
from .index import KnowledgeBase
from .loader import FileState, LoadReport, display_path, load_path
from .models import ArticleFile
from .vocabulary import Vocabulary, VocabularyFile

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
    new_errors: tuple[KBError, ...] = ()  # not reported by the load before: log and alert these
    held: tuple[Held, ...] = ()  # suspicious new versions held back (the old ones serve)
    newly_held: tuple[Held, ...] = ()  # of those, held by this load: alert about these
    same: bool = False  # nothing changed: the knowledge base served before is served still


FULL_BUILD_SHARE = 0.25  # past this share of articles changed, build afresh rather than patch
log = logging.getLogger(__name__)


class KnowledgeStore:
    def __init__(self, path: Path, cache_dir: Path | None = None, key_file: Path | None = None) -> None:
        self.path = path
        folder = CacheFolder.open(cache_dir, key_file) if cache_dir is not None else None
        self.cache = ArticleCache(folder) if folder is not None else None
        self.snapshot = Snapshot(folder, path) if folder is not None else None
        self._report: LoadReport | None = None  # the last load's, patched by the next one
        self._engine = Engine(KnowledgeBase())
        self.loaded_at: datetime | None = None
        self.last_errors: tuple[KBError, ...] = ()
        self.last_error_at: datetime | None = None
        self._good = False  # whether what is served came from an error-free load
        self.held: dict[str, Held] = {}  # article id -> its new version held back
        self._vocabulary_files: tuple[VocabularyFile, ...] = ()  # what the served vocabulary came from
        self.history: deque[LoadEvent] = deque(maxlen=HISTORY)

    @property
    def engine(self) -> Engine:
        return self._engine

    def files(self) -> dict[str, str]:
        """Article id -> the knowledge file it was read from (absolute), for the last load."""
        states = self._report.states if self._report is not None else {}
        return {s.article.id: path for path, s in states.items() if isinstance(s.article, ArticleFile)}

    def load(self, confirm: bool = False, changed: Collection[str] | None = None) -> ReloadOutcome:
        """Load and serve, never worse than what is served now.

        Without errors, the new knowledge base replaces the old one. With errors, the last good
        one keeps serving; only while nothing good was ever loaded (a bad file at start-up) are
        the valid files served. A folder that suddenly holds no articles at all is treated as a
        mistake, not as an instruction to answer nothing. An article that suddenly lost most of
        its entries keeps being served as it was until `confirm` (see holds.py). `changed` names
        the files that may have changed since the last load (the watcher's report): only they
        are looked at, not the whole folder.
        """
        # Loading makes millions of objects and no garbage: the collector is kept off meanwhile
        # (a warm start twice as long otherwise), and what was made is frozen (gc.freeze) so no
        # later collection walks it again.
        with no_collection(keep=True):
            return self._load(confirm, changed)

    def _load(self, confirm: bool, changed: Collection[str] | None) -> ReloadOutcome:
        started = time.perf_counter()
        if self.loaded_at is None and (saved := self._read_snapshot()) is not None:
            last, base = saved  # a restart: only files changed since are read and indexed
            try:
                return self._load_on(base, last, started, confirm)
            except Exception as exc:  # a snapshot that reads but does not fit: never fatal
                log.warning("the knowledge-base snapshot does not fit (%s); building afresh", exc)
                self.snapshot.drop()  # type: ignore[union-attr]
        return self._load_on(self._engine.kb, self._report, started, confirm, changed)

    def _load_on(
        self,
        base: KnowledgeBase,
        last: LoadReport | None,
        started: float,
        confirm: bool,
        changed: Collection[str] | None = None,
    ) -> ReloadOutcome:
        previous = last.states if last is not None else None
        report = load_path(self.path, previous=previous, cache=self.cache, last=last, changed=changed)
        self._report = report
        errors = list(report.errors)
        serving = self._engine.kb.articles
        if not errors and not report.articles and serving:
            errors.append(KBError(display_path(self.path), None, "(folder)", EMPTY_FOLDER))
        apply = not errors or (not self._good and (bool(report.articles) or not serving))
        held_before, served = self.held, self._engine.kb
        if apply:
            now = datetime.now(UTC)
            articles, self.held = hold_back(report, base.catalog.by_id, self.held, now, confirm)
            if (kb := self._next(base, articles, tuple(report.vocabularies))) is not served:
                self._engine = Engine(kb)
            self.loaded_at = now
            self._good = not errors
        new_errors = tuple(e for e in errors if e not in set(self.last_errors))
        self.last_errors = tuple(errors)
        if errors:
            self.last_error_at = datetime.now(UTC)
        self.history.append(LoadEvent(datetime.now(UTC), apply, len(errors), dict(report.hashes)))
        newly = tuple(h for i, h in self.held.items() if held_before.get(i) != h)
        seconds = time.perf_counter() - started
        counts = self._engine.kb.counts()
        held = tuple(self.held.values())
        same = self._engine.kb is served and not new_errors and not newly
        return ReloadOutcome(apply, tuple(errors), seconds, counts, new_errors, held, newly, same)

    def _next(
        self, base: KnowledgeBase, articles: list[ArticleFile], vocabularies: tuple[VocabularyFile, ...]
    ) -> KnowledgeBase:
        """The knowledge base of these articles and vocabulary: the base patched where they
        differ from it (an unchanged file keeps its very object), or built afresh when most
        changed."""
        served = base.catalog.by_id  # set operations, not a loop in Python: ten thousand articles
        added = [a for a in articles if served.get(a.id) is not a]
        gone = served.keys() - {a.id for a in articles}
        removed = sorted(gone.union(a.id for a in added if a.id in served))
        same_words = len(vocabularies) == len(self._vocabulary_files) and all(
            a is b for a, b in zip(vocabularies, self._vocabulary_files, strict=False)
        )
        vocabulary = None if same_words and served else Vocabulary.of(vocabularies)
        self._vocabulary_files = vocabularies
        if not removed and not added and vocabulary is None:
            return base  # nothing changed (a `touch`, a save of the same text): nothing to do
        if served and len(removed) + len(added) <= FULL_BUILD_SHARE * len(articles):
            return base.replaced(removed, added, vocabulary)  # retired units compacted as they pile up
        kb = KnowledgeBase.build(articles, vocabulary or base.vocabulary)
        if self.snapshot is not None and self._report is not None and self._report.states:
            self.snapshot.write(self._report, kb)
        return kb

    def _read_snapshot(self) -> tuple[LoadReport, KnowledgeBase] | None:
        """The last full build and the load it was built from, if the snapshot holds exactly
        what this code writes; anything else (another shape, another version's objects) is
        dropped and logged once."""
        found = self.snapshot.read() if self.snapshot is not None else None
        if found is None:
            return None
        report, kb = found
        if (
            isinstance(kb, KnowledgeBase)
            and kb.consistent()
            and isinstance(report, LoadReport)
            and isinstance(report.states, dict)
            and all(isinstance(k, str) and isinstance(v, FileState) for k, v in report.states.items())
        ):
            return report, kb
        log.warning("ignoring the knowledge-base snapshot: unexpected contents; building afresh")
        self.snapshot.drop()  # type: ignore[union-attr]
        return None
