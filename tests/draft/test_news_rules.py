"""General rules of English news text the drafter follows, each on made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.draft.terms import long_form
from tests.draft.conftest import draft, loaded


def _article(text, tmp_path, **meta):
    result = draft(text, **meta)
    assert not result.errors, result.errors
    return loaded(result, tmp_path)


def _terms(text, tmp_path, **meta):
    return {t.term: t for t in _article(text, tmp_path, **meta).terms}


# --- acronyms -----------------------------------------------------------------------------------


def test_a_lower_case_long_form_is_taken_when_the_letters_are_its_initials(tmp_path):
    terms = _terms("The ships stayed outside the country’s maritime security zone (MSZ) all week.", tmp_path)
    assert terms["maritime security zone"].acronyms == ["MSZ"]
    assert long_form("ICBM", "an intercontinental ballistic missile") is None  # C is no initial


def test_a_plural_short_form_names_the_singular(tmp_path):
    terms = _terms("The navy sent two unmanned surface vessels (USVs) to the strait on Friday.", tmp_path)
    assert terms["unmanned surface vessel"].acronyms == ["USV"]


def test_two_short_forms_in_one_bracket_are_a_compound_and_each_part_is_defined(tmp_path):
    text = "Officers met for the Joint Planning Board crisis simulation (JPB CS) on Friday."
    terms = _terms(text, tmp_path)
    assert terms["Joint Planning Board crisis simulation"].acronyms == ["JPB CS"]
    assert terms["Joint Planning Board"].acronyms == ["JPB"]
    assert terms["crisis simulation"].acronyms == ["CS"]


def test_a_title_head_before_on_the_belongs_to_the_name_and_hyphens_are_kept(tmp_path):
    text = (
        "Neither has joined the Treaty on the Prohibition of Nuclear Weapons (TPNW) "
        "or its Self-Help Pact (SHP)."
    )
    terms = _terms(text, tmp_path)
    assert terms["Treaty on the Prohibition of Nuclear Weapons"].acronyms == ["TPNW"]
    assert terms["Self-Help Pact"].acronyms == ["SHP"]


def test_a_country_acronym_used_in_the_text_gives_its_official_name(tmp_path):
    terms = _terms("Analysts doubted the PRC would attend the talks in Geneva.", tmp_path)
    assert terms["People's Republic of China"].acronyms == ["PRC"]
    assert terms["People's Republic of China"].definition == "The official name of China."


def test_gazetteer_terms_are_found_in_the_plural_but_not_inside_a_capitalised_name(tmp_path):
    text = (
        "The navy tracked two short-range ballistic missiles on Friday.\n"
        "Officials planned the Northern Star Table-top Exercise for June."
    )
    terms = _terms(text, tmp_path)
    assert terms["short-range ballistic missile"].acronyms == ["SRBM"]
    assert "table-top exercise" not in terms


@pytest.mark.parametrize("body", ["U.S. Forces Korea", "Korean Central News Agency"])
def test_a_countrys_own_command_or_agency_is_an_entry_not_a_term(body, tmp_path):
    article = _article(f"Officers of the {body} watched the launch on Friday.", tmp_path)
    assert body in {o.name for o in article.organizations}
    assert body not in {t.term for t in article.terms}


# --- who speaks ---------------------------------------------------------------------------------


def _speakers(text, tmp_path):
    article = _article(text, tmp_path)
    names = {e.id: e.name for e in article.entities}
    return {q.text: names[q.speaker] for q in article.quotes}


def test_a_group_speaking_in_a_document_lets_the_document_speak_and_they_goes_on_with_it(tmp_path):
    text = (
        "Fishery officials of Chile and Peru met in Lima on Monday.\n"
        "In a joint readout, the two countries called the deal “a turning point.” They repeated that "
        "patrols would “continue without delay.”"
    )
    speakers = _speakers(text, tmp_path)
    assert speakers == {"a turning point.": "joint readout", "continue without delay.": "joint readout"}


def test_the_declaration_is_the_declaration_the_article_named(tmp_path):
    text = (
        "Chile and Peru adopted the Harbour Declaration on Monday.\n"
        "Under the declaration, both navies will “share patrol data.”\n"
        "The declaration itself states that the ports “will stay open to all.”"
    )
    assert set(_speakers(text, tmp_path).values()) == {"Harbour Declaration"}


def test_quotations_of_one_sentence_share_its_one_attribution(tmp_path):
    text = (
        "Given Lima’s “new fishing rules,” the patrols were “a necessary step,” "
        "the two navies said in a communique."
    )
    assert set(_speakers(text, tmp_path).values()) == {"communique"}


# --- people -------------------------------------------------------------------------------------


def test_a_role_after_a_name_set_off_by_commas_makes_a_person_with_that_role(tmp_path):
    text = (
        "Ana Ruiz, the navy’s deputy chief of staff, met Tom Vance, coordinator for maritime policy at "
        "the council, in Lima on Monday. Lima, Quito and Bogota sent observers."
    )
    people = {p.name: p for p in _article(text, tmp_path).people}
    assert set(people) == {"Ana Ruiz", "Tom Vance"}
    assert people["Ana Ruiz"].role == "navy’s deputy chief of staff"
    assert people["Tom Vance"].role == "coordinator for maritime policy at the council"


def test_a_speech_verb_before_a_name_makes_a_person_only_after_a_quotation_or_comma(tmp_path):
    text = "“We are ready,” said Mara Quint.\nThe two navies say Northern Star is defensive."
    assert [p.name for p in _article(text, tmp_path).people] == ["Mara Quint"]


# --- events and their dates ---------------------------------------------------------------------


def _events(text, tmp_path, published="2023-03-20"):
    return {e.name: e for e in _article(text, tmp_path, published=published).events}


def _dated(text, tmp_path, published="2023-03-20"):
    return {name: e.date.iso() if e.date else None for name, e in _events(text, tmp_path, published).items()}


def test_a_date_with_nothing_to_date_goes_to_what_the_next_sentence_says_it_was(tmp_path):
    text = (
        "Officials gathered at the naval academy on 4 March to test their plans. The session was "
        "the third Harbour Defence Council table-top exercise (HDC TTX), the first since the "
        "election in May 2022."
    )
    dated = _dated(text, tmp_path)
    assert dated["Harbour Defence Council table-top exercise"] == "2023-03-04"
    assert "2022-05" in dated.values()


def test_a_date_goes_to_its_when_clause_and_a_saying_does_not_date_the_event(tmp_path):
    text = (
        "The plan had been announced on 2 February, when Prime Minister Ana Ruiz met Defence "
        "Minister Tom Vance in Canberra.\n"
        "The agency said on Monday that the navy had launched two drones early on Sunday."
    )
    dated = _dated(text, tmp_path)
    assert dated["Ruiz-Vance meeting in Canberra"] == "2023-02-02"
    assert dated["Launch of two drones"] == "2023-03-19"  # the Sunday, not the Monday it was told


def test_an_end_date_does_not_date_the_event_and_a_back_reference_makes_no_new_one(tmp_path):
    text = (
        "Chile and Peru held a summit in Lima on Monday. The summit, which runs until 23 March, "
        "ended its first day without a deal."
    )
    events = _events(text, tmp_path)
    assert [(e.date.iso(), e.paragraphs) for e in events.values()] == [("2023-03-20", [1])]


def test_a_name_in_apposition_to_an_event_noun_names_the_event(tmp_path):
    text = "The navies began Southern Cross 24 on Monday, a ten-day combined exercise off the coast."
    assert _dated(text, tmp_path) == {"Southern Cross 24": "2023-03-20"}


def test_offsets_and_the_same_day_count_from_the_date_before_them(tmp_path):
    text = (
        "The navy fired a cruise missile on 3 March. Two days later it launched two drones.\n"
        "Ministers met in Lima on Tuesday, as a frigate docked in the port city of Callao the same day."
    )
    dated = _dated(text, tmp_path)
    assert dated["Launch of a cruise missile"] == "2023-03-03"
    assert dated["Launch of two drones"] == "2023-03-05"
    assert "2023-03-14" in [d for n, d in dated.items() if n.startswith("Port call")]


def test_a_count_since_a_date_is_no_event(tmp_path):
    assert _events("Pyongyang has fired about 40 missiles since the start of 2022.", tmp_path) == {}


def test_tense_compound_adjectives_are_not_past_verbs_and_due_looks_ahead():
    from bot.draft.dates import find_dates

    monday = dt.date(2023, 3, 13)
    sentence = "The drill, which runs until 23 March, pairs a computer-simulated exercise with field drills."
    assert [f.date.iso() for f in find_dates(sentence, monday)] == ["2023-03-23"]
    assert [f.date.iso() for f in find_dates("The minister is due in Lima on Thursday.", monday)] == [
        "2023-03-16"
    ]


# --- organizations ------------------------------------------------------------------------------


def _bodies(text, tmp_path):
    return {o.name: o for o in _article(text, tmp_path).organizations}


def test_a_known_body_is_found_whatever_the_case_of_its_later_words(tmp_path):
    bodies = _bodies("According to South Korea’s unification ministry, the talks were cancelled.", tmp_path)
    assert "Ministry of Unification" in bodies


def test_a_building_named_only_as_a_place_and_a_country_only_in_a_title_are_no_entries(tmp_path):
    text = (
        "Officials met at the Pentagon on Friday before a White House summit with French President "
        "Jean Dupont.\nThe White House said the talks went well."
    )
    bodies = _bodies(text, tmp_path)
    assert "U.S. Department of Defense" not in bodies and "France" not in bodies
    assert "White House" in bodies  # it speaks in the second paragraph


def test_the_parties_are_an_entry_only_when_they_speak_or_agree(tmp_path):
    quiet = "Chile and Peru held talks on Friday. The allies want calm seas."
    assert [o for o in _bodies(quiet, tmp_path).values() if o.kind == "group"] == []
    agreeing = "Chile and Peru held talks on Friday. The two sides agreed to meet again."
    assert [o.name for o in _bodies(agreeing, tmp_path).values() if o.kind == "group"] == ["The two sides"]


def test_bodies_joined_by_and_are_two_and_quoted_words_make_no_armed_forces(tmp_path):
    text = (
        "Officers of the Naval Warfare Command and U.S. Forces Korea joined the drill.\n"
        "Pyongyang called it “a Chinese military provocation.”\n"
        "A South Korean public weary of tension watched."
    )
    bodies = _bodies(text, tmp_path)
    assert {"Naval Warfare Command", "U.S. Forces Korea", "South Koreans"} <= set(bodies)
    assert not any("Chinese" in name for name in bodies)
