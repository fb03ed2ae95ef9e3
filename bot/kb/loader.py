"""Load knowledge files from disk: every error of every file, reported together."""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from .cache import ArticleCache, CacheFolder
from .errors import KBError
from .models import ArticleFile
from .validate import validate_article, validate_as
from .vocabulary import VocabularyFile, is_vocabulary
from .yamlsource import MAX_BYTES, parse_yaml

SUFFIXES = (".yaml", ".yml")
log = logging.getLogger(__name__)


def is_knowledge_name(name: str) -> bool:
    """A knowledge file's name: `.yaml` or `.yml` in any case (`x.YAML` too), not hidden and
    not an editor's backup or lock file."""
    return name.lower().endswith(SUFFIXES) and not name.startswith((".", "#", "~"))


Stamp = tuple[int, int, int, int, int]  # device, inode, size, mtime and ctime in ns
RACY_NS = 2_000_000_000  # file times can be this coarse: a change this close to a read may hide


@dataclass(frozen=True)
class FileState:
    """What a file held when last read.

    An unchanged stamp means the file need not be read again, unless the stamp was taken so
    close to the last read that a later write could have left it unchanged (times are coarse):
    such a "racy" file is read again and compared by content. The stamp holds the ctime, which
    no tool can set back: `cp -p` or `rsync --inplace -t` restore a file's mtime, not its ctime.
    """

    stamp: Stamp
    article: ArticleFile | VocabularyFile | None
    errors: tuple[KBError, ...]
    sha: str | None
    read_at: int = 0  # time.time_ns() when the content was read

    def unchanged(self, stamp: Stamp | None) -> bool:
        """Whether a file with this stamp surely still holds what was read."""
        if stamp is None or stamp != self.stamp:
            return False
        return max(stamp[3], stamp[4]) < self.read_at - RACY_NS


@dataclass
class LoadReport:
    """The articles that validated, and every error found on the way."""

    articles: list[ArticleFile] = field(default_factory=list)
    errors: list[KBError] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # article id -> file shown to people
    paths: dict[str, str] = field(default_factory=dict)  # article id -> its file's absolute path
    vocabularies: list[VocabularyFile] = field(default_factory=list)  # knowledge/vocabulary.yaml
    hashes: dict[str, str] = field(default_factory=dict)  # file shown to people -> sha256 of its bytes
    states: dict[str, FileState] = field(default_factory=dict)  # by absolute path, for the next load

    @property
    def ok(self) -> bool:
        return not self.errors


