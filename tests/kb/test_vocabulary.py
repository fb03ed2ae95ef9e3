"""knowledge/vocabulary.yaml: validated with file, line and field, and live on the next load."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.cli import main
from bot.kb.answers import Kind
from bot.kb.index import KnowledgeBase
from bot.kb.loader import load_path
from bot.kb.store import KnowledgeStore
from bot.kb.vocabulary import Vocabulary

from ..conftest import KNOWLEDGE

ASKED = "which zorblat did the us send in september 2022"
TAUGHT = "  - words: [zorblat]\n    means: [aircraft carrier]\n"


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, folder)
    return folder


def _one_article(tmp_path: Path, summary: str, paragraph: str, entries: str) -> KnowledgeBase:
    """A knowledge base of one article of one paragraph, with a vocabulary of these entries."""
    (tmp_path / "a.yaml").write_text(
        "id: a\narticle: {outlet: O, title: T, url: 'https://example.org/a', published: 2024-05-02}\n"
        f"summary: {summary}\nparagraphs:\n  - {paragraph}\n",
        encoding="utf-8",
    )
    (tmp_path / "vocabulary.yaml").write_text(f"schema_version: 1\nentries:\n{entries}", encoding="utf-8")
    return KnowledgeBase.loaded(load_path(tmp_path))


def test_the_shipped_vocabulary_validates_and_loads() -> None:
    report = load_path(KNOWLEDGE)
    assert not report.errors and len(report.vocabularies) == 1
    assert len(Vocabulary.of(report.vocabularies)) > 100


def test_a_new_word_is_known_after_the_next_load(tmp_path: Path) -> None:
    folder = _copy(tmp_path)
    store = KnowledgeStore(folder)
    store.load()
    assert store.engine.ask(ASKED).kind == Kind.NOT_FOUND  # a rare word the articles never use
    vocabulary = folder / "vocabulary.yaml"
    vocabulary.write_text(vocabulary.read_text(encoding="utf-8") + TAUGHT, encoding="utf-8")
    outcome = store.load()
    assert outcome.applied and not outcome.errors
    found = store.engine.ask(ASKED)
    assert found.matched and "Ronald Reagan" in found.text


def test_a_broken_vocabulary_names_file_line_and_field_and_the_last_good_one_serves(
    tmp_path: Path, capsys
) -> None:
    folder = _copy(tmp_path)
    vocabulary = folder / "vocabulary.yaml"
    store = KnowledgeStore(folder)
    store.load()
    vocabulary.write_text(
        vocabulary.read_text(encoding="utf-8") + TAUGHT + "  - means: [nothing]\n", encoding="utf-8"
    )
    lines = vocabulary.read_text(encoding="utf-8").count("\n")
    assert main(["check", str(folder)]) == 1
    err = capsys.readouterr()
    shown = err.out + err.err
    assert f"vocabulary.yaml:{lines}" in shown and "entries[" in shown and "words" in shown
    outcome = store.load()
    assert outcome.errors and store.engine.ask(ASKED).kind == Kind.NOT_FOUND  # the old one serves
    assert store.engine.ask("how many nukes does north korea have").command == "ask"


def test_the_articles_words_are_indexed_as_the_articles_own_are() -> None:
    """A phrase the vocabulary gives for the articles is made into index terms once, as an
    article's words are: "defense" is the term "defens", not a stem of that stem ("defen")."""
    from bot.kb.question import parse
    from bot.kb.text import terms

    kb = KnowledgeBase.loaded(load_path(KNOWLEDGE))
    q = parse(kb, "is it a mutual defense pact")
    (phrase,) = [w for w in q.words if w.typed == "mutual defense"]
    assert frozenset(terms("collective defense")) in phrase.options
    assert frozenset({"collect", "defen"}) not in phrase.options


def test_a_phrase_keeps_its_particle_when_the_index_has_it(tmp_path: Path) -> None:
    """ "scale back" is "scale" and "back" ("back" is indexed): "cut back" finds "scaled back"
    through it, and "expand" never finds a plain "scale" through "scale up" (whose "up" the
    index drops)."""
    from bot.kb.question import parse

    kb = _one_article(
        tmp_path,
        "Drills.",
        "The allies scaled back their spring drills in 2018.",
        "  - words: [scale back, cut back]\n  - words: [scale up, expand]\n",
    )
    (cut,) = [w for w in parse(kb, "why did they cut back the drills").words if w.typed == "cut back"]
    assert frozenset({"scale", "back"}) in cut.options and cut.known
    (expand,) = [w for w in parse(kb, "why did they expand the drills").words if w.typed == "expand"]
    assert frozenset({"scale"}) not in expand.options and not expand.known


def test_a_slip_is_mended_into_a_word_the_vocabulary_knows(tmp_path: Path) -> None:
    """ "worred" is "worried", which the articles say as "concerned" (the vocabulary says so)."""
    from bot.kb.question import parse

    kb = _one_article(
        tmp_path,
        "Worry.",
        "The minister was concerned about the drills.",
        "  - words: [worried, concerned]\n",
    )
    (word,) = [w for w in parse(kb, "was the minister worred about the drills").words if "worr" in w.typed]
    assert word.typed == "worried" and word.known


def test_a_word_for_words_that_say_nothing_says_nothing(tmp_path: Path) -> None:
    """ "insist", which the vocabulary gives as "say" (a word too common to index): no more a word
    the articles lack than "say" is; the question is answered from what else it asks."""
    from bot.kb.engine import Engine
    from bot.kb.question import parse

    kb = _one_article(
        tmp_path,
        "Drills.",
        "Sealand says the spring drills must be permanently halted.",
        "  - words: [insist, insists]\n    means: [say, says, said]\n",
    )
    typed = "what does sealand insist has to be permanently halted"
    assert "insist" not in {w.typed for w in parse(kb, typed).words}
    assert Engine(kb).ask(typed).matched
