"""/ask as a new user would use it: their own phrasings, typos, and questions the article cannot answer."""

from __future__ import annotations

import pytest

from bot.kb.answers import Kind


def labels(citations):
    return [c.label() for c in citations]


ANSWERABLE = [
    # (question, text the answer must contain, paragraph it must cite)
    ("When did Austin meet Lee?", "31 January 2023 (Tuesday)", "¶1"),
    ("when did austin and lee meet", "31 January 2023 (Tuesday)", "¶1"),
    ("What day did the meeting happen?", "31 January 2023 (Tuesday)", "¶1"),
    ("When did Austn meet Lee?", "31 January 2023 (Tuesday)", "¶1"),
    ("Where did they meet?", "Seoul", "¶1"),
    ("Where was the meeting?", "Seoul", "¶1"),
    ("Who did Austin meet in Seoul?", "Lee Jong-sup", "¶1"),
    ("Who is Lloyd Austin?", "U.S. Secretary of Defense", "¶1"),
    ("who is the south korean defense minister", "Lee Jong-sup", "¶1"),
    ("What is Lee's job?", "South Korean Defense Minister", "¶1"),
    ("Where was the 54th SCM held?", "Washington, D.C.", "¶3"),
    ("When was the SCM?", "3 November 2022", "¶3"),
    ("When was the ROK-U.S. summit?", "May 2022", "¶5"),
    ("What did the joint statement say about drones?", "drone incursions", "¶2"),
    ("What did the two leaders condemn?", "provocations", "¶2"),
    ("Which carrier was deployed in September 2022?", "USS Ronald Reagan", "¶8"),
    ("When was the last carrier deployment before 2022?", "2017", "¶8"),
    ("When will the table-top exercise take place?", "February 2023", "¶7"),
    ("What does Pyongyang want suspended?", "hostile policies", "¶9"),
    ("How many nuclear tests has North Korea done?", "seventh nuclear test", "¶12"),
    ("Which anniversary is the alliance celebrating?", "70th anniversary", "¶4"),
    ("Who will they hold trilateral talks with?", "Japan", "¶11"),
    ("What do South Koreans increasingly support?", "indigenous nuclear weapons", "¶12"),
    ("What is the official name of South Korea?", "Republic of Korea", "¶3"),
    ("What does ROK stand for?", "Republic of Korea", "¶3"),
    ("What does DPRK stand for?", "Democratic People's Republic of Korea", "¶2"),
    ("What did North Korea's foreign ministry call the carrier deployment?", "serious threat", "¶8"),
    ("What aircraft will be more present in the region?", "F-35", "¶8"),
    ("What is extended deterrence?", "security commitment", "¶4"),
    # stemming: "deployed" meets "deployment", "agree" meets "agreed"
    ("Which carrier was deployed?", "USS Ronald Reagan", "¶8"),
    ("What approach did the two sides agree on?", "strength to strength", "¶10"),
    ("What was agreed at the summit in May 2022?", "bolster", "¶5"),
    # dates are searchable words
    ("What will happen in February?", "Table-top Exercise", "¶7"),
    ("What happened in May 2022?", "bolster", "¶5"),
    ("What happened on Tuesday?", "met in Seoul", "¶1"),
    # what someone said: their quotes, their joint statement's for a member
    ("What did North Korea say?", "hostile policies", "¶9"),
    ("What did Lee say?", "strongly condemned", "¶2"),
    # spelling, contractions and word order
    ("Who is the defence minister of South Korea?", "Lee Jong-sup", "¶1"),
    ("whats SCM", "Security Consultative Meeting", "¶3"),
    ("What is the official name of North Korea?", "Democratic People's Republic of Korea", "¶2"),
    # one common word the articles never use ("part") is set aside, and said so
    ("Who will take part in trilateral security cooperation?", "trilateral security cooperation", "¶11"),
]


@pytest.mark.parametrize(("question", "expected", "paragraph"), ANSWERABLE)
def test_answerable_questions_are_answered_and_cited(engine, question, expected, paragraph):
    answer = engine.ask(question)
    assert answer.matched, answer.text
    assert answer.command == "ask"
    assert expected in answer.text
    assert paragraph in labels(answer.citations)


