"""/ask: a plain-words question answered from one supporting unit, or honestly not at all.

How it decides, in order:
1. What the question asks for (who / when / where / how many / what) and which known
   people, organizations, events and terms it names.
2. A question that only names something ("Who is Lee?", "When was the SCM?", "What does
   DPRK stand for?") is answered by the matching lookup (/who, /when, /define).
3. Otherwise facts, quotes, events, actions and body sentences are ranked with BM25, and
   a unit is accepted only if it involves every entity the question names, covers the
   question's other words, and can answer the kind of question (a date for "when", a place
   for "where", another party for "who", a number for "how many").
4. A word the knowledge base has never seen ("Biden", "Tokyo Olympics") means the article
   cannot answer: "not in the knowledge base", never a nearby guess.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

import numpy as np

from .answers import Answer, Field, Kind, Source, cite, cite_label, echo, usage
from .fuzzy import NameTable, resembles
from .index import KnowledgeBase
from .models import EntityKind
from .search import TOP, Hit, highlight, rank
from .text import STOPWORDS, name_key, normalize, stem, terms, words
from .units import KIND_CODES, Doc, DocKind, Entry

if TYPE_CHECKING:
    from .engine import Engine

MAX_QUESTION = 500
ENTITY_BONUS = 2.0
NEWS_DAY_BONUS = 0.75  # a news article is mostly about its own day: prefer that day's units
MIN_COVERAGE = 0.5
ALSO_SHOWN = 2  # other units shown under "Also in the article"

# General English that carries no content in a question; never article vocabulary.
FILLER = frozenset(
    stem(w)
    for w in """happen happened happens take took place exactly recently regarding mention mentioned
    article news report reported think know known time date day year month located location
    number name named called get got go going went come came make made did do does done
    many much long ago ever anything something someone anyone thing things kind sort way
    per according mean means stand stands refer refers want wants wanted""".split()
)
# "What is Lee's job?" asks for a role: answered like /who.
ROLE_WORDS = frozenset(stem(w) for w in "job role title position post occupation office".split())
# "What did Lee say?" asks for their words: quotes are preferred.
SPEECH_WORDS = frozenset(
    "say said says tell told quote quoted claim claimed comment commented remark remarked".split()
)
# "When was the article published?" asks about the article itself: answered like /source.
ARTICLE_WORDS = frozenset("article story report piece".split())
SOURCE_WORDS = frozenset(
    "published publish written wrote write author outlet source link url headline title".split()
)
QUOTE_BONUS = 1.5  # above a curated unit of the news day (0.5 + 0.75): their words come first
PRONOUNS = frozenset({"they", "them", "their", "both"})

_LEAD_RE = re.compile(
    r"^\s*(?:(?:and|so|ok|okay|hey|please|also)[\s,]+)*"
    r"(?P<wh>how\s+many|how\s+much|how\s+long|what\s+(?:year|date|day|month|time)|"
    r"which\s+(?:year|date|day|month)|who(?:m|se)?|what|when|where|which|why|how)\b"
    r"(?:\s+(?:is|are|was|were|did|does|do|will|would|has|have|had|can|could|should)\b)?"
    r"(?:\s+(?:the|a|an)\b)?",
    re.IGNORECASE,
)
_CONTRACTION_RE = re.compile(r"^\s*(what|who|where|when|how)(?:'|’)?s\b", re.IGNORECASE)  # "whats SCM"
_TAIL_RE = re.compile(
    r"\s*\b(?:stand\s+for|stands\s+for|mean|means|refer\s+to|held|happen(?:ed)?|take\s+place|"
    r"took\s+place|occur(?:red)?|start(?:ed)?|take\s+place|be\s+held)\s*$",
    re.IGNORECASE,
)
_NUMBER_RE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|hundred|thousand|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|several|dozens?)\b",
    re.IGNORECASE,
)


class Asks(StrEnum):
    WHO = "who"
    WHEN = "when"
    WHERE = "where"
    COUNT = "how many"
    WHY = "why"
    WHAT = "what"


@dataclass(frozen=True)
class Question:
    text: str
    asks: Asks
    content: str  # the question without its wh-phrase and closing verb
    named: frozenset[Entry]  # entities it names
    terms: tuple[str, ...]  # content terms (stemmed), entity names and filler removed
    unknown: tuple[str, ...]  # content words the knowledge base has never seen, as typed
    implied: frozenset[Entry] = frozenset()  # who "they"/"he" most likely means
    speech: bool = False  # asks what someone said
    about_article: bool = False  # asks about the article itself (published, author, link)
    capitalised: frozenset[str] = frozenset()  # words typed with a capital inside the question
    known_words: int = 0  # content words the knowledge base knows ("F-35" is one word)
    named_names: frozenset[str] = frozenset()  # the identities it names (one person, every article)


def parse(kb: KnowledgeBase, text: str) -> Question:
    text = " ".join(text.split())[:MAX_QUESTION]
    match = _LEAD_RE.match(_CONTRACTION_RE.sub(r"\1 is", text))
    wh = normalize(match.group("wh")) if match else ""
    asks = _asks(wh)
    content = (_CONTRACTION_RE.sub(r"\1 is", text)[match.end() :] if match else text).strip(" ?!.,;:")
    content = _TAIL_RE.sub("", content).strip(" ?!.,;:")
    named = frozenset(kb.mentioned(content)) | _fuzzy_named(kb, content)
    entity_words = {stem(w) for e in named for n in (e.item.name, *e.item.aliases) for w in words(n)}
    own_terms = [t for t in terms(content) if t not in entity_words and t not in FILLER]
    typed = {stem(w): w for w in words(content)}
    known, unknown = [], []
    for term in own_terms:
        if (fixed := kb.known_term(term)) is not None:
            known.append(fixed)
        elif term not in ROLE_WORDS:
            unknown.append(typed.get(term, term))
        else:
            known.append(term)
    implied = frozenset() if named else _implied(kb, content)
    typed_words = set(words(content))
    same = kb.same("entity")
    return Question(
        text,
        asks,
        content,
        named,
        tuple(dict.fromkeys(known)),
        tuple(unknown),
        implied,
        speech=bool(SPEECH_WORDS & typed_words),
        about_article=bool(ARTICLE_WORDS & typed_words and SOURCE_WORDS & typed_words),
        capitalised=frozenset(normalize(w) for w in text.split()[1:] if w[:1].isupper()),
        known_words=sum(1 for w in typed_words if set(terms(w)) & set(known)),
        named_names=frozenset(same(name_key(e.item.name)) for e in named),
    )


def _implied(kb: KnowledgeBase, content: str) -> frozenset[Entry]:
    """'they' in a question about the news: the newest article's key people."""
    if not kb.articles or not PRONOUNS & set(words(content)):
        return frozenset()
    article = kb.articles[0]
    return frozenset(Entry(article, e) for e in article.entities if e.id in article.key_people)


