"""A save that takes most of an article's entries away is held back until confirmed or until
the file has stayed that way: a truncated file never silently replaces a whole article."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from bot.kb import holds
from bot.kb.store import KnowledgeStore
from tests.conftest import ARTICLE, DATA, KNOWLEDGE


def _truncate(path: Path, lines: int = 100, source: Path | None = None) -> None:
    """What a writer that died mid-file leaves: a valid article cut at an entry boundary."""
    text = (source or path).read_text(encoding="utf-8")
    path.write_text("".join(text.splitlines(keepends=True)[:lines]), encoding="utf-8")


@pytest.fixture
def store(knowledge_copy: Path) -> KnowledgeStore:
    store = KnowledgeStore(knowledge_copy)
    assert store.load().applied
    return store


def test_a_truncated_file_is_held_and_the_whole_article_keeps_serving(store, knowledge_copy):
    _truncate(knowledge_copy / ARTICLE)
    outcome = store.load()
    assert outcome.applied and not outcome.errors
    (held,) = outcome.held
    assert outcome.newly_held == (held,) and held.after < held.before // 2
    assert "held back until confirmed with /kb reload" in held.describe()
    assert store.engine.when("SCM").matched and store.engine.define("DPRK").matched
    again = store.load()  # nothing new: still held, but not news any more
    assert again.held == (held,) and again.newly_held == ()


def test_confirming_applies_the_held_change(store, knowledge_copy):
    _truncate(knowledge_copy / ARTICLE)
    store.load()
    outcome = store.load(confirm=True)
    assert outcome.held == () and not store.held
    assert not store.engine.when("SCM").matched and store.engine.who("Austin").matched


def test_a_change_that_stays_applies_by_itself_after_the_wait(store, knowledge_copy, monkeypatch):
    _truncate(knowledge_copy / ARTICLE)
    store.load()
    monkeypatch.setattr(holds, "HOLD", timedelta(0))
    outcome = store.load()
    assert outcome.held == () and not store.engine.when("SCM").matched


def test_another_truncated_save_starts_the_wait_again(store, knowledge_copy):
    _truncate(knowledge_copy / ARTICLE, 100)
    (first,) = store.load().held
    _truncate(knowledge_copy / ARTICLE, 115, source=KNOWLEDGE / ARTICLE)
    (second,) = store.load().held
    assert second.sha != first.sha and second.since > first.since


def test_an_ordinary_edit_and_a_small_article_are_never_held(store, knowledge_copy):
    path = knowledge_copy / ARTICLE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("role: U.S. Secretary of Defense", "role: Pentagon chief"), encoding="utf-8")
    assert store.load().held == () and "Pentagon chief" in store.engine.who("Austin").text
    small = knowledge_copy / "2024-03-05-small.yaml"
    small.write_text((DATA / "valid" / "minimal.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    store.load()
    _truncate(small, 22)  # four entries down to two: too small to judge
    assert store.load().held == ()
