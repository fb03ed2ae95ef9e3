"""How a question is read: which words say something, and how they may appear in the articles."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from bot.kb import ask, english, weights
from bot.kb.engine import Engine
from bot.kb.index import KnowledgeBase
from bot.kb.loader import load_path
from bot.kb.names import initials, leading_initials
from bot.kb.question import Asks, _fronted, parse, unmarked
from bot.kb.text import name_key, terms

from ..conftest import KNOWLEDGE
from ..corpus.test_corpus import CORPUS_KNOWLEDGE

ARTICLE = """\
id: a
article: {outlet: O, title: T, url: 'https://example.org/a', published: 2024-05-02}
summary: A bomber flew.
paragraphs:
  - A B-52 bomber flew over the sea on 1 May 2024 with two F-15K fighters.
"""


B52 = "  - A B-52 bomber flew over the sea on 1 May 2024 with two F-15K fighters.\n"


def _engine(tmp_path: Path, paragraphs: str | None = None, rest: str = "") -> Engine:
    """The test article, or one whose paragraph is replaced by `paragraphs` (YAML list lines)
    and with `rest` (more YAML) after it."""
    return _loaded(tmp_path, a=ARTICLE if paragraphs is None else ARTICLE.replace(B52, paragraphs) + rest)


def _loaded(tmp_path: Path, vocabulary: bool = False, **articles: str) -> Engine:
    """An engine over these articles (file stem=YAML text), with the shipped vocabulary if asked."""
    for stem, text in articles.items():
        (tmp_path / f"{stem}.yaml").write_text(text, encoding="utf-8")
    if vocabulary:
        shutil.copy(KNOWLEDGE / "vocabulary.yaml", tmp_path)
    return Engine(KnowledgeBase.loaded(load_path(tmp_path)))


def _corpus(tmp_path: Path) -> KnowledgeBase:
    """The seed article with the test corpus's seven."""
    shutil.copytree(KNOWLEDGE, tmp_path / "k")
    for path in CORPUS_KNOWLEDGE.glob("*.yaml"):
        shutil.copy(path, tmp_path / "k" / path.name)
    return KnowledgeBase.loaded(load_path(tmp_path / "k"))


def test_adverbs_say_little(kb: KnowledgeBase) -> None:
    """ "supposedly", "roughly": however rare, an adverb made of an adjective weighs little, so
    an unknown one never makes the question look out of scope; "Italy" is no adverb."""
    q = parse(kb, "which test is north korea supposedly ready to carry out in italy")
    weight = {w.typed: w.weight for w in q.words}
    assert weight.get("supposedly", 0.0) <= weights.ADVERB  # or no word at all ("supposed to": filler)
    assert weight["italy"] > weights.ADVERB


def test_words_that_only_qualify_how_it_is_asked_are_no_words_of_it(kb: KnowledgeBase) -> None:
    """ "Did Austin meet different ministers", "a NATO-style pact ... article 5 style", "instead of
    having them": "different", "style", "having" say nothing the answer must hold."""
    for typed, filler in (
        ("did austin meet different defense ministers", "different"),
        ("is the alliance a nato article 5 style pact", "style"),
        ("do south koreans want own nukes instead of having us ones", "having"),
        ("what type of aircraft might be deployed more", "type"),
        ("when was the last carrier deployment like that", "like"),
        ("what step did lee take to improve ties with tokyo", "step"),
        ("the joint statement brings up an earlier summit, when was it", "brings up"),
        ("the statement points back to a summit, when was it", "points back to"),
        ("ok so at the pentagon tabletop who was running the us team", "ok"),  # an opener, then a clause
        ("are the us and sk trying a new approach with north korea or nah", "nah"),  # a tag of the talk
        ("the statement mentions a summit, when was that one", "one"),  # the summit, no number
        ("who even is lee jong sup", "even"),
        ("why does north korea say it won't return to talks", "won't"),  # negated function word
        ("why did they need to make it real pretty fast", "pretty"),
        ("what was the significance of the strength to strength approach", "significance"),
        ("to what extent did lee reaffirm the alliance", "extent"),
        ("against the backdrop of stalled talks, what did lee and austin agree", "backdrop"),
        ("where are the troops maybe going to fight", "maybe"),  # a hedge, not what is asked
        ("why does that 550 km figure matter", "matter"),
    ):
        assert filler not in {w.typed for w in parse(kb, typed).words}, typed
    # "possible" is no hedge: what made the summit possible is asked
    assert "possible" in {w.typed for w in parse(kb, "what made the summit possible").words}


def test_the_month_an_article_came_out_is_the_setting_of_its_undated_sentences(
    kb: KnowledgeBase,
) -> None:
    """ "Did the January 2023 talks produce a fresh strategy": the seed's undated sentence "no new
    strategy at hand" is set in the month its article came out, as its paragraph is."""
    typed = "is it true that the january 2023 defense talks produced a fresh strategy for negotiations"
    found = ask.answer(kb, f"{typed} with north korea")
    assert found.matched and "no new strategy" in found.text, found.text


def test_amounting_to_something_is_being_it(kb: KnowledgeBase) -> None:
    """ "Does the pledge amount to a defense pact" asks "is the pledge a defense pact": the
    answer must say the pact, of the pledge."""
    said = parse(kb, "does the strength to strength approach amount to a new strategy")
    meant = parse(kb, "is the strength to strength approach a new strategy")
    assert said.yesno and [(w.typed, w.weight) for w in said.words] == [
        (w.typed, w.weight) for w in meant.words
    ]


def test_when_and_where_prefers_a_unit_giving_both(tmp_path: Path) -> None:
    """ "Where and when was the DSC table top exercise": the unit giving the Pentagon as well as
    the day, not one giving the day alone."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "where and when was the dsc table top excercise",
        "when and where was the dsc ttx",
        "when n where was the dsc ttx",  # "n", "&": and
    ):
        found = engine.ask(typed)
        assert found.matched and "Pentagon" in found.text.split("\n")[0], (typed, found.text)


def test_two_digits_after_a_month_are_a_year_the_articles_report(kb: KnowledgeBase) -> None:
    """ "The Austin Lee meeting jan 23": January 2023, the seed's year; "on jan 23" and "jan 31"
    are days."""
    for typed, said in (
        ("austin lee meeting jan 23 - what city", "2023"),
        ("what happened on jan 23", "23"),
        ("austin met lee jan 31", "31"),
    ):
        assert said in {w.typed for w in parse(kb, typed).words}, typed


def test_a_share_asked_in_figures_wants_a_figure(kb: KnowledgeBase) -> None:
    """ "What exact % of South Koreans want their own nukes": the seed says a majority, which is
    no figure; it is shown as the closest, not as the answer."""
    for typed in (
        "what exact % of south koreans want their own nukes",
        "what percentage of south koreans support their own nuclear weapons",
        "exact percent of south koreans who want own nukes",
        "whats the actual % of south koreans who want their own nukes",
    ):
        assert parse(kb, typed).percent, typed
        found = ask.answer(kb, typed)
        assert not found.matched and "in figures" in found.text, (typed, found.text)
    assert not parse(kb, "do south koreans want their own nukes").percent


def test_how_many_of_a_country_counts_what_follows_the_country(kb: KnowledgeBase) -> None:
    """ "How many American troops": troops are counted (of the United States), though "American"
    is read as "United States", whose "united" looks like a verb."""
    assert "troop" in parse(kb, "how many american troops are stationed in south korea").counted
    assert "troop" in parse(kb, "how many us troops are in south korea").counted


def test_a_date_does_not_date_what_its_unit_calls_recent(kb: KnowledgeBase) -> None:
    """ "When did the NK drones fly into SK": the joint statement of 31 January condemned "recent
    drone incursions", which came before it; when Austin and Lee condemned them is that day."""
    found = ask.answer(kb, "when did the nk drones fly into sk")
    assert not found.matched and "do not say when" in found.text, found.text
    found = ask.answer(kb, "when did austin and lee condemn the drone incursions")
    assert found.matched and "31 January 2023" in found.text, found.text


def test_how_old_wants_an_age(kb: KnowledgeBase) -> None:
    """ "How old is Lee": the articles give no age, so no sentence about Lee answers."""
    assert parse(kb, "how old is lee jong-sup").asks == Asks.AGE
    found = ask.answer(kb, "how old is lee jong-sup")
    assert not found.matched and "do not say how old" in found.text, found.text


def test_how_much_time_passed_asks_how_long(kb: KnowledgeBase) -> None:
    """ "How much time had passed between X and Y" asks how long, as "how long between" does;
    "passed" is no word the answer must hold."""
    for typed in (
        "how much time had passed between the 54th scm and the seoul meeting",
        "how much time elapsed between the 54th scm and the seoul meeting",
    ):
        q = parse(kb, typed)
        assert q.asks == Asks.DURATION and "passed" not in {w.typed for w in q.words}, typed
        answer = ask.answer(kb, typed)  # the length, as the article states it ("two months before")
        assert answer.matched and "two months" in answer.text, answer


def test_a_model_number_typed_without_its_hyphen_is_found(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    for typed in ("what did the b52 do", "what did the B52 do", "what flew with the f15k fighters"):
        found = engine.ask(typed)
        assert found.matched and "B-52" in found.text, (typed, found.text)


def test_an_adverb_is_not_the_verb_asked_about(kb: KnowledgeBase) -> None:
    engine = Engine(kb)
    found = engine.ask("When did Austin quietly meet Lee in Seoul?")
    assert found.matched and "31 January 2023" in found.text


def _anchored_article(key: str, day: str, event: str, rockets: str, distance: str) -> str:
    return f"""\
id: {key}
article: {{outlet: O, title: '{event}', url: 'https://example.org/{key}', published: {day}}}
summary: Officials met; the North fired rockets.
paragraphs:
  - Officials from both navies held the {event} on {day}.
  - Later that night the North fired {rockets} rockets that flew about {distance} kilometres.
organizations:
  - {{id: north, name: North Korea, aliases: [the North], kind: country, paragraphs: [2]}}
events:
  - {{id: meeting, name: {event}, date: {day}, description: Navy officials met., paragraphs: [1]}}
facts:
  - id: rockets
    text: The North fired {rockets} rockets that flew about {distance} kilometres.
    entities: [north]
    paragraphs: [2]
"""


def test_what_follows_after_or_before_places_the_answer_in_time(tmp_path: Path) -> None:
    """ "after the harbour talks": the answer need not name the talks, but its article must hold
    them, so of two like answers the one from that article is given."""
    (tmp_path / "a.yaml").write_text(
        _anchored_article("a", "2024-03-01", "Harbour Talks", "two", "300"), encoding="utf-8"
    )
    (tmp_path / "b.yaml").write_text(
        _anchored_article("b", "2024-06-01", "Island Summit", "three", "900"), encoding="utf-8"
    )
    kb = KnowledgeBase.loaded(load_path(tmp_path))
    q = parse(kb, "how far did the rockets the north fired after the harbour talks fly")
    assert q.anchored_events == frozenset({0}) and not q.anchored_named  # the North is no anchor
    engine = Engine(kb)
    for typed, distance in (
        ("how far did the rockets the north fired after the harbour talks fly", "300"),
        ("how far did the rockets fly that the north fired after the island summit", "900"),
    ):
        found = engine.ask(typed)
        assert found.matched and distance in found.text, (typed, found.text)


def test_is_x_a_y_wants_y_said_of_x_itself(kb: KnowledgeBase) -> None:
    """ "Is X a Y": Y is what is asked; a unit whose paragraph merely mentions Y does not answer."""
    q = parse(kb, "is the joint statement a mutual defense pact")
    assert {w.typed for w in q.words if w.essential} == {"mutual defense", "pact"}
    assert not any(
        w.essential for w in parse(kb, "did the joint statement mention a pact").words if w.typed == "pact"
    )


def test_a_country_saying_whose_the_next_name_is_is_no_name_of_its_own(kb: KnowledgeBase) -> None:
    """ "Washington's defense secretary": the secretary is asked about (he is of that country);
    the answer need not involve the United States apart from him. Two countries stay two."""
    assert parse(kb, "what did washington's defense secretary say").named == (frozenset({"lloyd austin"}),)
    assert len(parse(kb, "did us south korea drills grow").named) == 2


def _reported(key: str, published: str, held: str, word: str, lede: bool = True) -> str:
    """An article reporting the Harbour Talks, held on `held`, where the minister called the
    alliance `word`; the quote itself names no event. Not `lede`: its first paragraph is about
    something else, and the talks come second."""
    first = "The ministers held the 9th Harbour Talks on {held}." if lede else "A ferry line opened."
    second = "The ministers held the 9th Harbour Talks on {held}." if not lede else "Ministers met."
    return f"""\
id: {key}
article: {{outlet: O, title: 'Talks {key}', url: 'https://example.org/{key}', published: {published}}}
summary: Ministers met at the harbour.
paragraphs:
  - {first.format(held=held)}
  - {second.format(held=held)}
  - "\\"Our alliance is {word},\\" the minister said."
people:
  - {{id: kim, name: Kim Min-su, aliases: [Kim], role: minister, paragraphs: [3]}}
events:
  - {{id: talks, name: 9th Harbour Talks, date: {held}, description: Met., paragraphs: [{1 if lede else 2}]}}
quotes:
  - {{id: q, text: 'Our alliance is {word},', speaker: kim, paragraphs: [3]}}
"""


def test_what_an_article_reports_is_the_setting_of_all_it_says(tmp_path: Path) -> None:
    """ "What word did Kim use at the 9th Harbour Talks": the article reporting the talks (held
    up to weights.NEWS_DAYS days before it appeared, or weeks before, when its lede is about
    them) says it all at the talks, though the quote does not name them; an article that looks
    back on them from weeks later, its lede about something else, does not."""
    question = "what word did kim use for the alliance at the 9th harbour talks"
    for published, lede in (("2024-03-02", False), ("2024-04-20", True)):
        found = _loaded(tmp_path, a=_reported("a", published, "2024-03-01", "ironclad", lede)).ask(question)
        assert found.matched and "ironclad" in found.text, (published, found.text)
    adjective = (
        "what one-word adjective did kim use for the alliance at the 9th harbour talks"  # his word too
    )
    found = _loaded(tmp_path, a=_reported("a", "2024-03-02", "2024-03-01", "ironclad")).ask(adjective)
    assert found.matched and "ironclad" in found.text, found.text
    late = _reported("a", "2024-04-20", "2024-03-01", "ironclad", lede=False)
    assert not _loaded(tmp_path, a=late).ask(question).matched


def test_slips_informal_names_and_name_of_questions_are_read_as_meant(kb: KnowledgeBase) -> None:
    """A long word forgives two slips ("exersice"); the vocabulary's informal names are names
    ("nk"); "what's the name of the X" asks which X, even when "they said" is in it; "theyd"
    says nothing."""
    q = parse(kb, "whats the name of the tabletop exersice they said theyd hold")
    said = " ".join(w.typed for w in q.words)
    assert "exercise" in said.split() and "they'd" not in said
    assert q.kind_words and not q.speech
    for typed in ("name of the us carrier that came in 2022", "what's the name of the us carrier"):
        assert parse(kb, typed).proper, typed  # "US" says whose the carrier is: which carrier
    assert not parse(kb, "what is the official name of south korea").proper  # a name of South Korea
    assert parse(kb, "how far did nk's missiles fly").named == (frozenset({"north korea"}),)
    assert parse(kb, "how far did nks missiles fly").named == (frozenset({"north korea"}),)  # nk's
    assert parse(kb, "what did the nukes do").named == ()  # a word the articles use stays a word


SHIPS = """\
id: s
article: {outlet: O, title: T, url: 'https://example.org/s', published: 2024-05-02}
summary: A submarine docked.
paragraphs:
  - A ballistic missile submarine, the USS Testship, docked in Port Alpha on 1 May 2024.
  - The last submarine to visit Port Alpha before the USS Testship was the USS Oldship, in 1981.
terms:
  - id: ssbn
    term: ballistic missile submarine
    aliases: [SSBN]
    is_a: [submarine]
    definition: A submarine armed with ballistic missiles.
    paragraphs: [1]
  - id: testship
    term: USS Testship
    aliases: [Testship]
    is_a: [submarine, ballistic missile submarine]
    definition: A U.S. submarine.
    paragraphs: [1, 2]
  - id: oldship
    term: USS Oldship
    is_a: [submarine]
    definition: An older U.S. submarine.
    paragraphs: [2]
"""


def test_which_x_is_answered_by_an_x_the_question_does_not_name_itself(tmp_path: Path) -> None:
    """ "Which SSBN docked": the ballistic missile submarine is the kind asked for, not an answer."""
    (tmp_path / "s.yaml").write_text(SHIPS, encoding="utf-8")
    (tmp_path / "vocabulary.yaml").write_text(
        "entries:\n  - words: [SSBN, ballistic missile submarine]\n", encoding="utf-8"
    )
    engine = Engine(KnowledgeBase.loaded(load_path(tmp_path)))
    found = engine.ask("which ssbn docked in port alpha")
    assert found.matched and found.text.startswith("**USS Testship"), found.text
    # "before the Testship": the Testship places the answer, and is not it
    found = engine.ask("which submarine visited port alpha before the testship")
    assert found.matched and found.text.startswith("**USS Oldship**"), found.text


ALLIES = """\
id: h
article: {outlet: O, title: T, url: 'https://example.org/h', published: 2024-06-04}
summary: Drills began; the ministry spoke.
paragraphs:
  - The allies agreed to hold annual joint exercises; the first, Freedom Test, took place on 3 June 2024.
  - The Harbour Ministry said the rocket launch was regrettable.
organizations:
  - id: hm
    name: Harbour Ministry
    kind: government
    actions: [{text: Said the rocket launch was regrettable., paragraphs: [2]}]
    paragraphs: [2]
events:
  - {id: annual, name: Annual joint exercises, is_a: [exercise], description: Yearly drills., paragraphs: [1]}
  - id: ft
    name: Freedom Test
    is_a: [exercise]
    date: 2024-06-03
    description: The first of the annual joint exercises.
    paragraphs: [1]
"""


def test_a_name_is_a_proper_name_and_how_one_responded_is_what_it_did(tmp_path: Path) -> None:
    """ "The name of the first joint exercise" is Freedom Test, not "Annual joint exercises"
    (what it is); "how did the Harbour Minstry react" is what the ministry said, whatever the
    verb, once the slip in its name is mended."""
    engine = _loaded(tmp_path, h=ALLIES)
    found = engine.ask("whats the name of the first joint exercise")
    assert found.matched and found.text.startswith("**Freedom Test"), found.text
    assert found.title.endswith("whats the name of the first joint exercise")  # shown as typed
    found = engine.ask("how did the harbour minstry react")
    assert found.matched and "regrettable" in found.text, found.text


def test_the_verb_after_a_named_thing_is_what_is_asked(kb: KnowledgeBase) -> None:
    """ "How long did the USS Ronald Reagan stay": the carrier is a term, not a person, and
    "the" comes before it; the stay is still what is asked, so a unit saying only when it came
    does not answer."""
    q = parse(kb, "how long did the uss ronald reagan stay in south korea")
    assert [w.typed for w in q.words if w.essential] == ["stay"]
    assert not Engine(kb).ask("how long did the uss ronald reagan stay in south korea").matched


SOLDIERS = """\
id: t
article: {outlet: O, title: T, url: 'https://example.org/t', published: 2024-05-02}
summary: Troops were sent.
paragraphs:
  - Around 10,000 soldiers were sent north on a solid plan.
  - Harbour Shield 24, an 11-day drill, began on 1 May 2024.
"""


def test_a_slip_is_read_as_the_word_the_articles_use(tmp_path: Path) -> None:
    """Two letters swapped are one slip ("sheild"); of the words a slip may be meant for, the one
    the articles use wins ("soliders" is "sliders" or "soldiers"; it stems to "solid", which the
    articles also use, yet English knows no "soliders")."""
    (tmp_path / "t.yaml").write_text(SOLDIERS, encoding="utf-8")
    kb = KnowledgeBase.loaded(load_path(tmp_path))
    said = {w.typed for w in parse(kb, "how many soliders were sent north").words}
    assert "soldiers" in said and "soliders" not in said
    assert "shield" in {w.typed for w in parse(kb, "when did the harbour sheild drill begin").words}


def test_how_many_counts_what_it_names_and_last_at_the_end_is_a_verb(tmp_path: Path) -> None:
    """ "How many days does X last": the days are what is counted (a unit with "11-day"
    answers, one with "10,000 soldiers" does not), and "last" is how long, not the latest."""
    engine = _loaded(tmp_path, t=SOLDIERS)
    q = parse(engine.kb, "how many days does harbour shield 24 last")
    assert q.counted and q.order is None
    found = engine.ask("how many days does harbour shield 24 last")
    assert found.matched and "11-day" in found.text


def test_numbers_in_digits_are_the_same_words_and_one_letter_says_nothing(tmp_path: Path) -> None:
    """ "7th" is "seventh" and "2" is "two"; "w" (for "with") is shorthand, and "under" (a
    preposition placing what it names) no content, not words to find; "near" says what is asked."""
    (tmp_path / "t.yaml").write_text(SOLDIERS, encoding="utf-8")
    kb = KnowledgeBase.loaded(load_path(tmp_path))
    options = {w.typed: w.options for w in parse(kb, "was it the 7th drill w 2 fleets").words}
    assert frozenset({"seventh"}) in options["7th"] and frozenset({"two"}) in options["2"]
    assert "w" not in options
    typed = {w.typed for w in parse(kb, "which drill began under the plan near the harbour").words}
    assert "under" not in typed and "near" in typed
    assert "they'll" not in {w.typed for w in parse(kb, "where they'll send soldiers").words}
    assert "b4" not in {w.typed for w in parse(kb, "who sent soldiers b4 the drill").words}
    assert "besides" not in {w.typed for w in parse(kb, "besides soldiers who was sent").words}


def test_chat_shorthand_is_the_words_it_stands_for(kb: KnowledgeBase) -> None:
    """ "abt", "fwd", "cuz": the words they shorten, so "going fwd" is the vocabulary's "going
    forward"; "u" stays, being how "U.S." reads as words."""
    typed = [w.typed for w in parse(kb, "what did they promise abt strategic assets going fwd").words]
    assert "going forward" in typed and "abt" not in typed, typed
    assert "because" in {w.typed for w in parse(kb, "why did nk fire cuz of the drills").words}


def test_which_x_is_a_thing_of_its_own_before_a_kind_of_thing(tmp_path: Path) -> None:
    """ "Which sub docked": a unit naming only "ballistic missile submarine" (what the Testship
    is) does not answer before one naming the USS Testship, and the Testship is the answer."""
    text = (
        SHIPS.replace(
            "paragraphs:\n",
            "paragraphs:\n  - A ballistic missile submarine docked in Port Alpha on 1 May 2024.\n",
            1,
        )
        .replace("paragraphs: [1, 2]", "paragraphs: [2, 3]")
        .replace("paragraphs: [2]\n", "paragraphs: [3]\n")
    )
    engine = _loaded(tmp_path, s=text)
    found = engine.ask("which submarine docked in port alpha on 1 may 2024")
    assert found.matched and found.text.startswith("**USS Testship**"), found.text


SPOKEN = """\
id: c
article: {outlet: O, title: T, url: 'https://example.org/c', published: 2024-05-02}
summary: Talks were held.
paragraphs:
  - Around 10,000 soldiers were sent north. No one was killed. Two sailors died at sea.
  - Jane Okafor chaired the Harbour Talks on 1 May 2024.
  - '"This is the capstone of the year," Okafor said of the talks.'
people:
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], paragraphs: [2, 3]}
quotes:
  - {id: q1, speaker: okafor, text: This is the capstone of the year, paragraphs: [3]}
events:
  - {id: ht, name: Harbour Talks, date: 2024-05-01, description: Okafor chaired the talks., paragraphs: [2]}
"""


def test_what_happened_to_what_is_counted_and_what_someone_called_a_thing(tmp_path: Path) -> None:
    """ "How many soldiers were killed": the killing is asked, so "10,000 soldiers were sent"
    does not answer; "what did Okafor call the talks" asks for her words about them."""
    engine = _loaded(tmp_path, c=SPOKEN)
    assert engine.ask("how many soldiers were sent north").matched
    assert not engine.ask("how many soldiers were killed").matched
    assert not engine.ask("how many soldiers died").matched  # a short past form is a verb too
    found = engine.ask("what did okafor call the harbour talks")
    assert found.matched and "capstone" in found.text, found.text


def test_numbers_either_side_of_or_are_alternatives(tmp_path: Path) -> None:
    """ "The 6th or (the) 7th drill": the answer holds one of them; "drills or fewer" are not."""
    engine = _loaded(tmp_path, t=SOLDIERS.replace("an 11-day drill", "the seventh drill"))
    typed = [w.typed for w in parse(engine.kb, "was harbour shield 24 the 6th or 7th drill").words]
    assert "6th or 7th" in typed
    for question in ("which drill was harbour shield 24, the 6th or 7th", "was it the 6th or the 7th drill"):
        found = engine.ask(question)
        assert found.matched and "seventh" in found.text, (question, found.text)
    assert "drills or fewer" not in [w.typed for w in parse(engine.kb, "more drills or fewer").words]


def test_of_two_slips_the_commoner_word_and_a_rare_word_of_english_one_slip_from_a_far_commoner_one(
    tmp_path: Path,
) -> None:
    """ "thoes" is "those" (a function word: no content), not "toes"; "minster", a word of English
    the articles never use, is "minister", a hundred times as common, which they do."""
    (tmp_path / "t.yaml").write_text(SOLDIERS.replace("were sent north", "were sent north by the minister"))
    kb = KnowledgeBase.loaded(load_path(tmp_path))
    typed = {w.typed for w in parse(kb, "how many soldiers did the minster send north in thoes days").words}
    assert "minister" in typed and not typed & {"minster", "thoes", "toes"}


NUMBERED = """\
id: n
article: {outlet: O, title: T, url: 'https://example.org/n', published: 2024-05-02}
summary: Drills.
paragraphs:
  - Harbour Shield 24, the seventh drill of the year, began on 1 May 2024.
  - The allies also held Sea Drill.
events:
  - {id: d, name: Sea Drill, is_a: [drill], description: The allies held a drill at sea., paragraphs: [2]}
"""


def test_which_one_by_its_number_hearsay_and_a_preposition_before_the_question_word(tmp_path: Path) -> None:
    """ "Which drill was Harbour Shield 24": "the seventh drill" tells which, though no entry
    names it; "was said to be" is hearsay, not a question about what someone said; "since what
    year" asks when."""
    engine = _loaded(tmp_path, n=NUMBERED)
    found = engine.ask("which drill was harbour shield 24")
    assert found.matched and "seventh" in found.text, found.text
    assert not parse(engine.kb, "what was harbour shield 24 said to be").speech
    assert parse(engine.kb, "what did harbour shield 24 say").speech
    assert (
        parse(engine.kb, "since what year have drills begun").asks
        == parse(engine.kb, "when did drills begin").asks
    )


ROLE_AT = """\
id: r
article: {outlet: O, title: T, url: 'https://example.org/r', published: 2024-05-02}
summary: Talks.
paragraphs:
  - Defense Minister Jane Okafor held the Harbour Talks on 1 May 2024.
  - Harbourland and Sealand are neighbours.
people:
  - {id: okafor, name: Jane Okafor, role: Defense Minister, country: Harbourland, paragraphs: [1]}
organizations:
  - {id: hl, name: Harbourland, kind: country, paragraphs: [2]}
  - {id: sl, name: Sealand, kind: country, paragraphs: [2]}
events:
  - {id: ht, name: Harbour Talks, date: 2024-05-01, description: Okafor held the talks., paragraphs: [1]}
"""


def test_a_place_someone_left_for_is_not_where_the_unit_happened(tmp_path: Path) -> None:
    """ "Who did Okafor meet in Sealand": the unit tells of Harbourland, "before leaving for
    Sealand"; nothing in Sealand is told. Whether she went there, it does answer."""
    text = ROLE_AT.replace(
        "  - Harbourland and Sealand are neighbours.\n",
        "  - Okafor met the navy chiefs in Harbourland before leaving for Sealand.\n",
    )
    engine = _loaded(tmp_path, r=text)
    for question in ("who did okafor meet when she got to sealand", "who did okafor meet in sealand"):
        assert not engine.ask(question).matched, question
    assert engine.ask("did okafor go to sealand").matched


def test_where_someone_went_after_an_event_is_where_they_left_for(tmp_path: Path) -> None:
    """ "Where did Okafor go after the Harbour Talks": Sealand, which she left for, not
    Harbourland, where the talks were (still the answer to where they were)."""
    text = ROLE_AT.replace(
        "description: Okafor held the talks.",
        "place: Harbourland, description: Okafor held the talks before leaving for Sealand.",
    )
    engine = _loaded(tmp_path, r=text)
    assert engine.ask("where did okafor go after the harbour talks").text.startswith("**Sealand**")
    assert "Harbourland" in engine.ask("where were the harbour talks").text


def test_who_were_the_officials_asks_for_people_not_their_countries(tmp_path: Path) -> None:
    """ "Who were the officials who met at the port": the unit names no one, only the countries
    they came from; "who met at the port" is answered by the countries."""
    text = ROLE_AT.replace(
        "  - Harbourland and Sealand are neighbours.\n",
        "  - Officials of Harbourland and Sealand met at the port in June 2024.\n",
    )
    engine = _loaded(tmp_path, r=text)
    assert not engine.ask("who were the officials who met at the port").matched
    assert engine.ask("who met at the port").text.startswith("**Harbourland and Sealand**")


def test_a_person_of_a_country_is_near_that_country(tmp_path: Path) -> None:
    """ "Who was Harbourland's defense minister at the Harbour Talks": the unit names Okafor, of
    Harbourland, not Harbourland itself; Sealand's is not in the articles."""
    engine = _loaded(tmp_path, r=ROLE_AT)
    found = engine.ask("who was harbourland's defense minister at the harbour talks")
    assert found.matched and "Okafor" in found.text, found.text
    assert not engine.ask("who was sealand's defense minister at the harbour talks").matched


NEXT_MINISTER = """\
id: nm
article: {outlet: O, title: T3, url: 'https://example.org/nm', published: 2024-09-02}
summary: A new minister.
paragraphs:
  - Rosa Vega became Harbourland's defense minister in August 2024.
people:
  - {id: vega, name: Rosa Vega, role: Defense Minister, country: Harbourland, paragraphs: [1]}
"""


def test_a_name_in_another_script_is_a_name_not_a_post(tmp_path: Path) -> None:
    """ "When did 오카포 hold the talks": Okafor's name in Hangul, an alias with no word of her
    name in it, names her, though her post was also Vega's; "the defense minister" names no one."""
    hangul = ROLE_AT.replace(
        "{id: okafor, name: Jane Okafor,", "{id: okafor, name: Jane Okafor, aliases: [오카포],"
    )
    engine = _loaded(tmp_path, r=hangul, nm=NEXT_MINISTER)
    assert parse(engine.kb, "when did 오카포 hold the harbour talks").named == (frozenset({"jane okafor"}),)
    found = engine.ask("when did 오카포 hold the harbour talks")
    assert found.matched and "1 May 2024" in found.text, found.text


def test_the_newest_or_oldest_article_is_by_when_each_came_out(tmp_path: Path) -> None:
    """ "Newest article in the bunch?", "oldest artcle?" (a slip): the articles themselves, the
    latest or earliest published; "in the first place" asks no such thing."""
    engine = _loaded(tmp_path, r=ROLE_AT, nm=NEXT_MINISTER)
    newest = engine.ask("newest article in the bunch?")
    assert newest.matched and "T3" in newest.title, newest
    oldest = engine.ask("oldest artcle?")
    assert oldest.matched and oldest.title == "T", oldest
    assert not parse(engine.kb, "what did the article say made it possible in the first place").about_article


def test_articles_listed_that_came_out_on_one_day_say_so(tmp_path: Path) -> None:
    """ "Which two stories came out the same day": both listed, by title too (which stories they
    are, not only whose), and said to be of one day."""
    engine = _loaded(tmp_path, r=ROLE_AT, j=JOINT, c=CRITICISM)
    found = engine.ask("which two stories came out the same day")
    assert found.matched and found.text.startswith("Both came out the same day, 2 June 2024"), found.text
    titles = [a.article.title for a in engine.kb.articles if a.article.published.human().startswith("2 June")]
    assert len(titles) == 2 and all(f"“{t}”" in found.text for t in titles), found.text


def test_a_name_put_first_is_what_the_pronoun_after_it_stands_for(tmp_path: Path) -> None:
    """ "Jane Okafor / 오카포, when did she hold the talks": the name said twice in two scripts
    names her once, and is who "she" is, not a name read after "the talks"; ", like whats his
    job" restates the question."""
    hangul = ROLE_AT.replace(
        "{id: okafor, name: Jane Okafor,", "{id: okafor, name: Jane Okafor, aliases: [오카포],"
    )
    engine = _loaded(tmp_path, r=hangul, nm=NEXT_MINISTER)
    q = parse(engine.kb, "jane okafor / 오카포, when did she hold the talks")
    assert q.named == (frozenset({"jane okafor"}),) and q.content.startswith("jane okafor"), q.content
    assert "like" not in parse(engine.kb, "okafor who is she, like whats her job").content


def test_the_day_and_year_of_a_date_count_nothing(tmp_path: Path) -> None:
    """ "How many missiles were fired on 9 March": "on 9 March 2023, it fired missiles" gives a
    date, not a count; "fired two missiles" gives one."""
    engine = _engine(tmp_path, "  - On Thursday 9 March 2023 the navy fired missiles into the sea.\n")
    assert not engine.ask("how many missiles did the navy fire into the sea").matched
    engine = _engine(tmp_path, "  - On Thursday 9 March 2023 the navy fired two missiles into the sea.\n")
    assert engine.ask("how many missiles did the navy fire into the sea").matched


@pytest.mark.parametrize(
    "text",
    [
        "the drone incursions, which date exactly did they happen",  # a topic put before it
        "table-top exercise what day it was held",  # as non-native speakers ask
        "exact date the exercise was held?",  # no question word: not a claim to check
    ],
)
def test_a_date_asked_after_a_topic_or_alone_is_a_when_question(kb: KnowledgeBase, text: str) -> None:
    q = parse(kb, text)
    assert q.asks == Asks.WHEN and not q.yesno, (q.asks, q.yesno)


def test_how_long_after_the_verb_leads_the_question() -> None:
    """ "the talks were how long after the summit": how long after the summit were the talks."""
    assert _fronted("the talks were how long after the summit?") == "how long after the summit were the talks"


def test_which_asked_in_the_middle_leads_the_question() -> None:
    """ "kihara shows up in which meetings with austin": which meetings, put first; not "at which
    earlier meeting", where the words after "which" are more of the kind asked."""
    assert _fronted("kihara shows up in which meetings with austin") == (
        "which meetings kihara shows up in with austin"
    )
    said = "the warning data was first promised at which earlier meeting"
    assert not _fronted(said).startswith("which earlier")


def test_since_what_year_inside_a_question_is_no_date_put_after_a_topic() -> None:
    """ "first time since what year a carrier came": the words before "what year" are no topic
    put first; "the drone incursions, which date did they happen" has one."""
    assert _fronted("first time since what year a carrier came") == (
        "first time since what year a carrier came"
    )
    assert _fronted("the drone incursions, which date did they happen").startswith("which date")


@pytest.mark.parametrize(
    "text",
    [
        "did austin and lee come up with any new approach for negotiating with north korea",
        "did austin and lee agree on any new plan for negotiations with north korea",
    ],
)
def test_a_denial_answers_did_they_have_any(kb: KnowledgeBase, text: str) -> None:
    """ "Did they come up with any new plan": the article's "no new strategy" answers, not the
    strategy they did agree on (weights.DENIAL_LEAD), and is no refusal for want of an agreement."""
    found = Engine(kb).ask(text)
    assert found.matched and "no new strategy" in found.text.split("\n")[1], found.text


def test_why_a_figure_matters_is_answered_by_what_the_article_says_next(tmp_path: Path) -> None:
    """ "Why does the 550 km figure matter": "figure" and "matter" only restate "why"; the unit
    giving the figure, then the sentence after it. Asked second ("how far did they fly, and why
    does that matter"), the second answer is that next sentence, not the same unit again."""
    engine = _engine(
        tmp_path,
        "  - On 1 May 2024 the navy fired two missiles, which flew about 550 km. That distance"
        " matches the distance from the base to Port Harbour.\n",
    )
    found = engine.ask("why does the 550 km figure matter")
    assert found.matched and "Port Harbour" in found.fields[-1].value, found
    found = engine.ask("how far did the missiles fly, and why does that distance matter")
    assert found.fields[-1].name.startswith("And") and "Port Harbour" in found.fields[-1].value, found


def test_how_an_outlet_spelt_a_name_is_asked_of_its_article(tmp_path: Path) -> None:
    """ "Did the Harbour Post misspell the ferry's name": the outlet is whose article is asked
    about, not a word the answer must hold, and the vocabulary takes "misspell" to "spelt"."""
    post = ARTICLE.replace("outlet: O", "outlet: Harbour Post").replace(
        B52, '  - The ferry Sea Queen (spelt "Sea Qeen" in the article) sailed on 1 May 2024.\n'
    )
    engine = _loaded(tmp_path, vocabulary=True, a=post)
    for text in (
        "did the harbour post misspell the ferry name",
        "did the harbour post even spell the ferry name right",
        "how did the harbour post spell the ferry",
    ):
        found = engine.ask(text)
        assert found.matched and "Sea Qeen" in found.text, (text, found.text)
        assert parse(engine.kb, text).outlet == "harbour post"


def test_which_x_asked_last_after_a_preposition_is_the_question() -> None:
    """ "after the talks austin flew to which country": "to which country" leads, as asked."""
    assert _fronted("after the talks austin flew to which country") == (
        "to which country after the talks austin flew"
    )
    assert _fronted("the missiles fell in which sea?").startswith("in which sea")


def test_a_length_the_article_states_answers_before_dates_of_a_side_read_otherwise(tmp_path: Path) -> None:
    """ "How long before the Seoul talks was the 54th SCM": several talks were held in Seoul; the
    seed says "two months before their Seoul meeting", and that answers, not the months to the
    NCG meeting in Seoul that "the Seoul talks" could be read as."""
    found = Engine(_corpus(tmp_path)).ask("how long before the seoul talks was the 54th scm")
    assert found.matched and "two months" in found.text.split("\n")[0], found.text


def test_a_slip_in_the_question_word_after_a_preposition_is_mended(kb: KnowledgeBase) -> None:
    q = parse(kb, "at wich air base did the b-52 land")
    assert q.asks == Asks.WHAT and "base" in q.kind_words, (q.asks, q.kind_words)


def test_a_country_named_without_its_point_of_the_compass_is_named(tmp_path: Path) -> None:
    """ "Where did the B-52 land in korea": "korea" names South Korea, where the unit puts the
    landing, so that is no answer; a question naming North Korea does not name South Korea."""
    found = Engine(_corpus(tmp_path)).ask("where did the b-52 bomber land in korea in october 2023")
    assert not found.matched and "no place more exact than South Korea" in found.text, found.text
    assert not ask._spelt_as({"south", "korea"}, {"north", "korea"})
    assert ask._spelt_as({"south", "korea"}, {"korea", "land"})


def test_what_exactly_did_someone_say_asks_for_their_words(kb: KnowledgeBase) -> None:
    """ "What exactly did Austin say": "exactly" is how much is wanted; Austin is the speaker,
    not a kind of thing asked for."""
    q = parse(kb, "what exactly did austin say about strategic assets")
    assert q.speech and not q.asked_kind, (q.speech, q.asked_kind)


def test_a_contracted_did_after_a_topic_is_did(kb: KnowledgeBase) -> None:
    """ "the hwasong-15 in february, where'd it land": where did it land."""
    assert parse(kb, "the hwasong-15 in february, where'd it land").asks == Asks.WHERE
    assert parse(kb, "so, what'd austin say").speech


def test_a_name_and_an_entry_of_a_kind_asked_of_a_topic_are_two_questions(tmp_path: Path) -> None:
    """ "the first three-way exercise with japan - name and which carrier": its name, then the
    carrier in it, each answered; a name a term and an event share is shown once."""
    assert ask._two_questions("the harbour drill - name and which ship") == (
        "what was the name of the harbour drill",
        "which ship was in the harbour drill",
    )
    found = Engine(_corpus(tmp_path)).ask("the first trilateral exercise with japan - name and which carrier")
    assert found.text.startswith("**Freedom Edge**\n"), found.text
    assert any(f.name.startswith("And") and "Theodore Roosevelt" in f.value for f in found.fields), found


def test_it_in_a_second_question_is_what_the_first_asks_about_not_its_verb() -> None:
    assert ask._two_questions("who wrote the harbour article and when did it come out") == (
        "who wrote the harbour article",
        "when did the harbour article come out",
    )


def test_how_much_something_cost_wants_a_sum_of_money(tmp_path: Path) -> None:
    """ "How much did the drill cost": "two missiles" is a count, not a cost; "$3 million" is."""
    engine = _engine(tmp_path, "  - On 1 May 2024 the navy held a drill in which it fired two missiles.\n")
    found = engine.ask("how much did the navy drill cost")
    assert not found.matched and "what it cost" in found.text, found.text
    (tmp_path / "b").mkdir()
    engine = _engine(tmp_path / "b", "  - On 1 May 2024 the navy held a drill that cost $3 million.\n")
    assert engine.ask("how much did the navy drill cost").matched


def test_how_many_counts_the_plural_after_the_names_that_lead(tmp_path: Path) -> None:
    """ "How many US and Korean troops", "how many South Korean troops" (a name of the allies'
    militaries): troops are counted, so "an 11-day exercise" is no answer."""
    kb = _corpus(tmp_path)
    for text in (
        "how many us and korean troops joined freedom shield 23",
        "how many south korean troops were in freedom shield 23",
    ):
        assert "troop" in parse(kb, text).counted, text
        assert not Engine(kb).ask(text).matched, text


def test_an_exact_number_is_not_answered_by_a_rough_one(tmp_path: Path) -> None:
    """ "Exactly how many missiles": "about 20" is all the article says, and the reply says so;
    asked plainly, "about 20" answers."""
    engine = _engine(tmp_path, "  - On 1 May 2024 the navy fired about 20 missiles into the sea.\n")
    found = engine.ask("exactly how many missiles did the navy fire")
    assert not found.matched and "no exact number" in found.text and "about 20" in found.text, found.text
    assert engine.ask("how many missiles did the navy fire").matched


def test_a_role_of_a_country_named_first_is_held_by_one_of_that_country(tmp_path: Path) -> None:
    """ "Who was Japan's defence minister when Austin and Lee met in Seoul": Japan's, not the
    minister of the country the meeting was in; the articles name no Japanese one then."""
    engine = Engine(_corpus(tmp_path))
    for text in (
        "who was japan's defence minister when austin and lee met in seoul",
        "who was japan's defense minister at the time austin and lee met in seoul in january 2023",
    ):
        found = engine.ask(text)
        assert not found.matched, (text, found.text)
    assert "Kihara" in engine.ask("who was japan's defense minister when austin met shin in tokyo").text


def test_an_ordinal_after_a_possessive_names_the_event_of_the_series(tmp_path: Path) -> None:
    """ "the NCG's first meeting" is the first NCG meeting; "the NCG's second meeting", which no
    article reports, is not answered by another thing's "second" (Biden's second state visit)."""
    kb = _corpus(tmp_path)
    assert (
        parse(kb, "when was the ncg's first meeting").events
        == parse(kb, "when was the first ncg meeting").events
    )
    assert not Engine(kb).ask("when is the ncg's second meeting supposed to be").matched


def test_the_plural_of_a_series_lists_each_event_with_its_date_and_place(tmp_path: Path) -> None:
    """ "List the SCMs and where each was held": the 54th, 55th and 56th, in order, each with
    its date and place (from whichever account gives one); "what carriers are named" is no
    series of events, and "the SCMs held in Seoul" asks for some of them only."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("list the scms and where each was held")
    lines = found.text.split("\n")
    assert [line[4:8] for line in lines] == ["54th", "55th", "56th"], found.text
    assert "Washington" in lines[0] and "Seoul" in lines[1] and "Pentagon" in lines[2], found.text
    assert not engine.ask("what carriers are named in these articles").text.startswith("•")
    assert not engine.ask("which scms were held in seoul").text.startswith("•")


def test_what_a_thing_is_likened_to_still_picks_the_unit_saying_what_it_is(tmp_path: Path) -> None:
    """ "Is the Commitment to Consult like some NATO-style defense pact": NATO is set aside, and
    of the units about the commitment, the one saying it is "not a collective defense pact"
    answers."""
    found = Engine(_corpus(tmp_path)).ask("is the commitment to consult like some nato style defense pact")
    assert found.matched and "not a collective defense pact" in found.text.split("\n")[1], found.text


def test_one_of_several_counts_nothing(tmp_path: Path) -> None:
    """ "How many drills had the navy held": "one of the drills agreed in March" picks one of
    several; it is no count of them."""
    engine = _engine(tmp_path, "  - The navy held a drill at the port, one of the drills agreed in March.\n")
    assert not engine.ask("how many drills had the navy held").matched
    engine = _engine(tmp_path, "  - The navy has held two of the drills agreed in March.\n")
    assert engine.ask("how many drills had the navy held").matched


def test_where_is_also_a_place_the_units_own_words_give(tmp_path: Path) -> None:
    """No event of the articles has the place, but the unit says it: "fell into the sea west of
    Hokkaido"; a month is no place, nor is a place the question names itself."""
    engine = _engine(tmp_path, "  - In March the missile fell into the sea west of Hokkaido.\n")
    found = engine.ask("where did the missile fall into the sea")
    assert found.matched and found.text.startswith("**Hokkaido**"), found.text
    assert not engine.ask("where in hokkaido did the missile fall").matched
    # "when it came to South Korea": the question brings it there itself; no nearer place given
    found = Engine(_corpus(tmp_path / "c")).ask(
        "where did the reagan carrier dock when it came to south korea"
    )
    assert not found.matched and "no place more exact than South Korea" in found.text, found.text


def test_where_to_is_a_place_the_question_does_not_name(tmp_path: Path) -> None:
    """ "Where was Okafor leaving for after the talks in Port Harbour": Harbourland, where the
    unit puts the talks, is the question's own (Port Harbour is a name of it), so the place she
    was leaving for answers."""
    text = ROLE_AT.replace(
        "  - Harbourland and Sealand are neighbours.\n",
        "  - Okafor attended the Harbour Talks in Harbourland before leaving for Sealand.\n",
    ).replace(
        "description: Okafor held the talks.",
        "place: 'Port Harbour, Harbourland', description: Okafor held the talks.",
    )
    text = text.replace(
        "kind: country, paragraphs: [2]}", "kind: country, aliases: [Port Harbour], paragraphs: [2]}", 1
    )
    engine = _loaded(tmp_path, r=text)
    found = engine.ask("where was okafor leaving for after the talks in port harbour")
    assert found.matched and found.text.startswith("**Sealand**"), found.text
    assert "Port Harbour" in engine.ask("where were the harbour talks held").text


def test_what_an_article_says_was_not_made_public_is_not_answered(tmp_path: Path) -> None:
    """ "Which scenarios did they play out at the Harbour Talks": the article says the release
    did not say, so /ask says the articles do not, showing that sentence, instead of answering
    with the talks' description. The talks' place, in the paragraph before, is the question's
    setting: weights.UNTOLD_COVER; or its article's, when the scenarios asked for are what the
    sentence says was withheld. What the talks were about is still answered."""
    text = ROLE_AT.replace(
        "  - Harbourland and Sealand are neighbours.\n",
        "  - The talks focused on a naval scenario, though the release did not say which scenarios"
        " were played out.\n",
    ).replace("held the Harbour Talks on", "held the Harbour Talks at the Grand Pavilion on")
    engine = _loaded(tmp_path, r=text)
    for question in (
        "which scenarios did they actually play out at the harbour talks",
        "which scenarios did they play out at the grand pavilion talks",
        # the setting its article gives, not the unit: the scenarios asked for are what was withheld
        "which exact scenarios did okafor play out at the grand pavilion in may 2024",
    ):
        found = engine.ask(question)
        assert not found.matched and "did not say which scenarios" in found.text, found.text
    assert engine.ask("what did the harbour talks focus on").matched


EVENT_SG = """\
events:
  - {id: sg, name: Sea Guard, date: 2024-05-02, description: The navies began Sea Guard., paragraphs: [1]}
"""


def test_how_long_takes_a_length_before_an_end(tmp_path: Path) -> None:
    """ "How long does Sea Guard last": "a 10-day exercise" answers before "runs until 12 May",
    which says when it ends, not how long it is (and is the answer when nothing gives a length)."""
    engine = _engine(
        tmp_path,
        "  - Sea Guard runs until 12 May 2024.\n  - The navies began Sea Guard, a 10-day exercise.\n",
    )
    found = engine.ask("how long does sea guard last")
    assert found.matched and "10-day" in found.text.split("\n")[0], found.text
    engine = _engine(tmp_path, "  - Sea Guard runs until 12 May 2024.\n  - The navies began Sea Guard.\n")
    assert "until 12 May" in engine.ask("how long does sea guard last").text
    text = ARTICLE.replace(B52, "  - The navies began Sea Guard on 2 May 2024; it runs until 12 May 2024.\n")
    engine = _loaded(tmp_path, a=text + EVENT_SG, vocabulary=True)
    for typed in ("when does sea guard wrap up", "when does sea guard end"):  # its end, not its start
        assert engine.ask(typed).text.startswith("**12 May 2024**"), engine.ask(typed).text
    assert engine.ask("when did sea guard begin").text.startswith("**2 May 2024")


def test_a_question_about_more_than_a_persons_job_is_not_a_who_lookup(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    """ "What is Lee's job" is /who; "what did Okafor lead before she got the defense minister
    job" asks what she led, which the articles say."""
    assert Engine(kb).ask("what is lee's job").text.startswith("Lee Jong-sup, South Korean Defense Minister")
    text = ROLE_AT.replace(
        "  - Harbourland and Sealand are neighbours.\n",
        "  - Okafor led the Coast Guard before she took the job of defense minister.\n",
    ).replace("name: Jane Okafor,", "name: Jane Okafor, aliases: [Okafor],")
    engine = _loaded(tmp_path, r=text)
    found = engine.ask("what did okafor lead before she got the defense minister job")
    assert found.matched and "Coast Guard" in found.text.split("\n")[0], found.text
    found = engine.ask("what was okafor's job before she became defense minister")  # not her roles now
    assert found.matched and "Coast Guard" in found.text.split("\n")[0], found.text
    engine = _loaded(tmp_path, vocabulary=True, r=text)  # "old job": the vocabulary's "former", "before"
    found = engine.ask("what was okafor's old job")
    assert found.matched and "Coast Guard" in found.text.split("\n")[0], found.text


def test_two_names_joined_by_a_hyphen_are_both_named(kb: KnowledgeBase) -> None:
    """ "the us-rok alliance", "us-sk drills": the two countries, as "U.S.-ROK" would be; a
    hyphenated word that is not two names stays one word."""
    named = parse(kb, "what did the us-rok defense chiefs agree").named_names
    assert {"united states", "south korea"} <= named, named
    assert any("short-range" in w.typed for w in parse(kb, "what short-range missiles were fired").words)


def test_a_name_made_of_two_names_names_each_of_them(kb: KnowledgeBase) -> None:
    """The seed calls the two sides of its meeting "Seoul and Washington": a question naming
    them may be about the two countries as well, as another article would be."""
    named = parse(kb, "why did seoul and washington scale back their drills").named
    assert len(named) == 2 and "south korea" in named[0] and "united states" in named[1], named
    assert all(any("two sides" in key for key in group) for group in named)


def test_between_places_what_is_named_and_asks_nothing_itself(tmp_path: Path) -> None:
    """ "Is there a hotline between the two navies": the answer need not say "between"."""
    found = _engine(tmp_path, "  - A new hotline will link the two navies from 1 May 2024.\n").ask(
        "is there gonna be a hotline between the two navies"
    )
    assert found.matched and "hotline" in found.text, found.text


def test_a_unit_saying_which_is_first_answers_whatever_its_date(tmp_path: Path) -> None:
    """ "What was the first naval drill called": the event said to be their first naval drill
    answers, though the agreement to hold such drills is dated earlier; "first" of something
    else ("the first update in ten years") says nothing of it."""
    engine = _engine(
        tmp_path,
        "  - The leaders agreed to hold yearly naval drills.\n  - The navies held Sea Guard.\n",
        "events:\n"
        "  - {id: deal, name: Drill deal, date: 2023-05-01, paragraphs: [1],\n"
        "     description: The leaders agreed to hold yearly naval drills; the first update in ten years.}\n"
        "  - {id: sg, name: Sea Guard, date: 2024-06-01, paragraphs: [2],\n"
        "     description: Sea Guard was the navies' first naval drill of the kind.}\n",
    )
    found = engine.ask("what was the first naval drill called")
    assert found.matched and "Sea Guard" in found.text.split("\n")[0], found.text


def test_a_short_slip_of_a_function_word_is_that_word(kb: KnowledgeBase) -> None:
    """ "wat", "wil": a short word the articles never use, one slip from a function word a
    hundred times as common, is that word, and says nothing; short names and words the articles
    use ("rok", "lee") stay."""
    q = parse(kb, "wat wil austin and lee do about the rok drills")
    typed = {w.typed for w in q.words}
    assert not typed & {"wat", "wil"} and "drills" in typed, typed
    assert Engine(kb).ask("wat did austin say about the drills").matched


def test_a_function_word_typed_without_its_vowels_is_that_word(kb: KnowledgeBase) -> None:
    """ "shld", "wld": a word with no vowel that is a function word's consonants, in order, is
    that word (no unknown word to refuse over); acronyms with no such word ("ttx") stay."""
    q = parse(kb, "what approach did they say their strategy vs nk missiles shld be based on")
    typed = {w.typed for w in q.words}
    assert "shld" not in typed and "approach" in typed, typed
    assert "ttx" in {w.typed for w in parse(kb, "what did the ttx focus on").words}
    assert Engine(kb).ask("what approach did they say their strategy vs nk missiles shld be based on").matched


def test_a_country_said_as_an_adjective_is_no_part_of_the_kind_asked(kb: KnowledgeBase) -> None:
    """ "Which american carrier came": "american" read as the United States, whose "states" is no
    plural noun ending the kind: a carrier is asked for, one carrier."""
    q = parse(kb, "which american carrier came to korea")
    assert "carrier" in q.kind_words and not q.plural, q


def test_which_building_after_where_asks_where_again(kb: KnowledgeBase) -> None:
    """ "Where in Seoul did they meet, like which building": where, said again; "building" is no
    word of what is asked ("builds on" would hold it), and the articles give no nearer place."""
    typed = "where in seoul did austin and lee meet, like which building"
    assert "building" not in {w.typed for w in parse(kb, typed).words}
    assert not Engine(kb).ask(typed).matched


def test_a_slipped_or_chat_spelt_question_word_asks_as_that_word(kb: KnowledgeBase) -> None:
    """ "wat does SCM stand for" is the definition, "wen" asks when, "wher" where (a letter left
    out, not "when"), "wtf is X" what X is; "whats", "whos" stay contractions, read later."""
    for typed, asks in (("wen", Asks.WHEN), ("wher", Asks.WHERE), ("y", Asks.WHY), ("wat", Asks.WHAT)):
        assert parse(kb, f"{typed} did austin meet lee").asks == asks, typed
    assert parse(kb, "wat does SCM stand for").content == "SCM"
    assert parse(kb, "wtf is the SCM").content == "SCM"
    assert parse(kb, "whos Lee").asks == Asks.WHO and parse(kb, "whats the SCM").content == "SCM"
    # put last, as terse questions do: "scm wat is", "the kentucky docked wen"; not "that is"
    assert parse(kb, "scm wat is").content == "scm" and parse(kb, "scm wat is").asks == Asks.WHAT
    assert parse(kb, "the kentucky docked wen").asks == Asks.WHEN
    assert "that" in parse(kb, "austin met lee, that is").content


PORTS = """\
id: p
article: {outlet: O, title: T, url: 'https://example.org/p', published: 2024-06-02}
summary: Drills.
paragraphs:
  - The navies held Sea Guard in Port Alpha on 1 June 2024.
  - The frigate Brave sailed from Port Alpha to Port Beta, where the frigate docked.
  - The leaders met two months before Sea Guard.
events:
  - {id: sg, name: Sea Guard, date: 2024-06-01, place: Port Alpha, description: Drills., paragraphs: [1]}
  - {id: call, name: Beta call, date: 2024-06-02, place: Port Beta, description: A visit., paragraphs: [3]}
terms:
  - {id: brave, term: Brave, aliases: [the frigate], is_a: [ship], definition: A frigate., paragraphs: [2]}
"""


def test_in_which_city_asks_where_and_the_place_nearest_what_happened_answers(
    tmp_path: Path, kb: KnowledgeBase
) -> None:
    """ "At which port did the frigate dock": where, and of the places the unit names, the one
    beside "docked"; "how long did Sea Guard last" is not answered by the time between two things
    ("two months before Sea Guard"), which "how long before Sea Guard" asks."""
    engine = _loaded(tmp_path, p=PORTS)
    assert parse(engine.kb, "in which city was sea guard held").asks == parse(engine.kb, "where was it").asks
    assert (
        parse(kb, "which part of north korea fired it").asks == parse(kb, "where was it").asks
    )  # a place within
    assert parse(kb, "which part of the drills was scaled back").asks != parse(kb, "where was it").asks
    found = engine.ask("at which port did the frigate dock")
    assert found.matched and found.text.startswith("**Port Beta**"), found.text
    assert not engine.ask("how long did sea guard last").matched
    both = engine.ask("when and where did the navies hold sea guard")  # the place too
    assert both.text.startswith("**1 June 2024 (Saturday)**, **Port Alpha**"), both.text
    assert "two months" in engine.ask("how long before sea guard did the leaders meet").text


CRITICISM = """\
id: c
article: {outlet: O, title: T, url: 'https://example.org/c', published: 2024-06-02}
summary: Criticism.
paragraphs:
  - The leaders criticised Farland over the strait.
  - Sealand condemned the leaders' statement.
  - A Sealand missile fell inside Farland's waters; it landed near a port.
organizations:
  - id: farland
    name: Farland
    kind: country
    paragraphs: [1, 3]
    actions:
      - {text: Was criticised by the leaders over the strait., paragraphs: [1]}
      - {text: The Sealand missile fell inside its waters., paragraphs: [3]}
  - {id: sealand, name: Sealand, aliases: [Port Sea], kind: country, paragraphs: [2, 3]}
"""


def test_how_did_x_respond_wants_x_acting(tmp_path: Path) -> None:
    """ "How did Farland respond to the criticism": the articles only say Farland was criticised,
    which is not a response, and others acting is not Farland's; Sealand's response is answered."""
    engine = _loaded(tmp_path, c=CRITICISM, vocabulary=True)  # "respond": "condemned"
    assert not engine.ask("how did farland respond to the criticism over the strait").matched
    # an action of Farland's whose subject is another's missile, and a sentence whose subject is
    # Sealand's missile (Farland named only after its verb, "fell"): not Farland responding
    assert not engine.ask("how did farland react to the sealand missile falling inside its waters").matched
    found = engine.ask("how did sealand respond to the leaders' statement")
    assert found.matched and "condemned" in found.text, found.text


TALKS = """\
id: t
article: {outlet: O, title: T, url: 'https://example.org/t', published: 2024-06-03}
summary: Talks.
paragraphs:
  - Okafor met Vega in Port City on 1 June 2024; the two condemned Farland's missile launches.
  - Two missiles fired by Farland in May 2024 fell into the sea.
people:
  - id: okafor
    name: Jane Okafor
    aliases: [Okafor]
    role: Defense Minister
    paragraphs: [1]
    actions:
      - {text: "With Vega, condemned Farland's missile launches.", paragraphs: [1]}
  - {id: vega, name: Rosa Vega, aliases: [Vega], role: Defense Minister, paragraphs: [1]}
organizations:
  - id: farland
    name: Farland
    kind: country
    paragraphs: [1, 2]
    actions:
      - {text: Fired two missiles into the sea., date: 2024-05, paragraphs: [2]}
events:
  - {id: talks, name: Okafor-Vega talks, date: 2024-06-01, place: Port City, paragraphs: [1],
     description: Okafor and Vega met and condemned Farland's launches.}
"""


def test_who_responds_is_named_before_the_verb_and_acts_after_it(tmp_path: Path) -> None:
    """ "How did Farland respond to the Okafor-Vega talks": Farland acting after the talks, not
    Okafor and Vega, named in what it responds to, condemning Farland at them; nor Farland's
    launches of May, a month over before the talks. The articles do not say: refused."""
    engine = _loaded(tmp_path, t=TALKS, vocabulary=True)
    assert parse(engine.kb, "how did farland respond to the okafor vega talks").responders == {0}
    for question in (
        "how did farland respond to the okafor vega talks",
        "how did farland respond to the talks",
    ):
        found = engine.ask(question)
        assert not found.matched, found.text
    found = engine.ask("how did okafor react to farland's launches")  # Okafor does respond
    assert found.matched and "condemned" in found.text.split("\n")[0], found.text


PROMISE = """\
id: pr
article: {outlet: O, title: T, url: 'https://example.org/pr', published: 2024-06-02}
summary: A promise kept.
paragraphs:
  - At a press conference, Okafor implied that warships such as the frigate Alpha will be more present.
  - >-
    A Harbourland frigate sailed with Sealand patrol warships on 1 June 2024; Sealand presented it
    as making good on Okafor's promise of more warships.
people:
  - id: okafor
    name: Jane Okafor
    aliases: [Okafor]
    role: Defense Minister
    paragraphs: [1, 2]
    actions:
      - {text: Implied that warships such as the frigate Alpha will be more present., paragraphs: [1]}
organizations:
  - {id: hl, name: Harbourland, kind: country, paragraphs: [2]}
  - {id: sl, name: Sealand, kind: country, paragraphs: [2]}
events:
  - {id: sail, name: Joint sail, date: 2024-06-01, paragraphs: [2],
     description: "A Harbourland frigate sailed with Sealand patrol warships; Sealand presented it as
       making good on Okafor's promise of more warships."}
"""


def test_a_unit_naming_the_one_asked_about_in_passing_gives_way_to_one_about_them(tmp_path: Path) -> None:
    """ "Which warships did Okafor talk about": her words (the frigate Alpha), not the sailing
    that names her only after its subject and verb, as the promise it made good on."""
    found = _loaded(tmp_path, pr=PROMISE).ask("which warships did okafor talk about")
    assert found.matched and "Alpha" in found.text.split("\n")[0], found.text


def test_the_guy_who_did_it_is_a_person(tmp_path: Path) -> None:
    """ "The name of the Sealand guy who condemned the statement": a person, which the articles
    do not name (Sealand did it); "the guy who implied more warships": Okafor."""
    engine = _loaded(tmp_path, c=CRITICISM, pr=PROMISE, vocabulary=True)
    found = engine.ask("name of the sealand guy who condemned the leaders' statement")
    assert not found.matched, found.text
    found = engine.ask("name of the guy who implied warships will be more present")
    assert found.matched and "Okafor" in found.text.split("\n")[0], found.text


def test_what_a_name_stands_for_answers_before_a_unit_using_the_name(tmp_path: Path) -> None:
    """ "Why is the exercise called Freedom Shield": the unit saying what "Shield" stands for,
    though another holds "exercise" and ranks above it."""
    found = Engine(_corpus(tmp_path)).ask("why is the exercise called freedom shield")
    assert found.matched and "stands for" in found.text.split("\n")[0], found.text


def test_why_is_it_called_x_is_answered_by_what_the_name_says(tmp_path: Path) -> None:
    """ "Why is it called Sea Guard": the unit saying what the name stands for, before another
    about the drill that gives a reason for something else."""
    engine = _engine(
        tmp_path,
        "  - Sea Guard returned to full scale in response to the threats.\n"
        "  - The navies say Sea Guard is defensive; the word Guard in its name stands for that.\n",
        "events:\n"
        "  - {id: sg, name: Sea Guard, date: 2024-05-01, paragraphs: [1, 2], description: A naval drill.}\n",
    )
    for question in ("why is it called sea guard", "what does guard mean in sea guard"):
        found = engine.ask(question)
        assert found.matched and "stands for" in found.text.split("\n")[0], found.text


ARRIVAL = """\
id: v
article: {outlet: O, title: T, url: 'https://example.org/v', published: 2024-06-02}
summary: A ship arrived.
paragraphs:
  - The first arrival of a frigate in years was cited by Jane Okafor.
  - Admiral Rosa Vega announced the frigate's arrival to reporters.
people:
  - {id: okafor, name: Jane Okafor, role: Defense Minister, paragraphs: [1]}
  - {id: vega, name: Rosa Vega, role: Admiral, paragraphs: [2]}
"""


def test_who_told_reporters_is_answered_by_a_speaker(tmp_path: Path) -> None:
    """ "Who told reporters the frigate had arrived": the one the articles say announced it, not
    one who is only named beside the arrival."""
    found = _loaded(tmp_path, v=ARRIVAL).ask("who told reporters the frigate had arrived")
    assert found.matched and found.text.startswith("**Rosa Vega**"), found.text


AFTER = """\
id: t
article: {outlet: O, title: T, url: 'https://example.org/t', published: 2024-03-03}
summary: Talks, then a visit.
paragraphs:
  - The delegations held the first Harbour Talks at Port Alpha on 1 March 2024.
  - The delegations discussed naval drills at the talks in Port Alpha.
  - A week after the talks, the delegations visited the naval base at Port Gamma.
  - The day after the talks, the delegations visited the naval base at Port Beta.
events:
  - {id: talks, name: first Harbour Talks, aliases: [Port Alpha talks], date: 2024-03-01, place: Port Alpha,
     paragraphs: [1, 2], description: The delegations held talks.}
  - {id: later, name: Port Gamma visit, date: 2024-03-08, place: Port Gamma, paragraphs: [3],
     description: The delegations visited the naval base at Port Gamma.}
  - {id: visit, name: Port Beta visit, date: 2024-03-02, place: Port Beta, paragraphs: [4],
     description: The delegations visited the naval base at Port Beta.}
"""


def test_after_x_is_answered_by_what_came_after_x(tmp_path: Path, monkeypatch) -> None:
    """ "Where did the delegations go the day after the talks": the unit dated nearest after the
    talks answers, though the units about the talks hold more of the question's words (within
    weights.TIME_LEAD); "first" inside "after the first Harbour Talks" asks for no first."""
    engine = _loaded(tmp_path, t=AFTER)
    assert parse(engine.kb, "where did they go after the first harbour talks").order is None
    question = "where did the delegations go the day after the talks at port alpha"
    found = engine.ask(question)
    assert found.matched and found.text.startswith("**Port Beta**"), found.text
    monkeypatch.setattr(weights, "TIME_LEAD", 0.0)
    assert not engine.ask(question).text.startswith("**Port Beta**")


PLAN = """\
id: g
article: {outlet: O, title: T, url: 'https://example.org/g', published: 2024-03-03}
summary: A plan revised.
paragraphs:
  - The allies revised the Sea Guard Plan on 1 March 2024, the first update in ten years.
  - The allies adopted the SGP in 2014 after a naval clash.
terms:
  - {id: sgp, term: Sea Guard Plan, acronyms: [SGP], definition: The allies' naval plan., paragraphs: [1, 2]}
facts:
  - {id: revised, text: The allies revised the Sea Guard Plan., date: 2024-03-01, paragraphs: [1]}
  - {id: adopted, text: The allies adopted the SGP in 2014 after a naval clash., date: 2014, paragraphs: [2]}
"""


def test_when_did_they_first_is_decided_by_the_dates_and_a_terms_other_names(tmp_path: Path) -> None:
    """ "What year did the allies first adopt the Sea Guard Plan": the fact naming it "the SGP"
    holds the plan's name, and "first" asks for the earliest date, not for the word "first"
    (which the revision's "first update in ten years" has)."""
    found = _loaded(tmp_path, g=PLAN).ask("what year did the allies first adopt the sea guard plan")
    assert found.matched and found.text.startswith("**2014**"), found.text


def test_shorthand_and_a_date_of_question(kb: KnowledgeBase, tmp_path: Path) -> None:
    """ "date of the meeting?" asks when; "sit down w/ Lee" is the vocabulary's "sit down with"
    (a meeting), not a question about "down"; "the pentagon guy": "guy" says nothing."""
    assert parse(kb, "date of the austin lee meeting?").asks == parse(kb, "when did they meet").asks
    assert "guy" not in {w.typed for w in parse(kb, "what did the pentagon guy say").words}
    assert "supposed" not in {w.typed for w in parse(kb, "when is the hotline supposed to start").words}
    corpus = _corpus(tmp_path)
    typed = {w.typed for w in parse(corpus, "when did austin sit down w/ lee in seoul").words}
    assert "sit down with" in typed, typed
    # "how many hrs": hours, which a unit must give in figures
    found = Engine(corpus).ask("how many hrs did the camp david summit go")
    assert not found.matched and "how many" in found.text, found.text


def test_openers_and_a_question_word_at_the_end(kb: KnowledgeBase) -> None:
    """ "wait, what's ...", "quick q: when ..." open a question; "... since when" asks when,
    the question word last; "..., how far they go" asks as "how far did they go"."""
    plain = parse(kb, "when did austin meet lee")
    for typed in (
        "quick q: when did austin meet lee",
        "hey quick one, when did austin meet lee",
        "wait when did austin meet lee",
        "austin met lee since when",
        "austin met lee in what yr",
        "what weekday did austin meet lee",
        "what day of the week did austin meet lee",
        "what dates did austin meet lee",
    ):
        q = parse(kb, typed)
        assert q.asks == plain.asks and {w.typed for w in q.words} <= {"meet", "met"}, (typed, q.words)
    assert parse(kb, "wait what's the scm").content == "scm"
    for typed in (
        "hold on whats the scm",
        "ok but whats the scm",
        "oh and whats the scm",
        "anyway whats the scm",
    ):
        assert parse(kb, typed).content == "scm", typed
    assert parse(kb, "dumb q but what does rok stand for").naming
    for typed in ("be honest, did austin meet lee", "ok did austin meet lee", "tbh did austin meet lee"):
        q = parse(kb, typed)
        assert q.yesno and {w.typed for w in q.words} <= {"meet", "met"}, (typed, q.words)
    said = parse(kb, "what'd austin say about the drills n the talks")  # what did; "n" is "and"
    assert said.speech and "n" not in {w.typed for w in said.words}, said
    for typed in (
        "list the us warships in these stories",
        "can you name all the us warships in these stories",
    ):
        assert parse(kb, typed).asked_kind == parse(kb, "which us warships are in these stories").asked_kind
    ones = parse(kb, "two us warships came to busan, which ones")  # "which ones" last: which two warships
    assert ones.asked_kind == parse(kb, "which warships came to busan").asked_kind != frozenset(), ones
    assert parse(kb, "the scm in seoul, who's in it").asks == parse(kb, "who is in it").asks  # asked last
    far = parse(kb, "nk fired missiles in march, how far did they go")
    assert far.asks == parse(kb, "how far did they go").asks, far
    far = parse(kb, "nk fired missiles in march, how far they go")  # as a non-native speaker asks
    assert far.asks == parse(kb, "how far did they go").asks, far
    typed = {w.typed for w in parse(kb, "what were austin and lee talkin about").words}
    assert "talkin" not in typed, typed  # "talking", with its g dropped (and a speech verb)
    dated = parse(kb, "scm date?")  # a date asked for last: when
    assert (dated.asks, dated.content) == (parse(kb, "when was the scm").asks, "scm")


JOINT = """\
id: j
article: {outlet: O, title: T, url: 'https://example.org/j', published: 2024-06-02}
summary: A joint statement.
paragraphs:
  - "In the Harbour Statement, the ministers said they would \\"guard the strait together.\\""
  - "\\"The strait is calm,\\" Okafor said."
people:
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], role: Defense Minister, paragraphs: [1, 2]}
  - {id: vega, name: Rosa Vega, aliases: [Vega], role: Defense Minister, paragraphs: [1]}
organizations:
  - {id: hs, name: Harbour Statement, kind: document, members: [okafor, vega], paragraphs: [1]}
quotes:
  - {id: q1, text: guard the strait together., speaker: hs, paragraphs: [1]}
  - {id: q2, text: 'The strait is calm,', speaker: okafor, paragraphs: [2]}
"""


def test_what_did_x_say_is_their_own_words_or_says_it_is_not(tmp_path: Path) -> None:
    """ "What did Okafor say": her own words; "what did Vega say" (about Okafor too): only the
    joint statement she made has words of hers, which is answered, marked unsure, saying so."""
    engine = _loaded(tmp_path, j=JOINT)
    own = engine.ask("what did okafor say about the strait")
    assert own.matched and not own.weak and "calm" in own.text.split("\n")[0], own.text
    joint = engine.ask("what did vega say about the strait")
    assert joint.matched and joint.unsure and "no words of Rosa Vega's own" in joint.footer, joint
    about = engine.ask("what did vega say about okafor and the strait")  # the speaker is Vega alone
    assert about.weak and "no words of Rosa Vega's own" in about.footer, about
    word = engine.ask("what word did vega use for okafor's strait")  # "word ... use": Vega spoke
    assert word.weak and "no words of Rosa Vega's own" in word.footer, word


JOINT_SIDES = """\
id: j
article: {outlet: O, title: T, url: 'https://example.org/j', published: 2024-06-02}
summary: A joint statement.
paragraphs:
  - Okafor and Vega issued the Harbour Statement after their talks.
  - "The Harbour Statement followed the talks. The two ministers pledged to \\"guard the strait together.\\""
people:
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], role: Defense Minister, paragraphs: [1]}
  - {id: vega, name: Rosa Vega, aliases: [Vega], role: Defense Minister, paragraphs: [1]}
organizations:
  - {id: sides, name: The two ministers, kind: group, members: [okafor, vega], paragraphs: [2]}
  - {id: hs, name: Harbour Statement, kind: document, members: [okafor, vega], paragraphs: [1, 2]}
quotes:
  - {id: q1, text: guard the strait together., speaker: sides, paragraphs: [2]}
"""


def test_a_joint_statement_is_no_words_of_one_said_at_an_event(tmp_path: Path) -> None:
    """ "What did Vega say at the Harbour Summit": the statement issued there, which she made
    with Okafor, is none of her own words there: not in the articles, the statement shown as the
    closest; "what did Vega say about the strait" is still answered with it, unsure."""
    summit = JOINT.replace(
        "quotes:\n",
        "events:\n  - {id: summit, name: Harbour Summit, date: 2024-06-01, paragraphs: [1],\n"
        "     description: The ministers issued the Harbour Statement.}\nquotes:\n",
    )
    engine = _loaded(tmp_path, j=summit)
    found = engine.ask("what did vega say at the harbour summit")
    assert not found.matched and "no words of Rosa Vega's own there" in found.text, found.text
    assert "guard the strait" in found.text
    assert engine.ask("what did vega say about the strait").unsure


def test_a_documents_words_are_those_of_the_group_that_issued_it(tmp_path: Path) -> None:
    """ "What did the Harbour Statement say about the strait": a quote its article gives to "the two
    ministers", the group of those who issued it, is its words, not someone else's."""
    found = _loaded(tmp_path, j=JOINT_SIDES).ask("what did the harbour statement say about the strait")
    assert found.matched and "guard the strait together" in found.text.split("\n")[0], found.text
    assert "no words" not in found.footer, found.footer


RESPONSE = """\
id: r
article: {outlet: O, title: T, url: 'https://example.org/r', published: 2024-06-02}
summary: A launch and a response.
paragraphs:
  - Farland fired a cruise missile from a submarine on 1 June 2024.
  - Sealand's harbour ministry said it was regrettable that Farland used the drills as a pretext.
organizations:
  - {id: farland, name: Farland, kind: country, paragraphs: [1]}
  - {id: sealand, name: Sealand, aliases: [Port Sea], kind: country, paragraphs: [2]}
  - id: ministry
    name: Sealand Harbour Ministry
    aliases: [harbour ministry]
    kind: government
    paragraphs: [2]
    actions:
      - {text: Said it was regrettable that Farland used the drills as a pretext., paragraphs: [2]}
"""


def test_a_response_may_leave_what_it_responds_to_to_the_paragraph_before(tmp_path: Path) -> None:
    """ "How did the harbour ministry react to the missile launch": its words say nothing of the
    launch, which the paragraph before reports; that is the context of a response."""
    engine = _loaded(tmp_path, r=RESPONSE, vocabulary=True)
    found = engine.ask("how did the harbour ministry react to the cruise missile launch")
    assert found.matched and "regrettable" in found.text.split("\n")[0], found.text
    q = parse(engine.kb, "how did port sea's harbour ministry react to the launch")  # names in a row
    assert any(w.essential for w in q.words if w.typed == "react"), q.words


def test_an_ordinal_alone_names_the_one_event_that_has_it(kb: KnowledgeBase) -> None:
    """ "at the 54th", "the 54th meeting": the 54th SCM, the one event whose names hold "54th"
    (and "meeting"); "the 7th test" is not an event's ordinal."""
    assert (
        parse(kb, "what did they agree at the 54th").events
        == parse(kb, "what did they agree at the 54th scm").events
    )
    assert parse(kb, "what did they agree at the 54th").events
    assert parse(kb, "what did they agree at the 54th meeting").events == parse(kb, "at the 54th scm").events
    assert not parse(kb, "when is the 7th test").events


def test_a_clause_before_the_question_word_is_read_after_it(kb: KnowledgeBase) -> None:
    """ "The day after the SCM, where did Austin go" asks where, placed after the SCM."""
    q = parse(kb, "the day after the meeting in seoul, where did austin go")
    assert q.asks == parse(kb, "where did austin go").asks and any(w.anchor for w in q.words)


def test_a_speech_verb_is_who_spoke_not_a_word_to_find(kb: KnowledgeBase) -> None:
    """ "What did the ministry claim about the drills": a spoken unit says it, whatever its verb."""
    typed = {w.typed for w in parse(kb, "what did the ministry claim about the drills").words}
    assert "claim" not in typed and "drills" in typed


def test_a_rare_word_of_english_is_no_slip_of_itself(kb: KnowledgeBase) -> None:
    """Words English knows but rarely uses ("aback", "accuser") were mended into themselves, and
    mending again ran without end (found by the hostile-input tests): a word is mended once, and
    never into itself."""
    engine = Engine(kb)
    assert not engine.ask("taken aback by the accuser's agonizing adrenal wait").matched


def test_two_digits_after_a_month_that_places_the_time_are_the_year(kb: KnowledgeBase) -> None:
    """ "in nov 23", "since april 22": the year as people type it; "on april 23" is a day."""
    assert "2023" in {w.typed for w in parse(kb, "what did nk test in april 23").words}
    assert "2022" in {w.typed for w in parse(kb, "what has nk fired since sept 22").words}
    assert "2023" not in {w.typed for w in parse(kb, "what did nk test on april 23").words}
    # no month has an 81st day: "in march 81" is 1981, whatever years the articles report
    assert "1981" in {w.typed for w in parse(kb, "which sub visited in march 81").words}


def test_first_in_a_clause_that_dates_the_answer_asks_for_no_first(kb: KnowledgeBase) -> None:
    """ "which ship docked the day the group first met": "first" names that meeting."""
    assert parse(kb, "which ship docked the day the group first met").order is None
    assert parse(kb, "what did nk do when the group first met").order is None
    assert parse(kb, "when did the group first meet").order is not None


def test_two_letters_swapped_is_the_likelier_slip(tmp_path: Path) -> None:
    """ "tset" is "test" (two letters swapped), not "set" (one dropped), though both are one slip."""
    kb = _engine(tmp_path, "  - The North set a date for its nuclear test.\n").kb
    assert kb.known_term("set") == "set" and kb.known_term("tset") == "test"
    tset = next(w for w in parse(kb, "is the north ready for a nuclear tset").words if w.typed == "tset")
    assert tset.terms == {"test"}, tset


def test_a_slip_ending_as_typed_is_the_likelier() -> None:
    """ "dockd" is "docked", not "dock": slips fall inside words, the ending stays as typed; an
    "s" typed for "'s" is the possessive ("koreas": Korea)."""
    assert english.meanings("dockd")[0] == "docked"
    assert english.meanings("koreas")[0] == "korea"


def test_a_slip_beginning_as_typed_is_the_likelier(tmp_path: Path) -> None:
    """ "coperation" is "cooperation", not the commoner "operation", though both are one slip:
    first letters are rarely slipped; "trilateral security coperation with who" then finds the
    trilateral security cooperation with Japan."""
    assert english.meanings("coperation")[0] == "cooperation"
    found = Engine(_corpus(tmp_path)).ask("trilateral security coperation with who")
    assert found.matched and "Japan" in " ".join(found.text.split("\n")[:2]), found.text  # the main answer


GROUP = """\
id: g
article: {outlet: O, title: T, url: 'https://example.org/g', published: 2024-06-03}
summary: A meeting, and a launch.
paragraphs:
  - The Harbour Group held its first meeting in Busan on 2 June 2024.
  - Hours later the North fired two missiles into the sea.
people: []
organizations:
  - {id: hg, name: Harbour Group, kind: organization, paragraphs: [1]}
  - id: north
    name: North Korea
    kind: country
    actions:
      - {text: Fired two missiles into the sea., date: 2024-06-02, paragraphs: [2]}
    paragraphs: [2]
events:
  - id: m1
    name: first Harbour Group meeting
    date: 2024-06-02
    place: Busan
    description: The group met.
    paragraphs: [1]
"""


def test_a_name_inside_an_events_name_names_the_event_only(tmp_path: Path) -> None:
    """ "How did North Korea respond to the first Harbour Group meeting": the meeting is named,
    not the group besides it; the launch answers, though it names no group."""
    engine = _loaded(tmp_path, g=GROUP)
    q = parse(engine.kb, "how did north korea respond to the first harbour group meeting")
    assert len(q.named) == 1 and len(q.events) == 1, (q.named, q.events)
    found = engine.ask("how did north korea respond to the first harbour group meeting")
    assert found.matched and "missiles" in found.text, found.text


def test_the_kind_asked_for_is_the_head_noun(kb: KnowledgeBase) -> None:
    """ "which aircraft carriers show up": carriers (a plural noun ends the kind; the verb after it
    agrees), and an aircraft carrier is a carrier, not an aircraft."""
    q = parse(kb, "what us aircraft carriers show up in these stories")
    assert "show" not in q.kind_words and q.asked_kind == {"carrier"}, (q.kind_words, q.asked_kind)
    assert parse(kb, "which fighter jets flew").asked_kind >= {"fighter", "aircraft"}


def test_a_model_number_is_held_whole(kb: KnowledgeBase) -> None:
    """ "Hwasong-18" is held by a unit naming the Hwasong-18, not by one naming the Hwasong-15."""
    (word,) = [w for w in parse(kb, "how far can the hwasong-18 fly").words if w.typed == "hwasong-18"]
    assert word.held_by({"hwasong-18"}) and word.held_by({"hwasong", "18"})
    assert not word.held_by({"hwasong", "hwasong-15", "15"})


def test_what_came_out_of_a_meeting_still_to_come_is_not_answered(tmp_path: Path) -> None:
    """A unit saying a meeting is still to come does not say what came out of it."""
    engine = _engine(
        tmp_path, "  - The two ministers are due to join the Reef Talks in Manila on 9 May 2024.\n"
    )
    for typed in (
        "what came out of the reef talks in manila",
        "what did the two ministers agree at the reef talks",
    ):
        found = engine.ask(typed)
        assert not found.matched and "only as planned" in found.text, found.text
    due = ARTICLE.replace(
        B52, "  - The two ministers are due to join the Reef Talks in Manila on 9 May 2024.\n"
    )
    (tmp_path / "v").mkdir()
    found = _loaded(tmp_path / "v", vocabulary=True, a=due).ask(
        "what did the ministers at the reef talks in manila end up agreeing"
    )
    assert not found.matched and "only as planned" in found.text, found.text
    assert engine.ask("what are the reef talks").matched  # what it is, it says


def test_a_phrasal_verb_split_by_its_object_is_the_vocabularys_phrase(kb: KnowledgeBase) -> None:
    """ "putting nukes back" is "put back" (the vocabulary's), as "putting back nukes" would be."""
    typed = {w.typed for w in parse(kb, "is the us putting nukes back on the peninsula").words}
    assert "putting back" in typed, typed


def test_how_soon_after_a_named_event_places_nothing_more(kb: KnowledgeBase) -> None:
    """ "right after the SCM wrapped": "right" says how soon, and "wrapped" what the SCM did; the
    SCM places the answer in time. A question word after it starts the question again."""
    q = parse(kb, "what did nk do right after the scm wrapped")
    assert q.later and q.events and not {w.typed for w in q.words} & {"right", "wrapped"}, q.words
    # what is asked again after the event ("..., which hwasong", "hwasong-what?") is asked
    for typed in (
        "what did nk fire right after the scm, which hwasong",
        "what did nk fire after the scm, hwasong-what",
    ):
        assert "hwasong" in {w.typed for w in parse(kb, typed).words}, typed


def test_the_size_of_a_group_named_is_no_number_asked_about(kb: KnowledgeBase) -> None:
    """ "the two delegations" are who they are; "two missiles" without "the" is a number."""
    for typed, size in (("where did the two delegations go", "two"), ("what did the 3 leaders agree", "3")):
        assert size not in {w.typed for w in parse(kb, typed).words}, typed
    assert "two" in {w.typed for w in parse(kb, "did nk fire two missiles").words}


EARLIER = """\
id: early
article: {outlet: O, title: T, url: 'https://example.org/early', published: 2024-05-01}
summary: Launches.
paragraphs:
  - Farland has fired dozens of missiles this year, ahead of the Reef Summit in June.
organizations:
  - id: farland
    name: Farland
    kind: country
    paragraphs: [1]
    actions:
      - {text: Has fired dozens of missiles this year., paragraphs: [1]}
events:
  - {id: reef, name: Reef Summit, date: 2024-06, description: A summit to come., paragraphs: [1]}
"""
LATER = """\
id: late
article: {outlet: O, title: T, url: 'https://example.org/late', published: 2024-06-10}
summary: A summit.
paragraphs:
  - The leaders met at the Reef Summit on 5 June 2024.
events:
  - {id: reef, name: Reef Summit, date: 2024-06-05, description: The leaders met., paragraphs: [1]}
"""


def test_a_response_is_not_from_before_what_it_responds_to(tmp_path: Path) -> None:
    """ "How did Farland respond to the Reef Summit": not with what an article from before the
    summit says Farland did."""
    engine = _loaded(tmp_path, early=EARLIER, late=LATER, vocabulary=True)
    assert not engine.ask("how did farland respond to the reef summit").matched
    assert not engine.ask(
        "how did farland respond to the leaders meeting"
    ).matched  # dated as "when did" would
    assert engine.ask("how did farland respond to the launches").matched  # no date to go by


def test_a_post_is_no_name_of_the_one_who_held_it(tmp_path: Path, kb: KnowledgeBase) -> None:
    """ "the ROK defense minister" (an alias the seed gives Lee) describes whoever held the post
    at the time asked about, once the corpus gives it to Shin and Kim too; its "ROK" still names
    South Korea. In the seed alone, only Lee held it: it names him."""
    assert parse(kb, "who was the rok defense minister at the scm").named_names == {"lee jong-sup"}
    corpus = _corpus(tmp_path)
    q = parse(corpus, "who was the rok defense minister at the 56th scm")
    assert q.named_names == {"south korea"}, q.named
    assert {"defense", "minister"} <= {w.typed for w in q.words}
    assert parse(corpus, "what did minister lee say").named_names == {"lee jong-sup"}
    # a deputy assistant secretary of defense holds another post than "the def sec"
    assert parse(corpus, "what did the def sec call the scm").named_names == {"lloyd austin"}


def _story(key: str, outlet: str, title: str, paragraph: str) -> str:
    return f"""\
id: {key}
article: {{outlet: {outlet}, title: '{title}', url: 'https://example.org/{key}', published: 2024-06-02}}
summary: '{paragraph}'
paragraphs:
  - '{paragraph}'
"""


def test_which_outlet_ran_the_story_is_the_article_whose_headline_it_is(tmp_path: Path) -> None:
    """Two articles tell of Okafor meeting Vega in Port Alpha; the one headlined with it ran it."""
    engine = _loaded(
        tmp_path,
        a=_story("a", "Harbour Post", "Okafor meets Vega in Port Alpha", "Okafor met Vega in Port Alpha."),
        b=_story("b", "Sea Times", "Drills resume", "Drills resumed after Okafor met Vega in Port Alpha."),
    )
    found = engine.ask("which outlet ran the story about okafor meeting vega")
    assert "Harbour Post" in found.text + " ".join(f.value for f in found.fields), found


LATER_MINISTER = """\
id: r2
article: {outlet: O, title: T2, url: 'https://example.org/r2', published: 2024-09-02}
summary: A new minister.
paragraphs:
  - Defense Minister Rosa Vega, who succeeded Okafor, visited Port Alpha on 1 September 2024.
people:
  - {id: vega, name: Rosa Vega, role: Defense Minister, country: Harbourland, paragraphs: [1]}
  - {id: okafor, name: Jane Okafor, role: former Defense Minister, country: Harbourland, paragraphs: [1]}
"""


FRIGATE = """\
id: f
article: {outlet: O, title: T3, url: 'https://example.org/f', published: 2024-06-03}
summary: A frigate docked.
paragraphs:
  - A frigate docked in Port Beta on 2 June 2024.
events:
  - {id: call, name: Port Beta call, date: 2024-06-02, description: A frigate docked., paragraphs: [1]}
"""


def test_who_held_a_post_at_a_time_is_who_the_articles_show_in_it_by_then(tmp_path: Path) -> None:
    """ "Who was Harbourland's defense minister at the Harbour Talks" (May): Okafor, though
    Vega holds the post in the newest article; "when the frigate docked in Port Beta" (June) is
    dated as "when did" would date it; "now": Vega; what Okafor does now, the articles do not say."""
    engine = _loaded(tmp_path, r=ROLE_AT, r2=LATER_MINISTER, f=FRIGATE)
    for typed in (
        "who was harbourland's defense minister at the harbour talks",
        "who was harbourland's defense minister when the frigate docked in port beta",
    ):
        found = engine.ask(typed)
        assert found.matched and found.text.startswith("**Jane Okafor**"), (typed, found.text)
    assert engine.ask("who is harbourland's defense minister now").text.startswith("**Rosa Vega**")
    # nothing asked but her, and the newest article calls her only former minister: not known
    now = engine.ask("what is jane okafor doing now after leaving the defense ministry")
    assert not now.matched and "former Defense Minister" in now.text, now.text
    there = engine.ask("what did jane okafor do in sealand after leaving the defense ministry")
    assert not there.text.startswith("Jane Okafor, former"), there.text  # what she did there, not her roles
    about = engine.ask("who is jane okafor, harbourland's defense minister")  # about her, not the post
    assert "Rosa Vega" not in about.text.split("\n")[0], about.text


def test_a_distance_typed_with_its_unit_glued_on_is_found(tmp_path: Path) -> None:
    """ "550km" is "550 km", and "km" is how people type the articles' kilometres."""
    text = ARTICLE.replace(B52, "  - The missile flew about 550 kilometres into the sea.\n")
    engine = _loaded(tmp_path, a=text, vocabulary=True)
    for typed in ("did the missile fly 550km", "how many km did the missile fly"):
        assert engine.ask(typed).matched, typed


def test_where_in_a_place_is_a_place_within_it(tmp_path: Path) -> None:
    """ "Where in Port Alpha were the missiles fired from": the unit putting the launch in Port
    Alpha ("the Kora area of Port Alpha") answers, with that place, before one about another launch."""
    engine = _engine(
        tmp_path,
        "  - In May the navy fired missiles into the Coral Sea.\n"
        "  - In June the navy fired missiles from the Kora area of Port Alpha.\n",
    )
    found = engine.ask("where in port alpha were the missiles fired from")
    assert found.matched and "**Kora area of Port Alpha**" in found.text.split("\n")[0], found.text


def test_how_often_is_answered_by_a_unit_saying_how_often(tmp_path: Path) -> None:
    """ "How often will the ministers meet": "every year", not the unit that ranks first on words."""
    engine = _engine(
        tmp_path,
        "  - The ministers met in Port Alpha on 1 May 2024 and will meet again.\n"
        "  - Under the pact, the ministers will meet every year.\n",
    )
    found = engine.ask("how often will the ministers meet")
    assert found.matched and "every year" in found.text.split("\n")[0], found.text
    assert (
        not _engine(tmp_path, "  - The ministers met in Port Alpha.\n")
        .ask("how often do the ministers meet")
        .matched
    )


def _summit_story(key: str, outlet: str, day: str, *paragraphs: str) -> str:
    return f"""\
id: {key}
article: {{outlet: {outlet}, title: News, url: 'https://example.org/{key}', published: 2024-06-{day}}}
summary: '{paragraphs[0]}'
paragraphs: [{", ".join(f"'{p}'" for p in paragraphs)}]
events:
  - {{id: reef, name: Reef Summit, date: 2024-06-01, description: A summit., paragraphs: [{len(paragraphs)}]}}
"""


def test_questions_about_a_story_find_the_article_reporting_the_event(tmp_path: Path) -> None:
    """Two articles tell of the Reef Summit, neither headlined with it: the one published the day
    after reports it, the one weeks later recalls it. "Outlet" or "website" alone asks about an
    article; "site" and "ran" do with a story, and "site" with a reporting verb; "publshed" is
    forgiven; "who published" and "which outlet wrote it up" are the outlet, not an author."""
    engine = _loaded(
        tmp_path,
        a=_summit_story("a", "Harbour Post", "02", "Okafor met Vega at the Reef Summit in Port Alpha."),
        b=_summit_story(
            "b", "Sea Times", "20", "Drills resumed in Port Alpha.", "Okafor met Vega at the Reef Summit."
        ),
    )
    for typed in (
        "which outlet covered the reef summit",
        "which site ran the story about the reef summit",
        "when was the piece on the reef summit publshed",
        "who published the article about the reef summit",
        "which site wrote up the reef summit",
        "which website covered the reef summit",
        "which outlet wrote up the reef summit",
        "who posted the article about the reef summit",
        "who covered the reef summit",
    ):
        found = engine.ask(typed)
        shown = found.text + " ".join(f.value for f in found.fields)
        assert found.matched and "Harbour Post" in shown and "Sea Times" not in shown, (typed, shown)
    assert not engine.ask("who wrote the story about the reef summit").matched  # no author given
    # the outlet named: its article, though the other reports the summit
    found = engine.ask("what headline did the sea times put on the reef summit story")
    shown = found.text + " ".join(f.value for f in found.fields)
    assert found.matched and "Sea Times" in shown and "Harbour Post" not in shown, shown
    (tmp_path / "c.yaml").write_text(
        _summit_story("c", "Gull Daily", "03", "Okafor and Vega met at the Reef Summit."), encoding="utf-8"
    )
    found = Engine(KnowledgeBase.loaded(load_path(tmp_path))).ask("which two outlets covered the reef summit")
    assert "Harbour Post" in found.text and "Gull Daily" in found.text and "Sea Times" not in found.text
    # the day they came out, as people remember it: the articles of that day
    found = Engine(KnowledgeBase.loaded(load_path(tmp_path))).ask("which outlets covered the june 20 stuff")
    shown = found.text + " ".join(f.value for f in found.fields)
    assert found.matched and "Sea Times" in shown and "Harbour Post" not in shown, shown
    # how they came out is no word of what they say: not the story whose summary says "put"
    (tmp_path / "d.yaml").write_text(
        _summit_story("d", "Bay Courier", "20", "Drills were put off in Port Alpha."), encoding="utf-8"
    )
    engine = Engine(KnowledgeBase.loaded(load_path(tmp_path)))
    found = engine.ask("which outlets put out stories on 20 june 2024")
    shown = found.text + " ".join(f.value for f in found.fields)
    assert "Sea Times" in shown and "Bay Courier" in shown and "Harbour Post" not in shown, shown


def test_hedges_say_nothing(kb: KnowledgeBase) -> None:
    """ "what kinda aircraft": the kind of thing is asked, "kinda" is no word of it."""
    assert [
        w.typed for w in parse(kb, "what kinda aircraft did austin mention").words if w.typed == "kinda"
    ] == []
    assert [w.typed for w in parse(kb, "what sorta plan did they agree").words if w.typed == "sorta"] == []
    assert [w.typed for w in parse(kb, "why is it called freedom shield anyway").words] == [
        "freedom",
        "shield",
    ]


ENVOY = """\
id: r3
article: {outlet: O, title: T4, url: 'https://example.org/r3', published: 2024-09-06}
summary: An envoy.
paragraphs:
  - Defense Minister Rosa Vega met Sealand envoy Mark Dunn in Port Alpha on 5 September 2024.
people:
  - {id: vega, name: Rosa Vega, role: Defense Minister, country: Harbourland, paragraphs: [1]}
  - {id: dunn, name: Mark Dunn, role: envoy, country: Sealand, paragraphs: [1]}
"""


def test_a_post_asked_in_the_plural_is_everyone_who_held_it(tmp_path: Path) -> None:
    """ "Which Harbourland defense ministers ...": Okafor and Vega, newest first; "did Dunn meet":
    those an article shows with him, Vega only."""
    engine = _loaded(tmp_path, r=ROLE_AT, r2=LATER_MINISTER, r3=ENVOY)
    found = engine.ask("which harbourland defense ministers appear in these stories")
    assert found.matched and found.text.startswith("**Rosa Vega**") and "Jane Okafor" in found.text, (
        found.text
    )
    found = engine.ask("which harbourland defense ministers has mark dunn met")
    assert found.matched and "Rosa Vega" in found.text and "Okafor" not in found.text, found.text


def test_an_event_named_in_the_plural_is_none_in_particular(kb: KnowledgeBase) -> None:
    """ "held SCMs": meetings of a series, not the one SCM whose alias is "SCM"."""
    assert parse(kb, "when was the scm").events
    assert not parse(kb, "how many scms were there").events


MINISTRY = """\
id: m
article: {outlet: O, title: T, url: 'https://example.org/m', published: 2024-05-02}
summary: A launch.
paragraphs:
  - Sealand launched a rocket into the sea on 1 May 2024.
  - The Maritime Ministry said it was regrettable and urged restraint.
organizations:
  - {id: hm, name: Maritime Ministry, kind: government, paragraphs: [2]}
  - {id: sl, name: Sealand, kind: country, paragraphs: [1]}
"""


def test_what_someone_said_about_a_thing_need_not_name_it(tmp_path: Path, kb: KnowledgeBase) -> None:
    """ "What did the ministry say about the launch": its words after the launch, which call it
    "regrettable" without naming it. "A say in nuclear planning" is no one speaking."""
    found = _loaded(tmp_path, m=MINISTRY).ask("what did the maritime ministry say about the launch")
    assert found.matched and "regrettable" in found.text, found.text
    assert not parse(kb, "what did seoul give up for a say in nuclear planning").speech
    assert parse(kb, "what did austin say about the drills").speech


def test_an_event_named_for_its_place_is_called_by_the_place(tmp_path: Path) -> None:
    """ "At the time of Port Alpha": the Port Alpha summit, as news says "after Camp David"."""
    summit = ROLE_AT.replace(
        "  - {id: ht, name: Harbour Talks,",
        "  - {id: pa, name: Port Alpha summit, place: Port Alpha, is_a: [summit], date: 2024-05-01,"
        " description: Leaders met., paragraphs: [2]}\n  - {id: ht, name: Harbour Talks,",
    )
    engine = _loaded(tmp_path, r=summit, r2=LATER_MINISTER)
    found = engine.ask("who was harbourland's defense minister at the time of port alpha")
    assert found.matched and found.text.startswith("**Jane Okafor**"), found.text


SUBS = """\
id: s
article: {outlet: O, title: T, url: 'https://example.org/s', published: 2024-05-02}
summary: Submarines.
paragraphs:
  - >-
    Sealand fired two missiles from a submarine on 1 May 2024, hours after the Harbourland Ship
    Tarpon docked in Port Alpha.
organizations:
  - {id: hl, name: Harbourland, kind: country, paragraphs: [1]}
  - {id: sl, name: Sealand, kind: country, paragraphs: [1]}
terms:
  - {id: tarpon, term: Harbourland Ship Tarpon, aliases: [Tarpon], is_a: [submarine],
     definition: A Harbourland submarine., paragraphs: [1]}
"""


def test_a_country_in_the_kind_asked_says_whose(tmp_path: Path) -> None:
    """ "The Sealand sub that fired": not the Tarpon, which its definition makes Harbourland's."""
    engine = _loaded(tmp_path, s=SUBS, vocabulary=True)
    found = engine.ask("which harbourland sub docked in port alpha")
    assert found.matched and found.text.startswith("**Harbourland Ship Tarpon**"), found.text
    found = engine.ask("what's the name of the sealand sub that fired the missiles")
    assert "**Harbourland Ship Tarpon**" not in found.text, found.text


def test_what_is_the_word_someone_used_asks_for_their_words(kb: KnowledgeBase) -> None:
    """ "What's the word Austin used for ...": as "what word did Austin use for ...", the words
    "word" and "used" are no content to find."""
    typed = {w.typed for w in parse(kb, "whats the word austin used for the deterrence commitment").words}
    assert not typed & {"word", "used"}, typed


def test_a_slip_english_mends_as_near_as_the_articles_do_is_englishs(kb: KnowledgeBase) -> None:
    """ "comittment": its stem is as near "commit" as "committe" (the seed's Committee), and the
    whole word is one English word away: commitment."""
    assert "commitment" in {w.typed for w in parse(kb, "what did austin say about the comittment").words}


def test_a_vague_noun_after_the_kind_is_no_kind(kb: KnowledgeBase) -> None:
    """ "What tabletop thing did they announce": a tabletop exercise is asked for, not a thing."""
    assert "tabletop" in parse(kb, "what tabletop thing did they announce for february").kind_words
    assert "thing" not in parse(kb, "what tabletop thing did they announce for february").kind_words


TALKS_MEETING = """\
id: tm
article: {outlet: O, title: T, url: 'https://example.org/tm', published: 2024-05-02}
summary: Talks.
paragraphs:
  - Okafor and Vega met at the Harbour Talks in Port Alpha on 1 May 2024.
events:
  - {id: ht, name: Harbour Talks, aliases: [the meeting], date: 2024-05-01, description: Talks.,
     paragraphs: [1]}
"""

LATER_MEETING = """\
id: lm
article: {outlet: O, title: T2, url: 'https://example.org/lm', published: 2024-09-02}
summary: A launch.
paragraphs:
  - Hours after the meeting of envoys in Port Beta, Sealand fired a rocket on 1 September 2024.
organizations:
  - {id: sl, name: Sealand, kind: country, paragraphs: [1]}
"""


def test_an_everyday_alias_names_its_event_in_its_own_article_only(tmp_path: Path) -> None:
    """ "The meeting" is the Harbour Talks in the article that says so; in another article it is
    some other meeting, and Sealand's rocket there is no response to the talks."""
    kb = _loaded(tmp_path, tm=TALKS_MEETING, lm=LATER_MEETING).kb
    about = {doc.article.id: ask._features(kb, doc).about for doc in kb.docs if "Hours after" in doc.text}
    assert about == {"lm": frozenset()}, about
    own = {doc.article.id: ask._features(kb, doc).about for doc in kb.docs if "Okafor and Vega" in doc.text}
    assert own == {"tm": frozenset({"harbour talks"})}, own


def test_from_now_on_is_no_latest(kb: KnowledgeBase) -> None:
    """ "From now on" asks about the future, not for the latest of several; "now" alone does."""
    assert parse(kb, "what did they promise about strategic assets from now on").order is None
    assert parse(kb, "who is south korea's defense minister now").order is not None


NOW_ENVOY = """\
id: n2
article: {outlet: O, title: T, url: 'https://example.org/n2', published: 2024-10-02}
summary: Posts.
paragraphs:
  - Jane Okafor is now Harbourland's envoy to Sealand, a post she took up in August 2024.
  - Rosa Vega, a retired admiral, became defense minister in September 2024, succeeding Jane Okafor.
people:
  - {id: okafor, name: Jane Okafor, role: envoy to Sealand, country: Harbourland, paragraphs: [1, 2]}
  - {id: vega, name: Rosa Vega, role: Defense Minister, country: Harbourland, paragraphs: [2]}
facts:
  - {id: envoy-now, text: Jane Okafor is now Harbourland's envoy to Sealand., date: 2024-08, paragraphs: [1]}
  - {id: vega-in, text: 'Rosa Vega became defense minister, succeeding Jane Okafor.', date: 2024-09,
     paragraphs: [2]}
"""


def test_the_latest_about_someone_is_about_them(tmp_path: Path) -> None:
    """ "What is Okafor doing now, as of late 2024": the latest unit she is the subject of, not a
    later one about her successor that names her in passing."""
    found = _loaded(tmp_path, n2=NOW_ENVOY).ask("what is jane okafor doing now as of late 2024")
    assert found.matched and "envoy" in found.text.split("\n")[0], found.text


def test_an_outlet_named_with_a_story_asks_about_the_article(kb: KnowledgeBase) -> None:
    """ "What date did The Diplomat put out its story": about the article; "according to the
    Diplomat piece, why ...": about what it says."""
    assert parse(kb, "what date did the diplomat put out its story on the talks").about_article
    assert parse(kb, "which site published the write-up on the talks").about_article
    assert not parse(
        kb, "why do they need extended deterrence, according to the diplomat piece"
    ).about_article
    assert not parse(kb, "what approach did they agree, the diplomat piece calls it something").about_article


def test_an_article_coming_out_or_dropping_is_when_it_was_published(kb: KnowledgeBase) -> None:
    """ "When did the story come out", "when did the article drop": its date; "when did the
    drills come out" is no question about an article."""
    assert parse(kb, "when did the austin lee article come out").about_article
    assert parse(kb, "when did the story drop").about_article
    assert not parse(kb, "when did the drills come out").about_article


def test_an_outlets_headline_and_a_slipped_british_publised_are_about_the_article(kb: KnowledgeBase) -> None:
    """ "What did the Diplomat's headline say": its article (the outlet named with a possessive);
    "who publised the piece": one slip from "published", though words() spells it "publized"."""
    assert parse(kb, "what did the diplomat's headline say the us reaffirmed").about_article
    assert parse(kb, "who publised the austin lee piece").about_article
    assert not parse(kb, "what did austin's headline claim say").about_article
    assert parse(kb, "when's the diplomat article from").about_article  # its date
    assert not parse(kb, "what did austin take from the article").about_article


def test_articles_that_came_out_the_same_day_are_those_articles(tmp_path: Path) -> None:
    """ "Which two stories came out on the same day": the articles sharing a publication date,
    not one article that happens to match other words."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("on what date did two of these stories come out on the same day")
    together = {"13 March 2023"}
    assert found.matched and together <= set(re.findall(r"\d+ \w+ \d{4}", found.text)), found.text
    assert len(found.items) == 2 and found.text.startswith("Both came out the same day"), found.text
    # "which two stories": how many there are, not a word of what they say
    found = engine.ask("which two stories came out on 13 march 2023")
    assert len(found.items) == 2 and "2 articles" in found.text, found.text


def test_the_full_name_of_an_abbreviation_is_what_it_stands_for(kb: KnowledgeBase) -> None:
    """ "DPRK full name??", "full form of the DPRK": what it stands for; "the full name of the
    exercise" stays a question about which exercise, "exercise" being no abbreviation."""
    for typed in ("DPRK full name??", "whats the full name of the dprk", "what is DPRK's full name"):
        found = Engine(kb).ask(typed)
        assert "Democratic People's Republic of Korea" in found.text.split("\n")[0], (typed, found.text)
    assert parse(kb, "whats the full name of the exercise").content != "exercise stand for"


def test_where_the_asker_heard_a_term_is_no_part_of_the_question(kb: KnowledgeBase) -> None:
    """ "whats extended deterrence, they keep saying it": the definition; "why does NK keep
    saying X" keeps its verb (no comma before it)."""
    assert parse(kb, "whats extended deterrence, they keep saying it").content == "extended deterrence"
    assert parse(kb, "what does ROK mean, it keeps popping up in the news").content == "ROK"
    # "the summit they keep mentioning": the same, no comma before it
    assert parse(kb, "when was the rok us summit they keep mentioning").content == "rok us summit"
    # a term quoted in a sentence, then "what do they mean by that": what the term means
    said = "the article talks about a 'strength to strength' approach. what do they mean by that"
    assert Engine(kb).ask(said).title == "strength to strength"
    # "prob a dumb question but": the asker on the question, which comes after it
    assert parse(kb, "sorry prob a dumb question but what does ROK mean").content == "ROK"
    assert "hostile" in parse(kb, "why does nk keep saying hostile policies").content


def test_who_did_something_to_someone_is_not_their_profile(tmp_path: Path) -> None:
    """ "Who took over from Lee as defence minister" asks for someone else; "who is Lee, the
    defense minister" is Lee."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask(
        "who took over as defense minister from lee jong-sup and in which month did he take office"
    )
    assert found.matched and "Shin" in found.title + found.text, found.text
    assert engine.ask("who is lee, the defense minister").title == "Lee Jong-sup"


def test_the_north_after_the_question_words_is_a_name(kb: KnowledgeBase) -> None:
    """ "When did the North fire": "the North" is North Korea's alias though the question words
    took its "the"; "the two sides", an alias written in lower case, describes, and is left as
    the words it is."""
    assert [set(g) for g in parse(kb, "when did the north fire missiles").named] == [{"north korea"}]
    assert parse(kb, "how did the north respond to the talks").named
    assert not parse(kb, "where did the two sides meet").named


def test_a_response_answers_what_its_article_leads_with(tmp_path: Path) -> None:
    """ "How did the North respond to the SSBN docking in Busan": its launch, paragraphs after
    the lede that reports the docking, answers."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "how did north korea respond to the ssbn docking in busan",
        "how did the north respond to the ssbn docking in busan",
        "how did nk answer the kentucky visit",  # the Kentucky is in the standfirst, not the lede
    ):
        found = engine.ask(typed)
        assert found.matched and "550" in found.text, (typed, found.text)


def test_details_an_article_says_were_not_disclosed_are_not_answered(tmp_path: Path) -> None:
    """ "What exactly changed in the revised TDS": the 55th SCM's article says the details of the
    revision were not disclosed, though its sentence ranks below those naming the signing; what
    Japan's minister said is still his words."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("what exactly changed in the revised tds they signed at the 55th scm")
    assert not found.matched and "not made public" in found.text and "revision" in found.text, found.text
    found = engine.ask("what was revised at the 55th scm")  # no specifics asked: the TDS
    assert found.matched and "Tailored Deterrence Strategy" in found.text, found.text
    said = engine.ask("what did japan's defence minister say about the missile warning system after the call")
    assert said.matched and "final stage" in said.text, said.text


def test_a_bare_name_several_share_is_found_as_typed(tmp_path: Path) -> None:
    """ "Kim" is Kim Jong Un, Kim Yong-hyun or Kim Tae-hyo in the corpus; "the end of the Kim
    regime", an alias of North Korea's government, says it as typed."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "per sk's defense ministry what did the us side say a nk nuke would mean for kim",
        "what did the us side say nk nuke use would mean for kim",  # not passed over unjudged
    ):
        found = engine.ask(typed)
        assert found.matched and "end of the Kim regime" in found.text, (typed, found.text)


def test_several_nouns_before_a_name_are_the_kind(kb: KnowledgeBase) -> None:
    """ "Which South Korean defense ministers Austin met": the ministers are asked for; "which
    general commands U.S. Forces Korea": one noun and a verb before the name."""
    assert "ministers" in parse(kb, "list the sk defense ministers austin dealt with").kind_words
    assert "commands" not in parse(kb, "which general commands united states forces korea").kind_words


def test_according_to_someone_asks_for_their_words(kb: KnowledgeBase) -> None:
    """ "What does it mean, according to Austin": Austin is the speaker; "how many ... according
    to Austin" asks for a number, whoever's sentence gives it."""
    q = parse(kb, "what does extended deterrence mean according to austin")
    assert q.speech and q.speakers, q
    assert not parse(kb, "how many missiles were fired according to austin").speech


def test_what_the_article_says_is_no_ones_words(kb: KnowledgeBase) -> None:
    """ "Why does the article say Washington must ...": the article's account, not a quote."""
    assert not parse(kb, "why does the article say washington has to act quickly").speech
    assert parse(kb, "why does austin say washington has to act quickly").speech


REPORTED = """\
id: rp
article: {outlet: Harbour Times, title: T, url: 'https://example.org/rp', published: 2024-05-02}
summary: A warning.
paragraphs:
  - According to the Maritime Ministry, Sealand warned that any blockade would end the talks.
organizations:
  - {id: hm, name: Maritime Ministry, kind: government, paragraphs: [1]}
  - {id: sl, name: Sealand, kind: country, paragraphs: [1]}
"""


def test_words_reported_by_another_are_the_speakers(tmp_path: Path) -> None:
    """ "According to the ministry, Sealand warned ...": Sealand's words, which the ministry
    reports; "why does the Harbour Times say": the article's account, no one speaking."""
    engine = _loaded(tmp_path, rp=REPORTED)
    found = engine.ask("what did sealand warn would happen")
    assert found.matched and not found.weak and "blockade" in found.text, found
    assert not parse(engine.kb, "why does the harbour times say the talks would end").speech


def test_what_someone_told_reporters_after_an_event_is_no_role(tmp_path: Path) -> None:
    """ "What did Okafor tell reporters after the Harbour Talks": her words, not her roles."""
    found = _loaded(tmp_path, r=ROLE_AT).ask("what did jane okafor tell reporters after the harbour talks")
    assert not found.text.startswith("Jane Okafor, Defense Minister"), found.text


PREDECESSOR = """\
id: pd
article: {outlet: O, title: T2, url: 'https://example.org/pd', published: 2024-09-02}
summary: A recap.
paragraphs:
  - Vega's predecessor, Okafor, held the Harbour Talks in Port Alpha in May 2024.
events:
  - {id: ht, name: Harbour Talks, date: 2024-05, description: Okafor held the talks., paragraphs: [1]}
facts:
  - {id: held, text: "Vega's predecessor, Okafor, held the Harbour Talks in Port Alpha in May 2024.",
     date: 2024-05, paragraphs: [1]}
"""


def test_a_unit_dated_to_the_month_answers_with_its_events_day(tmp_path: Path) -> None:
    """ "What day did Vega's predecessor hold the talks": the recap says May; the event it is
    about is dated to the day by another article: 1 May."""
    found = _loaded(tmp_path, r=ROLE_AT, pd=PREDECESSOR).ask(
        "what day did vega's predecessor hold the harbour talks in port alpha"
    )
    assert found.matched and found.text.startswith("**1 May 2024"), found.text


def test_an_events_initials_name_it(tmp_path: Path) -> None:
    """ "What happened in HGE": the Harbour Guard Exercise, by the initials of its capitalised
    name; "Camp David summit" has no such initials, nor would a word of English."""
    exercise = ROLE_AT.replace("name: Harbour Talks,", "name: Harbour Guard Exercise,")
    found = _loaded(tmp_path, r=exercise).ask("when was hge")
    assert found.matched and "1 May 2024" in found.text, found.text
    assert initials("Ulchi Freedom Shield 2023") == ["UFS"] and initials("Camp David summit") == []


TWO_TALKS = """\
id: tt
article: {outlet: O, title: T, url: 'https://example.org/tt', published: 2024-06-02}
summary: Talks.
paragraphs:
  - The ministers met for the Reef Talks in Port Alpha on 1 June 2024, the first since 2021.
events:
  - {id: now, name: Reef Talks, date: 2024-06-01, place: Port Alpha, is_a: [meeting],
     description: The ministers met., paragraphs: [1]}
  - {id: then, name: Previous Reef Talks, date: 2021, is_a: [meeting],
     description: The last Reef Talks before 2024., paragraphs: [1]}
"""


def test_where_an_event_was_is_not_the_place_of_another_of_its_kind(tmp_path: Path) -> None:
    """ "Where were the previous Reef Talks": the articles give them no place; Port Alpha is
    where this year's were, in the unit that recalls the earlier ones."""
    engine = _loaded(tmp_path, tt=TWO_TALKS)
    assert not engine.ask("where were the previous reef talks held").matched
    assert "Port Alpha" in engine.ask("where did the ministers meet in june").text


CARRIER_VISITS = """\
id: cv
article: {outlet: O, title: T, url: 'https://example.org/cv', published: 2024-06-02}
summary: A carrier.
paragraphs:
  - The navy sent the carrier USS Gull to Port Alpha in May 2024, the first such visit since 2019.
events:
  - {id: gull, name: USS Gull visit, date: 2024-05, description: The USS Gull visited Port Alpha.,
     paragraphs: [1]}
  - {id: before, name: Previous carrier visit, date: 2019, paragraphs: [1],
     description: "The last such visit before the USS Gull's in May 2024."}
terms:
  - {id: uss-gull, term: USS Gull, aliases: [Gull], is_a: [carrier, aircraft carrier],
     definition: A carrier., paragraphs: [1]}
"""


def test_what_places_a_unit_in_time_is_not_what_it_tells_of(tmp_path: Path) -> None:
    """ "Which carrier came in 2019": not the USS Gull, which came in 2024, "the first such visit
    since 2019", nor the Gull named in "the last visit before the USS Gull's"."""
    engine = _loaded(tmp_path, cv=CARRIER_VISITS, vocabulary=True)
    found = engine.ask("which carrier visited port alpha in 2019")
    assert "**USS Gull**" not in found.text, found.text
    assert "**USS Gull**" in engine.ask("which carrier visited port alpha in 2024").text


MISSILES = """\
id: ms
article: {outlet: O, title: T, url: 'https://example.org/ms', published: 2024-06-02}
summary: Missiles.
paragraphs:
  - >-
    Sealand fired two Kestrel-2 missiles that flew about 300 kilometres. That was a week after
    it tested a Falcon-9 missile.
terms:
  - {id: k2, term: Kestrel-2, is_a: [missile], definition: A short-range missile., paragraphs: [1]}
  - {id: f9, term: Falcon-9, is_a: [missile], definition: A long-range missile., paragraphs: [1]}
"""


def test_a_thing_asked_is_not_another_of_its_kind_beside_it(tmp_path: Path) -> None:
    """ "How far did the Falcon-9 fly": not the Kestrel-2s' 300 km, though the next sentence
    recalls the Falcon-9 test."""
    engine = _loaded(tmp_path, ms=MISSILES)
    assert not engine.ask("how far did the falcon-9 fly").matched
    assert "300" in engine.ask("how far did the kestrel-2 missiles fly").text


RELEASE = """\
id: rl
article: {outlet: O, title: T, url: 'https://example.org/rl', published: 2024-06-02}
summary: A release.
paragraphs:
  - >-
    Deputy Minister Ana Ruiz led the Harbourland delegation at the Reef Talks on 1 June 2024. The
    two governments said in a joint release that the talks were "candid and useful."
people:
  - {id: ruiz, name: Ana Ruiz, role: Deputy Minister, country: Harbourland, paragraphs: [1]}
organizations:
  - {id: release, name: Reef Talks joint release, kind: document, paragraphs: [1]}
quotes:
  - {id: candid, text: candid and useful, speaker: release, attribution: the two governments said,
     paragraphs: [1]}
"""


def test_what_someone_said_is_not_others_words_they_are_no_party_to(tmp_path: Path) -> None:
    """ "What did Ruiz say after the Reef Talks": the articles quote only the governments'
    joint release, to which they do not make her a party: not in the knowledge base."""
    found = _loaded(tmp_path, rl=RELEASE).ask("what did ana ruiz say about the reef talks")
    assert not found.matched and "no words of Ana Ruiz's own" in found.text, found.text


ORDINAL = """\
id: od
article: {outlet: O, title: T, url: 'https://example.org/od', published: 2024-06-02}
summary: Talks.
paragraphs:
  - The Reef Talks were held in Port Alpha on 1 June 2024.
  - They were the ninth such talks, and the first under the new government.
events:
  - {id: rt, name: Reef Talks, date: 2024-06-01, description: Talks in Port Alpha., paragraphs: [1, 2]}
"""


def test_which_number_or_edition_asks_for_the_ordinal(tmp_path: Path) -> None:
    """ "Which edition of the Reef Talks was the June one", "which number were they": the ninth,
    in a unit that says so."""
    engine = _loaded(tmp_path, od=ORDINAL)
    for typed in (
        "which edition of the reef talks was the june one",
        "which number were the june reef talks",
    ):
        found = engine.ask(typed)
        assert found.matched and "ninth" in found.text.split("\n")[0], (typed, found.text)


def test_a_claim_with_a_wrong_number_gets_the_articles_number(tmp_path: Path) -> None:
    """ "The june reef talks were the 6th such talks, right?": the articles say the ninth; read
    without the number, the claim is what a unit says, which answers, saying 6th is not it; a
    right month beside the wrong number ("in june ... the 6th") stays."""
    engine = _loaded(tmp_path, od=ORDINAL)
    for typed in (
        "the reef talks were the 6th such talks, right?",
        "the reef talks in june were the 6th such talks right",
    ):
        found = engine.ask(typed)
        assert found.matched and "ninth" in found.text and "Not “6th”" in found.footer, (typed, found)


def test_a_claim_with_a_name_the_articles_never_use_gets_the_one_they_use(tmp_path: Path) -> None:
    """ "The sub that docked in Port Alpha was the USS Zorblax, right?": the articles name no
    Zorblax; read without it, a unit names the sub, the USS Testship, and answers, saying
    Zorblax is not it."""
    found = _loaded(tmp_path, s=SHIPS).ask("the sub that docked in port alpha was the uss zorblax, right?")
    assert found.matched and "Testship" in found.text and "Not “zorblax”" in found.footer, found


LAUNCHES = """\
id: la
article: {outlet: O, title: T, url: 'https://example.org/la', published: 2024-07-06}
summary: Launches.
paragraphs:
  - On Thursday 6 June 2024, Sealand fired short-range missiles into the Blue Sea.
  - On 5 July 2024, Sealand fired two short-range missiles that flew about 500 kilometres into the Red Sea.
"""


def test_a_figure_of_another_event_does_not_answer_how_far(tmp_path: Path) -> None:
    """ "How far did the missiles Sealand fired into the Blue Sea go": the sentence about that
    launch gives no distance; the one that does is of another launch, lacking "Blue": the
    articles do not say, that launch shown as the closest. Asked of the July launch: 500 km."""
    engine = _loaded(tmp_path, la=LAUNCHES, vocabulary=True)
    found = engine.ask("how far did the short range missiles sealand fired into the blue sea go")
    assert not found.matched and "Blue Sea" in found.text, found.text
    found = engine.ask("how far did the short range missiles sealand fired in july go")
    assert found.matched and "500" in found.text.split("\n")[0], found.text


SUMMITS = """\
id: su
article: {outlet: O, title: T, url: 'https://example.org/su', published: 2024-07-06}
summary: Summits.
paragraphs:
  - In March 2024, Okafor travelled to Port City for a summit with Vega.
  - At the Reef Summit in July 2024, Okafor and Vega agreed to hold annual drills.
people:
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], role: Defense Minister, paragraphs: [1, 2]}
  - {id: vega, name: Rosa Vega, aliases: [Vega], role: Defense Minister, paragraphs: [1, 2]}
"""


def test_what_was_agreed_is_not_answered_by_a_unit_agreeing_nothing(tmp_path: Path) -> None:
    """ "What did Okafor and Vega agree at their Port City summit": the articles say they met,
    not what came of it: said so, with that as the closest; at the Reef Summit: annual drills."""
    engine = _loaded(tmp_path, su=SUMMITS, vocabulary=True)
    found = engine.ask("what did okafor and vega agree at their port city summit")
    assert not found.matched and "what came of it" in found.text, found.text
    found = engine.ask("what did okafor and vega agree at the reef summit")
    assert found.matched and "annual drills" in found.text.split("\n")[0], found.text
    # "what happened at": any account of it answers, agreed or not
    found = engine.ask("what happened at the port city summit")
    assert found.matched and "travelled" in found.text.split("\n")[0], found.text


def test_what_a_thing_was_given_in_return_for_places_it(kb: KnowledgeBase) -> None:
    """ "What did Yoon recommit to in return for the NCG": the NCG is what it was given for,
    which the unit's article must hold, not the unit ("In return, Yoon reaffirmed ...")."""
    q = parse(kb, "what did austin promise in return for the table-top exercise")
    assert [w.anchor for w in q.words if "table-top" in w.typed] == [True], q.words
    assert q.anchored_events and not any(w.anchor for w in q.words if "return" in w.typed), q


def test_the_next_one_is_one_still_to_come(tmp_path: Path) -> None:
    """ "Where will the next Reef Talks be held": not the Reef Talks the article reports as held;
    a unit saying the next ones will be held in Port Beta answers. "The next day" is no such."""
    engine = _loaded(tmp_path, tt=TWO_TALKS)
    assert not engine.ask("where will the next reef talks be held").matched
    planned = TWO_TALKS.replace(
        "the first since 2021.", "the first since 2021. The next Reef Talks will be held in Port Beta."
    )
    (tmp_path / "p").mkdir()
    found = _loaded(tmp_path / "p", tt=planned).ask("where will the next reef talks be held")
    assert found.matched and "Port Beta" in found.text, found.text


def test_why_a_fact_matters_shows_what_the_article_says_next(tmp_path: Path) -> None:
    """ "Why does the 300 km matter": the unit stating it gives no reason; what the article says
    next ("That is the distance to Port Alpha") is shown as what follows it."""
    text = ARTICLE.replace(
        B52,
        "  - Sealand fired two missiles that flew about 300 kilometres.\n"
        "  - That distance matches the distance to Port Alpha, where the fleet is based.\n",
    )
    engine = _loaded(tmp_path, a=text, vocabulary=True)
    found = engine.ask("why does the 300 km matter")
    follows = [f.value for f in found.fields if f.name.startswith("What follows")]
    assert found.matched and follows and "Port Alpha" in follows[0], found


def test_what_made_it_possible_asks_a_cause(tmp_path: Path, kb: KnowledgeBase) -> None:
    """ "What made the summit possible" asks why, and shows what the article says next."""
    assert parse(kb, "what made the meeting possible").asks == parse(kb, "why did they meet").asks
    text = ARTICLE.replace(
        B52,
        "  - The Reef Summit was made possible by a thaw between the two navies.\\n"
        "  - In March, Harbourland agreed to pay compensation for the collision.\\n",
    )
    engine = _loaded(tmp_path, a=text, vocabulary=True)
    found = engine.ask("what made the reef summit possible")
    assert any("compensation" in f.value for f in found.fields), found
    # "what led to X": the verb is how the cause is asked, no word the answer must hold
    assert "led" not in {w.typed for w in parse(engine.kb, "what led to the thaw between the navies").words}
    found = engine.ask("what led to the thaw between the navies")
    assert found.matched and "compensation" in found.text + "".join(f.value for f in found.fields), found


AFTER_SUMMIT = """\
id: as
article: {outlet: O, title: Reef Summit, url: 'https://example.org/as', published: 2024-05-03}
summary: The summit.
paragraphs:
  - Okafor and Vega held the Reef Summit in Port Alpha on 1 May 2024.
  - Ministers Ana Ruiz and Bo Lind are due to join the Harbour Talks in Port Beta on 2 May 2024.
  - Sealand fired a rocket on 2 April 2024.
people:
  - {id: ruiz, name: Ana Ruiz, role: Minister, paragraphs: [2]}
  - {id: lind, name: Bo Lind, role: Minister, paragraphs: [2]}
events:
  - {id: rs, name: Reef Summit, date: 2024-05-01, description: Okafor met Vega., paragraphs: [1]}
facts:
  - {id: talks, text: Ministers Ana Ruiz and Bo Lind are due to join the Harbour Talks on 2 May 2024.,
     date: 2024-05-02, paragraphs: [2]}
  - {id: rocket, text: Sealand fired a rocket on 2 April 2024., date: 2024-04-02, paragraphs: [3]}
"""


def test_a_unit_dated_after_the_event_it_is_placed_by_needs_not_name_it(tmp_path: Path) -> None:
    """ "The Harbour Talks after the Reef Summit": the talks are dated the day after the summit,
    in the article reporting it; that places them as fully as naming it. "The day before the
    summit" is days before it, not a month."""
    engine = _loaded(tmp_path, a=AFTER_SUMMIT)
    found = engine.ask("who is joining the harbour talks after the reef summit")
    assert found.matched and not found.weak and "Ana Ruiz" in found.text, found
    q = parse(engine.kb, "what did sealand fire the day before the reef summit")
    rocket = next(d for d in engine.kb.docs if d.text.startswith("Sealand fired") and d.date is not None)
    assert not ask._placed_by_dates(engine.kb, q, rocket)  # a month before is no "day before"
    q = parse(engine.kb, "what did sealand fire before the reef summit")
    assert ask._placed_by_dates(engine.kb, q, rocket)


def test_two_questions_in_one_are_answered_each(tmp_path: Path) -> None:
    """ "When did they first adopt the TDS and what triggered it": read whole, no unit answers
    it; read as two, both are answered, the second beside the first. The second's pronoun
    stands for what the first asks about. "How long ... and when does it wrap up" asks two kinds
    of thing, which one unit does not answer: as two, though read whole it is answered."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("when did they first adopt the tds and what triggered it")
    shown = found.text + " ".join(f.value for f in found.fields)
    assert found.matched and "2013" in shown and "third nuclear test" in shown, found
    # two kinds of thing asked, a length and an end: each answered, though one unit answers the whole
    found = engine.ask("how long is freedom shield 23 and when does it wrap up")
    shown = found.text + " ".join(f.value for f in found.fields if not f.name.startswith("Also"))
    assert found.matched and "11-day" in shown and "23 March" in shown, found
    assert found.title.endswith("when does it wrap up"), found.title
    found = engine.ask("whats TDS and when did the allies first adopt it")  # a meaning and a date
    shown = found.text + " ".join(f.value for f in found.fields if not f.name.startswith("Also"))
    assert found.matched and "Tailored Deterrence Strategy" in shown and "2013" in shown, found
    assert ask._two_questions("when was the tds adopted and what prompted it") == (
        "when was the tds adopted",
        "what prompted the tds adopted",
    )
    # "which number X was it": X is what "it" stands for; the words that only open it ("wait") go
    assert ask._two_questions("wait which number ttx was that and where was it held") == (
        "which number ttx was that",
        "where was the ttx held",
    )
    # "n" and "&" as chat writes "and"
    assert ask._two_questions("when was the tds adopted n what prompted it") == (
        "when was the tds adopted",
        "what prompted the tds adopted",
    )
    # what a word means, asked first: the word is what "it" stands for
    for typed in ("what does tds mean and when was it adopted", "tds meaning and when was it adopted"):
        assert ask._two_questions(typed) == ("what does tds mean", "when was tds adopted"), typed
    assert ask._two_questions("which scm was in seoul and which one was at the pentagon") == (
        "which scm was in seoul",
        "which scm was at the pentagon",
    )
    # "how far did ...": the topic is what flew, not "far did ..."
    assert ask._two_questions("how far did the missiles fly and why does that matter") == (
        "how far did the missiles fly",
        "why does the missiles fly matter",
    )
    # a topic put first with a dash; two questions with a question mark between (not a premise
    # checked, "..., right?", nor a yes/no question and its follow-up)
    assert ask._two_questions("the drill they announced - when was it and where") == (
        "the drill they announced, when was it",
        "the drill they announced, where was it",
    )
    assert ask._two_questions("first visit since when? and who got the first one") == (
        "first visit since when",
        "who got the first one",
    )
    assert ask._two_questions("yoon went to tokyo right? who did he meet") is None
    # "his" in the second is whom the first answers with
    found = engine.ask("who was sk's defense minister at the 56th scm and what was his old job")
    shown = found.text + " ".join(f.value for f in found.fields if not f.name.startswith("Also"))
    assert found.matched and "Kim Yong-hyun" in shown and "Presidential Security Service" in shown, shown
    assert ask._two_questions("does it say what kcna said? what was the statement") is None


def test_an_outlet_cited_for_the_account_limits_the_answer_to_its_articles(tmp_path: Path) -> None:
    """ "According to the Harbour Post, ...": two outlets report the same talks in different
    words; the one cited answers, and its name is not a word the answer must hold."""
    post = _reported("a", "2024-03-02", "2024-03-01", "ironclad").replace("outlet: O", "outlet: Harbour Post")
    daily = _reported("b", "2024-03-02", "2024-03-01", "unshakable").replace("outlet: O", "outlet: Bay Daily")
    engine = _loaded(tmp_path, a=post, b=daily)
    for outlet, word in (("harbour post", "ironclad"), ("bay daily", "unshakable")):
        for question in (
            f"according to the {outlet}, what did kim call the alliance",
            f"what did kim call the alliance in the {outlet} article",
            f"what does the {outlet} say kim called the alliance",
            f"what did kim call the alliance acording to the {outlet}",  # a slip in "according"
            f"what did kim call the alliance, as reported by the {outlet}",
            f"what does the {outlet} reckon kim called the alliance",  # its view, as "say" is
            f"the {outlet} had a word kim called the alliance, what was it",  # what it has in it
        ):
            found = engine.ask(question)
            assert found.matched and word in found.text, (question, found.text)
            assert parse(engine.kb, question).outlet == outlet
    assert parse(engine.kb, "what did kim call the alliance").outlet is None
    for verb in ("use", "call"):  # the outlet as the one speaking
        assert (
            parse(engine.kb, f"what word does the harbour post {verb} for the alliance").outlet
            == "harbour post"
        )
    other = _reported("c", "2024-03-02", "2024-03-01", "ironclad").replace("outlet: O", "outlet: Sea Times")
    (tmp_path / "x").mkdir()
    engine = _loaded(tmp_path / "x", a=post, c=other.replace("9th Harbour Talks", "Sea Forum"))
    assert engine.ask("when was the sea forum").matched
    assert not engine.ask("according to the harbour post, when was the sea forum").matched  # the other's


def test_a_sentence_about_the_asker_is_not_asked_about(kb: KnowledgeBase) -> None:
    """ "Retired navy here.", "hello, I am writing a report.", "need it for my citation", "I should
    be grateful for this: when ...": words about the asker, before or after the question, are no
    words of it; a sentence naming what the knowledge base knows, or asking, stays."""
    for said in (
        "retired navy here.",
        "hello, I am writing a report for school.",
        "i should be grateful for this:",
    ):
        q = parse(kb, f"{said} when did austin meet lee")
        assert q.text == "when did austin meet lee", q.text
        assert Engine(kb).ask(f"{said} when did austin meet lee").matched
    assert parse(kb, "who did austin meet? need it for my citation").text == "who did austin meet?"
    kept = "tell me about austin. when did he meet lee"
    assert parse(kb, kept).text == kept
    asked = "i wonder about the scm. where was it held?"
    assert parse(kb, asked).text == asked  # names the SCM: context for the question


def test_a_model_number_in_the_plural_is_the_model(tmp_path: Path) -> None:
    """ "with f-15ks": the article's "F-15K" fighters; a decade ("the 1980s") is no model."""
    assert terms("f-15ks") == terms("F-15K") and terms("kf-16s") == terms("KF-16")
    assert terms("1980s") != terms("1980")
    found = _engine(tmp_path).ask("what flew over the sea with the f-15ks")
    assert found.matched and "B-52" in found.text, found.text


HARBOUR = """\
id: h
article: {outlet: O, title: T, url: 'https://example.org/h', published: 2024-05-02}
summary: A drill was held.
paragraphs:
  - Park Ji-ho led the delegation at the Harbour Defense Committee table-top exercise.
people:
  - {id: park, name: Park Ji-ho, role: deputy minister, paragraphs: [1]}
events:
  - id: drill
    name: Harbour Defense Committee Table-top Exercise
    date: 2024-05-01
    description: Held.
    paragraphs: [1]
"""


def test_initials_of_a_names_first_words_stand_for_those_words(tmp_path: Path) -> None:
    """ "the hdc table top": the initials of the event's first words, which the article never
    writes, read as those words; initials of words like "U.S." are none."""
    found = _loaded(tmp_path, h=HARBOUR).ask("who led the delegation at the hdc table top")
    assert found.matched and "Park Ji-ho" in found.text, found.text
    assert ("hdc", "harbour defense committee") in set(leading_initials("Harbour Defense Committee Exercise"))
    assert not list(leading_initials("U.S. South Korea Summit"))


def _charter(key: str, published: str, said: str, date: str) -> str:
    return f"""\
id: {key}
article: {{outlet: O, title: 'Charter {key}', url: 'https://example.org/{key}', published: {published}}}
summary: A charter.
paragraphs:
  - {said}
facts:
  - {{id: f, text: {said}, date: {date}, paragraphs: [1]}}
"""


def test_when_is_answered_to_the_day_where_a_unit_as_good_says_the_day(tmp_path: Path) -> None:
    """ "When was the Harbour Charter": a later article dates it to its month, its own report to
    the day: the day answers, as the same date told precisely."""
    engine = _loaded(
        tmp_path,
        a=_charter("a", "2024-09-01", "The ministers adopted the Harbour Charter in April 2024.", "2024-04"),
        b=_charter("b", "2024-09-02", "The Harbour Charter was adopted in April 2024 by them.", "2024-04"),
        c=_charter(
            "c", "2024-04-27", "The ministers adopted the Harbour Charter on 26 April 2024.", "2024-04-26"
        ),
    )
    found = engine.ask("when was the harbour charter adopted")
    assert found.matched and "26 April 2024" in found.text, found.text


LATER_SUMMIT = """\
id: s25
article: {outlet: O, title: Summit, url: 'https://example.org/s25', published: 2025-06-02}
summary: A summit.
paragraphs:
  - Leaders held the Harbour Summit on 1 June 2025.
events:
  - {id: hs, name: Harbour Summit, date: 2025-06-01, description: Leaders met., paragraphs: [1]}
"""


def test_a_post_only_another_country_is_shown_holding_is_not_answered(tmp_path: Path) -> None:
    """ "Who is Sealand's defense minister": the articles show only Harbourland's; not her."""
    engine = _loaded(tmp_path, r=ROLE_AT)
    found = engine.ask("who is sealand's defense minister")
    assert not found.matched and "no one in that role there" in found.text, found.text
    assert "Okafor" in engine.ask("who is harbourland's defense minister").text


def test_who_held_the_post_an_alias_names_before_its_holder(tmp_path: Path) -> None:
    """ "Who was the Harbour defense chief before Okafor": the alias names her, so the post
    asked about is hers; the articles show no one in it before her, and say so."""
    talks = ROLE_AT.replace(
        "country: Harbourland,", "country: Harbourland, aliases: [Okafor, Harbour defense chief],"
    )
    engine = _loaded(tmp_path, r=talks)
    found = engine.ask("who was the harbour defense chief before okafor")
    assert not found.matched and "no one in that role before Jane Okafor" in found.text, found.text


VIDEO_CALL = """\
id: v
article: {outlet: O, title: T, url: 'https://example.org/v', published: 2024-05-02}
summary: A call.
paragraphs:
  - Smith hosted a video call on 1 May 2024; Okafor said the radar link was nearly ready.
  - Okafor is Harbourland's minister, Smith Sealand's.
people:
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], role: Minister, country: Harbourland, paragraphs: [1]}
  - {id: smith, name: Tom Smith, aliases: [Smith], role: Minister, country: Sealand, paragraphs: [1]}
organizations:
  - {id: hl, name: Harbourland, kind: country, paragraphs: [2]}
  - {id: sl, name: Sealand, kind: country, paragraphs: [2]}
"""


def test_the_subject_of_a_later_clause_says_what_it_says(tmp_path: Path) -> None:
    """ "Smith hosted a call; Okafor said ...": Okafor's words, so Harbourland's (her country's),
    though Smith is the subject of the sentence's first clause."""
    engine = _loaded(tmp_path, v=VIDEO_CALL)
    found = engine.ask("what did harbourland say about the radar link")
    assert found.matched and "nearly ready" in found.text and "no words" not in found.text, found.text


FLEET = """\
id: f
article: {outlet: O, title: T, url: 'https://example.org/f', published: 2024-06-02}
summary: A fleet.
paragraphs:
  - The Harbour Fleet arrived in Port Alpha in May 2024.
events:
  - {id: fa, name: Harbour Fleet arrival, date: 2024-05, description: It arrived., paragraphs: [1]}
"""


def test_the_exact_day_asked_for_a_month_is_not_known(tmp_path: Path) -> None:
    """ "What exact day did the fleet arrive": the articles give only May 2024, which does not
    answer it: "not in the knowledge base", with the month they give. So too when the event is
    found by ranking, not by its name."""
    engine = _loaded(tmp_path, f=FLEET)
    for typed in (
        "what exact day did the harbour fleet arrive",
        "when exactly did the harbour fleet arrive",
        "what exact day did the fleet arrive in port alpha",
    ):
        found = engine.ask(typed)
        assert not found.matched and "May 2024" in found.text, (typed, found)
        assert "do not give the exact day" in found.text, found.text
    found = engine.ask("when did the harbour fleet arrive")
    assert found.matched and not found.weak and "May 2024" in found.text, found


DRONES = """\
id: d
article: {outlet: O, title: T, url: 'https://example.org/d', published: 2024-07-02}
summary: Drones.
paragraphs:
  - Surveillance drones crossed the border in June 2024.
"""


def test_a_rare_word_the_passage_lacks_is_named(tmp_path: Path) -> None:
    """ "When did the harbour fleet arrive with its drones": the drones are in another article,
    not in the arrival shown; the reply says so, and is unsure. An everyday word lacking is not."""
    engine = _loaded(tmp_path, f=FLEET, d=DRONES)
    found = engine.ask("when did the harbour fleet arrive with its drones")
    assert found.matched and "May 2024" in found.text, found
    assert found.unsure and "does not mention “drones”" in found.footer, found.footer
    found = engine.ask("when did the harbour fleet arrive back then")
    assert found.matched and not found.unsure and "mention" not in found.footer, found.footer


SUB_LAUNCH = """\
id: a
article: {outlet: O, title: T, url: 'https://example.org/a', published: 2024-03-02}
summary: A launch.
paragraphs:
  - The morning after a drill, a Sealand sub shot off two missiles that flew about 1,500 kilometres.
"""
SUB_VISIT = """\
id: b
article: {outlet: O, title: T, url: 'https://example.org/b', published: 2024-07-02}
summary: A visit.
paragraphs:
  - A Harbourland submarine docked in Port Alpha on 1 July 2024.
  - On 2 July 2024 Sealand fired two missiles that flew about 550 kilometres.
"""


def test_what_places_the_answer_in_time_is_in_its_article(tmp_path: Path) -> None:
    """ "The missiles fired the morning after the sub docked": the article that says a sub
    docked answers (550 km), before the one about missiles from a sub, which never says docked."""
    engine = _loaded(tmp_path, vocabulary=True, a=SUB_LAUNCH, b=SUB_VISIT)
    found = engine.ask("the missiles sealand shot off the morning after the sub docked, how far did they fly")
    assert found.matched and "550" in found.text.split("\n")[0], found.text


def test_a_claim_with_the_wrong_year_or_place_gets_what_the_articles_say(tmp_path: Path) -> None:
    """ "The Harbour Talks were in 2019, weren't they": the articles give 2024; read without
    the year, the claim is what a unit says, which answers, saying 2019 is not the articles'.
    The same for a place ("in Sealand?", where the unit says Harbourland). A tag ("weren't
    they", "right") or a question mark closing a statement makes it a claim to check."""
    talks = ROLE_AT.replace(
        "Defense Minister Jane Okafor held the Harbour Talks on 1 May 2024.",
        "Defense Minister Jane Okafor held the Harbour Talks in Harbourland on 1 May 2024.",
    ).replace(
        "organizations:\n  - {id: hl, name: Harbourland, kind: country, paragraphs: [2]}",
        "organizations:\n  - {id: hl, name: Harbourland, kind: country, paragraphs: [1, 2]}",
    )
    engine = _loaded(tmp_path, r=talks)
    for typed, slip in (
        ("okafor held the harbour talks in 2019, didn't she", "2019"),
        ("okafor held the harbour talks in sealand?", "Sealand"),
        ("so okafor held the harbour talks in sealand right", "Sealand"),
    ):
        assert parse(engine.kb, typed).yesno, typed
        found = engine.ask(typed)
        assert found.matched and "2024" in found.text and f"Not “{slip}”" in found.footer, (typed, found)
    assert not engine.ask("okafor held the harbour talks in sealand in 2019?").matched  # two slips: not this
    # who said or did it is no place the claim puts anything at: "did Sealand say anything" is
    # not answered with Okafor's words, "not Sealand"
    said = talks.replace("Jane Okafor held the Harbour Talks", "Jane Okafor said she held the Harbour Talks")
    engine = _loaded(tmp_path, r=said)
    assert engine.ask("okafor held the harbour talks in sealand?").matched
    assert not engine.ask("did sealand say anything about okafor's harbour talks").matched


STANDING_VIEW = """\
id: s
article: {outlet: O, title: T, url: 'https://example.org/s', published: 2024-05-02}
summary: Drills.
paragraphs:
  - Harbourland began the Spring Drill on 1 May 2024; Sealand has long denounced such drills.
organizations:
  - {id: hl, name: Harbourland, kind: country, paragraphs: [1]}
  - {id: sl, name: Sealand, kind: country, paragraphs: [1]}
events:
  - {id: sd, name: Spring Drill, date: 2024-05-01, description: Harbourland's drill., paragraphs: [1]}
"""


def test_a_standing_view_is_no_response_to_an_event(tmp_path: Path) -> None:
    """ "How did Sealand react to the Spring Drill": that it "has long denounced such drills"
    is its view of drills in general, not what it did about this one."""
    engine = _loaded(tmp_path, s=STANDING_VIEW, vocabulary=True)
    assert not engine.ask("how did sealand react to the spring drill").matched


def test_who_held_a_post_long_after_the_articles_show_it_is_unsure(tmp_path: Path) -> None:
    """ "Who was Harbourland's defense minister at the Harbour Summit" (June 2025): the articles
    show Okafor in the post only as of May 2024, weights.ROLE_KNOWN_DAYS or more before: her,
    as of then, and unsure; at the Harbour Talks (May 2024) she is the answer."""
    engine = _loaded(tmp_path, r=ROLE_AT, s=LATER_SUMMIT)
    late = engine.ask("who was harbourland's defense minister at the harbour summit")
    assert late.matched and late.unsure and "Okafor" in late.text and "nearer" in late.footer, late
    then = engine.ask("who was harbourland's defense minister at the harbour talks")
    assert then.matched and not then.weak and "Okafor" in then.text, then
    # a later article showing her in the post too: the talks' own account of her still answers
    minister = "role: Defense Minister, country: Harbourland"
    summit = LATER_SUMMIT.replace(
        "  - Leaders held the Harbour Summit on 1 June 2025.\n",
        "  - Leaders held the Harbour Summit on 1 June 2025.\n  - Defense Minister Jane Okafor attended.\n",
    )
    summit += f"people:\n  - {{id: okafor, name: Jane Okafor, {minister}, paragraphs: [2]}}\n"
    (tmp_path / "both").mkdir()
    then = _loaded(tmp_path / "both", r=ROLE_AT, s=summit).ask(
        "who was harbourland's defense minister at the harbour talks"
    )
    assert then.matched and "Okafor" in then.text and "2 May 2024" in then.text, then


def test_who_held_a_post_before_the_articles_show_anyone_in_it_is_not_guessed(tmp_path: Path) -> None:
    """ "Who was Harbourland's defense minister at the Harbour Talks" (May 2024), when the only
    article showing the post is from a year later: no one is known by then; the answer says so."""
    summit = LATER_SUMMIT.replace(
        "  - Leaders held the Harbour Summit on 1 June 2025.\n",
        "  - Leaders held the Harbour Summit on 1 June 2025.\n  - Defense Minister Rosa Vega attended.\n",
    )
    minister = "role: Defense Minister, country: Harbourland"
    summit += f"people:\n  - {{id: vega, name: Rosa Vega, {minister}, paragraphs: [2]}}\n"
    talks = ROLE_AT.replace("Defense Minister Jane Okafor held", "Officials held").replace(
        f"people:\n  - {{id: okafor, name: Jane Okafor, {minister}, paragraphs: [1]}}\n", ""
    )
    engine = _loaded(tmp_path, r=talks, s=summit)
    assert "Rosa Vega" in engine.ask("who was harbourland's defense minister at the harbour summit").text
    found = engine.ask("who was harbourland's defense minister at the harbour talks")
    assert not found.matched and "no one in that role by 1 May 2024" in found.text, found.text


def test_where_a_claim_was_heard_is_not_asked_and_true_checks_it(kb: KnowledgeBase) -> None:
    """ "Saw on tv that ...", "my friend says ...", "i read that ...", "I believe ...": where the
    asker met the claim, or that they hold it, is no word of the question; "..., true?" or "...,
    is that what the Diplomat says" asks whether it is true, as "is it true that ..." would."""
    for typed in (
        "saw on tv that austin met lee in seoul, true?",
        "my friend says austin met lee in seoul, right?",
        "my freind says austin met lee in seoul, is that true",
        "austin met lee in seoul true or not",
        "my friend says austin met lee in seoul, does the article actually say that",
        "i read that austin met lee in seoul, is that what the diplomat says?",
        "i seem to recall reading that austin met lee in seoul, true?",
        "I believe austin met lee in seoul, is that right",
    ):
        q = parse(kb, typed)
        assert q.yesno and not {"tv", "friend", "read", "true", "right", "diplomat", "recall", "believe"} & {
            w.typed for w in q.words
        }, typed
        assert Engine(kb).ask(typed).matched, typed
    assert not parse(kb, "what did austin and lee agree, right?").yesno  # a question of its own
    assert "true" not in {w.typed for w in parse(kb, "is it true austin met lee in seoul").words}


def test_what_a_thing_is_called_asks_its_name(tmp_path: Path) -> None:
    """ "What was the submarine that docked in Port Alpha called": the name of the submarine, as
    "what's the name of the submarine" asks; "why is it called" asks something else."""
    engine = _loaded(tmp_path, s=SHIPS)
    for typed in (
        "what was the submarine that docked in port alpha called",
        "whats the submarine that docked in port alpha officially called",
        "what name did the submarine that docked in port alpha have",
        "what was the class or name of the submarine that docked in port alpha",
        # the submarine put first, then the question of its name; or what it did put after "called"
        "the submarine that docked in port alpha, what was it called",
        "what was the submarine called that docked in port alpha",
        "ok so the submarine thing in port alpha, what was the submarine called",
    ):
        assert parse(engine.kb, typed).proper, typed
        found = engine.ask(typed)
        assert found.matched and "Testship" in found.text.split("\n")[0], (typed, found.text)
    assert not parse(engine.kb, "why is the submarine called that").proper


def test_a_number_the_asker_guesses_is_not_asked_about(tmp_path: Path) -> None:
    """ "Which drill was it, like the 5th?", "which round was it, the 5th or what", "..., 5th?
    6th?": the asker's guess is no word the answer must hold ("round" asks which one by its
    ordinal, as "number" does); in "was it the 5th drill" the number is what is asked."""
    engine = _loaded(tmp_path, t=SOLDIERS.replace("an 11-day drill", "the seventh drill"))
    for typed in (
        "which drill was harbour shield 24? like the 5th?",
        "which round was harbour shield 24, like the 5th one or what",
        "which round was harbour shield 24, like 5th 6th",
        "which round was harbour shield 24, like number 5 or 6?",
        "harbour shield 24 was which round, 5th? 6th?",
        "which round was that harbour shield 24, like the 5th one?",  # "that" as "the" is read
        "which round was harbour shield 24, its 5th?",  # a word before the number
        "which round was harbour shield 24, 5 or smth",  # chat's "something"
    ):
        assert "5th" not in {w.typed for w in parse(engine.kb, typed).words}, typed
        found = engine.ask(typed)
        assert found.matched and "seventh" in found.text, (typed, found.text)
    assert "5th" in {w.typed for w in parse(engine.kb, "was harbour shield 24 the 5th drill").words}


def test_what_the_asker_takes_as_given_is_not_asked_about(tmp_path: Path) -> None:
    """ "What is Jane Okafor doing now that she's not minister" asks what "what is she doing now"
    asks; the premise ("now that ...", "given that ...") adds no word the answer must hold."""
    engine = _loaded(tmp_path, r=ROLE_AT, r2=LATER_MINISTER)
    plain = parse(engine.kb, "what is jane okafor doing now")
    for typed in (
        "what is jane okafor doing now that she's not defense minister",
        "given that she left, what is jane okafor doing now",
    ):
        assert {w.typed for w in parse(engine.kb, typed).words} == {w.typed for w in plain.words}, typed
    found = engine.ask("what is jane okafor doing now that she's not defense minister")
    assert found.text == engine.ask("what is jane okafor doing now").text, found.text


def test_what_is_asked_for_must_be_in_the_answer(tmp_path: Path) -> None:
    """ "Who was the captain of the USS Testship": the articles name no captain, so the mayor
    who greeted the submarine, a unit holding the rest, is no answer; what they do say is."""
    greeted = SHIPS.replace(
        "in 1981.\n", "in 1981.\n  - Mayor Park Ji-ho greeted the USS Testship in Port Alpha on 1 May 2024.\n"
    )
    greeted += "people:\n  - {id: park, name: Park Ji-ho, role: Mayor of Port Alpha, paragraphs: [3]}\n"
    engine = _loaded(tmp_path, s=greeted)
    for typed in (
        "who was the captain of the uss testship when it docked in port alpha",
        "who was captain of the uss testship when it docked in port alpha",  # a post, no "the"
        "who was the captian of the uss testship when it docked in port alpha",  # a slip
    ):
        assert parse(engine.kb, typed).asked_for == {"captain"}, typed
        assert not engine.ask(typed).matched, typed
    found = engine.ask("who greeted the uss testship when it docked in port alpha")
    assert found.matched and "Park Ji-ho" in found.text, found.text


def test_is_x_another_name_for_y_is_answered_by_what_x_names(kb: KnowledgeBase) -> None:
    """ "Is ROK just another name for South Korea?", "does DPRK stand for North Korea": what the
    term names, as "what does ROK stand for" gives it, not a sentence that happens to hold the
    words."""
    engine = Engine(kb)
    for typed, said in (
        ("is ROK just another name for south korea?", "Republic of Korea"),
        ("is rok short for south korea", "Republic of Korea"),
        ("does dprk stand for north korea", "Democratic People's Republic of Korea"),
        ("does rok mean south korea", "Republic of Korea"),  # "mean", and "=" as chat writes it
        ("rok = south korea right?", "Republic of Korea"),
    ):
        found = engine.ask(typed)
        assert found.matched and said in found.text.split("\n")[0], (typed, found.text)
    # "does X mean" of more than the term asks what X implies, not what the term stands for
    found = engine.ask("does the dprk threat mean war is coming")
    assert "stands for" not in found.text, found.text


def test_acc_to_is_according_to(tmp_path: Path) -> None:
    """ "how many troops went to russia acc to austin": chat's "acc to" is "according to", a
    number Austin gave; not a word the articles lack."""
    found = Engine(_corpus(tmp_path)).ask("roughly how many north korean troops went to russia acc to austin")
    assert found.matched and "10,000" in found.text.split("\n")[0], found.text


def test_the_first_of_one_thing_before_an_event_is_not_each_event_told(tmp_path: Path) -> None:
    """ "Where was the missile data sharing first promised, before Camp David": Camp David
    places the first promise (Phnom Penh); not each event's place, one line each."""
    found = Engine(_corpus(tmp_path)).ask(
        "where was the missile data sharing first promised before camp david"
    )
    assert found.text.startswith("**Phnom Penh**"), found.text


def test_first_in_a_why_question_names_what_is_asked_about(tmp_path: Path) -> None:
    """ "Why did they time the first NCG meeting with the port call": "first" names the meeting;
    the reason the articles give, not the earliest account of the day."""
    found = Engine(_corpus(tmp_path)).ask("why did they time the first NCG meeting with the port call")
    assert "April" in found.text.split("\n")[0], found.text


def test_a_position_agreed_is_words_spoken(tmp_path: Path) -> None:
    """ "They said their NK strategy is based on some approach, what's the phrase": "the two
    sides agreed that their strategy should be based on a 'strength to strength' approach" is
    what they said, though no verb of saying is in it."""
    found = Engine(_corpus(tmp_path)).ask(
        "they said their nk strategy is based on some approach, 'strength to' something? whats the phrase"
    )
    assert found.matched and "strength to strength" in found.text.split("\n")[0], found.text


def test_a_phrase_asked_for_is_a_quoted_one(tmp_path: Path) -> None:
    """ "What's the phrase for the approach they took against the North's missiles": of the
    units covering it as well, the one quoting the phrase ("strength to strength") first."""
    found = Engine(_corpus(tmp_path)).ask(
        "whats the phrase for the approach they took against the norths missiles in that jan meeting"
    )
    assert "strength to strength" in found.text.split("\n\n")[0], found.text


def test_praise_is_words_spoken(tmp_path: Path) -> None:
    """ "What did Biden say about Yoon and Kishida": that he praised them for their courage is
    what he said of them, before a joint statement the three are party to."""
    found = Engine(_corpus(tmp_path)).ask("what did biden say about yoon and kishida")
    assert "courage" in found.text.split("\n")[0], found.text


def test_the_people_that_did_something_are_who_did_it(tmp_path: Path) -> None:
    """ "who r the ppl that led the us team at the tabletop thing": "the people that" is who;
    those who led it, not everyone at the exercise."""
    found = Engine(_corpus(tmp_path)).ask("who r the ppl that led the us team at the tabletop thing")
    assert found.text.startswith("**Richard C. Johnson and Siddharth Mohandas**"), found.text


def test_a_place_said_to_be_next_is_no_account_of_what_was_done_there(tmp_path: Path) -> None:
    """ "What did Austin do in Indonesia after leaving Seoul": the articles only have Indonesia as
    his next destination ("Indonesia: Was Austin's next destination after Seoul"); what he did
    there is not in them."""
    found = Engine(_corpus(tmp_path)).ask("what did austin do in indonesia after leaving seoul")
    assert not found.matched, found.text


def test_a_claim_of_a_place_is_corrected_first_by_the_place_given(tmp_path: Path) -> None:
    """ "Was the DSC TTX held in Seoul": the unit giving its place (the Pentagon) answers, said
    first; not one that only names the countries holding it."""
    found = Engine(_corpus(tmp_path)).ask("was the dsc ttx held in seoul")
    assert found.text.startswith("The articles give the place as **Pentagon**"), found.text


def test_a_time_reckoned_from_an_event_does_not_date_it(tmp_path: Path) -> None:
    """ "When was the submarine missile launch": the unit dated "three days before the
    submarine launch, on 9 March" dates another firing; the launch was on 12 March."""
    found = Engine(_corpus(tmp_path)).ask("when was the submarine missile launch")
    assert found.text.startswith("**12 March 2023"), found.text


def test_of_two_answers_one_naming_some_of_the_other_one_is_shown(tmp_path: Path) -> None:
    """Two close "who" answers, one naming some of the other's people: asked who did something
    ("who hosted Camp David"), those the unit saying it names (Biden); asked who was there ("who
    was at Camp David"), all three. Not two answers to choose from."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("who hosted camp david")
    assert found.text.startswith("**Joe Biden**\n"), found.text
    found = engine.ask("who headed the sk delegation at the feb table-top excercise")
    assert found.text.startswith("**Heo Tae-keun**\n"), found.text
    found = engine.ask("who was at camp david")
    assert found.text.startswith("**Joe Biden and Kishida Fumio and Yoon Suk Yeol**"), found.text


def test_an_anniversary_of_what_is_asked_says_how_old_it_is(kb: KnowledgeBase) -> None:
    """ "How old is the alliance": its 70th anniversary says so; not "how old is Lee", whom the
    same unit names beside the alliance's anniversary."""
    engine = Engine(kb)
    found = engine.ask("how old is the alliance")
    assert found.matched and "70th anniversary" in found.text.split("\n")[0], found.text
    assert not engine.ask("how old is lee jong-sup").matched


def test_which_of_two_went_farther_gives_each_distance(tmp_path: Path) -> None:
    """ "Which flew farther, A or B", "A vs B, how far did each go": how far each flew, as asked
    alone, the farther named first."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "which flew farther, the march 2023 sub cruise missiles or the july 2023 srbms",
        "the sub cruise missiles in march vs the srbms after the kentucky docked, how far did each go",
    ):
        found = engine.ask(typed)
        assert found.text.startswith(
            "Farther: **the march 2023 sub cruise missiles**"
        ) or found.text.startswith("Farther: **the sub cruise missiles in march**"), found.text
        assert "1,500" in found.text and "550" in found.text, found.text


def test_how_something_came_about_shows_the_sentence_telling_how(tmp_path: Path) -> None:
    """ "How did Seoul and Tokyo patch things up for Camp David": the unit says a thaw made the
    summit possible; the paragraph's next sentence tells how (the compensation plan), shown as
    what follows."""
    found = Engine(_corpus(tmp_path)).ask(
        "how did seoul and tokyo patch things up enough for camp david to happen"
    )
    assert any(f.name.startswith(ask.FOLLOWS) and "compensate" in f.value for f in found.fields), found.fields


def test_an_ordinal_no_event_of_the_series_has_is_not_told_of(tmp_path: Path) -> None:
    """ "When was the 48th security consultative meeting": the articles number the SCMs 54th to
    56th; the 48th Military Committee Meeting they tell of is no answer."""
    found = Engine(_corpus(tmp_path)).ask("when was the 48th security consultative meeting")
    assert not found.matched and "the 54th, 55th and 56th, not the 48th" in found.text, found.text


def test_where_to_is_no_rival_answer_to_where_from(tmp_path: Path) -> None:
    """ "Where were the missiles fired from": Sunan, where from; "into the Yellow Sea" is where
    others went to, not a second answer."""
    found = Engine(_corpus(tmp_path)).ask("where in pyongyang were those missles launched from")
    assert found.text.startswith("**Sunan"), found.text


def test_a_place_and_the_wider_place_it_is_in_are_one_answer(tmp_path: Path) -> None:
    """ "where is camp david": "Camp David, Maryland" and "Maryland" are one place, the closer
    said; not two answers to choose from."""
    found = Engine(_corpus(tmp_path)).ask("where even is camp david like what state is it in")
    assert found.text.startswith("**Camp David, Maryland**"), found.text


def test_chat_around_a_question_asks_nothing(kb: KnowledgeBase) -> None:
    """ "lowkey never knew, where ...": the asker on what they knew; "the meeting thingy": a
    thing; "..., wat day was that": a question word's slip where a clause opens with it."""
    engine = Engine(kb)
    for typed, said in (
        ("lowkey never knew, where did austin and lee meet", "Seoul"),
        ("i didnt know that, where did austin and lee meet", "Seoul"),
        ("the austin lee meeting thingy, wat day was that exactly", "31 January 2023"),
    ):
        found = engine.ask(typed)
        assert found.matched and said in found.text.split("\n")[0], (typed, found.text)


def test_exact_words_asked_for_are_what_is_asked(kb: KnowledgeBase) -> None:
    """ "..., exact wording pls" after a question says how to answer; "what were his exact
    words" asks for them, and is not cut to "what were his"."""
    q = parse(kb, "austin on the alliance, what were his exact words")
    assert q.speech and q.text.endswith("his exact words"), q


def test_the_askers_count_of_what_is_asked_is_a_guess(kb: KnowledgeBase) -> None:
    """ "..., there were like 2 other docs", "..., theres 2 of them i think": the asker's count,
    no part of what is asked (the answer need not say "2")."""
    for typed in (
        "what did austin and lee agree to hold, there were like 2 things",
        "what did austin and lee agree to hold, theres 2 of them i think",
    ):
        assert parse(kb, typed).content == "austin and lee agree to hold", parse(kb, typed)


def test_a_follow_up_naming_nothing_is_told_each_question_is_read_alone(kb: KnowledgeBase) -> None:
    """ "and when was that", "who else was there", "what did he say", "why": words pointing back
    to a question /ask cannot see; the reply says to name who or what is meant, and guesses
    nothing. A question naming something is not one ("who is austin")."""
    engine = Engine(kb)
    for typed in ("and when was that", "who else was there", "what did he say", "why"):
        found = engine.ask(typed)
        assert not found.matched and "read on its own" in found.text and "Did you mean" not in found.text, (
            typed
        )
    assert engine.ask("who is austin").matched


def test_that_outlets_piece_and_a_half_remembered_shape_are_no_content(kb: KnowledgeBase) -> None:
    """ "... in that diplomat piece" cites the outlet as "in the diplomat piece" does; "..., some
    'x to x' kinda phrase" is the shape the asker half-remembers, no part of what is asked."""
    assert parse(kb, "whats the approach vs nk called in that diplomat piece").outlet is not None
    q = parse(kb, "whats the approach vs nk called, some 'x to x' kinda phrase")
    assert "kinda" not in q.content and "phrase" not in q.content, q


def test_an_abbreviation_asked_among_chat_is_spelt_out(kb: KnowledgeBase) -> None:
    """ "sry dumb q but what's rok stand for again", "dprk = ?? whats the full thing it stands
    for", "ttx? whats that short for": a cue of what a name stands for and one abbreviation, the
    rest chat, ask what it stands for; a question naming another thing, or a second question,
    is read as typed."""
    engine = Engine(kb)
    for typed, said in (
        ("sry dumb q but what's rok stand for again", "Republic of Korea"),
        ("wat does dprk stand for lol keep seein it evrywhere", "Democratic People's Republic of Korea"),
        ("dprk = ?? whats the full thing it stands for", "Democratic People's Republic of Korea"),
        ("rok? whats that short for", "Republic of Korea"),
    ):
        found = engine.ask(typed)
        assert found.matched and f"stands for **{said}**" in found.text, (typed, found.text)
    # a second question ("when was the 54th SCM") is no chat around the abbreviation
    found = engine.ask("when was the 54th scm, and what's scm short for")
    assert "stands for" not in found.text.split("\n")[0], found.text


def test_a_question_typed_as_keywords_asks_what_it_ends_with(kb: KnowledgeBase) -> None:
    """ "austin lee meeting when", "dsc ttx date and venue", "rok stand for what", "what is the
    place of the 55th scm": read as the questions they are; "where did they go the next day"
    ends with "day" but asks where, as "what part of the world" does."""
    engine = Engine(kb)
    for typed, said in (
        ("austin lee meeting date", "31 January 2023"),
        ("austin lee meeting when", "31 January 2023"),
        ("austin lee meeting venue", "Seoul"),
        ("rok stand for what", "Republic of Korea"),
        ("dprk stands for what exactly", "Democratic People's Republic of Korea"),
        ("what's rok short for", "Republic of Korea"),
        ("what does rok mean in these articles", "Republic of Korea"),
        ("whats ROK mean in all these defense articles", "Republic of Korea"),
        ("dprk short for what", "Democratic People's Republic of Korea"),
        # where the asker met it, after "stand for": no part of what is asked
        ("what does dprk stand for in the joint statement stuff", "Democratic People's Republic of Korea"),
        ("what is the place of the austin-lee meeting", "Seoul"),
        ("what part of the world did austin and lee meet in", "Seoul"),
        ("the austin-lee meeting was in what korean city", "Seoul"),
        ("the austin-lee meeting was in wich city of korea", "Seoul"),  # a slip, and "of korea"
        ("DPRK acronym", "Democratic People's Republic of Korea"),
        ("dprk meaning", "Democratic People's Republic of Korea"),
        ("strength to strength approach = ??", "**strength to strength**"),  # "x = ?": what is x
        # a name and what its entry is ("The approach ..."): the name, defined
        ("what does the strength to strength approach mean", "**strength to strength**"),
        ("whats this strength to strength approach", "**strength to strength**"),
        # X asked about before "what does it mean", "in simple terms", a remark after the question
        ("extended deterrence - what does it actually mean", "**extended deterrence**"),
        ("what's dprk in simple terms", "Democratic People's Republic of Korea"),
        ("what does dprk stand for, exact wording pls", "Democratic People's Republic of Korea"),
        ("whats ROK mean? i keep seeing it in the austin lee story", "Republic of Korea"),
        ("what does ROK mean? it keeps popping up", "Republic of Korea"),  # a remark asking nothing
        # "again", "though" at the end: a tag of the talk
        ("sorry whats DPRK again", "Democratic People's Republic of Korea"),
        ("whats DPRK agian", "Democratic People's Republic of Korea"),  # a slip of "again" too
        (
            "whats DPRK again, what does it stand for",
            "Democratic People's Republic of Korea",
        ),  # a clause's end
        # the outlet cited first, then the question as typed alone
        ("in the diplomat piece whats ROK short for", "Republic of Korea"),
    ):
        found = engine.ask(typed)
        assert found.matched and said in found.text.split("\n")[0], (typed, found.text)
    assert parse(kb, "after the meeting where did austin go the next day").asks.value == "where"


def test_the_last_keyword_of_a_keyword_question_is_what_it_asks_for(tmp_path: Path) -> None:
    """ "harbour talks total cost": typed as keywords, the last word is what is asked for; the
    articles say nothing of a cost, so the talks themselves are no answer. "wat ..." is a
    question, its last word a verb."""
    engine = _loaded(tmp_path, r=ROLE_AT)
    assert parse(engine.kb, "harbour talks total cost").asked_for == {"cost"}
    assert not engine.ask("harbour talks total cost").matched
    assert engine.ask("harbour talks okafor").matched
    assert not parse(engine.kb, "wat did okafor hold").asked_for
    assert not parse(engine.kb, "apart from the talks, what else did okafor hold").asked_for


HOTLINE = """\
id: l
article: {outlet: O, title: T, url: 'https://example.org/l', published: 2024-05-02}
summary: A hotline.
paragraphs:
  - On 1 May 2024 the leaders agreed to launch a harbour hotline by the end of 2024.
facts:
  - id: f
    text: The leaders agreed to launch a harbour hotline by the end of 2024.
    date: 2024-05-01
    paragraphs: [1]
"""


def test_whether_a_plan_came_true_is_not_answered_by_the_plan(tmp_path: Path) -> None:
    """ "When did the harbour hotline actually go live", "did it ever launch": the articles say
    only that it was agreed to; said so, not answered with the day of the agreement."""
    engine = _loaded(tmp_path, vocabulary=True, l=HOTLINE)
    for typed in ("when did the harbour hotline actually go live", "did the harbour hotline ever launch"):
        found = engine.ask(typed)
        assert not found.matched and "only as planned" in found.text, (typed, found.text)
    found = engine.ask("when did the leaders agree to launch the harbour hotline")
    assert found.matched and "1 May 2024" in found.text, found.text


def test_when_a_plan_is_to_come_true_is_no_day_it_was_agreed(tmp_path: Path) -> None:
    """ "When is the harbour hotline supposed to go live": a unit agreeing to launch it, dated
    the day it was agreed, gives no time for it; one saying "by the end of 2024" does."""
    undated = HOTLINE.replace(" by the end of 2024.", ".")
    found = _loaded(tmp_path, vocabulary=True, l=undated).ask(
        "when is the harbour hotline supposed to go live"
    )
    assert not found.matched and "only as planned" in found.text, found.text
    (tmp_path / "d").mkdir()
    found = _loaded(tmp_path / "d", vocabulary=True, l=HOTLINE).ask(
        "when is the harbour hotline supposed to go live"
    )
    assert found.matched and "2024" in found.text, found.text


def test_when_something_ends_is_not_answered_by_when_it_began(tmp_path: Path) -> None:
    """ "When did Sea Guard end": an article giving only its start does not say; "over" asks
    the end only last ("when is it over"), not in "fly over the sea"."""
    text = ARTICLE.replace(B52, "  - The navies began Sea Guard on 2 May 2024.\n")
    engine = _loaded(tmp_path, a=text + EVENT_SG, vocabulary=True)
    for typed in ("when did sea guard end", "when was sea guard over"):
        assert not engine.ask(typed).matched, engine.ask(typed).text
    assert engine.ask("when did sea guard begin").text.startswith("**2 May 2024")
    flew = Engine(_corpus(tmp_path / "c")).ask(
        "when did the b52 fly over the yellow sea with korean fighter jets"
    )
    assert flew.matched and "6 March 2023" in flew.text, flew.text


def _plain_story(key: str, outlet: str, title: str, summary: str) -> str:
    return f"""\
id: {key}
article: {{outlet: {outlet}, title: '{title}', url: 'https://example.org/{key}', published: 2024-05-02}}
summary: {summary}
paragraphs:
  - {summary}
"""


def test_articles_alike_best_for_the_story_asked_about_are_those_listed(tmp_path: Path) -> None:
    """ "Which outlet published the Reef Talks article": two articles are headlined with the
    talks, alike; those two are the answer, not every article in the knowledge base."""
    engine = _loaded(
        tmp_path,
        a=_plain_story("a", "Harbour Post", "Reef Talks open", "The Reef Talks opened in Port Alpha."),
        b=_plain_story(
            "b", "Sea Times", "Reef Talks open in Port Alpha", "The Reef Talks opened in Port Alpha."
        ),
        c=_plain_story("c", "Gull Daily", "Drills resume", "Drills resumed near Port Beta."),
    )
    found = engine.ask("which outlet published the reef talks article")
    assert "Harbour Post" in found.text and "Sea Times" in found.text, found.text
    assert "Gull Daily" not in found.text, found.text


def test_the_story_asked_about_is_chosen_by_words_held_not_by_their_many_forms(tmp_path: Path) -> None:
    """ "Which outlet ran the story on Okafor's trip to Port Alpha": a trip is a visit, a tour, a
    port call; an article holding three of those forms holds the one word "trip", no more than
    the article headlined with her visit."""
    engine = _loaded(
        tmp_path,
        vocabulary=True,
        a=_plain_story("a", "Harbour Post", "Okafor visits Port Alpha", "Jane Okafor's visit to Port Alpha."),
        b=_plain_story(
            "b",
            "Sea Times",
            "Ferry line opens",
            "A ferry made a port call at Port Alpha; Jane Okafor toured it.",
        ),
    )
    found = engine.ask("which outlet ran the story on jane okafor's trip to port alpha")
    assert found.matched and "Harbour Post" in found.text + " ".join(f.value for f in found.fields), found


SEA_GUARD = """\
id: g
article: {outlet: O, title: Sea Guard begins, url: 'https://example.org/g', published: 2024-05-02}
summary: The navies began Sea Guard 24.
paragraphs:
  - The navies began Sea Guard 24 on 2 May 2024.
  - Beach landings, the Reef Landing drills, are held as part of Sea Guard 24.
events:
  - {id: sg, name: Sea Guard 24, aliases: [SG24], date: 2024-05-02, description: It began., paragraphs: [1]}
  - id: reef
    name: Reef Landing drills
    description: The Reef Landing drills, beach landings held as part of Sea Guard 24.
    paragraphs: [2]
"""


def test_an_event_named_by_an_alias_is_the_setting_of_units_about_it(tmp_path: Path) -> None:
    """ "What are the beach landings of SG24 called": a unit about the landings, held as part of
    Sea Guard 24, is set in it, though it never writes "SG24"."""
    found = _loaded(tmp_path, g=SEA_GUARD).ask("what are the beach landings of sg24 called")
    assert found.matched and "Reef Landing" in found.text, found.text


def test_how_someone_described_a_thing_is_what_they_said(tmp_path: Path) -> None:
    """ "Who described the alliance as ironclad", "how did Kim describe the alliance": their
    words, as "what did Kim say" asks."""
    engine = _loaded(tmp_path, a=_reported("a", "2024-03-02", "2024-03-01", "ironclad"))
    assert parse(engine.kb, "how did kim describe the alliance").speech
    for typed, said in (
        ("who described the alliance as ironclad", "Kim Min-su"),
        ("how did kim describe the alliance", "ironclad"),
    ):
        found = engine.ask(typed)
        assert found.matched and said in found.text, (typed, found.text)


def test_warming_makes_the_tables_the_first_question_would(tmp_path: Path) -> None:
    """After `ask.warm`, a question builds none of the tables a knowledge base keeps for /ask:
    the first asker after a load does not pay for them."""
    kb = _corpus(tmp_path)
    assert not {"kinds", "places", "people", "name-initials"} & set(kb._cache)
    ask.warm(kb)
    made = set(kb._cache)
    assert {"kinds", "places", "people", "name-initials", "vocabulary"} <= made, made
    Engine(kb).ask("when did austin meet lee")
    assert {"kinds", "places", "people", "name-initials"} & (set(kb._cache) - made) == set()


def test_the_first_or_latest_of_a_series_is_chosen_by_the_dates(tmp_path: Path) -> None:
    """ "The latest SCM": the seed gave its 54th SCM the short name "SCM", but the 55th and 56th
    are SCMs too; of them the newest, or the first with the person named, answers."""
    engine = Engine(_corpus(tmp_path))
    assert len(parse(engine.kb, "when was the latest scm").events[0]) == 3
    for typed, said in (
        ("when was the most recent security consultative meeting", "30 October 2024"),
        ("where was the latest scm held", "Pentagon"),
        ("what was the latest scm", "56th"),
        ("when did lee hold his first scm", "November 2022"),
    ):
        found = engine.ask(typed)
        assert found.matched and not found.weak and said in f"{found.title} {found.text}", (typed, found.text)


def test_a_series_named_in_a_comparison_is_the_one_its_best_unit_names(tmp_path: Path) -> None:
    """ "How long after the SCM in Washington": of the SCMs, the one the best unit about "the SCM
    in Washington" names (the 54th), not another of the series; "after the SCM" places by the
    one the name stands for, not by any of them."""
    engine = Engine(_corpus(tmp_path))
    q = parse(engine.kb, "when did austin and lee meet after the scm")
    assert q.anchored_events and len(q.events[0]) == 1
    found = engine.ask("how long after the scm in washington did austin and lee meet in seoul")
    assert found.matched and "2 months" in found.text, found.text


def test_like_before_a_question_said_again_is_a_hedge(kb: KnowledgeBase) -> None:
    """ "Why is it called Freedom Shield, like what does shield mean": "like" only leads into the
    question put again; it is no word the answer must hold."""
    q = parse(kb, "why is it called freedom shield, like what does shield mean")
    assert "like" not in {w.typed for w in q.words}
    assert "like" in {w.typed for w in parse(kb, "what did austin like about the talks").words}


def test_a_word_or_two_after_the_question_with_a_question_mark_is_a_guess(kb: KnowledgeBase) -> None:
    """ "Where did the sub dock, Incheon?": the asker's guess, which the answer need not hold, so
    a place no article names does not make the question out of scope; "in Incheon" asks it."""
    assert "incheon" not in {w.typed for w in parse(kb, "where did austin meet lee, incheon?").words}
    assert "incheon" in {w.typed for w in parse(kb, "where did austin meet lee in incheon").words}
    assert ask._two_questions("what did austin and lee agree on, and why?") is not None  # no guess


def test_laughter_and_why_do_they_call_it(kb: KnowledgeBase) -> None:
    """ "Why do they call it Freedom Shield lol": "lol" says nothing, and "why ... call it" asks
    what the name says, as "why is it called" does; "what did Austin call it" asks his word."""
    q = parse(kb, "why do they call it the seventh nuclear test lol")
    assert q.naming and "lol" not in {w.typed for w in q.words}
    assert not parse(kb, "what did austin call the alliance").naming


def test_is_that_true_according_to_an_outlet_checks_the_claim(kb: KnowledgeBase) -> None:
    """ "My friend says X, is that true according to the Diplomat piece": X is the claim checked."""
    q = parse(kb, "my friend says austin met lee in seoul, is that true according to the diplomat piece")
    assert q.yesno and {"austin", "lee", "seoul"} <= {w for w in q.content.split()}, q.content


def test_the_vocabulary_knows_an_opposite_number_is_a_counterpart(tmp_path: Path) -> None:
    """ "Austin's opposite number": the seed calls Lee his counterpart."""
    found = Engine(_corpus(tmp_path)).ask("who was austin's opposite number in the january talks")
    assert found.matched and "Lee Jong-sup" in found.text, found.text


def test_what_someone_said_is_their_quoted_words_before_a_paraphrase(tmp_path: Path) -> None:
    """ "What did Biden say about ...": the article quotes him in the paragraph that also says it
    in other words; his words come first, the paraphrase after."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("what did biden say about sending nukes back to korea")
    assert found.matched and "not going to be stationing" in found.text, found.text


def test_a_name_with_a_word_that_says_nothing_at_its_end_is_still_that_lookup(kb: KnowledgeBase) -> None:
    """ "What's extended deterrence exactly": the term's definition, as "what is extended
    deterrence" gets, not a sentence that uses the term."""
    plain, hedged = (
        Engine(kb).ask(t) for t in ("what is extended deterrence", "what's extended deterrence exactly")
    )
    assert plain.matched and (hedged.title, hedged.text) == (plain.title, plain.text), hedged.text


def test_an_event_placing_the_answer_is_the_one_its_article_reports(tmp_path: Path) -> None:
    """ "The morning after the sub arrived": the Kentucky's port call and the 1981 visit its
    article looks back to are both submarine visits; the one the article reports places it."""
    found = Engine(_corpus(tmp_path)).ask("how far did the missiles fly the morning after the sub arrived")
    assert found.matched and "550" in found.text, found.text


def test_a_plan_in_its_final_stage_has_not_come_true(tmp_path: Path) -> None:
    """ "Was the warning data system actually launched": the articles say only that it was in
    its final stage before its launch, so they do not say it was; saying so, not "The articles
    say" as if that answered it."""
    found = Engine(_corpus(tmp_path)).ask("was the missile warning data sharing system actually launched")
    assert not found.matched and "only as planned" in found.text, found.text


def test_what_someone_did_after_leaving_a_post_the_articles_call_former(tmp_path: Path) -> None:
    """ "What job did Lee get after he left the ministry": the newest article calls him only the
    former defense minister; his profile does not answer, and the refusal says what is known."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "what job did lee jong-sup get after he left the ministry",
        "what did lee jong-sup do after leaving",
    ):
        found = engine.ask(typed)
        assert not found.matched and "former" in found.text, (typed, found.text)
    assert engine.ask("what is shin won-sik's job now").matched  # a newer role: his profile answers


def test_of_events_placing_the_answer_the_best_answers_article_decides(tmp_path: Path) -> None:
    """ "The day after the Pentagon session": the table-top exercise there and the 56th SCM held
    there both fit the words; the one the best answer's article reports places it."""
    found = Engine(_corpus(tmp_path)).ask(
        "where did the officials go a day after the session at the pentagon"
    )
    assert found.matched and "Kings Bay" in found.text, found.text


def test_a_unit_about_the_year_an_event_falls_in_is_said_at_the_event(tmp_path: Path) -> None:
    """ "What anniversary did Austin and Lee celebrate at their Seoul meeting": the seed's unit
    about the alliance's 70th anniversary (an event of 2023) was said in the article reporting
    the January 2023 meeting; it is about the meeting too, as "the 70th anniversary" is its year."""
    found = Engine(_corpus(tmp_path)).ask(
        "what anniversary did austin and lee celebrate at their seoul meeting"
    )
    assert found.matched and "70th" in found.text, found.text


def test_a_documents_short_name_names_any_document_of_that_name(tmp_path: Path) -> None:
    """ "The joint statement that came out of Camp David": the seed calls its own joint statement
    "the joint statement", but the Spirit of Camp David is a joint statement too."""
    engine = Engine(_corpus(tmp_path))
    q = parse(engine.kb, "the joint statement that came out of camp david, what was it called")
    assert len(q.named[0]) == 2, q.named
    found = engine.ask("the joint statement that came out of camp david, what was it called")
    assert found.matched and "Spirit of Camp David" in found.text, found.text


def test_a_second_question_after_a_comma_is_read_as_one(kb: KnowledgeBase) -> None:
    """ "Why does NK say X, what do they call them": two questions, as "... and what ..." is."""
    parts = ask._two_questions("when was the exercise held, where was it held")
    assert parts is not None and parts[0] == "when was the exercise held", parts
    assert parts[1].startswith("where was the exercise"), parts  # "it": what the first asks about
    assert ask._two_questions("the exercise, when was it held") is None  # one question, its topic first


def test_going_on_doing_something_is_what_is_done(kb: KnowledgeBase) -> None:
    """ "Why does North Korea keep saying ...": why it says it; "keep" is no content word."""
    assert "keep" not in {
        w.typed for w in parse(kb, "why does north korea keep saying the drills must stop").words
    }
    assert "keep" in {w.typed for w in parse(kb, "where do they keep the submarines").words}


def test_and_where_at_the_end_asks_the_same_question_of_the_place(tmp_path: Path) -> None:
    """ "When did the Kentucky dock and where", "the DSC table-top exercise, when was it held and
    where": the date, and the place beside it; a topic put first goes with both."""
    engine = Engine(_corpus(tmp_path))
    for typed, date, place in (
        ("when did the kentucky dock and where", "18 July 2023", "Busan"),
        ("the dsc table-top exercise, when was it held and where", "22 February 2023", "Pentagon"),
    ):
        found = engine.ask(typed)
        shown = " ".join([found.text, *(f.value for f in found.fields if f.name.startswith("And "))])
        assert found.matched and date in found.text and place in shown, (typed, shown)


def test_a_second_question_naming_nothing_asks_about_what_the_first_names(tmp_path: Path) -> None:
    """ "What was Freedom Edge and which US carrier took part": the carrier in Freedom Edge, not
    any US carrier the articles name."""
    found = Engine(_corpus(tmp_path)).ask("what was freedom edge and which us carrier took part")
    second = " ".join(f.value for f in found.fields if f.name.startswith("And "))
    assert found.matched and "Theodore Roosevelt" in second, (found.text, second)


def test_two_digits_after_a_month_are_a_year_only_if_the_articles_report_it(kb: KnowledgeBase) -> None:
    """ "Since nov 22": 2022, a year the seed reports; "the missile from feb 18": the 18th of
    February, the articles reporting nothing of 2018."""
    typed = {w.typed for w in parse(kb, "what did they agree since nov 22").words}
    assert "2022" in typed, typed
    typed = {w.typed for w in parse(kb, "where did the missile from feb 18 land").words}
    assert "2018" not in typed and "18" in typed, typed


def test_all_set_to_do_something_is_being_ready_to(tmp_path: Path) -> None:
    """ "Which nuclear test is NK all set to do": the seed says it completed preparations for its
    seventh; the vocabulary reads "all set to" as ready, "gonna" only as will."""
    found = Engine(_corpus(tmp_path)).ask("which nuclear test is north korea all set to conduct")
    assert found.matched and "seventh" in found.text, found.text


def test_an_opener_does_not_hide_a_terse_question(kb: KnowledgeBase) -> None:
    """ "Quick q whats ROK short for": what "whats ROK short for" asks, ROK's meaning."""
    found = Engine(kb).ask("quick q whats ROK short for")
    assert found.matched and "Republic of Korea" in found.text, found.text
    assert "ok" not in {w.typed for w in parse(kb, "ok so where did austin meet lee").words}


def test_name_of_something_with_a_question_mark_asks_its_name(tmp_path: Path) -> None:
    """ "Name of the tabletop exercise they announced?": which exercise, not a claim to check."""
    engine = Engine(_corpus(tmp_path))
    assert not parse(engine.kb, "name of the tabletop exercise they announced?").yesno
    found = engine.ask("name of the tabletop exercise they announced?")
    assert found.matched and not found.text.startswith("The articles say"), found.text


def test_a_number_after_a_word_of_an_events_name_is_its_ordinal(kb: KnowledgeBase) -> None:
    """ "scm 54", "the scm number 54": the 54th SCM."""
    for typed in ("where was scm 54", "where was the scm number 54 held"):
        q = parse(kb, typed)
        assert q.events and not {"54", "number"} & {w.typed for w in q.words}, (typed, q.words)
    assert "54" in {
        w.typed for w in parse(kb, "what happened in the 54 days after").words
    }  # no name before it


def test_numbers_listed_after_an_events_name_are_its_ordinals(tmp_path: Path) -> None:
    """ "where were scm 54 55 n 56 held": the 54th, 55th and 56th SCMs ("n" is and), each with
    its place; "dprk stand for what lol": the "lol" asks nothing."""
    engine = Engine(_corpus(tmp_path))
    assert len(parse(engine.kb, "where were scm 54 55 n 56 held").events) == 3
    found = engine.ask("where were scm 54, 55 and 56 held")
    assert found.matched and "Seoul" in found.text and "Pentagon" in found.text, found.text
    assert "Democratic People's Republic of Korea" in engine.ask("dprk stand for what lol").text


def test_back_then_is_a_time_and_back_in_korea_a_return(kb: KnowledgeBase) -> None:
    """ "Back then", "back in May 2022": when, looked back to; "back in Korea" is a return."""
    assert "back" not in {w.typed for w in parse(kb, "what did the statement say back in may 2022").words}
    assert "back" not in {w.typed for w in parse(kb, "were the talks stalled back then").words}
    assert "back" in " ".join(
        w.typed for w in parse(kb, "will the us put nuclear weapons back in korea").words
    )


def test_talks_going_anywhere_are_talks_stalled_or_not(tmp_path: Path) -> None:
    """ "Were the nuke talks going anywhere": the vocabulary reads it as whether they progress or
    stall, and "nuke talks" as nuclear talks; "the statement points to" names what it mentions."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("were the nuke talks with north korea going anywhere")
    assert found.matched and "stalled" in found.text, found.text
    assert "mentions" in parse(engine.kb, "which summit did the joint statement point to").content


def test_which_x_answered_only_with_a_kind_of_x_says_so(tmp_path: Path) -> None:
    """ "Which submarine did the delegations tour at Kings Bay": the articles say only that
    Kings Bay is home to ballistic missile submarines, a kind, where they name submarines of
    their own elsewhere (the Kentucky): "not in the knowledge base", saying it names none in
    particular, with what the articles do say."""
    found = Engine(_corpus(tmp_path)).ask("which submarine did the delegations tour at kings bay")
    assert not found.matched and "no particular submarine" in found.text and "Kings Bay" in found.text, found


def test_due_to_begin_is_a_schedule_not_a_reason() -> None:
    """ "Why ...": "forces are due to begin the exercise" gives no reason; "due to the threat" does."""
    assert ask._REASON_RE.search("South Korean and U.S. forces are due to begin the exercise") is None
    assert ask._REASON_RE.search("the drills were scaled back due to the pandemic") is not None


def test_the_latest_of_a_series_of_one_is_that_one(kb: KnowledgeBase) -> None:
    """ "What was the latest SCM", the seed reporting only the 54th: that one, dated and placed."""
    found = Engine(kb).ask("what was the latest scm")
    assert found.matched and "54th" in found.title and "3 November 2022" in found.text, (
        found.title,
        found.text,
    )


def test_the_last_time_before_is_what_the_first_since_says(tmp_path: Path) -> None:
    """ "When was the last time a US missile submarine called at a South Korean port before the
    Kentucky" (or "before the declaration"): the articles say none had since the early 1980s (or
    the first since March 1981); "when did one last visit", with no "before", asks for the
    Kentucky's own date."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask(
        "when was the last time a us missile submarine called at a korean port before the kentucky"
    )
    assert found.matched and ("1980s" in found.text or "1981" in found.text.split("\n")[0]), found.text
    # "before the declaration", a document, places it in time as an event does (no one held it)
    found = engine.ask(
        "before the declaration when was the last time a us missile submarine called at a korean port"
    )
    assert found.matched and ("1980s" in found.text or "1981" in found.text.split("\n")[0]), found.text
    latest = engine.ask("when did a us ballistic missile submarine last visit south korea")
    assert "1980s" not in latest.text.split("\n")[0], latest.text


DRILLS = """\
id: d
article: {outlet: O, title: T, url: 'https://example.org/d', published: 2024-03-11}
summary: Drills began after two launches.
paragraphs:
  - The allies began the Sea Harbour drills on 10 March 2024.
  - Sealand fired rockets into the sea in a firing drill on 8 March 2024, days before the drills started.
  - Sealand fired two cruise missiles from a ship on 9 March 2024.
events:
  - {id: drills, name: Sea Harbour drills, date: 2024-03-10, paragraphs: [1],
     description: The allies began drills.}
  - {id: firing, name: Sealand firing drill, date: 2024-03-08, paragraphs: [2],
     description: Sealand fired rockets into the sea.}
  - {id: ship, name: Sealand ship launch, date: 2024-03-09, paragraphs: [3],
     description: Sealand fired two cruise missiles from a ship.}
"""


def test_right_before_the_drills_is_the_nearest_before_them(tmp_path: Path) -> None:
    """ "What did Sealand fire right before the drills": "the drills" are the event whose name
    says "drills" as typed (not the "firing drill", which only shares the stem), and "right
    before" asks for the nearest before them, though the firing drill is before them too."""
    engine = _loaded(tmp_path, d=DRILLS)
    assert parse(engine.kb, "what did sealand fire right before the drills").next_to
    assert not parse(engine.kb, "what did sealand fire before the drills").next_to
    found = engine.ask("what did sealand fire right before the drills started")
    assert found.matched and "cruise missiles" in found.text.split("\n")[0], found.text


def test_several_events_named_are_answered_each_in_their_order(tmp_path: Path) -> None:
    """ "Who were the Korean defense ministers at the 54th, 55th and 56th SCMs", "56th 54th 55th
    scm locations": one line per meeting, earliest first, each with those taking part whom the
    question describes, as the account nearest the meeting gives their roles; the title is the
    question as typed. One meeting asked about is answered the same way."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("who were the korean defense ministers at the 54th, 55th and 56th scms")
    assert found.matched, found.text
    lines = found.text.split("\n")
    assert "Lee Jong-sup" in lines[0] and "Shin Won-sik" in lines[1] and "Kim Yong-hyun" in lines[2], lines
    assert "former" not in lines[0] and "Austin" not in found.text, lines
    # one meeting: whom its accounts show there (though no article of the time lists the post),
    # of the country named; one named by a title ("the US defense secretary") is that one
    found = engine.ask("who was sk's defense minister at the 54th scm")
    assert found.matched and found.text.startswith("**Lee Jong-sup"), found.text
    assert not engine.ask("who was the us defense minister at the 54th scm").matched
    found = engine.ask("who was the us defense secretary at the 56th scm")
    assert found.matched and found.text.startswith("**Lloyd Austin**"), found.text
    found = engine.ask("56th 54th 55th scm locations")
    assert found.title == "Q: 56th 54th 55th scm locations", found.title
    lines = found.text.split("\n")
    assert "54th" in lines[0] and "Washington" in lines[0] and "Seoul" in lines[1], lines
    # what is asked, then "each"; or what is asked, then which ones after a colon
    for typed in ("54th 55th 56th scm where each", "scm locations: 54th, 55th, 56th?"):
        lines = engine.ask(typed).text.split("\n")
        assert "Washington" in lines[0] and "Seoul" in lines[1] and "Pentagon" in lines[2], (typed, lines)


SUB_LAUNCH_NAMED = """\
id: s
article: {outlet: O, title: T, url: 'https://example.org/s', published: 2024-03-11}
summary: A launch.
paragraphs:
  - Three days before the submarine launch, Sealand fired rockets into the Yellow Sea.
  - A Sealand submarine launched two missiles near Port Gamma on 10 March 2024.
events:
  - {id: launch, name: Sealand submarine launch, aliases: [submarine launch], date: 2024-03-10,
     place: Port Gamma, paragraphs: [2], description: A Sealand submarine launched two missiles.}
"""


def test_a_word_the_vocabulary_spells_out_names_an_event(tmp_path: Path) -> None:
    """ "Where did the sub launch happen": "sub" is the vocabulary's submarine, so the question
    names the submarine launch and asks where it was, not where the rockets fired before it fell."""
    engine = _loaded(tmp_path, vocabulary=True, s=SUB_LAUNCH_NAMED)
    assert parse(engine.kb, "where did the sub launch happen").events
    found = engine.ask("where did the sub launch happen")
    assert found.matched and "Port Gamma" in found.text.split("\n")[0], found.text


PLANNED_DRILL = """\
id: p
article: {outlet: O, title: T, url: 'https://example.org/p', published: 2024-03-01}
summary: A drill planned.
paragraphs:
  - The navies will hold the Harbour Drill in March.
events:
  - {id: drill, name: Harbour Drill, date: 2024-03, planned: true, paragraphs: [1],
     description: The navies will hold the drill.}
"""
HELD_DRILL = """\
id: h
article: {outlet: O, title: T, url: 'https://example.org/h', published: 2024-03-20}
summary: A drill held.
paragraphs:
  - The navies rehearsed their response to a blockade at the Harbour Drill on 12 March 2024.
events:
  - {id: drill, name: Harbour Drill, date: 2024-03-12, paragraphs: [1],
     description: The navies rehearsed their response to a blockade.}
"""


def test_a_plan_one_article_reports_and_another_reports_held_was_held(tmp_path: Path) -> None:
    """ "Did the harbour drill actually happen? when": one article only plans it; a later one
    reports it held on a day, and that answers. With only the plan, the articles say it is a plan."""
    typed = "did the harbour drill actually happen? when"
    found = _loaded(tmp_path, p=PLANNED_DRILL, h=HELD_DRILL).ask(typed)
    assert found.matched and "rehearsed" in found.text, found.text
    (tmp_path / "h.yaml").unlink()
    assert "only as planned" in _loaded(tmp_path, p=PLANNED_DRILL).ask(typed).text


def test_a_name_spelt_out_per_an_outlet_is_the_same_in_every_article(tmp_path: Path) -> None:
    """ "In the Diplomat piece, what's ROK short for": the newest article spelling ROK out is
    another outlet's, and it reads the same; "what is the DSC TTX for, according to the Diplomat"
    is the Diplomat's own account, not the newest article's definition."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("in the diplomat piece whats ROK short for")
    assert found.matched and "Republic of Korea" in found.text.split("\n")[0], found.text
    found = engine.ask(
        "what is the deterrence strategy committee table-top exercise for, according to the diplomat"
    )
    assert found.matched and "abbreviated" not in found.text, found.text


NAMED_DRILL = """\
id: n
article: {outlet: O, title: T, url: 'https://example.org/n', published: 2024-03-01}
summary: A drill announced.
paragraphs:
  - The navies announced the Harbour Shield Naval Drill, to be held in May.
events:
  - {id: drill, name: Harbour Shield Naval Drill, aliases: [naval drill], is_a: [naval drill], date: 2024-05,
     planned: true, paragraphs: [1], description: The navies announced a drill.}
facts:
  - {id: announced, text: The drill was announced on 1 March 2024., date: 2024-03-01, paragraphs: [1]}
"""


def test_the_name_of_an_event_called_by_its_kind_is_its_own_name(tmp_path: Path) -> None:
    """ "What is the name of the naval drill they announced": "naval drill" names the event only
    as a kind of event it is; the question asks which, its own name."""
    found = _loaded(tmp_path, n=NAMED_DRILL).ask("what is the name of the naval drill they announced")
    assert found.matched and "Harbour Shield Naval Drill" in found.text.split("\n")[0], found.text


def test_a_month_is_no_earlier_than_a_day_in_it(tmp_path: Path) -> None:
    """ "Who ran the frist NCG meeting" ("frist" read as the first of several): one account dates
    the meeting to July 2023, another to 18 July 2023; the month is no earlier than the day, so
    the better ranked account answers, the one naming its chairs."""
    found = Engine(_corpus(tmp_path)).ask("who ran the frist ncg meeting")
    assert found.matched and "Campbell" in found.text.split("\n")[0], found.text


def test_a_noun_in_ing_asked_for_is_not_its_verb(tmp_path: Path) -> None:
    """ "Which building were the talks in": "the plan builds on the talks" holds "build" only as
    a verb, stemmed alike; it names no building. A unit naming one does answer."""
    text = ARTICLE.replace(B52, "  - The plan builds on the Harbour Talks held in Port Alpha.\n")
    engine = _loaded(tmp_path, a=text)
    assert not engine.ask("which building were the harbour talks held in").matched
    named = ARTICLE.replace(B52, "  - The Harbour Talks were held in the Tide Building in Port Alpha.\n")
    engine = _loaded(tmp_path, a=named)
    found = engine.ask("which building were the harbour talks held in")
    assert found.matched and "Tide Building" in found.text, found.text


def test_what_time_asks_a_time_of_day(tmp_path: Path) -> None:
    """ "What time did the B-52 fly": the time of day, which a date does not give; said when the
    articles give it, "not in the knowledge base" when they give only the day."""
    dated = "facts:\n  - {id: f, text: A B-52 bomber flew over the sea., date: 2024-05-01, paragraphs: [1]}\n"
    found = _engine(tmp_path, B52, dated).ask("what time did the b-52 fly")
    assert not found.matched and "no time of day" in found.text, found.text
    timed = "  - A B-52 bomber flew over the sea at 3:30 a.m. on 1 May 2024 with two F-15K fighters.\n"
    (tmp_path / "t").mkdir()
    engine = _engine(tmp_path / "t", timed, dated.replace("the sea.", "the sea at 3:30 a.m."))
    found = engine.ask("what time did the b-52 fly")
    assert found.matched and found.text.startswith("**3:30 a.m.**"), found.text
    assert engine.ask("when did the b-52 fly").text.startswith("**1 May 2024"), engine.ask(
        "when did the b-52 fly"
    ).text


def test_the_later_side_of_an_interval_is_dated_after_the_earlier(tmp_path: Path) -> None:
    """ "How long after the DC SCM was the Seoul meetup": the unit the second side's question
    finds first is about the SCM ("two months before their Seoul meeting"), dated November 2022,
    no later than the SCM: the meetup is dated on its own ("meetup": the vocabulary's meeting)."""
    found = Engine(_corpus(tmp_path)).ask("how long after the dc scm was the seoul meetup")
    assert found.matched and found.text.startswith("**2 months**"), found.text


def test_a_statement_then_a_question_is_the_question_about_the_statement(tmp_path: Path) -> None:
    """ "When the B-52 flew over the sea it had an escort. Which fighters flew with it?": the
    question asks which fighters; the "when" opening the statement before it asks nothing."""
    found = _engine(tmp_path).ask(
        "When the B-52 flew over the sea it had an escort. Which fighters flew with it?"
    )
    assert found.matched and "F-15K" in found.text.split("\n")[0], found.text
    assert (
        parse(_engine(tmp_path).kb, "When the B-52 flew it had an escort. Which fighters?").asks != Asks.WHEN
    )


def test_which_ones_lists_each_one_past_units_repeating_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Which ICBMs did NK test": eight units on the Hwasong-18 rank first; the Hwasong-15's, after
    them, is listed too, and short-range missiles, which only share words, are not."""
    engine = Engine(_corpus(tmp_path))
    for typed in ("which icbms did nk test", "which icbms did nk test in these stories, hwasong what"):
        lead = engine.ask(typed).text.split("\n")[0]
        assert "Hwasong-18" in lead and "Hwasong-15" in lead and "short-range" not in lead, (typed, lead)
    monkeypatch.setattr(weights, "PLURAL_SHARE", 0.0)
    lead = engine.ask("which icbms did nk test in these stories, hwasong what").text.split("\n")[0]
    assert "short-range" in lead, lead


LANDING = """\
id: l
article: {outlet: O, title: T, url: 'https://example.org/l', published: 2023-10-20}
summary: A landing.
paragraphs:
  - A Westland bomber landed in Sealand for the first time on 17 October 2023.
organizations:
  - {id: sealand, name: Sealand, kind: country, paragraphs: [1]}
  - {id: westland, name: Westland, kind: country, paragraphs: [1]}
events:
  - id: landing
    name: First bomber landing
    date: 2023-10-17
    place: Sealand
    description: A Westland bomber landed in Sealand.
    paragraphs: [1]
"""


def test_a_place_the_question_puts_it_in_is_no_answer_to_where_in_it(tmp_path: Path) -> None:
    """ "Where in Sealand did the bomber land": the articles say Sealand and nothing nearer; to
    answer "Sealand" tells the asker only what they said. Asked without it, Sealand answers."""
    engine = _loaded(tmp_path, l=LANDING)
    for typed in ("where in sealand did the bomber land", "where did the bomber land in sealand"):
        found = engine.ask(typed)
        assert not found.matched and "no place more exact than Sealand" in found.text, (typed, found.text)
    for typed in ("where did the bomber land", "where did the westland bomber land, sealand?"):
        found = engine.ask(typed)
        assert found.matched and "**Sealand**" in found.text, (typed, found.text)


def test_a_capital_standing_for_its_country_is_still_the_place_asked_in(kb: KnowledgeBase) -> None:
    """ "Where in Seoul did they meet": "Seoul" also names the South Korean government, but said
    after "in" it is the city, which is all the article gives; "from where exactly in ..." too."""
    for typed in ("where in seoul did austin and lee meet", "from where exactly in seoul did they meet"):
        found = Engine(kb).ask(typed)
        assert not found.matched and "no place more exact than Seoul" in found.text, (typed, found.text)


def _talks(action: str) -> str:
    return f"""\
id: t
article: {{outlet: O, title: T, url: 'https://example.org/t', published: 2024-05-02}}
summary: Talks.
paragraphs:
  - Westland and Eastland held the Harbour Talks in Portville on 2 May 2024.
  - Northland has kept up its missile launches this year.
organizations:
  - id: northland
    name: Northland
    kind: country
    paragraphs: [2]
    actions:
      - {{text: '{action}', paragraphs: [2]}}
events:
  - {{id: talks, name: Harbour Talks, date: 2024-05-02, description: The two met., paragraphs: [1]}}
"""


def test_what_a_party_had_done_in_a_report_of_that_day_is_no_response(tmp_path: Path) -> None:
    """ "How did Northland react to the Harbour Talks": the talks' own report, that day, says what
    Northland had been doing (undated), not how it answered the talks: not in the articles. Had
    it said Northland responded, that is the answer."""
    engine = _loaded(tmp_path, t=_talks("Kept up its missile launches."))
    assert not engine.ask("how did northland react to the harbour talks").matched
    engine = _loaded(tmp_path, t=_talks("Responded to the talks by firing a missile."))
    found = engine.ask("how did northland react to the harbour talks")
    assert found.matched and "firing a missile" in found.text, found.text


COMMUNIQUE = """\
id: c
article: {outlet: O, title: T, url: 'https://example.org/c', published: 2024-05-02}
summary: Talks.
paragraphs:
  - Westland and Eastland held the Harbour Talks in Portville on 2 May 2024.
  - '"As agreed at the Spring Summit and the Autumn Forum, the two will share more," the communique said.'
organizations:
  - {id: communique, name: Harbour communique, kind: document, aliases: [communique], paragraphs: [2]}
events:
  - {id: talks, name: Harbour Talks, date: 2024-05-02, description: The two met., paragraphs: [1]}
  - {id: spring, name: Spring Summit, date: 2023-04-11, description: The leaders met., paragraphs: [2]}
  - {id: forum, name: Autumn Forum, date: 2023-10, description: Officials met., paragraphs: [2]}
quotes:
  - id: agreed
    text: As agreed at the Spring Summit and the Autumn Forum, the two will share more
    speaker: communique
    date: 2024-05-02
    paragraphs: [2]
"""


def test_an_event_a_document_names_is_found_by_its_kind(tmp_path: Path) -> None:
    """ "The communique mentions an earlier summit: when was that": of the events the document's
    own words name, the one of the kind asked (not the forum; not the talks it came out of)."""
    engine = _loaded(tmp_path, c=COMMUNIQUE)
    found = engine.ask("the communique mentions an earlier summit, when was that one")
    assert found.matched and "11 April 2023" in found.text and "Spring Summit" in found.title, found
    found = engine.ask("the communique points back to a forum, when was it held")
    assert found.matched and "October 2023" in found.text, found
    # the kind is what an event's name ends in, not any word of it ("spring" is no kind of event)
    key = engine.kb.same("event")(name_key("Spring Summit"))
    assert ask._of_event_kind(engine.kb, key, {"summit"}) and not ask._of_event_kind(
        engine.kb, key, {"spring"}
    )


PIRATES = """\
id: p
article: {outlet: O, title: T, url: 'https://example.org/p', published: 2024-06-03}
summary: Pirates.
paragraphs:
  - Pirates raided a fishing port near the strait.
"""


def test_a_joint_statement_is_no_answer_on_what_it_does_not_cover(tmp_path: Path) -> None:
    """ "What did Vega say about the pirates and the strait": the statement Vega made with Okafor is
    hers to quote for the strait, not on the pirates, which it does not mention: not in the articles."""
    engine = _loaded(tmp_path, j=JOINT, p=PIRATES)
    found = engine.ask("what did vega say about the pirates and the strait")
    assert not found.matched and "no words of Rosa Vega's own on that" in found.text, found.text
    found = engine.ask("what did vega say about the strait")
    assert found.matched and found.unsure, found.text


TEST_SITE = """\
id: n
article: {outlet: O, title: T, url: 'https://example.org/n', published: 2024-06-03}
summary: A test site.
paragraphs:
  - Northland has completed preparations for a seventh nuclear test.
"""


def test_a_short_slip_for_a_word_the_vocabulary_reads_is_read_so(tmp_path: Path) -> None:
    """ "Which nuek test": "nuek" is "nuke", which the vocabulary reads ("nuke test": nuclear test),
    not a word the articles lack."""
    engine = _loaded(tmp_path, vocabulary=True, n=TEST_SITE)
    found = engine.ask("northland supposedly ready for which nuek test")
    assert found.matched and "seventh" in found.text, found.text


OLD_VISIT = """\
id: v
article: {outlet: O, title: T, url: 'https://example.org/v', published: 2024-06-03}
summary: A visit.
paragraphs:
  - The frigate Osprey called at Port Alpha in 1987, the last such visit.
"""


def test_a_year_in_two_digits_is_the_year_the_articles_give(tmp_path: Path) -> None:
    """ "Which frigate called at Port Alpha back in 87": 1987, the year the articles write out."""
    engine = _loaded(tmp_path, v=OLD_VISIT)
    found = engine.ask("which frigate called at port alpha back in 87")
    assert found.matched and "Osprey" in found.text, found.text
    assert not engine.ask("which frigate called at port alpha back in 88").matched  # not a year they give


def test_a_topic_then_how_many_is_the_question_about_it(tmp_path: Path) -> None:
    """ "harbour fleet how many ships": what is asked, typed after what it is about."""
    kb = _loaded(tmp_path, f=FLEET).kb
    assert parse(kb, "harbour fleet how many ships").asks == Asks.COUNT
    assert parse(kb, "harbour fleet how long").asks == Asks.DURATION


def test_what_they_mean_by_x_asks_what_x_means(tmp_path: Path) -> None:
    """ "What do they mean by 'harbour fleet'" asks what "harbour fleet" means."""
    kb = _loaded(tmp_path, f=FLEET).kb
    for typed, x in (
        ("what do they mean by 'harbour fleet'", "'harbour fleet'"),
        ("what is meant by harbour fleet?", "harbour fleet"),
    ):
        said, meaning = parse(kb, typed), parse(kb, f"what does {x} mean")
        assert (said.asks, said.content) == (meaning.asks, meaning.content), (typed, said.content)


def test_who_of_someone_described_by_a_role_is_a_person(tmp_path: Path) -> None:
    """ "Who is the SK defense minister Austin met": a unit naming only bodies (the UNC meeting
    Austin was to attend with "South Korea's defense minister") names no one who can be him."""
    engine = Engine(_corpus(tmp_path))
    for typed in ("who is the sk defense minister austin met", "who tf is the sk defense guy austin met"):
        found = engine.ask(typed)
        assert found.matched and found.text.startswith("**Lee Jong-sup**"), (typed, found.text)


def test_the_asker_on_themselves_after_a_comma_is_not_asked(tmp_path: Path) -> None:
    """ "..., i always forget", "..., just curious": about the asker, not the question."""
    kb = _loaded(tmp_path, f=FLEET).kb
    plain = parse(kb, "when did the harbour fleet arrive")
    for typed in (
        "when did the harbour fleet arrive again, i always forget",
        "when did the harbour fleet arrive, i can never remember",
        "when did the harbour fleet arrive, just curious",
    ):
        said = parse(kb, typed)
        assert {w.typed for w in said.words} == {w.typed for w in plain.words}, (typed, said.words)


def test_an_event_a_document_names_is_found_with_its_people_named(tmp_path: Path) -> None:
    """ "The joint statement mentions an earlier Yoon-Biden summit": the people named too."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("the joint statement mentions an earlier yoon-biden sumit, when was that")
    assert found.matched and "May 2022" in found.text, found.text


def test_which_one_was_there_names_the_one_placed_there(tmp_path: Path) -> None:
    """ "Which SCM was the one in Seoul, the 54th 55th or 56th": the options offered are the
    asker's, not asked about; of the SCMs the best unit names, the one held in Seoul answers
    (the 55th; not the 54th, held in Washington)."""
    engine = Engine(_corpus(tmp_path))
    for typed in ("which scm was the one in seoul, the 54th 55th or 56th", "which scm was held in seoul"):
        lead = engine.ask(typed).text.split("\n")[0]
        assert "55th" in lead and "54th" not in lead, (typed, lead)


def test_a_yes_no_question_then_a_bare_wh_word_asks_that(tmp_path: Path) -> None:
    """ "Was it the first in a while? since when": the first question, asked by "since when"."""
    kb = _loaded(tmp_path, f=FLEET).kb
    for typed in (
        "did the harbour fleet arrive? since when",
        "did the harbour fleet arrive? what year",
        "was the harbour fleet's arrival a first? first since when",
    ):
        said = parse(kb, typed)
        assert said.asks == Asks.WHEN and not said.yesno, (typed, said)


FLEET_ARRIVAL = """\
id: a
article: {outlet: O, title: T, url: 'https://example.org/a', published: 2024-06-02}
summary: A fleet.
paragraphs:
  - The Harbour Fleet arrived in Westland in May 2024.
organizations:
  - {id: westland, name: Westland, kind: country, paragraphs: [1]}
"""


def test_a_claim_at_a_place_the_articles_do_not_name_is_corrected(tmp_path: Path) -> None:
    """ "The Harbour Fleet arrived in Zembla, didn't it": the articles name no Zembla, and put the
    arrival in Westland: that, saying Zembla is the question's. Asked, not claimed, no correction."""
    engine = _loaded(tmp_path, a=FLEET_ARRIVAL)
    found = engine.ask("the harbour fleet arrived in zembla, didn't it")
    assert found.matched and "Westland" in found.text and "Not “zembla”" in found.footer, found
    assert not engine.ask("did the harbour fleet go on to zembla").matched


def test_the_verb_after_also_is_what_a_yes_no_question_asks(tmp_path: Path) -> None:
    """ "Did Okafor also meet Vega": "also" between the subject and the verb leaves "meet" what is
    asked, as in "did Okafor meet Vega": a unit that does not say they met does not answer."""
    kb = _loaded(tmp_path, j=JOINT).kb
    for typed in ("did okafor also meet vega", "did okafor ever meet vega"):
        asked = {w.typed for w in parse(kb, typed).words if w.essential}
        assert (
            asked == {w.typed for w in parse(kb, "did okafor meet vega").words if w.essential} == {"meet"}
        ), typed


ONWARD = """\
id: o
article: {outlet: O, title: T, url: 'https://example.org/o', published: 2024-05-02}
summary: A visit.
paragraphs:
  - Admiral Rosa Vega met Jane Okafor in Portville on 1 May 2024.
  - On 2 May 2024 a Westland bomber flew over the Strait of Kell, as Vega had promised.
people:
  - {id: vega, name: Rosa Vega, aliases: [Vega], paragraphs: [1, 2]}
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], paragraphs: [1]}
organizations:
  - {id: portville, name: Portville, kind: country, paragraphs: [1]}
"""


def test_where_someone_went_after_a_place_is_where_they_went(tmp_path: Path) -> None:
    """ "Where did Vega fly after Portville": not the Strait, where a bomber flew as she had
    promised (she is no one who went there), nor Portville itself: the articles do not say."""
    engine = _loaded(tmp_path, o=ONWARD)
    found = engine.ask("where did vega go after portville")
    assert not found.matched and "no place after Portville" in found.text, found.text
    # the B-52 that flew over the Yellow Sea "making good on Austin's promise" took no Austin there
    found = Engine(_corpus(tmp_path)).ask("where did austin fly to after his seoul stop in jan 2023")
    assert not found.matched and "Yellow Sea" not in found.text.split("\n")[0], found.text


def test_what_its_called_and_when_it_was_is_asked_of_the_one_named(tmp_path: Path) -> None:
    """ "What's the tabletop exercise they announced called and when was it supposed to happen":
    its name, then the date of the exercise so named (not the day it was announced)."""
    found = Engine(_corpus(tmp_path)).ask(
        "whats the tabletop exercise they announced in seoul called and when was it supposed to happen"
    )
    said = " ".join([found.text, *(f.value for f in found.fields)])
    assert "Deterrence Strategy Committee" in said and "February 2023" in said, said


def test_one_question_of_two_things_compared_is_asked_of_each(tmp_path: Path) -> None:
    """ "What did North Korea launch after the NCG meeting versus after the 56th SCM": the same
    question of each, both answered, though one answer to "what" might have done for both."""
    found = Engine(_corpus(tmp_path)).ask(
        "what did north korea launch after the ncg meeting versus after the 56th scm"
    )
    main = " ".join([found.text, *(f.value for f in found.fields if not f.name.startswith("Also"))]).lower()
    assert found.matched and "short-range" in main and "long-range" in main, found.text


def test_asked_after_the_thing_asked_about(kb: KnowledgeBase) -> None:
    """Questions typed topic first: "'X' what's that about" is what X is; "first carrier to visit
    since 2017, which ship" asks which ship; "why 'shield' in freedom shield" why the name says it
    (a word of the name; "why 'talks' in Seoul" is no question about a name)."""
    found = Engine(kb).ask("'strength to strength' what's that about")
    assert found.title == "strength to strength", found.title
    assert parse(kb, "first carrier to visit since 2017, which ship").kind_words == {"ship"}
    assert parse(kb, "the carrier visit in 2022, which ship was it").kind_words == {"ship"}
    assert parse(kb, "why 'shield' in freedom shield").content == "freedom shield called that"
    assert "called" not in parse(kb, "why 'talks' in seoul").content
    # "what's X about": what X is; "what's the X the article talks about" is not
    assert Engine(kb).ask("what's this strength to strength approach about").title == "strength to strength"
    assert parse(kb, "what's the approach the article talks about").content.endswith("talks about")
    # "what is X they talk about": where the asker heard of X, as "X, they keep saying it" is
    assert (
        Engine(kb).ask("what is this strength to strength approach they talk about").title
        == "strength to strength"
    )


def test_naming_something_in_passing_is_mentioning_it(kb: KnowledgeBase) -> None:
    """ "Which carriers get namechecked": the ones mentioned, a word about the articles, not one
    an answer must hold."""
    assert [w.typed for w in parse(kb, "which carriers get namechecked").words] == ["carriers"]


def test_north_koreans_are_not_the_south_koreans_the_seed_calls_koreans(kb: KnowledgeBase) -> None:
    """The seed lists "Koreans" as a name of the South Korean public; "the north koreans" is
    North Korea (its own alias, the longer name), not that group with "north" left over."""
    assert parse(kb, "what do the north koreans want stopped before talks").named_names == {"north korea"}


def test_where_the_asker_read_of_something_is_not_what_is_asked(kb: KnowledgeBase) -> None:
    """ "When's the meeting they mention in the seoul talks article": the meeting; the article
    named is where the asker read of it. Without a verb of mentioning, "in the X story" stays."""
    assert parse(kb, "when was the scm they mention in the austin lee seoul article").content == "scm"
    assert "story" in parse(kb, "what did austin say in the seoul talks story").content


def test_the_difference_between_two_things_is_what_each_one_is(kb: KnowledgeBase) -> None:
    """ "What's the difference between the SCM and the NCG", "SCM vs NCG, whats the diff", "how
    is the SCM different from the NCG": what each is, the second's definition given in full, not
    just its name in bold."""
    for typed in (
        "whats the difference between the scm and the ncg",
        "scm vs ncg, whats the diff",
        "how is the scm different from the ncg",
    ):
        assert ask._two_questions(typed) in (
            ("what is scm", "what is ncg"),
            ("what is scm", "what is the ncg"),
        ), typed
    found = Engine(kb).ask("whats the difference between the scm and strength to strength")
    second = " ".join(f.value for f in found.fields if f.name.startswith("And "))
    assert "**strength to strength**" in second and "approach" in second, found.fields


STRATEGIC = """\
id: s
article: {outlet: O, title: T, url: 'https://example.org/s', published: 2024-06-02}
summary: A launch.
paragraphs:
  - Farland fired two strategic cruise missiles from a submarine on 1 June 2024, its state media said.
  - Farland usually calls a weapon "strategic" when it is meant to carry a nuclear warhead.
organizations:
  - {id: farland, name: Farland, kind: country, paragraphs: [1, 2]}
quotes:
  - {id: q1, text: a great success, speaker: farland, paragraphs: [1]}
facts:
  - {id: launch, text: Farland fired two strategic cruise missiles from a submarine., date: 2024-06-01,
     paragraphs: [1]}
  - id: meaning
    text: Farland usually calls a weapon "strategic" when it is meant to carry a nuclear warhead.
    paragraphs: [2]
"""


def test_what_calling_something_a_name_means_is_what_the_name_says(tmp_path: Path) -> None:
    """ "What does it mean when Farland calls a weapon strategic", "when Farland calls a missile
    strategic, what does that mean": the unit saying when it uses the word, not Farland's words
    nor the launch that used it."""
    engine = _loaded(tmp_path, vocabulary=True, s=STRATEGIC)
    for typed in (
        "what does it mean when farland calls a weapon strategic",
        "when farland calls a weapon strategic, what does that mean",
        "what does farland mean when it calls a weapon 'strategic'",
    ):
        found = engine.ask(typed)
        assert "nuclear warhead" in found.text.split("\n")[0], (typed, found.text)


def test_an_adverb_after_the_kind_asked_for_is_no_part_of_it(kb: KnowledgeBase) -> None:
    """ "In which building exactly did they meet": a building is asked for, "exactly" only says
    how precisely; the articles name none, so it is not in the knowledge base."""
    q = parse(kb, "in which building exactly in seoul did austin and lee meet")
    assert q.kind_words == {"building"}, q.kind_words
    assert not Engine(kb).ask("in which building exactly in seoul did austin and lee meet").matched


def test_a_topic_then_two_bare_question_words_asks_each_of_it(kb: KnowledgeBase) -> None:
    """ "The Austin-Lee meeting, where and when": where it was and when; "the last SCM before it,
    what name and when": its name and its date."""
    assert ask._two_questions("the austin-lee meeting, where and when") == (
        "where was the austin-lee meeting",
        "when was the austin-lee meeting",
    )
    assert ask._two_questions("last scm before that, what name and when") == (
        "what was the name of the last scm before that",
        "when was the last scm before that",
    )
    found = Engine(kb).ask("the austin-lee meeting, where and when")
    main = " ".join([found.text, *(f.value for f in found.fields if f.name.startswith("And "))])
    assert "Seoul" in main and "31 January 2023" in main, found.text


def test_a_unit_naming_one_of_the_kind_asked_comes_before_one_naming_only_the_kind(tmp_path: Path) -> None:
    """ "Which sub docked in Port Alpha for the first Harbour Talks": the events say "a ballistic
    missile submarine docked" on that day and fit the words best, but the unit naming the USS
    Testship, as fully on the question, answers which."""
    text = SHIPS.replace(
        "docked in Port Alpha on 1 May 2024.",
        "docked in Port Alpha on 1 May 2024, the day of the Harbour Talks.",
    ) + (
        "events:\n"
        "  - {id: talks, name: Harbour Talks, date: 2024-05-01, paragraphs: [1],\n"
        "     description: The first Harbour Talks were held on the day a ballistic missile\n"
        "       submarine docked.}\n"
        "  - {id: visit, name: Submarine visit, date: 2024-05, paragraphs: [1],\n"
        "     description: A ballistic missile submarine docked in Port Alpha on the day of the\n"
        "       first Harbour Talks.}\n"
    )
    found = _loaded(tmp_path, vocabulary=True, s=text).ask(
        "which sub docked in port alpha for the first harbour talks"
    )
    assert found.matched and found.text.startswith("**USS Testship**"), found.text


def test_which_of_two_offered_is_asked_as_which_is_it_of_them(kb: KnowledgeBase) -> None:
    """ "Austin vs Lee, which one is the South Korean", "which of Austin and Lee is the South
    Korean": read as "which is the South Korean, Austin or Lee", the two offered."""
    for typed in (
        "austin vs lee, which one is the south korean",
        "which of austin and lee is the south korean",
    ):
        assert parse(kb, typed).text == "which is the south korean, austin or lee", typed


REEF = """\
id: r
article: {outlet: O, title: T, url: 'https://example.org/r', published: 2024-06-02}
summary: An exercise.
paragraphs:
  - >-
    Westland and Eastland officials held the Reef Exercise at Fort Harbour on 1 June 2024, a step
    Okafor and Vega agreed in May.
  - Jane Doe headed the Westland team at the Reef Exercise.
people:
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], role: Defense Minister, paragraphs: [1]}
  - {id: vega, name: Rosa Vega, aliases: [Vega], role: Defense Minister, paragraphs: [1]}
  - id: doe
    name: Jane Doe
    role: official
    actions:
      - {text: Headed the Westland team at the Reef Exercise., paragraphs: [2]}
    paragraphs: [2]
organizations:
  - {id: westland, name: Westland, kind: country, paragraphs: [1, 2]}
events:
  - {id: reef, name: Reef Exercise, date: 2024-06-01, place: Fort Harbour, paragraphs: [1, 2],
     description: 'An exercise held at Fort Harbour, a step agreed by Okafor and Vega in May.'}
"""


def test_who_looks_further_while_no_unit_holds_every_word(kb: KnowledgeBase) -> None:
    """ "Who led the ROK side at the TTX": while every unit judged misses a word ("led": the
    exercise's own units), judging goes on past the usual number; once one holds them all, not."""
    q = parse(kb, "who led the rok side at the table-top exercise")
    ranked = ask._candidates(kb, q)
    judged = [c for doc, score in ranked[:3] if (c := ask._judge(kb, q, doc, score)) is not None]
    missing = [replace(c, missing=c.missing or q.words[:1]) for c in judged]
    assert ask._imprecise(q, missing)
    assert not ask._imprecise(q, [replace(missing[0], missing=())])


def test_a_unit_naming_an_event_names_where_it_was_held(tmp_path: Path) -> None:
    """ "Who ran the Westland team at Fort Harbour": the unit saying Jane Doe headed the team at
    the Reef Exercise names the exercise, held at Fort Harbour; not the event's own unit, which
    says Fort Harbour but not who headed a team."""
    found = _loaded(tmp_path, r=REEF).ask("who ran the westland team at fort harbour")
    assert found.matched and found.text.startswith("**Jane Doe**"), found.text


COUNCIL = """\
id: co
article: {outlet: O, title: T, url: 'https://example.org/co', published: 2024-03-04}
summary: A council.
paragraphs:
  - Okafor and Vega held the 12th Harbour Council in Portville, Northland, on 3 March 2024.
  - Hours after the council, the Westland coast guard said Sealand fired a rocket.
people:
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], role: Defense Minister, paragraphs: [1]}
  - {id: vega, name: Rosa Vega, aliases: [Vega], role: Defense Minister, paragraphs: [1]}
organizations:
  - {id: westland, name: Westland, kind: country, paragraphs: [2]}
  - {id: northland, name: Northland, kind: country, paragraphs: [1]}
events:
  - {id: hc12, name: 12th Harbour Council, aliases: [HC], date: 2024-03-03, place: "Portville, Northland",
     description: Okafor and Vega held their twelfth council in Northland., paragraphs: [1]}
facts:
  - {id: rocket, text: "Hours after the 12th Harbour Council, the Westland coast guard said Sealand fired
     a rocket.", date: 2024-03-03, paragraphs: [2]}
"""


def test_a_claim_putting_an_event_at_another_named_place_is_corrected(tmp_path: Path) -> None:
    """ "The 12th Harbour Council was held in Westland, wasn't it": a unit naming Westland and the
    council (the rocket fired after it) holds every word, but the articles hold the council in
    Portville: that answers, saying Westland is the question's."""
    engine = _loaded(tmp_path, co=COUNCIL)
    found = engine.ask("the 12th harbour council happened in westland, didnt it")
    assert found.matched and "Westland" in found.footer, found
    assert "rocket" not in found.text and "Northland" in found.text, found


def test_numbers_and_initials_typed_out_are_read_as_the_articles_print_them(tmp_path: Path) -> None:
    """Voice typing: "the twelfth harbour council" (the articles' 12th), "h c" (HC), "march third"."""
    engine = _loaded(tmp_path, co=COUNCIL)
    for typed in (
        "who held the twelfth harbour council",
        "who held the h c",
        "who held the 3rd of march council",
    ):
        found = engine.ask(typed)
        assert found.matched and "Okafor" in found.text, (typed, found)


NO_VISIT = """\
id: nv
article: {outlet: O, title: T, url: 'https://example.org/nv', published: 2024-06-02}
summary: Visits.
paragraphs:
  - No carrier has called at a Westland port since the early 1990s, officials said.
  - The carrier USS Gull visited Port Alpha in May 2024, the first such visit since 2019.
organizations:
  - {id: westland, name: Westland, kind: country, paragraphs: [1]}
events:
  - {id: gull, name: USS Gull visit, date: 2024-05, description: The USS Gull visited Port Alpha.,
     paragraphs: [2]}
"""


def test_when_it_last_happened_is_when_the_articles_say_it_has_not_since(tmp_path: Path) -> None:
    """ "When did a carrier last call at a Westland port": "none since the early 1990s" says when;
    "the first visit since 2019" of a later visit does not (the last is that visit itself)."""
    engine = _loaded(tmp_path, nv=NO_VISIT, vocabulary=True)
    found = engine.ask("when did a carrier last call at a westland port")
    assert found.matched and found.text.startswith("**the early 1990s**"), found.text
    found = engine.ask("when did a carrier last visit port alpha")
    assert found.matched and "2019" not in found.text.split("\n")[0], found.text


def test_according_to_someone_is_whose_account_not_an_accord(kb: KnowledgeBase) -> None:
    """ "How many troops, according to Austin": Austin's account (said), not an agreement."""
    q = parse(kb, "how many troops are in russia according to austin")
    assert not any("agreement" in w.terms or "accord" in w.terms for w in q.words), q.words


FAMILY = """\
id: fa
article: {outlet: O, title: T, url: 'https://example.org/fa', published: 2024-06-02}
summary: Missiles.
paragraphs:
  - Sealand tested a Kestrel-2 missile in May 2024.
  - In June 2024 Sealand fired a Kestrel-5 missile into the sea.
organizations:
  - {id: sealand, name: Sealand, kind: country, paragraphs: [1, 2]}
terms:
  - {id: k2, term: Kestrel-2, is_a: [missile], definition: A short-range missile., paragraphs: [1]}
  - {id: k5, term: Kestrel-5, is_a: [missile], definition: A long-range missile., paragraphs: [2]}
"""


def test_a_model_family_is_a_kind_and_every_one_is_listed(tmp_path: Path) -> None:
    """ "Which Kestrels": the Kestrel-2 and the Kestrel-5 (their family is their kind); "list every
    missile" asks for each one as "which missiles" does; "accross", a slip for a placing
    preposition, says nothing and does not block the answer."""
    engine = _loaded(tmp_path, fa=FAMILY)
    for typed in (
        "which kestrels get mentioned accross the articles",
        "list every missile in the articles",
    ):
        lead = engine.ask(typed).text.split("\n")[0]
        assert "Kestrel-2" in lead and "Kestrel-5" in lead, (typed, lead)


def test_things_named_in_the_articles_typed_as_a_fragment_asks_which(tmp_path: Path) -> None:
    """ "missiles named in these articles?": which are, each one; not a claim to check."""
    engine = _loaded(tmp_path, fa=FAMILY)
    found = engine.ask("missiles named in these articles?")
    lead = found.text.split("\n")[0]
    assert "Kestrel-2" in lead and "Kestrel-5" in lead and "articles say" not in lead, found.text


STANCE = """\
id: st
article: {outlet: O, title: T, url: 'https://example.org/st', published: 2024-05-02}
summary: Talks.
paragraphs:
  - Jane Okafor met Rosa Vega in Port Alpha on 1 May 2024.
  - The joint drills are what Sealand says must end before it will talk.
  - After Sealand fired a rocket on 2 May 2024, Westland said it was regrettable.
people:
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], paragraphs: [1]}
  - {id: vega, name: Rosa Vega, aliases: [Vega], paragraphs: [1]}
organizations:
  - {id: sealand, name: Sealand, kind: country, paragraphs: [2, 3]}
  - {id: westland, name: Westland, kind: country, paragraphs: [3]}
quotes:
  - {id: q1, speaker: sealand, text: must end, paragraphs: [2]}
events:
  - {id: m, name: Okafor-Vega meeting, date: 2024-05-01, description: Okafor met Vega., paragraphs: [1]}
  - {id: r, name: Sealand rocket launch, date: 2024-05-02, description: Sealand fired a rocket.,
     paragraphs: [3]}
facts:
  - {id: regret, text: Westland said it was regrettable that Sealand fired a rocket., paragraphs: [3]}
"""


def test_a_standing_position_is_nothing_said_about_a_particular_event(tmp_path: Path) -> None:
    """ "What did Sealand say about the Okafor-Vega meeting": what it says of the drills, at no
    time in particular, is not about the meeting; said so. Words said at a time may answer."""
    engine = _loaded(tmp_path, st=STANCE)
    found = engine.ask("what did sealand say about the okafor-vega meeting")
    assert not found.matched and "nothing Sealand said about" in found.text, found.text
    # reacting to it is the same; "the Okafor and Vega meeting" is the Okafor-Vega meeting
    found = engine.ask("how did sealand react to the okafor and vega meeting")
    assert not found.matched and "nothing Sealand said about" in found.text, found.text
    assert engine.ask("what did sealand say about the drills").matched
    found = engine.ask("what did westland say about the sealand rocket launch")
    assert found.matched and "regrettable" in found.text, found.text


ANNOUNCED = """\
id: an
article: {outlet: O, title: T, url: 'https://example.org/an', published: 2024-05-21}
summary: A drill.
paragraphs:
  - On 1 May 2024 in Port Alpha, Jane Okafor and Rosa Vega announced the Reef Drill.
  - The Reef Drill was held in Port Beta on 20 May 2024.
  - Sealand has completed preparations to conduct a missile test.
people:
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], paragraphs: [1]}
  - {id: vega, name: Rosa Vega, aliases: [Vega], paragraphs: [1]}
organizations:
  - {id: sealand, name: Sealand, kind: country, paragraphs: [3]}
events:
  - {id: rd, name: Reef Drill, date: 2024-05-20, place: Port Beta, description: The drill was held.,
     paragraphs: [2]}
facts:
  - {id: announced, text: Okafor and Vega announced the Reef Drill in Port Alpha on 1 May 2024.,
     date: 2024-05-01, paragraphs: [1]}
  - {id: prep, text: Sealand has completed preparations to conduct a missile test., paragraphs: [3]}
"""


def test_who_announced_a_thing_says_which_and_is_not_what_is_asked(tmp_path: Path) -> None:
    """ "The Reef Drill Okafor and Vega announced in May, when and where did it end up happening":
    the announcing places the drill; the answer is the drill's own day and place, not the
    announcement's."""
    engine = _loaded(tmp_path, an=ANNOUNCED, vocabulary=True)
    for typed in (
        "the reef drill okafor and vega announced in may, when and where did it actually end up happening",
        "when was the reef drill okafor and vega announced held",
    ):
        found = engine.ask(typed)
        lead = found.text.split("\n")[0]
        assert found.matched and "20 May" in lead and "Port Alpha" not in lead, (typed, found.text)


def test_preparations_are_no_deed_done(tmp_path: Path) -> None:
    """ "Did Sealand end up conducting the missile test": "completed preparations to conduct" one
    says it was only readied; "what did Okafor end up saying" asks for her words."""
    engine = _loaded(tmp_path, an=ANNOUNCED, vocabulary=True)
    found = engine.ask("did sealand end up conducting the missile test")
    assert not found.matched and "only as planned" in found.text, found.text
    assert parse(engine.kb, "what did okafor end up saying about the drill").speech


def test_a_post_typed_in_chat_words_names_its_holders(tmp_path: Path) -> None:
    """ "the south korean def ministers", "the sk defmins": the post's holders, as "South Korean
    defense ministers" names them ("korean" is of Korea, the country, not of the post)."""
    kb = _corpus(tmp_path)
    asked = parse(kb, "which south korean defense ministers did austin meet").asked_names
    assert asked and len(asked[0]) == 3, asked
    for typed in ("list the south korean def ministers austin met", "list the sk defmins austin met"):
        assert parse(kb, typed).asked_names == asked, typed
    # how many: that many, the holders of that very post (not a deputy minister for defense policy)
    found = Engine(kb).ask("how many south korean defense ministers did austin meet")
    assert found.text.startswith("The articles show **3**") and "Heo" not in found.text, found.text
    # "who were the ...": the verb makes the post's name plural, every holder Austin met
    found = Engine(kb).ask("who were the south korean defence ministers austin dealt with, in order")
    assert all(name in found.text for name in ("Lee Jong-sup", "Shin Won-sik", "Kim Yong-hyun")), found.text


def test_a_second_question_about_whom_the_first_answers_is_about_that_person(tmp_path: Path) -> None:
    """ "Who was SK's defense minister at the 56th SCM and what did he do before": he is Kim, whom
    the first part answers (not "SK's defense minister at the 56th SCM" again); both are
    answered. "The new defense minister" is the post's holder then; "his job before", his old job."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "who was sk defense minister at the 56th scm and what did he do before",
        "who's the new sk defence minister at the 56th scm and what was his job before",
        "who's kim yong-hyun and what did he do before",  # a profile first: of him
    ):
        found = engine.ask(typed)
        shown = " ".join([found.text, *(f"{f.name} {f.value}" for f in found.fields)])
        assert "Kim Yong-hyun" in found.text and "Presidential Security Service" in shown, (typed, shown)
    # the first asks something else of one person: "he" in the second is that person
    found = engine.ask(
        "which russian region was austin worried theyd fight in, and what did he say about putin"
    )
    shown = " ".join([found.text, *(f"{f.name} {f.value}" for f in found.fields)])
    assert "Kursk" in found.text and "prevail" in shown, shown


LAUNCH_MONTH = """\
id: lm
article: {outlet: O, title: T, url: 'https://example.org/lm', published: 2024-07-20}
summary: A launch.
paragraphs:
  - On 19 July 2024 Sealand fired two rockets into the sea.
organizations:
  - {id: sealand, name: Sealand, kind: country, paragraphs: [1]}
facts:
  - {id: fired, text: On 19 July 2024 Sealand fired two rockets into the sea., date: 2024-07-19,
     paragraphs: [1]}
"""


def test_how_many_in_a_month_is_not_counted_by_another_months_unit(tmp_path: Path) -> None:
    """ "How many rockets did Sealand fire in March 2024": the one launch the articles give is in
    July, in an article of July: not counted as March's."""
    engine = _loaded(tmp_path, lm=LAUNCH_MONTH)
    found = engine.ask("how many rockets did sealand fire in march 2024")
    assert not found.matched and "nothing in March" in found.text, found.text
    assert "two" in engine.ask("how many rockets did sealand fire in july 2024").text


EIGHTH = """\
id: ei
article: {outlet: O, title: T, url: 'https://example.org/ei', published: 2024-05-21}
summary: A drill.
paragraphs:
  - The eighth Reef Drill was held in Port Beta on 20 May 2024, the first held since 2020.
events:
  - {id: rd8, name: eighth Reef Drill, date: 2024-05-20, place: Port Beta,
     description: The eighth Reef Drill was held in Port Beta., paragraphs: [1]}
"""


def test_the_first_of_a_series_the_articles_number_later_ones_of_is_not_known(tmp_path: Path) -> None:
    """ "When was the very first Reef Drill": the articles give the eighth (and "the first since
    2020", no first of all): they do not say when the first was."""
    engine = _loaded(tmp_path, ei=EIGHTH)
    found = engine.ask("when was the very first reef drill held")
    assert not found.matched and "when the first was" in found.text, found.text
    assert engine.ask("when was the eighth reef drill held").matched


def test_a_headline_given_asks_about_that_article(tmp_path: Path) -> None:
    """ "Who published 'Reef Drill Held In Port Beta'": the article of that headline, by outlet."""
    titled = ANNOUNCED.replace(
        "outlet: O, title: T", "outlet: Harbour Times, title: Reef Drill Held In Port Beta"
    )
    engine = _loaded(tmp_path, an=titled, lm=LAUNCH_MONTH)
    found = engine.ask("who published 'reef drill held in port beta' and when")
    assert found.matched and [f.value for f in found.fields if f.name == "Outlet"] == ["Harbour Times"], found


STAY = """\
id: sy
article: {outlet: O, title: T, url: 'https://example.org/sy', published: 2024-05-02}
summary: A visit.
paragraphs:
  - Jane Okafor visited Port Alpha on 1 May 2024. An 11-day drill began there the next day.
  - Around 300 sailors were sent to Port Alpha for the drill.
people:
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], paragraphs: [1]}
facts:
  - {id: drill, text: An 11-day drill began in Port Alpha in May 2024., date: 2024-05, paragraphs: [1]}
  - {id: sailors, text: Around 300 sailors were sent to Port Alpha for the drill., paragraphs: [2]}
"""


def test_how_many_of_a_person_is_not_counted_by_a_unit_without_them(tmp_path: Path) -> None:
    """ "How many days was Okafor in Port Alpha": the 11-day drill beside her visit is no count of
    her stay; "how many sailors got sent": "got" helps "sent", and is no part of what is counted."""
    engine = _loaded(tmp_path, sy=STAY)
    assert not engine.ask("how many days was okafor in port alpha for").matched
    assert "got" not in {w.typed for w in parse(engine.kb, "how many sailors got sent to port alpha").words}


BEFORE_SUMMIT = """\
id: bs
article: {outlet: O, title: T, url: 'https://example.org/bs', published: 2024-07-11}
summary: Summits.
paragraphs:
  - Okafor and Vega held the Reef Summit in Port Alpha on 10 July 2024, after meeting in Port City in March.
people:
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], paragraphs: [1]}
  - {id: vega, name: Rosa Vega, aliases: [Vega], paragraphs: [1]}
events:
  - {id: rs, name: Reef Summit, date: 2024-07-10, place: Port Alpha, description: Okafor and Vega met.,
     paragraphs: [1]}
  - {id: pc, name: Port City meeting, date: 2024-03, place: Port City, description: Okafor and Vega met.,
     paragraphs: [1]}
"""


def test_before_an_event_is_not_the_event_however_precisely_each_is_dated(tmp_path: Path) -> None:
    """ "Where did Okafor and Vega meet before the Reef Summit": not the summit (which holds every
    word); the Port City meeting, dated only to its month, is wholly before the summit's day."""
    engine = _loaded(tmp_path, bs=BEFORE_SUMMIT)
    found = engine.ask("where did okafor and vega meet before the reef summit")
    assert found.matched and "Port City" in found.text.split("\n")[0], found.text


def test_the_exact_date_of_something_asks_when_it_was(kb: KnowledgeBase) -> None:
    """ "exact date of the table-top exercise?", "what was the exact date of ...": when, to the day."""
    for typed in (
        "exact date of the table-top exercise?",
        "what was the exact date of the table-top exercise",
    ):
        q = parse(kb, typed)
        assert q.asks == Asks.WHEN and q.to_the_day, (typed, q.asks, q.to_the_day)


def test_a_unit_naming_an_event_means_its_other_names_too(engine: Engine) -> None:
    """ "How did North Korea react when the Reagan showed up": the unit on "the carrier deployment"
    names the Reagan's deployment, whose other names hold "Reagan": an answer, not a guess."""
    found = engine.ask("how did north korea react when the reagan showed up")
    assert found.matched and not found.unsure and "threat" in found.text, found


def test_a_claim_giving_an_event_another_month_is_corrected(tmp_path: Path) -> None:
    """ "The Reef Summit was in June 2024, wasn't it": the summit's unit (of July) holds all but
    June; a unit giving its month answers, saying June is the question's."""
    engine = _loaded(tmp_path, bs=BEFORE_SUMMIT)
    found = engine.ask("the reef summit was in june 2024 wasn't it")
    assert "July" in found.text and "Not “june”" in found.footer, found


MET_TWO = """\
id: mt
article: {outlet: O, title: T, url: 'https://example.org/mt', published: 2024-09-02}
summary: Meetings.
paragraphs:
  - Jane Okafor met Rosa Vega in Port Alpha on 1 May 2024.
  - Okafor met Ana Ruiz in Port Beta on 1 September 2024.
people:
  - {id: okafor, name: Jane Okafor, aliases: [Okafor], paragraphs: [1, 2]}
  - {id: vega, name: Rosa Vega, aliases: [Vega], paragraphs: [1]}
  - {id: ruiz, name: Ana Ruiz, aliases: [Ruiz], paragraphs: [2]}
facts:
  - {id: m1, text: Okafor met Vega in Port Alpha on 1 May 2024., date: 2024-05-01, paragraphs: [1]}
  - {id: m2, text: Okafor met Ruiz in Port Beta on 1 September 2024., date: 2024-09-01, paragraphs: [2]}
"""


def test_a_claim_with_the_wrong_person_is_corrected_by_whom_the_articles_give(tmp_path: Path) -> None:
    """ "Okafor met Ruiz in Port Alpha in May 2024, right?": that meeting was with Vega; the
    reading without Ruiz is borne out most fully (not the one without the month). A question
    ("did Okafor also meet Ruiz in May") is not corrected so."""
    engine = _loaded(tmp_path, mt=MET_TWO)
    found = engine.ask("okafor met ruiz in port alpha in may 2024, right?")
    assert "Vega" in found.text and "Not “Ana Ruiz”" in found.footer, found


def test_a_term_asked_with_a_slip_in_its_name_is_defined(engine: Engine) -> None:
    """ "wat does the strenght to strength approach mean here": the term, its slip mended and
    "here" (the articles) saying nothing, is defined, as "what does strength to strength mean" is."""
    for typed in (
        "wat does the strenght to strength approach mean here",
        "strenght to strength approach = ???",
    ):
        found = engine.ask(typed)
        assert found.text == engine.ask("what does strength to strength mean").text, (typed, found.text)


PASSIVE = """\
id: pa
article: {outlet: O, title: T, url: 'https://example.org/pa', published: 2024-05-02}
summary: Criticism.
paragraphs:
  - At the Reef Summit, Westland criticised Sealand for its drills, a passage likely to draw protests.
organizations:
  - id: sealand
    name: Sealand
    kind: country
    paragraphs: [1]
    actions:
      - {text: "Was criticised by Westland for what it described as reckless drills at the Reef Summit.",
         paragraphs: [1]}
  - {id: westland, name: Westland, kind: country, paragraphs: [1]}
events:
  - {id: rs, name: Reef Summit, date: 2024-05-01, description: A summit., paragraphs: [1]}
"""


def test_what_was_done_to_someone_is_not_what_they_said(tmp_path: Path) -> None:
    """ "What did Sealand say back about the Reef Summit": "Sealand: was criticised by Westland" is
    Westland's doing; the articles quote nothing Sealand said there."""
    engine = _loaded(tmp_path, pa=PASSIVE)
    assert not engine.ask("what did sealand say back about the reef summit").matched


def test_that_distance_in_a_second_question_is_the_first_ones() -> None:
    """ "How far did the rockets fly and why does that distance matter": "that distance" is the
    distance the first part asks about, not a pronoun standing for all of it."""
    parts = ask._two_questions("how far did the rockets fly and why does that distance matter")
    assert parts is not None and parts[1] == "why does the distance of the rockets fly matter", parts


ARROWS = """\
id: ar
article: {outlet: O, title: T, url: 'https://example.org/ar', published: 2024-05-02}
summary: Missiles.
paragraphs:
  - Ruritania tested an Arrow-2 missile in May.
  - An Arrow-1 missile Ruritania tested in April fell in Molvania's waters.
organizations:
  - {id: ruritania, name: Ruritania, kind: country, paragraphs: [1, 2]}
  - {id: molvania, name: Molvania, kind: country, paragraphs: [2]}
terms:
  - {id: arrow-1, term: Arrow-1, is_a: [missile], paragraphs: [2],
     definition: "A Ruritanian missile; the one tested fell in Molvania's waters."}
  - {id: arrow-2, term: Arrow-2, is_a: [missile], paragraphs: [1], definition: A Ruritanian missile.}
"""


def test_a_peoples_adjective_in_a_description_names_its_country(tmp_path: Path) -> None:
    """ "Which Ruritania missiles": "a Ruritanian missile that fell in Molvania's waters" is Ruritania's,
    not Molvania's, the one country its description names by name."""
    answer = _loaded(tmp_path, ar=ARROWS).ask("which ruritania missiles are named")
    assert "Arrow-1" in answer.text and "Arrow-2" in answer.text, answer.text


LANDERS = """\
id: la
article: {outlet: O, title: T, url: 'https://example.org/la', published: 2024-05-02}
summary: Troops.
paragraphs:
  - Northland sent troops to Eastland, and most South Landers want them home.
organizations:
  - {id: northland, name: Northland, aliases: [the North, North Landers], kind: country, paragraphs: [1]}
  - {id: eastland, name: Eastland, kind: country, paragraphs: [1]}
  - {id: south-landers, name: South Landers, aliases: [Landers], kind: group, paragraphs: [1]}
"""


def test_the_longest_name_is_read_where_two_overlap(tmp_path: Path) -> None:
    """ "The north landers": "North Landers" (Northland), not "the North" and then "Landers",
    another people; "the" does not make a name longer."""
    kb = _loaded(tmp_path, la=LANDERS).kb
    assert parse(kb, "where did eastland put the north landers").named == (
        frozenset({"eastland"}),
        frozenset({"northland"}),
    )


def test_things_asked_in_order_are_listed(tmp_path: Path) -> None:
    """ "The order of the SK defense ministers, first to last", "sk defense ministers in order":
    the post's holders, as "list the SK defense ministers" asks for them; "first" here asks for
    no one of them alone, and "put the events in order" is no listing of a thing."""
    kb = _corpus(tmp_path)
    asked = parse(kb, "list the south korean defense ministers austin met").asked_names
    for typed in (
        "order of the south korean defense ministers austin met, first to last",
        "south korean defense ministers austin met in chronological order",
    ):
        q = parse(kb, typed)
        assert q.asked_names == asked and q.order is None, (typed, q)
    assert "put" in {w.typed for w in parse(kb, "put the events in order").words}


def test_does_it_say_when_asks_when(kb: KnowledgeBase) -> None:
    """ "Did the Diplomat article say when NK's seventh test would happen": when it would, of
    that account, which the article does not say; not whether the article says something."""
    q = parse(kb, "did the diplomat article say where austin and lee met")
    assert q.asks == Asks.WHERE and not q.yesno and q.outlet == "the diplomat", q
    assert parse(kb, "does it mention who lee met").asks == Asks.WHO
    assert not Engine(kb).ask("did the diplomat article say when nk's seventh nuke test would happen").matched


def test_did_it_happen_and_when_asks_when(kb: KnowledgeBase) -> None:
    """ "Did the exercise they announced happen, and when": its date says whether it did."""
    for typed, asks in (
        ("did austin and lee meet, and when", Asks.WHEN),
        ("did austin and lee meet and where", Asks.WHERE),
        ("did austin and lee meet, if so when", Asks.WHEN),
    ):
        q = parse(kb, typed)
        assert q.asks == asks and not q.yesno, (typed, q)


def test_the_other_way_offered_in_a_yes_no_question_is_no_word_of_it(kb: KnowledgeBase) -> None:
    """ "Did they meet in Seoul, or was that all talk": whether they met; "will they keep
    deploying" asks whether it goes on, so "keep" is a word of it there (in "why does NK keep
    saying" it is not)."""
    q = parse(kb, "did austin and lee meet in seoul or was that just hype")
    assert q.yesno and not {"hype", "talk"} & {w.typed for w in q.words}, q
    assert "keep" in {w.typed for w in parse(kb, "will they keep deploying strategic assets").words}
    assert "keep" not in {w.typed for w in parse(kb, "why does north korea keep firing missiles").words}


PLEDGES = """\
id: pl
article: {outlet: O, title: T, url: 'https://example.org/pl', published: 2024-05-02}
summary: Pledges.
paragraphs:
  - Westland signed the Harbour Pact, a commitment to consult.
  - Westland pledged to send more ships to the harbour in future.
organizations:
  - {id: westland, name: Westland, kind: country, paragraphs: [1, 2]}
terms:
  - {id: hp, term: Harbour Pact, is_a: [commitment], definition: A pact., paragraphs: [1]}
"""


def test_what_commitment_is_answered_by_a_pledge_made(tmp_path: Path) -> None:
    """ "What commitment did Westland make about ships": the unit saying it pledged to send them
    is that commitment, though it names no entry of the kind "commitment"."""
    found = _loaded(tmp_path, vocabulary=True, pl=PLEDGES).ask(
        "what commitment did westland make about ships"
    )
    assert found.matched and "pledged to send more ships" in found.text, found.text


def test_the_range_of_something_asks_how_far(kb: KnowledgeBase) -> None:
    """ "What's the range of X", "what was the distance between A and B": a distance, which a
    unit giving none does not answer."""
    for typed in ("whats the range of the missiles", "what was the distance between seoul and busan"):
        assert parse(kb, typed).asks == Asks.DISTANCE, typed
    assert parse(kb, "what range of options did they discuss").asks != Asks.DISTANCE


def test_who_held_a_post_in_a_month_asked_is_who_held_it_by_then(tmp_path: Path) -> None:
    """ "Who was Harbourland's defense minister in May 2024": Okafor, shown in the post as of
    2 May 2024; in January 2024 the articles show no one in it yet (the month is no word of the
    post's name)."""
    engine = _loaded(tmp_path, r=ROLE_AT)
    found = engine.ask("who was harbourland's defense minister in may 2024")
    assert found.matched and found.text.startswith("**Jane Okafor**"), found.text
    found = engine.ask("who was harbourland's defense minister in jan 2024")
    assert not found.matched and "no one in that role by January 2024" in found.text, found.text
    found = engine.ask("who was harbourland's defense minister at the may 2024 meeting")  # what it dates
    assert found.matched and "Defense Minister as of 2 May 2024" in found.text, found.text


def test_a_likeness_to_what_the_articles_never_name_is_set_aside_and_said(kb: KnowledgeBase) -> None:
    """ "Did Austin and Lee agree on a pact like NATO's": whether they agreed is asked; the
    likeness the articles cannot answer is set aside, and the answer says so."""
    q = parse(kb, "did austin and lee agree to a pact like nato article 5")
    assert q.likened == "nato article 5" and "nato" not in {w.typed for w in q.words}, q
    found = Engine(kb).ask("did austin and lee agree to a pact like nato article 5")
    assert found.matched and found.unsure and "nato article 5" in found.footer, found
    assert not parse(kb, "did austin and lee meet like the last time").likened  # words the articles use
    # "like a NATO-style pact": NATO is the likeness; the pact is still asked about
    q = parse(kb, "did austin and lee agree to something like a nato style pact")
    assert q.likened.startswith("nato") and "pact" in {w.typed for w in q.words}, q


def test_one_question_asked_of_two_things_is_answered_for_each(tmp_path: Path) -> None:
    """ "Who covered the 55th SCM and who covered the 56th": each article's outlet, the second
    by name too (not only its standfirst)."""
    found = Engine(_corpus(tmp_path)).ask("who covered the 55th scm and who covered the 56th")
    shown = found.text + " ".join(f"{f.name} {f.value}" for f in found.fields)
    assert "Alliance Wire" in shown and "**Peninsula Monitor**" in shown, shown


def test_the_purpose_of_something_asks_why(kb: KnowledgeBase) -> None:
    """ "What is the purpose of the table-top exercise", "what's the point of it": why it is held,
    a reason or purpose; "purpose" is no word a unit must hold."""
    for typed in (
        "what is the purpose of the table-top exercise",
        "whats the point of the tabletop exercise",
    ):
        q = parse(kb, typed)
        assert q.asks == Asks.WHY and not {"purpose", "point"} & {w.typed for w in q.words}, (typed, q)
        assert Engine(kb).ask(typed).matched, typed


def test_that_is_typed_without_its_apostrophe_says_nothing(kb: KnowledgeBase) -> None:
    """ "The meeting thats happening after the SCM": "that's", no word of what is asked."""
    assert "thats" not in {
        w.typed for w in parse(kb, "who is in the meeting thats happening after the scm").words
    }


def test_guesses_offered_to_choose_from_are_no_words_of_the_question(kb: KnowledgeBase) -> None:
    """ "Who did Austin meet in Seoul, was it Yoon or some minister guy": the guesses are the
    asker's; "..., and is that the north or the south" is a question of its own."""
    q = parse(kb, "who did austin meet in seoul, was it yoon or some minister guy")
    assert not {"minister", "guy"} & {w.typed for w in q.words} and len(q.named) == 2, q
    found = Engine(kb).ask("who did austin meet in seoul, was it yoon or some minister guy")
    assert found.matched and found.text.startswith("**Lee Jong-sup**"), found.text


def test_last_time_something_happened_asks_when(kb: KnowledgeBase) -> None:
    """ "Last time Austin met Lee before Seoul?": when that was, not a claim to check; with a
    second thing asked ("..., name of the meeting"), it is left as typed."""
    q = parse(kb, "last time austin met lee before seoul?")
    assert q.asks == Asks.WHEN and not q.yesno, q
    assert parse(kb, "last time austin met lee, name of the meeting").asks != Asks.WHEN


def test_contractions_typed_without_their_apostrophe_say_nothing(kb: KnowledgeBase) -> None:
    """ "didnt", "theyre", "itll": as "didn't", "they're", "it'll", no words of what is asked
    (not "till", the word one slip from "itll")."""
    for said in ("didnt", "theyre", "itll", "wont", "im"):
        q = parse(kb, f"when did austin meet lee {said} in seoul")
        assert {w.typed for w in q.words} == {"meet"}, (said, q.words)


def test_a_question_asked_in_the_negative_is_a_yes_no_question(kb: KnowledgeBase) -> None:
    """ "Didn't Austin meet Lee in Seoul", "wasnt the meeting in seoul": asked as "did ..." is,
    answered by what the articles say, not by a bare yes or no."""
    for typed in ("didn't austin meet lee in seoul", "wasnt the meeting in seoul", "won't they meet again"):
        assert parse(kb, typed).yesno, typed
    found = Engine(kb).ask("didnt austin meet lee in tokyo")  # read as "did": the verb is "meet"
    assert (
        found.text.startswith("The articles give the place as **Seoul**") and "met in Seoul" in found.text
    ), found.text


def test_how_many_times_a_year_wants_a_number_of_times(tmp_path: Path) -> None:
    """ "How often will its ships visit": "periodic visits" says; "how many visits a year" it
    does not ("annual drills" would: once)."""
    engine = _engine(tmp_path, "  - Westland pledged periodic visits by its ships to Port Alpha in 2024.\n")
    assert engine.ask("how often will westland ships visit port alpha").matched
    for typed in (
        "how many visits a year did westland promise to port alpha",
        "how often will westland ships visit port alpha, like how many times a year",
    ):
        assert not engine.ask(typed).matched, typed


def test_which_articles_mention_something_are_those_whose_text_says_it(tmp_path: Path) -> None:
    """ "Which articles mention Port Alpha": each whose own text names it; "which stories have
    the 'drills resumed' line": the one saying so; none for what no article says."""
    engine = _loaded(
        tmp_path,
        a=_summit_story("a", "Harbour Post", "02", "Okafor met Vega at the Reef Summit in Port Alpha."),
        b=_summit_story(
            "b", "Sea Times", "20", "Drills resumed in Port Alpha.", "Okafor met Vega at the Reef Summit."
        ),
    )
    found = engine.ask("which articles mention port alpha")
    listed = " ".join(f"{i.title} {i.text}" for i in found.items)
    assert "Harbour Post" in listed and "Sea Times" in listed, found
    found = engine.ask("which stories have the 'drills resumed' line")
    shown = found.text + " ".join(f.value for f in found.fields) + " ".join(i.text for i in found.items)
    assert "Sea Times" in shown and "Harbour Post" not in shown, shown
    assert not engine.ask("which articles mention the olympics").matched


def test_slips_of_the_words_that_shape_a_question_are_mended_before_it_is_read(kb: KnowledgeBase) -> None:
    """ "what does ROK stnad for" asks what it stands for, "how long befroe the talks" what came
    before; the question is still shown back as typed, and names are not "mended"."""
    found = Engine(kb).ask("what does ROK stnad for")
    assert found.matched and "Republic of Korea" in found.text, found.text
    assert parse(kb, "what happened befroe the seoul talks").later is False
    found = Engine(kb).ask("how long befroe the seoul talks was the 54th scm")
    assert found.matched and "two months" in found.text and "befroe" in found.title, found


def test_a_request_to_explain_asks_what_a_thing_is(kb: KnowledgeBase) -> None:
    """ "Can you explain X", "would someone be so good as to explain what the letters X stand for":
    what X is, or the question inside; "in simple words for my 9 year old", "like i'm five": for
    whom to put it plainly, nothing the articles must say."""
    _all_say_what_dprk_stands_for(
        kb,
        "can u explain the DPRK",
        "would someone be so good as to explain what the letters DPRK stand for",
        "what is the DPRK in simple words for my 9 year old",
        "whats the DPRK, explain like i'm five",
    )


def _all_say_what_dprk_stands_for(kb: KnowledgeBase, *asked: str) -> None:
    engine = Engine(kb)
    for typed in asked:
        found = engine.ask(typed)
        assert found.matched and "Democratic People" in found.text, (typed, found.text)


def test_the_question_inside_what_the_asker_wonders_is_asked(kb: KnowledgeBase) -> None:
    """ "I wonder what X is", "my kid asked what X means", "I would be grateful to learn when ...":
    the question inside; "forgive my ignorance, but" before it and "is that simply Y" or ", is it
    like a Y" after it (the asker's guess at the answer) ask nothing the articles must say."""
    _all_say_what_dprk_stands_for(
        kb,
        "i wonder what the DPRK is",
        "my kid asked what DPRK means in the article, is it like a rock lol",
        "forgive my ignorance, but what is the DPRK? is that simply north korea",
        "I would be grateful to learn what DPRK stands for",
    )


def test_where_something_happened_is_the_place_the_words_give_it(tmp_path: Path) -> None:
    """ "Where did the Kentucky arrive": "announced the Kentucky's arrival in Busan" answers Busan,
    though the announcement's own event was held in Seoul; "which port city" asks where, as
    "which port" does."""
    engine = Engine(_corpus(tmp_path))
    for typed in ("where did the kentucky arrive", "which port city did the uss kentucky pull into"):
        found = engine.ask(typed)
        assert found.matched and found.text.startswith("**Busan**"), (typed, found.text)
    assert parse(engine.kb, "which port city did the uss kentucky pull into").asks == Asks.WHERE


def test_a_request_to_be_told_asks_the_question_inside(kb: KnowledgeBase) -> None:
    """ "Could you kindly tell me when ...", "does anyone know where ...", "any idea why ...": the
    question inside, not a yes/no question about the asker's helpers; "where and on what date"
    asks where and when."""
    engine = Engine(kb)
    for typed in ("could you tell me when austin met lee", "can u please tell me when austin met lee"):
        assert parse(kb, typed).asks == Asks.WHEN and not parse(kb, typed).yesno, typed
        assert "31 January 2023" in engine.ask(typed).text, typed
    found = engine.ask("does anyone know where austin met lee")
    assert found.matched and "Seoul" in found.text.split(".")[0], found.text
    q = parse(kb, "could you kindly tell me where and on what date austin met lee")
    assert q.asks == Asks.WHEN and q.also_where, q


def test_a_series_named_in_the_plural_is_the_series(tmp_path: Path) -> None:
    """ "The security consultative meetings": every meeting of the series, as "the security
    consultative meeting" is, not the one the seed calls so; "could you list for me the ..." lists."""
    kb = _corpus(tmp_path)
    for typed in (
        "when were the security consultative meetings",
        "who attended the security consultative meetings",
    ):
        assert len(parse(kb, typed).events[0]) == 3, (typed, parse(kb, typed).events)
    found = Engine(kb).ask(
        "could you list for me the south korean defence ministers "
        "austin held security consultative meetings with"
    )
    assert all(name in found.text for name in ("Lee Jong-sup", "Shin Won-sik", "Kim Yong-hyun")), found.text


def test_the_distance_between_two_places_is_told_by_a_unit_naming_both(tmp_path: Path) -> None:
    """ "How far is the base from Port Harbour": the unit giving the distance between them; "how
    far is Port Alpha from the base": no unit names Port Alpha with a distance, so none answers
    (the missiles' 550 km flight is no distance between those places)."""
    engine = _engine(
        tmp_path,
        "  - On 1 May 2024 the navy fired two missiles from the base, which flew about 550 km,"
        " roughly the distance from the base to Port Harbour.\n  - Drills were held in Port Alpha.\n",
    )
    found = engine.ask("how far is port harbour from the base")
    assert found.matched and "Port Harbour" in found.text, found.text
    assert not engine.ask("how far is port alpha from the base, in km").matched


def test_a_number_counts_the_words_of_its_own_phrase(tmp_path: Path) -> None:
    """ "The two ministers condemned the troop deployment" counts ministers, not troops: it does
    not answer "how many troops"; "sent about 900 troops" does."""
    engine = _engine(tmp_path, "  - On 1 May 2024 the two ministers condemned the troops Westland sent.\n")
    assert not engine.ask("how many troops did westland send").matched
    (tmp_path / "b").mkdir()
    engine = _engine(tmp_path / "b", "  - On 1 May 2024 Westland sent about 900 troops to the border.\n")
    found = engine.ask("how many troops did westland send")
    assert found.matched and "900" in found.text, found.text


def test_keyword_reactions_asides_and_stories_out_on_a_day(tmp_path: Path) -> None:
    """ "Unification ministry reaction??": how it reacted; "ROK mean what, i see it everywhere":
    where the asker met the word, nothing asked; "which outlets had stories out on 13 mar 23":
    the articles of that day, not articles whose text has "out"."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("unification ministry reaction??")
    assert found.matched and "regrettable" in found.text, found.text
    found = engine.ask("ROK mean what, i see it everywhere in these news")
    assert found.matched and "Republic of Korea" in found.text, found.text
    found = engine.ask("which outlets had stories out on 13 mar 23")
    assert "Peninsula Monitor" in found.text and "Pacific Defense Review" in found.text, found.text


def test_holding_an_event_asks_only_where_or_when_it_was(tmp_path: Path) -> None:
    """ "Where did Biden hold the presser with Yoon": where the press conference was, though its
    account says what Biden said there, not that he held it."""
    found = Engine(_corpus(tmp_path)).ask("where did biden hold the presser with yoon")
    assert found.matched and "Rose Garden" in found.text.split("\n")[0], found.text


def test_a_model_the_articles_write_whole_is_not_found_in_its_parts(tmp_path: Path) -> None:
    """ "Where did the Hwasong-18 land": the articles write "Hwasong-18" whole and never say where
    it fell; a Hwasong-15 fired on 18 February holds "Hwasong" and "18", and is no Hwasong-18."""
    engine = Engine(_corpus(tmp_path))
    assert not engine.ask("where did the hwasong-18 land").matched
    found = engine.ask("where did the hwasong-15 land")
    assert found.matched and "Hokkaido" in found.text, found.text


def test_what_a_word_of_a_name_means_asked_loosely(tmp_path: Path) -> None:
    """ "What's the 'shield' part of the name supposed to mean", "why 'shield' in the name, does it
    signify something": what the word says in the name, as "what does 'shield' mean" asks."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "what's the 'shield' part of the name supposed to mean lol",
        "why 'shield' in the name, does it signify something",
    ):
        found = engine.ask(typed)
        assert found.matched and "defensive" in found.text, (typed, found.text)


def test_a_claim_of_the_wrong_month_is_answered_with_the_articles_date(tmp_path: Path) -> None:
    """ "The Camp David summit was in July 2023, wasn't it": the articles' account, with the date
    they give it (18 August 2023), though the account's own words give none; not a bare yes."""
    found = Engine(_corpus(tmp_path)).ask(
        "the camp david summit with biden yoon and kishida was in july 2023 wasn't it"
    )
    assert found.text.startswith("The articles date it 18 August 2023"), found.text


def test_the_kind_asked_last_with_a_preposition_and_an_event_named_twice(tmp_path: Path) -> None:
    """ "The 54th SCM, which city was it in": where it was, as "which city was the 54th SCM in"
    asks; "the scm before that one, the 54th, ...": one meeting named twice is listed once."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("the 54th scm, which city was it in")
    assert found.text.startswith("**Washington**"), found.text
    found = engine.ask("so the scm before that one, the 54th, which city was it in")
    assert found.text.count("54th") == 1 and "Washington" in found.text, found.text


def test_a_short_slip_of_a_name_is_that_name(tmp_path: Path) -> None:
    """ "seol" is Seoul and "busn" Busan: four letters English does not know, one short of a word
    of one name only."""
    kb = _corpus(tmp_path)
    assert any(
        "south korea" in group for group in parse(kb, "where did austin go after seol in nov 2023").named
    )
    found = Engine(kb).ask("where did austin go after seol in nov 2023")
    assert found.matched and found.text.startswith("**Indonesia**"), found.text
    assert "busan" in {w.typed for w in parse(kb, "how long did the kentucky stay in busn").words}


def test_a_second_question_naming_nothing_takes_the_first_ones_event(tmp_path: Path) -> None:
    """ "Who led Seoul's team at the TTX and who led the US side": the second is asked at the TTX,
    not "in led Seoul's team at the TTX"; one with no event phrase takes the first's topic."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("who led seoul's team at the ttx and who led the us side")
    second = next(f for f in found.fields if f.name.startswith("And"))
    assert second.name == "And who led the us side at the ttx" and "Mohandas" in second.value, second
    found = engine.ask("what was freedom edge and which us carrier took part")
    assert any(f.name == "And which us carrier took part in freedom edge" for f in found.fields), found


def test_an_event_named_by_its_month(tmp_path: Path) -> None:
    """ "The january meeting", "the November 2023 meeting": a month before a word of events'
    names names those the articles date in it; several that month are any of them, and who held
    a post then is who held it that month."""
    kb = _corpus(tmp_path)
    (january,) = parse(kb, "did they talk about japan at all in the january meeting").events
    assert january == {"austin-lee defense ministers' meeting in seoul"}
    (november,) = parse(kb, "who was south korea's defence minister at the november 2023 meeting").events
    assert "55th security consultative meeting (scm)" in november and len(november) > 1
    assert not parse(kb, "the meeting may happen in march").events  # verbs, not months
    engine = Engine(kb)
    found = engine.ask("did they talk about japan at all in the january meeting")
    assert found.matched and "Trilateral" in found.text.split("\n\n")[0], found.text
    found = engine.ask("who was south korea's defence minister at the november 2023 meeting")
    assert found.text.startswith("**Shin Won-sik**"), found.text


def test_an_undated_event_planned_at_a_meeting_is_said_there(tmp_path: Path) -> None:
    """ "Anything agreed with Tokyo at the Austin-Lee meeting": talks with Japan "at the earliest
    opportunity", which no article dates, were planned at the meeting its article reports, not
    held elsewhere: what the article says of them was said at the meeting."""
    found = Engine(_corpus(tmp_path)).ask("anything agreed w tokyo at the austin-lee meeting?")
    assert found.matched and "Trilateral" in found.text.split("\n\n")[0], found.text


def test_chat_tags_are_no_content(kb: KnowledgeBase) -> None:
    """ "ngl", "fr", "bruh": chat tags, rare in written English, are no unfamiliar word that
    makes a question look out of scope."""
    for typed in (
        "which fighter jets did austin bring up ngl",
        "do south koreans want their own nukes fr bruh",
    ):
        q = parse(kb, typed)
        assert not q.unknown and not {"ngl", "fr", "bruh"} & {w.typed for w in q.words}, (typed, q.words)


def test_a_response_asked_is_what_was_done_not_that_it_answered(tmp_path: Path) -> None:
    """ "How did North Korea answer the Kentucky's port call": "answer" asks for a response, as
    "respond" does; "North Korea answered early on Wednesday" says only that it did and when,
    not how: what it fired is the answer."""
    found = Engine(_corpus(tmp_path)).ask("how did north korea answer the kentucky port call")
    assert found.matched and "short-range" in found.text.split("\n")[0], found.text


def test_a_visit_is_hosted(tmp_path: Path) -> None:
    """ "Who did Biden host for a state visit before Yoon": the vocabulary's "host" finds the
    visits, though the articles' account of Macron's never says "hosted"."""
    found = Engine(_corpus(tmp_path)).ask("who did biden host for a state visit before yoon")
    assert found.text.startswith("**Emmanuel Macron**"), found.text


def test_a_term_of_office_is_no_calling(tmp_path: Path) -> None:
    """ "During Biden's term": a term of office, not Biden calling something a name ("what did
    Austin call it", "the drill Austin termed ..."): no speech is asked for."""
    kb = _corpus(tmp_path)
    assert not parse(kb, "whose state visit came right before yoon's during biden's term").speech
    assert parse(kb, "what did austin call the commitment").speech


def test_who_put_out_a_story_asks_for_its_outlet(tmp_path: Path) -> None:
    """ "Who put out the ttx story": the article itself, its outlet, not who held the exercise."""
    kb = _corpus(tmp_path)
    assert parse(kb, "who put out the ttx story").about_article
    assert not parse(kb, "who put out the joint statement").about_article  # no story: not an article
    found = Engine(kb).ask("who put out the ttx story")
    assert any(f.value == "Pacific Defense Review" for f in found.fields), found


def test_which_building_asks_where(kb: KnowledgeBase) -> None:
    """ "Which building in Seoul did they meet at": where in Seoul, more exactly: the article gives
    no place more exact than Seoul, and Yoon's "building its own nuclear weapons" is no answer.
    (Without "in Seoul", a building is asked for, which a city is not: see the test above.)"""
    assert parse(kb, "which building in seoul did they meet at").asks == Asks.WHERE
    found = Engine(kb).ask("which building in seoul did they meet at")
    assert not found.matched and "no place more exact than Seoul" in found.text, found.text


def test_the_kind_asked_after_a_dash_with_a_count(tmp_path: Path) -> None:
    """ "Trilateral security coop - which 3 countries": which countries, asked after a dash and
    counted, as "..., which city" is asked after a comma; "coop" is cooperation (vocabulary)."""
    kb = _corpus(tmp_path)
    for typed in (
        "trilateral security coop - which 3 countries",
        "trilateral security cooperation - which countries",
    ):
        q = parse(kb, typed)
        assert q.asked_kind and "countries" in q.kind_words and not q.unknown, (typed, q)
    found = Engine(kb).ask("trilateral security coop - which 3 countries")
    assert found.matched and "Japan" in " ".join(found.text.split("\n")[:2]), found.text  # the main answer


def test_the_first_of_all_of_an_event_named_without_its_number(tmp_path: Path) -> None:
    """ "When was the very first Reef Drill": the one event of that name the articles know is
    the eighth, though its name has no number: they do not say when the first was ("the first
    Reef Drill held since 2020", or the first of a series the articles know several of, would be
    answered as before)."""
    engine = _loaded(tmp_path, ei=EIGHTH.replace("name: eighth Reef Drill", "name: Reef Drill"))
    found = engine.ask("when was the very first reef drill held")
    assert not found.matched and "when the first was" in found.text, found.text


def test_roughly_how_many_asks_how_many(tmp_path: Path) -> None:
    """ "Roughly how many soldiers took part in Freedom Shield 23": how many, however exact; the
    articles give no number of soldiers, so "not in the knowledge base", not who took part."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "roughly how many soldiers took part in freedom shield 23",
        "about how many troops were in it",
    ):
        assert parse(engine.kb, typed).asks == Asks.COUNT, typed
    found = engine.ask("roughly how many soldiers took part in freedom shield 23 altogether")
    assert not found.matched and "how many" in found.text, found.text


def test_where_then_which_base_is_one_question(tmp_path: Path) -> None:
    """ "Where in Korea did the B-52 land in October 2023, which base": where, asked again more
    exactly, not a second question ("which base", answered alone with Kings Bay)."""
    found = Engine(_corpus(tmp_path)).ask("where in korea did the b-52 land in october 2023, which base")
    assert not found.matched and "no place more exact than South Korea" in found.text, found.text
    assert "Kings Bay" not in found.text, found.text


def test_the_first_in_decades_is_no_length_of_stay(tmp_path: Path) -> None:
    """ "How long did the Kentucky stay in Busan": "the first port call in more than four
    decades" is how long since the last, not how long it stayed; the articles do not say."""
    assert not ask._SPELL_RE.search("the first by a U.S. submarine in more than four decades")
    assert ask._SPELL_RE.search("the submarine stayed for five days")
    found = Engine(_corpus(tmp_path)).ask("how long was the uss kentucky in port at busan")
    assert not found.matched, found.text


def test_a_document_that_states_something_says_it(tmp_path: Path) -> None:
    """ "What did the declaration say about a North Korean nuclear attack": "the declaration
    states that ..." is what it says, as "stated" is."""
    assert ask._SAID_RE.search("The declaration states that any attack will be met with a response.")
    assert not ask._SAID_RE.search("The United States and South Korea held talks.")
    found = Engine(_corpus(tmp_path)).ask(
        "what did the declaration say about how the us would answer a nk nuke attack on the south"
    )
    assert found.matched and "swift, overwhelming" in found.text.split("\n")[0], found.text


def test_whether_a_plan_came_true_by_then_is_its_stage(tmp_path: Path) -> None:
    """ "Was the missile-warning data sharing actually running by the 55th SCM": "in the final
    stage before its launch", said then, bears on it: that, said to be under way, not done. Of a
    time after the article ("by the end of 2023", of a November 2023 article), it cannot tell;
    asked of no time ("was it actually launched"), see the test of a plan in its final stage."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("was the camp david missile-warning data sharing actually running by the 55th scm?")
    assert found.matched and found.unsure and "final stage" in found.text.split("\n\n")[0], found.text
    assert "under way" in found.footer, found.footer
    assert not engine.ask("did the real-time missile warning system actually go live by end of 2023").matched


def test_a_count_of_something_else_in_another_clause(tmp_path: Path) -> None:
    """ "How many of those troops have already moved up near Ukraine": "sent around 10,000
    soldiers to train in eastern Russia, and some have already moved closer to Ukraine" counts
    those sent, not those moved: the articles do not say how many; "how many soldiers did North
    Korea send to Russia" is the 10,000."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("how many of those north korean troops have already moved up near ukraine?")
    assert not found.matched and "how many" in found.text, found.text
    found = engine.ask("how many soldiers did north korea send to russia")
    assert found.matched and "10,000" in found.text.split("\n")[0], found.text


def test_someones_take_on_something_is_what_they_said(tmp_path: Path) -> None:
    """ "Austin's one-word take on extended deterrence at the 55th SCM": what he said about it
    there ("... remains ironclad"), not the SCM's other business."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("austin's one-word take on extended deterrence at the 55th scm")
    assert found.matched and "ironclad" in found.text.split("\n")[0], found.text
    # "austins line about putin": his line, the apostrophe left out, is what he said
    found = engine.ask("what was austins line about putin and ukraine")
    assert found.matched and "prevail" in found.text.split("\n")[0], found.text


def test_a_contraction_is_read_once_the_clause_put_first_is_in_place(tmp_path: Path) -> None:
    """ "and ROK? what's that stand for": ROK goes in the place of "that", then "what's" is read
    as "what is" (read before, it left "'s" as a word asked for and a missile launch answered)."""
    kb = _corpus(tmp_path)
    fronted, plain = parse(kb, "and ROK? what's that stand for"), parse(kb, "what does ROK stand for")
    assert fronted.asked_for == plain.asked_for
    found = Engine(kb).ask("and ROK? what's that stand for")
    assert found.matched and "Republic of Korea" in found.text.split("\n")[0], found.text


def test_where_from_is_answered_by_a_unit_saying_where_from(tmp_path: Path) -> None:
    """ "Where were the missiles fired from": of units covering the question alike, one saying
    where from ("from the Sunan area") answers before one saying where to ("into the Sea")."""
    engine = _loaded(
        tmp_path,
        a=ARTICLE.replace(
            B52,
            "  - The North fired missiles into the Coral Sea on 2 May 2024.\n"
            "  - The North fired missiles from the Sunan area on 3 May 2024.\n",
        )
        + "facts:\n"
        + "  - {id: into, text: The North fired missiles into the Coral Sea., paragraphs: [1]}\n"
        + "  - {id: from, text: The North fired missiles from the Sunan area., paragraphs: [2]}\n",
    )
    for typed in ("where were the missiles fired from", "missiles fired from where in the north"):
        found = engine.ask(typed)
        first = found.text.split("\n")[0]
        assert found.matched and "Sunan" in first, (typed, found.text)
        assert "Coral" not in first or first.index("Sunan") < first.index("Coral"), found.text  # Sunan first
    found = engine.ask("where were the missiles fired")  # not asked where from: either may answer
    assert found.matched


def test_a_condition_asked_for_is_answered_by_the_condition_stated(tmp_path: Path) -> None:
    """ "What does Pyongyang want before it'll go back to talks": "want" frames the question and
    "before" sets a condition, not a time; the unit saying what "must be suspended before it will
    consider a return to talks" answers, not one that only mentions talks."""
    kb = _corpus(tmp_path)
    assert parse(kb, "what does north korea need before it returns to talks").condition
    assert not parse(kb, "what did north korea fire before freedom shield").condition
    engine = Engine(kb)
    for typed in (
        "what does pyongyang want before it'll go back to talks",
        "what does north korea need before it returns to talks",
        "what are north korea's conditions for talks",
    ):
        found = engine.ask(typed)
        assert found.matched and "suspended" in found.text.split("\n")[0], (typed, found.text)


def test_a_country_asked_about_is_answered_by_a_unit_in_which_it_acts(tmp_path: Path) -> None:
    """ "Is the US gonna put nukes back in korea": the US is who acts, so Biden (an American)
    ruling it out answers, before South Koreans' support for their own weapons "rather than
    redeploying U.S. nuclear weapons", which names the US in passing. A country that only
    qualifies something ("what did they promise about US strategic assets") is no one acting."""
    kb = _corpus(tmp_path)
    assert parse(kb, "so is the us putting nukes back in korea").subjects == {0}
    assert not parse(kb, "what did they promise about us strategic assets").subjects
    engine = Engine(kb)
    for typed in ("is the us gonna put nukes back in korea", "so is the us putting nukes back in sk or nah"):
        found = engine.ask(typed)
        first = found.text.split("\n")[1]  # under "The articles say:"
        assert found.matched and "ruled out" in first and "indigenous" not in first, (typed, found.text)


def test_a_place_in_a_series_is_answered_by_an_ordinal(tmp_path: Path) -> None:
    """ "Which tabletop was it in the series, like the 5th": its place in the series, an ordinal
    ("the eighth"); "series" frames the question and the guessed "5th" is no word to find. An
    ordinal naming another event ("at the 54th SCM") gives no place to the one asked about."""
    kb = _corpus(tmp_path)
    asked = parse(kb, "which tabletop was it in the series, like the 5th or something?")
    assert asked.position and not {"series", "5th"} & {w.typed for w in asked.words}
    assert not parse(kb, "what number of troops did north korea send").position
    engine = Engine(kb)
    for typed in (
        "which tabletop was it in the series, like the 5th or something?",
        "the tabletop exercise austin and lee announced in seoul, which number in the series was it",
        "which number was that exercise in the series? i seem to recall it was not the first",
    ):
        found = engine.ask(typed)
        assert found.matched and "eighth" in " ".join(found.text.split("\n")[:2]), (typed, found.text)


def test_a_leader_is_asked_about_as_the_country_that_acts(tmp_path: Path) -> None:
    """ "Which nuke test is Kim getting ready for": a unit in which North Korea acts ("North Korea
    has been accused of completing preparations ...") answers for its people, at half a name's
    worth; a unit merely involving the country does not ("did Austin meet Yoon while in Seoul"
    is not answered by Austin and Lee meeting in Seoul)."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("which nuke test is kim supposedly gettin ready for, his 6th?")
    assert found.matched and "seventh" in found.text.split("\n")[0], found.text
    assert not engine.ask("did austin also meet president yoon while he was in seoul").matched


def test_a_number_sign_makes_an_ordinal(tmp_path: Path) -> None:
    """ "nuke test #7", "scm #55": the seventh test, the 55th SCM, as the articles write them."""
    kb = _corpus(tmp_path)
    assert parse(kb, "where was the #55 scm held").events == parse(kb, "where was the 55th scm held").events
    found = Engine(kb).ask("nk nuke test #7 - what did the article say about that")
    assert found.matched and "seventh" in found.text.split("\n")[0], found.text


def test_a_unit_of_the_month_asked_about_answers_first(tmp_path: Path) -> None:
    """ "What did Seoul do in March that thawed things with Tokyo": Yoon's trip to Tokyo, dated
    March 2023, answers before the undated thaw it was part of ("made possible by a thaw")."""
    found = Engine(_corpus(tmp_path)).ask("what did seoul do in march that thawed things with tokyo")
    assert found.matched and "travelled to Tokyo" in found.text.split("\n")[0], found.text


def test_a_rare_word_stemmed_like_a_vocabulary_word_is_still_a_slip(tmp_path: Path) -> None:
    """ "planing" stems as "plane" does, a word the vocabulary knows (aircraft), but English
    hardly uses it and uses "planning", which the articles use, far more: it is mended, and "what
    exercise were they planing for february" finds the planned table-top exercise, not a carrier."""
    kb = _corpus(tmp_path)
    assert "planning" in {w.typed for w in parse(kb, "what exercise were they planing for february").words}
    found = Engine(kb).ask("what exercise were they planing for february")
    assert found.matched and "Table-top" in found.text.split("\n")[0], found.text


def test_what_besides_sets_aside_is_not_the_answer(tmp_path: Path) -> None:
    """ "Besides the US and SK, which country were they trying to bring into a three-way setup":
    the clause put first goes after the question word, and the countries it names are not
    answers: the one other country, Japan, is."""
    kb = _corpus(tmp_path)
    asked = parse(
        kb, "besides the us and sk, which country were they trying to bring into a three way security setup"
    )
    assert asked.asked_kind and len(asked.set_aside) == 2
    found = Engine(kb).ask(
        "besides the us and sk, which country were they trying to bring into a three way security setup"
    )
    head = found.text.split("\n")[0]
    assert found.matched and "Japan" in head and "United States" not in head, found.text


def test_informal_words_of_no_content(tmp_path: Path) -> None:
    """ "tryna" is "trying", "r" is "are", and "what stuff" asks what, as "what things" does:
    none is a word the articles must hold."""
    kb = _corpus(tmp_path)
    typed = {w.typed for w in parse(kb, "which country r they tryna pull in on security").words}
    assert not {"tryna", "r"} & typed
    assert not parse(kb, "what stuff did they say they would beef up").asked_kind


def test_who_is_answered_with_people_before_countries(tmp_path: Path) -> None:
    """ "Who was at the Camp David summit": a unit naming the leaders who met answers before one,
    as good on words, that names only the countries taking part."""
    engine = Engine(_corpus(tmp_path))
    for typed in ("who was at the camp david summit", "camp david summit, who was there"):
        found = engine.ask(typed)
        head = found.text.split("\n")[0]
        assert found.matched and all(n in head for n in ("Biden", "Yoon", "Kishida")), (typed, found.text)


def test_what_kind_of_asks_for_that_kind(tmp_path: Path) -> None:
    """ "What kind of jets did Austin say might show up more": jets are the kind asked for, and a
    kind of them (fifth generation aircraft: F-22s and F-35s) answers, not only a jet of its own;
    "what kind of drones ... and how many" asks for what no article gives."""
    kb = _corpus(tmp_path)
    asked = parse(kb, "what kind of jets did austin say might show up more around korea")
    assert asked.kind_of and asked.kind_words == {"jets"}
    engine = Engine(kb)
    found = engine.ask("what kind of jets did austin say might show up more around korea")
    assert found.matched and "F-22" in " ".join(found.text.split("\n")[:2]), found.text
    assert not engine.ask("what kind of drones were in those drone incursions and how many").matched


def test_a_word_of_size_is_not_the_kind_asked(tmp_path: Path) -> None:
    """ "The name of the big joint statement from Camp David": "big" says how much it matters; the
    kind asked is the statement, and the Spirit of Camp David answers."""
    kb = _corpus(tmp_path)
    assert "big" not in parse(kb, "whats the name of the big joint statment from camp david").kind_words
    found = Engine(kb).ask("whats the name of the big joint statment from camp david")
    assert found.matched and "Spirit of Camp David" in found.text.split("\n")[0], found.text


def test_an_outlet_that_mentions_something_is_cited(tmp_path: Path) -> None:
    """ "The Diplomat piece mentions an earlier ROK-US summit, when was that": the outlet cited,
    as for "the Diplomat says"; "piece" is no word the articles must hold."""
    kb = _corpus(tmp_path)
    asked = parse(kb, "the diplomat piece mentions an earlier rok-us summit, when was that")
    assert asked.outlet is not None and "piece" not in {w.typed for w in asked.words}
    found = Engine(kb).ask("the diplomat piece mentions an earlier rok-us summit, when was that")
    assert found.matched and "May 2022" in found.text.split("\n")[0], found.text


def test_an_article_cited_by_what_it_reports_is_where_the_asker_read_it(tmp_path: Path) -> None:
    """ "Whats Shin doing now according to the 56th SCM article": where the asker read it, not
    what is asked about: his post now answers, as it does without the citation."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "whats shin won-sik doing now according to the 56th scm article",
        "what is shin doing now per the 56th scm story",
    ):
        found = engine.ask(typed)
        assert found.matched and "national security adviser" in found.text.split("\n")[0], (typed, found.text)


def test_what_is_actually_in_something_asks_its_details(tmp_path: Path) -> None:
    """ "Whats actually in the revised TDS": its contents in detail, which the articles say were
    not disclosed; not what the TDS is."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "whats actually in the revised tailored deterrence strategy",
        "whats acutally in the revised tds, any specifics",
    ):
        found = engine.ask(typed)
        assert not found.matched and "not made public" in found.text, (typed, found.text)


def test_discord_mentions_ask_nothing(tmp_path: Path) -> None:
    """ "<@123456> @here what is the dprk": pinging someone, a role or a channel is no part of
    the question (the mention's number had been read as a number the articles must hold)."""
    engine = Engine(_corpus(tmp_path))
    for typed in ("<@123456> @here what is the dprk", "what is the dprk <@&42> <#99887766> @everyone"):
        found = engine.ask(typed)
        assert found.matched and "Democratic People's Republic of Korea" in found.text, (typed, found.text)


def test_where_they_went_is_where_they_visited(tmp_path: Path) -> None:
    """ "Whered they go the day after the pentagon session": "where did" with its apostrophe
    dropped, and where people said only as "they" went is where they visited, the Kings Bay
    visit the next day, not the Pentagon session itself; "where did the missiles go" keeps its
    verb (where they fell)."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "whered they go the day after the pentagon session",
        "the day after the pentagon session where did they go",
    ):
        found = engine.ask(typed)
        assert found.matched and "Kings Bay" in found.text.split("\n")[1], (typed, found.text)
    assert parse(engine.kb, "whatd austin say").speech
    assert "visit" not in parse(engine.kb, "where did the missiles go").content


def test_x_short_for_asks_what_x_stands_for(kb: KnowledgeBase) -> None:
    """ "ROK short for": what ROK stands for, not a unit holding "short"."""
    found = Engine(kb).ask("ROK short for")
    assert found.matched and "Republic of Korea" in found.text.split("\n")[0], found.text


def test_chat_spellings_of_stands_for(kb: KnowledgeBase) -> None:
    """ "What does NCG stand 4": chat's "4" for "for"; "wht dose dprk stnd for": "does" with its
    letters swapped, a word English knows ("dose") and so no slip to mend: both ask what the
    name stands for. "4" elsewhere stays a number."""
    engine = Engine(kb)
    for typed, said in (
        ("what does DPRK stand 4", "Democratic People's Republic of Korea"),
        ("wht dose dprk stnd for", "Democratic People's Republic of Korea"),
    ):
        found = engine.ask(typed)
        assert found.matched and said in found.text.split("\n")[0], (typed, found.text)
    assert "short 4 missiles" in parse(kb, "did the short 4 missiles fly far").text


def test_where_in_a_city_is_not_answered_by_a_person_there(tmp_path: Path) -> None:
    """ "Where in Seoul was the 55th SCM held": "held the 55th SCM with Austin in Seoul" puts a
    person in Seoul, no place within it: not in the knowledge base, saying so."""
    found = Engine(_corpus(tmp_path)).ask("where in seoul was the 55th scm held, like which building")
    assert not found.matched and "no place more exact than Seoul" in found.text, found.text


def test_who_and_their_job_gives_the_role_too(tmp_path: Path) -> None:
    """ "Who led the Korean side at the Pentagon tabletop and whats his job": the one who did,
    with the role his article gives him, in the answer's first line."""
    found = Engine(_corpus(tmp_path)).ask(
        "who led the korean side at the pentagon tabletop and whats his job"
    )
    first = found.text.split("\n")[0]
    assert found.matched and "Heo Tae-keun" in first and "Deputy Minister" in first, found.text


def test_what_they_said_they_would_do_names_a_thing_not_their_words(tmp_path: Path) -> None:
    """ "The table top exercise they said they'd do in feb": the exercise, which the clause only
    identifies; not a question for their words (a quote from the exercise's press release).
    "What did Austin say he would do" still asks for his words."""
    engine = Engine(_corpus(tmp_path))
    assert not parse(engine.kb, "name of the table top exercise they said they'd do in feb?").speech
    assert parse(engine.kb, "what did austin say he would do").speech
    found = engine.ask("name of the table top exercise they said they'd do in feb?")
    assert found.matched and "table-top exercise" in found.text.split("\n")[0], found.text


def test_b4_and_abt_are_read_as_before_and_about(kb: KnowledgeBase) -> None:
    """ "How long b4 the seoul meeting was the washington scm": "b4" is "before" wherever the
    question is read, so it asks the same as with "before" (two months); "what did pyongyang say
    abt austins visit" asks, as with "about", for words about the visit, which are not quoted."""
    engine = Engine(kb)
    found = engine.ask("how long b4 the seoul meeting was the washington scm")
    assert found.matched and "two months" in found.text.split("\n")[0], found.text
    assert parse(kb, "how long b4 the meeting").later is False
    found = engine.ask("what did pyongyang say abt austins visit")
    assert not found.matched and "quote nothing" in found.text, found.text


def test_the_next_one_is_not_the_one_held(tmp_path: Path) -> None:
    """ "When n where is the next trilateral summit": the articles report Camp David as held and
    none to come, so the name's lookup (Camp David's date) does not answer it."""
    found = Engine(_corpus(tmp_path)).ask("when n where is the next trilateral summit")
    assert not found.matched, found.text


def test_what_came_out_of_a_meeting_is_not_its_definition(tmp_path: Path) -> None:
    """ "What came out of the 2+2 meeting": what it led to, which the articles (reporting it
    as still to come) do not say; not what a 2+2 meeting is. "The exercise that came out of the
    Camp David deal" names an exercise by where it came from: its name answers."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("what came out of the 2+2 meeting")
    assert not found.matched and "what came of it" in found.text, found.text
    found = engine.ask(
        "whats the name of the first trilateral multi domain exercise that came out of the camp david deal"
    )
    assert found.matched and "Freedom Edge" in found.text.split("\n")[0], found.text


def test_who_replaced_x_needs_one_who_took_over_from_x(tmp_path: Path) -> None:
    """ "Who replaced Kim Yong-hyun": "Kim ..., succeeding Shin Won-sik" names the one Kim
    replaced, not his successor, whom the articles do not name: not in the knowledge base. "Who
    replaced Lee Jong-sup" is answered ("replacing Lee Jong-sup": Shin). "Who took over from
    Lloyd Austin" is refused though the best unit names no one taking over at all. "Who replaced
    Shin" is Kim alone: units naming whom Shin replaced give no second answer."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("who took over from lloyd austin as defense secretary")
    assert not found.matched and "who replaced" in found.text, found.text
    # "Lee: Was replaced by Shin", "Shin ..., replacing Lee": Shin's predecessor, no second answer
    found = engine.ask("who replaced shin won-sik as defence minister")
    assert found.text.startswith("**Kim Yong-hyun**"), found.text
    found = engine.ask("who replaced kim yong-hyun as defense minister")
    assert not found.matched and "who replaced Kim Yong-hyun" in found.text, found.text
    found = engine.ask("who replaced lee jong-sup as defense minister")
    assert found.matched and "Shin Won-sik" in found.text.split("\n")[0], found.text


def test_did_a_plan_come_true_in_a_month_is_no_claim_to_correct(tmp_path: Path) -> None:
    """ "Did the real time missile data sharing actually go live in december 2023": whether the
    plan came true then, which the articles (reporting it only as agreed, in August) do not say;
    the month is not a slip for August to correct."""
    found = Engine(_corpus(tmp_path)).ask(
        "did the real time missile data sharing actually go live in december 2023"
    )
    assert not found.matched and "only as planned" in found.text, found.text


def test_were_before_an_auxiliary_is_where(kb: KnowledgeBase) -> None:
    """ "were did austin and lee meet": "were" before "did" can only be "where"; "were they in
    seoul" stays a yes-no question."""
    assert parse(kb, "were did austin and lee meet").asks == Asks.WHERE
    assert parse(kb, "ok were did austin and lee meet").asks == Asks.WHERE
    assert parse(kb, "were they in seoul").asks != Asks.WHERE


def test_a_rare_word_one_slip_from_a_name(tmp_path: Path) -> None:
    """ "What did austen say about putin": "austen" is a word of English, seldom used, one slip
    from Austin, a word of a person's name English uses ten times as often: Austin is meant.
    "widen" is not Biden, whose name English uses not so much more."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("what did austen say about putin at the 56th scm")
    assert found.matched and "prevail" in found.text.split("\n")[0], found.text
    assert not parse(engine.kb, "did they widen the drills").named


def test_near_which_place_asked_last_asks_where(tmp_path: Path) -> None:
    """ "The submarine missle launch, near which port": which port it was near, a place (Sinpo),
    as "..., which city" asks which city."""
    engine = Engine(_corpus(tmp_path))
    assert parse(engine.kb, "the submarine missle launch, near which port").asks == Asks.WHERE
    found = engine.ask("the submarine missle launch, near which port")
    assert found.matched and "Sinpo" in found.text.split("\n")[0], found.text


def test_a_person_after_a_body_asks_their_roles_since(tmp_path: Path) -> None:
    """ "Where did Shin Won-sik end up after the defense ministry": his roles since, newest first
    (national security adviser); of Lee, whom the articles last call "former" minister, not in
    the knowledge base."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("where did shin won-sik end up after the defense ministry")
    assert found.matched and "National Security Adviser" in found.text.split("\n")[0], found.text
    assert not engine.ask("what did lee do after the ministry").matched


def test_did_it_ever_happen_says_yes_and_when(tmp_path: Path) -> None:
    """ "Did that tabletop exercise Austin and Lee announced ever actually happen": yes, with the
    day the articles date it (22 February 2023), though the unit answering dates it only to its
    month; a plan reported only as planned is still not in the knowledge base."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("did that tabletop exercise austin and lee announced ever actually happen")
    assert found.matched and found.text.startswith("Yes:") and "22 February 2023" in found.text, found.text
    assert not engine.ask("did the hotline ever actually happen").matched


def test_a_series_listed_with_the_people_taking_part(tmp_path: Path) -> None:
    """ "List the SCMs Austin did with the Koreans": every SCM, as "list the SCMs" gives them,
    since Austin took part in each and "the Koreans" names a side; "held in Seoul" narrows the
    series, and is no list of all of them."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("list the scms austin did with the koreans")
    assert found.matched and all(n in found.text for n in ("54th", "55th", "56th")), found.text
    found = engine.ask("list the scms held in seoul")
    assert not ("54th" in found.text.split("\n")[0] and "56th" in found.text), found.text


def test_can_someone_list_asks_which(tmp_path: Path) -> None:
    """ "Can someone list the SK defense ministers across these articles in order": which ones,
    as "list the ..." asks: each minister, not one unit naming a defense minister."""
    found = Engine(_corpus(tmp_path)).ask(
        "can someone list the sk defense ministers across these articles in order"
    )
    said = found.text
    assert found.matched and all(n in said for n in ("Lee Jong-sup", "Shin Won-sik", "Kim Yong-hyun")), (
        found.text
    )


def test_two_abbreviations_asked_together_are_each_spelt_out(kb: KnowledgeBase) -> None:
    """ "What do DPRK and ROK stand for", "dprk vs rok, which one is which": what each stands
    for, not a unit that happens to name both countries."""
    engine = Engine(kb)
    for typed in (
        "what do dprk and rok stand for",
        "dprk vs rok, which one is which",
        "dprk vs rok which is which lol",
    ):
        said = " ".join([engine.ask(typed).text, *(f.value for f in engine.ask(typed).fields)])
        assert "Democratic People's Republic of Korea" in said and "Republic of Korea**" in said, (
            typed,
            said,
        )


def test_an_ordinal_counts_only_its_own_noun(tmp_path: Path) -> None:
    """ "How many nukes does North Korea actually have": "a seventh nuclear test" counts tests,
    not nuclear weapons; the articles give no number of them."""
    found = Engine(_corpus(tmp_path)).ask("how many nukes does north korea actually have")
    assert not found.matched and "how many" in found.text, found.text


def test_markdown_around_words_asks_nothing(kb: KnowledgeBase) -> None:
    """ "**who** is _austin_", "```when was the scm```": Discord's markdown is no part of the
    question, in what is answered or in the title echoing it; "nuclear_consultative" is words."""
    engine = Engine(kb)
    found = engine.ask("**who** is _austin_")
    assert found.matched and "Lloyd Austin" in found.title, found
    found = engine.ask("```when did austin meet lee```")
    assert found.matched and "31 January 2023" in found.text and "\\\\" not in found.title, found
    found = engine.ask("<@123456> what does ROK stand for")
    assert "123456" not in found.title, found.title
    found = engine.ask("[when](http://x.com) did austin meet lee")  # a link: its text alone
    assert found.matched and "31 January 2023" in found.text and "x.com" not in found.title, found


def test_the_first_of_a_numbered_series_is_not_the_earliest_reported(tmp_path: Path) -> None:
    """ "When was the first SCM": the earliest the articles report is the 54th, not the first,
    so not in the knowledge base, saying so; "the first SCM Lee held" is the 54th."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("when was the first scm")
    assert not found.matched and "54th" in found.text, found.text
    found = engine.ask("when was the first scm lee held")
    assert found.matched and "3 November 2022" in found.text.split("\n")[0], found.text


def test_who_was_first_is_not_answered_by_the_first_since(tmp_path: Path) -> None:
    """ "Who was the first South Korean president to visit Washington": "the first state visit
    ... since 2011" says no one came between, not who came first of all (nor is Biden, its host,
    a South Korean president): not in the knowledge base, saying what they do say."""
    found = Engine(_corpus(tmp_path)).ask("who was the first south korean president to visit washington")
    assert not found.matched and "since 2011" in found.text and "Joe Biden**" not in found.text, found.text


def test_on_track_by_then_finds_the_unit_saying_how_far_along(tmp_path: Path) -> None:
    """ "Was the 3 way missile warning data thing from Camp David actually on track by the 55th
    SCM": the agreement at Camp David answers best, but the unit saying the system was in its
    final stage then bears on it: that one, said to be under way, not done."""
    found = Engine(_corpus(tmp_path)).ask(
        "was the 3 way missile warning data thing from camp david actually on track by the 55th scm"
    )
    assert found.matched and "final stage" in found.text.split("\n")[1] and "under way" in found.footer, (
        found.text
    )


def test_tho_asks_nothing(tmp_path: Path) -> None:
    """ "Why is it called freedom SHIELD tho": "tho" (read as "though") carries no content, so
    a unit saying "though the release did not say" is no answer; why it is called so is."""
    engine = Engine(_corpus(tmp_path))
    assert "though" not in {w.typed for w in parse(engine.kb, "why is it called freedom shield tho").words}
    found = engine.ask("why is it called freedom SHIELD tho")
    assert found.matched and "defensive" in found.text.split("\n")[0], found.text


def test_a_place_named_as_an_owner_is_not_where(tmp_path: Path) -> None:
    """ "Where is Sinpo", "where did the JCS detect the sub launch": "South Korea's Joint Chiefs of
    Staff detected the launch near Sinpo" names South Korea as who detected it, not where."""
    engine = Engine(_corpus(tmp_path))
    for typed in ("where is sinpo", "where did the jcs detect the sub launch"):
        lead = engine.ask(typed).text.split("\n")[0]
        assert "Sinpo" in lead and "South Korea" not in lead, (typed, lead)


def test_a_short_name_within_a_longer_one_is_not_another_person(tmp_path: Path) -> None:
    """ "General Kim Seung-kyum chaired the MCM": "Kim", an alias of Kim Jong Un, is part of
    Kim Seung-kyum's name there, so the unit does not involve Kim Jong Un, and "who chaired
    the 48th MCM" names only the two generals."""
    engine = Engine(_corpus(tmp_path))
    lead = engine.ask("who chaired the 48th mcm").text.split("\n")[0]
    assert "Kim Seung-kyum" in lead and "Kim Jong Un" not in lead, lead


def test_who_did_it_names_the_body_doing_it(tmp_path: Path) -> None:
    """ "Who fired the missile on 31 Oct 2024": "North Korea fired ..., South Korea's Joint Chiefs
    of Staff said" names North Korea firing, not South Korea nor its Joint Chiefs, who reported
    it. People are left as the unit has them: "who chaired the 48th MCM" names both generals."""
    engine = Engine(_corpus(tmp_path))
    lead = engine.ask("who fired the missile on 31 oct 2024").text.split("\n")[0]
    assert lead == "**North Korea**", lead
    lead = engine.ask("who chaired the 48th mcm").text.split("\n")[0]
    assert "Brown" in lead and "Kim Seung-kyum" in lead, lead


def test_who_did_it_leaves_out_a_body_named_only_as_an_owner(tmp_path: Path) -> None:
    """ "Who signed the TDS": "the allies adopted the TDS after North Korea's third nuclear
    test" names no one doing it, but North Korea only as the owner of the test: not a signer."""
    lead = Engine(_corpus(tmp_path)).ask("who signed the TDS?").text.split("\n")[0]
    assert "North Korea" not in lead and "Austin" in lead, lead


def test_a_meeting_put_at_the_wrong_place_is_corrected(tmp_path: Path) -> None:
    """ "Did Austin and Lee meet in Tokyo in January 2023": no unit puts their meeting in Tokyo
    (Japan's entry has the name; a unit about cooperation with Japan puts nothing there), and
    one read without Tokyo has them meet in Seoul: that answers, saying Tokyo is not what the
    articles say. One person "putting nukes back in South Korea" is no meeting to correct."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("did austin and lee meet in tokyo in january 2023")
    assert "Seoul" in found.text and found.footer.startswith("Not “tokyo”"), found
    found = engine.ask("was the 54th scm in seoul?")  # the name typed, not South Korea's
    assert "Washington" in found.text and found.footer.startswith("Not “seoul”"), found
    found = engine.ask("is biden putting nukes back in south korea")
    assert not found.footer.startswith("Not"), found


def test_a_numbered_name_the_articles_never_use_is_a_slip_to_correct(tmp_path: Path) -> None:
    """ "Did NK fire a Hwasong-17 on Feb 18": the articles use "Hwasong" and "17" (in other
    places), never "Hwasong-17"; read without it, the launch of that day was a Hwasong-15,
    which answers, saying Hwasong-17 is not what the articles say."""
    found = Engine(_corpus(tmp_path)).ask("did nk fire a hwasong-17 on feb 18")
    assert "Hwasong-15" in found.text and found.footer.startswith("Not “hwasong-17”"), found


def test_near_a_name_is_placed_by_the_name(tmp_path: Path) -> None:
    """ "The one that came down near Japan": "near" before a name only places it by the name
    (the articles say "west of Hokkaido, inside Japan's zone"); "near which port" asks it."""
    engine = Engine(_corpus(tmp_path))
    q = parse(engine.kb, "the missile that came down near hokkaido")
    assert "near" not in [w.typed for w in q.words]
    assert "near" in [w.typed for w in parse(engine.kb, "the sub launch was near which port").words]
    found = engine.ask(
        "what missile did the north fire a few days before that exercise, the one that came down near japan"
    )
    assert "Hwasong-15" in found.text.split("\n")[0], found.text


def test_a_claimed_place_the_articles_never_name_is_corrected_by_a_place_stated(tmp_path: Path) -> None:
    """ "Camp David is in Virginia, isn't it": a common word, but one the articles never use,
    that the claim puts something in; the unit answering says where ("the presidential retreat
    in Maryland"), not only who took part."""
    found = Engine(_corpus(tmp_path)).ask("camp david is in virginia isnt it")
    assert "Maryland" in found.text and found.footer.startswith("Not “virginia”"), found


def test_a_claim_misdating_by_month_gets_the_date_the_articles_give(tmp_path: Path) -> None:
    """ "The DSC tabletop was planned for March, right": the unit read without "March" may not
    say its month in its own words; its date leads ("The articles date it 22 February 2023"). A
    claim whose year the unit does not share gets no such lead (the unit is of another time)."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("the deterrence strategy committee tabletop thing was planned for march right")
    assert found.text.startswith("The articles date it 22 February 2023"), found.text
    assert found.footer.startswith("Not “march”"), found.footer
    found = engine.ask("i remember the ronald reagan came to korea in late october 2022, correct?")
    assert not found.text.startswith("The articles date it"), found.text


def test_a_corrected_claim_names_only_what_the_unit_does_not_bear_out(tmp_path: Path) -> None:
    """ "The Camp David summit was in July 2023, wasn't it": read without "July" and "2023", the
    unit says "in August 2023"; the footer names July alone as not what the articles say."""
    found = Engine(_corpus(tmp_path)).ask("the camp david summit was in july 2023 wasnt it")
    assert "August 2023" in found.text and found.footer.startswith("Not “july”, as"), found.footer


def test_an_ordinal_the_articles_use_elsewhere_is_still_a_claim_to_correct(tmp_path: Path) -> None:
    """ "The DSC TTX at the Pentagon was the 5th?": the articles use "fifth" ("fifth-generation"),
    so the ordinal is no unknown word; read without it, the unit says "the eighth", which
    answers, saying 5th is not what the articles say."""
    found = Engine(_corpus(tmp_path)).ask("the dsc ttx at the pentagon was the 5th?")
    assert "eighth" in found.text and found.footer.startswith("Not “5th”"), found


def test_preparations_for_something_are_ahead(kb: KnowledgeBase) -> None:
    """ "Which nuke test is North Korea ready to do next": "completing preparations to conduct a
    seventh nuclear test" tells of one still to come, as "plans to" does."""
    found = Engine(kb).ask("which nuke test is north korea supposedly ready to do next")
    assert found.matched and "seventh" in found.text.split("\n")[0], found.text


def test_real_as_a_hedge_carries_nothing(tmp_path: Path) -> None:
    """ "Is the Camp David thing a real defense pact like NATO": "real" only stresses "defense
    pact" (the articles use it in "real-time", which does not make it content here)."""
    found = Engine(_corpus(tmp_path)).ask("so is the camp david thing a real defense pact like nato or nah")
    assert found.matched and "not a collective defense pact" in found.text, found.text


def test_when_gives_the_year_the_unit_says_what_is_asked_happened(tmp_path: Path) -> None:
    """ "What year was the alliance formalised": the unit, dated by the visit it tells of (26
    April 2023), says "formalised by a mutual defense treaty in 1953": that year answers. The
    vocabulary reads "become official" as formalised."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "what year was the alliance formalised by the mutual defense treaty",
        "what year did the alliance become official",
    ):
        assert engine.ask(typed).text.startswith("**1953**"), typed


def test_opposing_something_is_denouncing_it(kb: KnowledgeBase) -> None:
    """ "Why does North Korea oppose the joint drills", "... hate the drills": the vocabulary
    reads them as what it denounces the drills as ("hostile policies")."""
    engine = Engine(kb)
    for typed in ("why does north korea oppose the joint drills", "why does north korea hate the drills"):
        found = engine.ask(typed)
        assert found.matched and "hostile" in found.text, (typed, found.text)


def test_a_question_in_another_language_is_told_to_ask_in_english(kb: KnowledgeBase) -> None:
    """ "오스틴 장관은 언제 서울에 왔나요?": refused, saying questions are read in English; an
    English question refused gets no such line."""
    engine = Engine(kb)
    assert "in English" in engine.ask("오스틴 장관은 언제 서울에 왔나요?").text
    assert "in English" not in engine.ask("what did the pope say about it").text


def test_an_event_claimed_held_where_no_article_puts_it_is_corrected(tmp_path: Path) -> None:
    """ "Was the TTX held at Kings Bay": words naming no entity, where the exercise's place is
    the Pentagon: its date and place, saying Kings Bay is not what the articles say. "Held at
    the Pentagon" is borne out and answered as any yes-no question."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("was the ttx held at kings bay")
    assert "Pentagon" in found.text and found.footer.startswith("Not “kings bay”"), found
    found = engine.ask("was the DSC TTX held at camp david?")  # an event's name as the place
    assert "Pentagon" in found.text and found.footer.startswith("Not “camp david”"), found
    found = engine.ask("was freedom edge held near okinawa")  # "near" places it too
    assert "Jeju" in found.text and found.footer.startswith("Not “okinawa”"), found
    assert not engine.ask("was the ttx held at the pentagon").footer.startswith("Not")


def test_a_person_claimed_to_hold_anothers_role_is_told_no(tmp_path: Path) -> None:
    """ "Is Kishida the Japanese defense minister?": the title names Kihara, and Kishida's role
    is another: no, each with their role. "Was Yoon the first state visit Biden hosted" names no
    role and is answered as before."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("is kishida the japanese defense minister?")
    lead = found.text.split("\n")[0]
    assert lead.startswith("No:") and "**Minoru Kihara** is Japanese Defense Minister" in lead, lead
    assert "Kishida Fumio** as Japanese Prime Minister" in lead, lead
    found = engine.ask("was yoon the first state visit biden ever hosted?")
    assert not found.text.startswith("No:"), found.text


def test_a_person_asked_still_to_hold_a_role_they_left_is_told_no(tmp_path: Path) -> None:
    """ "Is Shin Won-sik still defense minister in Oct 2024?": a role of his, but not his newest
    (national security adviser): no, with his newest role and who holds the one asked (Kim, of
    his country; not Japan's Kihara). "Was Shin the defense minister in 2023" is no such claim."""
    engine = Engine(_corpus(tmp_path))
    lead = engine.ask("is shin won-sik still defense minister in oct 2024?").text.split("\n")[0]
    assert lead.startswith("No:") and "National Security Adviser" in lead and "Kim Yong-hyun" in lead, lead
    assert "Kihara" not in lead, lead
    assert not engine.ask("was shin the defense minister in 2023").text.startswith("No:")


def test_how_high_asks_a_height_not_a_range(tmp_path: Path) -> None:
    """ "How high did the Hwasong-15 go", "how high did the missiles fly": a height, which the
    articles never give; "flew about 550 kilometres" is a range. Not in the knowledge base,
    saying they do not say how high."""
    engine = Engine(_corpus(tmp_path))
    for typed in ("how high did the hwasong-15 go on feb 18", "how high did the missiles fly"):
        found = engine.ask(typed)
        assert not found.matched and "do not say how high" in found.text, (typed, found.text)


def test_how_manyth_asks_which_number(tmp_path: Path) -> None:
    """ "How manyth DSC TTX was the Feb one": which number in the series, as "which number"
    asks; "manyth" is no unknown word to refuse over."""
    found = Engine(_corpus(tmp_path)).ask("how manyth dsc ttx was the feb one")
    assert found.matched and "eighth" in found.text.split("\n")[0], found.text


def test_a_long_paste_is_read_from_its_end_where_the_question_is(kb: KnowledgeBase) -> None:
    """Forty sentences of chat, then "when did austin meet lee?": the question is what ends
    the paste; it is read from a sentence's start within the bound, not cut off."""
    engine = Engine(kb)
    found = engine.ask("hey so i was reading the news the other day. " * 40 + "when did austin meet lee?")
    assert found.matched and "31 January 2023" in found.text.split("\n")[0], found.text


def test_a_role_of_the_form_x_of_y_is_a_role_and_ones_own_newest_is_a_yes(tmp_path: Path) -> None:
    """ "Is Kurt Campbell the secretary of state": a title whose head comes before "of"; no,
    Blinken is. "Is Blinken the secretary of state": his newest role, yes."""
    engine = Engine(_corpus(tmp_path))
    lead = engine.ask("is kurt campbell the secretary of state").text.split("\n")[0]
    assert lead.startswith("No:") and "**Antony Blinken** is U.S. Secretary of State" in lead, lead
    lead = engine.ask("is blinken the secretary of state").text.split("\n")[0]
    assert lead.startswith("Yes: the articles give **Antony Blinken** as U.S. Secretary of State"), lead


def test_someone_the_articles_do_not_put_at_an_event_is_not_in_the_knowledge_base(tmp_path: Path) -> None:
    """ "Was Austin at the Camp David summit": the summit's articles name Biden, Yoon and
    Kishida there, not Austin: not in the knowledge base, naming those they put there; "did
    Kishida attend the Camp David summit" is answered."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("was austin at the camp david summit")
    assert not found.matched and "do not put Lloyd Austin at the Camp David summit" in found.text, found.text
    assert "Joe Biden" in found.text, found.text
    assert engine.ask("did kishida attend the camp david summit").matched


def test_a_day_or_count_the_articles_use_elsewhere_is_still_a_claim_to_correct(tmp_path: Path) -> None:
    """ "Did they visit Kings Bay on Feb 22?": "22" is a number the articles use (the exercise's
    day), so no unknown word; read without it, the visit was on 23 February, which answers,
    saying 22 is not what the articles say. "NK sent like 50k troops": around 10,000."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("did they visit kings bay on feb 22?")
    assert "23 February" in found.text and found.footer.startswith("Not “22”"), found
    found = engine.ask("nk sent like 50k troops to russia right")
    assert "10,000" in found.text and found.footer.startswith("Not “50k”"), found


def test_a_title_shared_by_its_holders_asked_of_a_time_gives_the_holder_then(tmp_path: Path) -> None:
    """ "Who was the south korean defense minister in december 2023": the title is an alias of
    Lee, Shin and Kim; asked of a month or a year, the holder the articles show by then (Shin,
    Lee earlier), not the seed article's Lee nor today's Kim."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "who was the south korean defense minister in december 2023",
        "who was the south korean defense minister in 2023",
    ):
        lead = engine.ask(typed).text.split("\n")[0]
        assert lead.startswith("**Shin Won-sik**, South Korean Defense Minister"), (typed, lead)
    lead = engine.ask("who was the south korean defense minister in march 2023").text.split("\n")[0]
    assert lead.startswith("**Lee Jong-sup**"), lead


def test_a_deputy_does_not_hold_the_post_they_are_deputy_to(tmp_path: Path) -> None:
    """ "Who was SK's national security adviser before Shin": Kim Tae-hyo was principal deputy
    national security adviser, which is no holding of the post; the articles name no one in it
    before Shin."""
    found = Engine(_corpus(tmp_path)).ask("who was sk's national security adviser before shin")
    assert not found.matched and "Kim Tae-hyo" not in found.text, found.text


def test_did_someone_say_it_is_answered_by_their_own_words(tmp_path: Path) -> None:
    """ "Did Biden say the US would put nukes back in Korea": Biden's own words ("We are not
    going to be stationing nuclear weapons") before a unit about the pact; "did Lee say anything
    about Seoul getting its own nukes", where only a joint statement he is party to comes near:
    not in the knowledge base, saying the articles quote no words of his own on that. "Does the
    seed article say ..." is what an article says, no one speaking."""
    engine = Engine(kb := _corpus(tmp_path))
    lead = engine.ask("did biden say the us would put nukes back in korea").text.split("\n")[1]
    assert "not going to be stationing" in lead, lead
    found = engine.ask("did lee jong sup say anything about seoul getting its own nukes")
    assert not found.matched and "no words of Lee Jong-sup's own on that" in found.text, found.text
    typed = "does the seed article say the allies came up with some new plan for negotiating with pyongyang"
    assert engine.ask(typed).matched and not parse(kb, typed).speakers


def test_a_holder_shown_long_before_still_holds_a_post_the_next_took_later(tmp_path: Path) -> None:
    """ "Who was south korea's defense minister in july 2024": the articles show Shin in the
    post in November 2023, and Kim taking it in September 2024 (an event named for it): no one
    between, so Shin, not "Kim and Shin"."""
    engine = Engine(_corpus(tmp_path))
    lead = engine.ask("who was south korea's defense minister in july 2024").text.split("\n")[0]
    assert lead.startswith("**Shin Won-sik**, South Korean Defense Minister"), lead


def test_a_holder_shown_in_a_post_before_and_after_a_time_held_it_then(tmp_path: Path) -> None:
    """ "Who was Japan's defense minister in July 2024": Kihara is shown in the post in November
    2023 and again in October 2024, no one else between: he held it then, said plainly."""
    found = Engine(_corpus(tmp_path)).ask("who was japan's defense minister in july 2024")
    assert found.text.startswith("**Minoru Kihara**, Japanese Defense Minister") and not found.unsure, (
        found.text
    )


def test_a_post_asked_of_a_time_someone_did_something_is_not_about_them(tmp_path: Path) -> None:
    """ "Who was SK's defence minister when Austin came to Seoul in Jan 2023": Austin only dates
    it; the post's holder then, Lee, not two answers. "Japan's defense minister back in jan 2023
    when Austin went to Seoul": the month typed before the clause dates it, and the articles
    show no one in that post by then."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("who was sk defence minister when austin came to seoul in jan 2023")
    assert found.text.startswith("**Lee Jong-sup**, South Korean Defense Minister"), found.text
    found = engine.ask("who was japan's defense minister back in jan 2023 when austin went to seoul")
    assert not found.matched and "no one in that role by January 2023" in found.text, found.text


def test_a_claim_of_a_countrys_post_is_of_that_country(tmp_path: Path) -> None:
    """ "Is Kim Tae-hyo South Korea's defense minister": no, he is the principal deputy national
    security adviser, and Kim Yong-hyun holds that post; "is Kihara South Korea's defense
    minister": no, he is Japan's, and the post is Kim's."""
    engine = Engine(_corpus(tmp_path))
    for typed, whose in (
        ("is kim tae-hyo south korea's defense minister", "Kim Tae-hyo"),
        ("is kihara south korea's defense minister", "Minoru Kihara"),
    ):
        found = engine.ask(typed)
        assert found.text.startswith(f"No: the articles give **{whose}**"), found.text
        assert "**Kim Yong-hyun** is South Korean Defense Minister" in found.text, found.text


def test_a_title_of_one_person_asked_of_a_time_gives_them(tmp_path: Path) -> None:
    """ "Who was US secretary of defense in january 2023": the title is Austin's alias, not a
    name of his typed; he is the answer, not Lee whom he met. "Japanese defense minister in nov
    2023": Kihara, not Austin and Shin who met him."""
    engine = Engine(_corpus(tmp_path))
    lead = engine.ask("who was US secretary of defense in january 2023").text.split("\n")[0]
    assert lead.startswith("**Lloyd Austin**, U.S. Secretary of Defense"), lead
    lead = engine.ask("who was the japanese defense minister in nov 2023").text.split("\n")[0]
    assert lead.startswith("**Minoru Kihara**, Japanese Defense Minister"), lead


def test_a_meeting_placed_elsewhere_is_no_rival_answer(kb: KnowledgeBase) -> None:
    """ "When did Austin meet Lee in Seoul": their 54th SCM in Washington (3 November 2022)
    scores as close, but the question puts the meeting in Seoul, where the best answer has it:
    one answer, not two."""
    lead = Engine(kb).ask("when did austin meet lee in seoul").text.split("\n")[0]
    assert lead == "**31 January 2023 (Tuesday)**", lead


def test_which_holder_of_a_role_at_an_event_dated_to_a_month_is_the_one_then(tmp_path: Path) -> None:
    """ "Which south korean defense minister attended the tokyo trilateral meeting": the event is
    dated July 2024 only, and its account gives Shin his later role; the holder by then is Shin,
    not today's Kim."""
    typed = "which south korean defense minister attended the tokyo trilateral meeting"
    lead = Engine(_corpus(tmp_path)).ask(typed).text.split("\n")[0]
    assert lead.startswith("**Shin Won-sik**"), lead


@pytest.mark.parametrize(
    "typed",
    [
        # a clause of where or over what put before "which": read after it
        "across all these scms which sk defense ministers did austin deal with",
        # "every" makes the singular post a plural, as "ministers" would
        "list every korean defense minister austin did an scm with",
    ],
)
def test_the_holders_of_a_post_asked_for_are_named_all(tmp_path: Path, typed: str) -> None:
    """ "Across all these SCMs which SK defense ministers did Austin deal with", "list every
    korean defense minister austin did an scm with": the post's holders (Kim, Shin and Lee),
    not one meeting's account."""
    kb = _corpus(tmp_path)
    assert parse(kb, typed).asked_names, parse(kb, typed)
    found = Engine(kb).ask(typed).text
    assert all(name in found for name in ("Kim Yong-hyun", "Shin Won-sik", "Lee Jong-sup")), found


def test_who_was_someone_at_a_time_is_who_they_are(tmp_path: Path) -> None:
    """ "Who was Austin in 2023": his profile, not Lee whom he met; "who was japan's prime
    minister in oct 2024", a title of a time no article covers, is not answered with a profile."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("who was austin in 2023")
    assert found.title == "Lloyd Austin" and "Lee Jong-sup" not in found.text.split("\n")[0], found
    assert engine.ask("who was japan's prime minister in oct 2024").title.startswith(("Q:", "Not")), found


def test_a_claimed_measure_found_only_inside_a_name_is_corrected(tmp_path: Path) -> None:
    """ "Was Freedom Shield a 15-day exercise": "15" is only in "Hwasong-15" and "day" in "days
    after"; the claim is corrected by a unit on Freedom Shield, saying "15-day" is not what the
    articles have."""
    found = Engine(_corpus(tmp_path)).ask("was freedom shield a 15-day exercise")
    assert "Hwasong" not in found.text.split("\n\n")[0] and "Freedom Shield" in found.text, found.text
    assert found.footer.startswith("Not “15-day”"), found.footer


def test_a_claim_whose_best_unit_lacks_the_thing_named_is_corrected(tmp_path: Path) -> None:
    """ "Did the Kentucky visit in 2022": the year outweighs the name, and the best unit is a
    state visit of December 2022 without the Kentucky; the claim is corrected by the Kentucky's
    own port call, July 2023, saying 2022 is not what the articles have."""
    found = Engine(_corpus(tmp_path)).ask("did the kentucky visit in 2022")
    assert "Kentucky" in found.text.split("\n\n")[0] and "July 2023" in found.text, found.text
    assert found.footer.startswith("Not “2022”"), found.footer


def test_a_title_asked_of_each_event_of_a_series_gives_the_holder_at_each(tmp_path: Path) -> None:
    """ "Who was the south korean defense minister at each SCM": each SCM with the title's
    holder its accounts have there (Lee, Shin, Kim), in order; "who was us sec def through all of
    these scms": Austin at each."""
    engine = Engine(_corpus(tmp_path))
    lines = engine.ask("who was the south korean defense minister at each scm").text.split("\n")
    names = ["Lee Jong-sup", "Shin Won-sik", "Kim Yong-hyun"]
    assert [name for line in lines for name in names if name in line] == names, lines
    found = engine.ask("who was us sec def through all of these scms").text
    assert found.count("Lloyd Austin") == 3, found


def test_why_of_an_action_given_with_no_reason_says_the_articles_do_not_say_why(tmp_path: Path) -> None:
    """ "Why did Lee Jong-sup get replaced as defense minister": "Lee: was replaced by Shin" says
    that it happened, and nothing near it says why: not in the knowledge base, with it as the
    closest. "Why is it called shield" keeps the unit saying what the word stands for."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("why did lee jong-sup get replaced as defense minister")
    assert not found.matched and "do not say why" in found.text, found.text
    assert engine.ask("why is the word shield in the exercise name").matched


def test_what_did_they_sign_needs_a_unit_saying_something_was_signed_or_agreed(tmp_path: Path) -> None:
    """ "What did Kim Jong Un and Putin sign when they met in Sept 2023": the unit says they met,
    nothing signed or agreed: the articles do not say what came of it. "What did Austin and Shin
    sign" is answered (the revised TDS)."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("what did kim jong un and putin sign when they met in sept 2023")
    assert not found.matched and "do not say what came of it" in found.text, found.text
    assert "Tailored Deterrence" in engine.ask("what did austin and shin sign").text


def test_a_degree_adverb_says_how_far_not_what(kb: KnowledgeBase) -> None:
    """ "Is North Korea almost ready to do a nuke test": "almost" says how far along, not what
    is asked; the seventh nuclear test's preparations answer, not a refusal over "almost"."""
    found = Engine(kb).ask("is north korea almost ready to do a nuke test")
    assert found.matched and "seventh nuclear test" in found.text, found.text


def test_what_was_someone_back_then_is_who_they_are(tmp_path: Path) -> None:
    """ "What was Kurt Campbell back then", "kurt campbell was what exactly back then": his card
    (Indo-Pacific coordinator), not the NCG meeting he co-chaired."""
    engine = Engine(_corpus(tmp_path))
    for typed in ("what was kurt campbell back then", "kurt campbell was what exactly back then"):
        found = engine.ask(typed)
        assert found.title == "Kurt Campbell" and "Indo-Pacific" in found.text, (typed, found.text)


def test_a_guess_after_the_question_is_checked_against_its_answer(tmp_path: Path) -> None:
    """ "Who did Austin meet in Seoul back in Jan, was it Shin Won-sik?": the question is
    answered (Lee), and the guess, not borne out, is said to be not what the articles have; a
    right guess ("was it lee?") gets no such line."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("yo who did austin meet in seoul back in jan, was it shin won-sik?")
    assert found.text.startswith("**Lee Jong-sup**") and found.footer.startswith("Not “shin won-sik”"), found
    assert not engine.ask("who did austin meet in seoul in jan 2023, was it lee?").footer.startswith("Not")


def test_two_events_asked_if_in_the_same_place_or_year_get_each_ones(tmp_path: Path) -> None:
    """ "Were the 54th and 55th SCMs held in the same city": no, each with its place and date
    (Washington, Seoul); "the 55th and 56th SCM in the same year": no, 2023 and 2024."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("were the 54th and 55th scms held in the same city").text
    assert found.startswith("No,") and "Washington" in found and "Seoul" in found, found
    found = engine.ask("were the 55th scm and the 56th scm in the same year").text
    assert found.startswith("No,") and "2023" in found and "2024" in found, found


def test_pasted_html_asks_nothing(kb: KnowledgeBase) -> None:
    """ "<script>alert(1)</script> who is austin": tags (and a script's contents) are pasted
    markup, not words asked; "3 < 5" is no tag and stays."""
    assert unmarked("<script>alert(1)</script> who is <b>austin</b>") == "who is austin"
    assert unmarked("is 3 < 5 and 6 > 2") == "is 3 < 5 and 6 > 2"
    assert Engine(kb).ask("<script>alert(1)</script> who is austin").title == "Lloyd Austin"


def test_what_happened_at_two_events_tells_each(tmp_path: Path) -> None:
    """ "What happened at the 55th and 56th SCM", "compare the 55th and 56th SCM": no one unit
    tells both; each event with its date and what happened, in order. "What did Kishida say at
    the Camp David press conference" is still his words."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "what happened at the 55th and 56th scm",
        "compare the 55th and 56th scm",
        "what changed between the 55th and 56th scm",
    ):
        found = engine.ask(typed)
        assert found.matched and found.text.startswith("• **55th"), (typed, found.text)
        assert "Tailored Deterrence" in found.text and "troops to Russia" in found.text, found.text
    assert not engine.ask("what did kishida say at the camp david press conference").text.startswith("•")


def test_what_someone_did_is_no_words_of_theirs(tmp_path: Path) -> None:
    """ "What did Yoon say at the Rose Garden press conference": "Biden and Yoon adopted a pact
    giving Seoul a greater say" tells what Yoon did ("a say" had, not said): the articles quote
    no words of his own there."""
    found = Engine(_corpus(tmp_path)).ask("what did yoon say at the rose garden press conference")
    assert not found.matched and "no words of Yoon Suk Yeol's own" in found.text, found.text


def test_a_question_refused_over_a_place_no_article_names_is_corrected(tmp_path: Path) -> None:
    """ "When did the USS Kentucky dock in Incheon": no article names Incheon, and read without
    it the Kentucky docked in Busan on 18 July 2023: that, saying Incheon is not what the articles
    have. "When was the 57th SCM" stays not in the knowledge base (a number asked of, no claim)."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("when did the uss kentucky dock in incheon")
    assert found.matched and "18 July 2023" in found.text and "Busan" in found.text, found.text
    assert found.footer.startswith("Not “incheon”"), found.footer
    assert not engine.ask("when was the 57th scm").matched
    assert not engine.ask("what was agreed at the 53rd scm").matched


def test_a_role_claimed_of_a_time_is_checked_against_the_holder_then(tmp_path: Path) -> None:
    """ "Was Lee Jong-sup still defense minister at Camp David": yes, as the articles show him by
    August 2023 (Shin took office in October), not "no" from his role today; "was Lee still
    defense minister in December 2023": no, Shin then; "was Lee the defense minister in 2023":
    yes, he is shown in it that year."""
    engine = Engine(_corpus(tmp_path))
    lead = engine.ask("was lee jong-sup still defense minister at camp david?").text
    assert lead.startswith("Yes: the articles show **Lee Jong-sup**"), lead
    lead = engine.ask("was lee still defense minister in december 2023").text
    assert lead.startswith("No: the articles show **Shin Won-sik**"), lead
    assert engine.ask("was lee the defense minister in 2023").text.startswith("Yes:")


def test_when_someone_took_up_a_post_is_their_own_taking_it(tmp_path: Path) -> None:
    """ "When did Shin become defense minister": October 2023, when he took office, not Kim's
    taking over from him (September 2024); "when did Shin take office" is a time, not his card;
    "when did Lee Jong-sup become defense minister": the articles only tell of others taking
    it from him, so not in the knowledge base."""
    engine = Engine(_corpus(tmp_path))
    for typed in ("when did shin become defense minister", "when did shin take office"):
        lead = engine.ask(typed).text.split("\n")[0]
        assert lead.startswith("**October 2023"), (typed, lead)
    assert not engine.ask("when did lee jong-sup become defense minister").matched


def test_the_year_of_a_thing_named_by_one_phrase_is_its_own(tmp_path: Path) -> None:
    """ "What year was the mutual defense treaty": the question is one phrase, no word of it
    essential; the unit dates it "in 1953", not the state visit's day it is told with."""
    lead = Engine(_corpus(tmp_path)).ask("what year was the mutual defense treaty").text.split("\n")[0]
    assert lead == "**1953**", lead


def test_who_was_at_both_events_is_those_at_each(tmp_path: Path) -> None:
    """ "Who was at both the 54th and 55th SCM": Austin, whom both accounts have there; not Lee
    (the 54th) or Shin (the 55th), each at one."""
    found = Engine(_corpus(tmp_path)).ask("who was at both the 54th and 55th scm").text
    assert found.startswith("**Lloyd Austin**, at each of: 54th"), found
    assert "Lee" not in found and "Shin" not in found, found


def test_a_role_asked_of_each_event_of_a_series_gives_who_held_it_at_each(tmp_path: Path) -> None:
    """ "Who was (South) Korea's defense minister at each SCM": each SCM with those its accounts
    have there whom the role describes (Lee, Shin, Kim), in order; "each" describes no one."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "who was korea's defense minister at each scm",
        "who was south korea's defense minister at each scm",
    ):
        lines = engine.ask(typed).text.split("\n")
        names = ["Lee Jong-sup", "Shin Won-sik", "Kim Yong-hyun"]
        assert [name for line in lines for name in names if name in line] == names, (typed, lines)


def test_what_the_asker_was_doing_before_the_question_is_not_asked(tmp_path: Path) -> None:
    """ "yo so I was reading about camp david and wondering, what's the hotline thing? anyway
    cool bot": the asker's reading and wondering ask nothing; Camp David stays, and the hotline
    is answered rather than refused over "reading" and "wondering"."""
    typed = "yo so I was reading about camp david and wondering, what's the hotline thing? anyway cool bot"
    found = Engine(_corpus(tmp_path)).ask(typed)
    assert found.matched and "hotline" in found.text.split("\n")[0], found.text


def test_the_meetings_someone_took_part_in_are_listed(tmp_path: Path) -> None:
    """ "Which meetings was Kihara part of", "... did he take part in": the meetings the articles
    show him at, each with its date, as "what meetings did Kihara attend" lists them."""
    engine = Engine(_corpus(tmp_path))
    for typed in ("which meetings was kihara part of", "which meetings did kihara take part in"):
        found = engine.ask(typed)
        assert "virtual meeting" in found.text and "Tokyo" in found.text, found.text
        assert "Camp David" not in found.text, found.text


def test_how_many_times_two_met_counts_their_meetings(tmp_path: Path) -> None:
    """ "How many times did Kihara meet Austin", "... has Austin met Kihara": the meetings the
    articles show both at, counted and listed."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "how many times did kihara meet austin across the articles",
        "how many times has austin met kihara",
    ):
        found = engine.ask(typed)
        assert found.text.startswith("The articles tell of **2**"), found.text


def test_how_many_of_a_series_someone_attended_counts_and_lists_them(tmp_path: Path) -> None:
    """ "How many SCMs did Austin attend": the SCMs the articles have him at, counted (3) and
    listed in order with date and place."""
    found = Engine(_corpus(tmp_path)).ask("how many scms did austin attend").text
    assert found.startswith("The articles tell of **3**:"), found
    assert found.index("54th") < found.index("55th") < found.index("56th"), found


def test_a_date_worked_out_says_how_it_is_known(tmp_path: Path) -> None:
    """ "What day did the B-52H fly over the Yellow Sea": the article says "last week"; the day
    shown is the event's worked-out date, and the answer says how it is known (its date note)."""
    found = Engine(_corpus(tmp_path)).ask("what day did the b-52h fly over the yellow sea")
    notes = [f.value for f in found.fields if f.name == "How the date is known"]
    assert notes and "last week" in notes[0], found.fields


def test_what_someone_is_doing_as_of_the_newest_event_is_their_card(tmp_path: Path) -> None:
    """ "What's Shin Won-sik doing now by the time of the 56th SCM": the newest account of him
    is that meeting's; his card (national security adviser), not his July meeting in Tokyo."""
    found = Engine(_corpus(tmp_path)).ask("what's shin won-sik doing now by the time of the 56th scm")
    assert found.title == "Shin Won-sik" and "National Security Adviser" in found.text, found.text


def test_what_did_someone_do_is_answered_by_their_doing(tmp_path: Path) -> None:
    """ "What did Seoul do that made the thaw with Tokyo possible": "The summit was made possible
    by a thaw between Seoul and Tokyo" only echoes the question; a unit of Seoul's own doing (its
    president's trip to Tokyo) answers first."""
    lead = Engine(_corpus(tmp_path)).ask("what did seoul do that made the thaw with tokyo possible").text
    assert not lead.startswith("The summit was made possible"), lead
    assert lead.startswith("Yoon"), lead


def test_also_in_the_article_is_from_the_cited_article_each_said_once(tmp_path: Path) -> None:
    """ "What do South Koreans think about getting nuclear weapons": the answer cites Alliance
    Wire; The Diplomat's ¶12 (support for indigenous weapons) is another article's paragraph,
    not listed under "Also in the article" as if it were the cited one's."""
    found = Engine(_corpus(tmp_path)).ask("what do south koreans think about getting nuclear weapons")
    also = " ".join(f.value for f in found.fields if f.name == "Also in the article")
    assert found.citations[0].outlet == "Alliance Wire", found.citations
    assert "indigenous" not in also, also


def test_a_place_given_as_a_possessive_is_given_whole(tmp_path: Path) -> None:
    """ "Where did the Hwasong-15 land": "inside Japan's exclusive economic zone west of
    Hokkaido", the whole place, not "Japan's"."""
    lead = Engine(_corpus(tmp_path)).ask("where did the hwasong-15 land").text.split("\n")[0]
    assert lead == "**Japan's exclusive economic zone west of Hokkaido**", lead


def test_the_next_of_a_series_past_the_articles_newest_is_not_in_the_knowledge_base(tmp_path: Path) -> None:
    """ "When's the next SCM": no article tells of one after the 56th; not in the knowledge base,
    saying so, rather than the dates of other meetings "the next day"."""
    found = Engine(_corpus(tmp_path)).ask("whens the next scm")
    assert not found.matched and "none after the 56th Security Consultative Meeting" in found.text, found.text


def test_how_many_holders_of_a_post_counts_everyone_given_it(tmp_path: Path) -> None:
    """ "How many SK defense ministers did Austin meet": the post's holders the articles show
    with him, counted (3); "different" and a clause put first ("across these articles, how many
    different ...") change nothing; "how many different SCMs do these articles talk about": 3."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "how many sk defense ministers did austin meet",
        "across these articles how many different sk defense ministers held an scm with austin",
    ):
        found = engine.ask(typed).text
        assert found.startswith("The articles show **3**"), (typed, found)
    found = engine.ask("how many different scms do these articles talk about").text
    assert found.startswith("The articles tell of **3**"), found


def test_a_title_asked_of_a_month_long_after_it_is_shown_held_is_its_holder_unsure(kb: KnowledgeBase) -> None:
    """The seed alone: "who was the south korean defense minister in december 2023": the title
    is Lee's, shown held in January; Lee, said to be unsure (no one shown nearer December), not
    Austin, whom the rest of the question would find."""
    found = Engine(kb).ask("who was the south korean defense minister in december 2023")
    assert found.text.startswith("**Lee Jong-sup**") and found.unsure, found.text
    assert "no one in that role nearer December 2023" in found.footer, found.footer


def test_a_question_refused_over_two_peoples_meeting_put_elsewhere_is_corrected(tmp_path: Path) -> None:
    """ "Why did Austin meet Lee in Tokyo": the question would be refused (no unit has them in
    Tokyo); read without Tokyo, their meeting in Seoul answers, saying Tokyo is not what the
    articles have. "Where was the 57th SCM held" stays refused (one event, no two people)."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("why did austin meet lee in tokyo")
    assert found.matched and "Seoul" in found.text and found.footer.startswith("Not “tokyo”"), found
    assert not engine.ask("where was the 57th scm held").matched


def test_an_everyday_word_one_article_made_an_alias_names_nothing_where_others_use_it(tmp_path: Path) -> None:
    """ "The commitment" is an alias the Camp David article gives its Commitment to Consult; the
    seed uses the word for the U.S. commitment. "austin said the commitment is what, ironclad?"
    names no Commitment to Consult (answered: "ironclad"); its full name still names it, and "the
    declaration" (a word only the articles holding the Washington Declaration use) names that."""
    kb = _corpus(tmp_path)
    assert parse(kb, "austin said the commitment is what, ironclad?").named == (frozenset({"lloyd austin"}),)
    assert frozenset({"commitment to consult"}) in parse(kb, "what is the commitment to consult").named
    declaration = parse(kb, "what kind of us subs will visit sk ports under the declaration").named
    assert frozenset({"washington declaration"}) in declaration
    found = Engine(kb).ask("austin said the commitment is what, ironclad?")
    assert found.matched and "ironclad" in found.text, found.text


def test_how_long_a_thing_runs_is_its_length_not_the_unit_saying_runs_until(tmp_path: Path) -> None:
    """ "How long does Freedom Shield 23 run": the unit giving its length ("an 11-day combined
    exercise") first, though another has the asked word itself ("runs until 23 March")."""
    found = Engine(_corpus(tmp_path)).ask("how long does freedom shield 23 run")
    assert found.matched and "11-day" in found.text.split("\n")[0], found.text


def test_a_post_one_article_made_an_alias_asked_alone_is_its_holder_now(tmp_path: Path) -> None:
    """ "Who's the SK defense minister": an alias the seed gives Lee, and a post Shin and Kim held
    after him; the newest holder (Kim Yong-hyun), not Lee's card calling him "former". A name of
    one's own ("who is kishida") is still their card."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("who's the sk defense minister")
    assert found.text.startswith("**Kim Yong-hyun**, South Korean Defense Minister"), found.text
    assert engine.ask("who is kishida").title == "Kishida Fumio"


def test_a_number_the_question_gives_in_another_phrase_still_counts_in_the_answer(tmp_path: Path) -> None:
    """ "How many SRBMs two days after the Hwasong-15": the question's "two" is of days; the
    unit's "two short-range ballistic missiles" is the count asked, not refused as a number the
    question gives itself ("Freedom Shield 23" is)."""
    found = Engine(_corpus(tmp_path)).ask("how many srbms two days after the hwasong 15")
    assert found.matched and "two short-range" in found.text, found.text


def test_when_a_plan_is_supposed_to_be_done_is_the_time_it_is_due_by(tmp_path: Path) -> None:
    """ "Whn is the missile data thing supposed to work": the unit agreeing to it, led by the
    time it is due ("by the end of 2023"), not by the day it was agreed (18 August 2023)."""
    found = Engine(_corpus(tmp_path)).ask("whn is the missile data thing supposed to work")
    assert found.text.startswith("**by the end of 2023**"), found.text


def test_a_unit_dated_days_before_what_is_asked_does_not_date_it_whatever_the_verb(tmp_path: Path) -> None:
    """ "When did nk fire missiles from a submarine": the unit dated "three days before the
    submarine launch" (the Yellow Sea firing, 9 March) holds "fire" and "missiles" of its own,
    but "submarine" only in that reckoning: the launch is dated 12 March."""
    found = Engine(_corpus(tmp_path)).ask("when did nk fire missiles from a submarine")
    assert found.text.startswith("**12 March 2023"), found.text


def test_what_is_done_in_response_to_a_country_is_not_the_country_responding(tmp_path: Path) -> None:
    """ "How did nk respond to freedom shield": not the allies' "Freedom Shield returns field
    training to a scale not seen since 2017, in response to North Korea's ... programmes" (North
    Korea is what they respond to), but North Korea's own account (KCNA's)."""
    found = Engine(_corpus(tmp_path)).ask("how did nk respond to freedom shield")
    assert found.matched and not found.text.startswith("The allies say"), found.text
    assert "Korean Central News Agency" in found.text.split("\n")[0], found.text


def test_taking_office_is_not_any_unit_with_the_word_named(tmp_path: Path) -> None:
    """ "When did yoon take office": May 2022, one answer; the vocabulary no longer gives "named
    as" for taking office ("as" says nothing, so it read "the article does not name ..." and
    "named exercises" as taking office, and a 2011 state visit came second)."""
    found = Engine(_corpus(tmp_path)).ask("when did yoon take office")
    assert found.text.startswith("**May 2022**"), found.text


def test_a_thing_put_first_then_what_it_was_asked_after_a_comma(tmp_path: Path) -> None:
    """ "That 'swift, overwhelming and decisive response' line, what document was that
    originally from": the question after the comma, about the line put first (the Washington
    Declaration), as "what document was that line from" would be."""
    found = Engine(_corpus(tmp_path)).ask(
        "that 'swift, overwhelming and decisive response' line, what document was that originally from"
    )
    assert found.text.startswith("**Washington Declaration**"), found.text


def test_what_was_the_phrase_asks_for_quoted_words_not_the_word_phrase(tmp_path: Path) -> None:
    """ "the two sides said their approach to nk missiles is based on '___ to ___' ... what was
    the phrase": no unit says "phrase"; the words quoted ("strength to strength") answer."""
    found = Engine(_corpus(tmp_path)).ask(
        "the two sides said their approach to nk missiles is based on '___ to ___' ... what was the phrase"
    )
    assert found.matched and "strength to strength" in found.text.split("\n")[0], found.text


def test_a_claim_of_what_a_country_did_answered_by_others_doing_is_unsure(tmp_path: Path) -> None:
    """ "Did nk fire anything in response to camp david": the closest unit has Kihara speaking
    of a missile warning system, no North Korean firing; shown, but unsure, saying it is not
    about North Korea doing it. A statement's issuers speak for it: "the joint statement accused
    nk ..., is that true" is answered by the two leaders condemning, sure."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("did nk fire anything in response to camp david? like right after")
    assert found.unsure and "not about North Korea doing it" in found.footer, found.footer
    found = engine.ask(
        "my freind says the joint statement accused nk of breaking un resolutions, is that true"
    )
    assert "not about" not in found.footer, found.footer


def test_which_things_went_with_one_named_are_not_that_one(tmp_path: Path) -> None:
    """ "Which jets flew with the b-52": the F-15K and KF-16, not the B-52 the question names
    after "with" (it goes with the answer); the same after "alongside"."""
    engine = Engine(_corpus(tmp_path))
    for typed in (
        "which jets flew with the b-52",
        "what korean jets flew alongside the b-52h over the yellow sea",
    ):
        found = engine.ask(typed)
        assert found.text.startswith("**F-15K, KF-16**"), (typed, found.text)


def test_what_happened_at_an_event_is_the_event_told_not_a_detail_of_it(tmp_path: Path) -> None:
    """ "What happened at camp david": the summit's own unit (the first standalone summit, the
    documents adopted), not the aside that Biden had never hosted foreign leaders there."""
    found = Engine(_corpus(tmp_path)).ask("what happened at camp david")
    assert found.text.startswith("The first standalone summit"), found.text


def test_what_someone_did_before_something_is_a_unit_saying_before_it(tmp_path: Path) -> None:
    """ "What did kim yong hyun do before being minister": a unit saying so in its own words
    (he "led the Presidential Security Service" before becoming defense minister), not one
    dated before his taking office about someone else (Shin's SCM)."""
    found = Engine(_corpus(tmp_path)).ask("what did kim yong hyun do before being minister")
    assert "Presidential Security Service" in found.text.split("\n")[0], found.text


def test_someones_counterparts_of_a_country_are_the_holders_of_the_post_answering_to_theirs(
    tmp_path: Path,
) -> None:
    """ "List austin's korean counterparts for the 54th 55th and 56th scm": the South Korean
    post sharing most of his role's words (Secretary of Defense: the Defense Minister, not the
    Deputy Minister for National Defense Policy) and its holders, Lee, Shin and Kim. One
    counterpart ("austins korean counterpart") is whom the articles call that."""
    kb = _corpus(tmp_path)
    q = parse(kb, "list austin's korean counterparts for the 54th 55th and 56th scm")
    assert "south korean defense ministers" in q.text, q.text
    found = Engine(kb).ask("list austin's korean counterparts for the 54th 55th and 56th scm").text
    assert all(name in found for name in ("Lee Jong-sup", "Shin Won-sik", "Kim Yong-hyun")), found
    assert "counterpart" in parse(kb, "whos austins korean counterpart").text


def test_a_thing_of_one_event_and_the_one_of_another_are_two_questions(tmp_path: Path) -> None:
    """ "the carrier from the sept 2022 drills and the one in freedom edge, which ships were
    those": which carrier was in each, both answered (the Ronald Reagan, the Theodore Roosevelt)."""
    found = Engine(_corpus(tmp_path)).ask(
        "the carrier from the sept 2022 drills and the one in freedom edge, which ships were those"
    )
    shown = found.text + " ".join(f.value for f in found.fields)
    assert found.matched and "Ronald Reagan" in shown and "Theodore Roosevelt" in shown, shown


def test_a_unit_saying_before_its_launch_does_not_date_the_launch(tmp_path: Path) -> None:
    """ "When did the warning data sharing system launch": Kihara's words of 12 November 2023,
    that it was in the final stage "before its launch by the end of the year", do not date the
    launch (still to come): not 12 November."""
    found = Engine(_corpus(tmp_path)).ask("when did the warning data sharing system launch")
    assert "12 November" not in found.text.split("\n")[0], found.text


def test_who_of_a_kind_of_thing_asks_which_one(tmp_path: Path) -> None:
    """ "Who was the first ssbn to visit since 1981": an SSBN is a thing; which one (the USS
    Kentucky), not the person who announced it (Kurt Campbell). "Who was the rok defense
    minister at the 56th scm" is still a person (ROK names a country)."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("who was the first ssbn to visit since 1981")
    assert found.text.startswith("**USS Kentucky**"), found.text
    assert found.title == "Q: who was the first ssbn to visit since 1981"
    assert (
        "Kim Yong-hyun" in engine.ask("who was the rok defense minister at the 56th scm").text.split("\n")[0]
    )


def test_who_came_after_someone_as_a_post_is_who_replaced_them(tmp_path: Path) -> None:
    """ "Who came after shin as defense minister": who replaced him in it (Kim Yong-hyun), not
    Shin's own profile."""
    found = Engine(_corpus(tmp_path)).ask("who came after shin as defense minister")
    assert found.text.startswith("**Kim Yong-hyun**"), found.text


def test_how_many_counts_past_a_participle_to_the_plural_noun(tmp_path: Path) -> None:
    """ "How many sub launched cruise missiles": "launched" is of the missiles, not the verb
    that ends what is counted ("sub"): "two strategic cruise missiles" answers it."""
    kb = _corpus(tmp_path)
    assert {"missil", "cruiz"} <= parse(kb, "how many sub launched cruise missiles").counted
    found = Engine(kb).ask("how many sub launched cruise missiles")
    assert found.matched and "two strategic cruise missiles" in found.text, found.text


def test_how_someone_will_react_is_the_reaction_an_article_foresees(tmp_path: Path) -> None:
    """ "How will beijing react to camp david": the passage "likely to draw protests from
    Beijing" foresees it; "how did beijing react" is still not in the knowledge base (a
    reaction foreseen is none reported)."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("how will beijing react to camp david")
    assert found.matched and "draw protests from Beijing" in found.text, found.text
    assert not engine.ask("how did beijing react to camp david").matched


def test_a_count_of_one_countrys_troops_is_not_anothers(tmp_path: Path) -> None:
    """ "How many us troops are in korea": the U.S. owns what is counted; North Korea's 10,000
    soldiers sent to Russia (no U.S. in it) do not count them: not in the knowledge base.
    "How many north korean troops are in russia" still gets the 10,000."""
    engine = Engine(_corpus(tmp_path))
    assert not engine.ask("how many us troops are in korea").matched
    found = engine.ask("how many north korean troops are in russia")
    assert found.matched and "10,000" in found.text.split("\n")[0], found.text


def test_selling_something_as_good_is_presenting_it(tmp_path: Path) -> None:
    """ "Why are officials in seoul selling the NCG as a good thing": the vocabulary gives
    "present" for "sell" (one way), so "Officials in Seoul present the NCG as a way to meet that
    pressure ..." answers, not "nothing on 'selling'"."""
    found = Engine(_corpus(tmp_path)).ask("why are officials in seoul selling the NCG as a good thing")
    assert found.text.startswith("Officials in Seoul present the NCG"), found.text


def test_whom_someone_replaced_is_the_one_they_took_over_from(tmp_path: Path) -> None:
    """ "Who did shin won-sik replace": a unit saying whom he took over from ("took office ...,
    replacing Lee Jong-sup") first: Lee, not those of a unit naming Shin beside Austin and Kim."""
    found = Engine(_corpus(tmp_path)).ask("who did shin won-sik replace")
    assert found.text.startswith("**Lee Jong-sup**"), found.text


def test_a_month_asked_counts_an_undated_unit_as_of_its_news(tmp_path: Path) -> None:
    """ "What did the allies agree in january 2023 about japan": the seed's undated "the two
    sides agreed to hold Defense Trilateral Talks with Japan" is of its news (31 January 2023),
    so it goes before the November Defense Vision."""
    found = Engine(_corpus(tmp_path)).ask("what did the allies agree in january 2023 about japan")
    assert "Defense Trilateral Talks" in found.text.split("\n")[0], found.text


def test_how_someone_did_something_is_their_own_doing_before_a_groups(tmp_path: Path) -> None:
    """ "How did biden warn north korea": his own warning ("the end of whatever regime"), not
    "the leaders agreed to ... a mechanism for sharing missile warning data" (a group he is in,
    and "warning" a noun)."""
    found = Engine(_corpus(tmp_path)).ask("how did biden warn north korea")
    assert "the end of whatever regime" in found.text.split("\n")[0] + found.text[:300], found.text


def test_a_commander_of_a_body_the_articles_name_no_one_for_is_not_in_the_knowledge_base(
    tmp_path: Path,
) -> None:
    """ "Who is the commander of usfk": a person is asked for, of U.S. Forces Korea; no unit names
    one (the TTX's delegation heads, "U.S. Strategic Command" among them, are of no USFK): not
    in the knowledge base, not "two answers" of bodies. The US team's heads are still found."""
    engine = Engine(_corpus(tmp_path))
    for typed in ("who is the commander of usfk", "who was the commander of usfk when the ttx happened"):
        assert not engine.ask(typed).matched, typed
    assert "Siddharth Mohandas" in engine.ask("who ran the us delegation for the ttx").text.split("\n")[0]


def test_us_forces_korea_typed_without_dots_is_the_command(tmp_path: Path) -> None:
    """ "Who commands us forces korea": "us forces korea" is U.S. Forces Korea (the vocabulary
    gives it; the articles write "U.S."), so the question asks for its commander, whom no article
    names: not in the knowledge base (it had named Austin and Kim, read as "US" and two words)."""
    assert not Engine(_corpus(tmp_path)).ask("who commands us forces korea").matched


def test_whom_someone_replaced_is_one_answer_when_a_wider_unit_names_more(tmp_path: Path) -> None:
    """ "Who did kim yong-hyun replace": "became defense minister, succeeding Shin Won-sik" does
    what is asked (the verb after "did Kim" is essential, though no past form), so the unit naming
    Austin beside Shin is no rival answer: Shin alone, not "two answers"."""
    found = Engine(_corpus(tmp_path)).ask("who did kim yong-hyun replace")
    assert found.text.startswith("**Shin Won-sik**") and "two answers" not in found.text, found.text


def test_the_first_of_a_series_the_articles_number_later_is_not_in_the_knowledge_base(
    tmp_path: Path,
) -> None:
    """ "When did north korea do its first nuclear test": the articles know its third and its
    seventh; "the first update of the strategy" calls no test the first, so the earliest dated
    unit ("in 2013, after North Korea's third nuclear test") is no answer."""
    found = Engine(_corpus(tmp_path)).ask("when did north korea do its first nuclear test")
    assert not found.matched and "do not say when the first was" in found.text, found.text


def test_first_ever_typed_with_a_hyphen_is_the_first(tmp_path: Path) -> None:
    """ "When did the first-ever DSC tabletop exercise happen": "first-ever" is "first ever", so
    the question asks for the first of a series the articles know only "the eighth" of."""
    found = Engine(_corpus(tmp_path)).ask("when did the first-ever DSC tabletop exercise happen")
    assert not found.matched and "do not say when the first was" in found.text, found.text


def test_is_it_the_first_of_a_series_the_articles_number_later_is_no(tmp_path: Path) -> None:
    """ "Was the dsc ttx the first one ever": the articles call it "the eighth" (and "the first
    held since" Yoon took office, no first of all): no, said with the unit giving the number,
    not "Yes: the articles date it" because "ever" asked whether it happened."""
    found = Engine(_corpus(tmp_path)).ask("was the dsc ttx the first one ever")
    assert found.text.startswith("No: the articles tell of the eighth"), found.text
    assert "eighth Deterrence Strategy Committee" in found.text.split("\n")[1], found.text


def test_a_post_no_one_in_the_articles_holds_is_not_in_the_knowledge_base(tmp_path: Path) -> None:
    """ "Who is the japanese foreign minister": the leaders meeting "and so will their foreign
    ministers" hold no such post, and no role the articles give has every word of it: not in the
    knowledge base. Posts someone holds are still found, however spelt ("sk defence minister")."""
    engine = Engine(_corpus(tmp_path))
    assert not engine.ask("who is the japanese foreign minister").matched
    assert (
        "Lee Jong-sup" in engine.ask("who was the sk defence minister austin met on his jan 2023 trip").text
    )


def test_someone_named_only_to_date_a_thing_did_not_do_it(tmp_path: Path) -> None:
    """ "Who signed the 1953 treaty": "the treaty that formalised the alliance, 70 years before
    Yoon's state visit" names Yoon only to date it (after "before"): not who signed it."""
    found = Engine(_corpus(tmp_path)).ask("who signed the 1953 treaty")
    assert "Yoon" not in found.text.split("\n")[0], found.text


def test_earlier_holders_of_a_post_are_of_the_same_country(tmp_path: Path) -> None:
    """ "Who was defense minister when the tds was revised": Shin, and earlier Lee, South Korea's
    ministers; Japan's minister of the same day (Kihara) is no earlier holder of Shin's post."""
    found = Engine(_corpus(tmp_path)).ask("who was defense minister when the tds was revised")
    assert found.text.startswith("**Shin Won-sik**") and "Lee Jong-sup" in found.text, found.text
    assert "Kihara" not in found.text, found.text


def test_when_did_they_meet_wants_a_meeting_held_before_one_they_are_due_at(tmp_path: Path) -> None:
    """ "When did austin meet kim yong hyun": the 56th SCM they held on 30 October 2024, not the
    2+2 they "are due to join" the next day."""
    found = Engine(_corpus(tmp_path)).ask("when did austin meet kim yong hyun")
    assert found.text.startswith("**30 October 2024"), found.text


def test_a_compound_typed_apart_is_the_hyphenated_word_the_articles_use(tmp_path: Path) -> None:
    """ "When did north korea fire a long range missile": "long" alone says nothing (it is how
    "how long" asks), so "range" matched the short-range launches of 9 March; "long range" is
    the articles' "long-range"."""
    kb = _corpus(tmp_path)
    assert "long-range missile" in {w.typed for w in parse(kb, "when did nk fire a long range missile").words}
    found = Engine(kb).ask("when did north korea fire a long range missile")
    assert "9 March" not in found.text.split("\n")[0], found.text


def test_which_kind_is_answered_by_a_unit_telling_one_in_its_own_words(tmp_path: Path) -> None:
    """ "What plan did seoul announce in march that helped patch things up w tokyo": no entry is
    a plan, but "announced a plan to compensate Koreans ..." tells one: that, not refused."""
    found = Engine(_corpus(tmp_path)).ask(
        "what plan did seoul announce in march that helped patch things up w tokyo"
    )
    assert found.matched and "compensate" in found.text.split("\n")[0] + found.text[:200], found.text


def test_which_one_with_a_guessed_number_asks_its_number(tmp_path: Path) -> None:
    """ "Which dsc ttx was that, like the 5th one or what": the guess asks which number it was
    in the series (the eighth), not what a DSC TTX is."""
    found = Engine(_corpus(tmp_path)).ask("which dsc ttx was that, like the 5th one or what")
    assert "eighth" in found.text.split("\n")[0], found.text


def test_the_last_one_before_reads_since_past_initials_and_abbreviations(tmp_path: Path) -> None:
    """ "Last us ssbn to visit sk before kentucky? and when": "the first ... by a U.S. ballistic
    missile submarine since the USS Robert E. Lee in March 1981" says it, though "U.S." and "E."
    have dots: the sub and the time, not only "1981"."""
    found = Engine(_corpus(tmp_path)).ask("last us ssbn to visit sk before kentucky? and when")
    assert found.text.startswith("**the USS Robert E. Lee in March 1981**"), found.text


def test_a_digit_of_another_script_after_a_name_is_no_number(kb: KnowledgeBase) -> None:
    """ "scm ❶": a character Python calls a digit but int() cannot read is no ordinal of the
    event before it (it had raised ValueError, found by the hostile-input suite)."""
    assert not Engine(kb).ask("scm ❶").matched


def test_what_time_is_a_time_of_day_and_a_day_alone_is_no_rival(tmp_path: Path) -> None:
    """ "What time did nk fire those missiles the morning after the ncg": "between 3:30 a.m. and
    3:46 a.m." answers; a unit of another launch giving its day but no time is no second answer."""
    found = Engine(_corpus(tmp_path)).ask("what time did nk fire those missiles the morning after the ncg")
    assert found.text.startswith("**between 3:30 a.m. and 3:46 a.m.**"), found.text


def test_who_held_a_post_in_a_year_before_any_article_is_whom_an_event_then_shows(tmp_path: Path) -> None:
    """ "Who was sk defense minister in 2022": no article of 2022 shows the post, but the 54th
    SCM, dated November 2022, had Lee Jong-sup taking part as South Korean Defense Minister:
    him, not "the articles show no one in that role by 2022"."""
    found = Engine(_corpus(tmp_path)).ask("who was sk defense minister in 2022")
    assert found.text.startswith("**Lee Jong-sup"), found.text
    assert "54th Security Consultative Meeting" in found.text, found.text


def test_a_length_claimed_is_checked_against_a_unit_giving_one(tmp_path: Path) -> None:
    """ "Freedom shield 23 was like a 2 week thing right": of the units on the exercise, the one
    giving its length ("an 11-day combined exercise") is shown, not "runs until 23 March"."""
    found = Engine(_corpus(tmp_path)).ask("freedom shield 23 was like a 2 week thing right")
    assert "11-day" in "\n".join(found.text.split("\n")[:3]), found.text


def test_a_name_typed_alone_is_its_lookup(kb: KnowledgeBase) -> None:
    """ "austin", "lee jong sup": a person's name and nothing else is /who, not a sentence that
    happens to hold the name ("Austin was scheduled to attend ..."); a term's is /define."""
    engine = Engine(kb)
    assert engine.ask("austin").title == "Lloyd Austin"
    assert engine.ask("lee jong sup").title == "Lee Jong-sup"
    assert engine.ask("scm").title == "Security Consultative Meeting"


def test_did_it_happen_asks_whether_a_plan_came_true(kb: KnowledgeBase) -> None:
    """ "Did the defense trilateral talks happen": the seed only reports them agreed ("agreed to
    hold ... at the earliest opportunity"): only planned, said so, not "The articles say: the
    two sides agreed to hold ..." read as a yes."""
    found = Engine(kb).ask("did the defense trilateral talks happen")
    assert not found.matched and "only as planned" in found.text, found.text


def test_the_last_one_before_someone_is_not_the_latest_of_the_series(tmp_path: Path) -> None:
    """ "When was the last state visit by a korean president before yoon": the one before his
    ("the first ... since 2011"), not the latest state visit (his, April 2023) beside it."""
    found = Engine(_corpus(tmp_path)).ask("when was the last state visit by a korean president before yoon")
    assert found.text.startswith("**2011**"), found.text


def test_which_one_looks_past_units_naming_only_its_kind(tmp_path: Path) -> None:
    """ "Which sub docked in busan the day of the first ncg": three units name only "a ballistic
    missile submarine"; the fourth, as much on the question, names the USS Kentucky: that, not
    "the articles name no particular sub"."""
    found = Engine(_corpus(tmp_path)).ask("which sub docked in busan the day of the first ncg")
    assert found.matched and "Kentucky" in found.text.split("\n")[0], found.text


def test_slcm_is_a_submarine_launched_cruise_missile(tmp_path: Path) -> None:
    """ "Where was that slcm launch detected": the vocabulary reads SLCM as a submarine-launched
    cruise missile (it had been taken for a slip of "scm"): near Sinpo."""
    found = Engine(_corpus(tmp_path)).ask("where was that slcm launch detected")
    assert found.matched and "Sinpo" in found.text.split("\n")[0], found.text


def test_who_are_two_people_named_is_each_ones_card(tmp_path: Path) -> None:
    """ "Who are cho tae-yul and blinken": each one, as /who gives them (South Korean Foreign
    Minister; U.S. Secretary of State), not the two others a unit names beside them."""
    found = Engine(_corpus(tmp_path)).ask("who are cho tae-yul and blinken")
    assert found.text.startswith("Cho Tae-yul, South Korean") and "Antony Blinken, U.S." in found.text, (
        found.text
    )
    assert "Austin" not in found.text, found.text


def test_rn_is_now(tmp_path: Path) -> None:
    """ "Whos the sk def minister rn": "rn" is chat's "right now", no unknown word: the post's
    newest holder, Kim Yong-hyun (it had named Austin, of a unit on the UNC meeting)."""
    found = Engine(_corpus(tmp_path)).ask("whos the sk def minister rn")
    assert "Kim Yong-hyun" in found.text.split("\n")[0], found.text


def test_since_when_is_answered_with_the_time_since(tmp_path: Path) -> None:
    """ "Freedom shield returns field training to a scale not seen since when?": the unit's "since
    2017" leads, not the exercise's own date; "2+2 meeting in oct 2024 - first one since when":
    2021."""
    engine = Engine(_corpus(tmp_path))
    found = engine.ask("freedom shield returns field training to a scale not seen since when?")
    assert found.text.startswith("**2017**"), found.text
    assert engine.ask("2+2 meeting in oct 2024 - first one since when").text.startswith("**2021**")


@pytest.mark.parametrize("typed", ["hi", "thx bot", "thank you so much", "**thanks**"])
def test_small_talk_gets_a_pointer_to_asking_not_a_refusal(kb: KnowledgeBase, typed: str) -> None:
    """ "hi", "thx bot": no question at all; a usage note saying what the bot answers, not "the
    articles do not answer 'thx bot'"."""
    found = Engine(kb).ask(typed)
    assert found.kind.value == "usage" and "/ask" in found.text, found.text


def test_what_time_gives_the_span_of_times_a_unit_gives(tmp_path: Path) -> None:
    """ "What time did NK fire missiles on july 19": "between 3:30 a.m. and 3:46 a.m.", the span
    the unit gives, not its first time alone."""
    found = Engine(_corpus(tmp_path)).ask("what time did NK fire missiles on july 19")
    assert found.text.startswith("**between 3:30 a.m. and 3:46 a.m.**"), found.text


def test_a_unit_naming_the_thing_only_to_date_another_is_no_rival_date(tmp_path: Path) -> None:
    """ "When did the uss ronald reagan come to korea": late September 2022; "the last such
    deployment before the USS Ronald Reagan's" (2017) is another deployment, no second answer."""
    found = Engine(_corpus(tmp_path)).ask("when did the uss ronald reagan come to korea")
    assert found.text.startswith("**late September 2022**") and "2017" not in found.text.split("\n")[0]


def test_a_persons_first_or_full_name_is_their_card(kb: KnowledgeBase) -> None:
    """ "What's austin's first name": his name, whole, as /who gives it; not "first" read as the
    first of a series ("the first meeting ...")."""
    assert Engine(kb).ask("what's austin's first name").title == "Lloyd Austin"


def test_two_cards_from_one_paragraph_cite_it_once(tmp_path: Path) -> None:
    """ "Who are cho tae-yul and blinken": both cards rest on ¶11 of one article: cited once."""
    found = Engine(_corpus(tmp_path)).ask("who are cho tae-yul and blinken")
    assert len(found.citations) == len(set(found.citations)) == 1, found.citations


def test_all_three_of_a_series_is_each_of_them(tmp_path: Path) -> None:
    """ "Who was us defense secretary at all three SCMs": "all three" says each one of the series,
    no number to find: Austin at each (it had named Lee, the "three" matching nothing)."""
    found = Engine(_corpus(tmp_path)).ask("who was us defense secretary at all three SCMs")
    assert found.text.count("Lloyd Austin") == 3 and "Lee" not in found.text.split("\n")[0], found.text


def test_what_a_speaker_calls_something_is_their_words(tmp_path: Path) -> None:
    """ "What does strategic mean when pyongyang says it": "Pyongyang usually calls a weapon
    'strategic' when it is meant to carry a nuclear warhead" is Pyongyang's usage ("calls", as
    "called", is words), not a unit using the word ("two strategic cruise missiles")."""
    found = Engine(_corpus(tmp_path)).ask("what does strategic mean when pyongyang says it")
    assert "nuclear warhead" in found.text.split("\n\n")[0], found.text
