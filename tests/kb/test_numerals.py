"""Numbers typed in words, read as the figures the articles print."""

from bot.kb.numerals import figures, in_figures
from bot.kb.text import words


def _read(text: str, known: frozenset[str] = frozenset({"ten"})) -> str:
    return in_figures(text, known.__contains__)


def test_compounds_years_ordinals_and_thousands_become_figures() -> None:
    assert _read("who led at the Fifty-Fifth SCM?") == "who led at the 55th SCM?"
    assert _read("the fifty fifth, the twenty-first and the twentieth") == "the 55th, the 21st and the 20th"
    assert _read("in september twenty twenty two") == "in september 2022"
    assert _read("nineteen eighty one, two thousand and twenty three") == "1981, 2023"
    assert _read("ten thousand troops, forty two ships") == "10 000 troops, 42 ships"


def test_one_word_counts_and_words_the_articles_use_stay() -> None:
    """ "fifty something" is a guess; "ten years" is the articles' own wording; one to ninth are
    how the articles write them."""
    for typed in ("fifty something", "ten years", "the third and fourth", "one of them", "twelve"):
        assert _read(typed) == typed
    assert _read("tenth", frozenset({"tenth"})) == "tenth"
    assert figures(words("hello world"), lambda w: False) == ["hello", "world"]
