"""An on-disk cache of validated articles, keyed by each file's content hash, so a restart does
not parse and validate files that have not changed.

The cache holds pickles the bot wrote itself into a git-ignored folder (default `.cache/kb`);
like the code, that folder must not be writable by anyone the bot does not trust.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import tempfile
from pathlib import Path

from .models import SCHEMA_VERSION, ArticleFile

log = logging.getLogger(__name__)

FORMAT = 1  # bump when the models change in a way old pickles would not survive


class ArticleCache:
    def __init__(self, folder: Path) -> None:
        self.root = folder
        self.folder = folder / f"v{SCHEMA_VERSION}.{FORMAT}"
        self.hits = self.misses = 0

    def _path(self, sha: str) -> Path:
        return self.folder / sha[:2] / f"{sha}.pickle"

    def get(self, sha: str) -> ArticleFile | None:
        path = self._path(sha)
        try:
            with path.open("rb") as f:
                article = pickle.load(f)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception as exc:  # a truncated or stale entry: drop it and parse the file again
            log.info("dropping unreadable cache entry %s: %s", path.name, exc)
            with contextlib.suppress(OSError):
                path.unlink()
            self.misses += 1
            return None
        if not isinstance(article, ArticleFile):
            self.misses += 1
            return None
        self.hits += 1
        return article

    def put(self, sha: str, article: ArticleFile) -> None:
        path = self._path(sha)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as f:
                pickle.dump(article, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)  # readers see the whole entry or none
        except OSError as exc:  # a full disk only costs speed
            log.info("could not write the cache entry %s: %s", path.name, exc)
