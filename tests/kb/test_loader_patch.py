"""A reload that finds a few files changed patches the last report instead of walking every
file: whatever happened to the folder, the result is what a fresh load of it gives."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.generate import generate
from bot.kb import loader
from bot.kb.loader import LoadReport, load_path


def _same(report: LoadReport, fresh: LoadReport) -> None:
    assert [a.id for a in report.articles] == [a.id for a in fresh.articles]
    assert report.articles == fresh.articles
    assert [str(e) for e in report.errors] == [str(e) for e in fresh.errors]
    assert (report.sources, report.paths, report.hashes) == (fresh.sources, fresh.paths, fresh.hashes)
    assert report.states.keys() == fresh.states.keys()
    assert len(report.vocabularies) == len(fresh.vocabularies)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "kb"
    generate(12, folder, seed=3, queries_per_kind=1)
    return folder


def _edit(file: Path, old: str, new: str) -> None:
    file.write_text(file.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")


def _files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.yaml"))


def _new_article(folder: Path) -> None:
    source = _files(folder)[0]
    text = source.read_text(encoding="utf-8").replace("id: synthetic-00000", "id: synthetic-99999", 1)
    (folder / "synthetic-99999.yaml").write_text(text, encoding="utf-8")


VOCABULARY = "schema_version: 1\nentries:\n  - words: [rocket, rockets]\n"
CHANGES: dict[str, Callable[[Path], None]] = {
    "an edit": lambda f: _edit(_files(f)[3], "summary: ", "summary: Edited. "),
    "two edits": lambda f: [_edit(p, "summary: ", "summary: Again. ") for p in _files(f)[4:6]] and None,
    "a new file": _new_article,
    "a file taken away": lambda f: _files(f)[2].unlink(),
    "a file renamed": lambda f: _files(f)[1].rename(f / "zz-renamed.yaml"),
    "an edit that breaks the file": lambda f: _edit(_files(f)[5], "summary: ", "summary: [unclosed "),
    "an id given twice": lambda f: _edit(_files(f)[6], _files(f)[6].stem, _files(f)[7].stem),
    "the vocabulary added": lambda f: (f / "vocabulary.yaml").write_text(VOCABULARY, encoding="utf-8"),
    "a link": lambda f: os.symlink(_files(f)[0], f / "linked.yaml"),
    "nothing": lambda f: None,
}


PATCHED = {"an edit", "two edits", "a new file", "a file taken away", "a file renamed", "nothing"}


@pytest.fixture
def patches(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each load was a patch (True) or fell back to the full walk (False)."""
    seen: list[bool] = []
    real = loader._patched
    monkeypatch.setattr(loader, "_patched", lambda *a: seen.append((r := real(*a)) is not None) or r)
    return seen


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_a_patched_reload_gives_what_a_fresh_load_gives(
    folder: Path, change: str, monkeypatch: pytest.MonkeyPatch, patches: list[bool]
) -> None:
    monkeypatch.setattr(loader, "RACY_NS", 0)  # as if the last read was long ago: stamps are trusted
    last = load_path(folder)
    CHANGES[change](folder)
    patched = load_path(folder, previous=last.states, last=last)
    assert patches == [change in PATCHED]  # the unusual is left to the full walk, which reports it
    _same(patched, load_path(folder))
    # and the next reload, from the patched report, still sees the next change
    _edit(_files(folder)[-1], "summary: ", "summary: Later. ")
    _same(load_path(folder, previous=patched.states, last=patched), load_path(folder))


def test_an_edit_beside_the_vocabulary_is_patched_and_the_vocabulary_kept(
    folder: Path, monkeypatch: pytest.MonkeyPatch, patches: list[bool]
) -> None:
    """The knowledge folder holds vocabulary.yaml: an edit to an article still patches."""
    monkeypatch.setattr(loader, "RACY_NS", 0)
    (folder / "vocabulary.yaml").write_text(VOCABULARY, encoding="utf-8")
    last = load_path(folder)
    _edit(_files(folder)[3], "summary: ", "summary: Edited. ")
    patched = load_path(folder, previous=last.states, last=last)
    assert patches == [True] and patched.vocabularies == last.vocabularies != []
    _same(patched, load_path(folder))


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files read from now on."""
    read: list[str] = []
    real = loader.load_file
    monkeypatch.setattr(
        loader, "load_file", lambda path, *a, **k: read.append(path.name) or real(path, *a, **k)
    )
    return read


def test_an_edit_is_read_alone(folder: Path, monkeypatch: pytest.MonkeyPatch, patches: list[bool]) -> None:
    monkeypatch.setattr(loader, "RACY_NS", 0)
    last = load_path(folder)
    read = _reads(monkeypatch)
    target = _files(folder)[3]
    _edit(target, "summary: ", "summary: Edited. ")
    report = load_path(folder, previous=last.states, last=last)
    assert read == [target.name] and patches == [True]
    assert report.articles[[a.id for a in report.articles].index(target.stem)].summary.startswith("Edited.")


def test_a_file_read_just_after_a_write_is_read_again_next_time(folder: Path, patches: list[bool]) -> None:
    """Times can be coarse: a file written right before it was read may change again without
    its stamp changing, so the patched reload reads it again until its stamp is old enough."""
    last = load_path(folder)  # every file was just written: all racy
    assert last.racy == set(last.states)
    with pytest.MonkeyPatch.context() as mp:
        read = _reads(mp)
        load_path(folder, previous=last.states, last=last)
    assert sorted(read) == sorted(p.name for p in _files(folder)) and patches == [True]


def _stamps(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.lstat().st_mtime_ns, p.lstat().st_ino) for p in folder.iterdir()}


def _listings(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders listed from now on."""
    listed: list[Path] = []
    real = loader._scan
    monkeypatch.setattr(loader, "_scan", lambda path, *a: listed.append(path) or real(path, *a))
    return listed


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_the_watchers_names_alone_give_what_a_fresh_load_gives(
    folder: Path, change: str, monkeypatch: pytest.MonkeyPatch, patches: list[bool]
) -> None:
    """Given the names of the files that changed (as the watcher reports them), a reload looks
    at those alone, without listing the folder, and gives what a fresh load gives."""
    monkeypatch.setattr(loader, "RACY_NS", 0)
    last = load_path(folder)
    before = _stamps(folder)
    CHANGES[change](folder)
    after = _stamps(folder)
    names = {n for n in before.keys() | after.keys() if before.get(n) != after.get(n)}
    listed = _listings(monkeypatch)
    hinted = load_path(folder, previous=last.states, last=last, changed=names)
    assert (not listed, patches[0]) == ((True, True) if change in PATCHED else (False, False))
    _same(hinted, load_path(folder))


def test_a_change_the_watcher_missed_is_found_by_the_next_full_check(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loader, "RACY_NS", 0)
    last = load_path(folder)
    missed, seen = _files(folder)[2], _files(folder)[5]
    _edit(missed, "summary: ", "summary: Missed. ")
    _edit(seen, "summary: ", "summary: Seen. ")
    hinted = load_path(folder, previous=last.states, last=last, changed=[seen.name, "notes.txt", "../x.yaml"])
    summaries = {a.id: a.summary for a in hinted.articles}
    assert summaries[seen.stem].startswith("Seen.") and not summaries[missed.stem].startswith("Missed.")
    checked = load_path(folder, previous=hinted.states, last=hinted)  # the periodic check: no names
    _same(checked, load_path(folder))
    assert {a.id: a.summary for a in checked.articles}[missed.stem].startswith("Missed.")
