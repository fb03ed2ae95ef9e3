"""People, organizations, quotes and terms in news phrasing other than the seed's."""

from __future__ import annotations

import pytest

from bot.draft.terms import long_form
from tests.draft.conftest import draft, loaded


def _article(text, tmp_path, **meta):
    result = draft(text, **meta)
    assert not result.errors, result.errors
    return loaded(result, tmp_path)


def _speaker_names(article):
    names = {e.id: e.name for e in article.entities}
    return {q.text: names[q.speaker] for q in article.quotes}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will respond,” Kim Yo Jong said in a statement.", "Kim Yo Jong"),
        ("“We will respond,” said John Kirby, a White House spokesman.", "John Kirby"),
        ("Defense Minister Shin Won-sik told reporters: “We will respond.”", "Shin Won-sik"),
        ("“We will respond,” the Foreign Ministry statement said.", "Foreign Ministry statement"),
        ("The allies will respond, according to the joint statement.", None),
        ('"We will respond," North Korea\'s defense ministry said.', "North Korea"),
    ],
)
def test_attribution_after_or_before_the_quote(text, speaker, tmp_path):
    speakers = _speaker_names(_article(text, tmp_path))
    if speaker is None:
        assert speakers == {}
    else:
        assert list(speakers.values()) == [speaker], speakers


def test_a_quote_over_two_sentences_and_its_continuation_keep_the_speaker(tmp_path):
    text = (
        "President Yoon Suk Yeol said, “The alliance is strong. It will grow stronger.”\n"
        "“We will not be intimidated,” he added. “Never.”"
    )
    speakers = _speaker_names(_article(text, tmp_path))
    assert set(speakers.values()) == {"Yoon Suk Yeol"}
    assert "The alliance is strong. It will grow stronger." in speakers


def test_an_unclosed_quotation_runs_to_the_end_of_its_paragraph(tmp_path):
    article = _article("“We will be there, Austin said as he left\nHe met Lee on Tuesday.", tmp_path)
    assert article.quotes[0].text == "We will be there, Austin said as he left"


def test_capitals_and_demonyms_name_their_countries(tmp_path):
    text = (
        "Seoul and Tokyo protested after Pyongyang fired a missile on Monday. Chinese officials were silent."
    )
    article = _article(text, tmp_path)
    names = {o.name for o in article.organizations}
    assert {"South Korea", "Japan", "North Korea", "China"} <= names
    north = next(o for o in article.organizations if o.name == "North Korea")
    assert "Pyongyang" in north.aliases and north.kind == "country"


def test_titled_names_and_shared_surnames(tmp_path):
    text = (
        "North Korean leader Kim Jong Un met his sister Kim Yo Jong in Pyongyang on Monday.\n"
        "Gen. Paul LaCamera, commander of U.S. Forces Korea, said the drills would continue."
    )
    article = _article(text, tmp_path)
    people = {p.name: p for p in article.people}
    assert {"Kim Jong Un", "Kim Yo Jong", "Paul LaCamera"} <= set(people)
    assert people["Kim Jong Un"].role == "North Korean Leader"
    assert "Kim" not in people["Kim Jong Un"].aliases + people["Kim Yo Jong"].aliases  # names both: dropped
    assert "LaCamera" in people["Paul LaCamera"].aliases
    assert "U.S. Forces Korea" in {o.name for o in article.organizations}


def test_a_ship_is_a_term_not_a_person(tmp_path):
    article = _article("The carrier USS Carl Vinson arrived in Busan on Thursday.", tmp_path)
    assert article.people == []
    ship = next(t for t in article.terms if t.term == "USS Carl Vinson")
    assert ship.is_a == ["ship"] and "Carl Vinson" in ship.aliases


@pytest.mark.parametrize(
    ("short", "before", "long"),
    [
        ("DPRK", "the Democratic People’s Republic of Korea’s", "Democratic People’s Republic of Korea"),
        (
            "SCM",
            "54th United States-Republic of Korea Security Consultative Meeting",
            "Security Consultative Meeting",
        ),
        ("ICBM", "an intercontinental ballistic missile", None),  # lower case: not a name to define
        ("NCG", "the Nuclear Consultative Group", "Nuclear Consultative Group"),
        ("XYZ", "the Nuclear Consultative Group", None),
    ],
)
def test_acronyms_are_matched_to_their_long_form(short, before, long):
    assert long_form(short, before) == long


def test_gazetteer_terms_and_defined_acronyms(tmp_path):
    text = (
        "The Nuclear Consultative Group (NCG) met in Washington on Friday to discuss extended deterrence.\n"
        "North Korea fired an ICBM, a “provocation of the highest order,” officials said."
    )
    terms = {t.term: t for t in _article(text, tmp_path, published="2023-12-18").terms}
    assert terms["Nuclear Consultative Group"].acronyms == ["NCG"]
    assert "extended deterrence" in terms and "intercontinental ballistic missile" in terms


def test_a_single_capitalised_word_beside_a_verb_is_not_a_person(tmp_path):
    text = (
        "Reuters reported the launch on Monday. “It was a success,” Rodong Sinmun said.\n"
        "Austin said the allies were ready."
    )
    article = _article(text, tmp_path)
    assert article.people == []
    assert _speaker_names(article) == {"It was a success": "Rodong Sinmun"}