UNANSWERABLE = [
    "Who won the World Cup?",
    "When did Austin visit Beijing?",
    "What did Biden say?",
    "when did biden meet lee",
    "What is the population of Seoul?",
    "How much does an F-35 cost?",
    "Who is Kim Jong-un?",
    "What is NATO?",
    "Did Austin meet Kishida?",
    "What is the capital of France?",
    "When did Austin visit Tokyo?",
    "asdf qwerty",
    # a name the articles never mention is never set aside, typed in capitals or not
    "What did Biden say about missile threats?",
    "what did biden say about missile threats",
    "Did Austin and Kishida discuss trilateral security cooperation?",
    "What did the two sides agree in 2019 about missile threats?",
]


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_questions_the_article_cannot_answer_say_so_plainly(engine, question):
    answer = engine.ask(question)
    assert not answer.matched
    assert answer.kind == Kind.NOT_FOUND
    assert answer.title == "Not in the knowledge base"


def test_a_question_about_the_right_thing_without_the_asked_detail_says_what_it_does_know(engine):
    answer = engine.ask("When will North Korea conduct its seventh nuclear test?")
    assert not answer.matched
    assert answer.text.startswith("Not in the knowledge base: the articles do not say when.")
    assert labels(answer.citations) == ["¶12"]


@pytest.mark.parametrize("question", ["When did Austin meet Lee?", "Where did they meet?"])
def test_answers_show_the_sentence_they_rest_on(engine, question):
    answer = engine.ask(question)
    basis = next(f for f in answer.fields if f.name.startswith("Based on"))
    assert basis.name == "Based on ¶1"
    assert "Lee Jong-sup, in Seoul on Tuesday" in basis.value  # the sentence naming both, not its neighbour
    assert answer.footer == "As reported by The Diplomat on 31 January 2023."


def test_a_word_set_aside_is_named_and_the_answer_marked_weak(engine):
    answer = engine.ask("Who will take part in trilateral security cooperation?")
    assert answer.matched and answer.weak and answer.unsure
    assert "nothing on “part”" in answer.footer


def test_a_quote_answer_says_who_said_it(engine):
    answer = engine.ask("What did North Korea say?")
    assert answer.text.startswith("North Korea: “hostile policies”")
    basis = next(f for f in answer.fields if f.name.startswith("Based on"))
    assert "permanently suspended" in basis.value


@pytest.mark.parametrize(
    "question",
    [
        "When was the article published?",
        "What is the link to the article?",
        "what's the source of this story",
    ],
)
def test_questions_about_the_article_itself_get_its_source(engine, question):
    answer = engine.ask(question)
    assert answer.kind == Kind.SOURCE and answer.command == "ask"
    assert any(f.value == "31 January 2023 (Tuesday)" for f in answer.fields)


def test_an_author_the_knowledge_base_does_not_record_is_not_invented(engine):
    answer = engine.ask("Who wrote the article?")
    assert not answer.matched
    assert "does not name the author" in answer.text


def test_a_question_that_is_only_a_misspelt_name_offers_suggestions(engine):
    answer = engine.ask("who is lea")
    assert not answer.matched
    assert answer.suggestions[0] == "Lee Jong-sup"
    assert "Did you mean: **Lee Jong-sup**" in answer.text


@pytest.mark.parametrize("question", ["   ", "?", "...", "`", "🤔"])
def test_a_question_without_a_word_is_a_usage_error(engine, question):
    """Nothing asked: say how to ask, not that the articles do not answer it."""
    assert engine.ask(question).kind == Kind.USAGE


@pytest.mark.parametrize(
    "question",
    [
        "@everyone when did they meet?",
        "**When** did `Austin` meet <@123>?",
        "이종섭 장관은 누구입니까?",
        "When did Austin meet Lee?" * 400,
        "\u200b\u202e?",
        "🇰🇷🇺🇸 alliance?",
    ],
)
def test_odd_input_never_raises_and_never_echoes_a_ping(engine, question):
    answer = engine.ask(question)
    assert answer.kind in (Kind.ANSWER, Kind.NOT_FOUND, Kind.PERSON, Kind.EVENT, Kind.DEFINITION, Kind.USAGE)
    assert "@everyone" not in answer.text + answer.title
    assert "<@1" not in answer.text + answer.title