def _asks(wh: str) -> Asks:
    if wh.startswith("who"):
        return Asks.WHO
    if wh == "when" or wh.split()[-1:] in (["year"], ["date"], ["day"], ["month"], ["time"]):
        return Asks.WHEN
    if wh == "where":
        return Asks.WHERE
    if wh in ("how many", "how much"):
        return Asks.COUNT
    if wh == "why":
        return Asks.WHY
    return Asks.WHAT


def _fuzzy_named(kb: KnowledgeBase, content: str) -> frozenset[Entry]:
    """Single misspelt names ('Austn') that no exact alias caught."""
    found = set()
    for word in words(content):
        if len(word) < 4 or word in STOPWORDS or word in kb.bm25 or stem(word) in kb.bm25:
            continue
        match, _ = kb.entities.best(word, same=kb.same("entity"))
        if match is not None:
            found.add(kb.leader("entity", str(match.group)))
    return frozenset(found)


def answer(engine: Engine, question: str) -> Answer:
    kb = engine.kb
    if not question.strip():
        return usage("ask", "Ask a question, e.g. `/ask When did Austin meet Lee?`")
    q = parse(kb, question)
    if q.about_article:
        return _about_article(engine, q)
    if direct := _direct(engine, q):
        return direct
    unknown = ", ".join(echo(t, 40) for t in dict.fromkeys(q.unknown[:3]))
    if q.unknown and not _can_set_aside(q):
        return _not_answerable(kb, q, f"The knowledge base has nothing on {unknown}.")
    closest, accepted = _accepted(kb, q)
    if not accepted:
        if closest is not None:  # about the right thing, but it cannot say when/where/who/how many
            return _says_not(q, closest)
        return _not_answerable(kb, q, f"The knowledge base has nothing on {unknown}." if unknown else "")
    found = _render(kb, q, accepted)
    if q.unknown:
        note = f"The knowledge base has nothing on {unknown}; this answers the rest of the question."
        return replace(found, footer=f"{note} {found.footer}", weak=True)
    return found


