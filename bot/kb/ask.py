"""/ask: a question in plain words answered from the unit that supports it, or honestly not at all.

How it decides, in order:
1. What the question asks for and what it names (question.py): its people and bodies, its
   events, and each other word with the terms it may appear as (the vocabulary's words for it,
   a slip's correction) and how much it says (English word statistics: names, numbers and rare
   words say most).
2. Questions about the article itself, phrasings moderators listed under an entry
   (`questions:`), and questions that are only a name ("When was the SCM?") are answered by the
   entry or the lookup they mean.
3. Otherwise every unit (facts, quotes, events, actions, body sentences) is ranked: BM25 divided
   by the best BM25, plus the bonuses in weights.py for what the question asks for.
4. The best unit must cover most of the question's informative content (weights.COVER) and be
   able to answer its kind of question (a date for "when", a place for "where", someone else for
   "who", a number for "how many"). A name, a number or a rare word the articles never use is
   evidence on its own: "not in the knowledge base", never a nearby guess.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any, TypeVar

import numpy as np
from rapidfuzz import fuzz, process

from . import english, intervals, lookups, weights
from .answers import Answer, Field, Kind, Source, cite, cite_label, echo, usage
from .dates import PartialDate, Precision
from .fuzzy import NameTable, resembles
from .index import KnowledgeBase
from .merge import dated_by, history, shown_name
from .models import ArticleFile, Entity, EntityKind, Event
from .question import (
    ANCHORS,
    ARTICLE_WORDS,
    FILLER,
    FIRST_WORDS,
    GENERIC_ZIPF,
    LAST_WORDS,
    MENTIONING_RE,
    MONTH_NUMBERS,
    ORDINAL_KINDS,
    ORDINAL_RE,
    PHRASE_WORDS,
    PUBLISHING_WORDS,
    RESPONSE_TERMS,
    SOURCE_WORDS,
    WH_WORDS,
    WHICH_PLACE_TAIL_RE,
    Asks,
    Order,
    Question,
    Word,
    bounded,
    document_keys,
    documents,
    generic_mention,
    is_verb,
    mended,
    name_initials,
    ordinal,
    outlet_citing,
    outlets_named,
    parse,
    series,
    spelt_out,
    unmarked,
    without_openers,
)
from .search import TOP, highlight
from .text import STOPWORDS, name_key, normalize, stem, terms, words
from .units import KIND_CODES, Doc, DocKind, Entry

ALSO_SHOWN = 2  # other units shown under "Also in the article"
PLURAL_UNITS = 8  # "which carriers": the entries named by this many of the best units
CONSIDERED = 60  # candidates judged one by one; the rest stay numbers in numpy
ENOUGH = 6  # judging stops at this many that answer: the answer and the others worth showing
FEATURES_KEPT = 20_000  # units whose words and names are kept worked out, per knowledge base
MEMO = 1_000  # questions whose readings a knowledge base keeps at most, before starting afresh
FOLLOWS = "What follows"  # the field of the article's next sentence, for "why" or "how" asked of a bare fact
WHOLE = 0.99  # a unit holding all of the question (coverage is a sum of float weights)
NEAR_COVER = 0.05  # for "first" and "latest": candidates covering the question as well are compared by date
NAMING_AMONG = 4  # "why is it called X": a unit saying what the name stands for is looked for this far
NEXT_AMONG = 8  # "when's the next X": units looked through for one telling of the next
DOING_AMONG = 6  # "what did X do": a unit of X doing it is looked for this far
CORRECTION_AMONG = 3  # a claim is checked against this many of the best units, read without its slip
UNTOLD_AMONG = 4  # a unit saying what is asked was not made public counts among the best this many

_ORDINALS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())
_ONE_TO_TEN = "one|two|three|four|five|six|seven|eight|nine|ten"  # numbers as the articles spell them
_COUNT_RE = re.compile(  # an amount: "10,000", "two", "dozens", "a majority"; not "first"
    rf"\d|\b(?:{_ONE_TO_TEN}|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|hundred|thousand|million|several|dozens?|majority|half|most)\b",
    re.IGNORECASE,
)
_EXACTLY_RE = re.compile(r"\b(?:exact|exactly|precise|precisely)\b", re.IGNORECASE)
# a number given roughly: "about 100 missiles", "around 10,000 soldiers", "more than 40"
_APPROXIMATE_RE = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|more\s+than|over|at\s+least|up\s+to)"
    rf"\s+(?:\d|{_ONE_TO_TEN}|a\s+(?:dozen|hundred|thousand))",
    re.IGNORECASE,
)
# "how much does it cost", "how much is it costing", "how much did they spend": money asked
_COST_ASKED_RE = re.compile(
    r"\bhow\s+much\b.*\b(?:cost|costs|costing|costed|spend|spent|spending|price|priced|pay|paid|worth|budget)\b",
    re.IGNORECASE,
)
_MONEY_RE = re.compile(
    r"[$€£¥₩]\s?\d|\b\d[\d,.]*\s*(?:dollars?|won|yen|euros?|pounds?|usd|krw)\b|\b(?:budget|cost|costs)\b",
    re.IGNORECASE,
)
_HOW_HIGH_RE = re.compile(r"^\W*how\s+(?:high|tall)\b", re.IGNORECASE)
_ALTITUDE_RE = re.compile(r"\b(?:altitude|apogee|height|high)\b", re.IGNORECASE)
_DISTANCE_RE = re.compile(r"\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?|nautical)", re.IGNORECASE)
_LENGTH_RE = re.compile(
    rf"\b(?:\d[\d,.]*|{_ONE_TO_TEN}|several|a few)[\s-]+"  # "11-day"
    r"(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b",
    re.IGNORECASE,
)
_DURATION_RE = re.compile(rf"{_LENGTH_RE.pattern}|\buntil\b", re.IGNORECASE)  # or when it ends
# "how long did the meeting last" asks a length, not one between two things ("two months before
# their meeting", "the first update in ten years", "the first in more than four decades"); "how
# long after the SCM" asks that one
_SPELL_RE = re.compile(
    r"(?<!\bin\s)(?<!\bin\smore\sthan\s)(?<!\bin\sover\s)(?<!\bin\snearly\s)(?<!\bin\salmost\s)"
    rf"(?:{_LENGTH_RE.pattern})(?!\s+(?:before|after|ago|earlier|later|since|apart)\b)|\buntil\b",
    re.IGNORECASE,
)
# a share in figures: "54%", "54 percent"
_PERCENT_RE = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)
# "how old": an age ("a 64-year-old", "aged 64", "64 years old")
_AGE_RE = re.compile(r"\b\d{1,3}[\s-]*years?[\s-]*old\b|\baged\s+\d{1,3}\b", re.IGNORECASE)
# "the 70th anniversary of the South Korea-U.S. alliance": the alliance is so many years old
_ANNIVERSARY_RE = re.compile(
    r"\b\d{1,3}(?:st|nd|rd|th)\s+anniversary\s+of\s+([^,;]+)|\b([\w-]+)['’]s\s+\d{1,3}(?:st|nd|rd|th)\s+anniversary\b",
    re.IGNORECASE,
)
# "how many visits a year", "how often, like how many times a year": a number of times in a period,
# which "annual" gives (once) and "periodic" or "regular" does not
_PER_PERIOD_RE = re.compile(
    r"\bhow\s+many\b[^?]*?\b(?:a|per|each|every)\s+(?:year|month|week|day)\b", re.IGNORECASE
)
_PERIODS = r"day|week|month|year"
_NAMED_FREQUENCY = r"annual(?:ly)?|yearly|monthly|weekly|daily|quarterly|biennial"
_TIMES_A = r"\b(?:once|twice|\w+\s+times)\s+(?:a|per|every)\s+\w+"  # "twice a month"
_TIMES_IN_A_PERIOD_RE = re.compile(
    rf"\b(?:every|each)\s+(?:\w+\s+)?(?:{_PERIODS})s?\b|\b(?:{_NAMED_FREQUENCY})\b|{_TIMES_A}",
    re.IGNORECASE,
)
_FREQUENCY_RE = re.compile(  # "every year", "annual", "twice a month", "regularly"
    rf"\b(?:every|each)\s+(?:\w+\s+)?(?:{_PERIODS}|summer|spring|autumn|winter)s?\b|"
    rf"\b(?:{_NAMED_FREQUENCY}|regular(?:ly)?|periodic(?:ally)?)\b|{_TIMES_A}",
    re.IGNORECASE,
)
_INTERVAL = frozenset("before after ago since between earlier later".split())
_SAID_RE = re.compile(
    r"\b(?:said|says|say|told|tells|warned|stated|states\s+that|declared|announced|called|calls|described|pledged|vowed|"
    r"promised|stressed|insisted|argued|noted|added|urged|condemned|denounced|"
    # words of praise or blame are words spoken: "Biden praised both leaders for their courage"
    r"praised|hailed|lauded|commended|thanked|criticised|criticized|accused|"
    # "the two sides agreed that their strategy should be ...": a position stated together
    r"agreed\s+that)\b",
    re.IGNORECASE,
)
# "a greater say in nuclear planning": a say had, not said
_SAY_HAD_RE = re.compile(r"\b(?:a|the|greater|bigger|more|any|no|final|its|their)\s+say\b", re.IGNORECASE)


def _spoke(text: str) -> bool:
    """Whether a text tells of words spoken ("Biden said", "warned"), not "a greater say"."""
    return _SAID_RE.search(_SAY_HAD_RE.sub(" ", text)) is not None


_NAMING_RE = re.compile(
    r"\b(?:stands?\s+for|named\s+(?:after|for)|in\s+(?:its|the)\s+name|means"
    # "Pyongyang usually calls a weapon "strategic" when ...": when or why it uses the name
    r"|(?:calls?|called|names?|dubs?|dubbed|labels?|labell?ed)\s+(?:\S+\s+){0,3}?\S+\s+(?:when|because|since)\b)",
    re.I,
)
# "what came out of the 2+2", "what was agreed at it": what happened, which a unit saying it is
# still to come ("are due to join ... for a 2+2 meeting") cannot answer
_AGREEMENT_ASKED = (  # "what did they agree", "what came out of it": what came of a meeting
    # not "the exercise that came out of Camp David", which names a thing by where it came from
    r"(?<!that\s)(?<!which\s)c[ao]me\s+out\s+of|outcomes?|results?\s+of|"
    r"what\s+(?:was|were)\s+(?:agreed|decided|achieved)|"
    r"what\s+did\s+(?:[\w'-]+[\s,]+(?:and\s+)?){1,6}(?:agree|decide|achieve|sign)|"
    r"end(?:ed)?\s+up\s+(?:agreeing|deciding|achieving|signing)"
)
_OUTCOME_RE = re.compile(rf"\b(?:{_AGREEMENT_ASKED}|what\s+happened\s+(?:at|in|during))\b", re.IGNORECASE)
# what came of a meeting, asked ("what did they agree", "what came out of it"; not "what happened
# in Freedom Shield", which any account of the drills answers) and in a unit's words ("agreed",
# "adopted", "signed", "pledged", "a deal")
_AGREEMENT_ASKED_RE = re.compile(rf"\b(?:{_AGREEMENT_ASKED})\b", re.IGNORECASE)
_AGREED_RE = re.compile(
    r"\b(?:agree\w*|adopt\w*|sign\w*|pledg\w*|decid\w*|deals?|accords?|commit\w*|vow\w*|promis\w*|"
    r"reaffirm\w*|announc\w*|launch\w*|set\s+up|establish\w*|condemn\w*|called\s+for|urged?|declar\w*|"
    r"will\s+\w+|plans?\s+to|to\s+hold|resolv\w*|approv\w*)\b",
    re.IGNORECASE,
)
_DUE_TO = r"(?:is|are|was|were)\s+(?:due|scheduled|set|expected|planned)\s+to"  # "is due to begin"
_PROSPECTIVE_RE = re.compile(
    rf"\b(?:{_DUE_TO}|will\s+(?:meet|hold|join|attend|host)|"
    r"(?:is|are)\s+to\s+(?:meet|hold|join|attend|host))\b",
    re.IGNORECASE,
)
# a time of day: "3:30 a.m.", "at 10am", "noon", "early on Sunday", "in the morning"
_CLOCK_RE = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight|"
    r"morning|afternoon|evening|overnight|dawn)\b|\b(?:early|late)\s+(?:on\s+)?[A-Z][a-z]+day\b",
)
_HOUR_RE = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b|p\.?m\b)|\b\d{1,2}:\d{2}\b", re.IGNORECASE)
_CLOCK_SPAN_RE = re.compile(
    r"\bbetween\s+\d{1,2}[:.]\d{2}\s*[ap]\.?m\b\.?\s+and\s+\d{1,2}[:.]\d{2}\s*[ap]\.?m\b\.?", re.IGNORECASE
)
# "did it actually happen", "when did it finally go live": asks whether a plan came true
_REALIZED_RE = re.compile(
    r"\b(?:actually|actualy|really|finally|ever|yet|in the end|end(?:ed)? up)\b"
    r"|^\W*(?:did|has|have)\b.*\b(?:happen|take\s+place|go\s+ahead|occur)\W*$",  # "did the talks happen"
    re.IGNORECASE,
)
_PLANNED_RE = re.compile(
    r"\b(?:agreed|agree|pledged|promised|vowed|planned|plans|plan|decided|undertook)\s+to\b|"
    r"\b(?:preparations?|preparing|prepared|ready)\s+(?:to|for)\b|"  # "preparations to conduct a test"
    rf"\b{_DUE_TO}\b|\bwill\s+\w+|"
    # "in the final stage before its launch by the end of the year": not yet done
    r"\bfinal\s+stages?\b|\bbefore\s+(?:its|their)\s+(?:launch|start|opening)\b",
    re.IGNORECASE,
)
_REASON_RE = re.compile(
    r"\b(?:because|in order to|so that|so as to|in response to|amid|aimed at|to (?:deter|counter|"
    r"show|facilitate|assure|tackle|respond|manage|strengthen|underscore|prepare|bolster|enhance|"
    r"reassure|protest|demonstrate)|"
    r"(?<!is )(?<!are )(?<!was )(?<!were )due to|"  # a cause, not "are due to begin" (a schedule)
    r"as a result|over (?:the|its|their))\b",
    re.IGNORECASE,
)

# a condition stated: "must be suspended before it will consider a return to talks"
_CONDITION_RE = re.compile(
    r"\b(?:must|has\s+to|have\s+to|needs?\s+to)\b[^.;]*\b(?:before|until|unless)\b|"
    r"\b(?:unless|only\s+if|in\s+(?:exchange|return)\s+for|(?:pre)?conditions?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Candidate:
    doc: Doc
    score: float
    cover: float  # share of the question's informative content the unit holds
    missing: tuple[Word, ...]  # content words it does not hold
    unnamed: int = 0  # people and bodies the question names that it does not involve
    unevented: int = 0  # events the question names that it is not about
    literal: float = 0.0  # share of the question's weight it holds in the asker's own words


# --- the answer -------------------------------------------------------------------------------


_SMALL_TALK_RE = re.compile(
    r"^\W*(?:hi|hii+|hello|hey|heya|yo|sup|howdy|thanks|thank\s+(?:you|u)|thx|thnx|ty|tysm|cheers|"
    r"good\s+bot|nice|cool|ok|okay|k|gm|gn)(?:\s+(?:bot|there|all|guys|so\s+much|a\s+lot|man|mate|again))*\W*$",
    re.IGNORECASE,
)


def answer(kb: KnowledgeBase, text: str) -> Answer:
    if not any(ch.isalnum() for ch in text):  # "", "?", "...", an emoji: nothing asked
        return usage("ask", "Ask a question, e.g. `/ask When did Austin meet Lee?`")
    if _SMALL_TALK_RE.match(unmarked(text)):  # "hi", "thx bot": no question, so no refusal either
        return usage(
            "ask",
            "I answer questions about the articles, e.g. `/ask When did Austin meet Lee?`; "
            "`/help` lists every command.",
        )
    if (guessed := _GUESS_RE.match(text)) is not None and (guesses := _guess_named(kb, guessed["guess"])):
        # "who did Austin meet in Seoul in Jan, was it Shin?": the question, then the guess checked
        found = _one(kb, guessed["asked"])
        shown = found.text.split("\n")[0]
        if found.matched and not any(name in shown for name in guesses):
            note = f"Not {echo(guessed['guess'].strip(), 40)}, as the question has it."
            found = replace(found, footer=f"{note} {found.footer}".strip())
        return replace(found, title=f"Q: {_title(text)}") if found.title.startswith("Q: ") else found
    whole = _one(kb, _which_thing(kb, text))
    if whole.title.startswith("Q: "):  # as typed, not as read ("54th scm locations", not "where was ...")
        whole = replace(whole, title=f"Q: {_title(text)}")
    if (parts := _two_questions(text)) is None:
        return whole
    sure = whole.matched and not whole.weak
    first, second = ((part, parse(kb, part)) for part in parts)  # each read once
    answered_first = None  # answered once, if the second needs it now
    of_the_person = False  # the second is about whom the first answers: two questions, surely
    if first[1].asks == Asks.WHO and _HIS_RE.search(second[0]):
        answered_first = _answered(kb, first[1])
        if person := _person_answered(kb, answered_first):
            # "who was SK's defense minister at the 56th SCM and what was his old job": Kim's
            said = _for_him(second[0], person)
            second, of_the_person = (said, parse(kb, said)), True
    elif _HIS_RE.search(second[0]) and (named := _one_person_named(kb, first[1])):
        # "which region was Austin worried about, and what did he say about Putin": Austin
        said = _for_him(second[0], named)
        second = (said, parse(kb, said))
    if _asked_kind(kb, first[1]) == "name" and (topic := _topic(first[0])) in second[0]:
        answered_first = _answered(kb, first[1])
        if answered_first.matched and (name := _BOLD_NAME_RE.match(answered_first.text)) is not None:
            # "what's the exercise they announced called and when was it to happen": that one's date
            said = second[0].replace(topic, name[1].strip(), 1)
            second = (said, parse(kb, said))
    if _names_no_more(kb, second[1]) and (first[1].named or first[1].events):
        # "what was Freedom Edge and which US carrier took part": in Freedom Edge; "who led
        # Seoul's team at the TTX and who led the US side": at the TTX, not in Seoul's team
        said = f"{second[0]} {_setting(kb, first[0]) or 'in ' + _topic(first[0])}"
        second = (said, parse(kb, said))
    # "who covered the 55th SCM and who covered the 56th": one question asked of two things
    lead = words(first[0])[:2]
    parallel = (
        bool(lead)
        and lead == words(second[0])[:2]
        and lead[0] in ("who", "what", "when", "where", "which", "how")
    )
    if (
        sure
        and not of_the_person
        and not _two_kinds(kb, first[1], second[1])
        and not _compares(text)
        and not parallel
    ):
        return whole  # one answer to both may do: "what" asks anything; not two things compared
    # read whole, it was unsure or not found; or it asks two kinds of thing ("how long ... and
    # when does it end"), which one answer rarely gives: as two questions, if both are answered
    both = _both(kb, first, second, answered_first)
    if not both.matched or (sure and both.unsure):
        return whole
    return replace(both, title=f"Q: {_title(text)}")


# "who did Austin meet in Seoul, was it Shin Won-sik?": a question, then a guess at its answer
_GUESS_RE = re.compile(
    r"^(?P<asked>\W*(?:\w+\s+){0,2}?(?:who|what|when|where|which)\b.+?)[\s,;]+(?:or\s+)?(?:was|is)\s+it\s+"
    r"(?P<guess>[^?!.,]+?)[\s?!.]*$",
    re.IGNORECASE,
)


def _guess_named(kb: KnowledgeBase, guess: str) -> list[str]:
    """The shown names of the one person or body a guess names wholly ("shin won-sik"), if it does."""
    return [shown_name(kb.members("entity", key)) for key in _wholly_named(kb, guess)]


def _wholly_named(kb: KnowledgeBase, said: str) -> frozenset[str]:
    """The identities a phrase is, when it is one name and nothing more ("shin won-sik",
    "seoul"); none otherwise."""
    typed = words(said)
    mentions = kb.names.mentions_in(typed, "entity")
    return next((keys for start, end, keys in mentions if (start, end) == (0, len(typed))), frozenset())


_HIS_RE = re.compile(r"\b(?:(?P<own>his|her(?=\s+\w+\s*\w))|he|she|him|her)\b", re.IGNORECASE)
_BOLD_NAME_RE = re.compile(r"^\*\*([^*(]+?)(?:\s*\(|\*\*)")


def _person_answered(kb: KnowledgeBase, found: Answer) -> str | None:
    """The one person an answer gives first, in bold ("**Kim Yong-hyun**, ..."), or the person
    a profile is of ("who's Kim Yong-hyun"), by name."""
    if not found.matched:
        return None
    if found.kind == Kind.PERSON:
        named = found.title
    elif (bold := _BOLD_NAME_RE.match(found.text)) is not None:
        named = bold[1]
    else:
        return None
    match, _ = kb.names.tables["entity"].best(named, same=kb.same("entity"))
    if match is None or not match.exact or not _is_person(kb, str(match.group)):
        return None
    return named.strip()


def _for_him(text: str, person: str) -> str:
    """A question with "he" and "his" as the person's name ("what did Kim do before")."""
    return _HIS_RE.sub(lambda m: person + ("'s" if m["own"] else ""), text)


def _one_person_named(kb: KnowledgeBase, q: Question) -> str | None:
    """The one person a question names, by name, if it names just one."""
    people = _people_named(kb, q)
    if len(people) != 1 or len(people[0]) != 1:
        return None
    return shown_name(kb.members("entity", next(iter(people[0]))))


def _two_kinds(kb: KnowledgeBase, first: Question, second: Question) -> bool:
    """Whether two questions in one ask for two kinds of thing: a length and a date, a place and
    a distance, a term's meaning and a date ("what's TDS and when was it adopted"); not when
    either asks any other "what", which may be anything."""
    asks = {_asked_kind(kb, first), _asked_kind(kb, second)}
    return len(asks) == 2 and Asks.WHAT not in asks


def _asked_kind(kb: KnowledgeBase, q: Question) -> Asks | str:
    """What a question asks for; "what is X", X a term's name, asks for a meaning."""
    if q.asks == Asks.WHAT and (q.proper or _CALLED_RE.search(q.text)):
        return "name"  # "what's the exercise called", "what's the name of the exercise"
    if q.asks == Asks.WHAT and q.content:
        match, _ = kb.names.tables["term"].best(q.content, same=kb.same("term"))
        if match is not None and match.exact:
            return "meaning"
    if q.asks == Asks.WHAT and _asks_a_kind(kb, q):
        return "a " + " ".join(sorted(q.asked_kind))  # "which carrier": an entry of that kind
    return q.asks


# "when was the TDS first adopted and what prompted it": two questions, the second after "and"
_SECOND_RE = re.compile(
    r"^(?P<first>(?:who|what|when|where|which|why|how)(?:['’]?s)?\b.*?\S)(?:[\s,;]+(?:and|n|&)\s+|\s*[,;]\s*)"
    r"(?P<second>(?:who|what|when|where|which|why|how)\b\s+\S.*)$",
    re.IGNORECASE,
)
# "it" and "they" stand for the first's topic; "he" and "she", for a person (`_one_person_named`)
_PRONOUN_RE = re.compile(r"\b(?:it|they|them|that)\b", re.IGNORECASE)


# "the exercise they announced, when did it happen": what is asked about, put first
_TOPIC_RE = re.compile(
    r"^(?P<topic>(?!(?:who|what|when|where|which|why|how)\b)[^,?;]{3,}?)(?:,|\s+[-–—:]+)\s*"
    r"(?P<asked>(?:who|what|when|where|which|why|how)\b.*)$",
    re.IGNORECASE,
)
# "first state visit since when? and who got biden's first": two questions, a question mark between,
# the first asking something itself (not "yoon went to tokyo, right?", nor "does it say ...?")
_ASKED_TWICE_RE = re.compile(
    r"^(?P<first>(?!\W*(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would)\b)"
    r"[^?]*\b(?:who|what|when|where|which|why|how)\b[^?]*)\?+\s*(?:and\s+|also\s+|plus\s+)?"
    r"(?P<second>(?:who|what|when|where|which|why|how)\b[^?]*\w[^?]*)$",
    re.IGNORECASE,
)
# "what did NK fire after the sub docked vs after the SCM": the same question of two things
_VERSUS_RE = re.compile(
    r"^\W*(?P<head>(?:who|what|when|where|which|why|how)\b.*?\b(?P<prep>after|before|during|at|in|on))\s+"
    r"(?P<a>.+?)\s+(?:vs\.?|versus|compared\s+(?:to|with))\s+(?:(?P=prep)\s+)?(?P<b>.+?)\W*$",
    re.IGNORECASE,
)
# "what's the difference between A and B", "A vs B, whats the difference", "how is A different
# from B": what each one is
_DIFFERENCE_RES = (
    re.compile(
        r"^\W*(?:what(?:['’]?s|\s+is|\s+are)?\s+)?(?:the\s+)?(?:main\s+|real\s+)?diff\w*\s+between\s+"
        r"(?:the\s+)?(?P<a>.+?)\s+(?:and|&|n)\s+(?:the\s+)?(?P<b>.+?)\W*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\W*(?P<a>(?!(?:who|what|when|where|which|why|how)\b).+?)\s+(?:vs\.?|versus)\s+(?P<b>.+?)"
        r"[\s,?:;-]+(?:(?:what(?:['’]?s|\s+is)?\s+)?(?:the\s+)?diff\w*\b|which\s+(?:one\s+)?is\s+which\b).*$",
        re.IGNORECASE,
    ),
    re.compile(
        r"^\W*how\s+(?:is|are|was|were)\s+(?:the\s+)?(?P<a>.+?)\s+diff\w*\s+(?:from|than|to)\s+"
        r"(?:the\s+)?(?P<b>.+?)\W*$",
        re.IGNORECASE,
    ),
)


# "what do DPRK and ROK stand for": what each one stands for
_BOTH_MEANING_RE = re.compile(
    r"^\W*what\s+(?:do|does)\s+(?:the\s+)?(?P<a>[\w-]+)\s+(?:and|&|n)\s+(?:the\s+)?(?P<b>[\w-]+)\s+"
    r"(?P<v>stand\s+for|mean)\W*$",
    re.IGNORECASE,
)
_BARE_WH = (
    r"(?:what\s+)?name|who|when|where|what\s+year|which\s+year|how\s+far|how\s+long|how\s+many"
    r"|(?:which|what)\s+[a-z]+"  # "..., name and which carrier"
)
# "the last US sub in Korea before the Kentucky, what name and when": each asked of what comes first
_TOPIC_THEN_WH_RE = re.compile(
    rf"^\W*(?P<x>(?!(?:who|what|whats|when|where|which|why|how)\b)[^,?:;]+?)\s*[,?:;-]+\s*"
    rf"(?P<a>{_BARE_WH})\s+(?:and|&|n|\+)\s+(?P<b>{_BARE_WH})\W*$",
    re.IGNORECASE,
)


def _of_topic(wh: str, topic: str) -> str:
    """A bare question word asked of a topic: "what name" of it is "what was the name of it"."""
    wh, topic = " ".join(wh.lower().split()), re.sub(r"^(?:the|that|this)\s+", "", topic, flags=re.IGNORECASE)
    if wh in ("what name", "name"):
        return f"what was the name of the {topic}"
    if re.match(r"(?:which|what)\s", wh) and wh.split()[1] not in ("year", "name"):
        return f"{wh} was in the {topic}"  # "which carrier": one taking part in it
    return f"{wh} was the {topic}"


def _difference(text: str) -> tuple[str, str] | None:
    """The two things a question asks the difference between, if it does."""
    found = next((m for r in _DIFFERENCE_RES if (m := r.match(text)) is not None), None)
    return None if found is None else (found["a"], found["b"])


def _compares(text: str) -> bool:
    """Whether a question asks the same of two things, so each needs its own answer."""
    flat = _flat(text)
    return _VERSUS_RE.match(flat) is not None or _difference(flat) is not None


def _flat(text: str) -> str:
    """A question on one line, cut to the length parse reads (bounded work), as two questions
    in one are looked for in it."""
    return bounded(text).strip(" ?!.")


# "when did it happen and where": the second asks the first's question with another word
_BARE_SECOND_RE = re.compile(
    r"^(?P<wh>who|what|when|where|which|why|how)\s+(?P<rest>.*?\S)[\s,;]+and\s+"
    r"(?P<second>who|when|where|why|how(?:\s+(?:far|long|many|much|often))?)$",
    re.IGNORECASE,
)


_WHERE_RE = re.compile(r"\W*where\b", re.IGNORECASE)


