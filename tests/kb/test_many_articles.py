"""Many articles, one knowledge base: the seed article with the test corpus's seven (tests/corpus).

The same person, body, event or term in several files is one entry for every lookup, its answer
gathers what each article says, and the knowledge base's own views span every article."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from bot.kb.commands import Complete
from bot.kb.engine import Engine
from bot.kb.index import KnowledgeBase
from bot.kb.loader import load_path
from tests.conftest import KNOWLEDGE

from .test_ask import ANSWERABLE

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "knowledge"


def articles() -> list:
    report = load_path(CORPUS)
    seed = load_path(KNOWLEDGE)
    assert report.ok and seed.ok
    return [*seed.articles, *report.articles]


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(KnowledgeBase.build(articles()))


def titles(answer) -> list[str]:
    return [i.title for i in answer.items]


def test_a_person_in_six_files_is_one_answer_gathering_every_article_newest_first(engine):
    answer = engine.who("Austin")
    assert answer.title == "Lloyd Austin" and answer.source.outlet == "Peninsula Monitor"
    assert len(answer.items) == 6 and titles(answer)[0] == "Peninsula Monitor, 31 October 2024"
    assert titles(answer)[-1] == "The Diplomat, 31 January 2023"
    assert all("¶" in item.text for item in answer.items if "•" in item.text)  # each line cited


def test_a_changed_role_is_shown_as_of_the_newest_article_with_its_history(engine):
    answer = engine.who("Shin Won-sik")
    fields = {f.name: f.value for f in answer.fields}
    assert (
        fields["Role"]
        == "South Korean National Security Adviser (as of 31 October 2024, per Peninsula Monitor)"
    )
    assert (
        "South Korean Defense Minister (as of 14 November 2023, per Alliance Wire)" in fields["Earlier roles"]
    )
    assert titles(answer)[1] == "Alliance Wire, 14 November 2023 · South Korean Defense Minister"


def test_names_linked_by_same_as_are_one_entry_and_suggestions_never_repeat_one(engine):
    assert engine.who("Fumio Kishida").title == engine.who("Kishida Fumio").title
    assert len(engine.who("Kishida").items) == 2
    assert engine.complete(Complete.ENTITY, "Kishi").count("Kishida Fumio") == 1
    assert "Fumio Kishida" not in engine.complete(Complete.ENTITY, "Kishi")
    for answer in (
        engine.who("Kishda Fumo"),
        engine.when("Nuclear Consultative meeting"),
        engine.who("Shin Won"),
    ):
        assert len(set(answer.suggestions)) == len(answer.suggestions), answer.suggestions


def test_an_event_takes_its_date_from_the_most_precise_article_and_says_which(engine):
    answer = engine.when("55th SCM")  # a day in Alliance Wire, a month in the newer Peninsula Monitor
    assert answer.text == "**13 November 2023 (Monday)** in Seoul."
    fields = {f.name: f.value for f in answer.fields}
    assert fields["Date from"].startswith("Alliance Wire, 14 November 2023")
    assert titles(answer) == ["Peninsula Monitor, 31 October 2024"]
    assert answer.items[0].text.startswith("Dated November 2023.")
    older = engine.when("54th SCM")  # the day only in the oldest article
    assert older.text.startswith("**3 November 2022 (Thursday)**") and older.source.outlet == "The Diplomat"


def test_a_planned_event_later_reported_held_is_one_event_dated_to_the_day(engine):
    for typed in (
        "Deterrence Strategy Committee Table-top Exercise",
        "DSC table-top exercise at the Pentagon",
    ):
        answer = engine.when(typed)
        assert answer.text.startswith("**22 February 2023 (Wednesday)**"), typed
        assert "planned" not in answer.text
        assert len(answer.items) == 3  # the other articles, the seed's plan among them


def test_numbers_are_part_of_names(engine):
    for typed in ("53rd SCM", "57th SCM", "48th Security Consultative Meeting"):
        answer = engine.when(typed)
        assert not answer.matched, typed
        assert "55th Security Consultative Meeting (SCM)" in answer.suggestions
    assert engine.when("56th SCM").text.startswith("**30 October 2024")
    missed = engine.define("F-16")
    assert not missed.matched and "KF-16" in missed.suggestions


def test_the_timeline_spans_every_article_one_row_an_event_and_a_year_after_its_days(engine):
    answer = engine.timeline()
    assert answer.title == "Timeline" and answer.text == "60 dated events across 8 articles, oldest first."
    rows = titles(answer)
    assert len(rows) == 60 and len({r.split(": ", 1)[1] for r in rows}) == 60  # no event twice
    scm = [t for t in rows if "Security Consultative Meeting" in t]
    assert scm == [
        "3 November 2022 (Thursday): 54th Security Consultative Meeting (SCM)",
        "13 November 2023 (Monday): 55th Security Consultative Meeting (SCM)",
        "30 October 2024 (Wednesday): 56th Security Consultative Meeting (SCM)",
    ]
    year = rows.index("2023: 70th anniversary of the South Korea-U.S. alliance")
    assert all("2023" in r for r in rows[year - 3 : year]) and "2024" in rows[year + 1]  # after 2023's days
    one = engine.timeline("Camp David")
    assert one.title.startswith("Timeline: At Camp David") and one.text.endswith(
        "in this article, oldest first."
    )


def test_source_lists_every_article_newest_first_and_same_day_articles_by_title(engine):
    answer = engine.source()
    assert titles(answer)[0] == "Peninsula Monitor, 31 October 2024"
    same_day = [i.text for i in answer.items if i.title.endswith("13 March 2023")]
    assert same_day[0].startswith("[Allies launch Freedom Shield") and same_day[1].startswith(
        "[Allies rehearse"
    )
    summary = engine.summary()
    assert summary.source.outlet == "Peninsula Monitor" and "The newest of 8 articles" in summary.footer


def test_who_by_an_informal_name_the_vocabulary_gives_finds_who_it_means():
    """ "/who nk": no one is called that; the vocabulary maps it to North Korea, which is shown."""
    engine = _with_vocabulary()
    found = engine.who("nk")
    assert found.matched and found.title == "North Korea", found.title
    assert not engine.who("xyzzy").matched


def test_who_by_the_start_of_a_name_finds_the_one_or_asks_which(engine):
    """ "/who sid": the one name starting so (Siddharth Mohandas); "/who kim": four people's
    names start so, and one article's alias "Kim" does not settle which: asked back, naming
    them. "/who north" (no person) is North Korea, as before."""
    assert engine.who("sid").title == "Siddharth Mohandas"
    kim = engine.who("kim")
    assert not kim.matched and kim.title == "Several people match", kim.title
    assert all(name in kim.text for name in ("Kim Jong Un", "Kim Yong-hyun", "Kim Tae-hyo", "Kim Seung-kyum"))
    assert engine.who("north").title == "North Korea"


def test_when_with_a_bare_or_glued_number_finds_the_event_or_asks_which(engine):
    """ "/when 54 scm" is the 54th SCM; "/when hwasong18" names its two tests, neither more
    than the other: asked back, naming both, not "no event matching"."""
    assert engine.when("54 scm").title.startswith("54th Security Consultative Meeting")
    both = engine.when("hwasong18")
    assert both.title == "Several events match" and both.text.startswith("2 events match"), both.text


def test_words_two_titles_hold_name_both_articles_not_none(engine):
    """ "/source freedom shield": two titles hold the words, neither better; both are listed,
    not "no article matching"; /summary asks which of the two, naming them."""
    answer = engine.source("freedom shield")
    assert answer.matched and answer.text.startswith("2 articles"), answer.text
    assert all(i.title.endswith("13 March 2023") for i in answer.items) and len(answer.items) == 2
    summary = engine.summary("freedom shield")
    assert not summary.matched and summary.title == "Several articles match"
    assert len(summary.suggestions) == 2 and all("Freedom Shield" in s for s in summary.suggestions)


def test_a_patched_knowledge_base_joins_entries_as_a_fresh_build_does():
    """Adding the articles one reload at a time gives the same identities and answers."""
    everything = articles()
    fresh = KnowledgeBase.build(everything)
    patched = KnowledgeBase.build(everything[:1])
    for article in everything[1:]:
        patched = patched.replaced([], [article])
    patched = patched.replaced([everything[3].id], [everything[3]])  # an edit, too
    for kind in ("entity", "event", "term"):
        assert patched.names.identities[kind].groups == fresh.names.identities[kind].groups, kind
    assert patched.timeline.rows == fresh.timeline.rows and patched.timeline.undated == fresh.timeline.undated
    one, two = Engine(fresh), Engine(patched)
    for ask in (("who", "Kishida"), ("when", "table-top exercise"), ("who", "Shin"), ("define", "NCG")):
        assert getattr(one, ask[0])(ask[1]).to_dict() == getattr(two, ask[0])(ask[1]).to_dict(), ask


# Seed answers that rightly change once newer articles are in: a newer minister holds the post.
CHANGED_BY_NEWER_ARTICLES = {"who is the south korean defense minister": "Kim Yong-hyun"}


@pytest.mark.parametrize(("question", "expected", "paragraph"), ANSWERABLE, ids=[a[0] for a in ANSWERABLE])
def test_the_seed_articles_answers_hold_beside_the_corpus(question, expected, paragraph):
    """Seven more articles about the same events (and the vocabulary) do not spoil what the seed
    article answered alone: the same facts, from the seed or from an article that says the same."""
    engine = _with_vocabulary()
    found = engine.ask(question)
    shown = " ".join([found.text, *(i.text for i in found.items), *(f.value for f in found.fields)])
    assert found.matched and CHANGED_BY_NEWER_ARTICLES.get(question, expected) in shown, found.text


@functools.cache
def _with_vocabulary() -> Engine:
    return Engine(KnowledgeBase.loaded(load_path(KNOWLEDGE), load_path(CORPUS)))


def test_a_speaker_name_several_articles_use_gathers_each_ones_quotes(engine):
    """ "/quote speaker:joint statement topic:drones", /help's own example: "joint statement" is
    as much the seed's U.S.-ROK joint statement as the Spirit of Camp David; the drones quote is
    the seed's, not "no quotes" because the name read as Camp David's statement alone."""
    found = engine.quote("joint statement", "drones")
    assert found.matched and "drone incursions" in found.items[0].text, found.text


def test_quotes_of_a_person_put_their_own_words_first_and_name_each_outlet(engine):
    """ "/quote biden": his own words (Alliance Wire) before the Camp David statement he is party
    to; quotes from several articles each name their outlet, and no one article is "the source"."""
    found = engine.quote("biden")
    assert "stationing nuclear weapons" in found.items[0].text, found.items[0]
    assert all(i.title.endswith(("Alliance Wire", "Pacific Defense Review")) for i in found.items), titles(
        found
    )
    assert found.source is None


def test_quotes_of_someone_never_quoted_are_those_about_them_said_so(engine):
    """ "/quote putin": no words of his own, but Austin's "Putin will not prevail in Ukraine":
    the quotes about him, saying he is not quoted, not "no quotes"."""
    found = engine.quote("putin")
    assert found.matched and "Putin will not prevail" in found.items[0].text, found.text
    assert found.text.startswith("No words of Vladimir Putin's own"), found.text


def test_an_article_can_be_named_by_its_number_in_the_source_list(engine):
    """ "/summary 2", "/source 3": the numbers /source lists the articles by (newest first);
    a number past the list is still "no article matching"."""
    listed = engine.source()
    second = listed.items[1].text
    assert engine.summary("2").title in second, (engine.summary("2").title, second)
    assert not engine.source("99").matched


@pytest.mark.parametrize(
    ("typed", "title_word"),
    [
        ("summarize pls", "56th SCM"),
        ("yo whats the tldr", "56th SCM"),
        ("tl;dr camp david", "Camp David"),
        ("summary of the camp david article", "Camp David"),
        ("what did the diplomat article say", "Defense Minister Talks"),
    ],
)
def test_a_request_for_a_summary_is_the_summary(engine, typed, title_word):
    """ "summarize pls", "tl;dr camp david", "what did the diplomat article say": a request for a
    summary, of the article the words name (title or outlet), else of the newest; not a sentence
    picked for the words "new" or "summary"."""
    found = engine.ask(typed)
    assert found.kind.value == "summary" and title_word in found.title, (typed, found.title)


def test_summary_reads_the_article_named_past_small_words(engine):
    """ "/summary of the camp david article": "of", "the" and "article" name no article."""
    assert "Camp David" in engine.summary("of the camp david article").title


def test_a_timeline_of_a_year_is_that_years_events_across_the_articles(engine):
    """ "/timeline 2024": the events dated in 2024 in any article (Freedom Edge, in June), not
    the 2024 article's timeline with its 2021 and 2023 events; a year with none is said so."""
    found = engine.timeline("2024")
    assert found.matched and all("2024" in i.title.split(":")[0] for i in found.items), titles(found)
    assert any("Freedom Edge" in t for t in titles(found))
    assert not engine.timeline("1999").matched