def _accepted(kb: KnowledgeBase, q: Question) -> tuple[Hit | None, list[Hit]]:
    """The best relevant unit, and the relevant units that can answer, best first: as many as
    the answer shows (itself and two others), so the long tail is never checked."""
    closest, accepted, others = None, [], 0
    for hit in _candidates(kb, q):
        if not _relevant(kb, q, hit) or (q.unknown and not set(q.terms) <= hit.matched):
            continue  # a question answered without one word must have every other word
        closest = closest or hit
        if _fits(kb, q, hit.doc):
            accepted.append(hit)
            others += len(accepted) > 1 and hit.doc.text != accepted[0].doc.text
            if others == ALSO_SHOWN:
                break
    return closest, accepted


def _can_set_aside(q: Question) -> bool:
    """Whether one unseen word may be left out: a common word ("take part in trilateral security
    cooperation"), never what looks like a name or a number ("Biden", "2019"), never the subject
    right after the question word ("what did biden say about ..."), never most of the question."""
    (word, *others) = q.unknown
    subject = next(iter(words(q.content)), "")
    return (
        not others
        and q.known_words >= 2
        and normalize(word) not in q.capitalised
        and normalize(word) != subject
        and not any(ch.isdigit() for ch in word)
    )


def _about_article(engine: Engine, q: Question) -> Answer:
    """Questions about the article itself: its outlet, date, link, author."""
    found = engine.source()
    if found.matched and q.asks == Asks.WHO and not any(f.name == "Author" for f in found.fields):
        text = f"The knowledge base does not name the author. {found.text}".strip()
        return replace(found, command="ask", text=text, matched=False, kind=Kind.NOT_FOUND)
    return replace(found, command="ask")


# --- 2. questions that only name something ------------------------------------------------


def _direct(engine: Engine, q: Question) -> Answer | None:
    content = q.content
    if not content:
        return None
    if len(q.named) == 1 and q.terms and set(q.terms) <= ROLE_WORDS and not q.unknown:
        (entry,) = q.named
        return _relabel(engine.who(entry.item.name))
    commands = {
        Asks.WHO: engine.who,
        Asks.WHEN: engine.when,
        Asks.WHERE: engine.when,
        Asks.WHAT: engine.define,
    }
    asked = _names_asked(engine.kb, q)
    if asked is None:
        return None
    table, kind = asked
    command = commands[q.asks]
    match, _ = table.best(content, same=engine.kb.same(kind))
    # the whole question must be the name: "What did North Korea say?" is not /define North Korea
    if match is None or not (match.exact or resembles(content, match.name)):
        return None
    if q.asks == Asks.WHERE and not match.value.item.place:
        return None
    found = command(content)
    return _relabel(found) if found.matched else None


def _names_asked(kb: KnowledgeBase, q: Question) -> tuple[NameTable[Entry], str] | None:
    """The names a question of this kind may be about: people for who, events for when and where."""
    kinds = {Asks.WHO: "entity", Asks.WHEN: "event", Asks.WHERE: "event", Asks.WHAT: "term"}
    kind = kinds.get(q.asks)
    return (kb.names.tables[kind], kind) if kind else None


def _relabel(found: Answer) -> Answer:
    return replace(found, command="ask")


# --- 3. retrieval ---------------------------------------------------------------------------


def _candidates(kb: KnowledgeBase, q: Question) -> list[Hit]:
    """Units ranked by BM25 plus bonuses (named entities, kind, the article's own day), best first.

    Named entities count through the bonus, not as words: a unit that spells out "Austin and
    Lee" is no better an answer than one saying "the two leaders".
    """
    named = q.named_names
    bonus = _kind_bonuses(kb, q)

    spoken = _spoken(kb, q)

    def boost(scores: np.ndarray) -> None:
        for name in named:
            scores[kb.docs_involving(name)] += ENTITY_BONUS
        scores += bonus
        scores[spoken] += QUOTE_BONUS

    if q.terms:
        hits = rank(kb, list(q.terms), boost=boost)
    elif named:  # only names and a wh-word ("What did Lee say?"): anything involving all of them
        hits = _involving_all(kb, q, boost)
    else:
        return []
    hits = [h for h in hits if h.doc.kind != DocKind.TERM]
    hits.sort(key=lambda h: (h.score, h.doc.article.article.published), reverse=True)
    return hits


