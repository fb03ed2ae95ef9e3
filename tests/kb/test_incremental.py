"""A knowledge base patched article by article answers exactly as one built from scratch."""

from __future__ import annotations

import random
from copy import deepcopy

import pytest

from benchmarks.generate import Meeting, _queries, article, roster
from bot.kb.commands import Complete
from bot.kb.engine import Engine
from bot.kb.index import KnowledgeBase
from bot.kb.loader import load_path
from bot.kb.models import ArticleFile
from tests.conftest import DATA, KNOWLEDGE

SEED = 11


def synthetic(count: int) -> tuple[list[ArticleFile], list]:
    acronyms: dict[str, str] = {}
    people, meetings = roster(SEED), []
    made = []
    for i in range(count):
        made.append(article(i, SEED, acronyms, people, meetings))
        meetings.append(Meeting(made[-1][1]["meeting"], made[-1][1]["day"], made[-1][1]["place"]))
    articles = [ArticleFile.model_validate(data) for data, _ in made]
    queries = _queries([(data["id"], facts) for data, facts in made], SEED, 40)
    return articles, queries


def edited(original: ArticleFile, n: int) -> ArticleFile:
    """Another version of an article: a new alias, a quote gone, a fact reworded."""
    data = deepcopy(original.model_dump(mode="json"))
    data["people"][0]["aliases"].append(f"Edited Alias {n}")
    data["quotes"] = data["quotes"][:1]
    data["facts"][1]["text"] = f"Reworded fact number {n} about cooperation."
    return ArticleFile.model_validate(data)


REAL_QUESTIONS = [
    ("ask", {"question": "When did Austin meet Lee?"}),
    ("ask", {"question": "What did North Korea say?"}),
    ("ask", {"question": "Who will they hold trilateral talks with?"}),
    ("who", {"name": "Austn"}),
    ("who", {"name": "Lee"}),
    ("when", {"event": "SCM"}),
    ("define", {"term": "DPRK"}),
    ("quote", {"speaker": "joint statement", "topic": "drones"}),
    ("quote", {"topic": "extended deterrence"}),
    ("search", {"query": "extended deterrence"}),
    ("summary", {}),
    ("timeline", {}),
    ("source", {"article": "diplomat"}),
]


def answers(kb: KnowledgeBase, queries: list) -> list[dict]:
    engine = Engine(kb)
    out = [engine.run(q.command, q.options).to_dict() for q in queries]
    out += [engine.run(command, options).to_dict() for command, options in REAL_QUESTIONS]
    for source in Complete:
        for typed in ("", "a", "Lee", "cooperation", "Austin"):
            out.append({"complete": engine.complete(source, typed)})
    return out


@pytest.fixture(scope="module")
def corpus() -> tuple[list[ArticleFile], list]:
    report = load_path(KNOWLEDGE)
    real = [*report.articles, *load_path(DATA / "valid" / "newer_austin.yaml").articles]
    made, queries = synthetic(24)
    return [*real, *made], queries


def test_adding_articles_one_by_one_equals_building_them_together(corpus):
    articles, queries = corpus
    kb = KnowledgeBase()
    for one in articles:
        kb = kb.replaced([], [one])
    assert answers(kb, queries) == answers(KnowledgeBase.build(articles), queries)


@pytest.mark.parametrize("merge_at", [0.0, 0.1, 2.0])  # always, sometimes, never merge postings
def test_edits_and_removals_equal_a_fresh_build_of_what_remains(corpus, monkeypatch, merge_at):
    monkeypatch.setattr("bot.kb.bm25.MERGE_AT", merge_at)
    articles, queries = corpus
    rng = random.Random(3)
    kb = KnowledgeBase.build(articles)
    current = {a.id: a for a in articles}
    for step in range(12):
        victim = rng.choice(sorted(current))
        if step % 3 == 0:  # a file deleted
            kb = kb.replaced([victim], [])
            del current[victim]
        else:  # a file edited
            new = edited(current[victim], step)
            kb = kb.replaced([victim], [new])
            current[victim] = new
    fresh = KnowledgeBase.build(list(current.values()))
    assert answers(kb, queries) == answers(fresh, queries)
    assert kb.counts() == fresh.counts()
    assert set(kb.index_words()) == set(fresh.index_words())


def test_the_old_knowledge_base_is_untouched_by_the_next(corpus):
    articles, queries = corpus
    kb = KnowledgeBase.build(articles)
    before = answers(kb, queries)
    kb.replaced([a.id for a in articles[:5]], [])
    kb.replaced([articles[7].id], [edited(articles[7], 1)])
    assert answers(kb, queries) == before


def test_removing_every_article_leaves_an_empty_knowledge_base(corpus):
    articles, _ = corpus
    kb = KnowledgeBase.build(articles).replaced([a.id for a in articles], [])
    assert kb.articles == [] and kb.bm25.live == 0
    assert not Engine(kb).who("Austin").matched
    assert not Engine(kb).search("alliance").matched
