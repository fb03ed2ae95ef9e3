"""Quotations and who said them.

Curly and straight double quotation marks; a quotation left open at a paragraph's end runs to
that end (news style continues it in the next paragraph, which opens with a mark again).
A short capitalised quotation is a name ("the “Deterrence Strategy Committee Table-top
Exercise”"), not a quote: the caller turns it into an event or a term.

The speaker, in order of trust: an attribution after the quotation ("..., the joint statement
said", "..., said Kim", "“...” that Pyongyang says"); one before it ("Austin told reporters:
“...”"); "according to X" in the sentence; the subject of the clause the quotation sits in
("the two sides agreed to “...”"); a pronoun's antecedent ("They also “...”"); the speaker of
the quotation just before, for a quotation that continues it; else nobody, and the caller
attributes it to the article itself with a note.

Documents: when a body, a country or a group speaks "in a joint readout", "under the
declaration" or "in a statement", the document is the speaker (a person speaking in a
statement stays the speaker); "the declaration" is the document the article has named so
("Washington Declaration"), and "They repeated ..." after "In a readout, the two sides said"
goes on quoting the readout. A quotation with no attribution of its own takes the one another
quotation of its sentence has ("Given X's “...”, the plan “...”, the ministry said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .entities import Registry
from .model import Entity, Mention, QuoteFound, Sentence

_QUOTE_RE = re.compile(r"“(?P<curly>[^“”]*)(?:”|$)|\"(?P<straight>[^\"]*)(?:\"|$)")
_SMALL = frozenset("of the and for in on at to a an with by".split())
_VERBISH = re.compile(
    r"^(?:also\s+|have\s+|has\s+|had\s+|will\s+|would\s+|jointly\s+|further\s+|then\s+|again\s+|both\s+|all\s+)*"
    r"(?:[a-z]+ed|said|says|say|told|held|met|will|would|are|is|was|were|have|has|had|agreed|pledged|"
    r"vowed|called|urged|warned|stressed|noted|added|concurred|discussed|can|could|should|must|may|"
    r"[a-z]+s)\b"
)
_PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "thing"}


@dataclass(frozen=True)
class QuotedSpan:
    paragraph: int
    start: int  # of the text inside the marks
    end: int
    text: str
    closed: bool


def quoted_spans(paragraphs: list[str]) -> list[QuotedSpan]:
    out = []
    for number, text in enumerate(paragraphs, 1):
        for match in _QUOTE_RE.finditer(text):
            group = "curly" if match.group("curly") is not None else "straight"
            inner = match.group(group)
            if not inner.strip():
                continue
            closed = match.group(0)[-1] in '”"' and len(match.group(0)) > 1
            out.append(QuotedSpan(number, match.start(group), match.end(group), inner, closed))
    return out


def is_name(text: str) -> bool:
    """'Deterrence Strategy Committee Table-top Exercise': capitalised words, no sentence."""
    words = text.strip().rstrip(",.").split()
    if not words or len(words) > 10 or re.search(r"[.!?;:,]\s", text):
        return False
    big = [w for w in words if w.casefold() not in _SMALL]
    return bool(big) and all(w[:1].isupper() or w[:1].isdigit() for w in big) and len(big) >= 2


def find_quotes(
    reg: Registry, paragraphs: list[str], sentences: list[Sentence], outlet: str
) -> tuple[list[QuoteFound], list[QuotedSpan]]:
    """Quotes with speakers, and the quoted names left for events and terms."""
    quotes: list[QuoteFound] = []
    names: list[QuotedSpan] = []
    previous: QuoteFound | None = None
    for span in quoted_spans(paragraphs):
        if is_name(span.text):
            names.append(span)
            continue
        sentence = _sentence_of(sentences, span.paragraph, span.start)
        text = span.text.strip().rstrip(",").strip()
        if not any(ch.isalnum() for ch in text):
            continue  # stray marks around punctuation: nothing was said
        quote = QuoteFound(text, span.paragraph, span.start, span.end, paragraphs={span.paragraph})
        quote.sentence = sentence.start
        _attribute(reg, quote, span, sentence, sentences, paragraphs, previous)
        _through_document(reg, quote, sentence, previous)
        quotes.append(quote)
        previous = quote
    _share_attribution(quotes)
    return quotes, names


_TRUSTED = ("explicit", "document")


def _share_attribution(quotes: list[QuoteFound]) -> None:
    """Quotations of one sentence with one attribution between them: all have its speaker."""
    for quote in quotes:
        if quote.how in _TRUSTED:
            continue
        other = next(
            (
                q
                for q in quotes
                if q is not quote
                and q.how in _TRUSTED
                and (q.paragraph, q.sentence) == (quote.paragraph, quote.sentence)
            ),
            None,
        )
        if other is not None:
            quote.speaker, quote.attribution, quote.agent = other.speaker, other.attribution, other.agent
            quote.how = other.how
            quote.why = f"{other.why}, which attributes the whole sentence"


_DOCUMENT_CUE = (
    r"\b(?:[Ii]n|[Uu]nder|[Tt]hrough|[Aa]ccording\s+to)\s+"
    r"(?P<doc>(?:an?|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?(?:%s))\b"
)


def _through_document(
    reg: Registry, quote: QuoteFound, sentence: Sentence, previous: QuoteFound | None
) -> None:
    """A body or a group speaking in a document: the document speaks (see the module)."""
    speaker = reg.entities.get(quote.speaker) if quote.speaker else None
    if speaker is not None and speaker.kind in ("person", "document"):
        return
    if (
        quote.how == "pronoun"
        and previous is not None
        and previous.agent is not None
        and previous.agent == quote.speaker
        and previous.paragraph in (quote.paragraph, quote.paragraph - 1)
    ):  # "They repeated ...": still the document they spoke in
        quote.agent, quote.speaker = quote.speaker, previous.speaker
        quote.why = f"{quote.why}, who spoke through the {previous.speaker} just before"
        quote.how = "document"
        return
    nouns = "|".join(re.escape(n) for n in sorted(reg.gaz.words("documents"), key=len, reverse=True))
    cue = re.search(_DOCUMENT_CUE % nouns, sentence.text)
    if cue is None:
        return
    document = document_named(reg, cue.group("doc"), quote.paragraph, sentence.start + cue.start())
    if document is None:
        return
    quote.agent = quote.speaker
    quote.speaker = document.name
    quote.attribution = " ".join(cue.group(0).split())
    quote.why = f'speaker is the document "{quote.attribution}"' + (
        f" ({speaker.name} spoke through it)" if speaker is not None else ""
    )
    quote.how = "document"


def document_named(reg: Registry, phrase: str, paragraph: int, at: int) -> Entity | None:
    """The document a phrase names: 'the declaration' is the declaration the article named before
    ('Washington Declaration'); 'a joint readout' is a document of its own."""
    words = phrase.strip(" ,").split()
    while words and words[-1].casefold() in ("itself", "also"):
        words.pop()
    if not words:
        return None
    definite = words[0].casefold() in ("the", "its", "their", "his", "her")
    if words[0].casefold() in ("the", "a", "an", "its", "their", "his", "her"):
        words = words[1:]
    key = " ".join(words)
    nouns = sorted(reg.gaz.words("documents"), key=len, reverse=True)
    noun = next((n for n in nouns if re.search(rf"\b{re.escape(n)}$", key, re.I)), None)
    if noun is None:
        return None
    if definite:
        named = [
            e
            for e in reg.entities.values()
            if e.kind == "document"
            and e.name.casefold().endswith(noun.casefold())
            and e.first < (paragraph, at)
        ]
        if named:
            return max(named, key=lambda e: e.first)  # the one named last before
    entity = reg.add(key, "document")
    entity.why.setdefault("name", f'a document quoted as a speaker ("{phrase.strip()}")')
    entity.seen(paragraph, at)
    return entity


def _sentence_of(sentences: list[Sentence], paragraph: int, at: int) -> Sentence:
    candidates = [s for s in sentences if s.paragraph == paragraph and s.start <= at]
    return candidates[-1] if candidates else next(s for s in sentences if s.paragraph == paragraph)


def _speech_verbs(reg: Registry) -> str:
    return "|".join(re.escape(v) for v in reg.gaz.words("speech_verbs") if v != "according")


def _attribute(
    reg: Registry,
    quote: QuoteFound,
    span: QuotedSpan,
    sentence: Sentence,
    sentences: list[Sentence],
    paragraphs: list[str],
    previous: QuoteFound | None,
) -> None:
    text = paragraphs[span.paragraph - 1]
    verbs = _speech_verbs(reg)
    end_sentence = _sentence_of(sentences, span.paragraph, span.end)
    after = text[span.end + 1 : end_sentence.end] if span.closed else ""
    before = text[sentence.start : max(sentence.start, span.start - 1)]
    who = r"(?P<who>(?:[Tt]he\s+)?[\w’'.-]+(?:\s+[\w’'.,-]+){0,7}?)"
    told = r"(?:\s+(?:that|reporters|journalists))?\s*[,:]?\s*$"
    whole = text[sentence.start : end_sentence.end]
    tries = [
        re.match(rf"^[\s,]*{who}\s+(?:also\s+)?(?P<verb>{verbs})\b", after),
        re.match(rf"^[\s,]*(?P<verb>{verbs})\s+{who}(?=[\s,.;]|$)", after),
        re.match(rf"^[\s,]*(?:that|which)\s+{who}\s+(?P<verb>{verbs})\b", after),
        re.search(rf"{who}\s+(?:also\s+)?(?P<verb>{verbs}){told}", before),
        re.match(rf"^[\s“\"]*{who}\s+(?:also\s+)?(?P<verb>{verbs})\b", before),  # "Yoon said the two ... “”
        re.search(rf"\baccording\s+to\s+{who}(?=\s*[,.;]|$)", whole),
    ]
    for match in tries:
        if match is None:
            continue
        entity = resolve_speaker(reg, match.group("who"), span.paragraph, sentence.start)
        if entity is not None:
            quote.speaker = entity.name
            quote.attribution = " ".join(match.group(0).strip(" ,").split())
            quote.why = f'speaker from "{quote.attribution}"'
            quote.how = "pronoun" if match.group("who").strip().casefold() in _PRONOUNS else "explicit"
            return
    subject = _clause_subject(reg, span.paragraph, sentence.start, span.start, text)
    if subject is not None:
        entity, words = subject
        quote.speaker, quote.attribution = entity.name, words
        quote.why = f'speaker is the subject of the sentence ("{words}")'
        quote.how = "subject"
        return
    pronoun = re.search(r"\b(He|She|They|he|she|they)\s+(?:also\s+)?[a-z]*\s*$", before)
    if pronoun is not None:
        entity = _antecedent(reg, pronoun.group(1).casefold(), span.paragraph, sentence.start)
        if entity is not None:
            quote.speaker, quote.attribution = entity.name, pronoun.group(0).strip()
            quote.why = f'speaker is what "{pronoun.group(1)}" refers to in the sentence before'
            quote.how = "pronoun"
            return
    if (
        previous is not None
        and previous.speaker
        and not before.strip(' “"')
        and (previous.paragraph in (span.paragraph, span.paragraph - 1))
    ):
        quote.speaker, quote.attribution = previous.speaker, previous.attribution
        quote.why = "continues the quotation before it"
        quote.how, quote.agent = "continued", previous.agent
        return
    quote.why = "no speaker found; attributed to the outlet: name who said it"


def resolve_speaker(reg: Registry, phrase: str, paragraph: int, before: int) -> Entity | None:
    """What a speaker phrase names: a person, a body, a group, a document or a pronoun."""
    words = phrase.strip(" ,").split()
    while words and words[-1].casefold() in ("also", "has", "have", "had", "then", "itself", "themselves"):
        words.pop()
    clean = " ".join(words)
    if not clean:
        return None
    key = re.sub(r"^(?:[Tt]he)\s+", "", clean)
    if clean.casefold() in _PRONOUNS:
        return _antecedent(reg, clean.casefold(), paragraph, before)
    for entity in reg.entities.values():
        forms = {entity.name.casefold(), *(a.casefold() for a in entity.aliases)}
        if clean.casefold() in forms or key.casefold() in forms:
            return entity
    surface = reg.gaz.lookup(key.replace("’", "'"))
    if surface is not None and surface.key in reg.entities:
        return reg.entities[surface.key]
    document = document_named(reg, clean, paragraph, before)
    if document is not None:
        return document
    # "North Korea's defense ministry", "a White House spokesman": the body the phrase names
    for entity in sorted(reg.entities.values(), key=lambda e: len(e.name), reverse=True):
        for form in (entity.name, *entity.aliases):
            if form[:1].isupper() and re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", clean):
                return entity
    return None


def _clause_subject(
    reg: Registry, paragraph: int, start: int, quote_start: int, text: str
) -> tuple[Entity, str] | None:
    """The last mention before the quotation that is followed by a verb: the clause's subject."""
    candidates: list[Mention] = [
        m
        for m in reg.mentions
        if m.paragraph == paragraph and start <= m.start and m.end <= quote_start and m.role == "noun"
    ]
    for mention in reversed(candidates):
        rest = text[mention.end : quote_start].lstrip(" ,")
        rest = re.sub(r"^['’]s\s+(?:[a-z][\w-]*\s+){1,3}?(?=[a-z]+ed\b|said\b|says\b)", "", rest).lstrip()
        rest_at = quote_start - len(rest)
        bare = re.sub(r"^(?:also|jointly|further|then|again|both|all)\b\s*", "", rest)
        verb = _VERBISH.match(rest)
        if verb or not bare.strip(' “"'):  # "The two sides also “pledged ...”"
            end = rest_at + verb.end() if verb else quote_start
            words = " ".join(text[mention.start : end].split()).rstrip(' “"')
            return reg.entities[mention.entity], words
    return None


def _antecedent(reg: Registry, pronoun: str, paragraph: int, before: int) -> Entity | None:
    """The entity a pronoun stands for: the last fitting subject before it."""
    want = _PRONOUNS.get(pronoun)
    earlier = [m for m in reg.mentions if (m.paragraph, m.start) < (paragraph, before) and m.role == "noun"]
    for mention in sorted(earlier, key=lambda m: (m.paragraph, m.start), reverse=True):
        if mention.paragraph < paragraph - 1:
            break
        entity = reg.entities[mention.entity]
        if want == "person" and entity.kind == "person":
            return entity
        if want == "plural" and entity.kind in ("group", "military"):
            return entity
        if want == "thing" and entity.kind not in ("person", "group"):
            return entity
    return None