def _involving_all(kb: KnowledgeBase, q: Question, boost: Callable[[np.ndarray], None]) -> list[Hit]:
    """Units involving every named entity, ranked by the bonuses; at equal scores the earlier
    unit wins (news puts what matters most first)."""
    together = functools.reduce(np.intersect1d, (kb.docs_involving(n) for n in q.named_names))
    if not len(together):
        return []
    scores = np.zeros(len(kb.docs), dtype=np.float32)
    boost(scores)
    best = together[np.argsort(-scores[together], kind="stable")[:TOP]]
    return [Hit(kb.docs[d], float(scores[d]), frozenset(), 0.0) for d in best]


def _spoken(kb: KnowledgeBase, q: Question) -> np.ndarray:
    """For "what did X say": the quotes X said (alone or in a joint statement); with no one
    named, every quote."""
    if not (q.speech and q.asks == Asks.WHAT):
        return np.zeros(0, dtype=np.int32)
    if not q.named:
        return np.flatnonzero(kb.kind_mask(frozenset({DocKind.QUOTE})))
    said = [{kb.doc_id(a.id, quote.id) for a, quote in kb.quotes_by(n)} for n in q.named_names]
    return np.fromiter(set.intersection(*said), dtype=np.int32)


def _kind_bonuses(kb: KnowledgeBase, q: Question) -> np.ndarray:
    """Per doc: events for when/where questions, curated units over raw sentences, the news day."""
    dated = q.asks in (Asks.WHEN, Asks.WHERE)
    return kb.cached(f"ask-bonus-{dated}", lambda: _bonus_array(kb, dated))


def _bonus_array(kb: KnowledgeBase, dated: bool) -> np.ndarray:
    events = kb.kinds == KIND_CODES[DocKind.EVENT]
    curated = events | (kb.kinds == KIND_CODES[DocKind.FACT])
    bonus = np.where(curated, 0.5, 0.0) + np.where(kb.news_day, NEWS_DAY_BONUS, 0.0)
    if dated:
        bonus += np.where(events, 0.5, 0.0)  # events carry dates and places: 1.0 in all
    return bonus.astype(np.float32)


def _doc_entities(kb: KnowledgeBase, doc: Doc) -> set[str]:
    """Normalised names of the entities a unit involves (the same person in any article)."""
    names = (kb.entity_key(doc.article.id, i) for i in doc.entities)
    return {name for name in names if name is not None}


def _relevant(kb: KnowledgeBase, q: Question, hit: Hit) -> bool:
    """Involves every entity the question names and covers enough of its other words."""
    if not q.named_names <= _doc_entities(kb, hit.doc):
        return False
    matched = set(q.terms) & hit.matched
    return not q.terms or len(matched) >= max(1, math.ceil(MIN_COVERAGE * len(q.terms)))


