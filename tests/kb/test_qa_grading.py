"""The /ask benchmark's grading: a `must` item is found in an answer, and a short one only as a
whole word ("no" is not in "North", "2" not in "2023"; "70" is in "70th")."""

from benchmarks.qa import holds


def test_short_items_are_whole_words() -> None:
    assert not holds("North Korea fired missiles in 2023.", ("no | not",))
    assert not holds("North Korea fired missiles in 2023.", ("2",))
    assert holds("It did not say.", ("no | not",))
    assert holds("They marked the alliance's 70th anniversary.", ("70",))
    assert holds("Two missiles flew 550 km.", ("550 kilometres | 550 km",))
    assert holds("Busan's port", ("Busan",)) and not holds("Busan", ("Busan", "Seoul"))
    assert holds("A B-52H bomber flew.", ("B-52 | B52",))  # four characters: found inside a word
