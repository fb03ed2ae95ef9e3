"""Moderators' mistakes, made by mutating the real knowledge file: each is rejected with file,
line and field, in bounded time and memory, and the last good knowledge base keeps serving."""

from __future__ import annotations

import os
import shutil
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.kb.loader import load_path
from bot.kb.store import KnowledgeStore
from tests.conftest import KNOWLEDGE
from tests.reliability import figures

NAME = "2023-01-31-diplomat-austin-lee-seoul.yaml"
GOOD = (KNOWLEDGE / NAME).read_text(encoding="utf-8")


def sub(old: str, new: str, count: int = 1) -> Callable[[], str | bytes]:
    assert old in GOOD, old
    return lambda: GOOD.replace(old, new, count)


NESTED = "deep: " + "[" * 200 + "]" * 200 + "\n"
LAUGHS = "".join(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9) if i else '1'}]\n" for i in range(12))

MUTATIONS: dict[str, Callable[[], str | bytes]] = {
    # syntax
    "missing colon": sub("summary: >-", "summary >-"),
    "unclosed bracket": sub("key_people: [austin, lee]", "key_people: [austin, lee"),
    "unclosed quote": sub('to South Korea"\n  url:', "to South Korea\n  url:"),
    "tab indentation": sub("    name: Lloyd Austin", "\tname: Lloyd Austin"),
    "bad indentation": sub("    role: U.S. Secretary of Defense", "  role: U.S. Secretary of Defense"),
    # wrong types
    "paragraphs as text": sub("    paragraphs: [1, 3, 8]", '    paragraphs: "one, three"'),
    "aliases as mapping": sub("    aliases: [Tokyo, 일본]", "    aliases: {city: Tokyo}"),
    "date as list": sub("    date: 2022-11-03", "    date: [2022, 11, 3]"),
    "published as boolean": sub("  published: 2023-01-31", "  published: yes"),
    "planned as text": sub("    planned: true", "    planned: sometimes"),
    "summary as list": sub("summary: >-", "summary:\n  - a\nsummary_old: >-"),
    # missing and empty
    "person without name": sub("    name: Lloyd Austin\n", ""),
    "no summary": lambda: GOOD.replace("summary: >-", "old_summary: >-"),
    "term without definition": sub("    definition: The official name of South Korea.\n", ""),
    "empty quote text": sub("    text: hostile policies", '    text: ""'),
    "empty paragraphs": sub(
        "    paragraphs: [8]\n\n  - id: hostile", "    paragraphs: []\n\n  - id: hostile"
    ),
    # dates
    "month 13": sub("    date: 2022-11-03", "    date: 2022-13-03"),
    "slashed date": sub("    date: 2022-11-03", '    date: "03/11/2022"'),
    "word date": sub("    date: 2022-11-03", "    date: yesterday"),
    "february 30": sub("    date: 2022-11-03", "    date: 2023-02-30"),
    # dangling references
    "unknown speaker": sub("    speaker: north-korea", "    speaker: kim-jong-un"),
    "unknown entity": sub(
        "    entities: [austin, lee]\n    paragraphs: [1]",
        "    entities: [austin, ghost]\n    paragraphs: [1]",
    ),
    "unknown key person": sub("key_people: [austin, lee]", "key_people: [austin, biden]"),
    "paragraph 99": sub("    paragraphs: [12]", "    paragraphs: [99]"),
    "paragraph 0": sub("    paragraphs: [12]", "    paragraphs: [0]"),
    "unknown member": sub("    members: [austin, lee]", "    members: [austin, moon]"),
    # duplicates
    "duplicate id": sub("  - id: japan", "  - id: south-korea"),
    "alias naming two people": sub("      - Loyd Austin", "      - Lee"),
    "duplicate key": sub(
        "    role: U.S. Secretary of Defense", "    role: U.S. Secretary of Defense\n    role: Secretary"
    ),
    "unknown field": sub("summary: >-", "sumary: >-"),
    # dangerous YAML
    "python object tag": sub("summary: >-", "summary: !!python/object/apply:os.system ['id']\nx: >-"),
    "python name tag": sub("summary: >-", "summary: !!python/name:os.system\nx: >-"),
    "custom tag": sub("summary: >-", "summary: !secret foo\nx: >-"),
    "binary tag": sub("summary: >-", "summary: !!binary aGVsbG8=\nx: >-"),
    "billion laughs": lambda: GOOD + LAUGHS,
    "merge key": lambda: GOOD + "base: &base {a: 1}\nderived:\n  <<: *base\n",
    "deep nesting": lambda: GOOD + NESTED,
    # not a knowledge file at all
    "empty file": lambda: "",
    "only comments": lambda: "# nothing here\n",
    "top-level list": lambda: "- a\n- b\n",
    "top-level text": lambda: "just some text\n",
    "latin-1 bytes": lambda: GOOD.replace("이종섭", "Café").encode("latin-1", errors="replace"),
    "stray 0xff bytes": lambda: GOOD.encode("utf-8")[:5000] + b"\xff\xfe\xfd" + GOOD.encode("utf-8")[5000:],
    "utf-16": lambda: GOOD.encode("utf-16"),
    "binary junk": lambda: os.urandom(4096),
    "truncated half-way": lambda: GOOD[: len(GOOD) // 2],
}
FILE_LEVEL = {"oversized (50 MB)", "directory", "symlink out of the folder", "binary junk", "utf-16"}


def _write(folder: Path, kind: str) -> None:
    target = folder / NAME
    if kind == "oversized (50 MB)":
        with target.open("wb") as f:
            f.write(GOOD.encode())
            f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, no time to write it
    elif kind == "directory":
        target.mkdir()
    elif kind == "symlink out of the folder":
        outside = folder.parent / "outside.yaml"
        outside.write_text(GOOD, encoding="utf-8")
        target.symlink_to(outside)
    else:
        content = MUTATIONS[kind]()
        target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


KINDS = [*MUTATIONS, "oversized (50 MB)", "directory", "symlink out of the folder"]


@pytest.mark.parametrize("kind", KINDS)
def test_each_mistake_is_rejected_with_file_line_and_field(tmp_path: Path, kind: str):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    _write(folder, kind)
    tracemalloc.start()
    started = time.perf_counter()
    report = load_path(folder)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    figures.add("broken knowledge files tried")

    assert report.articles == [], "a broken file must not load"
    assert report.errors
    for error in report.errors:
        assert error.file.endswith(NAME)
        assert error.field
        assert error.message
        if kind not in FILE_LEVEL:
            assert error.line is not None, str(error)
    assert seconds < 2.0, f"{seconds:.2f} s"
    assert peak < 64 * 1024 * 1024, f"{peak / 1e6:.0f} MB"


def test_the_running_store_keeps_the_last_good_base_through_every_mistake(tmp_path: Path):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    shutil.copy(KNOWLEDGE / NAME, folder / NAME)
    store = KnowledgeStore(folder)
    assert store.load().applied
    good_engine = store.engine
    lost = 0
    for kind in KINDS:
        target = folder / NAME
        if target.is_dir() and not target.is_symlink():
            target.rmdir()
        else:
            target.unlink()
        _write(folder, kind)
        outcome = store.load()
        figures.add("broken files applied to a running store")
        if outcome.applied or store.engine is not good_engine or not store.engine.who("Austin").matched:
            lost += 1
        assert outcome.errors and store.last_errors
    figures.add("lost or mixed knowledge-base states", lost)
    assert lost == 0
    (folder / NAME).unlink()
    shutil.copy(KNOWLEDGE / NAME, folder / NAME)
    assert store.load().applied and not store.last_errors  # and a fix goes live again