def display_path(path: Path) -> str:
    """Relative to the working directory when inside it: what a moderator typed."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_file(
    path: Path,
    display: str | None = None,
    hashes: dict[str, str] | None = None,
    cache: ArticleCache | None = None,
    known: FileState | None = None,
) -> tuple[ArticleFile | VocabularyFile | None, list[KBError]]:
    """One file, validated: an article, or the vocabulary (a file named vocabulary.yaml). With
    `known` (what the file held when last read), content that has not changed gives back the
    very same object: a save that changes nothing costs nothing."""
    shown = display or display_path(path)
    try:
        if not path.is_file():
            kind = "a directory" if path.is_dir() else "missing"
            return None, [KBError(shown, None, "(file)", f"is {kind}, not a knowledge file")]
        if path.stat().st_size > MAX_BYTES:  # refuse before reading it into memory
            size = path.stat().st_size
            return None, [
                KBError(
                    shown, None, "(file)", f"file is {size:,} bytes; the limit is {MAX_BYTES:,} (one article)"
                )
            ]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [KBError(shown, None, "(file)", f"cannot be read: {exc.strerror or exc}")]
    sha = hashlib.sha256(raw).hexdigest()
    if hashes is not None:
        hashes[shown] = sha
    if known is not None and known.sha == sha:
        return known.article, list(known.errors)
    vocabulary = is_vocabulary(path.name)
    if cache is not None and not vocabulary and (cached := cache.get(sha)) is not None:
        return cached, []
    parsed = parse_yaml(raw, shown)
    if parsed.errors:
        return None, parsed.errors
    if vocabulary:
        return validate_as(VocabularyFile, parsed, shown)
    article, errors = validate_article(parsed, shown)
    if article is not None and cache is not None:
        cache.put(sha, article)
    return article, errors


def _scan(directory: Path) -> list[tuple[str, Stamp | None, bool]]:
    """Knowledge files, sorted, with their stamps and whether each is a symlink, from one
    directory read (ten thousand files cost milliseconds, not a second of path handling)."""
    found = []
    with os.scandir(directory) as entries:
        for entry in entries:
            name = entry.name
            if not is_knowledge_name(name):
                continue
            try:
                stamp: Stamp | None = _stamp_of(entry.stat())
            except OSError:
                stamp = None
            found.append((name, stamp, entry.is_symlink()))
    found.sort()
    return [(os.path.join(directory, name), stamp, link) for name, stamp, link in found]


def load_path(
    path: Path, previous: dict[str, FileState] | None = None, cache: ArticleCache | None = None
) -> LoadReport:
    """Load a single file or every knowledge file in a directory.

    With `previous` (the last report's states), files whose stamps show no change are not read
    again, and files read again whose content is unchanged keep their article; with `cache`,
    files whose content was validated before are not parsed.
    """
    report = LoadReport()
    path = Path(os.path.abspath(path))  # one key per file, however the folder was named
    if not path.exists():
        report.errors.append(KBError(display_path(path), None, "(file)", "does not exist"))
        return report
    if not path.is_dir():
        _add(report, str(path), display_path(path), _stamp(path), previous, cache)
        return report
    shown_dir = display_path(path)
    scanned = _scan(path)
    shown = {file: os.path.join(shown_dir, os.path.basename(file)) for file, _, _ in scanned}
    prefetched = _parse_in_parallel(scanned, shown, previous, cache)
    root = path.resolve()
    for file, stamp, link in scanned:
        if link and not _inside(Path(file), root):
            report.errors.append(
                KBError(
                    shown[file],
                    None,
                    "(file)",
                    "links outside the knowledge directory; copy the file in instead",
                )
            )
            continue
        _add(report, file, shown[file], stamp, previous, cache, prefetched.get(file))
    report.articles.sort(key=lambda a: (a.article.published, a.id), reverse=True)
    return report


PARALLEL_FROM = 300  # files to parse before it pays to start worker processes


def _parse_in_parallel(
    scanned: list[tuple[str, Stamp | None, bool]],
    shown: dict[str, str],
    previous: dict[str, FileState] | None,
    cache: ArticleCache | None,
) -> dict[str, tuple[ArticleFile | VocabularyFile | None, list[KBError], dict[str, str]]]:
    """Parse many changed files on every core: a cold start of a large knowledge base is
    parsing and validation, which one core does file after file."""
    known = previous or {}
    todo = [
        f
        for f, stamp, _ in scanned
        if ((k := known.get(f)) is None or not k.unchanged(stamp)) and not is_vocabulary(os.path.basename(f))
    ]
    workers = min(os.cpu_count() or 1, 8)
    if len(todo) < PARALLEL_FROM or workers < 2:
        return {}
    cache_root = cache.root if cache is not None else None
    # spawn, not fork: the bot has threads running, and a forked copy of them is unsafe
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            paths, names = [Path(f) for f in todo], [shown[f] for f in todo]
            results = pool.map(_load_one, paths, names, [cache_root] * len(todo), chunksize=64)
            return dict(zip(todo, results, strict=True))
    except (BrokenProcessPool, OSError, RuntimeError) as exc:  # e.g. a program without a main guard
        log.warning("parsing on one core: worker processes failed (%s)", exc)
        return {}


def _load_one(
    file: Path, shown: str, cache_root: CacheFolder | None
) -> tuple[ArticleFile | VocabularyFile | None, list[KBError], dict[str, str]]:
    hashes: dict[str, str] = {}
    cache = ArticleCache(cache_root) if cache_root is not None else None
    article, errors = load_file(file, shown, hashes=hashes, cache=cache)
    return article, errors, hashes


def _stamp(file: Path) -> Stamp | None:
    try:
        return _stamp_of(file.stat())
    except OSError:
        return None


def _stamp_of(st: os.stat_result) -> Stamp:
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _inside(file: Path, root: Path) -> bool:
    return os.path.commonpath([file.resolve(), root]) == str(root)


def _add(
    report: LoadReport,
    file: str,
    shown: str,
    stamp: Stamp | None,
    previous: dict[str, FileState] | None,
    cache: ArticleCache | None,
    prefetched: tuple[ArticleFile | VocabularyFile | None, list[KBError], dict[str, str]] | None = None,
) -> None:
    known = (previous or {}).get(file)
    if known is not None and known.unchanged(stamp):  # not read again
        article, errors = known.article, list(known.errors)
        if known.sha:
            report.hashes[shown] = known.sha
        report.states[file] = known
    else:
        read_at = time.time_ns()
        if prefetched is not None:
            article, errors, hashes = prefetched
            report.hashes.update(hashes)
            if known is not None and known.sha == hashes.get(shown):  # the same content, parsed again
                article, errors = known.article, list(known.errors)
        else:
            article, errors = load_file(Path(file), shown, report.hashes, cache, known)
        if stamp is not None:
            sha = report.hashes.get(shown)
            report.states[file] = FileState(stamp, article, tuple(errors), sha, read_at)
    report.errors.extend(errors)
    if isinstance(article, VocabularyFile):
        report.vocabularies.append(article)
        return
    if article is None:
        return
    if article.id in report.sources:
        other = report.sources[article.id]
        message = f'"{article.id}" is also the id of {other}; give each article its own id'
        report.errors.append(KBError(shown, None, "id", message))
        return
    report.sources[article.id] = shown
    report.paths[article.id] = file
    report.articles.append(article)