# "who was the first SSBN to visit since 1981": who, of a kind of thing
_WHO_THING_RE = re.compile(
    r"^\W*who(?P<aux>['’]s|\s+(?:is|was|were|are))\s+the\s+(?:(?P<order>first|last|latest|earliest)\s+)?"
    r"(?P<noun>[a-z][\w-]*)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _which_thing(kb: KnowledgeBase, text: str) -> str:
    """ "Who was the first SSBN to visit since 1981" asks which SSBN: "who" of a noun whose
    entries are all things (an SSBN, a carrier), not people, reads as "which"."""
    found = _WHO_THING_RE.match(text)
    if found is None:
        return text
    kinds = _table(kb, "kinds")
    entries = {entry for t in terms(found["noun"]) for entry in kinds.get(t, ())}
    # a term's own name ("SSBN") is a thing's
    entries |= {
        ("term", key) for _, _, keys in kb.names.mentions_in([found["noun"].lower()], "term") for key in keys
    }
    named = kb.names.mentions_in([found["noun"].lower()], "entity")  # "the ROK defense minister": whose
    if not entries or named or any(kind == "entity" and _is_person(kb, key) for kind, key in entries):
        return text
    aux = "is" if found["aux"][0] in "'’" else found["aux"].strip()
    order = f"the {found['order']} " if found["order"] else ""
    return f"which {found['noun']} {aux} {order}{found['rest']}"


def _two_questions(text: str) -> tuple[str, str] | None:
    """Two questions in one ("when was the TDS adopted and what prompted it"): each on its own,
    the second's pronoun standing for what the first asks about; a topic put before both ("the
    drill, when was it held and where") goes with each."""
    flat = _MEANING_FIRST_RE.sub(r"what does \g<x> mean", without_openers(_flat(text)))
    if _WHERE_RE.match(flat) and WHICH_PLACE_TAIL_RE.search(flat):
        return None  # "where did the B-52 land, which base": where, asked again more exactly
    if (between := _difference(flat)) is not None:  # "difference between the Hwasong-15 and -18"
        return f"what is {between[0]}", f"what is {between[1]}"
    if (both := _BOTH_MEANING_RE.match(flat)) is not None:  # "what do DPRK and ROK stand for"
        return f"what does {both['a']} {both['v']}", f"what does {both['b']} {both['v']}"
    if (pair := _THE_ONE_RE.match(flat)) is not None:  # "the carrier from A and the one in B, which ..."
        return (
            f"which {pair['x']} was {pair['p']} {pair['a']}",
            f"which {pair['x']} was {pair['q']} {pair['b']}",
        )
    if (asked := _TOPIC_THEN_WH_RE.match(flat)) is not None:  # "the last sub before it, what name and when"
        return _of_topic(asked["a"], asked["x"]), _of_topic(asked["b"], asked["x"])
    if (fronted := _TOPIC_RE.match(flat)) is not None:
        parts = _two_questions(fronted["asked"])
        return (
            None if parts is None else (f"{fronted['topic']}, {parts[0]}", f"{fronted['topic']}, {parts[1]}")
        )
    if (versus := _VERSUS_RE.match(flat)) is not None:  # "what did NK fire after A vs after B"
        return f"{versus['head']} {versus['a']}", f"{versus['head']} {versus['b']}"
    if (bare := _BARE_SECOND_RE.match(flat)) is not None:  # "when did it happen and where"
        return f"{bare['wh']} {bare['rest']}", f"{bare['second']} {bare['rest']}"
    if (twice := _ASKED_TWICE_RE.match(flat)) is not None and len(twice["first"].split()) >= 3:
        return twice["first"], twice["second"]
    found = _SECOND_RE.match(flat)
    # three words at least, "what's" being two ("whats TDS and when was it adopted")
    if found is None or len(re.sub(r"^(\w+)['’]?s\b", r"\1 is", found["first"]).split()) < 3:
        return None
    first, second = found["first"], found["second"]
    if (kind := re.match(r"which\s+(\w+)", first, re.IGNORECASE)) and re.match(
        r"which\s+one\b", second, re.IGNORECASE
    ):
        return first, f"which {kind[1]}{second[len('which one') :]}"  # "... and which one was in Seoul"
    if _WHO_RE.match(first) and _HIS_RE.search(second):
        return first, second  # "who was ... and what did he do before": he is whom it answers
    if (pointed := _THAT_NOUN_RE.search(second)) is not None:
        # "... and why does that distance matter": the distance, of what the first asks about
        return (
            first,
            f"{second[: pointed.start()]}the {pointed[1]} of {_topic(first)}{second[pointed.end() :]}",
        )
    return first, _PRONOUN_RE.sub(_referent(first), second, count=1) if _PRONOUN_RE.search(second) else second


# "the carrier from the sept 2022 drills and the one in freedom edge, which ships were those":
# which carrier was in each
_THE_ONE_RE = re.compile(
    r"^(?:the\s+)?(?P<x>[a-z-]+)\s+(?P<p>from|in|at|of|during)\s+(?P<a>.+?)\s+and\s+the\s+one\s+"
    r"(?P<q>from|in|at|of|during)\s+(?P<b>.+?)\s*[,;:-]+\s*(?:which|what)\s+(?:[a-z-]+\s+)?"
    r"(?:were|are|was|is)\s+(?:those|they|these|them|it|that)\W*$",
    re.IGNORECASE,
)
# "that distance", "this number": a thing the first question's answer gives, not a pronoun
_THAT_NOUN_RE = re.compile(
    r"\b(?:that|this)\s+(distance|number|figure|range|date|day|place|year|amount)\b", re.I
)


_WHO_RE = re.compile(r"\W*who(?:['’]?s)?\b", re.IGNORECASE)


def _names_no_more(kb: KnowledgeBase, q: Question) -> bool:
    """Whether a question names no event or term, and no one but countries ("which US carrier")."""
    kinds = _entity_kinds(kb, (key for group in q.named for key in group))
    terms_named = kb.names.mentions_in(words(q.content), "term")
    return not q.events and not terms_named and kinds <= {EntityKind.COUNTRY}


def _setting(kb: KnowledgeBase, question: str) -> str | None:
    """The phrase placing a question at an event, last in it ("at the TTX", "during Freedom
    Shield"), if it has one."""
    found = _SETTING_RE.search(question)
    if found is None or not kb.names.mentions_in(words(found["event"]), "event"):
        return None
    return found.group(0).strip(" ?!.,")


_SETTING_RE = re.compile(r"\b(?:at|during|in)\s+(?P<event>(?:the\s+)?[^,?!.]+?)\W*$", re.IGNORECASE)


_WHICH_WAS_IT_RE = re.compile(
    r"^(?:which|what)\s+(?:(?:number|round)\s+)?(?P<x>\w.*?)\s+(?:was|is|were|are)\s+(?:it|that|this|they)$",
    re.I,
)


def _topic(question: str) -> str:
    """What a question asks about: its words after the question word ("when was the TDS adopted"),
    without a naming verb at its end ("what's the exercise called": the exercise)."""
    if (which := _WHICH_WAS_IT_RE.match(question)) is not None:  # "which number ttx was it": the TTX
        return f"the {which['x']}"
    topic = re.sub(
        r"^(?:how\s+(?:far|long|many\s+\w+|much|often|soon)|\S+)\s+(?:(?:is|are|was|were|did|does|do)\s+)?",
        "",
        question,
        flags=re.IGNORECASE,
    )  # "how far did the missiles fly": the missiles flying, not "far did ..."
    return _CALLED_RE.sub("", topic)


def _referent(question: str) -> str:
    """What "it" in a second question stands for: the first's topic, less a verb that leads it
    ("who wrote the article, and when did it come out": the article)."""
    topic = _topic(question)
    verb, _, rest = topic.partition(" ")
    if is_verb(verb.lower()) and re.match(r"(?:the|a|an|this|that)\s", rest, re.IGNORECASE):
        return rest
    return topic


# "what's the exercise called", "what does TDS stand for": the exercise, TDS
_CALLED_RE = re.compile(
    r"\s+(?:called|named|mean|means|stands?\s+for|refers?\s+to|short\s+for)\W*$", re.IGNORECASE
)
# "TDS meaning and when was it adopted": "what does TDS mean", then the second question
_MEANING_FIRST_RE = re.compile(
    r"^(?P<x>\S+(?:\s+\S+){0,3}?)\s+(?:meaning|definition|full\s+form)(?=\s*[,;]|\s+and\b)", re.IGNORECASE
)


def _both(
    kb: KnowledgeBase,
    asked_first: tuple[str, Question],
    asked_second: tuple[str, Question],
    one: Answer | None = None,
) -> Answer:
    """The first question's answer (`one`, if answered already), with the second's beside it; if
    one of them is not in the knowledge base, the other's answer, saying which went unanswered
    and counted as unsure. Each comes as typed and as read."""
    (first, q_first), (second, q_second) = asked_first, asked_second
    one = _answered(kb, q_first) if one is None else one
    two = _answered(kb, q_second)
    if not (one.matched and two.matched):  # half of it: said so, and unsure
        found, untold = (one, second) if one.matched else (two, first)
        note = f"The articles do not answer {echo(untold, 80)}."
        return _with_caveat(found, note)
    lines = two.text.split("\n")
    said = lines[0]
    if _BOLD_ONLY_RE.fullmatch(said) and len(lines) > 1:  # "**Hwasong-18**": a name, then what it is
        said = f"{said} {lines[1]}"
    given = {f.name: f.value for f in two.fields}
    follows = next((v for name, v in given.items() if name.startswith(FOLLOWS)), None)
    if follows is not None and lines[-1] in one.text:
        # "how far did they fly, and why does that matter": the same unit, then what the
        # article says next, which is the second's answer
        said = follows
    if q_second.about_article and "Outlet" in given:  # "... and who covered the 56th": the outlet
        said = f"**{given['Outlet']}**, {given.get('Published', '')}: {two.title}".replace(", :", ":")
    return replace(
        one,
        fields=(*one.fields, Field(f"And {echo(second, 80)[1:-1]}", said)),
        weak=one.weak or two.weak,
        unsure=one.unsure or two.unsure,
    )


_BOLD_ONLY_RE = re.compile(r"\*\*[^*]+\*\*\.?")


def _with_caveat(found: Answer, note: str) -> Answer:
    """The answer, with a note before its footer saying why it may not be the one asked for."""
    return replace(found, weak=True, unsure=True, footer=f"{note} {found.footer}".strip())


def warm(kb: KnowledgeBase) -> None:
    """Make the tables a knowledge base keeps for /ask (_TABLES, the index's words, names'
    initials, the outlets' pattern, the documents), so that the first asker after a load does not
    wait for them (0.8 s at 10,000 articles)."""
    for key in _TABLES:
        _table(kb, key)
    kb.index_words()
    name_initials(kb)
    outlet_citing(kb)
    document_keys(kb)


def _table(kb: KnowledgeBase, key: str) -> Any:
    """One of the tables /ask keeps per knowledge base, made on first use (or by warm)."""
    return kb.cached(key, lambda: _TABLES[key](kb))


def _one(kb: KnowledgeBase, text: str) -> Answer:
    return _answered(kb, parse(kb, text))


def _answered(kb: KnowledgeBase, q: Question) -> Answer:
    if (summary := _summary_asked(kb, q)) is not None:
        return summary
    if _ARTICLES_COUNTED_RE.match(q.text) and kb.articles:  # "how many articles are there": the list
        return _relabel(lookups.sources(kb, kb.catalog.ordered))
    if q.about_article:
        return _about_article(kb, q)
    if _only_refers_back(q):  # "and when was that", "who else was there", "why": a follow-up
        return _not_answerable(kb, q, _READ_ALONE)
    # "what does the Diplomat say about X": its articles' units, not what any article says of X
    shortcuts = (
        (_taught, _direct_in_outlet)
        if q.outlet
        else (
            _taught,
            _in_series,
            _put_in_order,  # three or more, before two: "which came first: A, B or C"
            _two_in_time,
            _each_distance,
            _direct,
            _who_are_both,
            _another_name,
            _role_claimed,
            _several_events,
            _series_listed,
            _next_of_series,
            _same_or_not,
            _role_holders,
            _named_by_document,
        )
    )
    if (numbered := _numbered_otherwise(q)) is not None:
        # "when was the 48th SCM": the series is the 54th to 56th; the 48th MCM is no answer
        return _not_answerable(kb, q, numbered)
    for shortcut in shortcuts:
        if (found := shortcut(kb, q)) is not None:
            return found
    if _placed_elsewhere(kb, q) and (found := _corrected(kb, q)) is not None:
        return found
    if (found := _held_elsewhere(kb, q)) is not None:
        return found
    if (found := _not_among_those_at(kb, q)) is not None:
        return found
    if blocking := _unheard(q):
        said = ", ".join(echo(w.typed, 40) for w in blocking[:3])
        return _corrected(kb, q, refused=True) or _not_answerable(
            kb, q, f"The knowledge base has nothing on {said}."
        )
    judged, relevant, fitting = _sorted_out(kb, q, _candidates(kb, q))
    if (untold := _left_untold(kb, q, judged, relevant)) is not None:
        return _says_not(q, untold, "the articles say it was not made public:")
    if not fitting:
        if relevant:  # about the right thing, but it cannot say when/where/who/how many
            return _says_not(q, relevant[0])
        missing = _worth_saying([w for c in judged[:1] for w in c.missing] or list(q.unknown))
        why = f"The knowledge base has nothing on {missing}." if missing else ""
        return _corrected(kb, q, refused=True) or _not_answerable(kb, q, why)
    chosen = _chosen(kb, q, fitting)
    if (
        q.yesno
        and (
            _dated_otherwise(chosen[0])
            or _number_unborne(kb, q, chosen[0].doc)
            or _misses_a_term(kb, q, chosen[0])  # "did the Kentucky visit in 2022": a state visit then
        )
        and not _only_planned(q, chosen[0].doc)  # "did it actually go live in december": no claim
        and (found := _corrected(kb, q)) is not None
    ):
        # "the Camp David summit was in July 2023, wasn't it": its unit is of August 2023
        return found
    if q.yesno and _placed_unborne(kb, q, fitting) and (found := _corrected(kb, q)) is not None:
        # "did Austin and Lee meet in Tokyo in January 2023": the unit has them meet in Seoul
        return found
    if (fuller := _about_another(q, chosen[0], relevant, fitting)) is not None:
        # "how far did the missiles fired into the Yellow Sea go": the units about that launch
        # hold the whole question and give no distance; the one giving a distance is of another
        return _says_not(q, fuller)
    if unheard := [w for w in chosen[0].missing if _says_something(w) and set(w.typed.split()) & q.asked_for]:
        # "who was the captain of the Kentucky": the rest is answered, the captain is not
        return _not_answerable(kb, q, f"The knowledge base has nothing on {_worth_saying(unheard)}.")
    if q.asks == Asks.COUNT and _EXACTLY_RE.search(q.text) and _APPROXIMATE_RE.search(chosen[0].doc.text):
        # "exactly how many missiles did NK fire in 2022": "about 100" is all the articles say
        return _says_not(q, chosen[0], "the articles give no exact number, only this:")
    if q.hour:  # "what time did NK fire": a unit giving the time of day, or none
        timed = next((c for c in chosen if _CLOCK_RE.search(c.doc.text)), None)
        if timed is None:
            return _says_not(q, chosen[0], "the articles give no time of day. The closest they say:")
        chosen = _put_first(chosen, timed)
    if _only_planned(q, chosen[0].doc):
        # "did the tabletop actually happen": one article planned it, a later one reports it held
        # on a day (the same event, not planned there)
        done = _held_after_all(kb, q, chosen)
        staged = next((c for c in chosen if _STAGE_RE.search(c.doc.text)), None) if q.yesno else None
        if done is None and staged is not None and _asked_by_then(kb, q, staged.doc):
            # "was the warning system actually running by the 55th SCM": "in its final stage"
            # then bears on it, said as the articles put it (asked of no time, or of a later
            # one, it does not: they do not say it came true)
            found = _render(kb, q, _put_first(chosen, staged))
            return _with_caveat(found, "The articles report it only as under way, not done.")
        if done is None:
            return _says_not(q, chosen[0], "the articles report it only as planned:")
        chosen = _put_first(chosen, done)
    agreement_asked = _AGREEMENT_ASKED_RE.search(q.text) and not (q.yesno and _denies(q, chosen[0].doc))
    if agreement_asked and not _AGREED_RE.search(chosen[0].doc.text):
        # "what did Yoon and Kishida agree at their Tokyo summit": a unit saying they met, and
        # nothing agreed, does not answer; one as good that says what was does
        agreed = next((c for c in chosen if _AGREED_RE.search(c.doc.text)), None)
        if agreed is None or agreed.cover < chosen[0].cover:
            return _says_not(q, chosen[0], "the articles do not say what came of it. The closest they say:")
        chosen = _put_first(chosen, agreed)
    if (speaker := _another_speaker(kb, q, chosen[0].doc)) is not None:
        own = next((c for c in chosen if _said_by(kb, q, c.doc)), None)
        if own is None and not (_asked_speaker(q) or frozenset()) & _features(kb, chosen[0].doc).involved:
            # others' words, which the one asked about is no party to: not theirs
            lead = f"the articles quote no words of {speaker}'s own. The closest they say:"
            return _says_not(q, chosen[0], lead)
        if own is None and q.speakers and (q.events or chosen[0].missing or q.yesno):
            # "what did Kishida say at Camp David": the leaders' joint statement there, which he is
            # party to, is no words he said there; nor, "what did Vega say about the pirates", on that;
            # nor is it a yes to "did Lee say anything about it"
            there = " there" if q.events and not chosen[0].missing else " on that"
            lead = (
                f"the articles quote no words of {speaker}'s own{there}, only others' or a joint statement's:"
            )
            return _says_not(q, chosen[0], lead)
        if own is None:  # "what did they say about the US": a joint statement, said so, and unsure
            found = _render(kb, q, chosen)
            note = f"The articles quote no words of {speaker}'s own: these are others' or a joint statement."
            return _with_caveat(found, note)
        chosen = [own, *(c for c in chosen if c is not own)]  # their own words before a joint statement
    first_asked = q.order == Order.FIRST and "since" not in words(q.text)  # not "first time since when"
    if first_asked and q.asks == Asks.WHEN and (later := _a_later_one(q, relevant)) is not None:
        # "when was the very first DSC table-top exercise": the articles' is "the eighth"
        return _says_not(q, later, "the articles do not say when the first was, only of a later one:")
    if first_asked and q.yesno and (later := _a_later_one(q, relevant)) is not None:
        chosen = _put_first(chosen, later)  # "was the DSC TTX the first one ever": "the eighth", no
    if (
        q.order == Order.FIRST
        and q.asks == Asks.WHO
        and _FIRST_OF_ALL_RE.search(q.text)
        and _FIRST_SINCE_RE.search(chosen[0].doc.text)
    ):
        # "who was the first SK president to visit Washington": "the first ... since 2011" says
        # only that none came between, not who came first of all
        return _says_not(q, chosen[0], "the articles say only that it was the first in some years:")
    if q.asks == Asks.WHEN and (person := _one_person(kb, q)) is not None:
        # "when did Lee become defense minister": Shin's taking office (Lee named in it) is not his
        kept = [c for c in chosen if not _anothers_taking_office(kb, c.doc, person)]
        if not kept:
            lead = "the articles do not say when that was. The closest they say:"
            return _says_not(q, chosen[0], lead)
        chosen = kept
    if (did := _what_did_they_do(kb, q, chosen)) is not None:
        # "what did Seoul do that made the thaw possible": Seoul's own doing, not a unit saying
        # the thaw made the summit possible
        chosen = _put_first(chosen, did)
    if q.asks == Asks.WHY and chosen[0].doc.kind == DocKind.ACTION and _no_reason_near(kb, q, chosen[0].doc):
        # "why did Lee get replaced": "Lee was replaced by Shin" says that, not why; unless the
        # article gives the reason for it elsewhere ("the Kentucky's visit is ... Washington's
        # effort to reassure Seoul")
        if (reason := _reason_elsewhere(kb, q, chosen[0], judged)) is None:
            return _says_not(q, chosen[0], "the articles do not say why. The closest they say:")
        chosen = [reason, *chosen]
    if (month := _month_elsewhere(q, chosen[0])) is not None:
        # "how many missiles did NK fire in January 2023": the best unit is of a launch in July
        return _says_not(q, chosen[0], f"the articles give nothing in {month}. The closest they say:")
    replaced = _SUCCESSOR_ASKED_RE.search(q.text)
    if replaced is not None:
        # "who replaced Kim Yong-hyun": "Kim ... succeeding Shin" names the one he replaced;
        # "who took over from Austin": no unit names anyone after him
        after = next((c for c in chosen if _names_successor(c.doc, replaced["x"])), None)
        if after is None:
            who = _one_person_named(kb, q) or replaced["x"]
            lead = f"the articles do not say who replaced {who}. The closest they say:"
            return _says_not(q, chosen[0], lead)
        # no second answer from a unit naming whom X replaced ("Shin ..., replacing Lee")
        chosen = [c for c in _put_first(chosen, after) if not _names_predecessor(c.doc, replaced["x"])]
    if (event := _said_about_another(kb, q, chosen[0].doc)) is not None:
        # "what did North Korea say about the Austin-Lee meeting": its words in that article are
        # about the drills, and no unit ties them to the meeting
        said = f"the articles quote nothing {_speaker_name(kb, q)} said about {event}. The closest they say:"
        return _says_not(q, chosen[0], said)
    if (named := _only_named_place(kb, q, chosen)) is not None:
        went_on = _PERSON_DID_RE.match(q.text) and _WENT_ON_RE.search(q.text)
        beyond = "after" if went_on else "more exact than"  # not "from where in Seoul"
        # "where in SK did the B-52 land": the best unit puts it in South Korea, and no nearer
        return _says_not(
            q,
            chosen[0],
            f"the articles give no place {beyond} {named}. The closest they say:",
        )
    only_a_kind = _only_a_kind(kb, q, chosen[0].doc)
    if only_a_kind and (naming := _naming_one(kb, q, chosen)) is not None:
        chosen, only_a_kind = _put_first(chosen, naming), False  # "which sub docked": the Kentucky
    if q.to_the_day and chosen[0].doc.when and not _dated_to_the_day(kb, chosen[0].doc):
        # "what exact day did the carrier arrive": "late September 2022" is all they say
        when = chosen[0].doc.date
        lead = _NOT_TO_THE_DAY.replace(" day.", f" day, only {when.short()}.") if when else _NOT_TO_THE_DAY
        return _says_not(q, chosen[0], lead)
    found = _render(kb, q, chosen)
    if only_a_kind:  # "which submarine did they tour": none named
        kind = " ".join(sorted(q.kind_words))
        return _says_not(q, chosen[0], f"the articles name no particular {kind} here, only a kind:")
    return found


# words that point back to something said before: in a question alone, they name nothing
_POINTING = frozenset(
    "that it he she they him her them there this those these else his their its one".split()
)
_READ_ALONE = "Each question is read on its own, with nothing asked before it: name who or what you mean."


def _only_refers_back(q: Question) -> bool:
    """Whether a question names nothing and says nothing but words pointing back ("when was
    that", "what did he say", "why"): a follow-up to a question this one cannot see."""
    if q.named or q.events or q.words:
        return False
    said = words(q.text)
    rest = [
        w
        for w in said
        if w not in STOPWORDS and w not in WH_WORDS and w not in _POINTING and stem(w) not in FILLER
    ]
    return not rest and (bool(set(said) & _POINTING) or set(said) <= WH_WORDS)


def _numbered_otherwise(q: Question) -> str | None:
    """An ordinal typed before a series' name that no event of the series has ("the 48th SCM",
    of the 54th, 55th and 56th): the articles do not tell of it; what they number, said."""
    for group in (g for g in q.events if len(g) > 1):
        numbers = sorted({n for key in group for n in ORDINAL_RE.findall(key)}, key=lambda n: int(n[:-2]))
        named = {t for key in group for t in terms(ORDINAL_RE.sub(" ", key))}
        for found in ORDINAL_RE.finditer(q.text):
            after = words(q.text[found.end() :])[:1]
            if numbers and found[0].lower() not in numbers and set(terms(" ".join(after))) & named:
                listed = ", ".join(numbers[:-1]) + f" and {numbers[-1]}" if len(numbers) > 1 else numbers[0]
                return f"The articles tell of the {listed}, not the {found[0].lower()}."
    return None


def _about_another(
    q: Question, best: Candidate, relevant: list[Candidate], fitting: list[Candidate]
) -> Candidate | None:
    """For "how far" and "how long": a unit holding every word of the question that
    cannot give the figure, where the best one that can lacks a telling word: the question is
    about the first one's matter, which the articles give no figure for."""
    if q.asks not in (Asks.DISTANCE, Asks.DURATION) or not any(
        w.weight >= weights.TELLING for w in best.missing
    ):
        return None
    return next((c for c in relevant if not c.missing and c not in fitting and c.cover > best.cover), None)


def _naming_one(kb: KnowledgeBase, q: Question, chosen: list[Candidate]) -> Candidate | None:
    """Of the best units after one naming only a kind of thing ("a ballistic missile submarine
    docked"), the first on the question (covering weights.COVER of it: the other answer is that
    the articles name none) that names one of that kind (NAMING_AMONG looked at)."""
    return next(
        (
            c
            for c in chosen[1 : NAMING_AMONG + 1]
            if c.cover >= weights.COVER and _kind_entries(kb, q, c.doc) and not _only_a_kind(kb, q, c.doc)
        ),
        None,
    )


def _direct_in_outlet(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "In the Diplomat piece, what's ROK short for": the lookup, if it is that outlet's account,
    or if it is what a name stands for, which reads the same in every article that gives it."""
    found = _direct(kb, q)
    if found is None or not any(normalize(c.outlet) == q.outlet for c in found.all_citations):
        return None
    return found if q.naming or (found.source and normalize(found.source.outlet) == q.outlet) else None


def _only_a_kind(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """ "Which submarine did the delegation tour": a unit naming only kinds of submarine
    ("ballistic missile submarines") where the articles name submarines of their own (the
    Kentucky) does not say which."""
    if not q.asked_kind or q.plural or q.kind_of:
        return False
    classes = _table(kb, "classes")
    entries = _kind_entries(kb, q, doc)
    if not entries or any(e not in classes for e in entries):
        return False
    kinds = _table(kb, "kinds")  # and the articles name an X of its own somewhere
    return any(entry not in classes for t in q.asked_kind for entry in kinds.get(t, ()))


_NOT_TO_THE_DAY = "the articles do not give the exact day. The closest they say:"


def _not_to_the_day(found: Answer) -> Answer:
    """ "What exact day did the carrier arrive": "late September 2022" is all the articles say,
    which does not answer it: said so, with what they do say, as for a unit (_says_not)."""
    text = f"Not in the knowledge base: {_NOT_TO_THE_DAY}\n{found.text}"
    return replace(found, kind=Kind.NOT_FOUND, title="Not in the knowledge base", text=text, matched=False)


_MONTHS = frozenset(MONTH_NUMBERS)
_MONTH_TERMS = frozenset(t for m in _MONTHS for t in terms(m))  # their index terms
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


_SAY = "The articles say:"  # a yes-no question's lead: what they say, not a bare yes or no


def _corrected(kb: KnowledgeBase, q: Question, refused: bool = False) -> Answer | None:
    """ "The Kentucky was the first since 1991, right?", "the summit was in July, wasn't it", "so
    Austin flew to Tokyo to meet Lee?": a claim whose year, month or place the articles give
    otherwise. Read without it, the claim is what a unit says, with a year, month or place of its
    own there: that unit answers, saying the question's one is not what the articles say. A
    question the articles would otherwise not answer (`refused`) is read so too: "when did the
    Kentucky dock in Incheon" takes Incheon as its claim."""
    if not q.yesno and not refused:
        return None
    slips = [w for w in q.words if _YEAR_RE.fullmatch(w.typed) or w.typed in _MONTHS]
    # "ready for its 6th nuke test?": a number the articles never give, where they give another
    # (read first without it alone: "the one in November was the 53rd SCM?" has November right)
    numbers = [w for w in q.words if w.number and not _number_known(kb, w) and w not in slips]
    places = [
        n for n, group in enumerate(q.named) if n in q.placed_at and all(_is_place(kb, key) for key in group)
    ]
    # "the Kentucky docked at Jeju, didn't it": a claim putting it at a place the articles do not
    # name as one (a rare word: a name), where they name another
    # "..., didn't it": a claim, read so; so is a place no article names in a question refused
    claimed = (refused and not q.yesno) or q.text.lower().startswith("is it true that")
    unheard = [
        w
        for w in q.words
        if claimed
        and not w.number  # "at the 53rd SCM": no place
        and (not w.known or (q.yesno and english.zipf(w.typed) < english.RARE))  # "ssbn" is known
        and _placed_at(q.text, w.typed)
    ]
    # "the carrier was the uss nimitz, wasn't it": a name the articles never use, where they name
    # another ("the carrier USS Ronald Reagan")
    renamed = [
        w
        for w in q.words
        if claimed
        and not w.known
        and not w.number
        and english.zipf(w.typed) < english.RARE
        and w not in unheard
    ]
    # "Austin met Shin in Seoul in January 2023, right?": one of two people named may be the slip
    people = [n for n, group in enumerate(q.named) if all(_is_person(kb, key) for key in group)]
    persons = [[n] for n in people] if claimed and len(people) > 1 and (slips or places) else []
    # "the feb tabletop was like the 5th one?", "freedom shield is 14 days long right": an ordinal
    # or count the articles use elsewhere ("fifth-generation", "14 November"), tried last: a unit
    # giving another ("the eighth", "an 11-day exercise") corrects it
    known_numbers = [w for w in q.words if w.number and not _is_year(w.typed) and w not in numbers]
    if not slips and not numbers and not places and not unheard and not renamed and not known_numbers:
        return None
    # each reading without what the question may have wrong: a number, its year or month, a named
    # place, or a place the articles do not name (the last two corrected by a unit giving a place),
    # or one of the people
    readings: list[tuple[list[Word], list[int], str]] = [
        (numbers, [], "time"),
        (slips + numbers, [], "time"),
        ([], places, "place"),
        (unheard, [], "stated place"),
        (renamed, [], "term"),
        *(([], dropped, "person") for dropped in persons),
        (known_numbers, [], "time"),
    ]
    found: list[tuple[float, bool, Answer]] = []
    for dropped_words, dropped_places, kind in readings:
        if not dropped_words and not dropped_places:
            continue
        if not q.yesno and kind != "stated place" and not (kind == "place" and len(people) >= 2):
            continue  # "when was the 57th SCM": a question's number (or place) is what it asks of
        kept = [g for n, g in enumerate(q.named) if n not in dropped_places]
        if not kept and not [w for w in q.words if w not in dropped_words]:
            continue
        bare = replace(
            q.without_named(dropped_places),
            words=tuple(w for w in q.words if w not in dropped_words),
            anchored_named=frozenset(),
            speakers=frozenset(),
        )
        _, _, fitting = _sorted_out(kb, bare, _candidates(kb, bare))
        near = [c for c in fitting[:CORRECTION_AMONG] if c.cover >= weights.COVER]
        best = next(
            (c for c in near if _says_otherwise(kb, q, c.doc, dropped_words if kind == "time" else [], kind)),
            None,
        )
        if kind == "place":  # "was the DSC TTX held in Seoul": a unit giving its place, before one
            # that only names a country ("the South Korean and U.S. militaries will hold it")
            best = next(
                (c for c in near if (there := _where(kb, q, c.doc)) and not _named_place(kb, q, there)), best
            )
        if best is None:
            continue
        said = ", ".join(
            [echo(w.typed, 40) for w in _not_borne_out(dropped_words, best.doc)]
            + [echo(_as_typed(kb, q, q.named[n]), 40) for n in dropped_places]
        )
        answer = _render(kb, bare, [best])
        if kind == "time" and answer.text.startswith(_SAY) and _month_mended(q, dropped_words, best.doc):
            # "the tabletop was planned for March, right": the day the articles give it, first
            date = _best_date(kb, best.doc)
            answer = replace(answer, text=f"The articles date it {date}. They say:{answer.text[len(_SAY) :]}")
        if kind == "place" and answer.text.startswith(_SAY) and (there := _where(kb, q, best.doc)):
            lead = f"The articles give the place as **{there.rstrip('.')}**. They say:"
            answer = replace(answer, text=lead + answer.text[len(_SAY) :])
        answer = replace(answer, footer=f"Not {said}, as the question has it. {answer.footer}".strip())
        found.append((best.cover, kind == "person", answer))
    # the first reading borne out ("the one in November was the 53rd SCM?": the number, November
    # being right), unless one without a person is borne out more fully
    first = next((f for f in found if not f[1]), None)
    person = max((f for f in found if f[1]), key=lambda f: f[0], default=None)
    if person is not None and (first is None or person[0] > first[0]):
        return person[2]
    return first[2] if first else None


def _as_typed(kb: KnowledgeBase, q: Question, group: frozenset[str]) -> str:
    """A name as the question gives it where it is another name of the entry ("Tokyo", Japan's
    entry having Tokyo as a name); the entry's own name for a part of it ("Ana Ruiz" for "ruiz")."""
    typed = words(q.text)
    said = next((typed[s:e] for s, e, keys in kb.names.mentions_in(typed, "entity") if keys & group), [])
    shown = _shown_names(kb, sorted(group))[0]
    if set(said) <= set(words(shown)):
        return shown
    found = re.search(r"\W+".join(map(re.escape, said)), q.text, re.IGNORECASE)
    return found[0] if found else " ".join(said)


# "was the ttx held at kings bay": where the question says a named event was held
_HELD_AT_RE = re.compile(
    r"\b(?:held|hosted|staged|happen(?:ed)?|take\s+place|took\s+place)\s+(?:at|in|near|off)\s+(?:the\s+)?"
    r"(?P<place>[\w .'’-]+?)\W*$",
    re.IGNORECASE,
)


def _held_elsewhere(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "Was the TTX held at Kings Bay": a claim placing one named event where none of its
    articles puts it, by words that name no entity: the event's card (its place), saying the
    question's place is not what the articles say."""
    claimed = _HELD_AT_RE.search(q.text)
    if not q.yesno or claimed is None:
        return None
    said = set(terms(claimed["place"]))
    # "was the DSC TTX held at Camp David": an event named as the place is no event asked
    events = [g for g in q.events if not any(set(terms(key)) & said for key in g)]
    if len(events) != 1:
        return None
    entries = kb.members("event", next(iter(events[0])))
    places = [e.item.place for e in entries if e.item.place]
    if not places or not said or any(said <= set(terms(p)) for p in places):
        return None
    found = lookups.when(kb, entries[0].item.name)
    footer = f"Not {echo(claimed['place'], 40)}, as the question has it. {found.footer}".strip()
    return replace(_relabel(found), footer=footer)


# "was austin at the camp david summit", "did kishida attend the washington declaration summit"
_AT_EVENT_RE = re.compile(
    r"^\W*(?:is\s+it\s+true\s+that\s+)?(?:(?:was|were)\s+\S.*?\s+(?:at|present\s+at|there\s+for)"
    r"|did\s+\S.*?\s+(?:attend|go\s+to|join|take\s+part\s+in|show\s+up\s+(?:at|to)))\s+\S",
    re.IGNORECASE,
)


def _not_among_those_at(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "Was Austin at the Camp David summit": one person asked about, and one event whose
    articles name the people there (Biden, Yoon, Kishida) without them: not in the knowledge
    base, naming those the articles put there."""
    if not q.yesno or len(q.events) != 1 or len(q.named) != 1 or not _AT_EVENT_RE.match(q.text):
        return None
    if not all(_is_person(kb, key) for key in q.named[0]):
        return None
    entries = kb.members("event", next(iter(q.events[0])))
    there = list(
        dict.fromkeys(k for e in entries for i in e.item.entities if (k := kb.entity_key(e.article.id, i)))
    )
    people = [k for k in there if _is_person(kb, k)]  # in the articles' order
    if not people or q.named[0] & set(there):
        return None
    event, article = entries[0].item, entries[0].article
    said = (
        f"Not in the knowledge base: the articles do not put {_shown_names(kb, sorted(q.named[0]))[0]} at "
        f"the {event.name}; they name {', '.join(_shown_names(kb, people))} there."
    )
    return _not_found_of(event, article, said)


def _placed_elsewhere(kb: KnowledgeBase, q: Question) -> bool:
    """ "The 56th SCM was held in Seoul, wasn't it": a claim putting an event the articles give a
    place at a place that is no part of it (a unit naming Seoul otherwise would answer it)."""
    if not q.yesno or not q.placed_at:
        return False
    return _placed_elsewhere_than(kb, q, q.asked_events, q.placed_at)


def _placed_elsewhere_than(
    kb: KnowledgeBase, q: Question, events: frozenset[str], at: frozenset[int]
) -> bool:
    """ "When did Austin visit Tokyo": a name at these positions of `named` is a place none of
    these events was held at (the Seoul meeting's article does not tell of a visit to Tokyo)."""
    held = _where_held(kb, events)
    placed = [q.named[n] for n in at if all(_is_place(kb, key) for key in q.named[n])]
    return bool(held) and any(not any(set(terms(key)) <= held for key in group) for group in placed)


def _placed_unborne(kb: KnowledgeBase, q: Question, fitting: list[Candidate]) -> bool:
    """Whether the question puts two people's meeting at a place (a name) none of the best
    units put anything at: they give no place, or another ("met in Seoul"). One person or none
    ("is Biden putting nukes back in South Korea") puts no meeting anywhere."""
    people = [g for g in q.named if all(_is_person(kb, key) for key in g)]
    if len(people) < 2 or not any(all(_is_place(kb, key) for key in q.named[n]) for n in q.placed_at):
        return False
    places = [_where(kb, q, c.doc) for c in fitting[:CORRECTION_AMONG]]
    return not any(place is not None and _named_place(kb, q, place) for place in places)


def _placed_at(text: str, typed: str) -> bool:
    """Whether the question puts something at, in or to this word ("docked at Jeju")."""
    return (
        re.search(rf"\b(?:at|in|into|to)\s+(?:the\s+)?{re.escape(typed)}\b", text, re.IGNORECASE) is not None
    )


def _not_borne_out(slips: list[Word], doc: Doc) -> list[Word]:
    """Of the words a claim was read without, those the unit (its date or its words) does not
    bear out: "July" and "2023" for a summit of August 2023 is wrong by July alone."""
    date, said = doc.date, set(words(doc.text))
    wrong = [
        w
        for w in slips
        if w.typed not in said
        and not (date is not None and _is_year(w.typed) and int(w.typed) == date.year)
        and not (date is not None and date.month and MONTH_NUMBERS.get(w.typed) == date.month)
    ]
    return wrong or slips


def _month_mended(q: Question, slips: list[Word], doc: Doc) -> bool:
    """Whether a unit dates what a claim misdates by its month ("planned for March": 22 February
    2023), in any year the question gives: its date then answers the claim."""
    date = doc.date
    if date is None or not date.month:
        return False
    years = [int(w.typed) for w in q.words if _is_year(w.typed)]
    return all(y == date.year for y in years) and any(
        MONTH_NUMBERS.get(w.typed) not in (None, date.month) for w in slips
    )


def _number_known(kb: KnowledgeBase, w: Word) -> bool:
    """Whether the articles use a number word as typed: "Hwasong-17" is not known for its parts
    being so ("Hwasong-15", "17 March")."""
    whole = w.options[0]
    return w.known and (len(whole) != 1 or next(iter(whole)) in kb.bm25)


def _says_otherwise(kb: KnowledgeBase, q: Question, doc: Doc, slips: list[Word], kind: str) -> bool:
    """Whether a unit gives a year or month where the question gave one the articles do not
    bear out, or a place, a thing or a person the question does not name where it named one."""
    text = doc.text
    if slips:
        return any(
            (_YEAR_RE.fullmatch(w.typed) and _YEAR_RE.search(text))
            or (w.typed in _MONTHS and set(words(text)) & _MONTHS)
            or (w.number and not _YEAR_RE.fullmatch(w.typed) and _another_number(w.typed, text))
            for w in slips
        )
    if kind == "stated place":  # "camp david is in virginia": a unit saying "in Maryland"
        return _stated_place(kb, q, doc) is not None
    named = q.named_names
    if kind == "term":  # a thing's name the question gives, where the unit names another thing
        asked = {key for _, _, keys in kb.names.mentions_in(words(q.text), "term") for key in keys}
        return any(named_kind == "term" and key not in asked for named_kind, key in _named(kb, doc))
    if kind == "person":  # "Austin met Shin in January 2023": the unit has Lee
        return any(_is_person(kb, key) and key not in named for key in _features(kb, doc).involved)
    return kind == "place" and any(
        _is_place(kb, key) and key not in named for key in _doc_identities(kb, doc)
    )


def _another_number(typed: str, text: str) -> bool:
    """Whether a text gives a number of the same form as one typed, not it: an ordinal for an
    ordinal ("seventh" for "6th"), a count for a count."""
    said = [w for w in words(text) if not _YEAR_RE.fullmatch(w)]
    if ordinal(typed):
        return any(ordinal(w) and w != typed for w in said)
    return any(_COUNT_RE.match(w) and w != typed for w in said)


def _two_in_time(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "Which came first, A or B", "how long after A did B": each side dated as "when was A"
    would be, and the dates compared. Unless both are dated, it is read as any other question."""
    # "between Austin and Lee announcing it and ...": a person is not a point in time
    readings = intervals.readings(q.text)
    sides = next(
        (s for s in readings if not any(_only_people(kb, side) for side in (s.first, s.second))), None
    )
    if sides is None or (sides.asks == intervals.Compares.INTERVAL and _told_in_words(kb, q)):
        return None
    found: list[tuple[str, Doc, PartialDate]] = []
    for typed, asked in zip((sides.first, sides.second), sides.when_questions(), strict=True):
        doc = _dated(kb, asked)
        if found and doc is not None and _same_event(kb, doc, found[0][1]):
            # "how long after the summit did the NCG meet": a unit about the summit naming the NCG
            # is placed by it, not after it; the NCG meeting is dated on its own
            doc = _dated(kb, f"when was {typed}")
        elif found and doc is not None and sides.relation and not _on_its_side(kb, doc, found[0][2], sides):
            doc = _dated(kb, f"when was {typed}")  # "after the DC SCM was the Seoul meetup": B alone
        if doc is None and found and sides.relation:  # no article places B by A: B dated alone,
            doc = _dated(kb, f"when did {typed}")  # and it must fall on the side of A asked
            later = sides.relation == "after"
            if doc is not None and not _in_time(_precise_date(kb, doc), found[0][2], later):
                doc = None
        if doc is None or (date := _precise_date(kb, doc)) is None:
            return None  # the articles may still say it in words ("two months before Sea Guard")
        found.append((_side_name(doc, typed), doc, date))
    (one, one_doc, one_date), (two, two_doc, two_date) = found
    if _same_event(kb, one_doc, two_doc):
        return None  # one unit or event for both: nothing to compare
    between = intervals.span(one_date, two_date, sides.unit)
    dated = f"{one}: {one_date.short()}; {two}: {two_date.short()}."
    if sides.asks == intervals.Compares.INTERVAL:
        lead = f"**{between[0].upper()}{between[1:]}**"
    elif _same_period(one_date, two_date):
        lead = "**The articles date them to the same time**"
    else:
        (early, _), (late, _) = sorted([(one, one_date), (two, two_date)], key=lambda side: side[1])
        lead = f"**{early}** came first, {between} before {late}"
    return _dated_sides(q, f"{lead}. {dated}", found)


def _put_in_order(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "Put these in order: the first NCG meeting, Camp David, the Washington Declaration": each
    dated as "when was X" would be, then listed by date. Unless every one is dated, and each is
    a different event, it is read as any other question."""
    listed = intervals.in_order(q.text)
    if listed is None:
        return None
    found: list[tuple[str, Doc, PartialDate]] = []
    for typed in listed:
        doc = _dated(kb, f"when was {typed}")
        if doc is None or (date := _precise_date(kb, doc)) is None:
            return None
        if any(_same_event(kb, doc, other) for _, other, _ in found):
            return None  # two of them read as one event: no order to give
        found.append((_side_name(doc, typed), doc, date))
    found.sort(key=lambda side: side[2])
    lead = ", then ".join(f"**{name}** ({date.short()})" for name, _, date in found)
    return _dated_sides(q, f"In order of time: {lead}.", found)


def _dated_sides(q: Question, text: str, found: list[tuple[str, Doc, PartialDate]]) -> Answer:
    """An answer comparing things in time: the text, then each thing with its date, cited."""
    fields = tuple(
        Field(f"{name}: {date.short()}", f"{_plain(doc)} {cite_label(cite(doc.article, doc.paragraphs))}")
        for name, doc, date in found
    )
    sources = " and ".join(dict.fromkeys(_source_of(doc) for _, doc, _ in found))
    return Answer(
        "ask",
        Kind.ANSWER,
        f"Q: {_title(q.text)}",
        text,
        fields,
        citations=tuple(dict.fromkeys(c for _, doc, _ in found for c in cite(doc.article, doc.paragraphs))),
        source=Source.of(found[0][1].article),
        footer=f"As reported by {sources}.",
    )


def _told_in_words(kb: KnowledgeBase, q: Question) -> bool:
    """ "How long before the Seoul talks was the 54th SCM": a unit holding the whole question
    that gives the length itself ("two months before their Seoul meeting") answers as the
    article puts it, not dates of whichever talks in Seoul the sides are read as."""
    _, _, fitting = _sorted_out(kb, q, _candidates(kb, q))
    best = _chosen(kb, q, fitting)[0] if fitting else None
    return best is not None and best.cover >= WHOLE and bool(_INTERVAL_TOLD_RE.search(best.doc.text))


_INTERVAL_TOLD_RE = re.compile(rf"(?:{_LENGTH_RE.pattern})\s+(?:before|after|earlier|later)\b", re.IGNORECASE)


def _on_its_side(kb: KnowledgeBase, doc: Doc, anchor: PartialDate, sides: intervals.TwoSides) -> bool:
    """Whether a unit dating B ("how long after A was B") dates it on the side of A asked."""
    date = _precise_date(kb, doc)
    return date is not None and (
        date.precision != anchor.precision or _in_time(date, anchor, sides.relation == "after")
    )


def _same_event(kb: KnowledgeBase, one: Doc, two: Doc) -> bool:
    return one is two or ((key := _event_key(kb, one)) is not None and key == _event_key(kb, two))


def _dated(kb: KnowledgeBase, text: str) -> Doc | None:
    """The unit that would answer "when was X", if it has a date."""
    q = parse(kb, text)
    if q.asks != Asks.WHEN or _unheard(q):
        return None
    _, _, fitting = _sorted_out(kb, q, _candidates(kb, q))
    chosen = [c.doc for c in _chosen(kb, q, fitting)] if fitting else []
    # "the summit in may 2022": a unit dated to another year (a statement of 2023 recalling it)
    # does not date it
    years = {int(w) for w in words(q.text) if _is_year(w)}
    chosen = [doc for doc in chosen if not years or doc.date is None or doc.date.year in years]
    # the event asked about, not one it places the answer by ("after the SCM"), dates it best
    named = set(q.asked_events)
    if len(named) > 1 and chosen:  # of a series ("the Washington SCM"), the one the best unit names
        said = words(chosen[0].text)
        named = named & {k for mention in kb.names.mentions_in(said, "event") for k in mention[2]} or named
    chosen.sort(key=lambda doc: _event_key(kb, doc) not in named)
    if chosen and chosen[0].date is not None:
        return chosen[0]
    return _named_event(kb, q)


def _named_event(kb: KnowledgeBase, q: Question) -> Doc | None:
    """The unit of a dated event the question's content names outright, as /when finds it ("the
    robert e lee sub visit", where ranking reads "lee" as the minister)."""
    content = _trimmed(q.content)
    match, _ = kb.names.tables["event"].best(content, same=kb.same("event")) if content else (None, ())
    if match is None or not (match.exact or resembles(content, match.name)):
        return None
    main = dated_by(kb.members("event", str(match.group)))
    at = kb.doc_id(main.article.id, main.item.id) if main is not None else None
    doc = kb.docs[at] if at is not None else None
    return doc if doc is not None and doc.kind == DocKind.EVENT and doc.date is not None else None


def _event_key(kb: KnowledgeBase, doc: Doc) -> str | None:
    event = _event(doc)
    return kb.same("event")(name_key(event.name)) if event is not None else None


def _held(doc: Doc) -> bool:
    """Whether a unit is of an event its article reports as held, not still to come."""
    event = _event(doc)
    return event is not None and not event.planned


# "what did Seoul do that ...", "what did Austin do after ...": the doing of the one named
_WHAT_DID_DO_RE = re.compile(r"^\W*what\s+(?:did|does|has|had)\s+(?P<x>.+?)\s+(?:do|done)\b", re.IGNORECASE)


_TIME_OPENING_RE = re.compile(r"^\s*(?:in|on|by|early|late)\s+[^,]{3,30},\s*", re.IGNORECASE)


def _what_did_they_do(kb: KnowledgeBase, q: Question, chosen: list[Candidate]) -> Candidate | None:
    """For "what did X do ...": when the best unit is no doing of X's, the first of the best
    that is (an action of X, of its people or bodies), if one covers the question nearly as well."""
    found = _WHAT_DID_DO_RE.match(q.text)
    if found is None or not q.named:
        return None
    doers = _wholly_named(kb, found["x"])
    if not doers:
        return None
    citizens = _table(kb, "citizens")
    theirs = set(doers).union(*(citizens.get(key, ()) for key in doers))  # Seoul: Yoon too

    def doing(c: Candidate) -> bool:
        if c.doc.kind == DocKind.ACTION:
            return bool((_subject_keys(kb, c.doc) or frozenset()) & theirs)
        # "In March 2023, Yoon's government announced ...": it opens with them, not "The summit"
        return bool(_taker(kb, _TIME_OPENING_RE.sub("", c.doc.text)) & theirs)

    if doing(chosen[0]):
        return None
    return next((c for c in chosen[:DOING_AMONG] if doing(c) and c.cover >= weights.COVER), None)


def _anothers_taking_office(kb: KnowledgeBase, doc: Doc, person: str) -> bool:
    """Whether a unit is an event named for someone else than this person taking up a post
    ("Shin Won-sik takes office as defense minister", which names Lee as the one he replaced)."""
    event = _event(doc)
    if not _TOOK_OFFICE_RE.search(event.name if event is not None else doc.text):
        return False
    if event is None:  # "Shin ... took office as defense minister in October 2023, replacing Lee"
        subject = _subject_keys(kb, doc) or frozenset()
        return bool(subject) and person not in subject
    first = _taker(kb, event.name)
    return bool(first) and person not in first


def _taker(kb: KnowledgeBase, name: str) -> frozenset[str]:
    """The name a text opens with, as the identities it may mean; none if another word opens it.
    Of an event named for someone taking up a post ("Kim Yong-hyun becomes defense minister"),
    who took it."""
    named = kb.names.mentions_in(words(name), "entity")
    return next((keys for start, _, keys in named if start == 0), frozenset())


def _event(doc: Doc) -> Event | None:
    """The event a unit of kind event is."""
    if doc.kind != DocKind.EVENT:
        return None
    return next((e for e in doc.article.events if e.id == doc.ref), None)


def _precise_date(kb: KnowledgeBase, doc: Doc) -> PartialDate | None:
    """A unit's date, or its event's from the source dating it most precisely (as _best_date)."""
    event = _event(doc)
    main = dated_by(kb.members("event", event.name)) if event is not None else None
    return PartialDate.parse(main.item.date) if main is not None and main.item.date is not None else doc.date


def _side_name(doc: Doc, typed: str) -> str:
    """An event by its name; anything else in the asker's words."""
    event = _event(doc)
    return event.name if event is not None else echo(typed, 80)[1:-1]


def _same_period(one: PartialDate, two: PartialDate) -> bool:
    """Equal, or one known only to the month (year) that holds the other."""
    return one == two or (
        one.year == two.year
        and (not one.month or not two.month or (one.month == two.month and (not one.day or not two.day)))
    )


def _another_speaker(kb: KnowledgeBase, q: Question, doc: Doc) -> str | None:
    """ "What did Kishida say": when the best unit is someone else's words (a joint statement he
    adopted, "the two sides" when Japan was asked about), the name of the one asked about."""
    if not q.speech or _asked_speaker(q) is None:
        return None
    speaker = _speaker_keys(kb, doc)
    if speaker is None and doc.kind == DocKind.EVENT and not _spoke(doc.text):
        return _speaker_name(kb, q)  # "what did Yoon say at ...": an event's account, no words
    if speaker is None or _said_by(kb, q, doc):
        return None  # theirs, or words no one in particular is said to have said
    return _speaker_name(kb, q)


def _said_about_another(kb: KnowledgeBase, q: Question, doc: Doc) -> str | None:
    """For "what did X say about <event>": the event's name, when the best unit is a standing
    position ("the hostile policies Pyongyang says must end": said in the present, at no time in
    particular) about no event the question names (neither is it, nor names it, nor is dated to
    its day). Words said at a time ("the ministry said it was regrettable") may answer."""
    said = q.speech and _SAID_ABOUT_RE.search(q.text)
    responded = q.responders and _RESPONDED_TO_RE.search(q.text)  # "how did NK react to the talks"
    if not (said or responded) or _asked_speaker(q) is None:
        return None
    sentence = _supporting_sentence(kb, q, doc) or doc
    if _SAID_THEN_RE.search(sentence.text) or not _SAYS_NOW_RE.search(sentence.text):
        return None
    asked = q.asked_events
    if not asked or _features(kb, doc).about & asked:
        return None
    days = {e.item.date for key in asked for e in kb.members("event", key) if e.item.date}
    if doc.date is not None and doc.date in days:
        return None
    return shown_name(kb.members("event", sorted(asked)[0]))


_SAYS_NOW_RE = re.compile(
    r"\b(?:says|insists|maintains|argues|calls|claims|has\s+long\s+\w+ed)\b", re.IGNORECASE
)
_SAID_THEN_RE = re.compile(r"\b(?:said|told|stated|announced|warned|added)\b", re.IGNORECASE)
_RESPONDED_TO_RE = re.compile(r"\b(?:respond|react|reply|replie)\w*\s+to\b", re.IGNORECASE)
_SAID_ABOUT_RE = re.compile(
    r"\b(?:say|said|says|saying|think|thought)\s+(?:\w+\s+){0,2}(?:about|of|on)\b", re.IGNORECASE
)


def _speaker_name(kb: KnowledgeBase, q: Question) -> str:
    asked = _asked_speaker(q)
    return shown_name(kb.members("entity", sorted(asked)[0])) if asked else "anyone"


def _asked_speaker(q: Question) -> frozenset[str] | None:
    """The one speaker a question names: the only name, or the only one before "say"."""
    if len(q.named) == 1:
        return q.named[0]
    return q.named[next(iter(q.speakers))] if len(q.speakers) == 1 else None


def _said_by(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether a unit is the words of the one the question names (or of their country's bodies)."""
    asked = _asked_speaker(q)
    if doc.kind != DocKind.QUOTE and not _spoke(doc.text):
        return False  # "Biden and Yoon adopted a pact": what Yoon did, no words of his
    return asked is not None and bool((_speaker_keys(kb, doc) or frozenset()) & _and_theirs(kb, asked))


def _speaker_keys(kb: KnowledgeBase, doc: Doc) -> frozenset[str] | None:
    """Whose words a unit is: a quote's speaker, else the sentence's subject."""
    return frozenset({kb.same("entity")(name_key(doc.speaker))}) if doc.speaker else _subject_keys(kb, doc)


_ACCORDING_RE = re.compile(r"^\s*According\s+to\s+[^,]+,\s*", re.IGNORECASE)


_GOING_RE = re.compile(
    r"\b(?:go|goes|went|gone|going|fl(?:y|ew|ies|ying)|head\w*|travel\w*|off\s+to)\b", re.I
)
_WENT_ON_RE = re.compile(r"\b(?:after|leaving|from)\b", re.IGNORECASE)
_PERSON_DID_RE = re.compile(r"^\W*where\s+(?:did|does|do|will|would|has|have|had)\s+\S", re.IGNORECASE)


def _by_the_one_asked(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """For "where did Austin fly": a unit in which the person the question starts with does
    something (their action, or a sentence with them its subject), not one naming them aside."""
    if not _PERSON_DID_RE.match(q.text) or not q.named or not any(_is_person(kb, k) for k in q.named[0]):
        return True
    if doc.kind == DocKind.ACTION and _doc_identities(kb, doc) & q.named[0]:
        return True
    return bool((_subject_keys(kb, doc) or frozenset()) & q.named[0])


def _subject_keys(kb: KnowledgeBase, doc: Doc) -> frozenset[str] | None:
    """Who a sentence is about, as plain word order shows it: the identities named before the
    first verb of each of its clauses ("In the joint statement, the three leaders said ...",
    "Austin, Shin and Kihara met; Kihara said ..."); None if no one is. Worked out once per unit:
    judging asks it of many units, for each name a question gives."""
    return _per_unit(kb, "ask-subjects", doc, lambda: (_worked_out_subjects(kb, doc),))[0]  # None kept too


def _worked_out_subjects(kb: KnowledgeBase, doc: Doc) -> frozenset[str] | None:
    found: set[str] = set()
    for n, clause in enumerate(doc.text.split(";")):
        typed = words(_ACCORDING_RE.sub("", clause))  # "According to the ministry, the U.S. side said"
        verb = next((i for i, w in enumerate(typed) if is_verb(w)), None)
        named = kb.names.mentions_in(typed, "entity")
        if verb is None:  # no verb shows where the subject ends: the sentence's first name alone,
            # not one something is done in response to ("..., in response to North Korea's ...")
            named = [m for m in named if typed[max(0, m[0] - 2) : m[0]] != ["response", "to"]]
            named = named[:1] if n == 0 else []
        elif verb and typed[verb - 1] in _BE and "by" in typed[verb + 1 : verb + 3]:
            # "China: was criticised by the three leaders": the leaders did it, not China
            by = typed.index("by", verb + 1)
            found.update(next((group for start, _, group in named if start > by), frozenset()))
            continue
        found.update(key for start, _, group in named if verb is None or start < verb for key in group)
    return frozenset(found) or None


_BE = frozenset("is are was were been being be".split())


def _sorted_out(
    kb: KnowledgeBase, q: Question, ranked: list[tuple[Doc, float]]
) -> tuple[list[Candidate], list[Candidate], list[Candidate]]:
    """The candidates judged, those about what is asked, and those of them that can answer it,
    best ranked first. Judging stops once ENOUGH can answer, except for "first"/"latest" and
    "after"/"before", which compare them by date, and for "which carriers", which names what
    each of them names."""
    judged: list[Candidate] = []
    relevant: list[Candidate] = []
    fitting: list[Candidate] = []
    acting = _acting_units(kb, q)
    since = _responded_since(kb, q)
    for hit_doc, score in ranked:
        if q.outlet is not None and normalize(hit_doc.article.article.outlet) != q.outlet:
            continue  # "according to the Diplomat": another outlet's account is not asked for
        if judged and _misses_a_name(kb, q, hit_doc):
            continue  # cannot be relevant, and only the first judged is read beyond these lists
        if (c := _judge(kb, q, hit_doc, score, acting)) is None:
            continue
        judged.append(c)
        if not _relevant(c):
            continue
        relevant.append(c)
        if _fits(kb, q, c.doc) and _responds(kb, q, c.doc, acting, since) and _ahead(q, c.doc):
            fitting.append(c)
            if (
                len(fitting) >= (ENOUGH * 3 if q.later is not None or _imprecise(q, fitting) else ENOUGH)
                and q.order is None
                and not q.plural
            ):
                break
    return judged, relevant, fitting


def _only_planned(q: Question, doc: Doc) -> bool:
    """Whether the question asks what came of something ("what was agreed at"), or whether a
    plan came true ("when did the hotline actually go live"), and the unit reports it only as
    planned or agreed to."""
    if _OUTCOME_RE.search(q.text) and _PROSPECTIVE_RE.search(doc.text):
        return True
    realized = _REALIZED_RE.search(q.text) and (q.asks == Asks.WHEN or q.yesno)
    if realized and _PLANNED_RE.search(doc.text):
        return True
    # "when is the hotline supposed to go live": a unit agreeing to set it up, dated the day it
    # was agreed, gives no time for it (one saying "by the end of 2023" does, as does an event
    # planned, dated when it is to be)
    scheduled = q.asks == Asks.WHEN and doc.kind != DocKind.EVENT and _SCHEDULED_RE.search(q.text)
    return bool(scheduled and _PLANNED_RE.search(doc.text) and not _TIME_SAID_RE.search(doc.text))


def _asked_by_then(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether the question asks of a time the unit's article covers: an event or a month no
    later than it came out ("by the 55th SCM", "by Nov 2023", of a November 2023 article); not
    "by the end of 2023" or "on time", after it."""
    if _DEADLINE_RE.search(q.text) or not _BY_THEN_RE.search(q.text):
        return False  # "did it ever happen": of no time, but whenever
    published = doc.article.article.published
    days = _event_dates(kb, q.events)
    if days:
        return max(days) <= published
    years = [int(y) for y in _YEAR_RE.findall(q.text)]
    asked = _month_asked(q.text) or (PartialDate(max(years)) if years else None)
    return asked is not None and asked <= published


_BY_THEN_RE = re.compile(r"\b(?:by|before|as\s+of|at\s+the\s+time\s+of)\b", re.IGNORECASE)
_DEADLINE_RE = re.compile(r"\b(?:on\s+time|new\s+years?|end\s+of)\b", re.IGNORECASE)
_STAGE_RE = re.compile(r"\bfinal\s+stages?\b|\bunder\s+way\b|\bunderway\b", re.IGNORECASE)
_SCHEDULED_RE = re.compile(
    r"\b(?:supposed\s+to|go(?:es|ing)?\s+live|take\s+effect|come\s+into\s+(?:force|effect)|be(?:come)?\s+operational)\b",
    re.IGNORECASE,
)
# the time a plan is to be done by: "by the end of 2023", "by the end of the year", "by March"
_DUE_BY_RE = re.compile(
    rf"\bby\s+(?:the\s+end\s+of\s+(?:the\s+year|this\s+year|{_YEAR_RE.pattern})"
    rf"|(?:early|mid|late)?\s*(?:{'|'.join(m.capitalize() for m in sorted(_MONTHS))})(?:\s+\d{{4}})?"
    rf"|{_YEAR_RE.pattern})",
)
# a time a unit gives in its own words: a year, a month, "next week", "the end of the year"
_TIME_SAID_RE = re.compile(
    rf"{_YEAR_RE.pattern}|\b(?:{'|'.join(sorted(_MONTHS))}|next\s+(?:week|month|year)|end\s+of\s+(?:the|this)\s+year)\b",
    re.IGNORECASE,
)


def _held_after_all(kb: KnowledgeBase, q: Question, chosen: list[Candidate]) -> Candidate | None:
    """Of the units near the best, one about the same event in an article reporting it held on a
    day, where the best only plans it."""
    planned = _event_key(kb, chosen[0].doc)
    if planned is None:
        return None
    for c in chosen[1:]:
        event = _event(c.doc)
        if (
            event is not None
            and not event.planned
            and c.cover >= chosen[0].cover - weights.TIME_LEAD
            and _event_key(kb, c.doc) == planned
            and c.doc.date is not None
            and c.doc.date.precision == Precision.DAY
            and not _only_planned(q, c.doc)
        ):
            return c
    return None


def _imprecise(q: Question, fitting: list[Candidate]) -> bool:
    """ "When ...", and none found so far dates it to the day: look further (_to_the_day_first);
    "who ...", and none found so far holds every word ("who led the ROK side at the TTX": the
    exercise's own units, not who led)."""
    if q.asks == Asks.WHO and all(c.missing for c in fitting):
        return True
    return q.asks == Asks.WHEN and not any(
        c.doc.date and c.doc.date.precision == Precision.DAY for c in fitting
    )


_WITHHELD_RE = re.compile(  # "the release did not say which scenarios were played out"
    r"\b(?:did|does|do|would|could)\s+not\s+(?:say|disclose|reveal|specify|detail|identify|name|elaborate)\b"
    r"|\b(?:declined|refused)\s+to\s+(?:say|disclose|reveal|specify|comment|name|elaborate)\b"
    r"|\b(?:was|were|is|are|has|have)\s+not\s+(?:been\s+)?(?:disclosed|made\s+public|revealed|specified)\b"
    r"|\bundisclosed\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[;,.:]")


def _left_untold(
    kb: KnowledgeBase, q: Question, judged: list[Candidate], relevant: list[Candidate]
) -> Candidate | None:
    """A unit among the best saying that what is asked was not made public ("which scenarios
    were played out": the release did not say): the answer is that the articles do not say,
    shown with that unit, rather than the unit beside it that says something else. Its paragraph
    may hold the setting ("at the Pentagon") the unit leaves out; or, the thing asked for being
    what it says was withheld ("scenarios"), its article may."""
    if q.asks not in (Asks.WHAT, Asks.HOW) or q.yesno:
        return None
    # what is asked: the thing or verb the answer must hold, else the bulk of the words
    essential = [w for w in q.words if w.essential]
    asked = essential or [w for w in q.words if not w.anchor and not w.setting]
    total = sum(w.weight for w in asked)
    about = relevant[0].doc.article if relevant else None  # an event named may be its paragraph's
    for n, c in enumerate(judged[: UNTOLD_AMONG * 4]):
        if c.unnamed or (c.unevented and c.doc.article is not about):
            continue
        untold = _withheld(c.doc.text)
        if not untold or sum(w.weight for w in asked if w.terms & untold) <= total / 2:
            continue
        if n < UNTOLD_AMONG and c.cover >= weights.UNTOLD_COVER:
            return c
        held = _article_features(kb, c.doc.article).held
        if (
            essential
            and all(w.held_by(untold) for w in essential)
            and all(w.held_by(held) for w in c.missing)
        ):
            return c
    return _withheld_in_article(kb, q, essential, relevant)


# "what exactly changed", "which specific scenarios", "the details of": specifics are asked
_SPECIFICS_RE = re.compile(
    r"\b(?:exact(?:ly)?|specific(?:ally|s)?|precise(?:ly)?|details?|in\s+detail)\b", re.I
)


def _withheld_in_article(
    kb: KnowledgeBase, q: Question, essential: list[Word], relevant: list[Candidate]
) -> Candidate | None:
    """ "What exactly changed in the revised TDS": the best answer's article saying the specifics
    asked for were not disclosed ("did not disclose the details of the revision"), though that
    sentence ranks below others naming the signing."""
    if not essential or not relevant or q.speech:  # "what did X say about": words, not details
        return None
    if not _SPECIFICS_RE.search(q.text):  # "what was revised at the SCM": the TDS, which it says
        return None
    articles = {c.doc.article.id: c.doc.article for c in relevant[:UNTOLD_AMONG]}
    for article in articles.values():
        for doc in kb.sentences_in(article, tuple(range(1, len(article.paragraphs) + 1))):
            untold = _withheld(doc.text)
            if untold and all(w.held_by(untold) for w in essential):
                return _judge(kb, q, doc, 0.0)
    return None


def _withheld(text: str) -> frozenset[str]:
    """The words of the clauses in which a text says something was not made public."""
    found: set[str] = set()
    for match in _WITHHELD_RE.finditer(text):
        start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, match.start())), default=0)
        end = next((m.start() for m in _CLAUSE_END.finditer(text, match.end())), len(text))
        found.update(terms(text[start:end]))
    return frozenset(found)


def _relevant(c: Candidate) -> bool:
    return (
        c.cover >= weights.COVER
        and not c.unnamed
        and not c.unevented
        and not _critical(c.missing)
        and not any(w.essential for w in c.missing)  # the thing or the verb asked about
    )


def _misses_a_name(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether a unit surely leaves out someone the question names (neither it nor its paragraph
    involves them): the cheap half of judging, which spares the words of units that cannot be
    relevant ("when did X meet Y" ranks many units involving only one of them)."""
    if not q.named:
        return False
    involved, nearby = _identities_near(kb, doc)
    return any(  # a name placing the answer in time may be held by the article: judged in full
        not (group & involved or group & nearby)
        and n not in q.anchored_named
        and len(group) < 2  # a bare name several share may be in it as typed (_said_as_typed)
        for n, group in enumerate(q.named)
    )


def _unheard(q: Question) -> list[Word]:
    """Words that settle it before looking: a name, a number or a rare word the articles never
    use. "Biden", "53rd", "tariffs" mean the question is about something else."""
    return [w for w in q.unknown if _critical((w,))]


def _critical(missing: tuple[Word, ...] | list[Word]) -> bool:
    """A number, or a name, the answer does not hold: "53rd", "Biden". Other words only count
    towards coverage, by how much they say."""
    return any(w.number or w.evidence >= weights.NAME_WEIGHT for w in missing)


def _chosen(kb: KnowledgeBase, q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """The answer first, then the others worth showing. For "first" and "latest", of the
    candidates near the best, the earliest or the latest by date (then article)."""
    # "why did they time the first NCG meeting with the port call": "first" names the meeting; a
    # reason is no earlier or later than another
    if q.order is None or len(fitting) < 2 or q.asks == Asks.WHY:
        best = max(fitting, key=lambda c: c.cover, default=None)
        if best is not None and best.cover > fitting[0].cover + weights.COVER_LEAD:
            fitting = _put_first(fitting, best)
        if q.asks == Asks.WHEN:
            fitting = _done_first(q, _to_the_day_first(fitting))
        if q.also_where:
            fitting = _placed_too_first(kb, q, fitting)
        fitting = _within_first(kb, q, _in_time_first(kb, q, _placed_first(q, _literal_first(fitting))))
        if q.asks == Asks.DURATION:  # after the literal: "how long does it run" asks no "runs until"
            fitting = _lengths_first(fitting)
        fitting = _origin_first(q, fitting) if q.asks == Asks.WHERE else fitting
        fitting = _of_the_month_first(q, fitting) if q.asks != Asks.WHEN else fitting
        fitting = _individuals_first(kb, q, _party_first(kb, q, _subject_first(kb, q, fitting)))
        fitting = _people_first(kb, q, fitting) if q.asks == Asks.WHO else fitting
        fitting = _predecessor_first(q, fitting) if q.asks == Asks.WHO else fitting
        fitting = _quoted_first(kb, q, fitting) if q.speech else fitting
        fitting = _denied_first(q, fitting) if q.yesno else fitting
        # "freedom shield was like a 2 week thing right": a length claimed, checked against one given
        fitting = _lengths_first(fitting) if q.yesno and _LENGTH_RE.search(q.text) else fitting
        fitting = _likened_first(q, fitting) if q.likened else fitting
        fitting = _condition_first(fitting) if q.condition else fitting
        fitting = _phrased_first(q, fitting) if q.asks == Asks.WHAT else fitting
        fitting = _event_told_first(fitting) if _HAPPENED_AT_RE.search(q.text) else fitting
        return _naming_first(q, fitting) if q.naming else fitting
    if q.asks == Asks.WHEN and (since := [c for c in fitting if _last_before(q, c.doc) is not None]):
        return _put_first(fitting, max(since, key=lambda c: c.cover))  # "the first since 1981"
    near = _near_best(fitting)
    near = [c for c in near if _says_order(q, c.doc)] or near
    people = _people_named(kb, q)
    if len(people) == 1 and q.asks != Asks.WHO:  # "what is Shin doing now": the latest about him
        near = [c for c in near if _subject(kb, c.doc) in people[0]] or near

    def when(c: Candidate) -> tuple[object, ...]:
        date = c.doc.date
        return (
            date is not None,
            date.year if date else 0,
            date.month if date else 0,
            date.day if date else 0,
        )

    pick = (
        max(near, key=when) if q.order == Order.LAST else min(near, key=lambda c: (not c.doc.date, when(c)))
    )
    if (month := pick.doc.date) is not None and month.precision != Precision.DAY:
        # "in July 2023" is no earlier than "18 July 2023": of the same time, the better ranked
        pick = next((c for c in near if c is pick or (c.doc.date and _within(c.doc.date, month))), pick)
    return _put_first(fitting, pick)


_WITHIN_RE = re.compile(  # "where in Pyongyang were ...", "from where exactly in South Korea did ..."
    r"^\W*(?:from\s+)?where\s+(?:exactly\s+|precisely\s+|abouts\s+)?in\s+(?:the\s+)?([\w'’-]+(?:\s+(?!(?:is|are|was|were|did|does|do|had|has|have)\b)[\w'’-]+)?)",
    re.IGNORECASE,
)


def _quoted_first(kb: KnowledgeBase, q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "What did Biden say about ...": his own words, quoted in the paragraph the best answer
    gives in other words ("Biden said the U.S. would not station ..."), first."""
    best = fitting[0]
    if best.doc.kind == DocKind.QUOTE or _asked_speaker(q) is None:
        return fitting
    quoted = (
        c
        for c in fitting[1:]
        if c.doc.kind == DocKind.QUOTE
        and c.doc.article is best.doc.article
        and set(c.doc.paragraphs) & set(best.doc.paragraphs)
        and _said_by(kb, q, c.doc)
    )
    return _put_first(fitting, next(quoted, None))


def _denied_first(q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "Did they come up with any new plan for talks": a unit saying there is "no new strategy"
    answers it, before one as good on words about a plan they did adopt."""
    near = [c for c in fitting[1:] if c.cover >= fitting[0].cover - weights.DENIAL_LEAD]
    return _put_first(fitting, next((c for c in near if _denies(q, c.doc)), None))


def _likened_first(q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "Is the Commitment to Consult like a NATO-style defence pact": NATO, which no article
    names, is set aside, but of the units as good as the best, one saying what it is or is not
    in the rest of those words ("not a collective defense pact") answers."""
    likened = set(terms(q.likened))
    near = _near_best(fitting)
    pick = max(near, key=lambda c: len(likened & set(terms(c.doc.text))))
    return _put_first(fitting, pick if likened & set(terms(pick.doc.text)) else None)


def _denies(q: Question, doc: Doc) -> bool:
    """Whether a unit says there is "no" such thing as the question asks "any" of ("any new
    plan": "no new strategy")."""
    asked = _any_of(q.text)
    typed = words(doc.text)
    return bool(asked) and any(w == "no" and stem(typed[at + 1]) in asked for at, w in enumerate(typed[:-1]))


def _any_of(text: str) -> set[str]:
    typed = words(text)
    return {stem(typed[at + 1]) for at, w in enumerate(typed[:-1]) if w == "any"}


_TAKING_OVER = r"(?:replac\w*|succeed\w*|t[ao]ke?s?\s+over\s+from|took\s+over\s+from|taking\s+over\s+from)"
# "who replaced Lee as minister", "who took over from Austin": the one after X, asked
_SUCCESSOR_ASKED_RE = re.compile(
    rf"\bwho\s+(?:(?:ended\s+up|has|had|then)\s+)?{_TAKING_OVER}"
    r"\s+(?P<x>.+?)(?=\s+as\b|\s+in\b|\s+at\b|\s+and\b|[?,.!]|$)",
    re.IGNORECASE,
)
# a unit's words for one taking over from another: who comes after the verb was replaced (but
# "Lee: Was replaced ... by Shin", where the one before the verb was)
_REPLACING_RE = re.compile(rf"(?<!\bwas\s)(?<!\bbeen\s)\b{_TAKING_OVER}\s+(?P<y>[^,.;]+)", re.IGNORECASE)
_REPLACED_BY_RE = re.compile(r"\b(?:was|been)\s+(?:replaced|succeeded)\b", re.IGNORECASE)


def _names_successor(doc: Doc, replaced: str) -> bool:
    """Whether a unit says someone took over from the one asked about ("replacing Lee Jong-sup",
    "Lee: Was replaced by Shin"), not whom they took over from themselves ("Kim ..., succeeding
    Shin")."""
    asked = set(terms(replaced))
    if (passive := _REPLACED_BY_RE.search(doc.text)) is not None:
        return bool(asked & set(terms(doc.text[: passive.start()])))
    return any(asked & set(terms(found["y"])) for found in _REPLACING_RE.finditer(doc.text))


# "who did Kim Yong-hyun replace": the one before X, asked
_PREDECESSOR_ASKED_RE = re.compile(
    r"\bwho(?:m)?\s+did\s+(?P<x>.+?)\s+(?:replace|succeed|take\s+over\s+from)\b", re.IGNORECASE
)


def _predecessor_first(q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "Who did Kim Yong-hyun replace": of the units covering the question about as well as the
    best, one saying whom he took over from ("..., succeeding Shin Won-sik") first, before one
    naming his predecessor beside others ("Kim's predecessor, Shin, held the SCM with Austin")."""
    asked = _PREDECESSOR_ASKED_RE.search(q.text)
    if asked is None or len(fitting) < 2:
        return fitting
    x = set(terms(asked["x"]))

    def took_over(c: Candidate) -> bool:
        found = _REPLACING_RE.search(c.doc.text)
        return (
            found is not None
            and not x & set(terms(found["y"]))
            and bool(x & set(terms(c.doc.text[: found.start()])))
        )

    if took_over(fitting[0]):
        return fitting
    return _put_first(fitting, next((c for c in _near_best(fitting) if took_over(c)), None))


def _names_predecessor(doc: Doc, replaced: str) -> bool:
    """Whether a unit says whom the one asked about took over from, not who took over from them."""
    named = _REPLACING_RE.search(doc.text) or _REPLACED_BY_RE.search(doc.text)
    return named is not None and not _names_successor(doc, replaced)


def _put_first(fitting: list[Candidate], pick: Candidate | None) -> list[Candidate]:
    """The candidates with `pick` (one of them) first, the rest in their order; as they are if None."""
    return fitting if pick is None else [pick, *(c for c in fitting if c is not pick)]


def _near_best(fitting: list[Candidate]) -> list[Candidate]:
    """The candidates covering the question about as well as the best (within NEAR_COVER)."""
    return [c for c in fitting if c.cover >= fitting[0].cover - NEAR_COVER]


def _condition_first(fitting: list[Candidate]) -> list[Candidate]:
    """ "What does NK want before it will talk": of the units about as good as the best, one
    stating a condition ("must be suspended before it will consider ...") first."""
    near = _near_best(fitting)
    return _put_first(fitting, next((c for c in near if _CONDITION_RE.search(c.doc.text)), None))


# "what's the phrase for the approach they took": words of theirs, quoted, are asked for
_PHRASE_ASKED_RE = re.compile(rf"\b(?:{PHRASE_WORDS})\b", re.IGNORECASE)
_QUOTED_RE = re.compile(r"[“\"][^”\"]{3,60}[”\"]")


def _phrased_first(q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """For "what's the phrase for ...": of the units covering the question as well as the best,
    one quoting a phrase first."""
    if len(fitting) < 2 or not _PHRASE_ASKED_RE.search(q.text) or _QUOTED_RE.search(fitting[0].doc.text):
        return fitting
    near = _near_best(fitting)
    return next((_put_first(fitting, c) for c in near if _QUOTED_RE.search(c.doc.text)), fitting)


# "what happened at camp david", "wat happend at the 55th scm": the event told, whole
_HAPPENED_AT_RE = re.compile(r"\bwh?at\s+(?:happen|happend|happened|went\s+down)\s+(?:at|in|during)\b", re.I)


def _event_told_first(fitting: list[Candidate]) -> list[Candidate]:
    """For "what happened at X": of the units covering the question as well as the best, the
    event's own (what it was and what was done there) before a detail told of it."""
    if len(fitting) < 2 or fitting[0].doc.kind == DocKind.EVENT:
        return fitting
    return _put_first(fitting, next((c for c in _near_best(fitting) if c.doc.kind == DocKind.EVENT), None))


def _literal_first(fitting: list[Candidate]) -> list[Candidate]:
    """Of the units covering the question as well as the best, one holding clearly more of it in
    the asker's own words, not the vocabulary's ("mutual defense treaty", not "alliance"), first."""
    if len(fitting) < 2:
        return fitting
    near = _near_best(fitting)
    pick = max(near, key=lambda c: c.literal)
    if pick.literal <= fitting[0].literal + weights.LITERAL_LEAD:
        return fitting
    return _put_first(fitting, pick)


def _within_first(kb: KnowledgeBase, q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "Where in Pyongyang were they launched": of the units about as good as the best, one
    putting its place in Pyongyang ("from the Sunan area of Pyongyang") goes first."""
    within = _WITHIN_RE.match(q.text)
    if q.asks != Asks.WHERE or within is None or len(fitting) < 2:
        return fitting
    place = set(terms(within.group(1)))
    near = _near_best(fitting)
    pick = next((c for c in near if place and place <= set(terms(c.doc.text))), None)
    return _put_first(fitting, pick)


def _placed_first(q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "The missiles fired the morning after the sub docked": of the units nearly as good as the
    best, one whose article holds every word placing it in time answers before the best, if the
    best's lacks one (an article that never says "docked" is not about that morning) and that
    one is the only article that does (of two, which summit "after the summit" means is unsure)."""
    # the words that say something of the time ("docked", not "like"); not "in return for"
    placing = (
        [w for w in q.words if w.anchor and w.evidence >= weights.TELLING] if q.later is not None else []
    )
    if not placing or len(fitting) < 2 or not any(w in fitting[0].missing for w in placing):
        return fitting
    near = (c for c in fitting if c.cover >= fitting[0].cover - weights.TIME_LEAD)
    placed = [c for c in near if not any(w in c.missing for w in placing)]
    if len({c.doc.article.id for c in placed}) != 1:
        return fitting
    return _put_first(fitting, placed[0])


# "where were the missiles fired from", "fired from where in pyongyang"
_ASKS_FROM_RE = re.compile(r"\bfrom(?:\W*$|\s+where\b)", re.IGNORECASE)
_SAYS_FROM_RE = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z]")  # "fired two missiles from the Sunan area"


def _origin_first(q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "Where were the missiles fired from": of the units covering the question as well as the
    best, one saying where from answers first, not one saying only where to ("into the Yellow
    Sea")."""
    if len(fitting) < 2 or not _ASKS_FROM_RE.search(q.text) or _SAYS_FROM_RE.search(fitting[0].doc.text):
        return fitting
    near = _near_best(fitting)
    return next((_put_first(fitting, c) for c in near if _SAYS_FROM_RE.search(c.doc.text)), fitting)


def _in_time_first(kb: KnowledgeBase, q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "Where did they go the day after the Pentagon exercise": of the units nearly as good as
    the best, the one dated nearest after the exercise answers, not the exercise itself
    ("before": before); "right before the drills": the nearest even when the best is in time."""
    told = _told_in_relation(q, fitting) if q.asks not in (Asks.WHEN, Asks.DURATION) else None
    if told is not None:
        return _put_first(fitting, told)  # "before he became defense minister", in its own words
    anchor = _anchor_date(kb, q, fitting) if q.later is not None and len(fitting) > 1 else None
    if anchor is None or (_in_time(fitting[0].doc.date, anchor, q.later) and not q.next_to):
        return fitting
    # the best is the event placing the answer itself ("where did they meet before Camp David":
    # Camp David): any unit wholly before it in time will do, however precisely dated
    itself = not q.yesno and _the_anchor(kb, q, fitting[0].doc)
    near = [c for c in fitting if c.cover >= fitting[0].cover - weights.TIME_LEAD]
    timed = [c for c in near if _in_time(c.doc.date, anchor, q.later, spans=itself)]
    # "the day before the drills": of those in time, the nearest to it (ties: the better ranked)
    pick = min(timed, key=lambda c: abs(_ordinal(c.doc.date) - _ordinal(anchor)), default=None)
    return _put_first(fitting, pick)


RELATION_REACH = 4  # "before he became defense minister": how far after "before" what it is before may be


def _told_in_relation(q: Question, fitting: list[Candidate]) -> Candidate | None:
    """ "What did Kim do before being minister": of the units covering the question about as
    well as the best, one saying "before" (or "after") what the question places it by ("led the
    Presidential Security Service before he became defense minister"), whatever the units' dates;
    None if the best does, or none does."""
    if q.later is None or len(fitting) < 2 or q.next_to:  # "right before": the nearest in time
        return None
    relation = "after" if q.later else "before"
    placing = {t for w in q.words if w.anchor for t in w.terms}
    if not placing:
        return None

    def says(c: Candidate) -> bool:
        typed = words(c.doc.text)
        return any(
            w == relation and placing & set(terms(" ".join(typed[at + 1 : at + 1 + RELATION_REACH])))
            for at, w in enumerate(typed)
        )

    if says(fitting[0]):
        return None
    return next((c for c in _near_best(fitting) if says(c)), None)


def _of_the_month_first(q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "What did Seoul do in March that made Camp David possible": of the units nearly as good
    as the best, one dated in the month asked about answers, before one not dated in it (the
    thaw it led to, told undated)."""
    found = _IN_MONTH_RE.search(q.text)
    if found is None or len(fitting) < 2:
        return fitting
    month = _month_number(found.group(1))
    year = int(found.group(2)) if found.group(2) else None

    def in_month(c: Candidate) -> bool:
        date = c.doc.date or c.doc.article.article.published  # undated: of the news it is in
        return (
            date is not None
            and date.precision != Precision.YEAR
            and date.month == month
            and (year is None or date.year == year)
        )

    if in_month(fitting[0]):
        return fitting
    near = (c for c in fitting if c.cover >= fitting[0].cover - weights.TIME_LEAD)
    return _put_first(fitting, next((c for c in near if in_month(c)), None))


def _to_the_day_first(fitting: list[Candidate]) -> list[Candidate]:
    """ "When was the Washington Declaration": of the units covering the question as well as the
    best, which dates it only to its month ("in April 2023"), one dating the same time to the day
    (26 April 2023) answers first: the same date, told precisely."""
    best = fitting[0].doc.date
    if best is None or best.precision == Precision.DAY or len(fitting) < 2:
        return fitting
    near = _near_best(fitting)
    pick = next(
        (
            c
            for c in near
            if c.doc.date is not None and c.doc.date.precision == Precision.DAY and _within(c.doc.date, best)
        ),
        None,
    )
    return _put_first(fitting, pick)


def _within(day: PartialDate, period: PartialDate) -> bool:
    return day.year == period.year and (period.precision == Precision.YEAR or day.month == period.month)


def _ordinal(date: PartialDate | None) -> int:
    """A date as a number of days, a missing month or day as the first."""
    return 0 if date is None else date.year * 372 + max(date.month, 1) * 31 + max(date.day, 1)


def _the_anchor(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether a unit is about an event the question places its answer by ("before Camp David")."""
    return any(_features(kb, doc).about & q.events[n] for n in q.anchored_events)


def _in_time(date: PartialDate | None, anchor: PartialDate, later: bool | None, spans: bool = False) -> bool:
    """Whether a date is after (or before) the anchor's, both as precise: "in 2023" is neither
    before nor after "22 February 2023". With `spans`, wholly after or before: "November 2022"
    is before it."""
    if date is None or (date.precision != anchor.precision and not spans):
        return False
    if spans:
        return _span(date)[0] > _span(anchor)[1] if later else _span(date)[1] < _span(anchor)[0]
    return date > anchor if later else date < anchor


def _span(date: PartialDate) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The first and last day a date may be, as (year, month, day)."""
    return (date.year, date.month or 1, date.day or 1), (date.year, date.month or 12, date.day or 31)


def _anchor_date(kb: KnowledgeBase, q: Question, fitting: list[Candidate]) -> PartialDate | None:
    """The date of what the question places its answer against: the event it names after
    "after"/"before", or the one event of the candidates' articles whose names hold all those
    words ("the Pentagon exercise": the "Pentagon table-top exercise"; the answer's article
    holds what places it, see _judge). None unless it is one date."""
    groups = [q.events[n] for n in sorted(q.anchored_events)]
    if groups:
        dates = _event_dates(kb, groups)
    else:
        placing = [w for w in q.words if w.anchor]
        articles = {id(c.doc.article): c.doc.article for c in fitting}.values()
        held = [
            (article, event)
            for article in articles
            for event in article.events
            if event.date is not None and placing and all(_names_hold(event, w) for w in placing)
        ]
        dates = {event.date for _, event in held if event.date is not None}
        if len(dates) > 1:  # "before the drills": "Freedom Shield drills", not the "firing drill"
            held = [(a, e) for a, e in held if all(_names_say(e, w) for w in placing)] or held
            dates = {event.date for _, event in held if event.date is not None}
        if len(dates) > 1:  # "after the sub arrived": the Kentucky, which its article reports, not
            # the 1981 visit it looks back to
            own = [e for a, e in held if kb.same("event")(name_key(e.name)) in _own_events(kb, a)]
            dates = {e.date for e in own if e.date is not None} or dates
        if len(dates) > 1:  # "after the Pentagon session": the one the best answer's article has
            best = [e for a, e in held if a is fitting[0].doc.article]
            dates = {e.date for e in best if e.date is not None} or dates
    return dates.pop() if len(dates) == 1 else None


def _names_hold(event: Event, word: Word) -> bool:
    said = {t for name in (event.name, *event.aliases) for t in terms(name)}
    return word.held_by(said)


def _names_say(event: Event, word: Word) -> bool:
    """A name of the event holds the word as the asker typed it, not only its stem."""
    typed = re.compile(rf"(?<!\w){re.escape(word.typed)}(?!\w)", re.IGNORECASE)
    return any(typed.search(name) for name in (event.name, *event.aliases))


def _says_order(q: Question, doc: Doc) -> bool:
    """Whether a unit says which is first or latest of what is asked ("the first trilateral
    multi-domain exercise", "Shin is now ..."): then it answers, whatever its date. Not "last
    November", "the first update in ten years": the word must be of a thing the question asks
    about (or the question asks of a name alone)."""
    order = FIRST_WORDS if q.order == Order.FIRST else LAST_WORDS
    typed = words(doc.text)
    asked = {t for w in q.words for t in w.terms} - {stem(o) for o in order}
    for at, word in enumerate(typed):
        if word in order and (not asked or any(set(terms(w)) & asked for w in typed[at + 1 : at + 4])):
            return True
    return False


def _subject_first(kb: KnowledgeBase, q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """A question about one person ("what was Shin's background") is answered by a unit about
    that person, of those nearly as good, before one about someone else that names them in
    passing ("Kim, a retired general, ... succeeding Shin"). Not for "who": that asks for
    someone else; nor over a best unit about no one ("the declaration gives Seoul ...")."""
    people = _people_named(kb, q)
    if len(people) != 1 or q.asks == Asks.WHO or len(fitting) < 2:
        return fitting
    first = _subject(kb, fitting[0].doc)
    if first in people[0] and not _named_in_passing(kb, fitting[0].doc, people[0]):
        return fitting  # the best is about them
    if first is None and not (q.asks == Asks.HOW and _subject_keys(kb, fitting[0].doc)):
        return fitting  # about no one else: "the declaration gives Seoul ...", a quote
    # "how did Biden warn North Korea": his own warning, not "the leaders agreed ... warning data"
    near = (c for c in fitting if c.cover >= fitting[0].cover - weights.SUBJECT_LEAD)
    pick = next(
        (c for c in near if _subject(kb, c.doc) in people[0] and not _named_in_passing(kb, c.doc, people[0])),
        None,
    )
    return _put_first(fitting, pick)


def _party_first(kb: KnowledgeBase, q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """A question about what one country or body does ("is the US going to put nukes back") is
    answered by a unit in which it, or one of its people, acts ("Biden ruled out ..."), of those
    nearly as good, before one in which others act and it is named in passing ("South Koreans'
    support ... rather than redeploying U.S. nuclear weapons")."""
    acting = [group for n, group in enumerate(q.named) if n in q.subjects]
    if len(acting) != 1 or q.asks == Asks.WHO or len(fitting) < 2:
        return fitting
    if any(_is_person(kb, key) for key in acting[0]):
        return fitting  # a person: _subject_first
    citizens = _table(kb, "citizens")
    party = acting[0] | {member for key in acting[0] for member in citizens.get(key, ())}

    def acts(c: Candidate) -> bool:
        return bool((_subject_keys(kb, c.doc) or frozenset()) & party)

    if acts(fitting[0]) or _subject_keys(kb, fitting[0].doc) is None:
        return fitting
    near = (c for c in fitting if c.cover >= fitting[0].cover - weights.SUBJECT_LEAD)
    return _put_first(fitting, next((c for c in near if acts(c)), None))


def _people_first(kb: KnowledgeBase, q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "Who was at the Camp David summit": of the units nearly as good as the best, which names
    only countries or bodies, one holding every word asked and naming people (Biden hosted Yoon
    and Kishida) answers first."""
    if len(fitting) < 2 or _names_people(kb, q, fitting[0].doc):
        return fitting
    near = (c for c in fitting if c.cover >= fitting[0].cover - NEAR_COVER and not c.missing)
    return _put_first(fitting, next((c for c in near if _names_people(kb, q, c.doc)), None))


def _names_people(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether those a unit gives for "who" are people (_others gives people first, if any)."""
    others = set(_others(kb, q, doc))
    involved = (kb.entity(doc.article, i) for i in doc.entities)
    return any(e is not None and e.kind == EntityKind.PERSON and e.name in others for e in involved)


def _named_in_passing(kb: KnowledgeBase, doc: Doc, person: frozenset[str]) -> bool:
    """Whether a sentence names someone only after its subject and verb ("A B-52H flew ... as
    Washington making good on Austin's promise"), not as who acts."""
    subjects = _subject_keys(kb, doc)
    return subjects is not None and not (subjects & person) and doc.kind != DocKind.ACTION


def _subject(kb: KnowledgeBase, doc: Doc) -> str | None:
    """The first person a unit names (an action's actor comes first)."""
    for _, _, keys in kb.names.mentions_in(words(doc.text), "entity"):
        if person := next((key for key in sorted(keys) if _is_person(kb, key)), None):
            return person
    return None


_RECENT_RE = re.compile(
    r"\b(?:recent|recently|earlier|previous|past)\s+((?:[\w-]+\s+){0,2}[\w-]+)"
    # "three days before the submarine launch, on 9 March": a time reckoned from the launch
    r"|\b(?:days?|weeks?|hours?|months?)\s+(?:before|after)\s+(?:the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)"
    # "in the final stage before its launch by the end of the year": the launch is still to come
    r"|\bbefore\s+(?:its|their)\s+([\w-]+)",
    re.I,
)


def _mentioned_as_earlier(q: Question, doc: Doc) -> bool:
    """ "When did the drones fly into South Korea": a unit dated the day of a statement that
    condemned "recent drone incursions" does not date the incursions, which came before it; one
    dated "three days before the submarine launch" does not date the launch, nor one saying the
    system was ready "before its launch" the launch. A word of the question (no name, number or
    month) held by the unit only there."""
    earlier = {t for m in _RECENT_RE.finditer(doc.text) for t in terms(next(g for g in m.groups() if g))}
    said = [w for w in q.words if not w.number and not w.anchor and not (w.terms & _MONTH_TERMS)]
    if not earlier or not said:  # most units call nothing recent: no more work
        return False
    # any word of it: "submarine" in "three days before the submarine launch", "launch" in "before its launch"
    rest = set(terms(_RECENT_RE.sub(" ", doc.text)))
    return any(w.held_by(earlier) and not w.held_by(rest) for w in said)


def _only_people(kb: KnowledgeBase, typed: str) -> bool:
    """Whether a phrase names people and nothing else ("Austin", "the two ministers" is not)."""
    said = [w for w in words(typed) if w not in ("the", "and")]
    found = kb.names.mentions_in(said, "entity")
    return (
        bool(found)
        and sum(end - start for start, end, _ in found) == len(said)
        and all(any(_is_person(kb, key) for key in keys) for _, _, keys in found)
    )


def _people_named(kb: KnowledgeBase, q: Question) -> list[frozenset[str]]:
    """The names a question gives that are people's (each the identities it may mean)."""
    return [g for g in q.named if any(_is_person(kb, key) for key in g)]


def _is_person(kb: KnowledgeBase, key: str) -> bool:
    members = kb.names.members("entity", key)
    return bool(members) and getattr(members[0].item, "kind", None) == EntityKind.PERSON


def _naming_first(q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "Why is the exercise called Freedom Shield": of the best units that can answer, one
    saying what a name stands for ("the word Shield in its name stands for that") before units
    that only use the name ("Freedom Shield, the allies' largest exercise")."""
    pick = next((c for c in fitting[:NAMING_AMONG] if _NAMING_RE.search(c.doc.text)), None)
    return _put_first(fitting, pick)


def _placed_too_first(kb: KnowledgeBase, q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "When and where was the TTX": of the units covering the question about as well as the
    best, one giving a place as well as a date before one giving only the date."""
    near = [c for c in fitting if c.cover >= fitting[0].cover - weights.COVER_LEAD]
    placed = next((c for c in near if _where(kb, q, c.doc) is not None), None)
    return _put_first(fitting, placed)


_WHEN_DID_RE = re.compile(r"^\W*when\s+did\b", re.IGNORECASE)


def _done_first(q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """ "When did Austin meet Kim": of the units near the best, one telling it done before one
    saying they are due to do it ("are due to join ... for a 2+2 meeting")."""
    if not fitting or not _WHEN_DID_RE.match(q.text) or not _PROSPECTIVE_RE.search(fitting[0].doc.text):
        return fitting
    done = next((c for c in _near_best(fitting) if not _PROSPECTIVE_RE.search(c.doc.text)), None)
    return _put_first(fitting, done)


def _lengths_first(fitting: list[Candidate]) -> list[Candidate]:
    """ "How long": of the units covering the question about as well as the best, one giving a
    length ("an 11-day exercise") before one giving only an end ("runs until 23 March")."""
    near = [c for c in fitting if c.cover >= fitting[0].cover - weights.COVER_LEAD]
    stated = next((c for c in near if _LENGTH_RE.search(c.doc.text)), None)
    return _put_first(fitting, stated)


# --- 2. shortcuts: the article itself, taught phrasings, a question that is only a name ---


# "summarize pls", "yo whats the tldr", "tl;dr camp david", "give me a quick recap of the 55th scm
# story", "what's new": /summary, of the article named if any
_SUMMARY_ASKED_RE = re.compile(
    r"^\W*(?:(?:yo|hey|ok|okay|so|pls|please|plz|can\s+(?:you|u)|could\s+(?:you|u)|give\s+(?:me|us)|"
    r"i\s+(?:want|need)|what(?:['’]?s|\s+is|s)|whats)\s+)*(?:(?:a|the|an|quick|short|brief)\s+)*"
    r"(?:summary|summarize|summarise|sum\s+(?:it\s+)?up|tl\W?dr|recap|overview|gist|rundown|run\s+down|"
    r"main\s+points|new|latest(?:\s+news)?)\b(?:\s+(?:of|on|for|about|from|in))?(?P<x>.*?)\W*$",
    re.IGNORECASE,
)
# "how many articles are there", "how many stories do you have": the knowledge base's own count
_ARTICLES_COUNTED_RE = re.compile(
    r"^\W*how\s+many\s+(?:news\s+)?(?:articles|stories|pieces|reports|sources)\s+(?:are\s+there|do\s+(?:you|u)"
    r"\s+(?:have|know)|are\s+(?:in|on)\s+(?:the\s+|this\s+|ur\s+|your\s+)?(?:kb|knowledge\s+base|bot|here|list))\W*$",
    re.IGNORECASE,
)
# "what did the diplomat article say": that article's summary
_ARTICLE_SAID_RE = re.compile(
    r"^\W*what\s+(?:did|does)\s+(?:the\s+|that\s+)?(?P<x>.*?)\s*(?:article|story|piece|report)\s+say\W*$",
    re.IGNORECASE,
)


def _summary_asked(kb: KnowledgeBase, q: Question) -> Answer | None:
    """A request for a summary rather than a question: /summary, of the article it names (by
    title words or outlet), else of the newest."""
    found = _SUMMARY_ASKED_RE.match(q.text) or _ARTICLE_SAID_RE.match(q.text)
    if found is None:
        return None
    named = lookups.article_named(found["x"]) or q.outlet
    answer = lookups.summary(kb, named)
    return _relabel(answer) if answer.matched or not named else None


def _about_article(kb: KnowledgeBase, q: Question) -> Answer:
    """Questions about an article itself: its outlet, date, link, author. With several articles,
    the one the rest of the question is about (its title, standfirst and summary)."""
    counted = set(_STORIES_COUNTED_RE.findall(q.text))  # "which two stories": how many, not what about
    about = [
        w
        for w in q.words
        if not set(w.typed.split()) & (SOURCE_WORDS | ARTICLE_WORDS | PUBLISHING_WORDS)
        and w.typed not in counted
    ]

    def held(have: set[str]) -> int:
        """How many of the words and names asked an article's text holds, each word once, in any
        of its forms ("trip": a visit or a port call is one word held, not two)."""
        named = sum(any(set(terms(key)) <= have for key in group) for group in q.named)
        return sum(w.held_by(have) for w in about) + named

    articles = kb.articles
    outlets = outlets_named(kb, q.text)
    if MENTIONING_RE.match(q.text) and (about or q.named):
        return _articles_saying(kb, q, about)
    if _SAME_DAY_RE.search(q.text) and (together := _published_together(articles)):
        return _same_day(
            _relabel(lookups.sources(kb, together)), together
        )  # "which two came out the same day"
    if len(articles) > 1 and (about or q.named or q.events):
        # the article reporting the event asked about, then what the article says, its headline
        # first: many articles recall a meeting, one is about it
        scored = sorted(
            (
                (
                    # "what headline did the Diplomat put on the Austin and Lee story": its article
                    # (of one outlet named; two are options: "Pacific Defense Review or ...")
                    len(outlets) == 1 and normalize(a.article.outlet) in outlets,
                    sum(bool(group & _own_events(kb, a)) for group in q.events),
                    held(_article_terms(a)),
                    held(_headline_terms(a)),
                ),
                a.id,
            )
            for a in articles
        )[::-1]
        if q.plural and scored[0][0][1]:  # "which outlets covered X": every article reporting it
            reporting = {key for (_, events, *_), key in scored if events == scored[0][0][1]}
            articles = [a for a in articles if a.id in reporting]
        elif q.plural and scored[0][0][2]:  # "... the march 13 stuff": every article saying as much
            saying = {key for (_, _, said, _), key in scored if said == scored[0][0][2]}
            articles = [a for a in articles if a.id in saying]
        elif any(scored[0][0][:3]):  # the best one, or those alike best ("the freedom shield article")
            best = {key for score, key in scored if score == scored[0][0]}
            articles = [a for a in articles if a.id in best]
    order = Order.FIRST if _OLDEST_RE.search(q.text) else q.order
    if order is not None and len(articles) > 1:  # "the newest article", "which came out first"
        days = [a.article.published for a in articles]
        day = max(days) if order == Order.LAST else min(days)
        articles = [a for a in articles if a.article.published == day]
    if len(articles) > 1:
        return _same_day(_relabel(lookups.sources(kb, articles)), articles)
    found = lookups.source(kb, articles[0].id)
    if found.matched and q.author and not any(f.name == "Author" for f in found.fields):
        text = f"The knowledge base does not name the author. {found.text}".strip()
        return replace(found, command="ask", text=text, matched=False, kind=Kind.NOT_FOUND)
    return _relabel(found)


_OLDEST_RE = re.compile(r"\b(?:oldest|earliest)\b", re.IGNORECASE)
_STORIES_COUNTED_RE = re.compile(
    r"\b(two|three|four|five|both|\d)\s+(?:articles|stories|pieces|reports|outlets|write-?ups)\b",
    re.IGNORECASE,
)
_SAME_DAY_RE = re.compile(r"\bsame\s+(?:day|date)\b", re.IGNORECASE)


def _published_together(articles: list[ArticleFile]) -> list[ArticleFile]:
    """The articles that came out on a day another one did too."""
    days = Counter(a.article.published for a in articles)
    return [a for a in articles if days[a.article.published] > 1]


def _articles_saying(kb: KnowledgeBase, q: Question, about: list[Word]) -> Answer:
    """ "Which articles mention the Kentucky", "... have the 'swift response' line": every one
    involving all it names, whose own text holds all its words ("line" being where, not
    what), or none."""
    asked = [w for w in about if w.typed not in _PASSAGE_WORDS]
    untold = [w for w in q.unknown if w.typed not in _PASSAGE_WORDS]
    mentioning = [a for a in _may_say(kb, q, asked) if all(w.held_by(_text_terms(kb, a)) for w in asked)]
    if any(_says_something(w) or _critical((w,)) for w in untold) or not mentioning:
        return _not_answerable(kb, q, "No article's text says it.")  # "which articles mention the olympics"
    if len(mentioning) > 1:
        return _same_day(_relabel(lookups.sources(kb, mentioning)), mentioning)
    return _relabel(lookups.source(kb, mentioning[0].id))


def _may_say(kb: KnowledgeBase, q: Question, asked: list[Word]) -> list[ArticleFile]:
    """The articles involving everyone and everything the question names, with a unit holding
    its rarest word (one with no other form): only their text need be read (10,000 articles)."""
    ids: set[str] | None = None
    for group in q.named:
        involving = {kb.docs[i].article.id for key in group for i in kb.docs_involving(key)}
        ids = involving if ids is None else ids & involving
    probes = [t for w in asked if len(w.options) == 1 and len(w.options[0]) == 1 for t in w.options[0]]
    if probes:
        rarest = min(probes, key=lambda t: len(kb.bm25.postings(t)))
        holding = {kb.docs[i].article.id for i in kb.bm25.postings(rarest)}
        ids = holding if ids is None else ids & holding
    return [a for a in kb.articles if ids is None or a.id in ids]


_PASSAGE_WORDS = frozenset(
    "line lines quote quotes phrase phrases bit part sentence passage words wording".split()
)


def _text_terms(kb: KnowledgeBase, article: ArticleFile) -> set[str]:
    """Every index term of an article's own text, its headline and standfirst too."""
    return kb.cached(
        f"text-terms:{article.id}",
        lambda: set(terms(" ".join(article.paragraphs))) | _headline_terms(article),
    )


def _headline_terms(article: ArticleFile) -> set[str]:
    return set(terms(f"{article.article.title} {article.article.standfirst or ''}"))


def _article_terms(article: ArticleFile) -> set[str]:
    """What an article is known by: its headline, standfirst, summary, outlet and the day it came
    out ("which outlets covered the march 13 stuff", "... on 13 March 2023")."""
    meta = article.article
    day = f"{meta.published.day} {calendar.month_name[meta.published.month]} {meta.published.year}"
    return set(terms(f"{meta.title} {meta.standfirst or ''} {article.summary} {meta.outlet} {day}"))


def _taught(kb: KnowledgeBase, q: Question) -> Answer | None:
    """A question moderators listed under an entry (`questions:`), give or take a word, is
    answered with that entry."""
    listed = _table(kb, "taught")
    if not listed:
        return None
    found = process.extractOne(normalize(q.text), list(listed), scorer=fuzz.token_set_ratio)
    if (
        found is None
        or found[1] < weights.TAUGHT
        or fuzz.ratio(normalize(q.text), found[0]) < weights.TAUGHT - 10
    ):
        return None
    article_id, section, entry = listed[found[0]]
    if section == "terms":
        return _relabel(lookups.define(kb, entry.term))
    doc_id = kb.doc_id(article_id, entry.id)
    if doc_id is None:
        return None
    return _render(kb, q, [Candidate(kb.docs[doc_id], 1.0, 1.0, ())])


def _listed_questions(kb: KnowledgeBase) -> dict[str, tuple[str, str, object]]:
    out: dict[str, tuple[str, str, object]] = {}
    for article in kb.articles:  # newest first: a phrasing listed twice answers from the newest
        for section in ("facts", "quotes", "events", "terms"):
            for entry in getattr(article, section):
                for asked in entry.questions:
                    out.setdefault(normalize(asked), (article.id, section, entry))
    return out


def _direct(kb: KnowledgeBase, q: Question) -> Answer | None:
    """A question that is only a name ("Who is Lee?", "When was the SCM?", "What does DPRK stand
    for?") is that lookup; "What is Lee's job?" is /who."""
    content = _trimmed(q.content)  # "what's extended deterrence exactly": the name alone
    if not content or q.yesno or q.position:  # "which dsc ttx was that, like the 5th": its number
        return None
    if normalize(q.text) == normalize(content) and (named := _name_alone(kb, content)) is not None:
        return named  # "austin", "lee jong sup": a name typed alone is its lookup, as /who
    # "when did he take office": a time, not his roles
    roles = [w for w in q.words if w.terms & ROLE_TERMS] if q.asks != Asks.WHEN else []
    # "what did Kim run before the job", "his job before he became minister": not his roles now
    # (his roles, newest first, do answer "his job after leaving the ministry")
    asks_else = q.later is False or any(w.essential and w not in roles for w in q.words)
    # "his old job" (the vocabulary's "former" for it): the same
    asks_else = asks_else or any(stem("former") in w.terms for w in roles)
    # "who took over from Lee as minister": someone else than Lee is asked for, not his profile
    asks_else = asks_else or (q.asks == Asks.WHO and any(w not in roles and w.known for w in q.words))
    if roles and not asks_else and (person := _one_person(kb, q)):
        # "what is Lee's job (now)": his roles, newest first
        return (q.later and _after_leaving(kb, q, person)) or _relabel(lookups.who(kb, person))
    # "what's Shin doing these days, after leaving the ministry": nothing asked but the person, then
    if (
        q.asks == Asks.WHAT
        and q.later
        and not q.speech  # "what did Kim tell reporters after the SCM": his words, not his roles
        and q.words
        and all(w.anchor for w in q.words)
        and (person := _one_person(kb, q))
        # "what did Austin do in Indonesia after the SCM": a place of what is asked, not his roles
        and all(n in q.anchored_named or person in group for n, group in enumerate(q.named))
    ):
        return _after_leaving(kb, q, person) or _relabel(lookups.who(kb, person))
    if (
        q.asks in (Asks.WHAT, Asks.WHERE)
        and q.relation is not None
        and q.relation[0] == "after"
        and not q.words
        and (person := _one_person(kb, q)) is not None
        and _bodies(kb, q.relation[1])  # a ministry, not a place ("where did Vega go after Portville")
    ):
        # "where did Shin end up after the defense ministry": his roles since, newest first
        return _after_leaving(kb, q, person) or _relabel(lookups.who(kb, person))
    if (
        q.asks == Asks.WHAT
        and _DOING_RE.search(q.text)
        and q.events  # "... by the time of the 56th SCM" (else a unit saying "now" answers)
        and len(q.named) == 1
        and (person := _one_person(kb, q)) is not None
        and all(w.setting or _is_time_word(w) for w in q.words)
        and _as_of_newest(kb, q, person)
    ):
        # "what's Shin doing now, by the time of the 56th SCM": his roles as of the newest account
        return _relabel(lookups.who(kb, person))
    kind = {Asks.WHO: "entity", Asks.WHEN: "event", Asks.WHERE: "event", Asks.WHAT: "term"}.get(q.asks)
    if kind is None or _asks_end(q) or q.hour:  # "when does Freedom Shield end": not when it was;
        return None  # "what time did it start": not its date
    table: NameTable[Entry] = kb.names.tables[kind]
    person = _one_person(kb, q)
    if q.asks in (Asks.WHO, Asks.WHAT) and person and q.name_words & _own_names(kb, q.named[0]):
        # "who was Austin in 2023", "what was Kurt Campbell back then": who they are (not "who was
        # Japan's prime minister in Oct 2024", a title, of a time)
        timeless = _WHEN_TAIL_RE.sub("", content)
        if q.asks == Asks.WHAT and timeless != content:
            them, _ = kb.names.tables["entity"].best(timeless, same=kb.same("entity"))
            if them is not None and them.exact and str(them.group) == person:
                return _relabel(lookups.who(kb, person))
        content = timeless if q.asks == Asks.WHO else content
    content = _named_with_its_kind(kb, kind, content)
    match, _ = table.best(content, same=kb.same(kind))
    if match is None or not match.exact:  # "the sub launch": the submarine launch, as named
        spelt = " ".join(spelt_out(kb, words(content)))
        if (
            spelt != content
            and (spelt_match := table.best(spelt, same=kb.same(kind))[0]) is not None
            and spelt_match.exact
        ):
            match, content = spelt_match, spelt
    if (match is None or not match.exact) and (fixed := mended(kb, content)) != " ".join(words(content)):
        # "the strenght to strength approach": the name, its slip mended
        fixed = _named_with_its_kind(kb, kind, fixed)
        if (fixed_match := table.best(fixed, same=kb.same(kind))[0]) is not None and fixed_match.exact:
            match, content = fixed_match, fixed
    # the whole question must be the name: "What did North Korea say?" is not /define North Korea
    if match is None or not (match.exact or resembles(content, match.name)):
        return None
    if kind == "entity" and q.named and kb.same(kind)(str(match.group)) not in q.named_names:
        # "who's the SK defense minister": an alias of Lee's, read as the post Shin and Kim held after
        return None
    to_a_month = False  # "what exact day was X", the articles dating X to its month
    if kind == "event":
        entries = kb.members("event", str(match.group))
        if q.asks == Asks.WHERE and not any(e.item.place for e in entries):
            return None
        if _NEXT_RE.search(q.text) and not any(e.item.planned for e in entries):
            return None  # "when is the next trilateral summit": not the one held (see _ahead)
        if q.asks == Asks.WHEN and (main := dated_by(entries)) is None:
            return _undated(kb, entries[0])
        date = main.item.date if q.asks == Asks.WHEN and main is not None else None
        to_a_month = q.to_the_day and date is not None and PartialDate.parse(date).precision != Precision.DAY
    if kind == "term" and _AGREEMENT_ASKED_RE.search(q.text):
        return None  # "what came out of the 2+2 meeting": not what a 2+2 meeting is
    found = {"entity": lookups.who, "event": lookups.when, "term": lookups.define}[kind](kb, content)
    if not found.matched:
        return None
    return _not_to_the_day(_relabel(found)) if to_a_month else _relabel(found)


_WHO_ARE_RE = re.compile(
    r"^\W*who\s+(?:are|were|r|is|was)\s+(?P<a>[^,]+?)\s*(?:,|\band\b|&|\+)\s*(?P<b>[^,]+?)\W*$", re.IGNORECASE
)


def _who_are_both(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "Who are cho tae-yul and blinken": each one's card's lead, both named exactly; not a
    unit naming two others beside them."""
    found = _WHO_ARE_RE.match(q.text)
    if found is None or q.asks != Asks.WHO:
        return None
    table = kb.names.tables["entity"]
    answers = []
    for said in (found["a"], found["b"]):
        match, _ = table.best(said, same=kb.same("entity"))
        if match is None or not match.exact or not (card := lookups.who(kb, said)).matched:
            return None
        answers.append(card)
    if answers[0].title == answers[1].title:
        return None
    return Answer(
        "ask",
        Kind.ANSWER,
        f"Q: {_title(q.text)}",
        "\n".join(a.text.split("\n")[0] for a in answers),
        citations=tuple(dict.fromkeys(c for a in answers for c in a.citations)),  # a paragraph once
        source=answers[0].source if answers[0].source == answers[1].source else None,
    )


def _name_alone(kb: KnowledgeBase, content: str) -> Answer | None:
    """The lookup of a person or body, event or term whose name is all that was typed."""
    for kind, lookup in (("term", lookups.define), ("entity", lookups.who), ("event", lookups.when)):
        match, _ = kb.names.tables[kind].best(content, same=kb.same(kind))
        if match is not None and match.exact:
            found = lookup(kb, content)
            return _relabel(found) if found.matched else None
    return None


def _trimmed(content: str) -> str:
    """The content without the words that carry none at either end ("exactly", "actually")."""
    said = content.split()
    while said and stem(said[-1].lower()) in FILLER:
        said.pop()
    while said and stem(said[0].lower()) in FILLER:
        said.pop(0)
    return " ".join(said)


_DETERMINER_RE = re.compile(r"^(?:this|that|the|these|those)\s+", re.IGNORECASE)


def _named_with_its_kind(kb: KnowledgeBase, kind: str, content: str) -> str:
    """ "The strength to strength approach", "the Freedom Shield exercise": a name followed by
    what its entry is (its `is_a`, or the first words of its definition) is the name alone."""
    content = _DETERMINER_RE.sub("", content)  # "this X approach"
    head, _, last = content.rpartition(" ")
    said = set(terms(last))
    if not head or not said or not said <= _table(kb, "kind-words"):
        return content  # no name looked up again for a last word no entry is
    match, _ = kb.names.tables[kind].best(head, same=kb.same(kind))
    if match is None or not match.exact:
        return content
    for entry in kb.members(kind, str(match.group)):
        if said <= _what_it_is(entry.item):
            return head
    return content


def _what_it_is(item: Any) -> set[str]:
    """The words saying what an entry is: its `is_a`, and the first words of its definition."""
    opening = getattr(item, "definition", None) or getattr(item, "description", None) or ""
    return {t for k in (*getattr(item, "is_a", ()), " ".join(words(opening)[:3])) for t in terms(k)}


def _kind_words(kb: KnowledgeBase) -> frozenset[str]:
    """Every word that says what some term or event is (see _what_it_is)."""
    items = (item for a in kb.articles for item in (*a.terms, *a.events))
    return frozenset(t for item in items for t in _what_it_is(item))


# "is kishida the japanese defense minister?", "is shin still defense minister": a person said
# to hold a role
_ROLE_CLAIM_RE = re.compile(
    r"^\W*(?:is\s+it\s+true\s+that\s+)?(?P<be>is|was|isn't|wasn't|isnt|wasnt)\s+(?P<rest>.+?)\W*$",
    re.IGNORECASE,
)
_STILL = frozenset("still now currently".split())
_ROLE_TAIL = frozenset("then now still right anymore".split())
_ROLE_CUT = frozenset("in by at during as".split())  # "defense minister in oct 2024": the time, after


def _role_claimed(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "Is Kishida the Japanese defense minister": the role names another person (Kihara) than
    the one asked about, whose own roles are others: no, each with their role. "Is Shin still
    defense minister": a role of theirs, but not their newest: no, their newest role. "Is Blinken
    the secretary of state": their newest role: yes. /who's card of the one asked about follows.
    Otherwise ("was Shin the defense minister in 2023") it is answered as any question."""
    claim = _role_claim(kb, q)
    if claim is None:
        return None
    person, role, still, present, whose = claim
    if (then := _held_then(kb, q, person, role)) is not None:
        return then  # "was Lee still defense minister at Camp David": yes, as the articles show then
    roles = [r.value for r in history(kb.names.members("entity", person), "role")]
    # "is Kihara South Korea's defense minister": no post of his is that country's
    foreign = bool(whose) and not _countries(kb, {person}) & whose
    own = [r for r in roles if set(terms(role)) <= set(terms(r))] if not foreign else []
    holder = _holder(kb, role, person, whose)
    held = history(kb.names.members("entity", holder), "role") if holder else []
    left = not own or own[0] != roles[0] or roles[0].lower().startswith("former ")
    card = _relabel(lookups.who(kb, person))
    if roles and own and not left and (present or still):
        lead = f"Yes: the articles give **{_shown_names(kb, [person])[0]}** as {roles[0]}."
        return replace(card, text=f"{lead}\n{card.text}")
    if not roles or (own and not (still and left)) or (not own and not held):
        return None
    lead = f"No: the articles give **{_shown_names(kb, [person])[0]}** as {roles[0]}"
    lead += f" (earlier {own[0]})." if own and own[0] != roles[0] else "."
    if holder and held:
        lead += f" **{_shown_names(kb, [holder])[0]}** is {held[0].value}."
    return replace(card, text=f"{lead}\n{card.text}")


def _held_then(kb: KnowledgeBase, q: Question, person: str, role: str) -> Answer | None:
    """ "Was Lee still defense minister at Camp David (in August 2023)": asked of an event or a
    time, the role's holder the articles show then, of the person's country; a yes when it is
    the person. None otherwise (the claim is then read as of now)."""
    if not (q.events or _month_asked(q.text) or _year_asked(q.text)):
        return None
    last = words(role)[-1]
    country = next((e.item.country for e in kb.members("entity", person) if e.item.country), None)
    head = _ROLE_CLAIM_RE.match(q.text)
    at = re.search(rf"\b{re.escape(last)}\b", q.text, re.IGNORECASE)
    if head is None or at is None or country is None:
        return None
    asked = f"who was {country}'s {role}{q.text[at.end() :]}"
    found = _role_holders(kb, parse(kb, asked))
    bold = _BOLD_NAME_RE.match(found.text) if found is not None and found.matched else None
    name = _shown_names(kb, [person])[0]
    if found is None or bold is None:
        return None
    period = _month_asked(q.text) or _year_asked(q.text)
    within = period is not None and any(
        _within(e.article.article.published, period)
        and e.item.role
        and set(terms(role)) <= set(terms(e.item.role))
        and not normalize(e.item.role).startswith(("former ", "ex-"))
        for e in kb.members("entity", person)
    )  # "was Lee defense minister in 2023": shown in it then, if not the last that year
    if bold[1].strip() == name or within:
        return replace(found, text=f"Yes: the articles show {found.text}")
    if not head["be"].lower().startswith("was"):
        return None  # "is Shin still defense minister in Oct 2024": his roles now say no
    return replace(found, text=f"No: the articles show {found.text}")


def _role_claim(kb: KnowledgeBase, q: Question) -> tuple[str, str, bool, bool, frozenset[str]] | None:
    """Of "is Shin (still) (the) defense minister (in Oct 2024)": the person's identity, the
    role's words, whether the question asks if they still hold it, if it asks in the present
    ("is", not "was"), and the country whose post it is, if named ("South Korea's")."""
    found = _ROLE_CLAIM_RE.match(q.text)
    if not q.yesno or found is None:
        return None
    typed = words(found["rest"])
    people = [(e, keys) for s, e, keys in kb.names.mentions_in(typed, "entity") if s == 0]
    if not people:
        return None
    end, keys = max(people, key=lambda found: found[0])  # the longest name: "shin won-sik", not "shin"
    if not all(_is_person(kb, k) for k in keys):
        return None
    said = typed[end:]
    still = bool(said[:1]) and said[0] in _STILL
    said = said[1:] if still else said
    said = said[1:] if said[:1] in (["the"], ["a"], ["an"]) else said
    # "is Kim Tae-hyo South Korea's defense minister": the country named is whose post it is
    whose = next(
        (
            (at, places)
            for start, at, places in kb.names.mentions_in(said, "entity")
            if start == 0 and all(_is_place(kb, k) for k in places)
        ),
        None,
    )
    if whose is not None:
        said = said[whose[0] :]
        said = said[1:] if said[:1] == ["s"] else said
    said = said[: next((n for n, w in enumerate(said) if w in _ROLE_CUT), len(said))]  # "in oct 2024"
    while said and said[-1] in _ROLE_TAIL:
        still = still or said[-1] != "then"
        said = said[:-1]
    role = " ".join(said)
    if not role or not set(terms(_ROLE_TAIL_RE.sub("", role))[-1:]) <= _table(kb, "role-terms"):
        return None  # "was Yoon the first state visit Biden hosted": no role's head noun, no title
    return (
        sorted(keys)[0],
        role,
        still,
        found["be"].lower().startswith("is"),
        whose[1] if whose else frozenset(),
    )


def _holder(kb: KnowledgeBase, role: str, person: str, whose: frozenset[str] = frozenset()) -> str | None:
    """Who else holds a role: the one its title names ("the Japanese defense minister":
    Kihara), or the one whose newest role it is, of the country named (`whose`), else of the
    person's country (Kim, for Lee)."""
    titled = [
        g
        for g in parse(kb, f"who is the {role}").named
        if all(_is_person(kb, k) for k in g) and person not in g
    ]
    if not titled:
        titled = [frozenset({k}) for k in _holding(kb, role) if k != person]
    if len(titled) > 1 or whose:  # "defense minister": Kim for Lee, not Japan's Kihara
        titled = [g for g in titled if _countries(kb, g) & (whose or _countries(kb, {person}))]
    return sorted(titled[0])[0] if len(titled) == 1 else None


def _holding(kb: KnowledgeBase, role: str) -> set[str]:
    """The people whose newest role is this one ("defense minister"), not a former holder nor
    one whose role only adds it after its head ("Deputy Minister for National Defense Policy")."""
    asked = set(terms(role))
    return {
        key
        for key in _table(kb, "people")
        if (now := history(kb.names.members("entity", key), "role"))
        and asked <= set(terms(_ROLE_TAIL_RE.sub("", now[0].value)))
        and not now[0].value.lower().startswith("former ")
    }


def _countries(kb: KnowledgeBase, keys: Iterable[str]) -> set[str]:
    """The countries (identities) the articles give these people."""
    of: dict[str, set[str]] = _table(kb, "ask-countries")
    return {country for key in keys for country in of.get(key, ())}


# "is ROK just another name for South Korea", "does DPRK stand for North Korea": what X names
_ANOTHER_NAME_RE = re.compile(
    r"^\W*(?:so\s+)?(?:is|are|was|were)\s+(?:the\s+)?(?P<x>.+?)\s+(?:just\s+|really\s+|simply\s+)?"
    r"(?:(?:another|a|an|the)\s+)?(?:(?:other|official|full)\s+)?(?:name|word|term|abbreviation|acronym|short)"
    r"\s+(?:for|of)\b|^\W*(?:so\s+)?(?:does|do|did)\s+(?:the\s+)?(?P<y>.+?)\s+(?:stand\s+for|mean)\b"
    # "rok = south korea right?", read as a claim to check
    r"|^\W*(?:is\s+it\s+true\s+that\s+)?(?P<z>[\w.-]+)\s*(?:=|==|means)\s*\w",
    re.IGNORECASE,
)


def _another_name(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "Is ROK just another name for South Korea?": what the term ROK names, as /define gives
    it; the articles' own words say whether it is, not a bare yes or no."""
    found = _ANOTHER_NAME_RE.match(q.text)
    if found is None:
        return None
    said = words(found["x"] or found["y"] or found["z"])
    named = [end for start, end, _ in kb.names.mentions_in(said, "term") if start == 0]
    # "does X mean": X all that is asked about ("does the Camp David commitment mean they must
    # defend each other" asks what the commitment implies, not what Camp David is)
    if not named or (found["y"] and named[0] != len(said)):
        return None
    answer = lookups.define(kb, " ".join(said[: named[0]]))  # as typed: "ROK stands for ..."
    return _relabel(answer) if answer.matched else None


def _bodies(kb: KnowledgeBase, group: frozenset[str]) -> bool:
    """Whether a name's identities are all bodies people serve in: a ministry, a government."""
    kinds = _entity_kinds(kb, group)
    return bool(kinds) and kinds <= {EntityKind.GOVERNMENT, EntityKind.MILITARY, EntityKind.ORGANIZATION}


def _entity_kinds(kb: KnowledgeBase, keys: Iterable[str]) -> set[EntityKind | None]:
    """What the entries of these identities are: people, countries, bodies."""
    return {getattr(e.item, "kind", None) for key in keys for e in kb.names.members("entity", key)}


_DOING_RE = re.compile(r"\b(?:doing|up\s+to)\b", re.IGNORECASE)


def _is_time_word(w: Word) -> bool:
    return bool(w.terms & _MONTH_TERMS) or _YEAR_RE.fullmatch(w.typed) is not None


def _as_of_newest(kb: KnowledgeBase, q: Question, person: str) -> bool:
    """Whether the event a question names (dated to a day or a month) is no earlier than the
    newest article telling of the person: their card is as of then."""
    day = _event_day(kb, q) or _event_month(kb, q)
    if day is None:
        return False
    newest = max(e.article.article.published for e in kb.members("entity", person))
    return _ordinal(PartialDate(*_span(day)[1])) + weights.NEWS_DAYS >= _ordinal(newest)


def _one_person(kb: KnowledgeBase, q: Question) -> str | None:
    """The one person the question names, if it names exactly one (bodies aside)."""
    people = [key for group in q.named if len(group) == 1 for key in group if _is_person(kb, key)]
    return people[0] if len(people) == 1 else None


ROLE_TERMS = frozenset(t for w in "job role title position post occupation office".split() for t in terms(w))


def _undated(kb: KnowledgeBase, entry: Entry) -> Answer:
    """A named event no article dates: said plainly, not answered with a guess."""
    event, article = entry.item, entry.article
    text = (
        f"Not in the knowledge base: the articles name the {event.name} but give no date for it.\n"
        f"{event.description} {cite_label(cite(article, event.paragraphs))}"
    )
    return _not_found_of(event, article, text)


def _not_found_of(event: Event, article: ArticleFile, text: str) -> Answer:
    """ "Not in the knowledge base" about one event, cited to its paragraphs."""
    return Answer(
        "ask",
        Kind.NOT_FOUND,
        "Not in the knowledge base",
        text,
        citations=cite(article, event.paragraphs),
        matched=False,
        source=Source.of(article),
    )


def _in_series(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "When was the latest SCM", "the first SCM Lee held": of the series named, the earliest or
    latest dated event (of those with the people named, if any have them), then the question
    answered about that one; asked only of the event, its date and place, though the series is
    one event ("the latest SCM", one article)."""
    asked = [n for n, g in enumerate(q.events) if n not in q.anchored_events]
    if q.order is None or len(asked) != 1:
        return None
    if q.order == Order.LAST and q.relation is not None and q.relation[0] == "before":
        return None  # "the last state visit before Yoon('s)": not the latest, but the one before his
    group = q.events[asked[0]]
    people = [
        g for n, g in enumerate(q.named) if n not in q.anchored_named and any(_is_person(kb, k) for k in g)
    ]
    members = [key for key in group if all(_named_with(kb, g, key) for g in people)]
    dated = sorted((date, key) for key in members for date in _event_dates(kb, [frozenset({key})]))
    if not dated:
        return None
    _, pick = dated[-1] if q.order == Order.LAST else dated[0]
    if q.order == Order.FIRST and q.asks == Asks.WHEN and len(group) == 1 and _FIRST_OF_ALL_RE.search(q.text):
        return None  # "when was the very first DSC TTX": the one the articles know may be "the eighth"
    if q.order == Order.FIRST and len(group) > 1 and not people and (numbered := _numbered_later(kb, pick)):
        # "when was the first SCM": the earliest the articles report is the 54th, not the first
        return _not_answerable(kb, q, f"The earliest the articles report is the {numbered}.")
    if q.asks in (Asks.WHAT, Asks.WHEN, Asks.WHERE) and not q.named and _only_named(kb, q, pick):
        return _relabel(lookups.when(kb, pick))  # "what was the latest SCM": that one, its date and place
    if len(group) < 2:
        return None  # one event: the question as read asks about it already
    events = tuple(frozenset({pick}) if n == asked[0] else g for n, g in enumerate(q.events))
    return _answered(kb, replace(q, events=events, order=None))


def _numbered_later(kb: KnowledgeBase, event: str) -> str | None:
    """The event's name, if it numbers it past the first ("54th Security Consultative Meeting")."""
    name = shown_name(kb.members("event", event))
    number = next((w for w in words(name) if ordinal(w)), None)
    if number is None or number in ("first", "1st"):
        return None
    return name


def _only_named(kb: KnowledgeBase, q: Question, event: str) -> bool:
    """Whether a question's words are all words of the event's names: it asks for nothing else."""
    said = {t for e in kb.members("event", event) for n in (e.item.name, *e.item.aliases) for t in words(n)}
    return all(set(w.typed.split()) <= said for w in q.words)


def _named_with(kb: KnowledgeBase, group: frozenset[str], event: str) -> bool:
    """Whether an article lists one of the group of people among the event's own."""
    return any(
        kb.entity_key(e.article.id, i) in group for e in kb.members("event", event) for i in e.item.entities
    )


_BOTH_RE = re.compile(r"\b(?:both|all\s+(?:three|four|of\s+them))\b", re.IGNORECASE)


_NEXT_RE = re.compile(r"\b(?:the\s+)?next\s+(?:one\s+)?\w", re.IGNORECASE)


def _next_of_series(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "When's the next SCM": a name several events share, asked for the one to come, with
    nothing to place it after: the articles' newest is the last they tell of, said so."""
    if q.asks not in (Asks.WHEN, Asks.WHERE) or len(q.events) != 1 or len(q.events[0]) < 2:
        return None
    if not _NEXT_RE.search(q.text) or q.relation is not None or q.anchored_events or q.later is not None:
        return None
    dated = [(key, _event_date_of(kb.members("event", key))) for key in q.events[0]]
    if any(date is None for _, date in dated):
        return None
    named = {w for key in q.events[0] for e in kb.members("event", key) for w in words(e.item.name)}
    named -= STOPWORDS | {w for w in named if w[:1].isdigit()}  # "scm", "reef", "talks"; not "56th"
    told = re.compile(rf"\bnext\s+(?:\w+\s+){{0,2}}(?:{'|'.join(map(re.escape, sorted(named)))})\b", re.I)
    judged, _, _ = _sorted_out(kb, q, _candidates(kb, q))
    if not named or any(told.search(c.doc.text) for c in judged[:NEXT_AMONG]):
        return None  # "the next Reef Talks will be held in Port Beta": the articles do say
    newest = max(dated, key=lambda d: _ordinal(d[1]))[0]
    name = shown_name(kb.members("event", newest))
    return _not_answerable(kb, q, f"The articles tell of none after the {name}.")


def _at_all_of(kb: KnowledgeBase, q: Question) -> Answer | None:
    """The people every one of the events named has taking part, as their accounts give them."""
    same = kb.same("entity")
    keys = sorted(
        (sorted(group)[0] for group in q.events),
        key=lambda key: _ordinal(_event_date_of(kb.members("event", key))),
    )
    present: list[set[str]] = []
    cited: list[Entry] = []
    for key in keys:
        entries = kb.members("event", key)
        people = {
            same(name_key(e.name))
            for entry in entries
            for e in (kb.entity(entry.article, i) for i in entry.item.entities)
            if e is not None and e.kind == EntityKind.PERSON
        }
        present.append(people)
        cited.append(dated_by(entries) or entries[0])
    common = set.intersection(*present) if present else set()
    if not common:
        return None
    names = _shown_names(kb, sorted(common))
    events = ", ".join(shown_name(kb.members("event", key)) for key in keys)
    return Answer(
        "ask",
        Kind.ANSWER,
        f"Q: {_title(q.text)}",
        f"**{' and '.join(names)}**, at each of: {events}.",
        citations=tuple(c for e in cited for c in cite(e.article, e.item.paragraphs)),
        source=Source.of(cited[0].article),
    )


def _event_date_of(entries: Sequence[Entry]) -> PartialDate | None:
    """An event's date, as the account dating it gives it."""
    main = dated_by(entries) or entries[0]
    return PartialDate.parse(str(main.item.date)) if main.item.date else None


_NAME_ASKED_RE = re.compile(r"\b(?:name|named|called)\b", re.IGNORECASE)
_COMPARING_TERMS = frozenset(
    t
    for w in "compare comparison difference differ versus vs change changed between".split()
    for t in terms(w)
)


def _several_events(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "When (or where) were the 54th, 55th and 56th SCMs?", "who were the Korean defense
    ministers at ...": each event the question names, one line each in the order they came, when
    it names several and asks when, where, or who (those taking part whom the rest describes)."""
    # "what happened at the 55th and 56th SCM", "compare the 55th and 56th SCM": nothing asked
    # but the events, each told
    told = (
        q.asks == Asks.WHAT
        and q.order is None  # "which came first, A or B": their order, not each told
        and not (q.speech or q.named)  # "what did Kishida say at ...": his words, not the events
        and not _NAME_ASKED_RE.search(q.text)  # "what are the field drills in Freedom Shield called"
        and all(w.setting or w.terms & _COMPARING_TERMS for w in q.words)
    )
    if (q.asks not in (Asks.WHEN, Asks.WHERE, Asks.WHO) and not told) or len(q.events) < 2 or q.yesno:
        return None
    if q.order is not None and q.anchored_events:
        return None  # "where was X first promised, before Camp David": the first, Camp David placing it
    if q.asks == Asks.WHO and _BOTH_RE.search(q.text):
        return _at_all_of(kb, q)  # "who was at both the 54th and 55th SCM": those at each

    def said(main: Entry, entries: tuple[Entry, ...]) -> tuple[Entry, str] | None:
        if told:
            account = next((e for e in (main, *entries) if e.item.description), None)
            if account is None:
                return None
            return account, f"{lookups.event_date(main.item)}. {account.item.description}"
        if q.asks == Asks.WHO:  # one of them naming no one the question describes: not this way
            taking = _taking_part(kb, q, entries)
            return taking if taking and taking[1] else None
        return main, lookups.event_date(main.item) if q.asks == Asks.WHEN else _place_of(entries)

    # "the scm before that one, the 54th": an event named twice is listed once
    return _events_listed(kb, q, list(dict.fromkeys(sorted(group)[0] for group in q.events)), said)


def _series_listed(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "List the SCMs in order and where each was held", "where were the SCMs held": every
    event of the series the plural names, in the order they came, each with its date and place.
    Only when nothing else narrows it down ("the SCMs held in Seoul" asks for some of them) but
    the people it names, who narrow it to those they took part in ("the SCMs Austin did with the
    Koreans": countries and peoples name the sides, not some of them)."""
    titled = _title_named(kb, q) if q.asks == Asks.WHO else None
    each = q.asks == Asks.WHO and len(q.events) == 1 and len(q.events[0]) > 1 and _EACH_RE.search(q.text)
    if each and titled is not None:
        # "who was the SK defense minister at each SCM": a name several events share, each
        return _events_listed(kb, q, q.events[0], lambda main, entries: _titled_at(kb, titled, main, entries))
    if each and all(_is_place(kb, k) for g in q.named for k in g):
        # "who was (South) Korea's defense minister at each SCM": those it describes, at each
        describing = [w for w in q.words if not (w.setting or w.terms & _LISTING_TERMS)]
        return _events_listed(
            kb, q, q.events[0], lambda main, entries: _taking_part(kb, q, entries, describing)
        )
    if q.events or q.yesno or q.placed_at:  # "held in Seoul": some of them
        return None
    if titled is not None:  # "who was SK's defense minister at the SCMs": the one of them at each
        q = q.without_named(range(len(q.named)))
    if any(len(g) > 1 for g in q.named):  # "which defense ministers did Austin hold SCMs with": them
        return None
    if any(not _is_person(kb, k) and not _a_side(kb, k) for g in q.named for k in g):
        return None
    plural = [w for w in q.words if w.typed.endswith("s") and len(w.typed) > 3]
    rest = [w for w in q.words if w not in plural and not w.terms & _LISTING_TERMS]
    if len(plural) != 1 or rest:
        return None
    typed = words(plural[0].typed[:-1])
    if not any(end - start == len(typed) for start, end, _ in kb.names.mentions_in(typed, "event")):
        return None  # "the SCMs": the plural of an event's name, not of a thing ("carriers")
    _, _, owners = series(kb, typed, (0, len(typed), frozenset()))
    people = _people_named(kb, q)
    owners = frozenset(o for o in owners if all(_named_with(kb, g, o) for g in people))
    if len(owners) < 2:
        return None
    if titled is not None:
        return _events_listed(kb, q, owners, lambda main, entries: _titled_at(kb, titled, main, entries))
    listed = _events_listed(
        kb, q, owners, lambda main, entries: (main, f"{lookups.event_date(main.item)}, {_place_of(entries)}")
    )
    if listed is not None and q.asks == Asks.COUNT:  # "how many SCMs did Austin attend": so many, each
        return replace(listed, text=f"The articles tell of **{len(owners)}**:\n{listed.text}")
    return listed


def _titled_at(
    kb: KnowledgeBase, titled: frozenset[str], main: Entry, entries: tuple[Entry, ...]
) -> tuple[Entry, str] | None:
    """Those of a title's holders an event's accounts have taking part, named, and its date:
    "Shin Won-sik (13 November 2023 (Monday))"."""
    same = kb.same("entity")
    for entry in (main, *entries):
        there = [
            e.name
            for e in (kb.entity(entry.article, i) for i in entry.item.entities)
            if e is not None and same(name_key(e.name)) in titled
        ]
        if there:
            return entry, f"**{' and '.join(dict.fromkeys(there))}** ({lookups.event_date(main.item)})"
    return None


def _events_listed(
    kb: KnowledgeBase,
    q: Question,
    keys: Iterable[str],
    said: Callable[[Entry, tuple[Entry, ...]], tuple[Entry, str] | None],
) -> Answer | None:
    """One line for each of these events, in the order they came (by the account dating each),
    with what `said` gives of it and the account it cites; None if it gives nothing for one."""
    members = [kb.members("event", key) for key in keys]
    accounts = sorted(((dated_by(e) or e[0], e) for e in members), key=lambda a: _ordinal(a[0].item.date))
    lines, cited = [], []
    for main, entries in accounts:
        if (told := said(main, entries)) is None:
            return None
        account, text = told
        cited_in = cite_label(cite(account.article, account.item.paragraphs))
        lines.append(f"• **{shown_name(entries)}**: {text} {cited_in}")
        cited.append(account)
    return Answer(
        "ask",
        Kind.ANSWER,
        f"Q: {_title(q.text)}",
        "\n".join(lines),
        citations=tuple(c for e in cited for c in cite(e.article, e.item.paragraphs)),
        source=Source.of(cited[0].article),
    )


# "which flew farther, the March cruise missiles or the July SRBMs", "A vs B, how far did each
# go": two things' distances, compared
_FARTHER_RE = re.compile(
    r"^\W*which(?:\s+\w+)?\s+(?:flew|went|go|goes|travell?ed|reached)\s+(?:farther|further)\W+(?P<a>.+?)\s+or\s+"
    r"(?P<b>.+?)\W*$"
    r"|^\W*(?P<c>.+?)\s+(?:vs\.?|versus|and)\s+(?P<d>.+?)\W+how\s+far\s+did\s+(?:each|they\s+each|both)\s+"
    r"(?:one\s+)?(?:go|fly|travel)\W*$"
    r"|^\W*how\s+far\s+did\s+(?:each|they\s+each|both)\s+(?:one\s+)?(?:go|fly|travel)\s+(?P<e>.+?)\s+"
    r"(?:vs\.?|versus|and)\s+(?P<f>.+?)\W*$",  # the same, its question put first
    re.IGNORECASE,
)


def _each_distance(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "Which flew farther, A or B": how far each flew, as "how far did A fly" is answered,
    one line each, the farther named first; None unless the articles give both distances."""
    found = _FARTHER_RE.match(q.text)
    if found is None:
        return None
    sides = [
        (found["a"] or found["c"] or found["e"]).strip(" ,"),
        (found["b"] or found["d"] or found["f"]).strip(" ,"),
    ]
    answers = [_one(kb, f"how far did {side} fly") for side in sides]
    distances = [_DISTANCE_RE.search(a.text) if a.matched and not a.unsure else None for a in answers]
    if not all(distances) or answers[0].text == answers[1].text:
        return None
    lines = [
        f"• **{side}**: {a.text.splitlines()[0]} ({a.source.outlet}, {cite_label(a.citations)})"
        if a.source
        else f"• **{side}**: {a.text.splitlines()[0]} {cite_label(a.citations)}"
        for side, a in zip(sides, answers, strict=True)
    ]
    text = "\n".join(lines)
    far = [_kilometres(d[0]) for d in distances if d is not None]
    if len(far) == 2 and far[0] is not None and far[1] is not None and far[0] != far[1]:
        text = f"Farther: **{sides[0] if far[0] > far[1] else sides[1]}**.\n{text}"
    return Answer(
        "ask",
        Kind.ANSWER,
        f"Q: {_title(q.text)}",
        text,
        citations=tuple(dict.fromkeys(c for a in answers for c in a.citations)),  # a paragraph once
        source=answers[0].source,
    )


def _kilometres(distance: str) -> float | None:
    """ "about 1,500 kilometres": 1500.0; None in other units."""
    said = distance.lower()
    return float(re.sub(r"[^\d.]", "", said)) if "km" in said or "kilomet" in said else None


# "were the 54th and 55th SCMs held in the same city": what two events are compared by
_SAME_RE = re.compile(
    r"\bsame\s+(?P<what>city|place|location|venue|country|day|date|month|year)\b", re.IGNORECASE
)


def _same_or_not(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "Were the 54th and 55th SCMs held in the same city": two events named, each with its
    place (or date), and whether they are the same, as the articles give them."""
    same = _SAME_RE.search(q.text)
    if not q.yesno or same is None or len(q.events) != 2 or any(len(g) != 1 for g in q.events):
        return None
    by_place = same["what"].lower() not in ("day", "date", "month", "year")
    entries = [kb.members("event", next(iter(g))) for g in q.events]
    if by_place:
        told = [_place_of(e) for e in entries]
        if "no place given" in told:
            return None
        alike = told[0] in told[1] or told[1] in told[0]
    else:
        one, two = (_event_date_of(e) for e in entries)
        if one is None or two is None:
            return None
        alike = {"year": one.year == two.year, "month": (one.year, one.month) == (two.year, two.month)}.get(
            same["what"].lower(), _same_period(one, two)
        )
    listed = _events_listed(
        kb,
        q,
        [next(iter(g)) for g in q.events],
        lambda main, es: (main, f"{_place_of(es)}, {lookups.event_date(main.item)}"),
    )
    if listed is None:
        return None
    lead = "Yes, the articles give:" if alike else "No, the articles give:"
    return replace(listed, text=f"{lead}\n{listed.text}")


def _a_side(kb: KnowledgeBase, key: str) -> bool:
    """Whether a name is of a country or a people ("the Koreans"), a side rather than a party."""
    kinds = _entity_kinds(kb, (key,))
    return bool(kinds) and kinds <= {EntityKind.COUNTRY, EntityKind.GROUP}


def _place_of(entries: Iterable[Entry]) -> str:
    """An event's place, from whichever of its accounts gives one."""
    return next((e.item.place for e in entries if e.item.place), None) or "no place given"


# words that only say how a series is to be listed: "in order", "where each one was held"
_EACH_RE = re.compile(r"\b(?:each|every|all)\b", re.IGNORECASE)
_LISTING_TERMS = frozenset(
    t
    for w in "order each one held hold list place places location locations date dates number numbers"
    " through across every all attend attended join joined done talk talked cover covered"
    # "which meetings was Kihara part of", "... did he take part in", "... was he involved in"
    " total part take took taking participate participated involved".split()
    for t in terms(w)
)


def _at_the_event(kb: KnowledgeBase, q: Question) -> Answer | None:
    """Those taking part in the one event asked about whom the question describes."""
    entries = kb.members("event", sorted(q.events[0])[0])
    if (found := _taking_part(kb, q, entries)) is None:
        return None
    account, said = found
    return Answer(
        "ask",
        Kind.ANSWER,
        f"Q: {_title(q.text)}",
        f"**{said}**, at the {shown_name(entries)}.",
        citations=cite(account.article, account.item.paragraphs),
        source=Source.of(account.article),
    )


def _at_an_event_then(kb: KnowledgeBase, q: Question, period: PartialDate) -> Answer | None:
    """ "Who was SK's defense minister in 2022": no article of 2022 shows the post, but one dates
    an event of that year (or month) with someone so described taking part: the latest such
    (Lee Jong-sup, at the 54th SCM in November 2022)."""
    if period.precision == Precision.DAY:
        return None
    describing = [w for w in q.words if not w.setting and not _is_time_word(w)]
    for key in reversed(kb.timeline.within(period.year, period.month)):  # the latest first
        entries = kb.members("event", key)
        if (found := _taking_part(kb, q, entries, describing)) is not None:
            account, said = found
            main = dated_by(entries)
            when = f" ({PartialDate.parse(main.item.date).human()})" if main and main.item.date else ""
            return Answer(
                "ask",
                Kind.ANSWER,
                f"Q: {_title(q.text)}",
                f"**{said}**, at the {shown_name(entries)}{when}.",
                citations=cite(account.article, account.item.paragraphs),
                source=Source.of(account.article),
            )
    return None


def _taking_part(
    kb: KnowledgeBase, q: Question, entries: Iterable[Entry], describing: list[Word] | None = None
) -> tuple[Entry, str] | None:
    """Of an event's accounts, the first naming people taking part whom the question's words
    (or these of them) describe ("the Korean defense ministers": Lee Jong-sup, South Korean
    Defense Minister), of the countries it names ("SK's defense minister")."""
    if describing is None:
        describing = [w for w in q.words if not w.setting]  # not the events' own names
    places = [g for g in q.named if any(_is_place(kb, key) for key in g)]
    # the account nearest the event first: the roles people held then, not the "former" of later
    for entry in sorted(entries, key=lambda e: e.article.article.published):
        people = {p.id: p for p in entry.article.people}
        taking_part = [people[key] for key in entry.item.entities if key in people]
        described = [
            p
            for p in taking_part
            if all(w.held_by(_described_by(p)) for w in describing)
            and all(any(set(terms(key)) <= _described_by(p) for key in group) for group in places)
        ]
        if described:
            return entry, "; ".join(f"{p.name} ({p.role})" if p.role else p.name for p in described)
    return None


def _described_by(person: Entity) -> set[str]:
    return set(terms(f"{person.name} {person.role or ''} {person.country or ''}"))


_WHO_WERE_RE = re.compile(r"^\W*(?:(?:so|ok|and)\s+)*who\s+(?:were|are|have\s+been)\s+(?:all\s+)?the\b", re.I)


def _role_holders(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "Who is South Korea's defense minister now?", "is Lee still defense minister?": the
    people whose role the question describes, newest first, each as of the article that says so."""
    # "which defense ministers", "how many SK defense ministers did Austin meet": the role's holders
    shared = [g for g in q.asked_names if len(g) > 1]
    if not shared and (q.asks == Asks.COUNT or (q.asks == Asks.WHO and _WHO_WERE_RE.match(q.text))):
        # "who were the SK defense ministers Austin dealt with": "were" makes the post's name plural
        shared = [g for g in q.named if len(g) > 1 and _role_words(kb, g)]
    if not shared and q.asks == Asks.COUNT and (holding := _holding_counted(kb, q)):
        shared = [holding]  # "how many SK defense ministers did Austin meet": the post's holders
    several = bool(shared)
    clause = _WHEN_CLAUSE_RE.search(q.text)  # "... when the Kentucky docked in Busan": a time, no role
    placing = set(words(clause.group(1))) if clause else set()
    if (dated := _MONTH_YEAR_PHRASE_RE.search(q.text)) is not None:  # "at the November 2023 meeting"
        placing |= set(words(dated.group(0)))
    roles = [
        w
        for w in q.words
        if not w.terms & ORDER_TERMS
        and (not several or w.typed in q.kind_words)
        and not (w.setting or w.anchor or set(w.typed.split()) & placing)
        and not _is_time_word(w)  # "in nov 2023": a time, no role
    ]
    if several:
        roles += [w for group in shared for w in _role_words(kb, group)]
    if not roles and q.relation is not None and q.named.count(q.relation[1]) > 1:
        roles = _roles_of(kb, q.relation[1])  # "the U.S. defense secretary before Austin": his post
    # "who was the south korean defense minister in december 2023": a title that is an alias of
    # all its holders, asked of a time: the post, not one of them
    titled = _title_named(kb, q) if not (roles or several or q.events) and q.asks == Asks.WHO else None
    if titled is not None:  # the title's words, not the letters of "U.S."
        roles = [w for w in _role_words(kb, titled) if len(w.typed) > 1]
    # "who is Kim and what was his job": about Kim, not the post's other holders ("is Lee still
    # defense minister" is about him too; "who held it before Lee", "between Lee and Kim" are not)
    # ("... when Austin went to Seoul": a time, no one asked about)
    timing = kb.names.mentioned(clause.group(1)) if clause else set()
    people = [g for g in _people_named(kb, q) if g != titled and not g & timing]
    about_one = not q.yesno and len(people) == 1 and (q.relation is None or people[0] != q.relation[1])
    asked_role = (q.asks == Asks.WHO and not about_one) or (q.yesno and _one_person(kb, q)) or several
    # "who was defense minister at the 55th SCM", "... at the Tokyo trilateral" (July 2024)
    day = (_event_day(kb, q) or (_event_month(kb, q) if several else None)) if q.events else None
    # "who was Japan's defense minister in January 2023", "... at the November 2023 meeting"
    # (several meetings that month, none dated alone): the month typed
    # (typed before a clause: "... back in jan 2023 when Austin went to Seoul")
    month = _month_asked(q.text[: clause.start(1)] if clause else q.text) if day is None else None
    day = day or month or (_year_asked(q.text) if not (clause or q.events) else None)
    if clause and day is None and (doc := _dated(kb, f"when did {clause.group(1)}")) is not None:
        day = _precise_date(kb, doc)  # "... when the Kentucky docked in Busan": as "when did it" dates it
    if not asked_role or not roles or (((q.events and not several) or clause) and day is None):
        return None
    if len(q.events) == 1 and not several and (taking := _at_the_event(kb, q)) is not None:
        return taking  # "who was SK's defense minister at the 54th SCM": whom its accounts show there
    # "who was Japan's defense minister when Austin met Lee in Seoul": Japan's, not Seoul's
    whose = (_role_country(kb, q) or (None,))[0]
    places = {whose} if whose else {key for group in q.named for key in group if _is_place(kb, key)}
    holders, elsewhere, later = [], False, []
    # by the day asked, or the end of the month asked, and the news of it a few days later
    by = None if day is None else _ordinal(day) + _SPAN_DAYS.get(day.precision, 0) + weights.NEWS_DAYS
    for key in _table(kb, "people"):
        # newest first; at a day asked, the newest account of them by then, if one is
        # ("Japan's defense minister at the 55th SCM": as that meeting's report has Kihara)
        entries = sorted(
            kb.members("entity", key),
            key=lambda e: by is not None and _ordinal(e.article.article.published) <= by,
            reverse=True,
        )
        for entry in entries:
            if not _in_the_post(entry, roles):
                continue
            if not places or _in_country(kb, entry, places):
                holders.append(
                    (entry.article.article.published, entry.article.id, key, entry.item.role, entry)
                )
                break
            elsewhere = True
    if not holders and elsewhere and not several:  # "Japan's national security adviser": only Seoul's
        return _not_answerable(kb, q, "The articles name no one in that role there.")
    if day is not None:  # those the articles show in the post by then (reported up to NEWS_DAYS after)
        known = bool(holders)
        later = [h for h in holders if by is not None and _ordinal(h[0]) > by]
        holders = [h for h in holders if by is not None and _ordinal(h[0]) <= by]
        if known and not holders:  # the post is known, but only from later articles: not guessed
            return _at_an_event_then(kb, q, day) or _not_answerable(
                kb, q, f"The articles show no one in that role by {day.short()}."
            )
    if several:  # "which defense ministers did Austin meet": those an article shows with him
        asked = {key for group in shared for key in group}
        company = [g for g in q.named if not g & asked and not any(_is_place(kb, key) for key in g)]
        holders = [h for h in holders if all(_met(kb, h[2], group) for group in company)]
    if not holders:
        return None
    holders.sort(key=lambda h: (h[0], h[1]), reverse=True)
    if q.relation is not None:  # "before Lee": the one the articles show holding it earlier
        word, keys = q.relation
        at = next((i for i, h in enumerate(holders) if h[2] in keys), None)
        if at is None:
            return None
        holders = holders[at + 1 :] if word == "before" else holders[:at][::-1]
        if not holders:
            name = shown_name(kb.members("entity", sorted(keys)[0]))
            return _not_answerable(kb, q, f"The articles name no one in that role {word} {name}.")
    if not places and not several and (country := holders[0][-1].item.country):
        # "who was defense minister when the TDS was revised": Shin, and before him South Korea's,
        # not Japan's minister of the day
        mine = {kb.same("entity")(name_key(country))}
        holders = [h for h in holders if _in_country(kb, h[-1], mine)]
    lines = [
        f"**{shown_name(kb.members('entity', key))}**, {role} {_as_of(e.article)}"
        for *_, key, role, e in holders
    ]
    text = lines[0] + (".\nEarlier: " + "; ".join(lines[1:5]) + "." if len(lines) > 1 else ".")
    if several and q.asks == Asks.COUNT:  # "how many": the count, then who they are
        text = f"The articles show **{len(holders)}**:\n{text}"
    newest = holders[0][-1]
    # "at the 56th SCM", and the newest article showing the post is from long before: unsure
    stale = day is not None and _ordinal(day) - _ordinal(holders[0][0]) >= weights.ROLE_KNOWN_DAYS
    if stale and day is not None and not several and _next_came_after(kb, later, day):
        # "in July 2024", Shin shown in the post in November 2023 and Kim taking it in September
        # 2024: the articles know no one between, so Shin still held it
        stale = False
    if (
        stale
        and by is not None
        and not several
        and not later
        and _still_shown(kb, holders[0][2], roles, places, by)
    ):
        # "Japan's defense minister in July 2024": Kihara shown in the post in November 2023 and
        # again in an article after July 2024, no one else between: he held it then
        stale = False
    if stale and month is not None and titled is None:  # a month long after the post is shown held:
        # the articles' own account of that month ("became defense minister in September 2024")
        # may say; a title asked of it ("the south korean defense minister in december 2023")
        # names its holders, and the others the rest of the question finds would be no answer
        return None
    said = f"The articles show no one in that role nearer {day.short()}. " if stale and day else ""
    return Answer(
        "ask",
        Kind.ANSWER,
        f"Q: {_title(q.text)}",
        text,
        citations=cite(newest.article, newest.item.paragraphs),
        source=Source.of(newest.article),
        footer=f"{said}Roles can change: each is as of the article that gives it.",
        weak=stale,
        unsure=stale,
    )


_MONTH_SAID = sorted(
    {*_MONTHS, *(m.lower() for m in calendar.month_abbr if m), "sept"}, key=len, reverse=True
)
_MONTH_YEAR_RE = re.compile(
    rf"\b({'|'.join(_MONTH_SAID)})"
    r"\.?\s+(?:of\s+)?((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# a time at the end of "who was X ...", which asks nothing else of them
_WHEN_TAIL_RE = re.compile(
    rf"\s+(?:(?:in|during|by|as\s+of)\s+(?:(?:early|mid|late)\s+)?(?:(?:{'|'.join(_MONTH_SAID)})\.?\s+)?"
    r"(?:19|20)\d\d|back\s+then|at\s+the\s+time|then)\s*$",
    re.IGNORECASE,
)


# a month and year with what they date ("the November 2023 meeting"): a time, no role
_MONTH_YEAR_PHRASE_RE = re.compile(rf"{_MONTH_YEAR_RE.pattern}(?:\s+(?!and\b|or\b)[a-z]+)?", re.IGNORECASE)


# "in march", "back in jan 2023", "early april": a month (and year) what is asked falls in
_IN_MONTH_RE = re.compile(
    rf"\b(?:in|during|early|late|mid)\s+(?:-\s*)?({'|'.join(_MONTH_SAID)})\b\.?(?:\s+(?:of\s+)?((?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)


def _month_asked(text: str) -> PartialDate | None:
    """The month and year a question names ("in jan 2023"), if it names one."""
    found = _MONTH_YEAR_RE.search(text)
    if found is None:
        return None
    return PartialDate(int(found.group(2)), _month_number(found.group(1)))


def _month_number(said: str) -> int:
    """A month's number from its name or a short form ("sept", "jan")."""
    said = said.lower()
    return MONTH_NUMBERS.get(said) or next(n for m, n in MONTH_NUMBERS.items() if m.startswith(said[:3]))


_WHEN_CLAUSE_RE = re.compile(r"\S\s+when\s+(.{4,}?)[\s?!.]*$", re.IGNORECASE)


def _event_day(kb: KnowledgeBase, q: Question) -> PartialDate | None:
    """The day of the one dated event a question names, if it names one."""
    days = {d for d in _event_dates(kb, q.events) if d.precision == Precision.DAY}
    return days.pop() if len(days) == 1 else None


def _event_month(kb: KnowledgeBase, q: Question) -> PartialDate | None:
    """The month of the one event a question names, dated to no day, if it names one."""
    months = {d for d in _event_dates(kb, q.events) if d.precision == Precision.MONTH}
    return months.pop() if len(months) == 1 and len(q.events) == 1 else None


def _event_dates(kb: KnowledgeBase, groups: Iterable[frozenset[str]]) -> set[PartialDate]:
    """The dates of the events named, each from the source dating it most precisely."""
    dated = (dated_by(kb.members("event", key)) for group in groups for key in group)
    return {d.item.date for d in dated if d is not None and d.item.date is not None}


def _in_time_events(kb: KnowledgeBase, q: Question) -> list[int]:
    """The units of the events that the articles reporting the anchor ("after the TTX") date in
    the days just after it (before it, for "before")."""
    groups = [q.events[n] for n in sorted(q.anchored_events)]
    days = _event_dates(kb, groups)
    if len(days) != 1 or (anchor := next(iter(days))).precision != Precision.DAY:
        return []
    found = []
    for entry in (e for group in groups for key in group for e in kb.members("event", key)):
        for event in entry.article.events:
            date = event.date
            if not _in_time(date, anchor, q.later):
                continue
            if abs(_ordinal(date) - _ordinal(anchor)) <= weights.IN_TIME_DAYS:
                found.append(kb.doc_id(entry.article.id, event.id))
    return [d for d in found if d is not None]


def _met(kb: KnowledgeBase, person: str, group: frozenset[str]) -> bool:
    """Whether an article that names this person names one of the group too."""
    theirs = {e.article.id for e in kb.members("entity", person)}
    return any(e.article.id in theirs for key in group for e in kb.members("entity", key))


def _after_leaving(kb: KnowledgeBase, q: Question, person: str) -> Answer | None:
    """ "What did Lee do after leaving the ministry": not in the knowledge base when the newest
    article calls him only "former" this or that; his profile would not say."""
    if not (role := _newest_role(kb, frozenset({person}))).lower().startswith("former "):
        return None
    name = shown_name(kb.members("entity", person))
    return _not_answerable(kb, q, f"The newest the articles say of {name}: {role}.")


def _newest_role(kb: KnowledgeBase, group: frozenset[str]) -> str:
    """The role the newest article naming the person (one of the group) gives them ("" if none)."""
    dated = sorted(
        (e.article.article.published, e.item.role)
        for key in group
        for e in kb.members("entity", key)
        if e.item.role
    )
    return (dated[-1][1] or "") if dated else ""


def _roles_of(kb: KnowledgeBase, group: frozenset[str]) -> list[Word]:
    """The words of the newest role a person is given, each a word to look for in roles."""
    said = dict.fromkeys(
        stem(w) for w in words(_newest_role(kb, group)) if w not in _ROLE_JOINERS
    )  # as _role_says
    return [Word(t, (frozenset({t}),), 1.0, True) for t in said]


def _next_came_after(kb: KnowledgeBase, later: list[tuple[Any, ...]], day: PartialDate) -> bool:
    """Whether the next holder the articles show after a day took the post after it: the
    holder's article dates their taking it ("Kim Yong-hyun becomes defense minister", September
    2024) later than the day asked, or its period."""
    if not later:
        return False
    key, entry = min(later, key=lambda h: (h[0], h[1]))[2::2]
    start = _took_office(kb, key, entry)
    return start is not None and _span(start)[0] > _span(day)[1]


def _still_shown(kb: KnowledgeBase, key: str, roles: list[Word], places: set[str], by: int) -> bool:
    """Whether an article after a day still shows someone in the post asked about."""
    return any(
        _ordinal(e.article.article.published) > by
        and _in_the_post(e, roles)
        and (not places or _in_country(kb, e, places))
        for e in kb.members("entity", key)
    )


def _in_the_post(entry: Entry, roles: list[Word]) -> bool:
    """Whether a person's entry gives them the post these words describe (a former minister
    does not hold it)."""
    role = entry.item.role
    return (
        bool(role)
        and not normalize(role).startswith(("former ", "ex-", "then "))
        and _role_says(role, entry.item.country, roles)
    )


# an event named for someone taking up a post: "Kim Yong-hyun becomes defense minister"
_TOOK_OFFICE_RE = re.compile(
    r"\b(?:becomes?|became|takes?\s+office|took\s+office|appointed|sworn\s+in|succeeds?|replaces?)\b",
    re.IGNORECASE,
)


def _took_office(kb: KnowledgeBase, key: str, entry: Entry) -> PartialDate | None:
    """When someone took up the role an article gives them: the date of that article's event
    named for them taking a post, if it has one."""
    for event in entry.article.events:
        if not (event.date and entry.item.id in event.entities and _TOOK_OFFICE_RE.search(event.name)):
            continue
        if key in _taker(kb, event.name):
            return PartialDate.parse(event.date)
    return None


_SPAN_DAYS = {Precision.MONTH: 30, Precision.YEAR: 11 * 31 + 30}  # to a period's last day (see _ordinal)


def _title_named(kb: KnowledgeBase, q: Question) -> frozenset[str] | None:
    """The one name the question gives as a title, not by anyone's own name: "the south korean
    defense minister", an alias of Lee, Shin and Kim, or "the japanese defense minister",
    Kihara's; the people it names, if it gives one."""
    titled = [
        g
        for g in q.named
        if all(_is_person(kb, k) for k in g) and _role_words(kb, g) and not q.name_words & _own_names(kb, g)
    ]
    return titled[0] if len(titled) == 1 and len(_people_named(kb, q)) == 1 else None


def _own_names(kb: KnowledgeBase, group: frozenset[str]) -> set[str]:
    """The words of these people's own names ("lloyd", "austin"), as their entries give them."""
    return {w for key in group for e in kb.members("entity", key) for w in words(e.item.name)}


def _year_asked(text: str) -> PartialDate | None:
    """The one year a question names ("in 2023"), if it names one."""
    years = set(_YEAR_RE.findall(text))
    return PartialDate(int(years.pop())) if len(years) == 1 else None


def _holding_counted(kb: KnowledgeBase, q: Question) -> frozenset[str] | None:
    """For "how many defense ministers ...": everyone the articles give that post, at any time
    (not as a former holder), when more than one; None when what is counted is no post."""
    counted = [w for w in q.words if w.terms & q.counted]
    if not counted or not set(_table(kb, "role-terms")) & {t for w in counted for t in w.terms}:
        return None
    held = frozenset(
        key
        for key in _table(kb, "people")
        for e in kb.members("entity", key)
        if e.item.role
        and not normalize(e.item.role).startswith(("former ", "ex-"))
        and _role_says(e.item.role, e.item.country, counted)
    )
    return held if len(held) > 1 else None


def _role_words(kb: KnowledgeBase, group: frozenset[str]) -> list[Word]:
    """The role several people share, as words to look for in roles, each on its own (so that
    they must come in a row: "deputy minister for national defense policy" is no defense minister)."""
    held = [{t for e in kb.names.members("entity", key) for t in terms(e.item.role or "")} for key in group]
    shared = sorted(set.intersection(*held)) if held else []  # what every one of them has been
    return [Word(t, (frozenset({t}),), 1.0, True) for t in shared]


def _role_says(role: str, country: str | None, asked: list[Word]) -> bool:
    """Whether a role is the one asked about: every word asked is in it or in the country, and
    the role's own words asked come in a row ("defense minister", not "deputy minister for
    national defense policy")."""
    said = [stem(w) for w in words(role) if w not in _ROLE_JOINERS]  # "secretary of defense": in a row
    nation = set(terms(country or ""))
    if not all(w.held_by(set(said) | nation) for w in asked):
        return False
    own = [w for w in asked if not w.held_by(nation)]  # "South Korea's": the country, not the role
    places = [i for w in own for i, t in enumerate(said) if w.held_by({t})]
    lesser = [t for t in said[: min(places, default=0)] if t in _UNDER_TERMS]
    if any(not any(w.held_by({t}) for w in asked) for t in lesser):
        return False  # "principal deputy national security adviser" is no national security adviser
    return not places or max(places) - min(places) < len(own)


_ROLE_JOINERS = frozenset("of the".split())
# words before a title that make it another, lesser post: its deputy is not its holder
_UNDER_TERMS = frozenset(stem(w) for w in "deputy vice assistant acting under".split())


ORDER_TERMS = frozenset(
    t
    for w in "now still current currently today latest newest present new incoming".split()
    for t in terms(w)
)


def _people(kb: KnowledgeBase) -> list[str]:
    """Every person's identity, once."""
    same, seen = kb.same("entity"), dict[str, None]()
    for article in kb.articles:
        for person in article.people:
            seen.setdefault(same(name_key(person.name)), None)
    return list(seen)


def _is_place(kb: KnowledgeBase, key: str) -> bool:
    members = kb.names.members("entity", key)
    return bool(members) and members[0].item.kind == EntityKind.COUNTRY


def _in_country(kb: KnowledgeBase, entry: Entry, places: set[str]) -> bool:
    country = entry.item.country
    return bool(country) and kb.same("entity")(name_key(country)) in places


def _as_of(article: ArticleFile) -> str:
    return f"as of {article.article.published.short()}, per {article.article.outlet}"


def _named_by_document(kb: KnowledgeBase, q: Question) -> Answer | None:
    """ "The joint statement refers back to an earlier summit: when was that": the one event of the
    kind asked ("summit") that the document's units name, other than those its article reports
    (the meeting it came out of); that event's date and place. The question names the document,
    not the event."""
    if q.asks not in (Asks.WHEN, Asks.WHERE) or q.events:
        return None
    named_documents = [g for g in q.named if documents(kb, g)]
    if len(named_documents) != 1:
        return None
    kinds = {t for w in q.words if not (w.anchor or w.number) for t in terms(w.typed)}  # as typed
    named: set[str] = set()
    for key in named_documents[0]:
        for i in kb.docs_involving(key):
            doc = kb.docs[int(i)]
            named |= {
                e for e in _events_of(kb, doc) - _own_events(kb, doc.article) if _of_event_kind(kb, e, kinds)
            }
    return _relabel(lookups.when(kb, named.pop())) if len(named) == 1 else None


def _of_event_kind(kb: KnowledgeBase, key: str, kinds: set[str]) -> bool:
    """Whether an event is of a kind these words say: its kinds, or the last word of a name of it
    ("summit" for the ROK-U.S. Summit; not "south", of its alias "South Korea-U.S. summit")."""
    return any(
        kinds & {t for name in (e.item.name, *e.item.aliases, *e.item.is_a) for t in terms(name)[-1:]}
        for e in kb.members("event", key)
    )


def _same_day(found: Answer, articles: list[ArticleFile]) -> Answer:
    """Articles listed that all came out on one day say so first ("did the two pieces come out
    the same day or which was first": both on 13 March 2023)."""
    days = {a.article.published for a in articles}
    if len(days) != 1:
        return found
    both = "Both" if len(articles) == 2 else f"All {len(articles)}"
    lead = f"{both} came out the same day, {next(iter(days)).human()}."
    return replace(found, text=f"{lead} {found.text}")


def _relabel(found: Answer) -> Answer:
    return replace(found, command="ask")


# --- 3. ranking -------------------------------------------------------------------------------


def _candidates(kb: KnowledgeBase, q: Question) -> list[tuple[Doc, float]]:
    """Units by relevance (BM25 / best BM25) plus the bonuses of weights.py, best first."""
    query = list(q.terms)
    if not query and not q.named:
        return []
    n = len(kb.docs)
    scores = np.zeros(n, dtype=np.float32)
    if query:
        bm25 = _word_scores(kb, q)
        top = float(bm25.max()) if n else 0.0
        if top > 0:
            scores += bm25 / top
    involved = np.zeros(n, dtype=np.float32)
    for group in q.named:
        found = [kb.docs_involving(k) for k in group]  # each without repeats
        ids = found[0] if len(found) == 1 else np.unique(np.concatenate(found or [np.zeros(0, np.int32)]))
        involved[ids] += 1.0 / len(q.named)
    scores += weights.NAMED * involved
    if not query:  # only names ("What did Lee say?"): what involves every one of them
        scores[involved < 1.0] = 0.0
    scores += _kind_bonuses(kb, q)
    if q.later is not None and q.anchored_events:
        scores[_in_time_events(kb, q)] += weights.IN_TIME
    if q.speech and q.asks in (Asks.WHAT, Asks.HOW):
        scores[_spoken(kb, q)] += weights.SPOKEN
    if q.asks == Asks.HOW and q.named:
        scores[_acting(kb, q)] += weights.ACTING
    alive = kb.bm25.alive & (kb.kinds != KIND_CODES[DocKind.TERM])
    candidates = np.flatnonzero(alive & (scores > 0))
    if len(candidates) > TOP:
        candidates = candidates[np.argpartition(-scores[candidates], TOP)[:TOP]]
    order = candidates[np.lexsort((candidates, kb.doc_rank[candidates], -scores[candidates]))]
    out = [(kb.docs[d], float(scores[d])) for d in order[:CONSIDERED]]
    return sorted(((doc, score + _text_bonus(kb, q, doc)) for doc, score in out), key=lambda x: -x[1])


def _word_scores(kb: KnowledgeBase, q: Question) -> np.ndarray:
    """BM25 by word: a word counts once, by the best of the terms it may appear as, so the
    vocabulary's many words for "react" weigh no more than "react" itself."""
    total = np.zeros(len(kb.docs), dtype=np.float32)
    single: dict[str, np.ndarray] = {}
    for word in q.words:
        best = np.zeros(len(kb.docs), dtype=np.float32)
        for option in word.options:  # a phrase scores as its weakest word: all must be there
            found = [single.setdefault(t, kb.bm25.scores([t])[0]) for t in sorted(option)]
            score = np.minimum.reduce(found) if len(found) > 1 else found[0]
            np.maximum(best, score, out=best)
        total += best
    return total


def _kind_bonuses(kb: KnowledgeBase, q: Question) -> np.ndarray:
    """Per doc: curated units over raw sentences, the news day (kept per knowledge base, keyed
    by the weights so that a test changing one sees its effect)."""
    key = f"ask-bonus-{weights.CURATED}-{weights.NEWS_DAY}"
    return kb.cached(key, lambda: _bonus_array(kb))


def _bonus_array(kb: KnowledgeBase) -> np.ndarray:
    curated = (kb.kinds == KIND_CODES[DocKind.EVENT]) | (kb.kinds == KIND_CODES[DocKind.FACT])
    bonus = np.where(curated, weights.CURATED, 0.0) + np.where(kb.news_day, weights.NEWS_DAY, 0.0)
    return bonus.astype(np.float32)


def _spoken(kb: KnowledgeBase, q: Question) -> np.ndarray:
    """For "what did X say": the quotes X said (alone or in a joint statement); with no one
    named, every quote."""
    if not q.named:
        return np.flatnonzero(kb.kind_mask(frozenset({DocKind.QUOTE})))
    said = set()
    for group in q.named:
        said |= {kb.doc_id(a.id, quote.id) for key in group for a, quote in kb.quotes_by(key)}
    return np.fromiter((d for d in said if d is not None), dtype=np.int32)


def _acting(kb: KnowledgeBase, q: Question) -> np.ndarray:
    """For "how did X respond": what X did and said (X's actions and quotes), and what X's own
    bodies and officials did ("how did Pyongyang react": its Foreign Ministry), not what others
    did to X."""
    responders = [group for n, group in enumerate(q.named) if n in q.responders] or q.named
    actors = set().union(*(_and_theirs(kb, group) for group in responders))
    acted: set[int | None] = set()
    for key in actors:
        acted |= {kb.doc_id(a.id, quote.id) for a, quote in kb.quotes_by(key)}
        for entry in kb.names.members("entity", key):
            acted |= {
                kb.doc_id(entry.article.id, f"{entry.item.id}#{n}") for n in range(len(entry.item.actions))
            }
    return np.fromiter((d for d in acted if d is not None), dtype=np.int32)


def _and_theirs(kb: KnowledgeBase, group: frozenset[str]) -> set[str]:
    """The identities named, and the people and bodies of those that are countries; of a
    document, the groups of those who issued it ("the two sides" of the joint statement)."""
    citizens, voices = _table(kb, "citizens"), _table(kb, "voices")
    return set(group).union(
        *(citizens.get(key, ()) for key in group), *(voices.get(key, ()) for key in group)
    )


def _voices(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Document identity -> the groups of an article with the same members as the document
    (the joint statement Austin and Lee issued, and "the two sides (Austin and Lee)")."""
    out: dict[str, set[str]] = {}
    for article in kb.articles:
        members = {e.id: frozenset(e.members) for e in article.entities if e.members}
        for entity in article.entities:
            document = kb.entity_key(article.id, entity.id)
            if entity.kind != EntityKind.DOCUMENT or not entity.members or document is None:
                continue
            issued = frozenset(entity.members)
            groups = (kb.entity_key(article.id, other) for other, same in members.items() if same == issued)
            out.setdefault(document, set()).update(g for g in groups if g is not None and g != document)
    return out


def _citizens(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Country identity -> the people and bodies of that country (by their `country`)."""
    same = kb.same("entity")
    out: dict[str, set[str]] = {}
    for article in kb.articles:
        for entity in article.entities:
            if entity.country and (key := kb.entity_key(article.id, entity.id)) is not None:
                out.setdefault(same(name_key(entity.country)), set()).add(key)
    return out


def _text_bonus(kb: KnowledgeBase, q: Question, doc: Doc) -> float:
    """What only a unit's text tells: a reason for "why", what a name says for "why is it called
    X". ("Which aircraft" needs no bonus: a unit naming no aircraft does not fit at all, see
    _fits.)"""
    if q.naming and _NAMING_RE.search(doc.text):
        return weights.REASON
    return weights.REASON if q.asks == Asks.WHY and _REASON_RE.search(doc.text) else 0.0


def _of_kind(kb: KnowledgeBase, q: Question, doc: Doc) -> list[str]:
    """The entries of the asked kind ("aircraft", "country") a unit names: what "which X" wants;
    things of their own rather than kinds of things, if it names any ("which sub docked": the
    USS Kentucky, not "ballistic missile submarine", the class it is of)."""
    found = _placed_as_asked(kb, q, _kind_entries(kb, q, doc))
    classes = _table(kb, "classes")
    return [key for kind, key in found if (kind, key) not in classes] or [key for _, key in found]


def _placed_as_asked(kb: KnowledgeBase, q: Question, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """ "Which SCM was the one in Seoul": of the events a unit names, those the articles place
    where the question does, if any (the 55th, not the 54th it names beside it)."""
    if q.asks != Asks.WHAT or not q.named:
        return found
    typed = set(q.terms) | q.name_words  # "in seoul": the place as typed (Seoul names South Korea too)
    there = [
        (kind, key)
        for kind, key in found
        if kind == "event"
        and any(e.item.place and set(terms(e.item.place)) & typed for e in kb.members("event", key))
    ]
    return there or found


def _kind_entries(kb: KnowledgeBase, q: Question, doc: Doc) -> list[tuple[str, str]]:
    kinds = _table(kb, "kinds")
    wanted = {key for t in q.asked_kind for key in kinds.get(t, ())}
    if not wanted:
        return []
    said = set(q.terms)  # "which SSBN": the ballistic missile submarine is the kind, not an answer
    # "which submarine visited before the Kentucky": the Kentucky places it, and is not it
    placing = [w for w in q.words if w.anchor]
    # "the North Korean sub": a country in the kind asked says whose
    kind_terms = {t for w in q.kind_words for t in terms(w)}
    whose = {k for g in q.named if any(set(terms(k)) <= kind_terms for k in g) for k in g}
    aside = frozenset().union(*(q.named[n] for n in q.set_aside))  # "which country besides the US"
    aside |= _companions(kb, q)  # "which jets flew with the B-52": worked out once, not per entry
    return [
        (kind, key)
        for kind, key in dict.fromkeys(_features(kb, doc).named)
        if (kind, key) in wanted
        and key not in aside
        and not set(terms(key)) <= said
        and not any(w.held_by(set(terms(key))) for w in placing)
        and (not q.proper or _proper(kb, kind, key))
        and not (whose and _of_another_country(kb, kind, key, whose))
        and key not in _placing(kb, doc)
    ]


_WITH = frozenset("with alongside beside besides except than".split())


def _companions(kb: KnowledgeBase, q: Question) -> frozenset[str]:
    """ "Which jets flew with the B-52": what the question names right after "with" (or
    "besides", "than") goes with the answer and is not it."""
    typed = words(q.text)

    def after_with(start: int) -> bool:
        before = [w for w in typed[:start] if w != "the"]  # "with the B-52"
        return bool(before) and before[-1] in _WITH

    return frozenset(
        kb.same(kind)(key)
        for kind in ("entity", "event", "term")
        for start, _, keys in kb.names.mentions_in(typed, kind)
        if after_with(start)
        for key in keys
    )


def _reference_years(doc: Doc) -> set[str]:
    """The years a unit of another year names only to place itself ("in late September 2022,
    the first such deployment since 2017"): 2017 is not when it happened."""
    typed = words(doc.text)
    years = [(at, w) for at, w in enumerate(typed) if _is_year(w)]
    placing = {w for at, w in years if ANCHORS & set(typed[max(0, at - 2) : at])}
    own = {w for _, w in years} - placing | ({str(doc.date.year)} if doc.date is not None else set())
    return placing - own if own else set()


def _rival(kb: KnowledgeBase, typed: str, features: _Features) -> bool:
    """Whether a unit names another thing of the kind a term asked is, in its own words, while
    only its paragraph names the one asked ("how far did the Hwasong-18 fly": a unit about
    short-range missiles, beside a sentence recalling the Hwasong-18)."""
    asked = {key for _, _, keys in kb.names.mentions_in([typed], "term") for key in keys}
    if not asked:
        return False
    kinds = {label for key in asked for e in kb.members("term", key) for label in e.item.is_a}
    return any(
        kinds & set(e.item.is_a) or kinds & {key}
        for kind, key in features.named
        if kind == "term" and key not in asked
        for e in kb.members("term", key)
    )


def _another_year(doc: Doc, typed: str) -> bool:
    """Whether a year asked is not the year of a unit dated to another, which does not say it."""
    return (
        _is_year(typed)
        and doc.date is not None
        and doc.date.year != int(typed)
        and typed not in words(doc.text)
    )


_NTH_RE = re.compile(  # "the eighth table-top exercise", "the 56th SCM": a number after the first
    rf"\b(?:{'|'.join(sorted(_ORDINALS))}|\d+(?:nd|rd|th))\s+((?:[\w-]+\s+){{0,4}}[\w-]+)", re.IGNORECASE
)


_FIRST_SINCE_RE = re.compile(r"\bfirst\b[^.;]*?\bsince\b", re.IGNORECASE)  # "the first ... since 2011"
_FIRST_OF_ALL_RE = re.compile(r"\bfirst\b(?![^.;]*\bsince\b)", re.IGNORECASE)  # not "first since"


def _a_later_one(q: Question, relevant: list[Candidate]) -> Candidate | None:
    """For "when was the first X": a unit about the question calling its X by a later number
    ("the eighth table-top exercise"), when none calls one the first without "since" (the first
    since 2022 is no first of all): the articles know a later one, not the first."""
    near = [c for c in relevant if c.cover >= weights.COVER]
    if any(_calls_first(c.doc.text, set(q.terms)) for c in near):
        return None
    return next((c for c in near if _number_given(q, c.doc) is not None), None)


def _number_given(q: Question, doc: Doc) -> str | None:
    """The later number a unit gives what the question asks about ("eighth", of "the eighth
    table-top exercise"), if any."""
    asked = set(q.terms)
    return next((m[0].split()[0] for m in _NTH_RE.finditer(doc.text) if set(terms(m[1])) & asked), None)


_FIRST_WHAT_RE = re.compile(r"\bfirst\s+((?:[\w-]+\s+){0,4}[\w-]+)", re.IGNORECASE)


def _calls_first(text: str, asked: set[str]) -> bool:
    """Whether a unit calls a thing asked about the first of all: "the first nuclear test", not
    "the first update of the strategy" (no word asked) nor "the first held since 2022"."""
    return any(
        set(terms(m[1])) & asked and not _FIRST_SINCE_RE.match(text, m.start())
        for m in _FIRST_WHAT_RE.finditer(text)
    )


def _misses_a_term(kb: KnowledgeBase, q: Question, best: Candidate) -> bool:
    """Whether the best unit lacks a word of a term's name the question gives ("the Kentucky")."""
    typed = words(q.text)
    named = {w for start, end, _ in kb.names.mentions_in(typed, "term") for w in typed[start:end]}
    return any(set(w.typed.split()) & named for w in best.missing)


def _reason_elsewhere(
    kb: KnowledgeBase, q: Question, best: Candidate, judged: list[Candidate]
) -> Candidate | None:
    """For "why did the US send the Kentucky to Busan", the best unit telling it but no reason:
    a unit of the same article giving a reason ("the Kentucky's visit is the most visible step
    yet in Washington's effort to reassure Seoul"), covering enough of the question
    (weights.REASON_ELSEWHERE) and involving every person or body it names."""
    for c in judged:
        if (
            c.doc.article.id == best.doc.article.id
            and c is not best
            and c.cover >= weights.REASON_ELSEWHERE
            and _REASON_RE.search(c.doc.text)
            and _involves_the_named(kb, q, c.doc)
        ):
            return c
    return None


def _involves_the_named(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether a unit involves every person or body the question names, itself or by its people."""
    return _involves_each(kb, list(q.named), doc)


def _involves_each(kb: KnowledgeBase, groups: list[frozenset[str]], doc: Doc) -> bool:
    """Whether a unit involves each of these people or bodies, itself or by its people."""
    involved = _features(kb, doc).involved
    return all(group & involved or _and_theirs(kb, group) & involved for group in groups)


def _no_reason_near(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether a unit gives no reason, nor does the sentence after the one it rests on."""
    if _REASON_RE.search(doc.text) or _NAMING_RE.search(doc.text):  # "the word Shield stands for that"
        return False
    sentence = _supporting_sentence(kb, q, doc)
    after = _next_sentence(kb, sentence) if sentence else None
    return not any(near and _REASON_RE.search(near.text) for near in (sentence, after))


def _number_unborne(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether the question claims a number of some measure ("a 15-day exercise") the articles
    never give, and the unit has its figure only inside a name ("Hwasong-15") or not at all."""
    said = set(words(doc.text))
    return any(
        w.number and "-" in w.typed and not _number_known(kb, w) and w.typed not in said
        for w in q.words
        if not _is_year(w.typed)
    )


def _dated_otherwise(best: Candidate) -> bool:
    """Whether the best unit lacks a month or year the question gives, being dated to another."""
    date = best.doc.date
    if date is None:
        return False
    return any(
        (bool(date.month) and MONTH_NUMBERS.get(w.typed) not in (None, date.month))
        or (_is_year(w.typed) and int(w.typed) != date.year)
        for w in best.missing
        if not w.anchor
    )


def _month_elsewhere(q: Question, best: Candidate) -> str | None:
    """For "how many": a month the question counts in ("how many missiles did NK fire in January
    2023"), when the best unit is dated to another month, does not say it, and is in an article
    of another month (whose month would be the setting it names): it counts another time's."""
    date, published = best.doc.date, best.doc.article.article.published
    if date is None or date.precision not in (Precision.MONTH, Precision.DAY) or q.asks != Asks.COUNT:
        return None
    for word in best.missing:
        month = MONTH_NUMBERS.get(word.typed)
        if month is not None and not word.anchor and month not in (date.month, published.month):
            return word.typed.capitalize()
    return None


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _placing(kb: KnowledgeBase, doc: Doc) -> set[str]:
    """The entries an event's unit names only to place the event in time ("the last such
    deployment before the USS Ronald Reagan's"): no answer to "which carrier" of it. (In a
    sentence, "hours after the Kentucky docked" may be what is asked about.)"""
    if doc.kind != DocKind.EVENT:
        return set()
    typed = words(doc.text)
    return {
        key
        for kind in ("entity", "term")
        for start, _, keys in kb.names.mentions_in(typed, kind)
        if ANCHORS & set(typed[max(0, start - 2) : start])
        for key in keys
    }


def _of_another_country(kb: KnowledgeBase, kind: str, key: str, whose: set[str]) -> bool:
    """Whether an entry's own description gives it a country, and not the one asked ("A U.S.
    Ohio-class submarine" is no North Korean sub)."""
    text = " ".join(
        f"{getattr(m.item, 'country', None) or ''} {getattr(m.item, 'definition', None) or ''} "
        f"{getattr(m.item, 'description', None) or ''}"
        for m in kb.members(kind, key)
    )
    said = {k for _, _, keys in kb.names.mentions_in(words(text), "entity", adjectives=True) for k in keys}
    countries = {k for k in said if _is_place(kb, k)}
    return bool(countries) and not countries & whose


def _classes(kb: KnowledgeBase) -> set[tuple[str, str]]:
    """The entries that are what other entries are ("ballistic missile submarine", which the USS
    Kentucky is): kinds of things rather than things of their own."""
    out: set[tuple[str, str]] = set()
    for article in kb.articles:
        for item in (*article.entities, *article.events, *article.terms):
            for label in item.is_a:
                out.update((kind, kb.same(kind)(name_key(label))) for kind in ("entity", "event", "term"))
    return out


def _individuals_first(kb: KnowledgeBase, q: Question, fitting: list[Candidate]) -> list[Candidate]:
    """For "which X": of the candidates about as good as the best, one naming an X of its own
    goes first, before those naming only a kind of X."""
    if not q.asked_kind or q.kind_of or len(fitting) < 2:
        return fitting
    classes = _table(kb, "classes")
    near = _near_best(fitting)
    pick = next((c for c in near if any(e not in classes for e in _kind_entries(kb, q, c.doc))), None)
    return _put_first(fitting, pick)


def _proper(kb: KnowledgeBase, kind: str, key: str) -> bool:
    """Whether an entry's name is a name of its own ("Freedom Edge", "Hwasong-15"), capitalised
    as English writes proper names, rather than what it is ("multi-domain exercise", "Annual
    trilateral exercises": a capital that only starts the name, on an everyday word)."""
    if kind == "entity":  # people, countries, bodies
        return True
    members = kb.names.members(kind, key)
    said = members[0].name.split() if members else []
    if any(w[:1].isupper() for w in said[1:]):
        return True
    return bool(said) and said[0][:1].isupper() and english.zipf(said[0].lower()) < GENERIC_ZIPF


def _named(kb: KnowledgeBase, doc: Doc) -> tuple[tuple[str, str], ...]:
    """Every term, event and body or person a unit names, as (kind, identity), in that order."""
    typed = words(doc.index_text or doc.text)
    found = [
        (kind, key)
        for kind in ("term", "event", "entity")
        for _, _, keys in kb.names.mentions_in(typed, kind)
        for key in keys
    ]
    keys = (kb.entity_key(doc.article.id, entity_id) for entity_id in sorted(doc.entities))
    found += [("entity", key) for key in keys if key is not None]
    return tuple(dict.fromkeys(found))


# A government, a military or a group is an organization, a body: "which organization ..."
_BODY = {
    k: ("organization", "body")
    for k in (EntityKind.GOVERNMENT, EntityKind.MILITARY, EntityKind.ORGANIZATION, EntityKind.GROUP)
}


def _kinds(kb: KnowledgeBase) -> dict[str, set[tuple[str, str]]]:
    """Each word of a kind ("aircraft", "ship", "country") to the entries of that kind."""
    out: dict[str, set[tuple[str, str]]] = {}
    for article in kb.articles:
        entries = [
            *(("entity", e.name, [*e.is_a, e.kind.value, *_BODY.get(e.kind, ())]) for e in article.entities),
            *(("event", e.name, e.is_a) for e in article.events),
            *(("term", t.term, t.is_a) for t in article.terms),
        ]
        for kind, name, kinds in entries:
            key = kb.same(kind)(name_key(name))
            for label in kinds:  # a label's kind is its head noun: an aircraft carrier is a carrier
                for t in terms(label)[-1:]:
                    out.setdefault(t, set()).add((kind, key))
            if family := _FAMILY_RE.fullmatch(name):  # "which Hwasongs": the Hwasong-15 is one
                for t in terms(family[1]):
                    out.setdefault(t, set()).add((kind, key))
    return out


_FAMILY_RE = re.compile(r"([A-Za-z]{3,})-\d+[A-Za-z]?")  # a model's family and number: "Hwasong-18"


# --- 4. judging -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Features:
    """What judging asks of a unit, whatever the question: worked out once per unit."""

    held: frozenset[str]  # its words, and the words of the names of those it involves
    around: frozenset[str]  # the words of its paragraph
    involved: frozenset[str]  # the identities it involves
    nearby: frozenset[str]  # the identities its paragraph involves
    about: frozenset[str]  # the events it is, or it or its paragraph names
    named: tuple[tuple[str, str], ...]  # what it names, (kind, identity), for "which X"


def _features(kb: KnowledgeBase, doc: Doc) -> _Features:
    return _per_unit(kb, "ask-features", doc, lambda: _worked_out(kb, doc))


def _worked_out(kb: KnowledgeBase, doc: Doc) -> _Features:
    paragraph = kb.sentences_in(doc.article, doc.paragraphs)
    involved, nearby = _identities_near(kb, doc)
    return _Features(
        frozenset(terms(doc.index_text or doc.text)) | _involved_words(kb, doc),
        frozenset(t for sentence in paragraph for t in terms(sentence.text))
        | _news_time(doc)
        | _other_names(kb, _events_of(kb, doc)),
        involved,
        nearby,
        frozenset(_events_of(kb, doc).union(*(_events_of(kb, s) for s in paragraph))),
        _named(kb, doc),
    )


def _other_names(kb: KnowledgeBase, events: frozenset[str] | set[str]) -> frozenset[str]:
    """The words of every name of the events a unit names: "the port call" is "the Kentucky port
    call" too, which the unit does not say but means (context, as its paragraph is)."""
    return frozenset(
        t
        for key in events
        for entry in kb.members("event", key)
        for name in (entry.item.name, *entry.item.aliases)
        for t in terms(name)
    )


def _dated_events(kb: KnowledgeBase, keys: frozenset[str]) -> frozenset[str]:
    """The events some article dates: an event none does ("talks at the earliest opportunity")
    was planned where it is reported, not another held."""
    return frozenset(key for key in keys if _event_dates(kb, [frozenset({key})]))


def _about_nothing_else(kb: KnowledgeBase, others: frozenset[str], group: frozenset[str]) -> bool:
    """Whether the other events a unit is about are none, or only years the event asked about
    falls in ("the 70th anniversary" of the alliance, 2023, for a meeting in January 2023); a
    month is not, for a state visit that month holds other things than the day asked about."""
    others = _dated_events(kb, others)
    if not others:
        return True
    days = _event_dates(kb, [group])
    return bool(days) and all(
        any(
            period.precision == Precision.YEAR and _within(day, period)
            for day in days
            for period in _event_dates(kb, [frozenset({key})])
        )
        for key in others
    )


def _news_time(doc: Doc) -> frozenset[str]:
    """The month and year its article came out, for a unit with no date of its own: "the January
    2023 talks" are the setting of what an article of that month says, as its paragraph is."""
    if doc.date is not None or doc.kind not in (DocKind.SENTENCE, DocKind.FACT):
        return frozenset()
    published = doc.article.article.published
    return frozenset(terms(f"{calendar.month_name[published.month]} {published.year}"))


def _identities_near(kb: KnowledgeBase, doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The identities a unit involves, and those its paragraph involves, with the countries of
    the people and bodies it involves ("South Korea's defense minister at the 56th SCM": a unit
    naming Kim Yong-hyun is near South Korea, as its paragraph would be)."""

    def make() -> tuple[frozenset[str], frozenset[str]]:
        paragraph = kb.sentences_in(doc.article, doc.paragraphs)
        involved = frozenset(_doc_identities(kb, doc))
        countries = _table(kb, "ask-countries")
        return (
            involved,
            frozenset(k for s in paragraph for k in _doc_identities(kb, s)).union(
                *(countries.get(k, ()) for k in involved)
            ),
        )

    return _per_unit(kb, "ask-people", doc, make)


def _countries_of(kb: KnowledgeBase) -> dict[str, set[str]]:
    """Person or body identity -> the countries they are of (the inverse of _citizens)."""
    out: dict[str, set[str]] = {}
    for country, members in _table(kb, "citizens").items():
        for key in members:
            out.setdefault(key, set()).add(country)
    return out


K = TypeVar("K")


def _per_unit(kb: KnowledgeBase, key: str, doc: Doc, make: Callable[[], K]) -> K:
    """What a unit gives, worked out on first sight and kept per knowledge base (at most
    FEATURES_KEPT units; a knowledge base's units live as long as it does)."""
    return _kept(kb, key, id(doc), FEATURES_KEPT, make)


def _kept(kb: KnowledgeBase, name: str, key: Any, most: int, make: Callable[[], K]) -> K:
    """A value worked out once per key and kept per knowledge base, at most `most` of them (then
    it starts afresh). Filled as questions come, so not read-only like kb.cached's other values:
    a race between the engine thread and a moderator's report costs one value worked out twice,
    nothing more (single dict operations are atomic). A `make` that may give None wraps it."""
    kept: dict[Any, K] = kb.cached(name, dict)
    found = kept.get(key)
    if found is None:
        if len(kept) >= most:
            kept.clear()
        found = kept[key] = make()
    return found


# "China: was criticised by ...", "Japan: The Hwasong-15 fell inside its zone": an entry's
# action in which it is acted on, or another is the subject, not what it did
_PASSIVE_RE = re.compile(
    r"^[^:]{1,80}:\s+(?:(?:was|were|is|are|has\s+been|had\s+been)\s+\w+(?:ed|en)|(?:the|a|an|its|their)\s)\b",
    re.I,
)


def _responds(
    kb: KnowledgeBase, q: Question, doc: Doc, acting: frozenset[int], since: PartialDate | None = None
) -> bool:
    """ "How did X respond": a unit in which X acts (its actions and words, or a sentence with X
    its subject, named before its first verb), not one in which others act, or X is acted on
    ("China: was criticised by ...", "The leaders criticised China"); and not from before what
    it responds to (`since`), nor, undated, from that day's own report of it unless it says X
    responded (what X had been doing is what the report gives as the background)."""
    if not _asks_response(q):
        return True
    published = doc.article.article.published
    if since is not None and _over_before(doc.date or published, since):
        return False  # over before it: "how did NK respond to Camp David" is no April news
    if (
        since is not None
        and doc.date is None
        and published <= since
        and not _SAYS_RESPONSE_RE.search(doc.text)
    ):
        return False  # undated, in a report from that very day: what X had done, unless it says "responded"
    if since is not None and _HABITUAL_RE.search(doc.text):
        return False  # "North Korea has long denounced such drills": a standing view, no response to it
    if id(doc) in acting:
        return not _PASSIVE_RE.match(doc.text)
    drawn = _DRAWS_FROM_RE.search(doc.text) if _FORESEEN_RE.search(q.text) else None
    found = (
        {k for _, _, keys in kb.names.mentions_in(words(drawn["who"]), "entity") for k in keys}
        if drawn
        else set()
    )
    if found:  # "how will Beijing react": "a passage likely to draw protests from Beijing", foreseen
        # (not how it did react: a reaction foreseen is none reported)
        return bool(found & _and_theirs(kb, q.named[0]))
    return bool((_subject_keys(kb, doc) or frozenset()) & _and_theirs(kb, q.named[0]))


_FORESEEN_RE = re.compile(r"\b(?:will|would|gonna|going\s+to|likely|expected\s+to)\b", re.IGNORECASE)
# a reaction a unit foresees or reports of someone: "likely to draw protests from Beijing"
_DRAWS_FROM_RE = re.compile(
    r"\b(?:draw|drew|drawn|draws|prompt\w*|provok\w*|spark\w*|trigger\w*)\s+(?:[\w-]+\s+){0,3}?from\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)"
)


def _over_before(date: PartialDate, since: PartialDate) -> bool:
    """Whether a date's whole period is before `since`: June 2024 is before 30 October 2024;
    October 2024 is not (its last days are after it)."""
    return date < replace(since, month=since.month if date.month else 0, day=since.day if date.day else 0)


# a unit saying that someone answered what was done: "responded", "in reply", "denounced",
# "said it was regrettable"
_SAYS_RESPONSE_RE = re.compile(
    r"\b(?:respon(?:d|ded|ds|se)|react(?:ed|ion)?|repl(?:y|ied)|retort(?:ed)?|denounc\w*|slamm?ed|blasted|warned|said)\b",
    re.I,
)
# what someone always says or does, not what they did about one event
_HABITUAL_RE = re.compile(
    r"\b(?:has|have)\s+long\b|\b(?:routinely|habitually|always|regularly|usually)\b|^[^:]{1,80}:\s+says\b",
    re.I,
)
_NEXT_RE = re.compile(r"\b(?:next|upcoming)\b(?!\s+(?:day|morning|night|evening|afternoon|week)\b)", re.I)
_AHEAD_RE = re.compile(
    r"\b(?:will\s+(?:be\s+held|meet|hold|take\s+place|convene|host)|plan(?:s|ned)?\s+to|next|upcoming|"
    r"to\s+be\s+held|prepar\w*\s+(?:to|for)|ready\s+(?:to|for))\b",  # "preparations to conduct a test"
    re.I,
)


def _ahead(q: Question, doc: Doc) -> bool:
    """ "Where will the next summit be held": a unit about one still to come when it was
    written, not the summits it reports as held."""
    if not _NEXT_RE.search(q.text):
        return True
    ahead = doc.date is not None and doc.date > doc.article.article.published
    return ahead or bool(_PROSPECTIVE_RE.search(doc.text) or _AHEAD_RE.search(doc.text))


def _only_that_it_responded(doc: Doc) -> bool:
    """Whether a unit says only that someone responded, and when: no word but names, the
    response's verb and time ("North Korea answered early on Wednesday")."""
    said = [
        w
        for w in re.findall(r"[\w'-]+", doc.text)
        if not w[0].isupper() and w.lower() not in STOPWORDS and w.lower() not in _TIME_OF_DAY
    ]
    return bool(said) and all(stem(w.lower()) in RESPONSE_TERMS for w in said)


_TIME_OF_DAY = frozenset("early late morning afternoon evening night hours later soon".split())


def _asks_response(q: Question) -> bool:
    return q.asks == Asks.HOW and bool(q.named) and any(w.terms & RESPONSE_TERMS for w in q.words)


_RESPONDED_TO_RE = re.compile(
    r"\b(?:respond|responded|react|reacted|answer|answered)\s+(?:to|when|after)\s+(.{4,}?)[\s?!.]*$", re.I
)


def _responded_since(kb: KnowledgeBase, q: Question) -> PartialDate | None:
    """For "how did X respond to Y": when Y was, the event named, or Y dated as "when did Y" would
    date it ("the SSBN showing up in Busan"). A response is not from before it."""
    if not _asks_response(q):
        return None
    if days := _event_dates(kb, q.events):
        return min(days)
    what = _RESPONDED_TO_RE.search(q.text)
    doc = _dated(kb, f"when did {what.group(1)}") if what else None
    return _precise_date(kb, doc) if doc is not None else None


def _acting_units(kb: KnowledgeBase, q: Question) -> frozenset[int]:
    """For "how did X respond": X's own actions and quotes (as ids of units), which say how."""
    if q.asks != Asks.HOW or not q.named:
        return frozenset()
    return frozenset(id(kb.docs[d]) for d in _acting(kb, q).tolist())


def _judge(
    kb: KnowledgeBase, q: Question, doc: Doc, score: float, acting: frozenset[int] = frozenset()
) -> Candidate | None:
    """How much of the question's informative content a unit holds. `acting`: the units that
    are what the one the question asks about did or said, which hold how they responded."""
    features = _features(kb, doc)
    held, around = features.held, features.around
    total = covered = literal = 0.0
    missing = []
    # "which aircraft": a unit naming an aircraft (an entry of that kind) holds the thing asked for
    of_kind = bool(q.asked_kind) and bool(_of_kind(kb, q, doc))
    # "fired after the NCG meeting": the unit need not hold the time it is placed by, but its
    # article must: then that counts as context
    anchored = q.anchored_named or q.anchored_events or any(w.anchor for w in q.words)
    article = _article_features(kb, doc.article) if anchored else None
    # "the 2+2 after the 56th SCM": a unit dated after the SCM, whose article reports it, is
    # placed by it as fully as one naming it
    placed = anchored and _placed_by_dates(kb, q, doc)
    # "what did Austin say at the 55th SCM": in the article reporting the SCM, about nothing
    # else, every unit was said there; the event's name need not be in the unit
    own = _own_events(kb, doc.article) if q.events else frozenset()
    reported = (
        bool(own)
        and not _dated_events(kb, features.about - own)
        and all(group & own for group in q.events)
        and not _placed_elsewhere_than(kb, q, own, q.visited)
    )
    placed_years = _reference_years(doc)
    held_at = _where_held(kb, features.about)  # where the events it names were held
    for word in q.words:
        total += word.weight
        if word.typed in q.described:  # "the exercise they announced": the announcing is not asked
            if word.held_by(held):
                missing.append(word)
            else:
                covered += word.weight
        elif word.typed in placed_years or _another_year(doc, word.typed):
            missing.append(word)  # "in 2017" is not held by "the first since 2017", nor by a 2022 unit
        elif _a_verb_for_the_noun(q, word, doc) and not of_kind:
            missing.append(word)  # "which building": not "builds on", a verb stemmed alike
        elif (
            word.held_by(held)
            or (of_kind and word.essential and q.kind_words & set(word.typed.split()))
            or (word.setting and (reported or any(group & features.about for group in q.events)))
            or (word.essential and id(doc) in acting)  # "how did the ministry respond": what it said
            or (word.anchor and placed and article is not None and word.held_by(article.held))
            # "who headed the US team at the Pentagon tabletop": a unit naming the exercise names
            # where it was held
            or (not word.essential and word.held_by(held_at))
        ):
            covered += word.weight
            literal += word.weight if word.options and word.options[0] <= held else 0.0
        elif (
            (not word.essential and word.held_by(around) and not _rival(kb, word.typed, features))
            or (word.anchor and article is not None and word.held_by(article.held) and not placed)
            or (not word.essential and id(doc) in acting and word.held_by(_before(kb, doc)))
            or (q.speech and word.held_by(around | _before(kb, doc)) and _said_by(kb, q, doc))
        ):  # said in its paragraph or, placing it in time, in its article; or, for a response,
            # what it responds to in the paragraph before, as for what someone said "about the
            # launch" (their words need not name it): context, half as good
            covered += weights.CONTEXT * word.weight
        else:
            missing.append(word)
    involved, nearby = features.involved, features.nearby
    unnamed = 0
    for n, group in enumerate(q.named):
        total += weights.NAME_WEIGHT
        if group & involved or _said_as_typed(q, group, held):
            covered += weights.NAME_WEIGHT
        elif article and n in q.described_named and group & article.involved:
            covered += weights.NAME_WEIGHT  # who announced it, in its article: it is the one they did
        elif group & nearby or (article and n in q.anchored_named and group & article.involved):
            covered += weights.CONTEXT * weights.NAME_WEIGHT  # named in its paragraph or, as a time, article
        elif _of_the_country_acting(kb, group, doc):
            covered += weights.CONTEXT * weights.NAME_WEIGHT  # "Kim" preparing a test North Korea prepares
        else:
            unnamed += 1
    cover = covered / total if total else 1.0
    unevented = 0
    # said in the article reporting an event, a unit about nothing else it does not name is about
    # it ("which anniversary did they mark at the Austin-Lee meeting": the 70th, in its article)
    asked_or_own = own.union(*q.events)
    for n, group in enumerate(q.events):  # "what was agreed at the 2+2 meeting": about that one
        if group & features.about or (
            group & own and _about_nothing_else(kb, features.about - asked_or_own, group)
        ):
            continue  # about it, or said in the article that reports it, about nothing else
        if not (article and n in q.anchored_events and group & article.about):
            unevented += 1
    return Candidate(doc, score, cover, tuple(missing), unnamed, unevented, literal / total if total else 0.0)


def _of_the_country_acting(kb: KnowledgeBase, group: frozenset[str], doc: Doc) -> bool:
    """Whether someone named is of the country that acts in a unit: what North Korea does, its
    leader is asked about as doing ("which nuke test is Kim getting ready for")."""
    citizens = _table(kb, "citizens")
    return any(group & citizens.get(country, set()) for country in _subject_keys(kb, doc) or ())


def _a_verb_for_the_noun(q: Question, word: Word, doc: Doc) -> bool:
    """ "Which building": a noun in -ing is asked for, and the unit has only the verb stemmed
    alike ("builds"), not the noun."""
    noun = word.typed
    if noun not in q.kind_words or not noun.endswith("ing") or len(noun) < 6:
        return False
    return re.search(rf"\b{re.escape(noun)}s?\b", doc.text, re.IGNORECASE) is None


def _said_as_typed(q: Question, group: frozenset[str], held: frozenset[str]) -> bool:
    """A bare name several people share ("Kim"), in the unit as typed ("the end of the Kim
    regime"): the unit names one of them, whichever the articles' entries make it."""
    if len(group) < 2:
        return False
    shared = set.intersection(*(set(terms(key)) for key in group))
    typed = {t for w in q.name_words for t in terms(w)}
    return bool(shared & typed & held)


def _placed_by_dates(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether a unit's date is on the side of the anchoring event the question asks for."""
    if q.later is None or doc.date is None or not q.anchored_events:
        return False
    days = _event_dates(kb, [q.events[n] for n in q.anchored_events])
    if not days:
        return False
    anchor = min(days)
    if _DAYS_OFF_RE.search(q.text):  # "the Thursday before Freedom Shield": days from it, not weeks
        near = doc.date.calendar_day()
        start = anchor.calendar_day()
        if near is None or start is None or abs((near - start).days) > 7:
            return False
    return doc.date > anchor if q.later else doc.date < anchor


_DAYS_OFF_RE = re.compile(
    r"\b(?:day|morning|night|evening|hours?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)


def _before(kb: KnowledgeBase, doc: Doc) -> frozenset[str]:
    """The words of the paragraph before a unit's, and of its article's lede (headline,
    standfirst, first paragraph): what someone's action or words respond to ("the North fired
    missiles from a submarine." / "The unification ministry said it was regrettable ..."; the
    submarine docking the lede reports / "North Korea answered early on Wednesday ...")."""
    first = min(doc.paragraphs, default=1)
    if first <= 1:
        return frozenset()
    before = tuple(sorted({1, first - 1}))
    return _per_unit(
        kb,
        "ask-before",
        doc,
        lambda: (
            frozenset(t for s in kb.sentences_in(doc.article, before) for t in terms(s.text))
            | _headline_terms(doc.article)
        ),
    )


def _article_features(kb: KnowledgeBase, article: ArticleFile) -> _Features:
    """What a whole article holds, for the words that place an answer in time."""
    kept: dict[str, _Features] = kb.cached("ask-article-features", dict)
    found = kept.get(article.id)
    if found is None:
        span = kb.units.spans[article.id]
        units = [_features(kb, kb.docs[i]) for i in range(span.first, span.end)]
        found = kept[article.id] = _Features(
            frozenset().union(*(u.held for u in units)),
            frozenset(),
            frozenset().union(*(u.involved for u in units)),
            frozenset(),
            frozenset().union(*(u.about for u in units)),
            (),
        )
    return found


def _own_events(kb: KnowledgeBase, article: ArticleFile) -> frozenset[str]:
    """The events an article reports: those dated to the day in the days up to its publication,
    and those its first paragraph, the lede, is about (a review of a meeting weeks before).
    Everything it says is said about them, whether or not a sentence names them."""
    kept: dict[str, frozenset[str]] = kb.cached("ask-own-events", dict)
    found = kept.get(article.id)
    if found is None:
        published = article.article.published
        found = kept[article.id] = frozenset(
            kb.same("event")(name_key(e.name))
            for e in article.events
            if (e.date is not None and _days_before(e.date, published) in range(weights.NEWS_DAYS + 1))
            or 1 in e.paragraphs
        )
    return found


def _days_before(date: PartialDate, published: PartialDate) -> int:
    """How many days before publication a date is; -1 for a date not known to the day."""
    day, out = date.calendar_day(), published.calendar_day()
    return (out - day).days if day and out else -1


def _events_of(kb: KnowledgeBase, doc: Doc) -> set[str]:
    """The events a unit is, or names. "The meeting", an alias an article gave its own meeting,
    names that meeting in that article only."""
    typed = words(doc.index_text or doc.text)
    found = {
        k
        for mention in kb.names.mentions_in(typed, "event")
        for k in mention[2]
        if not generic_mention(kb, typed, mention)
        or any(e.article.id == doc.article.id for e in kb.members("event", k))
    }
    if (key := _event_key(kb, doc)) is not None:
        found.add(key)
    return found


def _involved_words(kb: KnowledgeBase, doc: Doc) -> set[str]:
    """The words of the names of those a unit involves: "Korean" holds for a unit about Korea's
    ministers even where the text says "Seoul"; and of the terms it names by another name
    ("the TDS" holds "tailored deterrence strategy")."""
    out: set[str] = {t for kind, key in _named(kb, doc) if kind == "term" for t in terms(key)}
    for entity_id in doc.entities:
        entity = kb.entity(doc.article, entity_id)
        if entity is not None:
            out.update(terms(entity.name))
            if entity.country:
                out.update(terms(entity.country))
    return out


def _doc_identities(kb: KnowledgeBase, doc: Doc) -> set[str]:
    keys = (kb.entity_key(doc.article.id, i) for i in doc.entities)
    return {k for k in keys if k is not None}


def _fits(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether a unit can answer this kind of question at all."""
    if q.position:  # "which number in the series was it": an ordinal, "the eighth"
        return _ordinal_of_the_asked(kb, q, doc)
    if _HOW_HIGH_RE.match(q.text):  # "how high did the Hwasong-15 go": a height, not a range
        return bool(_ALTITUDE_RE.search(doc.text) and _DISTANCE_RE.search(doc.text))
    if q.percent and not _PERCENT_RE.search(doc.text):
        return False  # "what % of South Koreans": "a majority" is no figure
    if q.asks == Asks.COUNT and _COST_ASKED_RE.search(q.text):
        return bool(_MONEY_RE.search(doc.text))  # "how much does the system cost": a sum of money
    if q.asks in (Asks.FREQUENCY, Asks.COUNT) and _PER_PERIOD_RE.search(q.text):
        return bool(_TIMES_IN_A_PERIOD_RE.search(doc.text))  # "how many visits a year": not "periodic"
    if q.speech and q.asks in (Asks.WHAT, Asks.HOW, Asks.WHO) and not _spoken_unit(doc):
        return False  # "what did X say": X's words, not what X did; "who told reporters": a speaker
    if not q.yesno and q.asks in (Asks.WHAT, Asks.HOW, Asks.WHO) and _only_headed_for(kb, q, doc):
        return False  # "who did Austin meet in Indonesia": not a unit of Seoul, "before leaving for" it
    if _asks_response(q) and _only_that_it_responded(doc):
        return False  # "how did North Korea answer": not "North Korea answered early on Wednesday"
    match q.asks:
        case Asks.WHEN:  # a date; for "when does it end", the day it runs until
            if _asks_end(q):
                return _UNTIL_RE.search(doc.text) is not None or (
                    doc.date is not None and _ENDED_RE.search(doc.text) is not None
                )
            if _last_before(q, doc) is not None:
                return True  # "when was the last one before": "the first ... since 1981" says
            return doc.date is not None and not _mentioned_as_earlier(q, doc)
        case Asks.WHERE:  # "where did Austin fly after Seoul": somewhere he went, not the B-52
            return _where(kb, q, doc) is not None and _by_the_one_asked(kb, q, doc)
        case Asks.COUNT:  # "how many days was Austin in Seoul": a count of his, not of a drill beside him
            return _counts(q, doc) and _involves_the_people_asked(kb, q, doc)
        case Asks.DISTANCE:  # "how far is Sinpo from Pyongyang": a distance, between those places
            return bool(_DISTANCE_RE.search(doc.text)) and _between_the_places_asked(q, doc)
        case Asks.DURATION:
            spell = _DURATION_RE if _INTERVAL & set(words(q.text)) else _SPELL_RE
            return bool(spell.search(doc.text))
        case Asks.FREQUENCY:
            return bool(_FREQUENCY_RE.search(doc.text))
        case Asks.AGE:  # an age, or the anniversary of what is asked ("how old is the alliance")
            of = {t for m in _ANNIVERSARY_RE.finditer(doc.text) for t in terms(m.group(1) or m.group(2))}
            return bool(_AGE_RE.search(doc.text)) or any(w.held_by(of) for w in q.words)
        case Asks.WHO if _role_described(kb, q) or _people_asked(q):  # "who is the SK defense minister"
            # "who is the commander of USFK": of USFK, which the unit must involve (not the
            # delegations at a TTX, "U.S. Strategic Command" among them)
            whose = [g for n, g in enumerate(q.named) if n not in q.anchored_named]
            return _names_a_person(kb, q, doc) and (not _people_asked(q) or _involves_each(kb, whose, doc))
        case Asks.WHO:
            return bool(_others(kb, q, doc))
    if q.asked_names:  # "which Japanese defense minister": the one named by that role
        return True
    if q.asked_kind & _PERSON_TERMS:  # "the name of the ministry guy who ...": a person
        return _names_a_person(kb, q, doc)
    if _asks_people(kb, q):  # "which leaders": people
        return bool(_others(kb, q, doc))
    if q.asked_kind & ORDINAL_KINDS:  # "which number was the February TTX": the eighth
        return any(ordinal(w) for w in words(doc.text))
    if _asks_a_kind(kb, q):  # "which aircraft": it must name one
        return (
            bool(_of_kind(kb, q, doc))
            or _ordinal_of_kind(q, doc)
            or _done_as_asked(q, doc)
            or _told_as_one(q, doc)
        )
    return True


def _ordinal_of_the_asked(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether a unit gives an ordinal, not as part of the name of another event than those
    asked about ("at the 54th SCM, they pledged a table-top exercise" gives no place to it)."""
    typed = words(doc.text)
    asked = frozenset().union(*q.events)
    others = {
        at
        for start, end, keys in kb.names.mentions_in(typed, "event")
        if not keys & asked
        for at in range(start, end)
    }
    return any(ordinal(w) and at not in others for at, w in enumerate(typed))


_PLACE_SAID = r"[^?,.!]+?"  # a place, up to the word the pattern puts after it
# the last place, up to what the question adds ("... from Pyongyang in km") or its end
_PLACE_SAID_LAST = rf"{_PLACE_SAID}(?=\s+(?:in|by|as|on|at|when|exactly|roughly|approximately)\b|[?,.!]|$)"
_BETWEEN_PLACES_RE = re.compile(
    rf"\bhow\s+far\s+(?:is|was|are|were)\s+(?:it\s+)?from\s+(?P<a>{_PLACE_SAID})\s+to\s+(?P<b>{_PLACE_SAID_LAST})"
    rf"|\bhow\s+far\s+(?:is|was|are|were)\s+(?P<c>{_PLACE_SAID})\s+from\s+(?P<d>{_PLACE_SAID_LAST})"
    rf"|\bdistance\s+(?:between|from)\s+(?P<e>{_PLACE_SAID})\s+(?:and|to)\s+(?P<f>{_PLACE_SAID_LAST})",
    re.IGNORECASE,
)


def _between_the_places_asked(q: Question, doc: Doc) -> bool:
    """For the distance between two places ("how far is Sinpo from Pyongyang", "the distance
    between Seoul and Busan"): a unit naming both, not a missile's flight elsewhere."""
    if (found := _BETWEEN_PLACES_RE.search(q.text)) is None:
        return True
    held = set(terms(doc.text))
    places = [said for said in found.groupdict().values() if said]
    return all(set(terms(said)) <= held for said in places)


def _only_headed_for(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether a place the question puts what it asks in ("who did Austin meet in Indonesia")
    is in the unit only as where someone was headed next ("before leaving for Indonesia"): what
    the unit tells happened before, elsewhere."""
    headed = {t for m in _DESTINATION_RE.finditer(doc.text) for t in terms(m["to"] or m["at"])}
    if not headed:  # most units send no one anywhere: no more work
        return False
    rest = set(terms(_DESTINATION_RE.sub(" ", doc.text)))
    places = (q.named[n] for n in q.placed_at if all(_is_place(kb, key) for key in q.named[n]))
    return any(
        (said := {t for key in group for t in terms(key)}) <= headed and not said & rest for group in places
    )


def _asks_a_kind(kb: KnowledgeBase, q: Question) -> bool:
    """Whether "which X" asks for an entry of a kind the articles give entries ("which carrier")."""
    return bool(q.asked_kind and _table(kb, "kinds").keys() & q.asked_kind)


def _done_as_asked(q: Question, doc: Doc) -> bool:
    """ "What commitment did the two sides make": a unit saying they pledged something is the
    commitment, by its verb ("pledged", "promised"), though it names no entry of that kind (a
    "nuclear-armed" submarine is no submarine armed as asked)."""
    return any(is_verb(w) and "-" not in w and stem(w) in q.asked_kind for w in words(doc.text))


_TELLING_WHICH = frozenset("to for that of on".split())


def _told_as_one(q: Question, doc: Doc) -> bool:
    """ "What plan did Seoul announce": a unit telling one of that kind, in its own words,
    though no entry is one ("announced a plan to compensate Koreans ...")."""
    typed = words(doc.text)
    return any(
        typed[at - 1] in ("a", "an") and stem(w) in q.asked_kind and typed[at + 1] in _TELLING_WHICH
        for at, w in enumerate(typed[:-1])
        if at
    )


def _ordinal_of_kind(q: Question, doc: Doc) -> bool:
    """Whether a unit tells which one by its number: "which test": "a seventh nuclear test"."""
    typed = words(doc.text)
    return any(
        ordinal(word) and any(set(terms(w)) & q.asked_kind for w in typed[at + 1 : at + 4])
        for at, word in enumerate(typed)
    )


def _in_a_date(typed: list[str], at: int) -> bool:
    """Whether the number at `at` is a day or year of a date ("9 March 2023", "March 9")."""
    word = typed[at]
    if not word.isdigit():
        return False
    beside = {typed[i] for i in (at - 1, at + 1) if 0 <= i < len(typed)}
    return bool(beside & _MONTHS) or (len(word) == 4 and word[:2] in ("19", "20"))


def _involves_the_people_asked(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether a unit involves every person the question names (but those placing it in time);
    a question asking someone's account ("how many went, according to Austin") asks a count
    they gave of others."""
    if q.speech or _ACCOUNT_RE.search(q.text):
        return True
    involved = _features(kb, doc).involved
    if not all(
        group & involved
        for n, group in enumerate(q.named)
        if n not in q.anchored_named and all(_is_person(kb, key) for key in group)
    ):
        return False
    # "how many US troops are in Korea": a country whose count is asked ("US troops"), named
    # right before what is counted, must be in the unit too (not North Korea's soldiers)
    typed = words(q.text)
    owners = [
        keys
        for start, end, keys in kb.names.mentions_in(typed, "entity")
        if end < len(typed) and q.counted & set(terms(typed[end]))
    ]
    return _involves_each(kb, owners, doc)


_ACCOUNT_RE = re.compile(
    r"\b(?:think|thinks|thought|believes?|estimates?d?|according|acording|per|says?|said|claims?|claimed)\b",
    re.IGNORECASE,
)


def _counts(q: Question, doc: Doc) -> bool:
    """Whether a unit gives a number of what is counted: "11-day" does not answer "how many
    troops"; a number the question gives itself ("Freedom Shield 23") answers nothing."""
    content = words(q.content)
    # a number with a word beside it as the question has it: "Freedom Shield 23"; not the "two" of
    # "two short-range missiles" in "how many SRBMs two days after the Hwasong-15"
    given = set(pairwise(["", *content, ""]))
    typed = words(doc.text)
    for at, word in enumerate(typed):
        beside = {(word, typed[at + 1] if at + 1 < len(typed) else ""), (typed[at - 1] if at else "", word)}
        if beside & given or _in_a_date(typed, at) or _one_of(typed, at):  # "on 9 March 2023": no count
            continue
        if _COUNT_RE.match(word):
            window = 5  # "10,000 soldiers", "two short-range ballistic missiles"
        elif word in _ORDINALS:
            window = 3  # "preparing a seventh nuclear test": six so far
        else:
            continue
        phrase = _phrase(typed[at : at + 1 + window])
        if word in _ORDINALS:  # "a seventh nuclear test" counts tests (six so far), not nuclear weapons
            phrase = phrase[-1:]
        counts = not q.counted or any(set(terms(w)) & q.counted for w in phrase)
        if counts and not _counted_elsewhere(q, doc, word):  # "11-day" counts days, not troops
            return True
    return False


def _counted_elsewhere(q: Question, doc: Doc, number: str) -> bool:
    """Whether another clause of the unit holds more of what the question says of what it counts
    than the number's own: "sent around 10,000 soldiers to Russia, and some have moved closer to
    Ukraine" does not say how many are close to Ukraine."""
    said = {t for w in q.words for t in w.terms} - q.counted
    clauses = [set(terms(c)) for c in _CLAUSE_RE.split(doc.text) if c.strip()]
    own = next((c for c in clauses if set(terms(number)) <= c), None)
    if own is None or len(clauses) < 2:
        return False
    return any(len(c & said) > len(own & said) for c in clauses if c is not own)


_CLAUSE_RE = re.compile(
    r"[;,]\s+(?:and|but|while)\s+|;\s+|,?\s+(?:and\s+)?(?=(?:some|many|several|most|others)\s+(?:of|have|had|are|were)\b)"
)


def _phrase(typed: list[str]) -> list[str]:
    """A number's words up to a verb or a determiner: "the two ministers condemned the troop
    deployment" counts ministers, not troops ("two of the drills" counts drills)."""
    end = next(
        (
            i
            for i, w in enumerate(typed)
            if i and (is_verb(w) or (w in _PHRASE_ENDS and typed[i - 1] != "of"))
        ),
        len(typed),
    )
    return typed[:end]


_PHRASE_ENDS = frozenset("the a an their its his her to that which who".split())


def _one_of(typed: list[str], at: int) -> bool:
    """ "One of the steps agreed" picks one of several; it counts nothing."""
    return typed[at] == "one" and at + 1 < len(typed) and typed[at + 1] == "of"


def _spoken_unit(doc: Doc) -> bool:
    return doc.kind == DocKind.QUOTE or bool(_SAID_RE.search(doc.text))


def _place(kb: KnowledgeBase, q: Question, doc: Doc) -> str | None:
    """Where a unit says something happened: an event's place, or a place an event of the
    knowledge base has, named in the text ("... met in Seoul"); of several, the one nearest
    what the question asks happened ("from Pyongyang to Busan, where the Kentucky docked")."""
    if doc.place:
        return doc.place
    places = _table(kb, "places")
    typed = words(doc.text)
    joined = " " + " ".join(typed) + " "
    found = [
        (norm, shown) for norm, shown in places if f" {norm} " in joined and not _only_owner(doc.text, shown)
    ]
    if len(found) < 2:
        return found[0][1] if found else None
    asked = {t for w in q.words if w.essential for t in w.terms}
    at = [i for i, w in enumerate(typed) if set(terms(w)) & asked]
    if not at:
        return found[0][1]

    def distance(norm: str) -> int:
        said = norm.split()
        starts = [i for i in range(len(typed)) if typed[i : i + len(said)] == said]
        return min((abs(i - a) for i in starts for a in at), default=len(typed))

    return min(found, key=lambda f: distance(f[0]))[1]


def _only_owner(text: str, place: str) -> bool:
    """Whether a text names a place only as an owner ("South Korea's Joint Chiefs of Staff
    detected the launch near Sinpo"): who acted, not where."""
    named = list(re.finditer(rf"(?<!\w){re.escape(place)}(?!\w)(?P<s>['’]s\b)?", text, re.IGNORECASE))
    return bool(named) and all(m["s"] for m in named)


_PLACE_RE = re.compile(  # "fell into the sea west of Hokkaido", "missiles from the Sunan area"
    r"\b(?:in|at|near|off|into|inside|from|outside|(?:north|south|east|west)(?:east|west)?\s+of)\s+"
    r"(?:the\s+)?([A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*"
    # "inside Japan's exclusive economic zone west of Hokkaido": a possessive's place, whole
    r"(?:(?<=['’]s)\s+(?:[a-z]+\s+){0,3}(?:zone|waters|coast|sea|territory|airspace|border|region|area|islands?)"
    r"(?:\s+(?:north|south|east|west)(?:east|west)?\s+of\s+[A-Z][\w'’.-]*)?)?)"
)
_NOT_PLACES = _MONTHS | frozenset(day.lower() for day in calendar.day_name)
PLACE_AFTER_WORD = 2  # "the Kentucky's arrival in Busan": how many words before "in" may name what is asked


def _where(kb: KnowledgeBase, q: Question, doc: Doc) -> str | None:
    """Where a unit puts what it says: its event's place, or one its own words give; of those,
    one the question does not name itself ("where did Austin fly after Seoul": not South Korea,
    of which Seoul is a name, but Indonesia, where he was leaving for)."""
    found = [
        p
        for p in (
            _place_within(kb, q, doc),
            _place_of_what_is_asked(kb, q, doc),
            _place(kb, q, doc),
            _destination(doc),
            _stated_place(kb, q, doc),
        )
        if p
    ]
    if _GOING_RE.search(q.text) and (headed := _destination(doc)):
        found.insert(0, headed)  # "where did Austin go after the SCM": where he left for, not the SCM's
    place = next((p for p in found if not _named_place(kb, q, p)), found[0] if found else None)
    return None if place is not None and _anothers_place(kb, q, doc, place) else place


def _place_of_what_is_asked(kb: KnowledgeBase, q: Question, doc: Doc) -> str | None:
    """A place a unit's words give right after a word of the question ("where did the Kentucky
    arrive": "announced the Kentucky's arrival in Busan", an event held in Seoul): where what is
    asked happened, before the place of the event the unit belongs to."""
    asked = {t for w in q.words if not w.anchor for t in w.terms}
    for found in _PLACE_RE.finditer(doc.text):
        before = words(doc.text[: found.start()])[-PLACE_AFTER_WORD:]
        if any(set(terms(w)) & asked for w in before) and (place := _a_place(kb, q, found.group(1))):
            return place
    return None


def _a_place(kb: KnowledgeBase, q: Question, said: str) -> str | None:
    """The place a unit's words name, unless it is no place or one the question names itself."""
    place = said.rstrip(".,;:’'")
    own = set(terms(place))
    if place.split()[0].lower() in _NOT_PLACES or not own or own <= set(q.terms) or _other_name(kb, place):
        return None
    return place


def _anothers_place(kb: KnowledgeBase, q: Question, doc: Doc, place: str) -> bool:
    """ "Where was the 2021 2+2 meeting": the articles give that meeting no place; a unit about
    the 2024 one too ("the first since 2021") gives Washington, the place of that other meeting
    of the same kind, not of the one asked."""
    asked = q.asked_events
    entries = [e for key in asked for e in kb.members("event", key)]
    if not entries or any(e.item.place for e in entries):
        return False
    kinds = {label for e in entries for label in e.item.is_a}
    return any(
        e.item.place and place in e.item.place and kinds & set(e.item.is_a)
        for key in _features(kb, doc).about - asked
        for e in kb.members("event", key)
    )


def _place_within(kb: KnowledgeBase, q: Question, doc: Doc) -> str | None:
    """For "where in Pyongyang": a place a unit puts in Pyongyang ("the Sunan area of Pyongyang"),
    not a person it puts there ("held the SCM with Austin in Seoul")."""
    within = _WITHIN_RE.match(q.text)
    if q.asks != Asks.WHERE or within is None:
        return None
    found = re.finditer(
        r"\b(([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)(?:\s+(?:area|region|district|province|county|city))?\s+(?:of|in)\s+"
        + f"(?i:{re.escape(within.group(1).strip())})"
        + r")\b",
        doc.text,
    )
    return next((m.group(1) for m in found if not _a_person(kb, m.group(2))), None)


def _a_person(kb: KnowledgeBase, name: str) -> bool:
    """Whether a name ("Austin") is wholly a person's, by any of the names the articles give them."""
    typed = words(name)
    return any(
        _is_person(kb, key)
        for start, end, keys in kb.names.mentions_in(typed, "entity")
        if end - start == len(typed)
        for key in keys
    )


_DESTINATION_RE = re.compile(  # "before leaving for Indonesia", "flew on to Guam"
    r"\b(?:leav\w*|left|depart\w*|head\w*|fl(?:y|ew|ies|ying)|travel\w*)\s+(?:on\s+)?(?:for|to)\s+"
    r"(?:the\s+)?(?P<to>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)"
    # "Indonesia: Was Austin's next destination after Seoul"
    r"|(?P<at>[A-Z][\w'’.-]*(?:\s+(?:of\s+)?[A-Z][\w'’.-]*)*)(?::|\s+(?:was|is))\s+(?:(?:[Ww]as|[Ii]s)\s+)?"
    r"(?:[\w'’.-]+\s+)?(?:next\s+)?destination\b"
)


def _destination(doc: Doc) -> str | None:
    """A place a unit says someone left or travelled for."""
    # (a trip's words only: "Indonesia: was Austin's next destination" is a card's line on a place)
    found = next((m["to"] for m in _DESTINATION_RE.finditer(doc.text) if m["to"]), None)
    return found.rstrip(".,;:’'") if found else None


def _only_named_place(kb: KnowledgeBase, q: Question, chosen: list[Candidate]) -> str | None:
    """For "where in South Korea did the B-52 land": the place the best unit gives, when it is
    one the question names "in" itself, and no unit shown beside it gives a place within it
    ("the Sunan area of Pyongyang"): the answer would tell the asker nothing they did not say."""
    if q.asks != Asks.WHERE or q.also_where or (place := _where(kb, q, chosen[0].doc)) is None:
        return None
    # "where did Austin fly after Seoul": the place he went from is no answer either
    went_on = _PERSON_DID_RE.match(q.text) and _WENT_ON_RE.search(q.text)
    if not _named_place(kb, q, place) or not (_said_in(kb, q, place) or went_on):
        return None
    shown = [c.doc for c in chosen[1 : ALSO_SHOWN + 1] if c.cover >= weights.COVER]
    return None if any(_place_within(kb, q, d) for d in shown) else place


def _said_in(kb: KnowledgeBase, q: Question, place: str) -> bool:
    """Whether the question puts what it asks about "in" the place ("land in korea", "where in
    SK"), not names it as who acts ("where did SK detect it") or as a guess ("Kursk or something")."""
    same = kb.same("entity")
    last = place.split(",")[-1].strip()
    key, spelt = same(name_key(last)), set(terms(last))
    # "land in korea", "when it came to sk": the place the question puts it in or brings it to
    for match in re.finditer(r"\b(?:in|to|into)\s+(?:the\s+)?((?:[\w.'-]+\s*){1,3})", q.text, re.IGNORECASE):
        typed = match.group(1).split()
        if _spelt_as(spelt, set(terms(" ".join(typed)))):  # "where in Seoul", "in korea"
            return True
        if any(key in parse(kb, " ".join(typed[:n])).named_names for n in range(1, len(typed) + 1)):
            return True
    return False


def _named_place(kb: KnowledgeBase, q: Question, place: str) -> bool:
    """Whether every part of a place ("Seoul, South Korea") is a name the question gives."""
    same = kb.same("entity")
    named = q.named_names
    asked = set(q.terms) | q.name_words
    parts = [p.strip() for p in place.split(",") if p.strip()]
    return all(same(name_key(p)) in named or _spelt_as(set(terms(p)), asked) for p in parts)


_COMPASS = frozenset(terms("north south east west northern southern eastern western"))


def _spelt_as(place: set[str], said: set[str]) -> bool:
    """Whether words name a place as it is spelt, or by its name less a point of the compass
    ("korea" for South Korea, where the question names no other: not North Korea)."""
    core = place - _COMPASS
    return bool(core) and core <= said and said & _COMPASS <= place


def _stated_place(kb: KnowledgeBase, q: Question, doc: Doc) -> str | None:
    """A place a unit's own words put something in ("west of Hokkaido", "in the South China
    Sea"), other than one the question names itself: for "where", beside the events' places.
    A name the knowledge base gives a body, an event or a term is no place ("at the Deterrence
    Strategy Committee table-top exercise")."""
    return next((p for found in _PLACE_RE.finditer(doc.text) if (p := _a_place(kb, q, found.group(1)))), None)


def _other_name(kb: KnowledgeBase, name: str) -> bool:
    """Whether a name is one of a body, event or term rather than of a country."""
    if kb.members("event", name) or kb.members("term", name):
        return True
    return any(getattr(e.item, "kind", None) != EntityKind.COUNTRY for e in kb.members("entity", name))


def _where_held(kb: KnowledgeBase, events: frozenset[str]) -> frozenset[str]:
    """The index terms of the places of these events."""
    places: dict[str, frozenset[str]] = _table(kb, "event-places")
    return frozenset().union(*(places.get(key, frozenset()) for key in events))


def _event_places(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Event identity -> the index terms of its place in every article that gives one."""
    same, out = kb.same("event"), dict[str, frozenset[str]]()
    for article in kb.articles:
        for event in article.events:
            if event.place:
                key = same(name_key(event.name))
                out[key] = out.get(key, frozenset()) | frozenset(terms(event.place))
    return out


def _places(kb: KnowledgeBase) -> list[tuple[str, str]]:
    """Every event's place and its parts ("Pentagon, Washington, D.C." and "Washington, D.C."),
    longest first."""
    found: dict[str, str] = {}
    for article in kb.articles:
        for event in article.events:
            if event.place:
                parts = [event.place, *(p.strip() for p in event.place.split(",") if p.strip())]
                for part in parts:
                    if len(part) > 2:
                        found.setdefault(" ".join(words(part)), part)
    return sorted(found.items(), key=lambda item: -len(item[0]))


def _named_by_title(kb: KnowledgeBase, q: Question) -> bool:
    """ "Who was the US defense secretary": one person named, by a title (an alias holding a
    role's head noun), and nothing else asked: the one holding it is who is asked for."""
    if len(q.named) != 1 or any(not w.setting for w in q.words):
        return False
    roles = _table(kb, "role-terms")
    return bool(roles & {t for w in q.name_words for t in terms(w)})


def _others(kb: KnowledgeBase, q: Question, doc: Doc) -> list[str]:
    """Who the question asks about: those a role it names could be ("the defense minister":
    one of several), then everyone else the unit involves, people first, then bodies."""
    same = kb.same("entity")
    involved = [e for e in (kb.entity(doc.article, i) for i in sorted(doc.entities)) if e]
    meant = [e.name for e in involved if any(len(g) > 1 and same(name_key(e.name)) in g for g in q.named)]
    if not meant and _named_by_title(kb, q):  # "who was the US defense secretary at ...": the one titled
        meant = [e.name for e in involved if same(name_key(e.name)) in q.named[0]]
    if meant:
        return list(dict.fromkeys(meant))
    named = q.named_names | _dating_only(kb, doc)
    found = [e for e in involved if same(name_key(e.name)) not in named]
    people = [e.name for e in found if e.kind == EntityKind.PERSON]
    bodies = [
        e.name for e in found if e.kind not in (EntityKind.PERSON, EntityKind.GROUP, EntityKind.DOCUMENT)
    ]
    return people or bodies


def _dating_only(kb: KnowledgeBase, doc: Doc) -> frozenset[str]:
    """Those a unit names only to date what it tells ("the treaty that formalised the alliance,
    70 years before Yoon's state visit"): no one who did it. Worked out once a unit."""

    def make() -> frozenset[str]:
        typed = words(doc.text)
        dating: set[str] = set()
        acting: set[str] = set()
        for start, _, group in kb.names.mentions_in(typed, "entity"):
            (dating if typed[start - 1 : start] and typed[start - 1] in ANCHORS else acting).update(group)
        return frozenset(dating - acting)

    return _per_unit(kb, "ask-dating-only", doc, make)


# --- rendering --------------------------------------------------------------------------------


def _render(kb: KnowledgeBase, q: Question, chosen: list[Candidate]) -> Answer:
    if (close := _close_call(kb, q, chosen)) is not None and (
        _news(chosen[1].doc) > _news(chosen[0].doc)
        # "who hosted Camp David": of Biden alone and the three at it, the one who did it first
        or (
            q.asks == Asks.WHO
            and _people_in(close[0]) < _people_in(_lead(kb, q, chosen[0].doc))
            and _does_what_is_asked(q, chosen[1].doc)
        )
    ):
        chosen = [chosen[1], chosen[0], *chosen[2:]]  # of two close answers, the article's own news first
    best = chosen[0]
    doc = best.doc
    lead = _lead(kb, q, doc)
    if q.plural and q.asked_kind and (every := _every_one(kb, q, chosen)):
        lead = "**" + ", ".join(every[:6]) + "**"  # "which carriers", "which leaders": each one named
    close = _close_call(kb, q, chosen)
    if close is not None:  # two answers about different things, scored alike: both, said so
        other, where = close
        if where.article.id == doc.article.id:  # one article saying both: its name once, after
            lead = f"The article gives two answers: {lead} or {other} ({_source_of(doc)})."
        else:
            lead = (
                f"The articles give two answers: {lead} ({_source_of(doc)}), "
                f"or {other} ({_source_of(where)})."
            )
    elif q.yesno and doc.date is not None and any(w.terms & _MONTH_TERMS for w in best.missing):
        # "was the Camp David summit in July 2023": the time the articles give it, beside the account
        lead = f"The articles date it {doc.date.human()}. They say:"
    elif q.yesno and q.order == Order.FIRST and (nth := _number_given(q, doc)) is not None:
        lead = f"No: the articles tell of the {nth}. They say:"
    elif q.yesno and _REALIZED_RE.search(q.text) and _held(doc) and (held := _best_date(kb, doc)):
        # "did that tabletop exercise ever actually happen": held, and when
        lead = f"Yes: the articles date it {held}. They say:"
    elif q.yesno:
        lead = _SAY
    text = f"{lead}\n{_plain(doc)}" if lead else _plain(doc)
    fields = []
    if sentence := _supporting_sentence(kb, q, doc):
        fields.append(
            Field(
                f"Based on {cite_label(cite(doc.article, sentence.paragraphs))}",
                f"> {highlight(sentence.text, list(q.terms))}",
            )
        )
        # "why does the 550 km matter": a unit stating the fact gives no reason; the article's
        # next sentence is where it says what the fact means, shown as what follows, no more
        if (after := _follows(kb, q, doc, sentence)) is not None:
            fields.append(
                Field(f"{FOLLOWS}, {cite_label(cite(doc.article, after.paragraphs))}", f"> {after.text}")
            )
    event = _event(doc) if q.asks == Asks.WHEN else None
    if event is not None and event.date_note:  # "last week": the day worked out, said how
        fields.append(Field("How the date is known", event.date_note))
    # more from the cited article itself (another article's paragraph numbers would not be its
    # own), each said once
    seen = {normalize(_plain(doc))}
    also = []
    for c in chosen[1:]:
        said = normalize(_plain(c.doc))
        if c.doc.article.id == doc.article.id and c.cover >= weights.COVER and said not in seen:
            seen.add(said)
            also.append(c.doc)
    also = also[:ALSO_SHOWN]
    if also:
        fields.append(
            Field(
                "Also in the article",
                "\n".join(f"• {_plain(d)} {cite_label(cite(d.article, d.paragraphs))}" for d in also),
            )
        )
    set_aside = ", ".join(
        filter(None, (_worth_saying(list(best.missing)), q.likened and echo(q.likened, 40)))
    )
    unmatched = _not_in_passage(list(best.missing))
    footer = f"As reported by {doc.article.article.outlet} on {doc.article.article.published.short()}."
    if unmatched:
        footer = f"The passage shown does not mention {unmatched}: it may not answer that part. {footer}"
    if set_aside:
        footer = (
            f"The knowledge base has nothing on {set_aside}; this answers the rest of the question. {footer}"
        )
    party = _party_not_acting(kb, q, doc) if q.yesno else None  # "did NK fire anything ...": Kihara spoke
    if party:
        footer = f"The passage shown is not about {party} doing it: the closest the articles come. {footer}"
    cited = cite(doc.article, doc.paragraphs)
    if close is not None:  # both answers shown: both cited
        cited = tuple(dict.fromkeys((*cited, *cite(close[1].article, close[1].paragraphs))))
    return Answer(
        "ask",
        Kind.ANSWER,
        f"Q: {_title(q.text)}",
        text,
        tuple(fields),
        citations=cited,
        source=Source.of(doc.article),
        footer=footer,
        weak=bool(best.missing) or close is not None,
        unsure=bool(set_aside or unmatched or party) or close is not None,
    )


def _party_not_acting(kb: KnowledgeBase, q: Question, doc: Doc) -> str | None:
    """For "did North Korea fire anything after Camp David": the country or body the claim is
    about, when the unit shown has someone else as its subject ("Kihara said the missile warning
    system ...") and neither it nor any of its people; None where the subject is unclear."""
    acting = [group for n, group in enumerate(q.named) if n in q.subjects]
    if (
        len(acting) != 1
        or any(_is_person(kb, key) for key in acting[0])
        or not any(w.essential for w in q.words)
    ):
        return None  # "did Japan come up": no doing asked of it
    party = _and_theirs(kb, acting[0])  # its people and bodies; a statement's issuers
    subjects = _subject_keys(kb, doc)
    if subjects is None or subjects & party:
        return None
    return shown_name(kb.members("entity", sorted(acting[0])[0]))


def _every_one(kb: KnowledgeBase, q: Question, chosen: list[Candidate]) -> list[str]:
    """ "Which ICBMs did NK test": the ones the best units name, from PLURAL_UNITS units that each
    name one more, each scoring weights.PLURAL_SHARE of the best; units naming only those already
    found do not count ("which ICBMs": eight units on the Hwasong-18 do not hide the ninth, on
    the Hwasong-15)."""
    people = _asks_people(kb, q)
    every: list[str] = []
    naming = 0
    for c in chosen:
        if c.cover < weights.COVER or c.score < weights.PLURAL_SHARE * chosen[0].score:
            continue
        found = _others(kb, q, c.doc) if people else _of_kind(kb, q, c.doc)
        if new := [k for k in found if k not in every]:
            every += new
            naming += 1
        if naming == PLURAL_UNITS:
            break
    return every if people else _shown_names(kb, every)


def _worth_saying(missing: list[Word]) -> str:
    """The words left unanswered that say something (not "exactly", not "still")."""
    return ", ".join(echo(w.typed, 40) for w in [w for w in missing if _says_something(w)][:3])


def _not_in_passage(missing: list[Word]) -> str:
    """The rare words the articles use that the unit shown lacks ("drones"), time placings aside:
    the answer may be about something else, and the asker should know which part."""
    rare = [w for w in missing if w.known and not (w.anchor or w.setting) and w.evidence >= weights.UNMATCHED]
    return ", ".join(echo(w.typed, 40) for w in rare[:3])


def _says_something(word: Word) -> bool:
    """A word the articles never use that carries weight ("captain"; not "exactly")."""
    return not word.known and word.weight >= weights.TELLING


def _close_call(kb: KnowledgeBase, q: Question, chosen: list[Candidate]) -> tuple[str, Doc] | None:
    """The runner-up's answer, when it scores within weights.CLOSE of the best and answers
    differently (another date, place or person): the user should see both."""
    if len(chosen) < 2 or q.asks not in (Asks.WHEN, Asks.WHERE, Asks.WHO) or q.order is not None:
        return None
    if _the_anchor(kb, q, chosen[1].doc):
        # "where did they meet before the Reef Summit": the summit places the answer, no rival
        return None
    best, runner = chosen[0], chosen[1]
    if runner.score < weights.CLOSE * best.score or runner.cover < best.cover:
        return None
    mine, theirs = _lead(kb, q, best.doc), _lead(kb, q, runner.doc)
    if not theirs or normalize(mine) == normalize(theirs) or _same_thing(kb, best.doc, runner.doc):
        return None
    if (
        q.asks == Asks.WHEN
        and q.hour
        and _HOUR_RE.search(best.doc.text)
        and not _CLOCK_RE.search(runner.doc.text)
    ):
        return None  # "what time did NK fire": "3:30 a.m.", and a day without a time is no rival
    if q.asks == Asks.WHEN and _named_only_as_anchor(kb, q, runner.doc):
        return None  # "when did the Reagan come": "the last such deployment before the Reagan's" is another
    if q.asks == Asks.WHERE and _ASKS_FROM_RE.search(q.text) and not _SAYS_FROM_RE.search(runner.doc.text):
        return None  # "where were the missiles fired from": "into the Yellow Sea" is where to
    if q.asks == Asks.WHERE and _within_words(words(theirs), words(mine)):
        return None  # "Camp David, Maryland" and "Maryland": one place, the closer said first
    if q.asks == Asks.WHO and _people_in(mine) < _people_in(theirs) and _does_what_is_asked(q, best.doc):
        return None  # "who hosted Camp David": Biden, not the three at it a wider unit names
    if (
        q.asks == Asks.WHO
        and _people_in(theirs) < _people_in(mine)
        and not _does_what_is_asked(q, runner.doc)
    ):
        return None  # "who was at Camp David": the three, Biden among them
    placed = q.asks != Asks.WHERE and any(all(_is_place(kb, key) for key in q.named[n]) for n in q.placed_at)
    if placed and _put_where_asked(kb, q, best.doc) and _put_where_asked(kb, q, runner.doc) is False:
        return None  # "when did Austin meet Lee in Seoul": their meeting in Washington is no rival
    return theirs, runner.doc


_SINCE_WHEN_RE = re.compile(r"\bsince\s+when\b", re.IGNORECASE)
_SINCE_YEAR_RE = re.compile(
    r"\bsince\s+((?:(?:early|mid|late|the)\s+)*(?:\w+\s+)?(?:1[89]|20)\d\ds?)\b", re.IGNORECASE
)


def _named_only_as_anchor(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether a unit names the thing the question asks about only to place another in time
    ("the last such deployment before the USS Ronald Reagan's")."""
    asked = {key for _, _, keys in kb.names.mentions_in(words(q.text), "term") for key in keys}
    if not asked:
        return False
    typed = words(doc.text)
    found = [start for start, _, keys in kb.names.mentions_in(typed, "term") if keys & asked]
    return bool(found) and all(ANCHORS & set(typed[max(0, start - 3) : start]) for start in found)


def _does_what_is_asked(q: Question, doc: Doc) -> bool:
    """Whether a unit's own words hold what the question asks someone did ("hosted", "heading"):
    not only who was there ("who was at Camp David" asks no doing)."""
    doing = [  # an essential word is the verb after "did X" ("who did Kim replace")
        w
        for w in q.words
        if not w.setting
        and (w.essential or any(is_verb(p) or (p.endswith("ing") and len(p) > 5) for p in w.typed.split()))
    ]
    said = set(terms(doc.text))
    return bool(doing) and all(w.held_by(said) for w in doing)


def _people_in(lead: str) -> frozenset[str]:
    """The names a "who" answer's lead gives ("**Biden and Yoon**")."""
    return frozenset(name.strip() for name in lead.strip("*").split(" and "))


def _within_words(part: list[str], whole: list[str]) -> bool:
    """Whether a run of words is in another whole, in order."""
    return any(whole[i : i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def _put_where_asked(kb: KnowledgeBase, q: Question, doc: Doc) -> bool | None:
    """Whether a unit puts what it tells at the place the question names; None if it gives none."""
    there = _where(kb, q, doc)
    return None if there is None else _named_place(kb, q, there)


def _news(doc: Doc) -> tuple[bool, tuple[int, int, int]]:
    """What its article reports as news (dated its own day), then the more recent."""
    date = doc.date
    return (date == doc.article.article.published, (date.year, date.month, date.day) if date else (0, 0, 0))


def _same_thing(kb: KnowledgeBase, one: Doc, two: Doc) -> bool:
    """Two units about one event (one dates it to the day, another to the month) are one answer."""
    return bool(one.date and two.date and (one.date == two.date or _refines(one, two)))


def _refines(one: Doc, two: Doc) -> bool:
    a, b = one.date, two.date
    assert a is not None and b is not None
    return a.year == b.year and (not a.month or not b.month or a.month == b.month)


def _source_of(doc: Doc) -> str:
    return f"{doc.article.article.outlet}, {doc.article.article.published.short()}"


def _lead(kb: KnowledgeBase, q: Question, doc: Doc) -> str:
    match q.asks:
        case Asks.WHEN if (since := _last_before(q, doc)) is not None:
            return f"**{since}**"  # "the last time before": "the first since March 1981"
        case Asks.WHEN if _SINCE_WHEN_RE.search(q.text) and (said := _SINCE_YEAR_RE.search(doc.text)):
            return f"**{said[1]}**"  # "a scale not seen since when": "since 2017"
        case Asks.WHEN if _asks_end(q) and (end := _UNTIL_RE.search(doc.text)):
            return f"**{end.group(1)}**"  # "when does it wrap up": the day it runs until
        case Asks.WHEN if (year := _year_of_the_asked(q, doc)) is not None:
            return f"**{year}**"  # "when did the alliance become official": "formalised ... in 1953"
        case Asks.WHEN if _SCHEDULED_RE.search(q.text) and (due := _DUE_BY_RE.search(doc.text)):
            return (
                f"**{due[0]}**"  # "when is it supposed to go live": "by the end of 2023", not the day agreed
            )
        case Asks.WHEN if q.hour and (clock := _CLOCK_SPAN_RE.search(doc.text) or _CLOCK_RE.search(doc.text)):
            return f"**{clock[0]}**"  # "what time did NK fire": the time of day, or its span
        case Asks.WHEN if doc.when:  # "when and where": the place too, if the unit has one
            where = _where(kb, q, doc) if q.also_where else None
            return f"**{_best_date(kb, doc)}**" + (f", **{where}**" if where else "")
        case Asks.WHERE if place := _where(kb, q, doc):
            return f"**{place}**"
        case Asks.WHO if others := _others(kb, q, doc):
            others = _doing_it(kb, q, doc, others)
            if _ROLE_ASKED_RE.search(q.text):  # "and what's his job": each one's role too
                return " and ".join(_with_role(doc, name) for name in others[:3])
            return "**" + " and ".join(others[:3]) + "**"
    if _asks_people(kb, q) and not q.asked_names and (people := _others(kb, q, doc)):
        return "**" + ", ".join(people[:4]) + "**"  # "which leaders": the people the unit involves
    if q.asked_names and (meant := _doc_identities(kb, doc) & {k for g in q.asked_names for k in g}):
        return "**" + ", ".join(_shown_names(kb, sorted(meant))[:3]) + "**"
    if q.asked_kind and (kinds := _of_kind(kb, q, doc)):
        return "**" + ", ".join(_shown_names(kb, kinds)[:3]) + "**"
    return ""


ACTOR_BEFORE_VERB = 2  # "North Korea has already fired": how many words may come between


def _doing_it(kb: KnowledgeBase, q: Question, doc: Doc, others: list[str]) -> list[str]:
    """For "who fired the missile": of the countries and bodies a unit involves, the ones it
    names doing what is asked ("North Korea fired ..."), not those it names beside ("...,
    South Korea's Joint Chiefs of Staff said"), or else those it does not name only as an owner
    ("after North Korea's third nuclear test"); all of them if none is left. People are left as
    they are: a unit's people are mostly all in what it says ("co-chaired by A and B")."""
    if any(_a_person(kb, name) for name in others):
        return others
    verbs = [w for w in q.words if w.essential] or [w for w in q.words[:1] if not w.setting]
    asked = {t for w in verbs for t in w.terms}
    typed = words(doc.text)
    at = [i for i, w in enumerate(typed) if set(terms(w)) & asked]
    mentions = sorted(kb.names.mentions_in(typed, "entity"))
    same = kb.same("entity")
    acting: set[str] = set()
    for verb in at:
        before = [m for m in mentions if m[1] <= verb]
        if not before or verb - before[-1][1] > ACTOR_BEFORE_VERB:
            continue
        chain = [before.pop()]  # the nearest, and those joined to it: "Austin and Shin"
        while before and set(typed[before[-1][1] : chain[-1][0]]) <= {"and", "or", "the"}:
            chain.append(before.pop())
        acting |= {key for m in chain for key in m[2]}
    found = [name for name in others if same(name_key(name)) in acting]
    return found or [name for name in others if not _only_owner(doc.text, name)] or others


# "who led the Korean side, and what's his job": the one named, and their role too
_ROLE_ASKED_RE = re.compile(
    r"\b(?:what(?:'s|’s|s|\s+is|\s+was)?|and)\s+(?:his|her|their)\s+(?:job|role|title|position|post)\b", re.I
)


def _with_role(doc: Doc, name: str) -> str:
    """A name shown with the role the unit's article gives it, if any: "**Heo Tae-keun** (South
    Korean Deputy Minister for National Defense Policy)"."""
    entry = next((e for e in doc.article.entities if e.name == name), None)
    return f"**{name}**" + (f" ({entry.role})" if entry is not None and entry.role else "")


# "the first visit ... since the USS Robert E. Lee in March 1981", "none has called since the
# early 1980s": what was last before it, with its year
_SINCE_RE = re.compile(  # "since the USS Robert E. Lee in 1981": an initial's dot ends no sentence
    r"\b(?:no|not|never|none|first)\b(?:\b[A-Z]\.|[^.;])*?\bsince\s+(?P<since>(?:\b[A-Z]\.|[^,.;])*?\d{4}s?)\b",
    re.I,
)


YEAR_AFTER_VERB = 8  # "formalised by a mutual defense treaty in 1953": how far the year may be


def _year_of_the_asked(q: Question, doc: Doc) -> str | None:
    """For "when": a year a unit's own words put what is asked in, right after it ("formalised
    by a mutual defense treaty in 1953"), other than the unit's own year: the time
    of what is asked, where the unit is dated by the news it tells (a visit in 2023)."""
    # what is asked: its essential words, or, where none is ("the mutual defense treaty", one
    # phrase), every word
    asked = {t for w in q.words if w.essential for t in w.terms} or {t for w in q.words for t in w.terms}
    typed = words(doc.text)
    own = doc.date.year if doc.date is not None else None
    for at, word in enumerate(typed):
        if not set(terms(word)) & asked:
            continue
        later = typed[at + 1 : at + 1 + YEAR_AFTER_VERB]
        # "in 1953", not "the first deployment since 2017" (a time before it)
        year = next((w for n, w in enumerate(later) if _is_year(w) and n and later[n - 1] == "in"), None)
        if year is not None and int(year) != own and not set(later[: later.index(year)]) & _MONTHS:
            return year
    return None


def _last_before(q: Question, doc: Doc) -> str | None:
    """For "when was the last X before Y": the time a unit says X had not happened since, or was
    the first since; the last one before is then. For "when did X last happen", with no "before":
    the time a unit says X has not happened since (the first since is the latest X itself)."""
    if q.order != Order.LAST or q.later is True or (found := _SINCE_RE.search(doc.text)) is None:
        return None
    before = q.later is False or (q.relation is not None and q.relation[0] == "before")  # "... before Yoon"
    return found["since"] if before or found[0].split()[0].lower() != "first" else None


def _role_described(kb: KnowledgeBase, q: Question) -> bool:
    """ "Who is the defense minister Austin met": "who", of someone described by a role."""
    return bool(_table(kb, "role-terms") & {t for w in q.words for t in w.terms})


def _names_a_person(kb: KnowledgeBase, q: Question, doc: Doc) -> bool:
    """Whether a unit involves a person the question does not name: one "who" can be; for "who
    was Japan's defense minister", one of Japan."""
    same = kb.same("entity")
    whose, post = _role_country(kb, q) or (None, ())
    return any(
        e.kind == EntityKind.PERSON
        and same(name_key(e.name)) not in q.named_names
        and (whose is None or (e.country is not None and same(name_key(e.country)) == whose))
        and (not post or _has_held(kb, same(name_key(e.name)), post))
        for e in (kb.entity(doc.article, i) for i in doc.entities)
        if e
    )


def _has_held(kb: KnowledgeBase, person: str, post: tuple[frozenset[str], ...]) -> bool:
    """Whether any article gives the person a role with every word of the post asked ("foreign
    minister"): the leaders meeting "and so will their foreign ministers" hold no such post.
    Worked out once a person and post (it is asked of every candidate unit naming them)."""

    def make() -> bool:
        roles = (set(terms(e.item.role or "")) for e in kb.members("entity", person))
        return any(all(said & role for said in post) for role in roles)

    return _kept(kb, "held-posts", (person, post), MEMO * 10, make)


def _people_asked(q: Question) -> bool:
    """ "Who were the officials", "any generals on the trip": people asked for by what they are."""
    return bool(_PEOPLE_NOUNS & {t for w in q.words for t in w.terms})


def _role_country(kb: KnowledgeBase, q: Question) -> tuple[str | None, tuple[frozenset[str], ...]] | None:
    """The country of the role a "who is" question asks the holder of, named before the role,
    and the role's words ("who was Japan's defense minister when ...": Japan, "defense minister");
    None if it names none first. Worked out once a question (it is asked of every candidate
    unit)."""
    return _kept(kb, "role-country", q.text, MEMO, lambda: (_role_country_of(kb, q),))[0]  # None kept too


def _role_country_of(kb: KnowledgeBase, q: Question) -> tuple[str | None, tuple[frozenset[str], ...]] | None:
    lead = _WHO_IS_RE.match(q.text)
    if lead is None or _two_questions(q.text) is not None:  # "..., and who did he take over from"
        return None
    typed = words(q.text[lead.end() :])
    roles = _table(kb, "role-terms")
    at = next((i for i, w in enumerate(typed) if set(terms(w)) & roles), None)
    if at is None:
        return None
    # "Japan's defense minister": a name ending right before the post's words
    before = kb.names.mentions_in(typed[:at], "entity")
    found = [(k, end) for _, end, group in before if at - end <= ROLE_WORDS for k in group]
    if not found:  # "who is the japanese foreign minister": the post alone, as typed
        return None, _post_words(kb, q, typed[max(0, at - ROLE_WORDS) : at + 1])
    if len(found) != 1 or not _is_place(kb, found[0][0]):
        return None
    key, end = found[0]
    return key, _post_words(kb, q, typed[end : at + 1])


def _post_words(kb: KnowledgeBase, q: Question, typed: list[str]) -> tuple[frozenset[str], ...]:
    """Each word of a post asked that some role has, as the terms it may be said in ("asst":
    assistant); others ("sk", "defence", "the") say nothing of which post."""
    read = {w.typed: w.terms for w in q.words}
    roles = _table(kb, "post-words")
    said = (read.get(w) or frozenset(terms(w)) for w in typed)
    return tuple(ts & roles for ts in said if ts & roles)


ROLE_WORDS = 2  # words of a role before its head: "defense" of "defense minister", "deputy foreign"
_WHO_IS_RE = re.compile(r"^\W*who(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?", re.IGNORECASE)


# people asked for by what they are, whatever their roles' names: "who else came, like which
# officials", "any generals on the trip": people, not the countries a unit names
_PEOPLE_NOUNS = frozenset(
    t
    for w in (
        "official officials general generals officer officers aide aides commander commanders captain"
    ).split()
    for t in terms(w)
)

# words for a person that are no one's role: "the name of the ministry guy who ..."
_PERSON_TERMS = frozenset(
    t
    for w in "guy guys person persons man woman dude individual fellow lady gentleman".split()
    for t in terms(w)
)


def _asks_people(kb: KnowledgeBase, q: Question) -> bool:
    """ "Which leaders", "which officials": a kind that people's roles have."""
    return bool(q.asked_kind & _table(kb, "role-terms"))


_ROLE_TAIL_RE = re.compile(r"\s+(?:of|for|to|at|in|on)\s.*$", re.IGNORECASE)


def _post_vocabulary(kb: KnowledgeBase) -> frozenset[str]:
    """Every word of every person's role ("japanese", "foreign", "minister")."""
    return frozenset(t for a in kb.articles for p in a.people for t in terms(p.role or ""))


def _role_terms(kb: KnowledgeBase) -> frozenset[str]:
    """The head noun of every person's role: a "Minister of National Defense" is a minister,
    a "National Security Adviser" an adviser; "defense" and "security" are not people."""
    heads = (terms(_ROLE_TAIL_RE.sub("", p.role or ""))[-1:] for a in kb.articles for p in a.people)
    return frozenset(t for head in heads for t in head)


_UNTIL_RE = re.compile(  # "runs until 23 March", "until Friday 23 March 2023"
    r"\buntil\s+((?:[A-Z][a-z]+day\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?)"
)


_ENDED_RE = re.compile(r"\b(?:ended|ends|concluded|wrapped up|finished|closed)\b", re.IGNORECASE)


def _asks_end(q: Question) -> bool:
    """Whether the question asks when something ends: a word the vocabulary says "until" for
    ("over" only last: "when is it over", not "fly over the sea")."""
    last = words(q.text)[-1:]
    return any(frozenset({"until"}) in w.options and (w.typed != "over" or last == ["over"]) for w in q.words)


def _best_date(kb: KnowledgeBase, doc: Doc) -> str:
    """An event's date from its most precise source: a unit that knows only the month of an
    event another article dates to the day answers with the day."""
    main = _best_dated(kb, doc)
    return (
        lookups.event_date(main.item) if main is not None and main.item.date is not None else doc.when or ""
    )


def _best_dated(kb: KnowledgeBase, doc: Doc) -> Entry | None:
    """The entry dating a unit's event most precisely, if another than the unit does."""
    event = _event(doc)
    main = dated_by(kb.members("event", event.name)) if event is not None else None
    if main is None and doc.date is not None and doc.date.precision != Precision.DAY:
        main = _the_day(kb, doc, doc.date)  # "held the 55th SCM in November 2023": on 13 November
    return main


def _dated_to_the_day(kb: KnowledgeBase, doc: Doc) -> bool:
    """Whether the date a "when" answer gives is a day, not a month or a year."""
    main = _best_dated(kb, doc)
    date = PartialDate.parse(main.item.date) if main is not None and main.item.date is not None else doc.date
    return date is not None and date.precision == Precision.DAY


def _the_day(kb: KnowledgeBase, doc: Doc, date: PartialDate) -> Entry | None:
    """The one event a unit is about that the articles date to the day within the unit's month."""
    found = {}
    for key in _features(kb, doc).about:
        main = dated_by(kb.members("event", key))
        day = PartialDate.parse(main.item.date) if main is not None and main.item.date is not None else None
        if day is not None and day.precision == Precision.DAY and _within(day, date):
            found[day] = main
    return next(iter(found.values())) if len(found) == 1 else None


def _shown_names(kb: KnowledgeBase, keys: list[str]) -> list[str]:
    out = []
    for key in keys:
        for kind in ("term", "event", "entity"):
            if members := kb.names.members(kind, key):
                out.append(shown_name(members))
                break
    return list(dict.fromkeys(out))  # a term and an event of one name ("Freedom Edge"): once


def _plain(doc: Doc) -> str:
    if doc.kind == DocKind.QUOTE:
        return f"{doc.speaker}: “{doc.text}”" if doc.speaker else f"“{doc.text}”"
    return doc.text


def _title(text: str) -> str:
    """The question as a title, made inert like any echoed input (without the quotes)."""
    return echo(unmarked(text), 200)[1:-1]


def _follows(kb: KnowledgeBase, q: Question, doc: Doc, sentence: Doc) -> Doc | None:
    """The sentence after the one an answer rests on, where it may hold what is asked: for
    "why", when the unit gives no reason; for "how did Seoul and Tokyo patch things up", where
    the unit says what came of it ("made possible by a thaw"), the same paragraph's next
    sentence, which tells how ("In March, Yoon's government announced a plan ...")."""
    if q.asks == Asks.WHY and not _REASON_RE.search(doc.text):
        return _next_sentence(kb, sentence)
    if q.asks == Asks.HOW and not _asks_response(q) and (after := _next_sentence(kb, sentence)) is not None:
        return after if after.paragraphs == sentence.paragraphs else None
    return None


def _next_sentence(kb: KnowledgeBase, sentence: Doc) -> Doc | None:
    """The sentence after this one: in its paragraph, else the next paragraph's first."""
    paragraph = kb.sentences_in(sentence.article, sentence.paragraphs)
    at = next((i for i, s in enumerate(paragraph) if s.text == sentence.text), None)
    if at is None:
        return None
    if at + 1 < len(paragraph):
        return paragraph[at + 1]
    following = kb.sentences_in(sentence.article, (max(sentence.paragraphs) + 1,))
    return following[0] if following else None


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
        return (len(q.named_names & _doc_identities(kb, sentence)), len(asked & said), len(like & said))

    ranked = sorted(kb.sentences_in(doc.article, doc.paragraphs), key=support, reverse=True)
    return ranked[0] if ranked and any(support(ranked[0])) else None


def _says_not(q: Question, candidate: Candidate, lead: str = "") -> Answer:
    doc = candidate.doc
    what = {
        Asks.COUNT: "how many",
        Asks.DISTANCE: "how far",
        Asks.DURATION: "how long",
        Asks.FREQUENCY: "how often",
        Asks.AGE: "how old",
    }.get(q.asks, q.asks.value)
    what = "what share, in figures" if q.percent else what
    what = "what it cost" if q.asks == Asks.COUNT and _COST_ASKED_RE.search(q.text) else what
    what = high[0].strip().lower() if (high := _HOW_HIGH_RE.match(q.text)) else what
    lead = lead or f"the articles do not say {what}. The closest they say:"
    text = f"Not in the knowledge base: {lead}\n{_plain(doc)} {cite_label(cite(doc.article, doc.paragraphs))}"
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
    known = [_shown_names(kb, sorted(group))[0] for group in q.named if _shown_names(kb, sorted(group))]
    known += [w.typed for w in q.words if w.known]
    hint = " ".join(dict.fromkeys(known))[:80]
    text += (
        f"\nTry `/search {echo(hint, 80)[1:-1]}`."
        if hint
        else "\nTry `/search` with a few key words, or `/help`."
    )
    if _not_english(q.text):  # "오스틴 장관은 언제 서울에 왔나요?": the articles' words are English
        text += "\nQuestions are read in English (names may be in Korean): try asking in English."
    return Answer(
        "ask", Kind.NOT_FOUND, "Not in the knowledge base", text, matched=False, suggestions=suggestions
    )


def _not_english(text: str) -> bool:
    """Whether most of a question's letters are of another script than the Latin one."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) * 2 < len(letters)


def _suggestions(kb: KnowledgeBase, q: Question) -> tuple[str, ...]:
    """For a question that is only a name ("who is lea"), the names it may have meant."""
    kind = {Asks.WHO: "entity", Asks.WHEN: "event", Asks.WHERE: "event", Asks.WHAT: "term"}.get(q.asks)
    if kind is None or q.named or not q.content or len(q.words) > 3 or _only_refers_back(q):
        return ()  # "who else was there": nothing named to have meant
    table: NameTable[Entry] = kb.names.tables[kind]
    return tuple(dict.fromkeys(m.value.name for m in table.lookup(q.content, limit=3, same=kb.same(kind))))


def closest(kb: KnowledgeBase, q: Question) -> Doc | None:
    """The unit that comes closest to a question, whether or not it answers it: what a moderator
    would teach to answer it (teach.py). Of the best ranked, the one holding most of what the
    question says; None when none holds even a little of it."""
    judged = [c for doc, score in _candidates(kb, q)[:CONSIDERED] if (c := _judge(kb, q, doc, score))]
    best = max(judged, key=lambda c: (c.cover, c.score), default=None)
    return best.doc if best is not None and best.cover >= weights.CLOSEST else None


# The tables /ask keeps per knowledge base, each by the function that makes it (see _table)
_TABLES: dict[str, Callable[[KnowledgeBase], Any]] = {
    "kinds": _kinds,
    "places": _places,
    "people": _people,
    "citizens": _citizens,
    "voices": _voices,
    "event-places": _event_places,
    "ask-countries": _countries_of,
    "taught": _listed_questions,
    "kind-words": _kind_words,
    "classes": _classes,
    "role-terms": _role_terms,
    "post-words": _post_vocabulary,
}
