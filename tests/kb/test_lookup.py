"""Names as people type them: exact, aliases, partial names, titles, typos, other scripts."""

from __future__ import annotations

import pytest

from bot.kb.engine import Engine
from bot.kb.fuzzy import NameTable, closest
from bot.kb.index import KnowledgeBase


@pytest.mark.parametrize(
    "typed",
    [
        "Lloyd Austin",
        "Austin",
        "austin",
        "Lloyd",
        "Austn",
        "Austen",
        "Loyd Austin",
        "lloyd austin ",
        "Secretary of Defense",
        "US defense secretary",
        "secretary austin",
        "로이드 오스틴",
        "the Austin",
    ],
)
def test_who_finds_austin(engine, typed):
    answer = engine.who(typed)
    assert answer.matched and answer.title == "Lloyd Austin"


@pytest.mark.parametrize(
    "typed",
    [
        "Lee Jong-sup",
        "Lee",
        "Jong-sup",
        "Lee Jong sup",
        "lee jongsup",
        "Lee Jong-seop",
        "Le Jong-sup",
        "South Korean defense minister",
        "Minister Lee",
        "이종섭",
    ],
)
def test_who_finds_lee(engine, typed):
    answer = engine.who(typed)
    assert answer.matched and answer.title == "Lee Jong-sup"


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("DPRK", "North Korea"),
        ("Pyongyang", "North Korea"),
        ("North Korae", "North Korea"),
        ("ROK", "South Korea"),
        ("UNSC", "United Nations Security Council"),
        ("foreign ministry", "North Korean Foreign Ministry"),
        ("joint statement", "U.S.-ROK joint statement"),
        ("USA", "United States"),
        ("Tokyo", "Japan"),
    ],
)
def test_who_finds_organizations_and_countries(engine, typed, name):
    answer = engine.who(typed)
    assert answer.matched and answer.title == name


@pytest.mark.parametrize("typed", ["Biden", "Kim Jong-un", "Xi Jinping", "a", "zz", "NATO", "Moon"])
def test_who_refuses_people_the_article_does_not_name(engine, typed):
    answer = engine.who(typed)
    assert not answer.matched
    assert "in the knowledge base" in answer.text


def test_ambiguous_partial_name_offers_suggestions_instead_of_guessing(engine):
    answer = engine.who("Korea")
    assert not answer.matched
    assert {"South Korea", "North Korea"} <= set(answer.suggestions)


def test_near_miss_offers_did_you_mean(engine):
    answer = engine.who("Lloyd Aus")
    assert answer.matched or "Lloyd Austin" in answer.suggestions


@pytest.mark.parametrize(
    ("typed", "event"),
    [
        ("SCM", "54th Security Consultative Meeting (SCM)"),
        ("54th SCM", "54th Security Consultative Meeting (SCM)"),
        ("security consultative meting", "54th Security Consultative Meeting (SCM)"),
        ("meeting", "Austin-Lee defense ministers' meeting in Seoul"),
        ("Seoul meeting", "Austin-Lee defense ministers' meeting in Seoul"),
        ("summit", "ROK-U.S. Summit"),
        ("tabletop exercise", "Deterrence Strategy Committee Table-top Exercise"),
        ("table top", "Deterrence Strategy Committee Table-top Exercise"),
        ("Ronald Regan drills", "USS Ronald Reagan joint military drills"),
        ("trilateral talks", "Defense Trilateral Talks"),
    ],
)
def test_when_finds_events(engine, typed, event):
    answer = engine.when(typed)
    assert answer.matched and answer.title == event


def test_name_table_prefers_exact_alias_over_fuzzy():
    table: NameTable[str] = NameTable()
    table.add("lee", ["Lee Jong-sup", "Lee"])
    table.add("leon", ["Leon"])
    match, _ = table.best("Lee")
    assert match is not None and match.value == "lee" and match.exact


