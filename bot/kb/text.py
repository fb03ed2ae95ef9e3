"""Text helpers shared by the index and the answers: normalising, tokens, sentences."""

from __future__ import annotations

import functools
import re
import unicodedata

# Fixed patterns only: nothing here is ever built from user text.
_WORD_RE = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[”\"’)]?\s+(?=[“\"‘(]?[A-Z0-9])")
_ABBREVIATION_RE = re.compile(
    r"(?:\b[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|St|No|vs|etc|e\.g|i\.e)\.$"
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})

STOPWORDS = frozenset(
    """a an the and or but of to in on at by for with from as is are was were be been being has have
    had do does did doing this that these those it its their there they them he she his her him
    we our you your i me my what which who whom whose when where why how will would can could
    should shall may might must about into over after before than then so such not no yes any all
    also just very more most some other others own same too up out off per via if while during
    tell me please said says say""".split()
)


def normalize(text: str) -> str:
    """Casefolded, accents kept, curly quotes straightened, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.casefold().split())


def words(text: str) -> list[str]:
    """Lowercased words; a possessive 's is dropped so "Lee's" is the word "lee"."""
    return [w.removesuffix("'s") for w in _WORD_RE.findall(normalize(text))]


# Common irregular past forms, so "met" finds "meeting" and "held" finds "hold".
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
}


@functools.lru_cache(maxsize=200_000)  # words repeat across articles: stem each once
def stem(word: str) -> str:
    """A light suffix stripper: enough to meet 'meeting', 'drills' and 'threats' halfway."""
    word = word.removesuffix("'s")
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix, keep in (("ies", 4), ("ing", 5), ("ed", 5), ("es", 5), ("s", 4)):
        if word.endswith(suffix) and len(word) >= keep and not word.endswith("ss"):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def terms(text: str) -> list[str]:
    """Index terms: words without stopwords, stemmed; hyphenated words also split."""
    out: list[str] = []
    for word in words(text):
        parts = [word, *word.split("-")] if "-" in word else [word]
        out.extend(stem(p) for p in parts if p not in STOPWORDS)
    return out


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
