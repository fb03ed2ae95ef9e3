"""The on-disk caches: only what the bot wrote itself is ever unpickled; anything unexpected is
ignored, logged once, and the work done again."""

from __future__ import annotations

import logging
import os
import pickle
import stat
from dataclasses import replace
from pathlib import Path

import pytest

from bot.kb.cache import MAGIC, ArticleCache, CacheFolder, Snapshot
from bot.kb.index import KnowledgeBase
from bot.kb.loader import FileState, LoadReport
from bot.kb.store import KnowledgeStore
from bot.settings import Settings, SettingsError
from tests.conftest import ARTICLE


class Planted:
    """A pickle that runs a command when unpickled: what an attacker would plant."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


@pytest.fixture
def folder(knowledge_copy: Path) -> Path:
    return knowledge_copy


def _store(folder: Path, tmp_path: Path) -> KnowledgeStore:
    return KnowledgeStore(folder, cache_dir=tmp_path / "cache", key_file=tmp_path / "config" / "cache.key")


def test_a_planted_snapshot_or_article_never_runs_and_the_bot_answers(folder, tmp_path, caplog):
    first = _store(folder, tmp_path)
    first.load()
    marker = tmp_path / "pwned"
    evil = pickle.dumps(Planted(marker))
    first.snapshot.path.write_bytes(evil)  # as an old, unsigned cache file would be
    articles = first.cache.folder
    for entry in articles.rglob("*.pickle"):
        entry.write_bytes(MAGIC + b"\0" * 32 + evil)  # a forged header with a wrong signature
    caplog.set_level(logging.WARNING)
    store = _store(folder, tmp_path)
    outcome = store.load()
    assert not marker.exists(), "a cache file ran code"
    assert outcome.applied and store.engine.who("Austin").matched
    assert any("signature mismatch" in r.getMessage() for r in caplog.records)


def test_a_file_signed_with_another_key_is_refused(tmp_path):
    mine = CacheFolder.open(tmp_path / "cache", tmp_path / "a.key")
    theirs = CacheFolder.open(tmp_path / "cache", tmp_path / "b.key")
    assert mine is not None and theirs is not None and mine.key != theirs.key
    path = tmp_path / "cache" / "x.pickle"
    assert theirs.write(path, {"data": 1})
    assert mine.read(path) is None and not path.exists()  # dropped, so it is not checked again
    assert mine.write(path, {"data": 2}) and mine.read(path) == {"data": 2}


def test_folders_and_key_are_made_for_the_owner_only(tmp_path):
    folder = CacheFolder.open(tmp_path / "a" / "cache", tmp_path / "config" / "cache.key")
    assert folder is not None
    assert stat.S_IMODE((tmp_path / "a" / "cache").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "config" / "cache.key").stat().st_mode) == 0o600
    assert folder.write(folder.path / "x.pickle", 1)
    assert stat.S_IMODE((folder.path / "x.pickle").stat().st_mode) == 0o600


def test_a_key_inside_the_cache_folder_turns_the_cache_off(tmp_path, caplog):
    assert CacheFolder.open(tmp_path / "cache", tmp_path / "cache" / "cache.key") is None
    assert "must not be inside the cache folder" in caplog.text


def test_the_default_cache_is_per_user_and_absolute(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    settings = Settings.from_env({})
    assert settings.kb_cache_dir == tmp_path / "xdg" / "alliance-bot" / "kb"
    assert settings.kb_cache_key.is_absolute() and settings.kb_cache_key.name == "cache.key"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")  # the spec: absolute or ignored
    assert Settings.from_env({}).kb_cache_dir == Path.home() / ".cache" / "alliance-bot" / "kb"
    with pytest.raises(SettingsError, match="KB_CACHE_DIR: give an absolute path"):
        Settings.from_env({"KB_CACHE_DIR": ".cache/kb"})
    assert Settings.from_env({"KB_CACHE_DIR": "off"}).kb_cache_dir is None


@pytest.mark.parametrize(
    "content",
    [
        ["not", "a", "pair"],
        ({"x": "not a file state"}, None),
        ({1: None}, KnowledgeBase()),
        ("states", "kb"),
        ({"x": FileState((1, 2, 3), None, (), None)}, KnowledgeBase()),  # file states alone, as before
        (LoadReport(states={"x": FileState((1, 2, 3), None, (), None)}), KnowledgeBase()),  # an older stamp
    ],
)
def test_a_snapshot_of_the_wrong_shape_is_ignored_and_rebuilt(folder, tmp_path, caplog, content):
    first = _store(folder, tmp_path)
    first.load()
    first.snapshot.folder.write(first.snapshot.path, content)  # signed: the bot's own key
    caplog.set_level(logging.INFO)
    store = _store(folder, tmp_path)
    outcome = store.load()
    assert outcome.applied and not outcome.errors
    assert store.engine.who("Austin").matched and store.engine.when("SCM").matched


@pytest.mark.parametrize("spoil", ["parts", "docs", "articles"])
def test_a_snapshot_whose_knowledge_base_does_not_fit_is_rebuilt(folder, tmp_path, caplog, spoil):
    first = _store(folder, tmp_path)
    first.load()
    report, kb = first.snapshot.read()
    if spoil == "parts":
        kb.units = replace(kb.units, spans={})
    elif spoil == "docs":
        kb.units = replace(kb.units, docs=kb.units.docs[:-1])
    else:
        kb.catalog = replace(kb.catalog, ordered=("not an article",))
    first.snapshot.folder.write(first.snapshot.path, (report, kb))
    store = _store(folder, tmp_path)
    outcome = store.load()
    assert outcome.applied and store.engine.who("Austin").matched and store.engine.summary().matched
    assert "ignoring the knowledge-base snapshot" in caplog.text


def test_the_article_cache_refuses_what_is_not_an_article(tmp_path):
    folder = CacheFolder.open(tmp_path / "cache", tmp_path / "k")
    cache = ArticleCache(folder)
    cache.root.write(cache._path("ab" * 32), {"not": "an article"})
    assert cache.get("ab" * 32) is None and cache.misses == 1


def test_snapshot_drop_removes_the_file(tmp_path, folder):
    cache = CacheFolder.open(tmp_path / "cache", tmp_path / "k")
    snapshot = Snapshot(cache, folder)
    assert snapshot.write(LoadReport(), KnowledgeBase()) and snapshot.path.exists()
    snapshot.drop()
    assert not snapshot.path.exists() and snapshot.read() is None


def test_the_served_article_survives_a_restart_unchanged(folder, tmp_path):
    _store(folder, tmp_path).load()
    store = _store(folder, tmp_path)
    store.load()
    assert store.engine.kb.by_id("diplomat-2023-01-31-austin-lee-seoul") is not None
    assert (folder / ARTICLE).exists()


def test_processes_starting_together_share_one_key(tmp_path):
    """Several bots starting at once with no key yet: every one ends up with the same key, and
    none turns its cache off for finding the file half written or already there."""
    from concurrent.futures import ThreadPoolExecutor

    from bot.kb.cache import _read_or_make_key

    key_file = tmp_path / "config" / "cache.key"
    with ThreadPoolExecutor(8) as pool:
        keys = list(pool.map(lambda _: _read_or_make_key(key_file), range(32)))
    assert len(set(keys)) == 1 and keys[0] == key_file.read_bytes()
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in key_file.parent.iterdir()] == ["cache.key"]  # no temporary left


def test_an_article_pickles_lean_and_comes_back_the_same():
    """Models are pickled without pydantic's per-model state; what they were given survives."""
    from bot.kb.loader import load_path
    from tests.conftest import KNOWLEDGE

    article = load_path(KNOWLEDGE / ARTICLE).articles[0]
    back = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    assert back == article and back is not article
    assert back.model_dump(exclude_unset=True) == article.model_dump(exclude_unset=True)
    assert back.people[0].model_fields_set == article.people[0].model_fields_set
    assert back.model_copy(update={"summary": "changed"}).summary == "changed" and back == article
    empty = [v for e in back.events for v in e.__dict__.values() if type(v) is list and not v]
    assert empty and all(v is empty[0] for v in empty)  # one shared empty list, still a list
    sections = (back.people, back.organizations, back.events, back.quotes, back.terms, back.facts)
    equal: dict[tuple[int, ...], list[list[int]]] = {}
    for item in (item for section in sections for item in section):
        equal.setdefault(tuple(item.paragraphs), []).append(item.paragraphs)
    repeated = [lists for lists in equal.values() if len(lists) > 1]
    assert repeated and all(p is lists[0] for lists in repeated for p in lists)  # one [2, 3], and so on


