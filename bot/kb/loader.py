"""Load knowledge files from disk: every error of every file, reported together."""

from __future__ import annotations

import bisect
import hashlib
import logging
import multiprocessing
import os
import time
from collections.abc import Collection, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from . import newest
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
Scanned = tuple[str, str, Stamp | None, bool]  # absolute path, as shown, stamp, whether a symlink
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
    # what lets the next load of the same folder patch this report (see _patched)
    folder: tuple[str, str] | None = None  # the directory, absolute and as shown
    racy: set[str] = field(default_factory=set)  # files read too soon after a write to trust stamps
    plain: bool = False  # every file a regular file (no links), and no errors or clashes
    scan: list[Scanned] = field(default_factory=list)  # the directory as this load found it

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


def _scan(directory: Path, shown_dir: str) -> list[Scanned]:
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
    at, shown = os.path.join(directory, ""), os.path.join(shown_dir, "")
    return [(at + name, shown + name, stamp, link) for name, stamp, link in found]


def _rescanned(scan: list[Scanned], folder: tuple[str, str], names: Collection[str]) -> list[Scanned]:
    """The last scan with only the named files looked at again (what the watcher saw change):
    a reload after one edit stats one file, not ten thousand."""
    out = list(scan)
    at, shown = (os.path.join(f, "") for f in folder)
    for name in sorted(set(names)):
        if not is_knowledge_name(name) or os.sep in name:
            continue
        file, entry = at + name, None
        if os.path.lexists(file):
            entry = (file, shown + name, _stamp(Path(file)), os.path.islink(file))
        i = bisect.bisect_left(out, file, key=itemgetter(0))
        if i < len(out) and out[i][0] == file:
            out[i : i + 1] = [entry] if entry is not None else []
        elif entry is not None:
            out.insert(i, entry)
    return out


def load_path(
    path: Path,
    previous: dict[str, FileState] | None = None,
    cache: ArticleCache | None = None,
    last: LoadReport | None = None,
    changed: Collection[str] | None = None,
) -> LoadReport:
    """Load a single file or every knowledge file in a directory.

    With `previous` (the last report's states), files whose stamps show no change are not read
    again, and files read again whose content is unchanged keep their article; with `cache`,
    files whose content was validated before are not parsed. With `last` (the last report of
    the same folder), a load that finds a few files changed patches it instead of walking every
    file again; with `changed` too (the names of the folder's files that may have changed, as
    the watcher saw them), only those are looked at: the folder is not listed again.
    """
    report = LoadReport()
    path = Path(os.path.abspath(path))  # one key per file, however the folder was named
    known = previous or {}
    if not path.exists():
        report.errors.append(KBError(display_path(path), None, "(file)", "does not exist"))
        return report
    if not path.is_dir():
        file, stamp = str(path), _stamp(path)
        if (state := known.get(file)) is not None and state.unchanged(stamp):
            _keep(report, file, display_path(path), state)
        else:
            _read(report, file, display_path(path), stamp, state, cache)
        return report
    folder = (str(path), display_path(path))
    scanned = None
    if last is not None and last.folder == folder:
        hinted = _rescanned(last.scan, folder, changed) if changed is not None and last.plain else None
        if hinted is not None and (patched := _patched(last, hinted, cache)) is not None:
            return patched  # the watcher's names alone: the folder not listed at all
        if (patched := _patched(last, scanned := _scan(path, folder[1]), cache)) is not None:
            return patched
    if scanned is None:
        scanned = _scan(path, folder[1])
    report.folder = folder
    # Decided once per file: a reload after one edit reads one file and keeps ten thousand.
    kept = {f: k for f, _, stamp, _ in scanned if (k := known.get(f)) is not None and k.unchanged(stamp)}
    prefetched = _parse_in_parallel([(f, s) for f, s, _, _ in scanned if f not in kept], cache)
    root: Path | None = None
    for file, shown, stamp, link in scanned:
        if link and not _inside(Path(file), root := root or path.resolve()):
            report.errors.append(KBError(shown, None, "(file)", OUTSIDE))
        elif (state := kept.get(file)) is not None:
            _keep(report, file, shown, state)
        else:
            _read(report, file, shown, stamp, known.get(file), cache, prefetched.get(file))
    report.articles.sort(key=_newest_first, reverse=True)
    report.racy = {f for f, state in report.states.items() if not state.unchanged(state.stamp)}
    report.plain = not report.errors and not any(link for *_, link in scanned)
    report.scan = scanned
    return report


def _newest_first(article: ArticleFile) -> tuple[int, int, int, str]:
    """The order of articles in a report, reversed: by date (as PartialDate orders), then id.
    Plain numbers compare in C; PartialDate's own ordering would triple a reload's sort."""
    date = article.article.published
    return date.year, date.month, date.day, article.id


PATCH_UP_TO = 64  # changed files past which walking every file costs no more than patching


