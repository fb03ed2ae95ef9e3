"""On-disk caches, so a restart does not redo work on files that have not changed.

- :class:`ArticleCache`: validated articles, keyed by each file's content hash (a restart skips
  YAML parsing and validation of files it has seen).
- :class:`Snapshot`: the whole built knowledge base with each file's stamp, written after a full
  build; a restart loads it and applies only what changed since (a restart skips indexing).

Both hold pickles the bot wrote itself into a git-ignored folder (default `.cache/kb`); like
the code, that folder must not be writable by anyone the bot does not trust. Both are keyed by
a hash of this package's source, so entries written by other code are never read.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import logging
import os
import pickle
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .models import ArticleFile

log = logging.getLogger(__name__)


@functools.cache
def code_version() -> str:
    """A hash of the knowledge-base code: a cache written by other code is another cache."""
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.name.encode() + source.read_bytes())
    return digest.hexdigest()[:16]


def _write_atomically(path: Path, value: Any) -> bool:
    """Readers see the whole file or none; a full disk only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    except OSError as exc:
        log.info("could not write the cache file %s: %s", path.name, exc)
        return False
    return True


def _read(path: Path) -> Any:
    """The pickled value, or None when missing or unreadable (then the file is dropped)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.info("cannot read the cache file %s: %s", path.name, exc)
        return None
    try:
        with no_collection():
            return pickle.loads(data)
    except Exception as exc:  # a truncated or stale entry: drop it and do the work again
        log.info("dropping unreadable cache file %s: %s", path.name, exc)
        with contextlib.suppress(OSError):
            path.unlink()
        return None


@contextlib.contextmanager
def no_collection() -> Iterator[None]:
    """Unpickling makes millions of objects, none of them garbage: the cyclic collector would
    scan them again and again (13 s instead of 2 s for ten thousand articles)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class ArticleCache:
    def __init__(self, folder: Path) -> None:
        self.root = folder
        self.folder = folder / f"articles-{code_version()}"
        self.hits = self.misses = 0

    def _path(self, sha: str) -> Path:
        return self.folder / sha[:2] / f"{sha}.pickle"

    def get(self, sha: str) -> ArticleFile | None:
        article = _read(self._path(sha))
        if not isinstance(article, ArticleFile):
            self.misses += 1
            return None
        self.hits += 1
        return article

    def put(self, sha: str, article: ArticleFile) -> None:
        _write_atomically(self._path(sha), article)


class Snapshot:
    """The last full build of one knowledge folder, with the file states it was built from."""

    def __init__(self, folder: Path, knowledge: Path) -> None:
        key = hashlib.sha256(str(knowledge.resolve()).encode()).hexdigest()[:12]
        self.path = folder / f"snapshot-{code_version()}-{key}.pickle"

    def read(self) -> tuple[Any, Any] | None:
        """(file states, knowledge base) as written, or None."""
        found = _read(self.path)
        return found if isinstance(found, tuple) and len(found) == 2 else None

    def write(self, states: Any, kb: Any) -> bool:
        """Write this snapshot and drop what older code left in the folder."""
        written = _write_atomically(self.path, (states, kb))
        if written:
            _prune(self.path.parent, keep=code_version())
        return written


def _prune(folder: Path, keep: str) -> None:
    """Caches written by other versions of the code can never be read again."""
    for stale in folder.glob("*-*"):
        if keep not in stale.name and stale.name.startswith(("snapshot-", "articles-")):
            with contextlib.suppress(OSError):
                shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
