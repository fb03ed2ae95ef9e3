"""Words as the index keeps them (bot/kb/text.py)."""

from bot.kb.text import stem


def test_an_abbreviations_plural_is_the_abbreviation() -> None:
    """ "SLBMs", "SSBNs", "F22s": the plural of what the articles write in the singular, as
    "ICBMs" always was; short words ("hrs", "pls") are left to the question's own shorthand."""
    for plural, one in (("slbms", "slbm"), ("ssbns", "ssbn"), ("srbms", "srbm"), ("icbms", "icbm")):
        assert stem(plural) == stem(one), plural
    assert stem("f22s") == stem("f22") and stem("missiles") == stem("missile")
    assert stem("hrs") == "hrs" and stem("1980s") != stem("1980")  # a decade is no plural of a year
