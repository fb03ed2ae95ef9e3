"""Every command on the real knowledge base: right answers, right citations."""

from __future__ import annotations

import pytest

from bot.kb.answers import Kind
from bot.kb.commands import COMMANDS, Complete


def labels(citations):
    return [c.label() for c in citations]


def test_summary_has_summary_key_people_dates_and_source(engine):
    answer = engine.summary()
    assert answer.kind == Kind.SUMMARY and answer.matched
    assert answer.title == "In Defense Minister Talks, US Reaffirms Commitment to South Korea"
    fields = {f.name: f.value for f in answer.fields}
    assert "Lloyd Austin" in fields["Key people"] and "Lee Jong-sup" in fields["Key people"]
    assert "31 January 2023 (Tuesday)" in fields["Key dates"]
    assert "thediplomat.com" in fields["Source"]


def test_who_says_as_of_when_and_per_whom(engine):
    answer = engine.who("Lee")
    assert (
        answer.text == "Lee Jong-sup, South Korean Defense Minister as of 31 January 2023, per The Diplomat."
    )
    assert labels(answer.citations) == ["¶1", "¶2", "¶3"]
    (said,) = answer.items  # what the one article says about him
    assert said.title == "The Diplomat, 31 January 2023"
    assert "Met U.S. Defense Secretary Lloyd Austin in Seoul" in said.text and "¶1" in said.text


def test_when_writes_the_date_by_its_precision(engine):
    assert engine.when("meeting").text == "**31 January 2023 (Tuesday)** in Seoul."
    assert engine.when("SCM").text.startswith("**3 November 2022 (Thursday)** in Washington, D.C.")
    assert engine.when("Ronald Reagan drills").text.startswith("**late September 2022**")
    assert engine.when("2017 deployment").text.startswith("**2017**")
    assert labels(engine.when("SCM").citations) == ["¶3", "¶5"]


def test_when_says_how_a_relative_date_was_resolved(engine):
    note = next(f.value for f in engine.when("SCM").fields if f.name == "How the date is known")
    assert '"in November"' in note


def test_when_of_an_event_described_not_named_is_dated_as_ask_dates_it(engine):
    """ "/when Austin met Lee in Seoul": no event has that name; /ask's "when was ..." dates it.
    Something the articles do not date is still not found, with what it may have meant."""
    answer = engine.when("Austin met Lee in Seoul")
    assert answer.matched and answer.command == "when" and answer.text.startswith("**31 January 2023")
    assert answer.title == "Austin met Lee in Seoul"
    assert not engine.when("xyz olympics").matched


def test_when_for_an_undated_event_says_the_article_gives_no_date(engine):
    answer = engine.when("Defense Trilateral Talks")
    assert answer.matched and "gives no date" in answer.text


@pytest.mark.parametrize(
    ("typed", "lead"),
    [
        ("DPRK", "**DPRK** stands for **Democratic People's Republic of Korea**."),
        (
            "Democratic People's Republic of Korea",
            "**Democratic People's Republic of Korea** is abbreviated **DPRK**.",
        ),
        ("ROK", "**ROK** stands for **Republic of Korea**."),
        ("SCM", "**SCM** stands for **Security Consultative Meeting**."),
    ],
)
def test_define_resolves_acronyms_both_ways(engine, typed, lead):
    answer = engine.define(typed)
    assert answer.text.splitlines()[0] == lead


def test_define_cites_and_refuses_unknown_terms(engine):
    assert labels(engine.define("extended deterrence").citations) == ["¶4", "¶10", "¶12"]
    assert not engine.define("NATO").matched


def test_quote_by_speaker_and_topic_combined(engine):
    answer = engine.quote(speaker="joint statement", topic="drone")
    assert answer.matched and len(answer.items) == 1
    assert "recent drone incursions" in answer.items[0].text
    assert labels(answer.items[0].citations) == ["¶2"]


def test_quote_without_options_lists_every_quote_verbatim(engine, kb):
    answer = engine.quote()
    assert len(answer.items) == len(kb.articles[0].quotes)
    assert all(item.text.startswith("> “") for item in answer.items)


def test_quote_by_a_person_includes_statements_they_issued(engine):
    answer = engine.quote(speaker="Austin")
    assert answer.matched
    assert any(item.title.startswith("U.S.-ROK joint statement") for item in answer.items)


def test_quote_by_a_person_says_which_are_their_own_words(engine):
    """/quote speaker:Lee: the article quotes no words of his own, only the joint statement he
    is party to; the lead says so rather than calling them his. The joint statement's own are
    its own."""
    assert engine.quote(speaker="Lee").text.startswith("No words of Lee Jong-sup's own:")
    assert not engine.quote(speaker="joint statement").text.startswith("No words")


