"""The /ask benchmark's grading: a `must` item is found in an answer, and a short one only as a
whole word ("no" is not in "North", "2" not in "2023"; "70" is in "70th"); a confident wrong
answer is one that does not tell the asker it is unsure."""

from dataclasses import replace
from typing import cast

from benchmarks.qa import Fts, Question, holds, judge
from bot.kb.answers import Answer, Kind
from bot.kb.engine import Engine


def test_short_items_are_whole_words() -> None:
    assert not holds("North Korea fired missiles in 2023.", ("no | not",))
    assert not holds("North Korea fired missiles in 2023.", ("2",))
    assert holds("It did not say.", ("no | not",))
    assert holds("They marked the alliance's 70th anniversary.", ("70",))
    assert holds("Two missiles flew 550 km.", ("550 kilometres | 550 km",))
    assert holds("Busan's port", ("Busan",)) and not holds("Busan", ("Busan", "Seoul"))
    assert holds("A B-52H bomber flew.", ("B-52 | B52",))  # four characters: found inside a word


class _Says:
    """An engine whose every answer is the one given."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer

    def ask(self, question: str) -> Answer:
        return self.answer


class _NoSearch:
    def top(self, question: str, n: int) -> list[str]:
        return []


def _confident_wrong(answer: Answer) -> int:
    part = [Question("a", "when did they meet", ("2023",), True), Question("b", "who won", (), False)]
    tally, _ = judge(cast(Engine, _Says(answer)), cast(Fts, _NoSearch()), part)
    return tally.confident_wrong


def test_only_an_answer_that_tells_the_asker_it_is_unsure_is_not_confident() -> None:
    wrong = Answer("ask", Kind.ANSWER, "Q", "**Busan**")
    assert _confident_wrong(wrong) == 2
    # flagged weak for the moderators' report, yet reading as sure: still confident
    assert _confident_wrong(replace(wrong, weak=True)) == 2
    said = replace(wrong, weak=True, unsure=True, footer="The knowledge base has nothing on drones.")
    assert _confident_wrong(said) == 0
