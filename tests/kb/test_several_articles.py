"""Several articles: the newest is the default, `article` picks another, lookups search all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.kb.engine import Engine
from bot.kb.index import KnowledgeBase
from bot.kb.loader import load_path
from tests.conftest import DATA, KNOWLEDGE

DIPLOMAT = "diplomat-2023-01-31-austin-lee-seoul"


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> Engine:
    folder: Path = tmp_path_factory.mktemp("knowledge")
    for path in KNOWLEDGE.glob("*.yaml"):
        shutil.copy(path, folder / path.name)
    shutil.copy(DATA / "valid" / "newer_austin.yaml", folder / "2023-06-03-test-wire.yaml")
    report = load_path(folder)
    assert report.ok, report.errors
    return Engine(KnowledgeBase.build(report.articles))


def test_the_newest_article_is_the_default_summary_and_the_views_span_both(engine):
    summary = engine.summary()
    assert summary.title == "Austin speaks at a regional forum"
    assert "The newest of 2 articles" in summary.footer
    assert engine.timeline().items[-2].title.startswith("3 June 2023")  # every article's events
    assert engine.timeline().text == "8 dated events across 2 articles, oldest first."
    assert [i.title for i in engine.source().items] == [
        "Test Wire, 3 June 2023",
        "The Diplomat, 31 January 2023",
    ]


def test_the_article_option_picks_by_id_or_title(engine):
    assert engine.summary(DIPLOMAT).source.outlet == "The Diplomat"
    assert engine.timeline("In Defense Minister Talks").source.outlet == "The Diplomat"


def test_a_person_in_two_articles_is_one_answer_with_what_each_says(engine):
    for typed in ("Austin", "Austn", "Lloyd"):
        answer = engine.who(typed)
        assert answer.matched, typed
        assert answer.source.outlet == "Test Wire"
        newer, older = answer.items
        assert newer.title == "Test Wire, 3 June 2023" and "Spoke at a regional forum" in newer.text
        assert (
            older.title == "The Diplomat, 31 January 2023"
            and "Met his South Korean counterpart" in older.text
        )


def test_lookups_search_every_article(engine):
    assert engine.who("Lee").source.outlet == "The Diplomat"
    assert engine.when("SCM").matched and engine.when("forum").matched
    assert engine.define("DPRK").matched


def test_search_and_quotes_span_articles_newest_first_on_ties(engine):
    outlets = {i.title.split(" · ")[1].split(",")[0] for i in engine.search("extended deterrence").items}
    assert outlets == {"Test Wire", "The Diplomat"}
    quotes = engine.quote(topic="extended deterrence")
    assert quotes.items[0].title.startswith("Lloyd Austin, 3 June 2023")


def test_ask_names_the_article_it_answers_from(engine):
    answer = engine.ask("Where did Austin speak?")
    assert answer.matched and "Singapore" in answer.text
    assert answer.footer == "As reported by Test Wire on 3 June 2023."