def _patched(last: LoadReport, scanned: list[Scanned], cache: ArticleCache | None) -> LoadReport | None:
    """The last report with the few files that changed since read again, or None when the full
    walk is needed: many changes, or anything unusual (errors, links, a change to the
    vocabulary, an id now claimed by two files), which the full walk reports in file order."""
    if not last.plain:
        return None
    old, same_count = last.scan, len(scanned) == len(last.scan)
    differ = [new for new, was in zip(scanned, old, strict=True) if new != was] if same_count else []
    if same_count and all(new[0] in last.states for new in differ):  # the usual case: edits
        changed = {new[0] for new in differ}
    else:  # files added or taken away
        stamps, before = ({f: (stamp, link) for f, _, stamp, link in scan} for scan in (scanned, old))
        changed = {f for f, _ in stamps.items() - before.items()} | (before.keys() - stamps.keys())
        differ = [new for new in scanned if new[0] in changed]
    if last.racy:  # read too soon after a write last time: read again
        changed |= last.racy
        differ = [new for new in scanned if new[0] in changed]
    if len(changed) > PATCH_UP_TO or any(is_vocabulary(os.path.basename(f)) for f in changed):
        return None
    if any(link for *_, link in differ):  # a link: the full walk checks where it points
        return None
    report = LoadReport(
        sources=dict(last.sources),
        paths=dict(last.paths),
        hashes=dict(last.hashes),
        states=dict(last.states),
        vocabularies=list(last.vocabularies),  # not changed: a change to it takes the full walk
        folder=last.folder,
    )
    dropped: dict[str, ArticleFile] = {}
    for file in changed:  # take out what the old versions gave
        state = report.states.pop(file, None)
        if state is not None and isinstance(state.article, ArticleFile):
            dropped[state.article.id] = state.article
            report.hashes.pop(report.sources.pop(state.article.id), None)
            del report.paths[state.article.id]
    for file, shown, stamp, _ in differ:  # and put in the new ones (into report.articles)
        _read(report, file, shown, stamp, last.states.get(file), cache)
        if report.errors:
            return None
    kept = tuple(last.articles)  # newest first already: the few changed are found by their rank
    for article in dropped.values():
        kept = newest.without(kept, article, _newest_first)
    report.articles = list(newest.merged(kept, report.articles, _newest_first))
    report.scan = scanned
    report.racy = {f for f in changed if (state := report.states.get(f)) and not state.unchanged(state.stamp)}
    report.plain = True
    return report


OUTSIDE = "links outside the knowledge directory; copy the file in instead"
PARALLEL_FROM = 300  # files to parse before it pays to start worker processes
Loaded = tuple[ArticleFile | VocabularyFile | None, list[KBError], dict[str, str]]


def _parse_in_parallel(changed: list[tuple[str, str]], cache: ArticleCache | None) -> dict[str, Loaded]:
    """Parse many changed files on every core: a cold start of a large knowledge base is
    parsing and validation, which one core does file after file."""
    todo = [(f, shown) for f, shown in changed if not is_vocabulary(os.path.basename(f))]
    workers = min(os.cpu_count() or 1, 8)
    if len(todo) < PARALLEL_FROM or workers < 2:
        return {}
    cache_root = cache.root if cache is not None else None
    # spawn, not fork: the bot has threads running, and a forked copy of them is unsafe
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            paths, names = [Path(f) for f, _ in todo], [shown for _, shown in todo]
            results = pool.map(_load_one, paths, names, [cache_root] * len(todo), chunksize=64)
            return dict(zip([f for f, _ in todo], results, strict=True))
    except (BrokenProcessPool, OSError, RuntimeError) as exc:  # e.g. a program without a main guard
        log.warning("parsing on one core: worker processes failed (%s)", exc)
        return {}


def _load_one(file: Path, shown: str, cache_root: CacheFolder | None) -> Loaded:
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


def _keep(report: LoadReport, file: str, shown: str, state: FileState) -> None:
    """A file not read again: what it held when last read."""
    if state.sha:
        report.hashes[shown] = state.sha
    report.states[file] = state
    _place(report, file, shown, state.article, state.errors)


def _read(
    report: LoadReport,
    file: str,
    shown: str,
    stamp: Stamp | None,
    known: FileState | None,
    cache: ArticleCache | None,
    prefetched: Loaded | None = None,
) -> None:
    """A file read (or parsed by a worker): new content, or the same content kept as it was."""
    read_at = time.time_ns()
    if prefetched is not None:
        article, errors, hashes = prefetched
        report.hashes.update(hashes)
        if known is not None and known.sha == hashes.get(shown):  # the same content, parsed again
            article, errors = known.article, list(known.errors)
    else:
        article, errors = load_file(Path(file), shown, report.hashes, cache, known)
    if stamp is not None:
        report.states[file] = FileState(stamp, article, tuple(errors), report.hashes.get(shown), read_at)
    _place(report, file, shown, article, errors)


def _place(
    report: LoadReport,
    file: str,
    shown: str,
    article: ArticleFile | VocabularyFile | None,
    errors: Iterable[KBError],
) -> None:
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