def test_name_table_never_matches_on_a_single_letter():
    table: NameTable[str] = NameTable()
    table.add("us", ["United States", "America"])
    assert table.best("a") == (None, [])


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("Austn", "Lloyd Austin"),
        ("Lloyd", "Lloyd Austin"),
        ("Secretary of Defense", "Lloyd Austin"),
        ("Le Jong-sup", "Lee Jong-sup"),
        ("North Korae", "North Korea"),
        ("foreign ministry", "North Korean Foreign Ministry"),
    ],
)
def test_the_word_index_finds_what_the_exhaustive_scan_finds(kb, monkeypatch, typed, name):
    """Large knowledge bases score only candidates from the word index: same answers."""
    monkeypatch.setattr("bot.kb.fuzzy.EXHAUSTIVE", 0)
    engine = Engine(KnowledgeBase.build(kb.articles))  # the index is made when the table settles
    answer = engine.who(typed)
    assert answer.matched and answer.title == name
    assert not engine.who("Biden").matched


def _one_by_one(query, q_tokens, name):
    """The word-route score as first written, one name at a time: the reference."""
    from rapidfuzz import fuzz

    whole = fuzz.ratio(query, name.norm)
    if not q_tokens or not name.tokens:
        return whole
    per_word = [max(fuzz.ratio(q, t) for t in name.tokens) for q in q_tokens]
    coverage = len(q_tokens) / max(len(name.tokens), len(q_tokens))
    route = min(per_word) * (0.93 + 0.05 * coverage)
    if any(len(q) < 3 for q in q_tokens) and min(per_word) < 100:
        route = 0.0
    return max(whole, route)


@pytest.mark.parametrize(
    "typed",
    ["austn", "lloyd", "secretary of defense", "le jong-sup", "us", "n korea", "table top", "x", "이종섭"],
)
def test_names_are_scored_together_exactly_as_one_by_one(kb, typed):
    from bot.kb.fuzzy import Wordings, _tokens

    for table in (kb.entities, kb.events, kb.terms_):
        q_tokens = _tokens(typed)
        together = Wordings.of(table.names).scores(typed, q_tokens)
        assert list(together) == [_one_by_one(typed, q_tokens, n) for n in table.names]


def test_among_long_names_a_typo_goes_to_the_name_it_is_one_slip_from():
    table: NameTable[str] = NameTable()
    table.add("21", ["Honolulu naval drill of 21 February 2041"])
    table.add("1", ["Honolulu naval drill of 1 February 2041"])
    match, _ = table.best("Honolulu naval drill of 21 Feebruary 2041")
    assert match is not None and match.value == "21"


def test_a_typo_equally_near_two_names_is_asked_back_not_guessed():
    table: NameTable[str] = NameTable()
    table.add("cho", ["Cho Mi-rae"])
    table.add("oh", ["Oh Mi-rae"])
    match, suggestions = table.best("Coh Mi-rae")
    assert match is None
    assert {s.value for s in suggestions} == {"cho", "oh"}


def test_one_letter_for_another_is_a_slip_for_the_one_word_it_can_be() -> None:
    """ "tokio" is "tokyo"; "mines", one letter from both "miles" and "mints", is neither."""
    assert closest("tokio", ["tokyo", "seoul", "kishida"]) == "tokyo"
    assert closest("mines", ["miles", "mints", "seoul"]) is None
    assert closest("kyiw", ["kyiv"]) is None  # four letters: too short to tell a slip


def test_define_a_body_says_what_who_says_of_it(engine: Engine) -> None:
    """ "/define Foreign Ministry" (or KCNA): no term, but a body the article names: its
    profile, as /who gives it, rather than "no term matching"; a person is still no term."""
    found = engine.define("north korean foreign ministry")
    assert found.matched and found.command == "define", found
    assert found.title == "North Korean Foreign Ministry", found
    assert not engine.define("austin").matched


def test_define_an_event_says_what_when_says_of_it(engine: Engine) -> None:
    """ "/define joint press conference": no term, but an event the article names: what /when
    gives of it (its date and what happened), rather than "no term matching"."""
    found = engine.define("joint press conference")
    assert found.matched and found.command == "define", found
    assert found.title == "Austin and Lee's joint press conference", found
    assert not engine.define("press gallery").matched
