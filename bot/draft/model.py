"""What the drafter finds in an article, before it is written out as YAML.

Every guessed value carries the reason it was guessed (`why`), which becomes the
`# check: ...` comment beside it in the draft.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ..kb.dates import PartialDate

_SENTENCE_END_RE = re.compile(r"(?<=[.!?])[”\"’)]*\s+(?=[“\"‘(]?[A-Z0-9])")
_ABBREVIATION_RE = re.compile(
    r"(?:\b[A-Z]\.){1,3}$|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|St|No|vs|etc|e\.g|i\.e|Adm|Maj|Brig|Capt|Sgt"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Gov|Pres|Prof|Jr|Sr|Inc|Co|Corp)\.$"
)


@dataclass(frozen=True)
class Sentence:
    paragraph: int  # 1-based, as the schema cites
    start: int  # offsets in the paragraph
    end: int
    text: str


def split_sentences(paragraph: str, number: int) -> list[Sentence]:
    """Sentences with their offsets; 'U.S.' and 'Gen.' do not end one."""
    out: list[Sentence] = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(paragraph):
        candidate = paragraph[start : match.start()].rstrip('”"’) ')
        if _ABBREVIATION_RE.search(candidate):
            continue
        end = match.start() + len(match.group(0).rstrip())
        out.append(Sentence(number, start, end, paragraph[start:end].strip()))
        start = match.end()
    if paragraph[start:].strip():
        out.append(Sentence(number, start, len(paragraph), paragraph[start:].strip()))
    return out


@dataclass
class Entity:
    """A person or organization of the draft (countries, groups and documents included)."""

    name: str
    kind: str  # person, country, government, military, organization, group, document
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    country: str | None = None
    members: list[str] = field(default_factory=list)  # names of other entities
    paragraphs: set[int] = field(default_factory=set)
    why: dict[str, str] = field(default_factory=dict)  # field -> reason it is a guess
    origin: str = "text"  # text, gazetteer, knowledge base
    id: str | None = None  # a preferred id (the knowledge base's, for joined entries)
    first: tuple[int, int] = (10**9, 0)  # (paragraph, offset) of the first mention
    office: str | None = None  # for people with a title: which office (joins counterparts)
    surname: str | None = None

    def add_alias(self, alias: str) -> None:
        alias = " ".join(alias.split())
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)

    def seen(self, paragraph: int, offset: int) -> None:
        self.paragraphs.add(paragraph)
        self.first = min(self.first, (paragraph, offset))


@dataclass(frozen=True)
class Mention:
    entity: str  # the entity's name (key of the registry)
    paragraph: int
    start: int
    end: int
    text: str
    role: str  # noun (can speak), adjective (South Korean ...), place (in Seoul)


@dataclass
class QuoteFound:
    text: str
    paragraph: int
    start: int  # offsets of the text inside the paragraph (without quotation marks)
    end: int
    speaker: str | None = None  # entity name
    attribution: str | None = None
    why: str = ""
    how: str = "none"  # explicit, document, subject, pronoun, continued, none: how the speaker was found
    agent: str | None = None  # who speaks through a document speaker ("the two sides" in a readout)
    sentence: int = -1  # offset of the sentence it sits in, to share one attribution
    date: PartialDate | None = None
    topics: list[str] = field(default_factory=list)
    paragraphs: set[int] = field(default_factory=set)


@dataclass
class EventFound:
    name: str
    paragraph: int
    sentence: str
    aliases: list[str] = field(default_factory=list)
    date: PartialDate | None = None
    qualifier: str | None = None
    date_note: str | None = None
    place: str | None = None
    planned: bool = False
    entities: list[str] = field(default_factory=list)
    paragraphs: set[int] = field(default_factory=set)
    why: dict[str, str] = field(default_factory=dict)
    id: str | None = None
    origin: str = "text"
    head: str = ""  # the event noun it was found by, for merging mentions


@dataclass
class TermFound:
    term: str
    definition: str
    acronyms: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    is_a: list[str] = field(default_factory=list)
    paragraphs: set[int] = field(default_factory=set)
    why: dict[str, str] = field(default_factory=dict)
    id: str | None = None
    origin: str = "text"


@dataclass
class FactFound:
    text: str
    paragraph: int
    entities: list[str] = field(default_factory=list)
    date: PartialDate | None = None


def slug(text: str, limit: int = 40) -> str:
    """An id from text: lowercase ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.casefold())
    out = ""
    for word in words:
        if len(out) + len(word) + 1 > limit:
            break
        out = f"{out}-{word}" if out else word
    return out
