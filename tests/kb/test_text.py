"""Words as the index keeps them (bot/kb/text.py)."""

from bot.kb.text import stem, terms


def test_an_abbreviations_plural_is_the_abbreviation() -> None:
    """ "SLBMs", "SSBNs", "F22s": the plural of what the articles write in the singular, as
    "ICBMs" always was; short words ("hrs", "pls") are left to the question's own shorthand."""
    for plural, one in (("slbms", "slbm"), ("ssbns", "ssbn"), ("srbms", "srbm"), ("icbms", "icbm")):
        assert stem(plural) == stem(one), plural
    assert stem("f22s") == stem("f22") and stem("missiles") == stem("missile")
    assert stem("hrs") == "hrs" and stem("1980s") != stem("1980")  # a decade is no plural of a year


def test_a_part_of_a_hyphenated_name_is_not_read_as_an_irregular_verb() -> None:
    # "who won the election" must not find "Shin Won-sik"; the verb still finds "win".
    assert stem("won") not in terms("Shin Won-sik")
    assert stem("sik") in terms("Shin Won-sik")
    assert stem("win") in terms("Biden won the election")
