"""Live reload under faults: half-written, deleted, renamed, unreadable and rapidly changing files.
The bot never serves a mixture of two versions, never drops to an empty knowledge base, and
settles on the final good state."""

from __future__ import annotations

import asyncio
import pathlib
import shutil
from pathlib import Path

import pytest

from bot import create_bot
from tests.conftest import KNOWLEDGE
from tests.reliability import figures

NAME = "2023-01-31-diplomat-austin-lee-seoul.yaml"
GOOD = (KNOWLEDGE / NAME).read_text(encoding="utf-8")
ROLE = "role: U.S. Secretary of Defense"
SUMMARY = "U.S. Defense Secretary Lloyd Austin met South Korean Defense Minister"


def version(tag: str) -> str:
    """The article with one marker in two far-apart places: a mixture would show both tags."""
    return GOOD.replace(ROLE, f"{ROLE} [{tag}]").replace(SUMMARY, f"[{tag}] {SUMMARY}")


def served_tags(bot) -> tuple[str, str]:
    engine = bot.store.engine  # one snapshot, as a command takes it
    who, summary = engine.who("Austin"), engine.summary()
    if not who.matched or not summary.matched:
        return ("EMPTY", "EMPTY")
    return (_tag(who.text), _tag(summary.text))


def _tag(text: str) -> str:
    return text.split("[", 1)[1].split("]", 1)[0] if "[" in text else "original"


async def _until(condition, timeout: float = 10.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "timed out waiting for the knowledge base to settle"
        await asyncio.sleep(0.05)


@pytest.fixture
async def live(fake, make_settings, tmp_path: Path):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    shutil.copy(KNOWLEDGE / NAME, folder / NAME)
    bot = create_bot(make_settings(knowledge_dir=folder, watch=True))
    bot.errors_expected = True  # bad states are logged at ERROR on purpose here
    task = await fake.connect(bot)
    await asyncio.sleep(0.3)
    yield bot, folder
    await bot.close()
    task.cancel()


class Watchdog:
    """Samples what is served, all the time, while a test changes the files."""

    def __init__(self, bot) -> None:
        self.bot, self.samples, self.bad = bot, 0, []
        self.task = asyncio.ensure_future(self._run())

    async def _run(self) -> None:
        while True:
            who, summary = served_tags(self.bot)
            self.samples += 1
            if who != summary or who == "EMPTY":
                self.bad.append((who, summary))
            await asyncio.sleep(0.005)

    async def stop(self) -> list[tuple[str, str]]:
        self.task.cancel()
        await asyncio.gather(self.task, return_exceptions=True)
        figures.add("reload-fault samples checked", self.samples)
        figures.add("lost or mixed knowledge-base states", len(self.bad))
        return self.bad


async def test_a_half_written_file_never_replaces_the_good_one(live):
    bot, folder = live
    dog = Watchdog(bot)
    text = version("A")
    (folder / NAME).write_text(text[: len(text) // 3], encoding="utf-8")  # the editor is mid-save
    await _until(lambda: bool(bot.store.last_errors))
    assert served_tags(bot) == ("original", "original")
    (folder / NAME).write_text(text, encoding="utf-8")
    await _until(lambda: served_tags(bot) == ("A", "A") and not bot.store.last_errors)
    assert await dog.stop() == []


async def test_deleting_every_file_keeps_the_last_good_base(live):
    bot, folder = live
    dog = Watchdog(bot)
    (folder / NAME).unlink()
    await _until(lambda: bool(bot.store.last_errors))
    assert "holds no knowledge files" in bot.store.last_errors[0].message
    assert served_tags(bot) == ("original", "original")
    (folder / NAME).write_text(version("B"), encoding="utf-8")
    await _until(lambda: served_tags(bot) == ("B", "B"))
    assert await dog.stop() == []


async def test_renaming_the_file_keeps_answering(live):
    bot, folder = live
    dog = Watchdog(bot)
    loaded = bot.store.loaded_at
    (folder / NAME).rename(folder / "renamed.yaml")
    await _until(lambda: bot.store.loaded_at != loaded or bool(bot.store.last_errors))
    await asyncio.sleep(0.8)
    assert served_tags(bot) == ("original", "original")
    assert await dog.stop() == []


async def test_an_unreadable_file_is_reported_and_the_good_base_serves(live, monkeypatch):
    bot, folder = live
    dog = Watchdog(bot)
    real = pathlib.Path.read_bytes

    def unreadable(self: pathlib.Path) -> bytes:
        if self.name == NAME:
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(pathlib.Path, "read_bytes", unreadable)
    (folder / NAME).write_text(version("C"), encoding="utf-8")
    await _until(lambda: bool(bot.store.last_errors))
    assert "cannot be read: Permission denied" in bot.store.last_errors[0].message
    assert served_tags(bot) == ("original", "original")
    monkeypatch.setattr(pathlib.Path, "read_bytes", real)
    (folder / NAME).write_text(version("C"), encoding="utf-8")
    await _until(lambda: served_tags(bot) == ("C", "C"))
    assert await dog.stop() == []


async def test_many_changes_a_second_never_mix_versions_and_settle_on_the_last(live):
    bot, folder = live
    dog = Watchdog(bot)
    for n in range(40):  # 40 saves, 25 ms apart, some of them broken halfway
        text = version(f"v{n}")
        (folder / NAME).write_text(text if n % 3 else text[: len(text) // 2], encoding="utf-8")
        await asyncio.sleep(0.025)
    (folder / NAME).write_text(version("final"), encoding="utf-8")
    await _until(lambda: served_tags(bot) == ("final", "final") and not bot.store.last_errors)
    figures.add("rapid saves during reload test", 41)
    assert await dog.stop() == []
