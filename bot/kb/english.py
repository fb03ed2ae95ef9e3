"""What English says about a word: how common it is, and which common word a slip was meant to be.

/ask judges whether a word it does not know is evidence that the articles cannot answer: a name
or a rare word is ("Biden", "tariffs"), a common word is not ("still", "exactly"). Word
frequencies come from wordfreq (its data ships with the package), loaded on first use: the CLI's
other commands never pay for it.
"""

from __future__ import annotations

import functools
import threading
from typing import Any

from rapidfuzz.distance import OSA

from .fuzzy import slips

COMMON = 5.0  # Zipf frequency (log10 per billion words) at and above which a word says little
RARE = 3.0  # below this, a word unknown to English is a slip or a name
MAX_INFO = 6.0  # how informative the rarest word is
SLIP = 85  # similarity at which a rare word is taken for a common one ("wich" for "which")
LIKELIER = 2.0  # Zipf (log10) above a word's own at which a word one slip away was likelier meant
COMMON_WORDS = 30_000  # the most frequent English words, candidates for what a slip meant

_lock = threading.Lock()


@functools.cache
def _wordfreq() -> Any:
    with _lock:  # the engine thread and the event loop may ask first at the same moment
        import wordfreq

        wordfreq.zipf_frequency("the", "en")  # loads the English table now, once
        return wordfreq


def zipf(word: str) -> float:
    """How common the word is in English: 7 for "the", 5 for "still", 3 for "tariffs", 0 unknown.
    Words reach here in American spelling, which sometimes makes one up ("revised" read as
    "revized"): the British form counts too."""
    freq = _wordfreq().zipf_frequency
    british = word.replace("iz", "is").replace("or", "our") if ("iz" in word or "or" in word) else word
    return float(max(freq(word, "en"), freq(british, "en")))


def information(word: str) -> float:
    """How much a word says about what is asked, 0 (a function word) to MAX_INFO (unheard of)."""
    return max(0.0, min(MAX_INFO, 7.0 - zipf(word)))


def is_common(word: str) -> bool:
    return zipf(word) >= COMMON


@functools.cache
def _common_words() -> tuple[str, ...]:
    return tuple(_wordfreq().top_n_list("en", COMMON_WORDS))


def meant(word: str) -> str | None:
    """The common word a slip was meant to be ("wich" -> "which", "happend" -> "happened"), or
    None when the word is itself a word, or close to nothing common."""
    return next(iter(meanings(word)), None)


@functools.lru_cache(maxsize=10_000)
def meanings(word: str) -> tuple[str, ...]:
    """The common words a slip may have been meant to be, likeliest first ("soliders":
    "sliders" and "soldiers"; the reader may know which fits): none for a word of English."""
    if len(word) < 3 or zipf(word) >= RARE or any(ch.isdigit() for ch in word):
        return ()
    # as close as each other, two letters swapped was likelier meant ("tset": test, not set), then
    # one beginning as typed (first letters are rarely slipped: "coperation" is cooperation, not
    # operation), then one ending as typed (slips are inside words: "dockd" is docked, not dock),
    # then the commoner ("thoes": those, not toes)
    near = (c for c in slips(word, _common_words(), SLIP) if c != word)  # a word is no slip of itself
    return tuple(
        sorted(
            near,
            key=lambda c: (
                OSA.distance(word, c),
                sorted(c) != sorted(word),
                c[0] != word[0],
                c[-1] != word[-1] and not (word[-1] == "s" and c == word[:-1]),  # "koreas": Korea's
                -zipf(c),
            ),
        )
    )


@functools.lru_cache(maxsize=10_000)
def likelier(word: str) -> tuple[str, ...]:
    """For a word of English, the words one slip away that English uses at least a hundred times
    as often ("minster": minister): what the typist likelier meant, if the articles never use
    the word itself. None for short words, where one slip makes too many words."""
    if len(word) < 5 or any(ch.isdigit() for ch in word):
        return ()
    own = zipf(word)
    near = slips(word, _common_words(), SLIP)
    return tuple(c for c in near if OSA.distance(word, c) == 1 and zipf(c) >= own + LIKELIER)


@functools.lru_cache(maxsize=10_000)
def function_word(word: str, among: frozenset[str]) -> str | None:
    """For a short word ("wat", "wil"), the function word of `among` one slip away that English
    uses at least a hundred times as often: short words are where one slip makes too many words
    to pick from, but a slip of "what" or "will" is the commonest slip of all."""
    if len(word) < 3 or any(ch.isdigit() for ch in word):
        return None
    own = zipf(word)
    near = [c for c in among if c != word and OSA.distance(word, c) == 1 and zipf(c) >= own + LIKELIER]
    if not near and not set(word) & _VOWELS:  # "shld", "wld": typed without its vowels
        near = [c for c in among if c[0] == word[0] and _unvowelled(c) == word and zipf(c) >= own + LIKELIER]
    # a letter left out (one slip away and one letter longer) is the commonest slip ("wher":
    # where, not when), then the commoner word
    return max(near, key=lambda c: (len(c) == len(word) + 1, zipf(c)), default=None)


_VOWELS = frozenset("aeiouy")


def _unvowelled(word: str) -> str:
    return "".join(ch for ch in word if ch not in _VOWELS)


def warm() -> None:
    """Load the tables now (a bot does it at start, so no user waits for them)."""
    _wordfreq()
    _common_words()
