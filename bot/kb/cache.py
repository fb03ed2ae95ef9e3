"""On-disk caches, so a restart does not redo work on files that have not changed.

- :class:`ArticleCache`: validated articles, keyed by each file's content hash (a restart skips
  YAML parsing and validation of files it has seen).
- :class:`Snapshot`: the whole built knowledge base with each file's state, written after a full
  build; a restart loads it and applies only what changed since (a restart skips indexing).

Both hold pickles, which can run code when read; so every file carries an HMAC-SHA256 of its
contents under a key kept *outside* the cache folder (default ``~/.config/alliance-bot/cache.key``,
owner-only). A file the bot did not write itself (planted, tampered with, truncated, or written
under another key) fails the check and is never unpickled: it is dropped, logged once, and the
work is done again. Both are also keyed by a hash of this package's source, so entries written by
other code are never read.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import hmac
import logging
import os
import pickle
import secrets
import shutil
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..paths import user_key_file
from .models import ArticleFile

log = logging.getLogger(__name__)

MAGIC = b"alliance-bot cache 2\n"  # what the bot writes: this, a MAC, then the pickle
KEY_BYTES = 32


@functools.cache
def code_version() -> str:
    """A hash of the knowledge-base code: a cache written by other code is another cache."""
    digest = hashlib.sha256()
    for source in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(source.name.encode() + source.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class CacheFolder:
    """A cache folder the bot may use, and the key its files are signed with."""

    path: Path
    key: bytes

    @classmethod
    def open(cls, path: Path, key_file: Path | None = None) -> CacheFolder | None:
        """The folder (made owner-only if new) and the key (read, or made owner-only), or None
        when either cannot be had: then nothing is cached, and that is logged once."""
        key_file = key_file or user_key_file()
        try:
            path = Path(os.path.abspath(path))
            _private_dir(path)
            key = _read_or_make_key(key_file)
        except (OSError, ValueError) as exc:
            log.warning("knowledge cache off: %s", exc)
            return None
        if _inside(key_file, path):
            log.warning("knowledge cache off: its key %s must not be inside the cache folder", key_file)
            return None
        _warn_if_shared(path)
        return cls(path, key)

    def write(self, path: Path, value: Any) -> bool:
        """Readers see the whole file or none; a full disk only costs speed."""
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")  # created 0600
            try:
                with os.fdopen(fd, "wb") as f:
                    f.writelines((MAGIC, self._mac(payload), payload))
                os.replace(tmp, path)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(tmp)
        except OSError as exc:
            log.info("could not write the cache file %s: %s", path.name, exc)
            return False
        return True

    def read(self, path: Path) -> Any:
        """The value the bot wrote, or None when missing, unreadable or not the bot's own (then
        the file is dropped). Nothing is unpickled before its MAC is checked."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.info("cannot read the cache file %s: %s", path.name, exc)
            return None
        # A view, not a slice: the snapshot is 150 MB at ten thousand articles, not worth a copy
        at = len(MAGIC)
        head, mac, payload = data[:at], data[at : at + 32], memoryview(data)[at + 32 :]
        if head != MAGIC or not hmac.compare_digest(mac, self._mac(payload)):
            log.warning("ignoring cache file %s: not written by this bot (signature mismatch)", path.name)
            _drop(path)
            return None
        try:
            with no_collection():
                return pickle.loads(payload)
        except Exception as exc:  # signed but unreadable (another library version): do the work again
            log.info("dropping unreadable cache file %s: %s", path.name, exc)
            _drop(path)
            return None

    def _mac(self, payload: bytes | memoryview) -> bytes:
        return hmac.new(self.key, payload, hashlib.sha256).digest()


def _private_dir(path: Path) -> None:
    """Make the folder, and any parent it needs, readable and writable by this user only."""
    missing = [p for p in (path, *path.parents) if not p.exists()]
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    for made in missing:  # mkdir's mode is masked by the umask: set it exactly
        with contextlib.suppress(OSError):
            made.chmod(0o700)
    if not path.is_dir():
        raise ValueError(f"{path} is not a folder")