def test_a_large_name_table_pickles_its_postings_as_one_array_and_finds_the_same():
    from bot.kb.fuzzy import EXHAUSTIVE, NameTable

    table: NameTable[int] = NameTable()
    for n in range(EXHAUSTIVE * 3):
        table.add(n, [f"minister{n} of {('defence', 'unification', 'trade')[n % 3]}"])
    table.settle()
    back = pickle.loads(pickle.dumps(table, protocol=pickle.HIGHEST_PROTOCOL))
    assert len(back._postings) == len(table._postings) > 0
    pairs = zip(back._postings, table._postings, strict=True)
    assert all((a == b).all() and a.dtype == b.dtype for a, b in pairs)

    def found(t: NameTable[int], name: str) -> list[int]:
        return [m.value for m in t.lookup(name)]

    assert found(back, "minister77 of trade") == found(table, "minister77 of trade") != []
    grown = back.copy()  # the views into one array are replaced, never written to
    grown.add(-1, ["minister of everything"])
    grown.settle()
    assert found(grown, "minister of everything")[0] == -1 and -1 not in found(back, "minister of everything")


def test_equal_dates_and_ranks_pickle_once_and_still_order_newest_first():
    """Equal dates are one object after a round trip; a rank's reversed text (same day: titles
    in order) still sorts the same way and pickles as plain text."""
    from bot.kb.catalog import article_rank
    from bot.kb.dates import PartialDate
    from bot.kb.loader import load_path
    from bot.kb.models import ArticleFile
    from tests.conftest import KNOWLEDGE

    article = load_path(KNOWLEDGE / ARTICLE).articles[0]

    def dates(a: ArticleFile) -> list[PartialDate]:
        return [a.article.published, *(e.date for e in a.events if e.date is not None)]

    back = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    assert dates(back) == dates(article)
    repeated = {d for d in dates(article) if dates(article).count(d) > 1}  # published that day, too
    assert repeated and all(len({id(x) for x in dates(back) if x == d}) == 1 for d in repeated)
    rank = article_rank(article)
    renamed = article.model_copy(update={"id": "zzz"})
    assert rank > article_rank(renamed)  # same day and title: the earlier id ranks as newer
    assert pickle.loads(pickle.dumps(rank, protocol=pickle.HIGHEST_PROTOCOL)) == rank
    assert sorted([article_rank(renamed), rank]) == [article_rank(renamed), rank]
