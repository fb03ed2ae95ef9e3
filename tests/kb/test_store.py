"""The served knowledge base: reloads patch it, restarts start from the last snapshot."""

from __future__ import annotations

import os
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


def test_a_reload_told_which_file_changed_serves_it_and_a_load_with_nothing_new_says_so(folder: Path):
    store = KnowledgeStore(folder)
    store.load()
    served = store.engine
    name = "2023-06-03-test-wire.yaml"
    shutil.copy(DATA / "valid" / "newer_austin.yaml", folder / name)
    outcome = store.load(changed=[name])
    assert outcome.applied and not outcome.same and store.engine.who("Austin").source.outlet == "Test Wire"
    after = store.engine
    again = store.load(changed=[name])
    assert again.same and store.engine is after
    (folder / name).unlink()
    assert not store.load(changed=[name]).same
    assert store.engine.who("Austin").source.outlet == served.who("Austin").source.outlet


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
    generate(60, folder, seed=5)  # enough other articles for one change to be a patch
    cache = tmp_path / "cache"
    KnowledgeStore(folder, cache_dir=cache).load()
    text = (folder / ARTICLE).read_text(encoding="utf-8")
    (folder / ARTICLE).write_text(text.replace("role: U.S. Secretary of Defense", "role: Pentagon chief"))

    def no_full_build(articles):
        raise AssertionError("a restart with one file changed must not rebuild everything")

    monkeypatch.setattr(KnowledgeBase, "build", no_full_build)
    store = KnowledgeStore(folder, cache_dir=cache)
    outcome = store.load()
    assert outcome.applied and outcome.counts["articles"] == 61
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


def _rewrite_keeping_size_and_mtime(path: Path, old: str, new: str) -> None:
    """What `cp -p` or `rsync --inplace -t` can leave: new bytes, same size, same mtime."""
    assert len(old) == len(new)
    st = path.stat()
    text = path.read_text(encoding="utf-8")
    with path.open("r+", encoding="utf-8") as f:  # in place: the same inode
        f.write(text.replace(old, new))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    after = path.stat()
    assert (after.st_ino, after.st_size, after.st_mtime_ns) == (st.st_ino, st.st_size, st.st_mtime_ns)


def test_an_in_place_rewrite_with_the_same_size_and_mtime_is_seen_after_a_restart(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr("bot.kb.loader.RACY_NS", 0)  # as if the last read was long ago
    cache = tmp_path / "cache"
    KnowledgeStore(folder, cache_dir=cache).load()
    _rewrite_keeping_size_and_mtime(
        folder / ARTICLE, "role: U.S. Secretary of Defense", "role: U.S. Secretary of Defence"
    )
    store = KnowledgeStore(folder, cache_dir=cache)
    store.load()
    assert "Secretary of Defence" in store.engine.who("Austin").text


def test_on_coarse_file_times_a_change_right_after_a_read_is_found_by_content(
    folder: Path, monkeypatch: pytest.MonkeyPatch
):
    """Where file times are coarse (a second, or a few ms on Linux), two writes can leave equal
    stamps: a file changed so close to its last read is compared by content."""
    from bot.kb import loader

    def coarse(st: os.stat_result) -> loader.Stamp:
        second = 1_000_000_000
        return (
            st.st_dev,
            st.st_ino,
            st.st_size,
            st.st_mtime_ns // second * second,
            st.st_ctime_ns // second * second,
        )

    monkeypatch.setattr(loader, "_stamp_of", coarse)
    store = KnowledgeStore(folder)
    store.load()
    path = folder / ARTICLE
    before = path.stat()
    path.write_text(
        path.read_text(encoding="utf-8").replace("Defense Secretary Austin", "Defence Secretary Austin")
    )
    assert coarse(path.stat()) == coarse(before) or pytest.skip("the second ticked over between the writes")
    store.load()
    assert store.engine.kb.by_id("diplomat-2023-01-31-austin-lee-seoul").people[0].aliases[3] == (
        "Defence Secretary Austin"
    )


def test_a_save_that_changes_nothing_costs_nothing(folder: Path):
    store = KnowledgeStore(folder)
    store.load()
    served = store.engine.kb
    path = folder / ARTICLE
    path.touch()
    store.load()
    path.write_bytes(path.read_bytes())  # saved again, same text
    store.load()
    assert store.engine.kb is served and len(served.docs) == served.bm25.live