def test_who_says_whether_the_quotes_it_counts_are_their_own_words(engine):
    """ "/who lee": his 6 quotes are all joint statements he is party to; the card says so rather
    than "6 quotes", which reads as his own words. Austin's count says how many are his."""
    quotes = {f.name: f.value for f in engine.who("lee").fields}["Quotes"]
    assert "all of statements they are party to" in quotes, quotes
    assert "of their own" in {f.name: f.value for f in engine.who("austin").fields}["Quotes"]


@pytest.mark.parametrize("typed", ["how many articles are there", "how many stories do you have"])
def test_how_many_articles_is_the_list_of_them(engine, typed):
    """ "How many articles are there": the knowledge base's own count, with the list, not "the
    articles do not say how many" beside a joint statement."""
    found = engine.ask(typed)
    assert found.matched and found.text.startswith("8 articles"), found.text


def test_how_many_articles_mention_something_lists_them(engine):
    """ "How many articles mention the ncg": as "which articles mention the ncg", counted."""
    found = engine.ask("how many articles mention the ncg")
    assert found.matched and found.text.startswith("5 articles"), found.text


def test_roles_are_what_the_articles_call_people(engine):
    """ "who is charles brown": the 55th SCM article calls Brown and Kim Seung-kyum generals and
    their countries' top military officers, not chairmen of the Joint Chiefs (which it never
    says): the card gives no more than the article."""
    for name in ("charles brown", "kim seung-kyum"):
        found = engine.who(name)
        assert "top military officer" in found.text and "Chairman" not in found.text, found.text
