"""Text helpers shared by the index and the answers: normalising, tokens, sentences."""

from __future__ import annotations

import functools
import re
import unicodedata

import snowballstemmer

# Fixed patterns only: nothing here is ever built from user text.
_WORD_RE = re.compile(r"[^\W_]+(?:[-'+][^\W_]+)*", re.UNICODE)  # "F-35", "Lee's", "2+2"
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[“\"‘(]?[A-Z0-9])")
_ABBREVIATION_RE = re.compile(
    r"(?:\b[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|St|No|vs|etc|e\.g|i\.e)\.$"
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})

# a question's auxiliaries: "did they", "was it"; after a command's name, "who did Austin meet"
AUXILIARY_WORDS = "is are was were did does do will would has have had can could should".split()
# "may" is left out: it is also a month ("the summit in May 2022").
STOPWORDS = frozenset(
    """a an the and or but of to in on at by for with from as is are was were be been being has have
    had do does did doing this that these those it its their there they them he she his her him
    we our you your i me my what which who whom whose when where why how will would can could
    should shall might must about into over after before than then so such not no yes any all
    also just very more most some other others own same too up out off per via if while during
    tell me please said says say""".split()
)


def normalize(text: str) -> str:
    """Casefolded, accents kept, curly quotes straightened, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.casefold().split())


def words(text: str) -> list[str]:
    """Lowercased words; a possessive 's is dropped so "Lee's" is the word "lee"."""
    return list(word_tuple(text))


@functools.lru_cache(maxsize=256)  # indexing reads each unit's text twice (names, then terms)
def word_tuple(text: str) -> tuple[str, ...]:
    """Lowercased words in American spelling ("defence" is "defense"), so a name or phrase is
    found however it is spelled."""
    return tuple(american(w.removesuffix("'s")) for w in _WORD_RE.findall(normalize(text)))


# Irregular past forms the Snowball stemmer leaves alone, so "met" finds "meeting" and "held"
# finds "hold". Looked up before stemming.
_IRREGULAR = {
    "met": "meet",
    "held": "hold",
    "said": "say",
    "took": "take",
    "made": "make",
    "gave": "give",
    "went": "go",
    "came": "come",
    "saw": "see",
    "told": "tell",
    "began": "begin",
    "led": "lead",
    "sent": "send",
    "spoke": "speak",
    "thought": "think",
    "fought": "fight",
    "won": "win",
    "struck": "strike",
    "flew": "fly",
    "chose": "choose",
    "sought": "seek",
    "brought": "bring",
    "fell": "fall",
    "rose": "rise",
    "grew": "grow",
    "wrote": "write",
    "flown": "fly",
}
# British spellings, so "defence minister" finds "Defense Minister" (and the other way round).
_BRITISH = {"defence": "defense", "offence": "offense", "licence": "license", "programme": "program"}
_BRITISH_RE = re.compile(r"(?<=\w{3})(?:is(?=e|ed|es|ing|ation|ations)|our(?=$|s$|ed$|ing$|ite))")
IRREGULAR_PAST = frozenset(_IRREGULAR)
_SNOWBALL = snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=200_000)  # words repeat across articles: stem each once
def stem(word: str, irregular: bool = True) -> str:
    """The English Snowball (Porter 2) stem: 'deployment' and 'deployed' both give 'deploy'.

    British spellings are folded into American first ('organised' -> 'organized', 'colour'
    -> 'color'); query and index go through the same folding, so matching stays consistent.
    `irregular`: irregular past forms are their verbs ("met" is "meet"), which a part of a
    hyphenated name is not ("Won-sik").
    """
    word = word.removesuffix("'s")
    if len(word) > 3 and word[-1] == "s" and _NO_VOWEL_RE.fullmatch(word[:-1]):
        word = word[:-1]  # an abbreviation's plural ("SLBMs", "SSBNs"), which Snowball leaves whole
    return _SNOWBALL.stemWord((irregular and _IRREGULAR.get(word)) or american(word))


_NO_VOWEL_RE = re.compile(r"(?=.*[b-df-hj-np-tv-xz])[^aeiouy]+")  # consonants (and digits), no vowel


@functools.lru_cache(maxsize=200_000)  # words repeat: spell each once
def american(word: str) -> str:
    """A lowercased word in American spelling: 'defence' -> 'defense', 'organised' -> 'organized'."""
    word = _BRITISH.get(word, word)
    return _BRITISH_RE.sub(lambda m: "iz" if m.group(0) == "is" else "or", word)


def terms(text: str) -> list[str]:
    """Index terms: words without stopwords, stemmed; hyphenated words also split."""
    return [term for word in word_tuple(text) for term in _word_terms(word)]


# letters and digits joined by a hyphen, then a plural "s" ("kf-16s"; not "1980s", a decade)
_DESIGNATIONS_RE = re.compile(r"[a-z]+-?\d+[a-z]*s", re.IGNORECASE)


@functools.lru_cache(maxsize=200_000)  # the same words recur in every article: work them out once
def _word_terms(word: str) -> tuple[str, ...]:
    if _DESIGNATIONS_RE.fullmatch(word):  # "F-15Ks", "B-52s": a model in the plural is the model
        word = word[:-1]
    if "-" not in word:
        return () if word in STOPWORDS else (stem(word),)
    # A part of a hyphenated word is not read as an irregular verb: "Won-sik" is no "win".
    parts = (stem(p, irregular=False) for p in word.split("-") if p not in STOPWORDS)
    return (stem(word), *parts)


@functools.lru_cache(maxsize=100_000)  # names recur across articles: "South Korea" in thousands
def name_words(name: str) -> tuple[str, ...]:
    """words() of a name, remembered."""
    return tuple(words(name))


@functools.lru_cache(maxsize=100_000)
def name_key(name: str) -> str:
    """normalize() of a name, remembered."""
    return normalize(name)


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, keeping 'U.S.' and 'D.C.' intact."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(paragraph):
        candidate = paragraph[start : match.start()].rstrip('”"’) ')
        if _ABBREVIATION_RE.search(candidate):
            continue
        out.append(paragraph[start : match.end()].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out
