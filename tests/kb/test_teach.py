"""Teaching /ask from what it missed: the moderators' loop closes (missed, added, answered)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.kb.answers import Kind
from bot.kb.loader import load_path
from bot.kb.store import KnowledgeStore
from bot.kb.teach import Lesson, apply, lesson

from ..conftest import KNOWLEDGE

MISSED = "what was the mood like between the two ministers"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copytree(KNOWLEDGE, tmp_path / "knowledge")
    return tmp_path / "knowledge"


def _teach(folder: Path, question: str) -> tuple[KnowledgeStore, Lesson | None]:
    store = KnowledgeStore(folder)
    store.load()
    return store, lesson(store.engine.kb, question, store.files())


def _learn(store: KnowledgeStore, taught: Lesson) -> None:
    path = Path(store.files()[taught.article_id])
    path.write_text(apply(taught, path.read_text(encoding="utf-8")), encoding="utf-8")
    outcome = store.load()
    assert outcome.applied and not outcome.errors


def test_missed_added_answered(folder: Path) -> None:
    store, taught = _teach(folder, MISSED)
    assert store.engine.ask(MISSED).kind == Kind.NOT_FOUND
    assert taught is not None and not taught.new
    assert taught.file is not None and taught.file.endswith(".yaml") and taught.after_line
    assert taught.yaml.splitlines()[-1].strip() == f"- {MISSED}"
    _learn(store, taught)
    found = store.engine.ask(MISSED)
    assert found.matched and found.citations
    # and so is a close variant, typed differently
    variant = store.engine.ask("What was the mood like between the 2 ministers?")
    assert variant.matched and variant.citations == found.citations


def test_a_second_question_goes_under_the_first(folder: Path) -> None:
    store, first = _teach(folder, MISSED)
    assert first is not None
    _learn(store, first)
    second = lesson(store.engine.kb, "were the ministers friendly: any tension?", store.files())
    assert second is not None and second.entry_id == first.entry_id
    assert "questions:" not in second.yaml  # one more item under the list already there
    assert second.yaml.strip() == "- 'were the ministers friendly: any tension?'"
    _learn(store, second)
    assert store.engine.ask("were the ministers friendly: any tension?").matched


def test_a_sentence_no_entry_holds_becomes_a_new_fact(tmp_path: Path) -> None:
    folder = tmp_path / "knowledge"
    folder.mkdir()
    (folder / "a.yaml").write_text(
        "id: a\n"
        "article: {outlet: O, title: T, url: 'https://example.org/a', published: 2024-05-02}\n"
        "summary: Officials met.\n"
        "paragraphs:\n"
        "  - The ferry to the island was cancelled because of fog in the strait.\n"
        "  - Officials met in the capital.\n",
        encoding="utf-8",
    )
    question = "why was the boat to the island called off"
    store, taught = _teach(folder, question)
    assert taught is not None and taught.new and taught.section == "facts"
    assert "The ferry to the island was cancelled" in taught.yaml and "paragraphs: [1]\n" in taught.yaml
    _learn(store, taught)
    found = store.engine.ask(question)
    assert found.matched and "ferry" in found.text


def test_nothing_close_is_not_offered(folder: Path) -> None:
    _, taught = _teach(folder, "who paid for lunch")
    assert taught is None


def test_a_lesson_never_breaks_a_file(folder: Path) -> None:
    """Questions written in flow style ([a, b]) cannot take a '- item' line: the lesson then says
    what to add but not after which line, and the file is never patched into something invalid."""
    store, taught = _teach(folder, MISSED)
    assert taught is not None
    path = Path(store.files()[taught.article_id])
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    lines.insert(taught.after_line or 0, f"{' ' * 4}questions: [how did it go]\n")
    path.write_text("".join(lines), encoding="utf-8")
    assert not load_path(folder).errors
    store.load()
    again = lesson(store.engine.kb, MISSED, store.files())
    assert again is not None and again.after_line is None and again.file
    with pytest.raises(ValueError):
        apply(again, text)


def test_a_question_over_several_lines_is_listed_on_one(folder: Path) -> None:
    store, taught = _teach(folder, "what was the mood\n\nlike between   the two ministers")
    assert taught is not None and taught.yaml.splitlines()[-1].strip() == f"- {MISSED}"
    assert lesson(store.engine.kb, "why " * 200, store.files()) is None  # a paste, not a phrasing