def test_quote_by_north_korea_and_none_about_the_weather(engine):
    assert "hostile policies" in engine.quote(speaker="Pyongyang").items[0].text
    assert not engine.quote(speaker="Lee", topic="weather").matched


def test_quote_by_a_speaker_no_one_is_named_is_quotes_about_it(engine):
    """ "/quote drones" (its one text in the first option, speaker): no one is called that, so
    the quotes about drones; a word neither names anyone nor is in a quote is not found."""
    answer = engine.quote(speaker="drones")
    assert answer.matched and answer.title == "Quotes: about “drones”", answer.title
    assert "drone incursions" in answer.items[0].text
    assert not engine.quote(speaker="xyzzy").matched


def test_search_ranks_and_bolds_the_matched_words(engine):
    answer = engine.search("drone incursions")
    assert answer.matched
    top = answer.items[0]
    assert "**drone**" in top.text and "**incursions**" in top.text
    assert labels(top.citations) == ["¶2"]


def test_search_tolerates_typos(engine):
    answer = engine.search("carier drils")
    assert answer.matched
    assert "**carrier**" in answer.items[0].text or "**drills**" in answer.items[0].text


@pytest.mark.parametrize(
    ("query", "bolded"),
    [
        ("deployments", "**deploy**"),
        ("condemnation", "**condemned**"),
        ("organised exercises", "**Exercise**"),
    ],
)
def test_search_matches_other_forms_of_a_word(engine, query, bolded):
    answer = engine.search(query)
    assert answer.matched
    assert any(bolded in item.text for item in answer.items)


def test_search_finds_nothing_for_unrelated_words(engine):
    answer = engine.search("football world cup")
    assert not answer.matched and answer.kind == Kind.NOT_FOUND


def test_timeline_is_every_dated_event_oldest_first(engine, kb):
    answer = engine.timeline()
    dated = [e for e in kb.articles[0].events if e.date]
    assert len(answer.items) == len(dated)
    assert answer.items[0].title.startswith("2017:")
    assert answer.items[-2].title.startswith("February 2023:")
    assert answer.items[-1].title.startswith("2023:")  # a year alone: after what the year holds
    titles = [i.title for i in answer.items]
    assert titles.index(next(t for t in titles if "Summit" in t)) < titles.index(
        next(t for t in titles if "SCM" in t)
    )
    assert "Defense Trilateral Talks" in answer.footer  # undated ones are named, not dropped


def test_source_gives_outlet_title_date_link(engine):
    answer = engine.source()
    fields = {f.name: f.value for f in answer.fields}
    assert fields["Outlet"] == "The Diplomat"
    assert fields["Published"] == "31 January 2023 (Tuesday)"
    assert fields["Link"].startswith("https://thediplomat.com/2023/01/")


def test_article_option_picks_by_id_or_fuzzy_title_and_refuses_unknown(engine):
    assert engine.source("diplomat-2023-01-31-austin-lee-seoul").matched
    assert engine.source("defense minister talks US reaffirms").matched
    for key in ("The Diplomat", "diplomat", "2023-01-31", "austin lee seoul"):  # outlet, date, id words
        assert engine.source(key).matched, key
    assert not engine.source("Le Monde cooking column").matched


def test_help_lists_every_command_with_an_example(engine):
    answer = engine.help()
    assert [f.name for f in answer.fields] == [f"/{name}" for name in COMMANDS]
    assert all("`/" in f.value for f in answer.fields)


def test_run_reports_usage_errors(engine):
    assert engine.run("nope").kind == Kind.USAGE
    assert engine.run("who", {}).kind == Kind.USAGE
    assert engine.run("who", {"nmae": "Lee"}).kind == Kind.USAGE
    assert engine.run("who", {"name": "Lee"}).matched


def test_not_found_echo_cannot_ping_or_format(engine):
    answer = engine.who("@everyone **bold** <@&123>")
    assert "@everyone" not in answer.text
    assert "**bold**" not in answer.text
    assert "<@&" not in answer.text


@pytest.mark.parametrize("source", list(Complete))
def test_autocomplete_stays_within_discord_limits(engine, source):
    for typed in ["", "a", "Lee", "x" * 300]:
        choices = engine.complete(source, typed)
        assert len(choices) <= 25 and all(len(c) <= 100 for c in choices)


def test_autocomplete_is_fuzzy_and_puts_prefix_matches_first(engine):
    assert engine.complete(Complete.ENTITY, "Aus")[0] == "Lloyd Austin" or "Lloyd Austin" in engine.complete(
        Complete.ENTITY, "Aus"
    )
    assert "Lloyd Austin" in engine.complete(Complete.ENTITY, "Austn")
    assert engine.complete(Complete.TERM, "DP")[0] == "DPRK"
    assert "Defense Trilateral Talks" in engine.complete(Complete.EVENT, "trilat")