def _fits(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    match q.asks:
        case Asks.WHEN:
            return doc.date is not None
        case Asks.WHERE:
            return doc.place is not None
        case Asks.COUNT:
            return bool(_NUMBER_RE.search(doc.text))
        case Asks.WHO:
            return bool(_others(kb, q, doc))
    return True


def _others(kb: KnowledgeBase, q: Question, doc: Doc) -> list[str]:
    """Who else the unit involves: people first, then bodies; groups and documents last."""
    same = kb.same("entity")
    named = q.named_names | {same(name_key(e.item.name)) for e in q.implied}
    found = [e for e in (kb.entity(doc.article, i) for i in sorted(doc.entities)) if e]
    found = [e for e in found if same(name_key(e.name)) not in named]
    people = [e.name for e in found if e.kind == EntityKind.PERSON]
    bodies = [
        e.name for e in found if e.kind not in (EntityKind.PERSON, EntityKind.GROUP, EntityKind.DOCUMENT)
    ]
    return people or bodies


# --- rendering --------------------------------------------------------------------------


def _render(kb: KnowledgeBase, q: Question, accepted: list[Hit]) -> Answer:
    best = accepted[0]
    doc = best.doc
    lead = _lead(kb, q, doc)
    text = f"{lead}\n{_plain(doc)}" if lead else _plain(doc)
    fields = []
    if sentence := _supporting_sentence(kb, q, doc):
        fields.append(
            Field(
                f"Based on {cite_label(cite(doc.article, sentence.paragraphs))}",
                f"> {highlight(sentence.text, list(q.terms))}",
            )
        )
    also = [h.doc for h in accepted[1:] if h.doc.text != doc.text][:ALSO_SHOWN]
    if also:
        fields.append(
            Field(
                "Also in the article",
                "\n".join(f"• {_plain(d)} {cite_label(cite(d.article, d.paragraphs))}" for d in also),
            )
        )
    return Answer(
        "ask",
        Kind.ANSWER,
        f"Q: {_title(q.text)}",
        text,
        tuple(fields),
        citations=cite(doc.article, doc.paragraphs),
        source=Source.of(doc.article),
        footer=f"As reported by {doc.article.article.outlet} on {doc.article.article.published.short()}.",
        weak=bool(q.terms) and not set(q.terms) <= best.matched,  # part of the question unmatched
    )


def _lead(kb: KnowledgeBase, q: Question, doc: Doc) -> str:
    match q.asks:
        case Asks.WHEN if doc.when:
            return f"**{doc.when}**"
        case Asks.WHERE if doc.place:
            return f"**{doc.place}**"
        case Asks.WHO:
            return "**" + " and ".join(_others(kb, q, doc)[:3]) + "**"
    return ""


def _plain(doc: Doc) -> str:
    if doc.kind == DocKind.QUOTE:
        return f"{doc.speaker}: “{doc.text}”" if doc.speaker else f"“{doc.text}”"
    return doc.text


def _title(text: str) -> str:
    """The question as a title, made inert like any echoed input (without the quotes)."""
    return echo(text, 200)[1:-1]


def _supporting_sentence(kb: KnowledgeBase, q: Question, doc: Doc) -> Doc | None:
    """The body sentence the answer rests on, in the cited paragraphs: the one naming whom the
    question names, then the one with the question's words (and the place, for "where"), then
    the one most like the unit."""
    if doc.kind == DocKind.SENTENCE:
        return doc
    asked = set(q.terms) | (set(terms(doc.place)) if doc.place else set())
    like = set(terms(doc.index_text or doc.text))

    def support(sentence: Doc) -> tuple[int, int, int]:
        said = set(terms(sentence.text))
        return (len(q.named_names & _doc_entities(kb, sentence)), len(asked & said), len(like & said))

    ranked = sorted(kb.sentences_in(doc.article, doc.paragraphs), key=support, reverse=True)
    return ranked[0] if ranked and any(support(ranked[0])) else None


def _says_not(q: Question, hit: Hit) -> Answer:
    doc = hit.doc
    text = (
        f"The article does not say {q.asks.value}. The closest it says:\n"
        f"{_plain(doc)} {cite_label(cite(doc.article, doc.paragraphs))}"
    )
    return Answer(
        "ask",
        Kind.NOT_FOUND,
        "Not in the knowledge base",
        text,
        citations=cite(doc.article, doc.paragraphs),
        matched=False,
        source=Source.of(doc.article),
    )


def _not_answerable(kb: KnowledgeBase, q: Question, why: str) -> Answer:
    text = f"Not in the knowledge base: the articles do not answer {echo(q.text)}."
    if why:
        text += f"\n{why}"
    suggestions = _suggestions(kb, q)
    if suggestions:
        text += "\nDid you mean: " + ", ".join(f"**{s}**" for s in suggestions) + "?"
    known = [e.item.name for e in q.named] + [w for w in words(q.content) if stem(w) in q.terms]
    hint = " ".join(dict.fromkeys(known))[:80]
    text += (
        f"\nTry `/search {echo(hint, 80)[1:-1]}`."
        if hint
        else "\nTry `/search` with a few key words, or `/help`."
    )
    return Answer(
        "ask", Kind.NOT_FOUND, "Not in the knowledge base", text, matched=False, suggestions=suggestions
    )


def _suggestions(kb: KnowledgeBase, q: Question) -> tuple[str, ...]:
    """For a question that is only a name ("who is lea"), the names it may have meant."""
    asked = _names_asked(kb, q)
    if asked is None or q.terms or q.named or not q.content:
        return ()
    table, kind = asked
    return tuple(dict.fromkeys(m.value.name for m in table.lookup(q.content, limit=3, same=kb.same(kind))))
