"""Live reload follows the knowledge folder by its path and reads a changed file once whole."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Collection
from pathlib import Path

import pytest

from bot.watch import watch_knowledge


class Reloads:
    """Stands in for the bot: records each reload and what the files held at that moment."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.reasons: list[str] = []
        self.seen: list[dict[str, str]] = []
        self.named: list[Collection[str] | None] = []  # the files each reload was told of

    async def __call__(
        self, reason: str, *, changed: Collection[str] | None = None, quiet: bool = False
    ) -> None:
        self.reasons.append(reason)
        self.named.append(changed)
        self.seen.append({p.name: p.read_text() for p in sorted(self.folder.glob("*.yaml"))})

    async def next(self, count: int, timeout: float = 8.0) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while len(self.reasons) < count:
            assert loop.time() < deadline, f"no reload after {self.reasons}"
            await asyncio.sleep(0.05)


@pytest.fixture
async def watched(tmp_path: Path) -> AsyncIterator[tuple[Path, Reloads]]:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "a.yaml").write_text("one")
    reloads = Reloads(folder)
    task = asyncio.create_task(watch_knowledge(folder, reloads))
    await asyncio.sleep(0.6)
    yield folder, reloads
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def test_a_folder_removed_and_made_again_is_watched_again(watched):
    folder, reloads = watched
    shutil.rmtree(folder)
    await asyncio.sleep(1.2)
    folder.mkdir()
    (folder / "b.yaml").write_text("two")
    await reloads.next(1)
    assert reloads.reasons == ["the knowledge folder is back"] and reloads.seen == [{"b.yaml": "two"}]
    (folder / "b.yaml").write_text("three")
    await reloads.next(2)
    assert reloads.seen[-1] == {"b.yaml": "three"}


async def test_a_folder_renamed_over_is_watched_again(watched, tmp_path):
    folder, reloads = watched
    new = tmp_path / "new"
    new.mkdir()
    (new / "c.yaml").write_text("new")
    os.rename(folder, tmp_path / "old")
    os.rename(new, folder)
    await reloads.next(1)
    assert reloads.reasons[-1] == "the knowledge folder was replaced" and reloads.seen[-1] == {
        "c.yaml": "new"
    }
    (folder / "c.yaml").write_text("newer")
    await reloads.next(2)
    assert reloads.seen[-1] == {"c.yaml": "newer"}


async def test_a_repointed_symlink_is_followed(tmp_path):
    releases = [tmp_path / "release-1", tmp_path / "release-2"]
    for n, release in enumerate(releases):
        release.mkdir()
        (release / "a.yaml").write_text(f"release {n + 1}")
    current = tmp_path / "current"
    current.symlink_to(releases[0])
    reloads = Reloads(current)
    task = asyncio.create_task(watch_knowledge(current, reloads))
    try:
        await asyncio.sleep(0.6)
        swap = tmp_path / "current.tmp"
        swap.symlink_to(releases[1])
        os.replace(swap, current)  # how a deploy swaps releases atomically
        await reloads.next(1)
        assert reloads.seen[-1] == {"a.yaml": "release 2"}
        (releases[1] / "a.yaml").write_text("release 2, edited")
        await reloads.next(2)
        assert reloads.seen[-1] == {"a.yaml": "release 2, edited"}
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_a_file_written_in_slow_pieces_is_read_once_whole(watched):
    folder, reloads = watched
    with (folder / "a.yaml").open("w") as f:
        f.write("first half, ")
        f.flush()
        await asyncio.sleep(0.3)  # longer than the debounce's step: the watcher reports meanwhile
        f.write("second half")
    await reloads.next(1)
    await asyncio.sleep(1.0)
    assert all(seen == {"a.yaml": "first half, second half"} for seen in reloads.seen), reloads.seen


async def test_a_reload_names_the_files_that_changed(watched):
    folder, reloads = watched
    (folder / "a.yaml").write_text("one, edited")
    (folder / "b.yaml").write_text("new")
    await reloads.next(1)
    await asyncio.sleep(1.0)  # both writes may come as one reload or two
    assert set().union(*reloads.named) == {"a.yaml", "b.yaml"}
    assert reloads.seen[-1] == {"a.yaml": "one, edited", "b.yaml": "new"}


async def test_a_quiet_folder_is_checked_whole_now_and_then(tmp_path: Path):
    """The periodic check catches what the operating system's notices missed: no names given."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    reloads = Reloads(folder)
    task = asyncio.create_task(watch_knowledge(folder, reloads, rescan_every=0.5))
    try:
        await reloads.next(2)
        assert reloads.named[:2] == [None, None]
        assert reloads.reasons[0] == "periodic check of the whole folder"
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
