"""The test corpus: seven articles about one alliance story, loadable beside the seed article.

Each article is three files that must agree: the body (articles/<slug>.txt, one paragraph a
line), its metadata (articles/<slug>.source.yaml) and its knowledge file (knowledge/<slug>.yaml).
The corpus exists to exercise lookups across articles, so its overlaps are checked here too:
a test that only validated the files would let a renamed entry quietly break them.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.kb.dates import Precision
from bot.kb.loader import load_path
from bot.kb.models import ArticleFile
from tests.conftest import ARTICLE, KNOWLEDGE

CORPUS = Path(__file__).resolve().parent
ARTICLES = CORPUS / "articles"
CORPUS_KNOWLEDGE = CORPUS / "knowledge"
SLUGS = sorted(p.stem for p in CORPUS_KNOWLEDGE.glob("*.yaml"))
META_FIELDS = ("outlet", "title", "standfirst", "url", "published")


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> dict[str, ArticleFile]:
    """Every corpus file and the seed, loaded together by the project's own loader."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(KNOWLEDGE / ARTICLE, folder / ARTICLE)
    for slug in SLUGS:
        shutil.copy(CORPUS_KNOWLEDGE / f"{slug}.yaml", folder / f"{slug}.yaml")
    report = load_path(folder)
    assert report.errors == [], [str(e) for e in report.errors]
    by_file = {Path(report.sources[article.id]).stem: article for article in report.articles}
    assert len(by_file) == len(SLUGS) + 1
    return by_file


def _lines(slug: str) -> list[str]:
    return (ARTICLES / f"{slug}.txt").read_text(encoding="utf-8").splitlines()


def _source(slug: str) -> dict:
    return yaml.safe_load((ARTICLES / f"{slug}.source.yaml").read_text(encoding="utf-8"))


def _corpus(loaded: dict[str, ArticleFile]) -> list[ArticleFile]:
    return [loaded[slug] for slug in SLUGS]


def test_the_corpus_has_seven_complete_articles():
    assert len(SLUGS) == 7
    for slug in SLUGS:
        assert (ARTICLES / f"{slug}.txt").is_file(), slug
        assert (ARTICLES / f"{slug}.source.yaml").is_file(), slug
    stray = {p.name.split(".")[0] for p in ARTICLES.iterdir()} - set(SLUGS)
    assert stray == set()


@pytest.mark.parametrize("slug", SLUGS)
def test_paragraphs_are_the_article_lines_verbatim(slug: str, loaded):
    assert list(loaded[slug].paragraphs) == _lines(slug)


@pytest.mark.parametrize("slug", SLUGS)
def test_the_article_block_is_the_source_metadata(slug: str, loaded):
    meta, source = loaded[slug].article, _source(slug)
    for field in META_FIELDS:
        value = getattr(meta, field)
        assert (value.iso() if field == "published" else value) == str(source[field]), field
    assert source["context"], "source.yaml gives the dates the text leaves implicit"


@pytest.mark.parametrize("slug", SLUGS)
def test_article_shape_follows_the_brief(slug: str, loaded):
    lines, article = _lines(slug), loaded[slug]
    assert 8 <= len(lines) <= 12
    assert 350 <= sum(len(line.split()) for line in lines) <= 700
    assert slug.startswith(article.article.published.iso())
    assert article.article.url.startswith("https://example.org/")


@pytest.mark.parametrize("slug", SLUGS)
def test_quotes_are_verbatim_in_the_paragraphs_they_cite(slug: str, loaded):
    article = loaded[slug]
    for quote in article.quotes:
        cited = [article.paragraphs[n - 1] for n in quote.paragraphs]
        assert any(quote.text in paragraph for paragraph in cited), quote.id


@pytest.mark.parametrize("slug", SLUGS)
def test_corpus_files_leave_questions_to_moderators(slug: str):
    text = (CORPUS_KNOWLEDGE / f"{slug}.yaml").read_text(encoding="utf-8")
    assert not re.search(r"^\s*questions:", text, re.MULTILINE)


