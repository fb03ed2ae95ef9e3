"""Live reload: watch the knowledge folder and reload when a knowledge file changes.

The folder is followed by its path, not by what the path pointed to when watching began: a
folder removed and made again, renamed over (a "swap") or reached through a symlink that a
deploy repoints is noticed within a second, watched again, and reloaded. A changed file is read
only once it has stopped changing, so a save written in several pieces is read whole.

A reload looks only at the files the watcher saw change; every RESCAN_EVERY seconds without a
change, the whole folder is checked once, so a change the operating system's notices missed
(an overflowing event queue, a network file system) is served within minutes all the same.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable, Collection, Iterable
from pathlib import Path
from typing import Protocol

from watchfiles import Change, awatch

from .kb.loader import is_knowledge_name
from .redact import visible

log = logging.getLogger("bot.watch")

DEBOUNCE_MS = 400  # an editor's save is often several writes: wait for them to settle
IDENTITY_EVERY = 0.5  # seconds between checks that the path still leads to the folder watched
STABLE_FOR = 0.5  # a changed file is read once its size and times held this long...
STABLE_AT_MOST = 5.0  # ...or after this long, whatever it does
RETRY_SECONDS = 5.0
RESCAN_EVERY = 600.0  # seconds without a change after which the whole folder is checked


class Reload(Protocol):
    """Load the folder again; `changed` names the files that may have changed (None: any);
    `quiet`: a routine check, worth a log line only if it found something."""

    def __call__(
        self, reason: str, *, changed: Collection[str] | None = None, quiet: bool = False
    ) -> Awaitable[object]: ...


def is_knowledge_file(_: Change, path: str) -> bool:
    return is_knowledge_name(Path(path).name)


async def watch_knowledge(
    path: Path, reload: Reload, debounce_ms: int = DEBOUNCE_MS, rescan_every: float = RESCAN_EVERY
) -> None:
    """Reload on every settled change, forever. Never dies: a folder that is gone is waited for,
    a replaced one is watched anew, and a failing watcher retries (each logged once)."""
    failing = False
    while True:
        try:
            if not path.is_dir():
                await _wait_for_folder(path)
                await _settled(_knowledge_files(path))
                await reload("the knowledge folder is back")
            replaced = await _watch_once(path, reload, debounce_ms, rescan_every)
            failing = False
            if replaced:
                log.warning("the knowledge folder %s was %s; watching it anew", visible(str(path)), replaced)
                if path.is_dir():
                    await _settled(_knowledge_files(path))
                    await reload("the knowledge folder was replaced")
        except asyncio.CancelledError:
            raise
        except Exception:
            if not failing:
                log.exception("watching %s failed; retrying every %.0f s", visible(str(path)), RETRY_SECONDS)
            failing = True
            await asyncio.sleep(RETRY_SECONDS)


async def _watch_once(path: Path, reload: Reload, debounce_ms: int, rescan_every: float) -> str:
    """Watch the folder the path leads to now, until the path leads elsewhere: say how."""
    folder = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))  # keeps its identity
    stop = asyncio.Event()
    why: list[str] = []
    monitor = asyncio.create_task(_follow(path, folder, stop, why), name="knowledge-folder-identity")
    try:
        async for changes in awatch(
            path,
            watch_filter=is_knowledge_file,
            debounce=debounce_ms,
            step=50,
            stop_event=stop,
            rust_timeout=int(rescan_every * 1000),
            yield_on_timeout=True,  # an empty set: time for the periodic check
        ):
            if not changes:
                if not stop.is_set() and not _moved(path, folder):
                    await reload("periodic check of the whole folder", quiet=True)
                continue
            await _settled(p for _, p in changes)
            moved = _moved(path, folder)
            if stop.is_set() or moved:  # e.g. the files `rm -rf` deleted before the folder went
                why.append(moved)
                break
            names = sorted({Path(p).name for _, p in changes})
            await reload("changed: " + visible(", ".join(names[:5])), changed=names)
    finally:
        monitor.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await monitor
        os.close(folder)
    return next((w for w in why if w), "")


async def _follow(path: Path, folder: int, stop: asyncio.Event, why: list[str]) -> None:
    """Set `stop` when the path no longer leads to the open folder."""
    while not (moved := _moved(path, folder)):
        await asyncio.sleep(IDENTITY_EVERY)
    why.append(moved)
    stop.set()


def _moved(path: Path, folder: int) -> str:
    """How the path stopped leading to the open folder, or "" if it still does. The open
    descriptor keeps the folder's inode from being reused, so a new folder always differs."""
    mine = os.fstat(folder)
    try:
        now = os.stat(path)
    except OSError:
        return "removed"
    if mine.st_nlink == 0:
        return "removed and made again"
    if (now.st_dev, now.st_ino) != (mine.st_dev, mine.st_ino):
        return "replaced (renamed over, or its link repointed)"
    return ""


async def _wait_for_folder(path: Path) -> None:
    log.warning(
        "the knowledge folder %s is missing; the last good knowledge base keeps serving until it is back",
        visible(str(path)),
    )
    while not path.is_dir():
        await asyncio.sleep(IDENTITY_EVERY)
    log.warning("the knowledge folder %s is back", visible(str(path)))


async def _settled(paths: Iterable[str] | Callable[[], list[str]]) -> None:
    """Wait until the files hold still (which there are, their sizes and times), so a save
    written in pieces, or a folder filled file by file, is read once whole; give up waiting
    after STABLE_AT_MOST. `paths` may be a function that lists them afresh each time."""
    if callable(paths):
        listed = paths
    else:
        files = list(dict.fromkeys(paths))

        def listed() -> list[str]:
            return files

    loop = asyncio.get_running_loop()
    deadline = loop.time() + STABLE_AT_MOST
    before = _stamps(listed())
    while loop.time() < deadline:
        await asyncio.sleep(STABLE_FOR)
        now = _stamps(listed())
        if now == before:
            return
        before = now


def _knowledge_files(folder: Path) -> Callable[[], list[str]]:
    def listed() -> list[str]:
        with contextlib.suppress(OSError):
            return sorted(str(p) for p in folder.iterdir() if is_knowledge_name(p.name))
        return []

    return listed


def _stamps(files: list[str]) -> dict[str, tuple[int, int, int] | None]:
    out: dict[str, tuple[int, int, int] | None] = {}
    for file in files:
        try:
            st = os.stat(file)
        except OSError:
            out[file] = None
        else:
            out[file] = (st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    return out
