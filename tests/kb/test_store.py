"""The served knowledge base: reloads patch it, restarts start from the last snapshot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from benchmarks.generate import generate
from bot.kb.index import KnowledgeBase
from bot.kb.store import KnowledgeStore
from tests.conftest import ARTICLE, DATA


@pytest.fixture
def folder(knowledge_copy: Path) -> Path:
    return knowledge_copy


def asked(store: KnowledgeStore) -> list[dict]:
    engine = store.engine
    return [
        engine.who("Austin").to_dict(),
        engine.ask("When did Austin meet Lee?").to_dict(),
        engine.search("extended deterrence").to_dict(),
        engine.summary().to_dict(),
    ]


def test_a_reload_patches_only_what_changed(folder: Path):
    store = KnowledgeStore(folder)
    store.load()
    served = store.engine.kb
    shutil.copy(DATA / "valid" / "newer_austin.yaml", folder / "2023-06-03-test-wire.yaml")
    outcome = store.load()
    assert outcome.applied and store.engine.kb is not served
    diplomat = served.articles[0]
    assert store.engine.kb.by_id(diplomat.id) is diplomat  # the unchanged article was not read again
    assert store.engine.who("Austin").source.outlet == "Test Wire"
    assert served.articles == [diplomat]  # what was served before is untouched


def test_a_restart_starts_from_the_snapshot_and_answers_the_same(folder: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    first = KnowledgeStore(folder, cache_dir=cache)
    first.load()
    assert first.snapshot is not None and first.snapshot.path.exists()
    second = KnowledgeStore(folder, cache_dir=cache)
    outcome = second.load()
    assert outcome.applied and not outcome.errors
    assert asked(second) == asked(first)


def test_a_file_changed_while_the_bot_was_down_is_patched_into_the_snapshot(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    generate(8, folder, seed=5)  # enough other articles for one change to be a patch
    cache = tmp_path / "cache"
    KnowledgeStore(folder, cache_dir=cache).load()
    text = (folder / ARTICLE).read_text(encoding="utf-8")
    (folder / ARTICLE).write_text(text.replace("role: U.S. Secretary of Defense", "role: Pentagon chief"))

    def no_full_build(articles):
        raise AssertionError("a restart with one file changed must not rebuild everything")

    monkeypatch.setattr(KnowledgeBase, "build", no_full_build)
    store = KnowledgeStore(folder, cache_dir=cache)
    outcome = store.load()
    assert outcome.applied and outcome.counts["articles"] == 9
    diplomat = store.engine.kb.by_id("diplomat-2023-01-31-austin-lee-seoul")
    assert diplomat is not None and diplomat.people[0].role == "Pentagon chief"
    assert "Pentagon chief" in store.engine.who("Austin").text


def test_an_unreadable_snapshot_is_ignored(folder: Path, tmp_path: Path):
    cache = tmp_path / "cache"
    first = KnowledgeStore(folder, cache_dir=cache)
    first.load()
    first.snapshot.path.write_bytes(b"not a pickle")
    store = KnowledgeStore(folder, cache_dir=cache)
    outcome = store.load()
    assert outcome.applied and store.engine.who("Austin").matched
