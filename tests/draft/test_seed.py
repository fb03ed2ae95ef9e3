"""The seed article's draft meets the issue's targets against the finished file (timing: benchmark only)."""

from __future__ import annotations

from benchmarks.draft import compare
from bot.kb.loader import load_file
from tests.conftest import ARTICLE, KNOWLEDGE, SHARED_ARTICLE
from tests.draft.conftest import loaded


def test_the_seed_draft_validates_and_meets_every_target(seed_draft, tmp_path):
    assert not seed_draft.errors
    finished, _ = load_file(KNOWLEDGE / ARTICLE)
    result = compare(loaded(seed_draft, tmp_path), finished)
    assert result.quotes.recall == 1.0
    assert result.quotes.right / result.quotes.found >= 0.9
    assert result.event_dates.recall is not None and result.event_dates.recall >= 0.9
    for tally in (result.people, result.acronyms):
        assert tally.recall is not None and tally.recall >= 0.9
        assert tally.precision is not None and tally.precision >= 0.8


def test_paragraphs_are_the_article_verbatim_and_numbered_from_one(seed_draft, tmp_path):
    article = loaded(seed_draft, tmp_path)
    lines = (SHARED_ARTICLE / "article.txt").read_text(encoding="utf-8").splitlines()
    assert article.paragraphs == [line.strip() for line in lines if line.strip()]


def test_guesses_are_marked_with_the_reason(seed_draft):
    text = seed_draft.yaml
    assert '# check: speaker from "the joint statement said"' in text
    assert "# check: the knowledge base" not in text  # drafted alone, nothing was joined
    assert seed_draft.checks == text.count("# check:") > 20
    assert text.startswith("# yaml-language-server: $schema=schema.json\n")


def test_people_have_role_country_and_aliases(seed_draft, tmp_path):
    people = {p.name: p for p in loaded(seed_draft, tmp_path).people}
    assert set(people) == {"Lloyd Austin", "Lee Jong-sup"}
    austin, lee = people["Lloyd Austin"], people["Lee Jong-sup"]
    assert (austin.role, austin.country) == ("U.S. Secretary of Defense", "United States")
    assert {"Austin", "Secretary of Defense", "Secretary Austin"} <= set(austin.aliases)
    # "his South Korean counterpart": the counterpart of a Secretary of Defense is a Defense Minister
    assert (lee.role, lee.country) == ("South Korean Defense Minister", "South Korea")
    assert {"Lee", "Lee Jong sup", "Lee Jongsup"} <= set(lee.aliases)


def test_dates_are_resolved_with_notes_and_context(seed_draft, tmp_path):
    events = {e.name: e for e in loaded(seed_draft, tmp_path).events}
    meeting = events["Austin-Lee meeting in Seoul"]
    assert meeting.date.iso() == "2023-01-31" and meeting.place == "Seoul"
    assert '"on Tuesday"' in meeting.date_note
    scm = next(e for e in events.values() if "SCM" in e.aliases)
    assert scm.date.iso() == "2022-11-03" and scm.place == "Washington, D.C."
    assert '"in November"' in scm.date_note and "source.yaml" in scm.date_note
    drills = next(e for e in events.values() if e.date and e.date.iso() == "2022-09")
    assert str(drills.date_qualifier) == "late"
    exercise = events["Deterrence Strategy Committee Table-top Exercise"]
    assert exercise.planned and exercise.date.iso() == "2023-02"


def test_quotes_have_speakers_resolved_to_entries(seed_draft, tmp_path):
    article = loaded(seed_draft, tmp_path)
    names = {e.id: e.name for e in article.entities}
    speakers = {q.text[:20]: names[q.speaker] for q in article.quotes}
    assert speakers["During the meeting, "] == "joint statement"
    assert speakers["hostile policies"] == "North Korea"  # "that Pyongyang says": the capital speaks
    assert speakers["agreed to hold Defen"] == "The two sides"  # "They also": the sentence before


def test_acronyms_and_explained_names(seed_draft, tmp_path):
    terms = {t.term: t for t in loaded(seed_draft, tmp_path).terms}
    assert terms["Republic of Korea"].acronyms == ["ROK"]
    assert terms["Republic of Korea"].definition == "The official name of South Korea."
    assert terms["Security Consultative Meeting"].acronyms == ["SCM"]
    assert "DPRK" in terms["Democratic People’s Republic of Korea"].acronyms


def test_the_benchmark_finds_corpus_articles_laid_out_as_agreed(tmp_path, monkeypatch):
    """tests/corpus/articles/<slug>.txt + <slug>.source.yaml beside tests/corpus/knowledge/<slug>.yaml."""
    import shutil

    from benchmarks import draft as bench

    (tmp_path / "articles").mkdir()
    (tmp_path / "knowledge").mkdir()
    shutil.copy(SHARED_ARTICLE / "article.txt", tmp_path / "articles" / "seed-copy.txt")
    shutil.copy(SHARED_ARTICLE / "source.yaml", tmp_path / "articles" / "seed-copy.source.yaml")
    shutil.copy(KNOWLEDGE / ARTICLE, tmp_path / "knowledge" / "seed-copy.yaml")
    (tmp_path / "articles" / "no-finished-file.txt").write_text("Text.\n", encoding="utf-8")
    monkeypatch.setattr(bench, "CORPUS", tmp_path)
    found = {c.name: c for c in bench.cases()}
    assert "seed-copy" in found and "no-finished-file" not in found
    result = bench.run_case(found["seed-copy"], [], repeat=1)
    assert result.valid and result.quotes.found == result.quotes.total
