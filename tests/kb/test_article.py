"""The knowledge file is faithful to the article: verbatim body, verbatim quotes, real citations."""

from __future__ import annotations

import pytest
import yaml

from bot.kb.text import normalize
from tests.conftest import KNOWLEDGE, SHARED_ARTICLE

ARTICLE_FILE = KNOWLEDGE / "2023-01-31-diplomat-austin-lee-seoul.yaml"


@pytest.fixture(scope="module")
def article(kb):
    return next(a for a in kb.articles if a.id == "diplomat-2023-01-31-austin-lee-seoul")


@pytest.mark.skipif(not (SHARED_ARTICLE / "article.txt").exists(), reason="../shared not beside the repo")
def test_paragraphs_are_the_article_verbatim(article):
    text = (SHARED_ARTICLE / "article.txt").read_text(encoding="utf-8")
    assert article.paragraphs == [p for p in text.splitlines() if p.strip()]


@pytest.mark.skipif(not (SHARED_ARTICLE / "source.yaml").exists(), reason="../shared not beside the repo")
def test_metadata_matches_source_yaml(article):
    source = yaml.safe_load((SHARED_ARTICLE / "source.yaml").read_text(encoding="utf-8"))
    meta = article.article
    assert (meta.outlet, meta.title, meta.url, meta.standfirst) == (
        source["outlet"],
        source["title"],
        source["url"],
        source["standfirst"],
    )
    assert meta.published.iso() == str(source["published"])


def test_every_quote_is_verbatim_in_the_paragraphs_it_cites(article):
    for quote in article.quotes:
        cited = " ".join(article.paragraphs[p - 1] for p in quote.paragraphs)
        assert normalize(quote.text.rstrip(".")) in normalize(cited), quote.id


def test_every_term_is_named_in_the_article(article):
    body = normalize(" ".join(article.paragraphs))
    for term in article.terms:
        names = [term.term, *term.acronyms, *term.aliases]
        assert any(normalize(n) in body for n in names), term.id


def test_relative_dates_are_resolved_with_source_yaml(kb):
    events = {e.id: e for a in kb.articles for e in a.events}
    assert events["austin-lee-meeting"].date.iso() == "2023-01-31"  # "on Tuesday"
    assert events["scm-54"].date.iso() == "2022-11-03"  # "in November", "two months" before
    assert events["rok-us-summit-2022"].date.iso() == "2022-05-21"  # "May 2022"
    assert events["dsc-ttx"].date.iso() == "2023-02" and events["dsc-ttx"].planned  # "in February"
    assert events["reagan-drills"].date.human(events["reagan-drills"].date_qualifier) == "late September 2022"
    assert events["carrier-deployment-2017"].date.iso() == "2017"


def test_the_article_is_covered_entity_by_entity(article):
    names = {normalize(n) for e in article.entities for n in (e.name, *e.aliases)}
    for expected in [
        "lloyd austin",
        "lee jong-sup",
        "north korea",
        "south korea",
        "united states",
        "japan",
        "united nations security council",
        "north korean foreign ministry",
        "joint statement",
    ]:
        assert expected in names
    assert len(article.facts) >= 25
    cited = {p for f in article.facts for p in f.paragraphs}
    assert cited == set(range(1, len(article.paragraphs) + 1)), "every paragraph has facts"
