"""A second article joins the knowledge base's entries: same names, same ids, nothing false joined."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from bot.draft.build import draft_article
from bot.draft.known import KnownBase
from bot.draft.source import meta_from_mapping
from bot.kb.loader import load_path
from tests.conftest import KNOWLEDGE
from tests.draft.conftest import DATA, draft, loaded


@pytest.fixture(scope="module")
def known() -> KnownBase:
    return KnownBase.from_articles(load_path(KNOWLEDGE).articles)


@pytest.fixture(scope="module")
def followup(known):
    source = yaml.safe_load((DATA / "followup.source.yaml").read_text(encoding="utf-8"))
    text = (DATA / "followup.txt").read_text(encoding="utf-8")
    return draft_article(text, meta_from_mapping(source, "source"), known, today=dt.date(2026, 1, 1))


def test_people_and_countries_take_the_knowledge_bases_names_and_ids(followup, tmp_path):
    article = loaded(followup, tmp_path)
    people = {p.id: p for p in article.people}
    assert people["austin"].name == "Lloyd Austin" and people["lee"].name == "Lee Jong-sup"
    assert "이종섭" in people["lee"].aliases  # what the knowledge base knew comes along
    assert {o.id for o in article.organizations} >= {"united-states", "south-korea", "north-korea"}
    assert "Lloyd Austin (diplomat-2023-01-31-austin-lee-seoul)" in followup.joined


def test_a_known_event_joins_with_its_date_and_a_new_one_stays_apart(followup, tmp_path):
    events = {e.id: e for e in loaded(followup, tmp_path).events}
    assert events["scm-54"].name == "54th Security Consultative Meeting (SCM)"
    assert events["scm-54"].date.iso() == "2022-11-03"  # the article says only "in Washington"
    assert "knowledge base" in events["scm-54"].date_note
    new = events["scm-55"]
    assert new.date.iso() == "2023-11" and new.planned and new.place == "Seoul"


def test_terms_join_by_acronym(followup, tmp_path):
    terms = {t.id: t for t in loaded(followup, tmp_path).terms}
    assert terms["scm"].term == "Security Consultative Meeting"


def test_quotes_in_the_new_article_are_attributed(followup, tmp_path):
    quotes = {q.text[:12]: q for q in loaded(followup, tmp_path).quotes}
    assert quotes["We will cont"].speaker == "austin"  # "Austin told reporters"
    assert quotes["The alliance"].speaker == "lee"  # "he said", after "Lee said"


def test_titles_groups_and_documents_do_not_join_other_articles(known, tmp_path):
    text = (
        "U.S. Secretary of Defense Pete Hegseth met Japanese Defense Minister Gen Nakatani in Tokyo "
        "on Monday.\n"
        "“We stand together,” the joint statement said. The two sides agreed to meet again."
    )
    article = loaded(draft(text, known, published="2025-03-31"), tmp_path)
    people = {p.name: p for p in article.people}
    assert "Pete Hegseth" in people and "Lloyd Austin" not in people
    assert people["Pete Hegseth"].id != "austin"
    statement = next(o for o in article.organizations if o.kind == "document")
    assert statement.id != "joint-statement" or statement.name == "joint statement"
    assert "Austin" not in statement.members
    group = next(o for o in article.organizations if o.kind == "group")
    assert group.name != "The two sides (Austin and Lee)"


def test_without_the_knowledge_base_nothing_is_joined(tmp_path):
    text = (DATA / "followup.txt").read_text(encoding="utf-8")
    result = draft(text, None, published="2023-06-05")
    assert result.joined == [] and "knowledge base" not in result.yaml
    assert not result.errors