def _read_or_make_key(key_file: Path) -> bytes:
    with contextlib.suppress(FileNotFoundError):
        key = key_file.read_bytes()
        if len(key) < KEY_BYTES:
            raise ValueError(f"the cache key {key_file} is too short; delete it to make a new one")
        return key
    _private_dir(key_file.parent)
    key = secrets.token_bytes(KEY_BYTES)
    # Written whole under a private name, then linked into place: two processes starting at once
    # never see a half-written key, and the one that comes second uses the first one's.
    fd, temporary = tempfile.mkstemp(dir=key_file.parent, prefix=".cache.key-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(key)
        os.link(temporary, key_file)
    except FileExistsError:
        return key_file.read_bytes()
    finally:
        os.unlink(temporary)
    return key


def _inside(file: Path, folder: Path) -> bool:
    return os.path.commonpath([os.path.abspath(file), folder]) == str(folder)


def _warn_if_shared(path: Path) -> None:
    """Signed files cannot run code, but a folder others may write lets them delete or spoil the
    cache (and so slow every start): say so once."""
    st = path.stat()
    if st.st_mode & (stat.S_IWGRP | stat.S_IWOTH) or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
        log.warning("the knowledge cache folder %s is writable by other users; make it yours alone", path)


def _drop(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


@contextlib.contextmanager
def no_collection(keep: bool = False) -> Iterator[None]:
    """Unpickling makes millions of objects, none of them garbage: the cyclic collector would
    scan them again and again (13 s instead of 2 s for ten thousand articles).

    With `keep`, what was made is meant to last (a knowledge base): it is frozen (gc.freeze)
    before the collector comes back, which would otherwise walk all of it once more at once
    (a second at ten thousand articles). Frozen objects are still freed when no longer referred
    to; only reference cycles among them would stay, and a knowledge base makes none."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if keep:
                gc.freeze()
            gc.enable()


class ArticleCache:
    def __init__(self, folder: CacheFolder) -> None:
        self.root = folder
        self.folder = folder.path / f"articles-{code_version()}"
        self.hits = self.misses = 0

    def _path(self, sha: str) -> Path:
        return self.folder / sha[:2] / f"{sha}.pickle"

    def get(self, sha: str) -> ArticleFile | None:
        article = self.root.read(self._path(sha))
        if not isinstance(article, ArticleFile):
            self.misses += 1
            return None
        self.hits += 1
        return article

    def put(self, sha: str, article: ArticleFile) -> None:
        self.root.write(self._path(sha), article)


class Snapshot:
    """The last full build of one knowledge folder, with the load (file states) it was built from."""

    def __init__(self, folder: CacheFolder, knowledge: Path) -> None:
        self.folder = folder
        key = hashlib.sha256(str(knowledge.resolve()).encode()).hexdigest()[:12]
        self.path = folder.path / f"snapshot-{code_version()}-{key}.pickle"

    def read(self) -> tuple[Any, Any] | None:
        """(the load report, knowledge base) as written, or None."""
        found = self.folder.read(self.path)
        return found if isinstance(found, tuple) and len(found) == 2 else None

    def drop(self) -> None:
        _drop(self.path)

    def write(self, report: Any, kb: Any) -> bool:
        """Write this snapshot and drop what older code left in the folder."""
        written = self.folder.write(self.path, (report, kb))
        if written:
            _prune(self.path.parent, keep=code_version())
        return written


def _prune(folder: Path, keep: str) -> None:
    """Caches written by other versions of the code can never be read again."""
    for stale in folder.glob("*-*"):
        if keep not in stale.name and stale.name.startswith(("snapshot-", "articles-")):
            with contextlib.suppress(OSError):
                shutil.rmtree(stale) if stale.is_dir() else stale.unlink()
