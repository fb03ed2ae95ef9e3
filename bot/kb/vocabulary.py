"""Users' words to the articles' words: the shared vocabulary moderators keep in
`knowledge/vocabulary.yaml`.

People ask about "nukes" and "warships"; the articles say "nuclear weapons" and "aircraft
carrier". Each entry lists words that mean the same (`words`, either way), or words people use
and what the articles say instead (`words` and `means`, one way). /ask looks for both, and a
word the vocabulary explains is never "unknown" to it (/search looks for the words as typed).
Nothing here is in code: a moderator adds a line, and the next reload knows it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated

from pydantic import ConfigDict, Field

from .models import MAX_LIST, SCHEMA_VERSION, Strict, Text
from .text import stem, words

VOCABULARY_NAMES = ("vocabulary.yaml", "vocabulary.yml")
MAX_ENTRIES = 5_000
MAX_PHRASE_WORDS = 6

Phrase = tuple[str, ...]


class VocabularyEntry(Strict):
    words: Annotated[
        list[Text],
        Field(min_length=1, max_length=MAX_LIST, description="Words or phrases as people type them."),
    ]
    means: list[Text] = Field(
        default_factory=list,
        max_length=MAX_LIST,
        description="What the articles say instead (one way). Leave out when the words mean each other.",
    )
    note: Text | None = Field(None, description="Why, for the next moderator.")


class VocabularyFile(Strict):
    """knowledge/vocabulary.yaml: words people use, and the articles' words for them."""

    model_config = ConfigDict(
        title="alliance-bot vocabulary",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    schema_version: int = Field(SCHEMA_VERSION, ge=1, le=SCHEMA_VERSION)
    entries: list[VocabularyEntry] = Field(default_factory=list, max_length=MAX_ENTRIES)


def is_vocabulary(name: str) -> bool:
    return name.lower() in VOCABULARY_NAMES


@dataclass(frozen=True)
class Vocabulary:
    """Each phrase people may type, as words, to the phrases the articles may use for it."""

    # typed phrase (stems) -> what the articles may say, as words: each is made into index terms
    # once, as the articles' own words are (stems of stems are not stems: "defens" is not "defen")
    means: dict[Phrase, tuple[Phrase, ...]] = field(default_factory=dict)
    longest: int = 0

    @classmethod
    def of(cls, files: Iterable[VocabularyFile]) -> Vocabulary:
        means: dict[Phrase, dict[Phrase, None]] = {}
        for file in files:
            for entry in file.entries:
                said = [(phrase(w), said_words(w)) for w in entry.words]
                targets = [said_words(w) for w in entry.means] if entry.means else [w for _, w in said]
                for typed, _ in said:
                    if typed:
                        found = means.setdefault(typed, {})
                        found.update(dict.fromkeys(t for t in targets if t and phrase(" ".join(t)) != typed))
        table = {typed: tuple(found) for typed, found in means.items() if found}
        return cls(table, max((len(p) for p in table), default=0))

    def __len__(self) -> int:
        return len(self.means)

    def find(self, typed: list[str]) -> list[tuple[int, int, tuple[Phrase, ...]]]:
        """The phrases in a question's words (stemmed, as phrase() makes them), longest first
        where they overlap: (start, end, what the articles may say instead)."""
        found: list[tuple[int, int, tuple[Phrase, ...]]] = []
        at = 0
        while at < len(typed):
            for size in range(min(self.longest, len(typed) - at), 0, -1):
                phrase = tuple(typed[at : at + size])
                if phrase in self.means:
                    found.append((at, at + size, self.means[phrase]))
                    at += size
                    break
            else:
                at += 1
        return found


def said_words(text: str) -> Phrase:
    """A phrase as its words, as far as a phrase goes."""
    return tuple(words(text))[:MAX_PHRASE_WORDS]


def phrase(text: str) -> Phrase:
    """A phrase as the stems of its words: "warships" is "warship", "nuclear arms" is
    ("nuclear", "arm"). Questions are looked up the same way."""
    return tuple(stem(w) for w in words(text))[:MAX_PHRASE_WORDS]