def test_outlets_and_dates_vary_and_two_articles_share_a_day(loaded):
    corpus = _corpus(loaded)
    assert len({a.article.outlet for a in corpus}) >= 3
    days = Counter(a.article.published for a in corpus)
    assert max(days.values()) >= 2


def _names(article: ArticleFile) -> set[str]:
    entries = [*article.entities, *article.events]
    return {e.name for e in entries} | {t.term for t in article.terms}


def _files_naming(loaded: dict[str, ArticleFile], name: str) -> list[str]:
    return [stem for stem, article in loaded.items() if name in _names(article)]


@pytest.mark.parametrize(
    ("name", "at_least"),
    [
        ("Lloyd Austin", 5),
        ("United States", 8),
        ("South Korea", 8),
        ("North Korea", 8),
        ("Japan", 5),
        ("Security Consultative Meeting", 4),
        ("extended deterrence", 6),
        ("Nuclear Consultative Group", 5),
        ("Democratic People's Republic of Korea", 3),
        ("Washington Declaration", 5),
        ("Shin Won-sik", 2),
        ("Lee Jong-sup", 5),
    ],
)
def test_shared_entries_use_one_name_across_files(loaded, name: str, at_least: int):
    assert len(_files_naming(loaded, name)) >= at_least


def test_every_same_as_names_an_entry_of_another_file(loaded):
    links = 0
    for stem, article in loaded.items():
        for entry in [*article.entities, *article.events, *article.terms]:
            for other_name in entry.same_as:
                links += 1
                elsewhere = [s for s in _files_naming(loaded, other_name) if s != stem]
                assert elsewhere, f"{stem}: same_as {other_name!r} names nothing in another file"
    assert links >= 3


def _events_named(loaded: dict[str, ArticleFile], name: str) -> list:
    return [e for article in loaded.values() for e in article.events if e.name == name]


@pytest.mark.parametrize(
    ("name", "day", "month"),
    [
        ("54th Security Consultative Meeting (SCM)", "2022-11-03", "2022-11"),
        ("55th Security Consultative Meeting (SCM)", "2023-11-13", "2023-11"),
        ("Deterrence Strategy Committee Table-top Exercise", "2023-02-22", "2023-02"),
    ],
)
def test_one_event_is_dated_with_different_precision_in_different_files(loaded, name, day, month):
    assert {day, month} <= {e.date.iso() for e in _events_named(loaded, name)}


def test_the_seed_plans_the_table_top_exercise_that_a_corpus_article_reports(loaded):
    name = "Deterrence Strategy Committee Table-top Exercise"
    seed = next(e for e in loaded[Path(ARTICLE).stem].events if e.name == name)
    assert seed.planned and seed.date.precision is Precision.MONTH
    reported = [e for a in _corpus(loaded) for e in a.events if name in e.same_as]
    assert reported and all(e.date.iso() == "2023-02-22" and not e.planned for e in reported)


def test_numbered_meetings_are_separate_events_without_the_bare_acronym(loaded):
    for number in ("54th", "55th", "56th"):
        assert _events_named(loaded, f"{number} Security Consultative Meeting (SCM)"), number
    for article in _corpus(loaded):
        for event in article.events:
            assert "SCM" not in event.aliases, f"{article.id}: {event.name}"


def test_a_person_whose_role_changed_keeps_one_name(loaded):
    def role(stem: str, name: str) -> str | None:
        return next(p.role for p in loaded[stem].people if p.name == name)

    shin = {role(stem, "Shin Won-sik") for stem in _files_naming(loaded, "Shin Won-sik")}
    assert shin == {"South Korean Defense Minister", "South Korean National Security Adviser"}
    lee = {role(stem, "Lee Jong-sup") for stem in _files_naming(loaded, "Lee Jong-sup")}
    assert lee == {"South Korean Defense Minister", "former South Korean Defense Minister"}
