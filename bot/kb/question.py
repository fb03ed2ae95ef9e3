"""A question as /ask reads it: what it asks for, whom and what it names, and each of its other
words with the terms it may appear as in the articles and how much it says.

Plain English grammar lives here (question words, "first" and "latest", words that carry no
content); what the articles call things lives in the knowledge files and the vocabulary.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from rapidfuzz.distance import OSA

from . import english, weights
from .fuzzy import numbers
from .index import KnowledgeBase
from .lookups import is_person
from .merge import dated_by
from .models import EntityKind, Event, Organization, Person, Term
from .names import initials, leading_initials
from .numerals import in_figures, suffixed
from .text import (
    AUXILIARY_WORDS,
    IRREGULAR_PAST,
    STOPWORDS,
    american,
    name_key,
    normalize,
    stem,
    terms,
    words,
)

MAX_QUESTION = 500


class Asks(StrEnum):
    WHO = "who"
    WHEN = "when"
    WHERE = "where"
    COUNT = "how many"
    DISTANCE = "how far"
    DURATION = "how long"
    FREQUENCY = "how often"
    AGE = "how old"
    WHY = "why"
    HOW = "how"
    WHAT = "what"


class Order(StrEnum):
    FIRST = "first"
    LAST = "latest"


# what people put before a question: "so", "wait", "quick q:"
_OPENERS = (
    r"and|so|ok|okay|hey|hi|hello|yo|please|also|um|well|wait|btw|hmm|quick\s+(?:q(?:uestion)?|one)|"
    # "hold on", "ok but", "oh and", "anyway": the talk going on, nothing asked
    r"hold\s+on|hang\s+on|but|oh|ah|alright|anyway|anyways|lol|"
    r"be\s+honest|honestly|seriously|tbh|ngl|lowkey|idk|real\s+talk|sorry|"
    # "never knew, where is camp david": the asker on what they knew, nothing asked
    r"(?:i\s+)?(?:never|didn['’]?t|did\s+not)\s+(?:knew|know)(?:\s+(?:this|that))?|"
    # "roughly how many", "about when": how exact an answer is wanted, not what is asked
    r"roughly|approximately|approx|around|about(?=\s+(?:how|when|what)\b)|"
    # "prob a dumb question but", "maybe a silly q but": the asker on the question, nothing asked
    r"(?:(?:prob(?:ably)?|maybe|possibly|might\s+be|this\s+is|this\s+might\s+be)\s+)?(?:an?\s+)?"
    r"(?:dumb|stupid|silly|noob|newbie|basic|naive)\s+q(?:uestion)?(?:\s+but)?"
)
# a question's auxiliaries ("did they", "was it") as a pattern's alternatives
_AUX = rf"(?:{'|'.join(AUXILIARY_WORDS)})"
_LEAD_RE = re.compile(
    rf"^\s*(?:(?:{_OPENERS}|tell\s+me|do\s+you\s+know|can\s+you\s+tell\s+me)"
    r"[\s,:]+)*"
    r"(?:(?:in|since|by|from|until|till|on|at|for|to)\s+)?"  # "since what year", "in which country"
    r"(?P<wh>how\s+many|how\s+much|how\s+far|how\s+long|how\s+often|how\s+old|what\s+(?:(?:exact|precise|specific)\s+)?(?:years?|yrs?|dates?|weekdays?|day\s+of\s+the\s+week|days?|months?|time)|"
    r"(?:the\s+)?(?:(?:exact|precise|specific)\s+)?(?:date|day|year)\s+(?:of|for)|"  # "date of the NCG mtg"
    r"(?:which|what)\s+number|"
    r"which\s+(?:(?:exact|precise|specific)\s+)?(?:year|date|day|month)|by\s+when|when\s+and\s+where|where\s+and\s+when|"
    r"who(?:m|se)?|what|when|where|which|why|how)\b"
    rf"(?:\s+{_AUX}\b)?"
    # "which number was that dsc ttx": "that" as "the" (not "that one", which stands for a thing)
    r"(?:\s+(?:the|a|an)\b|\s+(?:that|this|these|those)\b(?=\s+(?!ones?\b)\w))?",
    re.IGNORECASE,
)
_IS = r"(?:\s+(?:is|was|are|were)|'s|’s|s)"  # "what is", "what's", "whats": the copula after a question word
_IS_ONE = r"(?:\s+(?:is|was)|'s|’s|s)"  # the same, of one thing
_YESNO_RE = re.compile(
    rf"^\s*(?:(?:{_OPENERS})[\s,:]+)*(?:{_AUX}"
    r"(?:n['’]?t)?|won['’]?t|wont)\b",  # "didn't they", "wasnt it": asked the same way
    re.IGNORECASE,
)
_TRUE_THAT_RE = re.compile(
    r"^\s*(?:it|this|that)\s+(?:really\s+)?(?:true|right|correct)(?:\s+that)?(?=\s)", re.IGNORECASE
)
# "what's the name of the exercise ...": which exercise (an entry of that kind, by its name)
_NAME_OF_RE = re.compile(
    rf"^\s*(?:what{_IS}?\s+)?(?:the\s+)?(?:full\s+|official\s+)?"
    r"(?:(?:class|type|model|designation)\s*(?:or|and|/)\s*)?names?"  # "the class or name of the sub"
    r"(?:\s*(?:or|and|/)\s*(?:class|type|model|designation))?"
    r"\s+of\s+(?:the\s+|that\s+|this\s+)?(?=\S)",
    re.IGNORECASE,
)
# "what is the drill in february (officially) called": the name of the drill
_CALLED_RE = re.compile(
    rf"^\s*what{_IS}\s+(?P<thing>(?:the|that|this|their|its)\s+.+?)\s+"
    r"(?:(?:officially|actually|formally|really)\s+)?called"
    r"(?P<which>\s+(?:that|which|who)\s+\w.*?)?\W*$",  # "... called that Austin and Lee announced"
    re.IGNORECASE,
)
# "the sub in busan, what was it called", "the sub thing, what was the sub called": the thing put
# first, then the question of its name
_FRONTED_CALLED_RE = re.compile(
    rf"^\W*(?P<thing>(?:the|that|this|their|its)\s+[^,?;:]+?)\s*[,?;:-]+\s*what{_IS}\s+"
    r"(?:it|that|this|they|the\s+\w+)\s+(?:(?:officially|actually|formally|really)\s+)?called\W*$",
    re.IGNORECASE,
)
# "what name did the missile they fired have": the name of the missile
_NAME_HAD_RE = re.compile(
    r"^\s*what\s+(?:name|designation)\s+(?:did|does|do|was|were)\s+(?P<thing>(?:the|that|this|their|its)\s+.+?)\s+"
    r"(?:have|has|get|carry|go\s+by|given)\W*$",
    re.IGNORECASE,
)
_LIST_ASKED = (  # "could you kindly list for me ...", "pls list out ..."
    r"^\s*(?:(?:can|could|would)\s+(?:you|u|someone|somebody|anyone|anybody)\s+)?(?:(?:pls|please|kindly)\s+)?"
    r"(?:list|name|give\s+me)"
    r"(?:\s+(?:for\s+(?:me|us)|out))?\s+"
)
_PLURAL_AHEAD = r"(?=(?:\S+\s+){0,3}\S+s\b)"  # a plural: "name the us carriers", not "name the exercise"
_LIST_RE = re.compile(  # "list the defense ministers ...", "can you name all the carriers": which
    rf"{_LIST_ASKED}(?:all\s+)?(?:of\s+)?(?:the\s+)?{_PLURAL_AHEAD}",
    re.IGNORECASE,
)
# "list every defense minister Austin met": which ones, every one of them (a plural)
_LIST_EVERY_RE = re.compile(rf"{_LIST_ASKED}(?:every|each)\s+", re.IGNORECASE)
# "the order of the SK defense ministers", "sk defense ministers in order", "..., first to last":
# a listing of them, as "list the SK defense ministers" asks (the answer gives them by date)
_IN_ORDER = r"(?:in\s+(?:chronological\s+|time\s+|date\s+)?order(?!\s+to\b)|(?:from\s+)?first\s+to\s+last)\b"
_ORDER_OF_RE = re.compile(
    r"^\s*(?:(?:what|whats|what's)\s+(?:is|was|were)?\s*)?(?:the\s+)?order\s+of\s+(?:the\s+)?"
    + _PLURAL_AHEAD,
    re.IGNORECASE,
)
_PLURAL_LEAD_RE = re.compile(r"^\s*(?:the\s+)?(?P<x>(?:[\w'-]+\s+){0,3}?[\w'-]+s)\b", re.IGNORECASE)
_IN_ORDER_TAIL_RE = re.compile(rf"[\s,]*{_IN_ORDER}", re.IGNORECASE)


# "what is the purpose of the NCG", "what's the point of the drill": why it is, a reason or purpose
_PURPOSE_ASKED_RE = re.compile(
    rf"^\s*what{_IS}\s+(?:the\s+|its\s+|their\s+)?(?:main\s+|real\s+|whole\s+)?"
    r"(?:purpose|point|aim|goal|reason|rationale)\s+(?:of|for|behind)\s+",
    re.IGNORECASE,
)
# "last time a US missile sub came to Korea before the Kentucky?": when that was, not a claim
_TIME_LED_RE = re.compile(
    r"^\s*(?:the\s+)?(last|first|next|previous)\s+time\b(?!\s+(?:i|we|you)\b)", re.IGNORECASE
)


def _time_led(text: str) -> str:
    """ "Last time a sub came to Korea before the Kentucky?": "when was the last time ...", not
    a claim to check; unless it asks something else too ("..., name of the sub + year")."""
    if _OTHER_ASKED_RE.search(text):
        return text
    return _TIME_LED_RE.sub(r"when was the \1 time", text)


_OTHER_ASKED_RE = re.compile(r"\b(?:name|names|which|what|who|whom|where|why|how|year)\b", re.IGNORECASE)
# "what's the range of X", "what was the distance between A and B": a distance, as "how far" asks
_DISTANCE_ASKED_RE = re.compile(
    rf"^\s*what{_IS}\s+(?:the\s+)?"
    r"(?=(?:(?:max(?:imum)?|full|estimated|effective)\s+)?(?:range|distance|reach)\s+(?:of|for|to|between)\b)",
    re.IGNORECASE,
)


# "... like NATO where they defend each other", "..., like nato art 5": what it is likened to
_LIKENED_RE = re.compile(
    r"[\s,]+(?:just\s+)?like\s+(?:a\s+|an\s+|the\s+)?(?P<x>[^\W\d_][\w'’-]*)[^,;?]*", re.IGNORECASE
)


def _compared_unknown(kb: KnowledgeBase, content: str) -> tuple[str, str]:
    """A yes/no question's comparison with something the articles never name ("like NATO"),
    left out: whether it is "a defense pact" is asked, which the articles answer; the likeness
    they cannot."""
    found = _LIKENED_RE.search(content)
    if found is None or any(t in kb.bm25 for t in terms(found["x"])):
        return content, ""
    likened = found.group(0).strip(" ,")
    # "like a NATO-style defense pact": NATO is the likeness; a defense pact is still asked about
    kept = _STYLE_RE.match(content[found.end("x") : found.end()])
    asked = f" {kept['rest']}" if kept else ""
    return (content[: found.start()] + asked + content[found.end() :]).strip(), likened[
        likened.index(found["x"]) :
    ]


_STYLE_RE = re.compile(r"^[\s-]*(?:style|type|like|kind\s+of)\s+(?P<rest>\w.*)$", re.IGNORECASE)


def _in_order(text: str) -> str:
    """ "Order of the defense ministers, first to last", "defense ministers in order": "list the
    defense ministers", the order words set aside (they ask for all, not for the first)."""
    if _ORDER_OF_RE.match(text):
        return _IN_ORDER_TAIL_RE.sub("", _ORDER_OF_RE.sub("list the ", text, count=1))
    found = _PLURAL_LEAD_RE.match(text) if _IN_ORDER_TAIL_RE.search(text) else None
    said = words(found["x"]) if found else []
    if found and not set(said) & (_WH | _STATING | {"the"}) and not any(map(is_verb, said[:-1])):
        return f"list the {_IN_ORDER_TAIL_RE.sub('', text[found.start('x') :])}"
    return text


_COPULA_RE = re.compile(r"^\s*(?:so\s+)?(?:is|are|was|were)\b", re.IGNORECASE)
_CONTRACTION_RE = re.compile(  # "whats SCM", "wait, what's Shin doing"
    rf"^((?:\s*(?:{_OPENERS})[\s,:]+)*)\s*(what|who|where|when|how)(?:'|’)?s\b", re.IGNORECASE
)
_DID_RE = re.compile(  # "what'd Austin say", "the hwasong-15, where'd it land", "whered they go"
    r"(^|[\s,:]+)(what|who|where|when|how|why)(?:'|’)?d\b", re.IGNORECASE
)
_TAIL_RE = re.compile(
    r"\s*\b(?:stand\s+for|stands\s+for|mean|means|refer\s+to|called|known\s+as|held|happen(?:ed)?|"
    r"take\s+place|took\s+place|occur(?:red)?|start(?:ed)?|be\s+held)\s*$",
    re.IGNORECASE,
)
# "whats DPRK again", "what does it stand for though", "lee, who is he again, whats his job": a
# tag of the talk at the end of a clause, asking nothing more
_RECALL_TAGS = ("again", "though")
_RECALL_TAG_RE = re.compile(rf"\s*\b(?:{'|'.join(_RECALL_TAGS)})\s*(?=[,;?!]|$)", re.IGNORECASE)


def _recall_tag_dropped(content: str) -> str:
    """The content without a tag of the talk at its end, "again" or "though", or a slip of one
    ("who's Lee agian")."""
    head, _, last = content.rpartition(" ")
    if (
        head
        and last.isalpha()
        and last.lower() not in _RECALL_TAGS
        and english.meant(last.lower()) in _RECALL_TAGS
    ):
        return head
    return _RECALL_TAG_RE.sub("", content)


# "austin's one-word take on extended deterrence", "what was Kim's view on the drills", "austins
# line about putin": what they said about it
_TAKE_ON_RE = re.compile(
    r"^\W*(?:(?:what|whats|what's)\s+(?:(?:is|was|were)\s+)?)?(?P<x>\w[\w .-]{0,40}?)(?:['’]s|s)\s+"
    r"(?:(?:one[-\s]word|short|quick|official|big|main)\s+)?"
    r"(?:take|view|views|verdict|stance|position|opinion|line|lines|message|remark|remarks|comment|comments)\s+"
    r"(?:on|of|about)\s+(?P<y>.+)$",
    re.IGNORECASE,
)
# "how many times did Kihara meet Austin", "... has Austin met Kihara": the meetings the
# articles show them at, counted
_TIMES_MET_RE = re.compile(
    r"\bhow\s+many\s+times\s+(?P<aux>did|do|does|has|have)\s+(?P<x>.+?)\s+(?:meet|met)\b(?:\s+(?:up\s+)?(?:with\s+)?)?",
    re.IGNORECASE,
)


_TIME_OR_PLACE_LEADS = frozenset(
    "in at on during across since before after by over so this last between".split()
)


def _times_met(match: re.Match[str]) -> str:
    had = "have" if match["aux"].lower() in ("did", "do", "does") else "had"
    rest = words(match.string[match.end() :])
    other = (" with " if rest[0] not in _TIME_OR_PLACE_LEADS else " ") if rest else ""  # "... meet Austin"
    return f"how many meetings {match['aux']} {match['x']} {had}{other}"


MONTH_NUMBERS = {m.lower(): n for n, m in enumerate(calendar.month_name) if m}  # "january": 1
_MONTHS = {  # short forms people type: "sept 2022" is September 2022
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october",
    "nov": "november", "dec": "december",
}  # fmt: skip
# chat shorthand for plain words (those read in a question's text too are _SPELT, in parse)
_SHORTHAND = {
    "govt": "government",
    "govts": "governments",
    "ppl": "people",
    "yr": "year",
    "theres": "there",  # "there's" typed without its apostrophe: no content, as "there"
    "thats": "that",
    "yrs": "years",
    "hr": "hour",
    "hrs": "hours",
    "mins": "minutes",
    "wks": "weeks",
    "w": "with",  # "w/": with, a word the vocabulary's phrases may need ("sit down with")
    "fwd": "forward",  # "going fwd": the vocabulary's "going forward"
    "tho": "though",
    "smth": "something",
    "tryna": "trying",
    "rn": "now",  # "right now"
    "r": "are",
}
# "didnt", "theyre", "itll": contractions typed without their apostrophe, read as with it (no
# word of what is asked); not those that are words themselves ("were", "well", "ill", "shed")
_APOSTROPHE_DROPPED = {
    said.replace("'", ""): said
    for said in (
        "didn't doesn't don't isn't wasn't aren't weren't won't can't couldn't wouldn't shouldn't "
        "hasn't haven't hadn't ain't they're you're i'm i've it'll they'll you'll we've"
    ).split()
}
# "putin n ukraine": "and", once the vocabulary's names are read ("n korea" is North Korea)
_JOINERS = {"n": "and", "&": "and"}
FIRST_WORDS = frozenset("first earliest initial inaugural".split())
_CARDINALS = "zero one two three four five six seven eight nine ten eleven twelve".split()
_ORDINALS = "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()


# numbers as digits and as words are one word: "7th" finds "seventh", "two" finds "2"
_SPELLED = (
    {str(n): word for n, word in enumerate(_CARDINALS)}
    | {word: str(n) for n, word in enumerate(_CARDINALS)}
    | {suffixed(n): word for n, word in enumerate(_ORDINALS)}
    | {word: suffixed(n) for n, word in enumerate(_ORDINALS)}
)
LAST_WORDS = frozenset("last latest recent newest now current currently still today".split())
# General English that carries no content in a question; never article vocabulary.
FILLER = frozenset(
    stem(w)
    for w in """happen happened happens take took place exactly actually really recently regarding
    mention mentioned article articles news report reported story think know known time date day
    year month located location number name named called get got go going went come came make
    made did do does done many much long ago ever anything something someone anyone thing things
    kind kinda sort sorta type types way per according mean means stand stands refer refers want wants wanted
    gonna wanna gotta guy guys dude folks supposed having different distinct various style
    besides apart except aside else basically essentially literally nutshell list anyway anyways tldr
    significance importance matter matters figure figures extent backdrop analysis pretty quite fairly
    super percent percentage real
    lol lmao haha ok okay nah yeah yep nope reckon reckons even maybe perhaps probably
    ngl tbh fr bruh bro smh imo imho idk fyi btw lowkey tho though thingy
    which who what when where why how tell say said""".split()
)
# Prepositions that place what is named ("under Biden", "across the region", "a hotline between
# the three governments") and are no content of their own; those that say what is asked ("near",
# "against") stay words.
_PLACING = frozenset("under among within across toward towards upon amid throughout via between".split())
# "was said to be ready": hearsay, not a question about what someone said
_HEARSAY_RE = re.compile(
    r"\b(?:said|reported|believed|thought)\s+to\b"
    # "the exercise they said they'd hold in feb": what they undertook, named by it; not their words
    r"|\b(?!(?:what|who|which|did|do|does|how|when|where|why)\b)[a-z]+\s+(?:that\s+)?(?:they|he|she)\s+"
    r"(?:said|promised|pledged)\s+(?:they|he|she|it)(?:['’]d|d|\s+would|\s+will|['’]ll)\b",
    re.IGNORECASE,
)
_CONTRACTED = frozenset("ll ve re d m s".split())
_NEGATED = frozenset(
    "won don doesn didn can couldn wouldn shouldn isn aren wasn weren hasn haven hadn mustn".split()
)
_DETERMINED = [[w] for w in "a an the their his her its".split()]  # what makes the next word a noun
_NAMING = frozenset("called named name mean means meaning stand stands".split())
# "in which city", "what port": nouns that ask where, not for an entry of a kind
_PLACE_NOUNS = frozenset(
    "city cities town towns place places port ports location venue site region regions province "
    "provinces".split()
)
# "which building in Seoul": where in Seoul, more exactly; "which building" alone asks for a
# building, which a city is not
_PLACE_IN_NOUNS = frozenset("building buildings".split())
_PART_OF = frozenset("part parts area areas".split())  # "which part of Russia": where, in Russia
# "..., which building", "..., what base": a kind of place, asking where again
WHICH_PLACE_TAIL_RE = re.compile(
    r"[\s,]+(?:like\s+)?(?:which|what|wat|wich)\s+(?:exact\s+)?"
    r"(?:building|base|port|city|town|place|venue|site|location)\s*$",
    re.IGNORECASE,
)
_MEANING_WORDS = frozenset("mean means meaning meant signal signals signify indicate indicates".split())
_CALLING = frozenset(
    "call called calls describe described describes dub dubbed termed label labels labeled labelled".split()
)
ROLE_WORDS = frozenset(stem(w) for w in "job role title position post occupation office".split())
SPEECH_WORDS = frozenset(
    "say said says saying tell told telling quote quoted claim claimed comment commented remark remarked "
    "word words describe described describes adjective adjectives expression".split()
)
# "the word shield", "the adjective": no one speaking
_SPEECH_VERBS = SPEECH_WORDS - {"word", "words", "adjective", "adjectives", "expression"}
ARTICLE_WORDS = frozenset(
    "article articles story stories report piece pieces coverage write-up writeup".split()
)
_AUTHOR_WORDS = frozenset("author authors byline wrote written write writer".split())
# "which outlet covered X": these alone ask about a publication, not about what it reports
_OUTLET_WORDS = frozenset(
    "outlet outlets publication publications newspaper newspapers publisher website websites magazine".split()
)
# "which site wrote it up", "what paper covered the SCM": a site or paper that reports is an outlet
_REPORTING_SITE_RE = re.compile(
    r"\b(?:news\s*)?(?:site|sites|paper|papers)\s+(?:covered|reported|wrote|ran|published|carried|broke)\b",
    re.IGNORECASE,
)
_WHO_COVERED_RE = re.compile(
    r"^\W*who\s+(?:covered|wrote\s+(?:up|about)|ran\s+(?:the\s+)?(?:story|piece|article)|broke\s+the\s+story)\b",
    re.IGNORECASE,
)
SOURCE_WORDS = (
    frozenset(
        "published publish posted source link url headline title ran run carried covered site paper".split()
    )
    | _AUTHOR_WORDS
    | _OUTLET_WORDS
)
PRONOUNS = frozenset({"they", "them", "their", "both", "he", "she", "his", "her"})


@dataclass(frozen=True)
class Word:
    """One content word (or a phrase the vocabulary knows) of a question."""

    typed: str
    # the ways it may appear in the articles, each a set of index terms that must all be there:
    # its stem, a slip's correction, the vocabulary's words and phrases for it
    options: tuple[frozenset[str], ...]
    weight: float  # how much it says about what is asked
    known: bool  # the articles use it (or a word it stands for)
    number: bool = False
    essential: bool = False  # what is asked (the thing, the verb): the answer itself must hold it
    stress: float = 1.0  # how many times its own weight it weighs for being what is asked
    anchor: bool = False  # in "after the NCG meeting": places the answer in time, see Question
    setting: bool = False  # in "at the 55th SCM": an event's name; the article reporting it holds it

    @property
    def evidence(self) -> float:
        """How much it says on its own, stress aside: a name's or a rare word's is high."""
        return self.weight / self.stress

    @property
    def terms(self) -> frozenset[str]:
        return frozenset(t for option in self.options for t in option)

    def held_by(self, held: set[str] | frozenset[str]) -> bool:
        return any(option <= held for option in self.options)


@dataclass(frozen=True)
class Question:
    text: str
    asks: Asks
    content: str  # the question without its question words and closing verb
    words: tuple[Word, ...] = ()  # content words besides the names
    named: tuple[frozenset[str], ...] = ()  # people and bodies named: each a group of identities
    events: tuple[frozenset[str], ...] = ()  # events named, the same way
    yesno: bool = False
    also_where: bool = False  # "when and where"
    order: Order | None = None
    speech: bool = False
    about_article: bool = False
    author: bool = False  # "who wrote the article": its author, not its outlet ("who published it")
    pronoun: bool = False  # "they", "he": whom the question leaves to context
    naming: bool = False  # "why is it called X", "what does X stand for": what a name says
    later: bool | None = None  # "after X" (True), "before X" (False): the answer's time against X
    next_to: bool = False  # "right before X", "the day after X": the nearest in time, not any
    asked_kind: frozenset[str] = frozenset()  # "which aircraft": the terms of the kind asked for
    asked_names: tuple[frozenset[str], ...] = ()  # "which Japanese defense minister": a role named
    kind_words: frozenset[str] = frozenset()  # the words of "which X"
    counted: frozenset[str] = frozenset()  # "how many troops": the terms of what is counted
    plural: bool = False  # "which carriers": every one, not the best one
    relation: tuple[str, frozenset[str]] | None = None  # "before Lee Jong-sup": ("before", Lee)
    # "fired after the NCG meeting", "the week before the Kentucky arrived": what follows "after"
    # or "before" places the answer in time. The answer's article must hold it, the answer need
    # not: these are positions in `named` and `events` (the words are marked Word.anchor)
    proper: bool = False  # "what's the name of the X": an X with a name of its own is asked for
    anchored_named: frozenset[int] = frozenset()
    speakers: frozenset[int] = frozenset()  # "what did Japan say about Austin": positions in `named`
    # "how did North Korea respond to the Austin-Lee talks": who responds (positions in `named`),
    # not those named in what they respond to
    responders: frozenset[int] = frozenset()
    # "so Austin flew to Tokyo": names the question puts something at, in or to (positions in
    # `named`), which a claim may have wrong; not "did China say": who did it
    placed_at: frozenset[int] = frozenset()
    # "when did Austin visit Tokyo", "what was said in Seoul": where what is asked took place
    # (positions in `named`), not where something went ("happen to Kim's regime")
    visited: frozenset[int] = frozenset()
    anchored_events: frozenset[int] = frozenset()
    # "the exercise Austin and Lee announced": what was done to it ("announced"), which a unit
    # saying so is about, not the exercise
    described: frozenset[str] = frozenset()
    described_named: frozenset[int] = frozenset()  # who announced it (positions in `named`)
    name_words: frozenset[str] = field(default_factory=frozenset)  # words inside names
    outlet: str | None = None  # "according to the Diplomat, ...": only that outlet's articles answer
    to_the_day: bool = False  # "what exact day", "when exactly": a month is not what is asked
    percent: bool = False  # "what % of South Koreans": a share in figures
    hour: bool = False  # "what time did NK fire": a time of day, not a date
    condition: bool = False  # "what does NK want before it will talk": what must come first
    position: bool = False  # "which number in the series was it": the eighth
    kind_of: bool = False  # "what kind of jets": a kind of them will do (F-22s), not only one of its own
    set_aside: frozenset[int] = frozenset()  # "which country besides the US": names (in named) not answers
    subjects: frozenset[int] = frozenset()  # names (positions in named) that are who acts: "is the US ..."
    asked_for: frozenset[str] = frozenset()  # "who was the captain of ...": the words of what is asked
    likened: str = ""  # "is it a pact like NATO": what it is likened to, which the articles never name

    def without_named(self, dropped: Iterable[int]) -> Question:
        """The question without the names at these positions of `named`, the positions that
        point into it renumbered."""
        kept = [n for n in range(len(self.named)) if n not in set(dropped)]

        def renumbered(at: frozenset[int]) -> frozenset[int]:
            return frozenset(i for i, n in enumerate(kept) if n in at)

        return replace(
            self,
            named=tuple(self.named[n] for n in kept),
            anchored_named=renumbered(self.anchored_named),
            speakers=renumbered(self.speakers),
            responders=renumbered(self.responders),
            placed_at=renumbered(self.placed_at),
            visited=renumbered(self.visited),
            described_named=renumbered(self.described_named),
        )

    @property
    def asked_events(self) -> frozenset[str]:
        """Every identity of the events asked about, not those placing the answer ("after the SCM")."""
        return frozenset(
            key for n, group in enumerate(self.events) if n not in self.anchored_events for key in group
        )

    @property
    def named_names(self) -> frozenset[str]:
        """Every identity named, whichever of a group is meant."""
        return frozenset(key for group in self.named for key in group)

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for w in self.words for t in sorted(w.terms)))

    @property
    def unknown(self) -> tuple[Word, ...]:
        return tuple(w for w in self.words if not w.known)


# "when did Peninsula Monitor put out its story": what an outlet does with a story, not what the
# story says ("the Diplomat piece calls it something")
_PUBLISHING = frozenset("put out release released post posted date day".split())
# said of an article, these say when it appeared ("when did the story drop", "come out")
_RELEASE_WORDS = frozenset("drop dropped drops released release".split())
_COME = frozenset("come came comes".split())
# how an article came out, in any of these words: no word of what it is about ("which outlets
# put out stories on 13 March": not the article whose summary says "put")
PUBLISHING_WORDS = _PUBLISHING | _RELEASE_WORDS | _COME | frozenset("publish published ran run".split())


def _outlet_ends(kb: KnowledgeBase) -> frozenset[str]:
    """The last words of the outlets' names: "why does the Diplomat say" is the article's account."""
    return kb.cached(
        "outlet-ends", lambda: frozenset(normalize(a.article.outlet).split()[-1] for a in kb.articles)
    )


def _outlets(kb: KnowledgeBase) -> set[str]:
    """Every outlet's name, as normalized."""
    return kb.cached("outlets", lambda: {normalize(a.article.outlet) for a in kb.articles})


def outlets_named(kb: KnowledgeBase, flat: str) -> frozenset[str]:
    """The outlets a question names by name ("what headline did The Diplomat put on it")."""
    said = " ".join(re.sub(r"[^\w\s'-]", " ", normalize(flat)).split())
    said = f" {said} "
    named = {o for o in _outlets(kb) if f" {o} " in said or f" {re.sub(r'^the ', '', o)} " in said}
    return frozenset(named)


_POSSESSIVE_RE = re.compile(r"(?<=\w)'s\b")


def _outlet_named(kb: KnowledgeBase, flat: str) -> bool:
    """Whether the question names an outlet ("what date did Peninsula Monitor put out its story")."""
    outlets = _outlets(kb)
    said = f" {_POSSESSIVE_RE.sub('', normalize(flat))} "  # "the diplomat's headline": the Diplomat
    return any(
        f" {outlet} " in said and not _CITING_RE.search(said.split(f" {outlet} ")[0]) for outlet in outlets
    )


# "who was the captain of the Kentucky", "what was on the menu at the dinner": the thing asked
# for, a noun phrase of a word or two after "the", closed by a word that starts what qualifies it
_ASKED_FOR_RE = re.compile(
    r"^(?:(?:on|in|at|for)\s+)?(?:the|a|an)\s+(?P<np>[\w'-]+(?:\s+[\w'-]+)?)\s+"
    r"(?:of|for|at|on|in|to|from|that|who|when|during|after|before)\b",
    re.IGNORECASE,
)


def _asked_for(wh: str, lead: str, content: str) -> frozenset[str]:
    """The words of the thing a "who"/"what" question asks for, where a definite noun phrase
    right after its question words shows it ("who was the captain of ..."): the answer must be
    about that thing; the rest only says which. Typed as keywords, with no question word
    ("freedom shield 2023 total cost"), the last word is what is asked for."""
    if not lead and (keywords := words(content)):
        if keywords[0] in _WH or english.function_word(keywords[0], _WH):  # "wat missiles do subs carry"
            return frozenset()
        if set(keywords) & _WH:  # "apart from X, what other areas ...": a question, not keywords
            return frozenset()
        return frozenset(keywords[-1:])
    if wh not in ("who", "what") or not re.search(
        rf"(?:who|what){_IS}?(?:\s+(?:the|a|an))?\s*$", lead, re.IGNORECASE
    ):
        return frozenset()  # "what did the joint readout call ...": its subject, not what is asked
    said = f"the {content}" if re.search(r"\b(?:the|a|an)\s*$", lead, re.IGNORECASE) else content
    if wh == "who" and re.search(rf"who{_IS}\s*$", lead, re.IGNORECASE):
        said = _POST_OF_RE.sub("the ", said, count=1)  # "who was captain of ...": a post, as "the captain"
    found = _ASKED_FOR_RE.match(said)
    return frozenset(words(found["np"])) if found else frozenset()


def _as_read(asked: frozenset[str], read: set[str]) -> frozenset[str]:
    """The words asked for as the question's words read them: "captian" was meant as "captain"."""
    return frozenset(
        w if w in read else next((m for m in english.meanings(w) if m in read), w) for w in asked
    )


# "who was captain of ...": a post with no article before it, then what it is of
_POST_OF_RE = re.compile(r"^(?=[a-z][\w'-]*\s+(?:of|for|at|on|in)\b)", re.IGNORECASE)


def _cited_outlet(kb: KnowledgeBase, text: str) -> tuple[str, str | None]:
    """ "According to the Diplomat, what ...", "... in the Peninsula Monitor piece": the outlet
    whose account is asked for, and the question without the citation, whose words are not what
    is asked about."""
    cited, named = outlet_citing(kb)
    if cited is None or (found := cited.search(text)) is None:
        return text, None
    said = found["a"] or found["b"] or found["c"]
    rest = f"{text[: found.start()]} {text[found.end() :]}".strip()
    outlet = named.get(normalize(said))
    return (" ".join(rest.split()), outlet) if outlet and len(words(rest)) >= 2 else (text, None)


def outlet_citing(kb: KnowledgeBase) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The pattern that finds an outlet cited in a question, made once per knowledge base."""
    return kb.cached("outlet-citing", lambda: _outlet_citing(kb))


_ACCORDING = r"ac+or+d(?:ing|in)"  # "according", and its common slips ("acording", "accordin")


def _outlet_citing(kb: KnowledgeBase) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for every outlet's name cited ("according to the Diplomat", "does the
    Diplomat say that"), and each name as typed (without "the") to its outlet."""
    outlets = _outlets(kb)
    named = {re.sub(r"^the\s+", "", outlet): outlet for outlet in outlets}
    if not named:
        return None, {}
    names = "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in sorted(named, key=len, reverse=True))
    piece = rf"(?:['’]s)?(?:\s+(?:{'|'.join(sorted(ARTICLE_WORDS))}))?"
    cited = re.compile(
        rf"[\s,]*\b(?:(?:{_ACCORDING}\s+to|(?:as\s+)?per|in|from|(?:as\s+)?(?:reported|described|told|written)\s+(?:by|in))"
        rf"\s+(?:(?:the|that|this)\s+)?(?P<a>{names}){piece}\b|"  # "in that Diplomat piece" too
        rf"(?:the\s+)?(?P<b>{names}){piece}\s+(?:says?|said|reports?|reported|writes?|wrote|claims?|claimed|has|had|"
        rf"argues?|argued|uses?|used|calls?|called|describes?|described|thinks?|thought|reckons?|reckoned|"
        rf"believes?|believed|suggests?|suggested|mentions?|mentioned|notes?|noted)\b(?:\s+that\b)?|"
        # "did the Diplomat misspell the carrier": its spelling, asked about; the verb stays
        rf"(?:the\s+)?(?P<c>{names}){piece}(?=(?:\s+(?:even|ever|actually|really))?\s+(?:mis)?spel\w*\b))[\s,]*",
        re.IGNORECASE,
    )
    return cited, named


# "according to the Diplomat piece, why ...": the outlet cited for the content asked about
_CITING_RE = re.compile(rf"\b(?:{_ACCORDING}\s+to|per|in|from)(?:\s+the)?\s*$")


def _about_article(typed: set[str], outlet_named: bool = False, site: bool = False) -> bool:
    """ "Which outlet ran the story", "when was the piece publshed", "when did Peninsula Monitor put
    out its story": about an article itself. The words are read as typed, before mending against
    the articles (which never say "published"), and forgiven one slip when long."""
    sourced = (
        (outlet_named and _PUBLISHING & typed)
        or SOURCE_WORDS & typed
        or _RELEASE_WORDS & typed  # "when did the camp david story drop"
        or ("out" in typed and _COME & typed)  # "when did the article come out"
        or {"put", "out"} <= typed  # "who put out the ttx story"
        or _slipped(_as_typed(typed), SOURCE_WORDS)
    )
    headline = outlet_named and bool(_HEADLINE_WORDS & typed)  # "what did the Diplomat's headline say"
    # "the newest article", "oldest artcle?": which of the articles, by when each came out
    articles = ARTICLE_WORDS & typed or _slipped(typed, ARTICLE_WORDS)
    ordered = bool(articles) and bool(_AGE_WORDS & typed)
    return bool(_OUTLET_WORDS & typed or (articles and sourced) or headline or site or ordered)


def _titled(kb: KnowledgeBase, text: str) -> bool:
    """Whether the question gives an article's headline ("who published 'In Defense Minister
    Talks, US Reaffirms Commitment to South Korea'"): every content word of one, four at least."""
    said = set(terms(text))
    headlines: list[frozenset[str]] = kb.cached(
        "headline-terms", lambda: [h for a in kb.articles if len(h := frozenset(terms(a.article.title))) >= 4]
    )
    return any(headline <= said for headline in headlines)


def _slipped(typed: set[str], meant: frozenset[str]) -> bool:
    """Whether a long word typed is one slip from one of these ("publised", "artcle")."""
    return any(len(w) >= 6 and any(OSA.distance(w, m) <= 1 for m in meant) for w in typed)


# "the newest article", "the oldest one": of the articles, by date (not "in the first place")
_AGE_WORDS = frozenset("newest latest oldest earliest recent".split())


_ARTICLE_FROM_RE = re.compile(
    r"^\W*(?:when|what\s+(?:date|day|month|year))\b.*\b(?:article|story|piece|report|write-?up)\s+(?:from|dated)\W*$",
    re.IGNORECASE,
)
_HEADLINE_WORDS = frozenset("headline headlines title".split())


def _as_typed(typed: set[str]) -> set[str]:
    """The words, and their British spelling: words() makes "publised" "publized", two slips away
    from "published", not one."""
    return typed | {w.replace("iz", "is") for w in typed if "iz" in w}


# "the NCG's second meeting": "the second NCG meeting", as events of a series are named
_OWN_ORDINAL_RE = re.compile(
    r"\b(?P<the>the\s+)?(?P<whose>[A-Za-z][\w-]*)['’]s\s+"
    r"(?P<nth>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|\d+(?:st|nd|rd|th))\s+"
    r"(?P<what>[a-z]\w*)",
    re.IGNORECASE,
)


# Discord's mentions of users, roles and channels, and @here / @everyone
_PINGS_RE = re.compile(r"<(?:@[!&]?|#)\d+>|(?<!\w)@(?:here|everyone)\b", re.IGNORECASE)


# "what does NCG stand 4": chat's "4" for "for", after the verbs that name what a name says
_STAND_4_RE = re.compile(r"\b(stand|stands|short)\s+4(?=\W*$)", re.IGNORECASE)


# "how many troops acc to austin", "acc. to the diplomat": chat's "according to"
_ACC_TO_RE = re.compile(r"\bacc(?:d|\.)?\s*(?:to|2)\b", re.IGNORECASE)
# "wht dose dprk stand for": an auxiliary's letters in another order, right after a question word,
# is the auxiliary, though English knows the word ("dose") and so does not mend it as a slip
_AUX_SWAPPED = {"".join(sorted(a)): a for a in AUXILIARY_WORDS if len(a) >= 4}
_AFTER_WH_RE = re.compile(r"\b(wh\w*|how)\s+([a-z]{4,6})\b", re.IGNORECASE)


def _auxiliary_swapped(kb: KnowledgeBase, text: str) -> str:
    """The text with an auxiliary typed with its letters swapped, after a question word, mended."""

    def mended(match: re.Match[str]) -> str:
        word = match.group(2).lower()
        meant = _AUX_SWAPPED.get("".join(sorted(word)))
        if meant is None or meant == word or _in_articles(kb, word):
            return match.group(0)
        return f"{match.group(1)} {meant}"

    return _AFTER_WH_RE.sub(mended, text)


# chat shorthand read so in the question's text, not only its words: "b4" places an answer in
# time as "before" does; "say abt the visit" asks what was said about it
_SPELT = {"b4": "before", "abt": "about", "bc": "because", "cuz": "because"}
_SPELT_RE = re.compile(rf"\b(?:{'|'.join(_SPELT)})\b", re.IGNORECASE)


_BEFORE_WORD_RE = re.compile(r"\b([A-Za-z]+)\s+(?=([A-Za-z]+)\b)")


def _compounds_joined(kb: KnowledgeBase, text: str) -> str:
    """ "a long range missile": a small word and the next, typed apart, that the articles write
    as one hyphenated word ("long-range"), are that word; "long" alone would be no word of it."""

    def joined(match: re.Match[str]) -> str:
        first = match[1].lower()
        if first not in STOPWORDS and stem(first) not in FILLER:
            return match[0]
        said = terms(f"{match[1]}-{match[2]}")
        return f"{match[1]}-" if said and "-" in said[0] and said[0] in kb.bm25 else match[0]

    return _BEFORE_WORD_RE.sub(joined, text)


_ALL_OF_RE = re.compile(
    r"\ball\s+(?:the\s+|of\s+the\s+)?(?:two|three|four|five|2|3|4|5)\s+(?=[a-z])", re.IGNORECASE
)
_EVER_RE = re.compile(r"\b(first|last|latest|earliest|largest|biggest)-ever\b", re.IGNORECASE)


# "were did biden and yoon hold their presser": "were" before an auxiliary can only be "where"
_WERE_ASKING_RE = re.compile(rf"^(\W*(?:(?:{_OPENERS})[\s,:]+)*)were(?=\s+{_AUX}\b)", re.IGNORECASE)


# Discord's markdown around words: "**who** is _austin_", "```when was camp david```", "||spoiler||"
_MARKUP_RE = re.compile(r"[*`~|]+|(?<![^\W_])_+|_+(?![^\W_])")


# "[who](http://x.com) signed the TDS": a markdown link's text, not where it points
_LINK_RE = re.compile(r"\[([^\]]*)\]\(\s*<?[a-z][\w+.-]*://[^)\s]*>?\s*\)", re.IGNORECASE)


# "<script>alert(1)</script> who is austin", "<b>who</b>": pasted markup, no words asked;
# a script's or style's contents go with their tags
_HTML_RE = re.compile(
    r"<(script|style)\b[^>]*>.*?</\1\s*>|</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.IGNORECASE | re.DOTALL
)


def bounded(text: str) -> str:
    """A question on one line, at most MAX_QUESTION long (bounded work): of a longer paste, its
    end from a sentence's start, where the question is ("hey so i was reading ... when did the
    first NCG meeting happen?")."""
    flat = " ".join(text.split())
    if len(flat) <= MAX_QUESTION:
        return flat
    tail = flat[-MAX_QUESTION:]
    start = re.search(r"[.?!]\s+(?=\S)", tail)
    return tail[start.end() :] if start else tail


def unmarked(text: str) -> str:
    """A question without what Discord adds to words: mentions ("<@123456> @here what is the
    dprk": who is pinged asks nothing) and markdown ("**who** is _austin_", links)."""
    text = _HTML_RE.sub(" ", _PINGS_RE.sub(" ", text))
    return " ".join(_MARKUP_RE.sub(" ", _LINK_RE.sub(r"\1", text)).split())


def parse(kb: KnowledgeBase, text: str) -> Question:
    text = unmarked(text)
    text = _auxiliary_swapped(kb, _ACC_TO_RE.sub("according to", _STAND_4_RE.sub(r"\1 for", text)))
    text = _WERE_ASKING_RE.sub(r"\1where", text)
    text = _SPELT_RE.sub(lambda m: _SPELT[m[0].lower()], text)
    text = _EVER_RE.sub(r"\1 ever", text)  # "the first-ever DSC TTX": the first
    text = _ALL_OF_RE.sub("the ", text)  # "at all three SCMs": at the SCMs, each of them
    text = _compounds_joined(kb, text)
    text = in_figures(bounded(text), lambda w: any(t in kb.bm25 for t in terms(w)))
    text = _slips_mended(kb, text)
    text = _NUMBERED_RE.sub(lambda m: suffixed(int(m[1])), text)  # "nuke test #7": the seventh
    text = _TAKE_ON_RE.sub(r"what did \g<x> say about \g<y>", text)  # "Austin's take on the TDS"
    text = _TIMES_MET_RE.sub(_times_met, text)
    text = _acronym_asked(kb, text)
    text = _COUNTERPART_RE.sub(lambda m: _counterpart(kb, m), text)
    text = _CAME_AFTER_AS_RE.sub(r"who replaced \g<x> as ", text)  # "who came after Shin as minister"
    text = _full_name(
        kb, _terse(_question_word(_asked_part(kb, _pairs_hyphened(kb, _letters_joined(kb, _time_led(text))))))
    )
    text = _in_order(text)
    text = _OWN_ORDINAL_RE.sub(r"\g<the>\g<nth> \g<whose> \g<what>", text)  # "the NCG's second meeting"
    text = _DISTANCE_ASKED_RE.sub("how far ", text)  # "what's the range of the Hwasong-18": how far
    text = _PURPOSE_ASKED_RE.sub("why ", text)  # "what is the purpose of the NCG": why it is
    if _CONTENTS_ASKED_RE.match(text):  # "whats actually in the TDS, any specifics": its details
        text = _SPECIFICS_TAIL_RE.sub("", _CONTENTS_ASKED_RE.sub("what are the details of ", text))
    every = _LIST_EVERY_RE.match(text) is not None
    asked, outlet = _cited_outlet(
        kb, _name_of(kb, _LIST_RE.sub("which ", _LIST_EVERY_RE.sub("which ", text)))
    )  # read as "which X"; shown back as typed
    # "in the diplomat piece whats ROK short for": the rest read as typed alone; "when's the
    # election they mention in the pentagon scm article": where the asker read it, no more
    asked = _terse(asked) if outlet is not None else (_MENTIONED_IN_RE.sub("", asked) or asked)
    flat = _fronted(_DID_RE.sub(r"\1\2 did", _CONTRACTION_RE.sub(r"\1\2 is", _END_UP_RE.sub("", asked))))
    flat = _CONTRACTION_RE.sub(r"\1\2 is", flat)  # "ROK? what's that stand for": fronted, then read
    flat = _WORD_USED_RE.sub(r"\1 \2 did \3 use", flat)  # "what is the word Austin used": his word
    flat = _THEY_WENT_RE.sub(r"\1 \2 visit", flat)
    flat = _WH_N_WH_RE.sub(r"\1 and \2", flat)
    flat = _WHERE_AND_DATE_RE.sub(_where_and_when, flat)
    flat = _WH_ADVERB_RE.sub(r"\1", flat)  # "what exactly did Biden say": what did he say
    flat = _X_WHAT_RE.sub(r"which \1", flat)  # "hwasong-what?": which Hwasong
    match = _LEAD_RE.match(flat)
    wh = normalize(match.group("wh")) if match else ""
    yesno = not match and bool(_YESNO_RE.match(flat))
    content = (
        flat[match.end() :] if match else _TRUE_THAT_RE.sub("", _YESNO_RE.sub("", flat, count=1), count=1)
    )
    if match:  # "where did the sub dock, incheon?", "..., was it yoon or a minister": guesses
        content = _ALTERNATIVES_TAIL_RE.sub("", _GUESS_TAIL_RE.sub("", _COUNT_REMARK_RE.sub("", content)))
    content = _TAIL_RE.sub("", _recall_tag_dropped(content.strip(" ?!.,;:"))).strip(" ?!.,;:")
    asked_for = _asked_for(wh, match.group(0) if match else "", content) if not yesno else frozenset()
    if not yesno:  # "which anniversary, like 50 years or what": a guess, not asked about
        content = _GUESSED_RE.sub(" ", content).strip(" ?!.,;:")
        content = _NUMBERS_GUESSED_RE.sub("", content).strip(" ?!.,;:")  # "..., like 5th 6th"
    content = _LIKE_THAT_RE.sub("", content)  # "the last carrier deployment like that": such a one
    content = _LIKE_WH_RE.sub("", content)  # "why is it called that, like what does it mean"
    likened = ""
    if yesno:  # "is it a defense pact like NATO": a comparison with what the articles never name
        content, likened = _compared_unknown(kb, content)
    if wh == "where":  # "where in seoul did they meet, like which building": where, said again
        content = WHICH_PLACE_TAIL_RE.sub("", content)
    if not yesno:  # "why does NK keep saying": why it says ("will they keep doing it" asks if it goes on)
        content = _KEEP_DOING_RE.sub("", content)
    content = _BACK_THEN_RE.sub("", content)  # "back then", "back in may 2022": then, in May 2022
    content = _MENTIONS_RE.sub("mentions", content)  # "the statement brings up a summit": names it
    content = _PREMISE_RE.sub(lambda m: " now" if m["now"] else "", content).strip(" ?!.,;:")
    caused = wh == "what" and bool(_CAUSE_RE.match(content))
    if caused:  # "what led to the thaw": why it came about; the verb is how it is asked, no word of it
        content = _CAUSE_RE.sub("", content, count=1).strip()
    typed = _years_typed_short(
        _days_plain(
            [
                _MONTHS.get(w) or _SHORTHAND.get(w) or _APOSTROPHE_DROPPED.get(w) or _g_dropped(w)
                for w in _pairs_split(kb, _units_split(words(content)))
            ]
        ),
        _years_reported(kb),
    )
    typed = _particles_joined(kb, [_JOINERS.get(w, w) for w in _mended(kb, _names_said(kb, typed))])
    typed = _numbered_after(kb, _initials_said(kb, typed))
    led = ["the"] if match and match.group(0).split()[-1:] == ["the"] else []  # "where did the | two ..."
    found_names = _by_name(kb, typed, _pairs_named(kb, typed, _mentions_led(kb, led, typed)))
    found_names = [m for m in found_names if not _everyday_alias(kb, typed, m)]
    named = _restated(_heads(kb, found_names))
    # "the joint statement": whichever document of that name is meant, though the seed's own
    # "the joint statement" is one of them
    named = [series(kb, typed, m, "entity") if documents(kb, m[2]) else m for m in named]
    events = [m for m in kb.names.mentions_in(typed, "event") if not generic_mention(kb, typed, m)]
    if not events and (spelt := spelt_out(kb, typed)) != typed:  # "the sub launch": the submarine launch
        events = [m for m in kb.names.mentions_in(spelt, "event") if not generic_mention(kb, spelt, m)]
    events += _listed_numbers(kb, typed)
    events += _ordinals_alone(kb, typed, events)
    events += _named_by_month(kb, typed, events)
    named = _outside(named, events)  # "the first NCG meeting" names the meeting, not the NCG too
    in_names = {i for start, end, _ in found_names for i in range(start, end)}
    name_starts = frozenset(start for start, _, _ in [*named, *events])
    kind_span = _kind_span(
        flat[match.start("wh") : match.end()] if match else "", typed, name_starts, inside=frozenset(in_names)
    )  # "at which"
    worded = bool(kind_span) and typed[kind_span[-1]] in SPEECH_WORDS
    if worded:  # "what word did Austin use for ...": his words, a quote, not an entry of a kind
        kind_span = range(0)
    placed = (
        bool(kind_span)
        and (  # "which port city": places both
            all(typed[i] in _PLACE_NOUNS for i in kind_span)
            or (len(kind_span) == 1 and _part_of_a_place(kb, typed, kind_span[0]))
            or (
                typed[kind_span[-1]] in _PLACE_IN_NOUNS
                and typed[kind_span[-1] + 1 : kind_span[-1] + 2] == ["in"]
            )
        )
    )
    # "at which port did the Kentucky dock": read as "where did the Kentucky dock"
    plain = [w for i, w in enumerate(typed) if not (placed and i in kind_span)]
    placed_aux = placed and kind_span[0] < len(plain) and plain[kind_span[0]] in _AUXILIARIES
    if placed:  # "in which city", "what port": where, the place however the articles call it
        wh, kind_span = "where", range(0)
    typed_set = set(typed)
    # "how many ... according to Austin": a number he gave; "did Lee say anything about ...": Lee spoke
    speaker_asked = wh in ("what", "how") or yesno
    speaker = _speaker_span(typed) if speaker_asked else set()
    if worded and named:  # "what word did Austin use for the US commitment": Austin spoke
        speaker |= set(range(named[0][0], named[0][1]))
    relation = _relation(kb, typed, named)
    described = _described(typed, events, named)
    anchored = _anchored(typed, relation, named) | described
    # "the SCM" asked about is any of the series; "after the SCM" places by the one it names
    events = [m if m[0] in anchored else series(kb, typed, m) for m in events]
    setting = frozenset(i for start, end, _ in events for i in range(start, end)) - anchored
    counted = _kind_span("which", typed, frozenset(in_names), True) if _asks(wh) == Asks.COUNT else range(0)
    counted_head = (
        _plural_counted(typed)
        if wh == "how many" and 0 in in_names and all(i in in_names for i in counted)
        else None
    )  # "how many US and Korean troops", "how many South Korean troops" (a name): the troops
    counted = counted_head or counted
    found = _words(kb, typed, in_names, _capitalised(text), speaker, anchored, setting, frozenset(counted))
    found = tuple(w for w in found if w.typed not in _group_sizes([*led, *typed]))
    # "right after the SCM wrapped": "right" only says how soon, and once the event is named, what
    # it did ("wrapped", "ended") places nothing more
    said_after = {
        typed[i]
        for _, end, _ in events
        if end - 1 in anchored
        for i in anchored
        # "right after the 56th scm, which hwasong": what is asked again, not what the SCM did
        if i >= end and not _WH & set(typed[end : i + 1])
    }
    soon = {typed[i - 1] for i, w in enumerate(typed) if i and w in ANCHORS and typed[i - 1] in _SOON}
    found = tuple(w for w in found if w.typed not in said_after | soon or w.number)
    if (phrase := _PHRASE_IS_ASKED_RE.search(flat)) is not None:  # "..., what was the phrase": its words
        found = tuple(w for w in found if w.typed != phrase[1].lower())
    if placed:
        found = tuple(w for w in found if w.typed not in _PLACE_NOUNS | _PLACE_IN_NOUNS | _PART_OF)
    verb = None
    if kind_span:  # "what approach ...": the thing asked for is what the answer must have most
        found = _stressed(found, typed[kind_span[-1]], weights.HEAD)
        if stem(typed[kind_span[-1]]) in ORDINAL_KINDS | _LIGHT_HEADS:  # "which edition": the eighth
            found = tuple(w for w in found if w.typed != typed[kind_span[-1]])
        after = kind_span.stop  # "which country threatened ...": and what it did
        verb = typed[after] if after < len(typed) and after not in name_starts else None
        verb = verb if verb is not None and (is_verb(verb) or _plural(verb)) else None
    elif counted:  # "how many soldiers have been killed": what happened to what is counted
        at = counted.stop
        while at < len(typed) and typed[at] in STOPWORDS:
            at += 1
        verb = typed[at] if at < len(typed) and at not in name_starts and is_verb(typed[at]) else None
    else:  # "how did North Korea respond ...", "what was agreed ...": what happened is asked
        if placed_aux:
            said = kb.names.mentions_in(plain, "entity") + kb.names.mentions_in(plain, "event")
            verb = _predicate(plain, sorted([*said, *kb.names.mentions_in(plain, "term")]), True)
        else:
            # whatever is named, with a country saying whose ("Seoul's unification ministry")
            subjects = sorted({*found_names, *named, *events, *kb.names.mentions_in(typed, "term")})
            verb = _predicate(typed, subjects, _has_auxiliary(match.group(0) if match else flat))
    if worded:  # "word" and the verb after the speaker ("did Austin use") ask for a quote: no content
        frame = {typed[end] for _, end, _ in named[:1] if end < len(typed)}
        found = tuple(w for w in found if not set(w.typed.split()) & (SPEECH_WORDS | frame))
        verb = None
    # "a say in nuclear planning", "the final word": a noun, no one speaking; "why does the article
    # (the Diplomat) say": the article's account, no one's words
    spoken = {
        w
        for at, w in enumerate(typed)
        if w in SPEECH_WORDS
        and typed[at - 1 : at] not in _DETERMINED
        and not (ARTICLE_WORDS | _outlet_ends(kb)) & set(typed[at - 1 : at])
    }
    # "what does 'shield' mean according to USFK": USFK's words
    # ("according to the ministry, what did the U.S. warn": a report of the U.S.'s words)
    cited_first = re.match(r"\W*according\s+to\b", text, re.IGNORECASE) is not None
    according = [
        at
        for at, w in enumerate(typed[:-1])
        if w == "according" and typed[at + 1] == "to" and speaker_asked and not cited_first
    ]
    cited = {start for start, _, _ in named if any(start - at in (2, 3) for at in according)}
    speaker |= cited
    speech = bool(spoken or cited) and not kind_span and not _HEARSAY_RE.search(flat)
    if speech:  # "what did KCNA claim", "how far did KCNA claim they flew": who spoke, not the verb
        found = tuple(w for w in found if not set(w.typed.split()) & _SPEECH_VERBS)
        verb = None if verb in _SPEECH_VERBS else verb
    # "what did Austin call the SCM": how someone spoke of it, in their words
    calling = any(end < len(typed) and typed[end] in _CALLING for _, end, _ in named)
    # "what does it mean when NK calls a weapon strategic": what the name says, not their words
    calling = calling and not (_MEANING_WORDS & set(typed) or wh == "why")
    if calling:
        found, verb = tuple(w for w in found if w.typed not in _CALLING), None
    if wh in ("where", "when"):  # "where did Biden hold the presser": where the presser was
        found, verb = tuple(w for w in found if w.typed not in _HOLDING), None if verb in _HOLDING else verb
    position = bool(_POSITION_ASKED_RE.search(flat))
    if position:  # "which one in the series, like the 5th": the series is the frame, the 5th a guess
        found = tuple(w for w in found if w.typed not in _POSITION_WORDS and not ordinal(w.typed))
    condition = bool(_CONDITION_ASKED_RE.search(flat))
    if condition:  # "what does NK need before ...": the asking, not content
        found = tuple(w for w in found if w.typed not in _CONDITION_VERBS)
        verb = None if verb in _CONDITION_VERBS else verb
    if verb is not None:
        found = _stressed(found, verb, weights.PREDICATE)
    if yesno and _COPULA_RE.match(flat):  # "is X a Y": the answer must say Y itself, of X
        for word in _complement(typed):
            found = _stressed(found, word, 1.0)
    # "after the first NCG meeting": "first" names the meeting, it does not ask for the first
    asked_set = {
        w
        for at, w in enumerate(typed)
        if at not in anchored | _dating_clause(typed) and typed[at - 1 : at + 1] != ["from", "now"]
    }  # "from now on" is the future, not the latest
    if _asks(wh) in (Asks.COUNT, Asks.DURATION) and typed[-1:] == ["last"]:
        asked_set.discard("last")  # "how many days does it last": the verb, not the latest one
    order = Order.LAST if LAST_WORDS & asked_set else Order.FIRST if FIRST_WORDS & asked_set else None
    if order is not None:  # "when did they first adopt it": the dates decide, not the word "first"
        found = tuple(w for w in found if w.anchor or w.typed not in FIRST_WORDS | LAST_WORDS)
    # "which site wrote it up", "who covered the 55th SCM": an outlet
    site = bool(_REPORTING_SITE_RE.search(flat) or _WHO_COVERED_RE.match(flat))
    return Question(
        text,
        Asks.WHY if caused else _asks(wh),
        content,
        found,
        tuple(keys for _, _, keys in named),
        tuple(keys for _, _, keys in events),
        yesno=yesno,
        also_where=wh in ("when and where", "where and when"),
        order=order,
        speech=speech or calling,  # "which drill did they say": the drill
        about_article=_about_article(set(words(content)) | typed_set, _outlet_named(kb, flat), site)
        or (_about_article(set(words(content)) | typed_set | {"article"}) and _titled(kb, text))
        or bool(_ARTICLE_FROM_RE.search(flat))  # "when's the diplomat article from"
        or bool(MENTIONING_RE.match(flat)),  # "which articles mention the Kentucky"
        author=bool(_AUTHOR_WORDS & typed_set)
        and not (_OUTLET_WORDS & typed_set or site),  # "which outlet wrote it"
        pronoun=bool(PRONOUNS & typed_set) and not named,
        # "why do they call it Freedom Shield": what the name says ("what did Austin call it": his word)
        naming=(wh in ("why", "what") and bool(_NAMING & set(words(flat))))
        or (wh == "why" and bool(_CALLING & set(words(flat)))),
        later=next(
            (w != "before" for at, w in enumerate(typed) if w in ANCHORS and at + 1 in anchored), None
        ),
        next_to=any(
            w in ANCHORS and at + 1 in anchored and at and typed[at - 1] in _SOON | {"day"}
            for at, w in enumerate(typed)
        ),
        asked_kind=_head_terms(found, typed, kind_span),
        proper=asked != text,  # "the name of the exercise": its own name, not a kind of exercise
        kind_words=frozenset(typed[i] for i in kind_span),
        kind_of=bool(kind_span) and kind_span[0] >= 2 and typed[kind_span[0] - 2] in _KIND_OF,
        asked_names=_asked_names(kb, typed, named, kind_span, every),
        plural=bool(kind_span) and (every or _plural(typed[kind_span[-1]])),
        relation=relation,
        anchored_named=frozenset(n for n, (start, _, _) in enumerate(named) if start in anchored),
        speakers=frozenset(n for n, (start, _, _) in enumerate(named) if start in speaker),
        responders=_responders(typed, found, named),
        placed_at=frozenset(n for n, (start, _, _) in enumerate(named) if _after_a_place_word(typed, start)),
        visited=frozenset(
            n for n, (start, _, _) in enumerate(named) if _after_a_place_word(typed, start, _VISITED_WORDS)
        ),
        anchored_events=frozenset(n for n, (start, _, _) in enumerate(events) if start in anchored),
        described=frozenset(typed[i] for i in described if typed[i] in _DESCRIBING),
        described_named=frozenset(n for n, (start, _, _) in enumerate(named) if start in described),
        counted=_counted_terms(kb, [typed[i] for i in counted_head])
        if counted_head
        else frozenset(t for i in counted for w in found if typed[i] in w.typed.split() for t in w.terms),
        name_words=frozenset(typed[i] for i in in_names),
        outlet=outlet,
        asked_for=_as_read(asked_for, {t for w in found for t in w.typed.split()}),
        likened=likened,
        to_the_day=_asks(wh) == Asks.WHEN and bool(_TO_THE_DAY_RE.search(f"{wh} {content}")),
        percent=bool(_PERCENT_ASKED_RE.search(text)),
        hour=_asks(wh) == Asks.WHEN and bool(_HOUR_ASKED_RE.match(wh)),
        condition=condition,
        position=position,
        set_aside=frozenset(n for n, (start, _, _) in enumerate(named) if _set_aside(typed, start)),
        subjects=frozenset(n for n, (start, _, _) in enumerate(named) if _leads_to_subject(typed[:start])),
    )


_PAIR_RE = re.compile(r"\b([a-z]+)\s+(?:and|&|n)\s+([a-z]+)\s+([a-z]+)\b", re.IGNORECASE)


def _pairs_hyphened(kb: KnowledgeBase, text: str) -> str:
    """ "the Austin and Lee meeting": the event the articles call "the Austin-Lee meeting"."""

    def joined(match: re.Match[str]) -> str:
        said = words(f"{match[1]}-{match[2]} {match[3]}")
        found = kb.names.mentions_in(said, "event")
        whole = any(start == 0 and end == len(said) for start, end, _ in found)
        return f"{match[1]}-{match[2]} {match[3]}" if whole else match[0]

    return _PAIR_RE.sub(joined, text)


_LETTERS_RE = re.compile(r"\b[a-z](?:\s+[a-z]\b)+", re.IGNORECASE)


def _letters_joined(kb: KnowledgeBase, text: str) -> str:
    """ "what does s c m stand for", "r o k meaning": letters typed one by one (as voice typing
    writes initials), read as the initials the articles use, if they use them."""

    def joined(match: re.Match[str]) -> str:
        said = "".join(ch for ch in match.group(0) if ch.isalpha())
        named = any(kb.names.mentions_in([said.lower()], kind) for kind in ("entity", "event", "term"))
        return said if named else match.group(0)

    return _LETTERS_RE.sub(joined, text)


_PLACE_WORDS = frozenset("at in into to from near off".split())
_VISITED_WORDS = frozenset("at in visit visits visited visiting".split())


def _after_a_place_word(typed: list[str], start: int, place_words: frozenset[str] = _PLACE_WORDS) -> bool:
    """Whether the name at `start` follows "at", "in", "to" ... ("docked at the port of Busan")."""
    before = [w for w in typed[max(0, start - 2) : start] if w != "the"]
    return bool(before) and before[-1] in place_words


RESPONSE_TERMS = frozenset(
    stem(w) for w in "respond responded react reacted response reaction reply replied answer answered".split()
)


def _responders(
    typed: list[str], found: tuple[Word, ...], named: list[tuple[int, int, frozenset[str]]]
) -> frozenset[int]:
    """ "How did X respond to Y": the names before the first word for responding (positions in
    `named`); none when no such word is asked or no name comes before it."""
    responding = {part for w in found if w.terms & RESPONSE_TERMS for part in w.typed.split()}
    at = next((i for i, w in enumerate(typed) if w in responding), None)
    if at is None:
        return frozenset()
    return frozenset(n for n, (start, _, _) in enumerate(named) if start < at)


# "what time did NK fire", "at what hour": the time of day (a date does not say it)
_HOUR_ASKED_RE = re.compile(r"^(?:what|which)\s+(?:exact\s+)?(?:time|hour)\b", re.IGNORECASE)


_NUMBERED_RE = re.compile(r"(?<![\w#&])#\s?(\d{1,3})\b")  # "test #7", "SCM # 55": a place in a series
# "which number in the series was it", "what iteration", "the 5th one or what number", "which
# tabletop was it in the series": its place in a series, an ordinal
_POSITION_ASKED_RE = re.compile(
    r"\b(?:which|what)\s+(?:number|iteration|edition|instal+ment)\b(?!\s+of\b)|\bin\s+(?:the|that|this)\s+series\b"
    r"|\bhow\s+manyth\b|\bnumberwise\b"  # "the how manyth DSC TTX", "which one was it numberwise"
    # "which dsc ttx was that, like the 5th one or what": a guessed number asks which number
    r"|^\W*which\b.*\blike\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth)\b",
    re.IGNORECASE,
)
_POSITION_WORDS = frozenset(
    "series number iteration edition installment instalment manyth numberwise".split()
)


def ordinal(word: str) -> bool:
    """Whether a word is an ordinal, in words or figures ("eighth", "8th", "first")."""
    return word in _ORDINALS or re.fullmatch(r"\d+(?:st|nd|rd|th)", word) is not None


# What may come before the name that is a question's subject: "so is the US going to ...", "what
# did North Korea say", "how has Japan ..."; not "what did they promise about US strategic assets"
_LEADING_SUBJECT = frozenset(
    "so and but ok okay wait then the is are was were did does do will would has have had can could "
    "what how when where why whats hows".split()
)


def _leads_to_subject(before: list[str]) -> bool:
    return set(before) <= _LEADING_SUBJECT


# "what's actually in the revised TDS", "what exactly is in it": its contents, in detail
_CONTENTS_ASKED_RE = re.compile(
    r"^\W*what(?:['’]?s|\s+is|\s+was|\s+are)\s+(?:actually|exactly|really|specifically)\s+in\s+",
    re.IGNORECASE,
)
_SPECIFICS_TAIL_RE = re.compile(
    r"[\s,;:-]+(?:like\s+|any\s+|the\s+)?(?:specifics|details)\W*$", re.IGNORECASE
)  # ", any specifics": said again
# "what does NK want before it'll go back to talks", "what are their conditions for talks",
# "what has to happen before ...": a condition set, not a time ("before" places nothing dated)
_CONDITION_VERBS = frozenset(
    "want wants wanted need needs needed demand demands demanded require requires required insist insists "
    "insisted expect expects condition conditions precondition preconditions".split()
)
_CONDITION_ASKED_RE = re.compile(
    r"\b(?:wants?|wanted|needs?|needed|demands?|demanded|requires?|required|insists?|insisted|expects?)\b"
    r".*\b(?:before|until|unless|in\s+(?:exchange|return)\s+for)\b"
    r"|\b(?:pre)?conditions?\b|\bwhat\s+(?:has|have|needs?|must)\s+(?:to\s+)?happen\b",
    re.IGNORECASE,
)
# "what % of ...", "what percentage", "how many percent", "whats the actual %": a share given in
# figures
_PERCENT_ASKED_RE = re.compile(
    r"(?:\b(?:what|which|how\s+(?:much|many|big|large))(?:['’]?s|\s+(?:is|was|are|were))?\s+(?:the\s+)?"
    r"|^\W*(?:the\s+)?)"
    r"(?:(?:exact|precise|actual|specific)\s+)?(?:%|percent(?:age)?s?|per\s+cent|share|proportion)",
    re.IGNORECASE,
)
# "what exact day", "which precise date", "when exactly", "what day", "what weekday"
_TO_THE_DAY_RE = re.compile(
    r"\b(?:exact|precise|specific)(?:ly)?\b|^(?:what|which)\s+(?:day|weekday)\b", re.I
)


KIND_WORDS = 5  # "which south korean defense ministers": a kind is a few words before the verb
_WH = frozenset("who whom whose what when where which why how".split())
WH_WORDS = _WH  # the question words, for what ask.py reads of a question
_WH_WORD = rf"(?:{'|'.join(sorted(_WH))})\b"  # one of them, as a pattern


def _name_of(kb: KnowledgeBase, text: str) -> str:
    """ "What's the name of the exercise they held" asks which exercise; "what is the official
    name of South Korea" asks for a name of South Korea, and is left as it is."""
    called = (  # "what is the drill called": its name
        _CALLED_RE.match(text)
        or _NAME_HAD_RE.match(text)
        or _FRONTED_CALLED_RE.match(_OPENED_RE.sub("", text))
    )
    thing = f"{called['thing']}{called.groupdict().get('which') or ''}" if called else ""
    match = _NAME_OF_RE.match(asked := f"what is the name of {thing}" if called else text)
    if match is None:
        return text
    rest = asked[match.end() :]
    said = words(rest)
    for kind in ("entity", "event", "term"):
        for start, end, keys in kb.names.mentions_in(said, kind):
            # a name of its own, not one saying whose the thing named is ("the US boomer")
            if start == 0 and (end == len(said) or said[end] in STOPWORDS or is_verb(said[end])):
                # "the name of the tabletop exercise they announced": an event called by a kind
                # of event asks which one, its own name
                return f"which {rest}" if kind == "event" and _by_a_kind(kb, said[:end], keys) else text
    return f"which {rest}"


def _by_a_kind(kb: KnowledgeBase, said: list[str], keys: frozenset[str]) -> bool:
    """Whether the words naming an event are a kind the event is ("tabletop exercise", of the
    Deterrence Strategy Committee Table-top Exercise), not its own name."""
    typed = set(terms(" ".join(said).replace("-", "")))  # "tabletop" is "table-top"
    kinds = {
        t
        for key in keys
        for e in kb.members("event", key)
        for k in e.item.is_a
        for t in terms(k.replace("-", ""))
    }
    return bool(typed) and typed <= kinds


_MONTH_NAMES = frozenset(_MONTHS.values()) | {"may"}
_IN_A_PERIOD = frozenset("in since during until till by from".split())


def _part_of_a_place(kb: KnowledgeBase, typed: list[str], at: int) -> bool:
    """ "which part of Russia", "what area of the peninsula": a place within a place."""
    if typed[at] not in _PART_OF or typed[at + 1 : at + 2] != ["of"]:
        return False
    rest = typed[at + 2 :]
    rest = rest[1:] if rest[:1] == ["the"] else rest
    named = kb.names.mentions_in(rest, "entity")[:1]
    return bool(named) and named[0][0] == 0 and _countries(kb, named[0][2])


_SMALL = frozenset("two three four five six seven eight nine ten 2 3 4 5 6 7 8 9 10".split())


def _group_sizes(typed: list[str]) -> set[str]:
    """ "the two delegations", "the three leaders": who they are, not a number asked about."""
    return {
        w
        for i, w in enumerate(typed[1:-1], start=1)
        if w in _SMALL and typed[i - 1] in ("the", "these", "those", "both") and _plural(typed[i + 1])
    }


def _mentions_led(
    kb: KnowledgeBase, led: list[str], typed: list[str]
) -> list[tuple[int, int, frozenset[str]]]:
    """The names in a question's words, with the article its question words took: "how did the
    North respond" names "the North", an alias that "North" alone is not."""
    plain = kb.names.mentions_in(typed, "entity")
    if not led or (plain and plain[0][0] == 0):
        return plain
    found = kb.names.mentions_in([*led, *typed], "entity")
    if not found or found[0][0] != 0 or " ".join([*led, *typed[: found[0][1] - 1]]) not in _the_names(kb):
        return plain
    return [(0, found[0][1] - 1, found[0][2]), *(m for m in plain if m[0] >= found[0][1] - 1)]


def _the_names(kb: KnowledgeBase) -> frozenset[str]:
    """Names that begin with "the" and go on as a proper name does ("the North", not "the joint
    statement" or "the three", which describe)."""

    def make() -> frozenset[str]:
        return frozenset(
            " ".join(words(name))
            for article in kb.articles
            for entity in article.entities
            for name in entity.aliases
            if (said := name.split())[0].lower() == "the" and len(said) > 1 and said[1][:1].isupper()
        )

    return kb.cached("the-names", make)


def _by_name(
    kb: KnowledgeBase, typed: list[str], found: list[tuple[int, int, frozenset[str]]]
) -> list[tuple[int, int, frozenset[str]]]:
    """The people named by a name of theirs, not by their post: "the ROK defense minister" (an
    alias the seed gives Lee) describes whoever holds it then, which the rest of the question
    decides ("at the 56th SCM": Kim Yong-hyun). Its words stay words."""
    out = []
    for start, end, keys in found:
        if not _a_post(kb, typed[start:end], keys):
            out.append((start, end, keys))
            continue
        out += _names_inside(kb, typed, start, end)  # "ROK" in "the ROK defense minister"
    return out


def _names_inside(
    kb: KnowledgeBase, typed: list[str], start: int, end: int
) -> list[tuple[int, int, frozenset[str]]]:
    """The names of their own within a span, longest first."""
    found: list[tuple[int, int, frozenset[str]]] = []
    taken: set[int] = set()
    for size in range(end - start - 1, 0, -1):
        for at in range(start, end - size + 1):
            if taken & set(range(at, at + size)):
                continue
            for a, b, keys in kb.names.mentions_in(typed[at : at + size], "entity"):
                if (a, b) == (0, size) and not _a_post(kb, typed[at : at + size], keys):
                    found.append((at, at + size, keys))
                    taken |= set(range(at, at + size))
    return sorted(found)


def _a_post(kb: KnowledgeBase, said: list[str], keys: frozenset[str]) -> bool:
    """Whether a name names one person by a post others held too: no word of their name in it,
    and the articles give someone else that post ("the ROK defense minister": Lee, Shin and Kim
    each were). A post only one person holds names them ("Washington's defense secretary"); one
    that names several ("South Korean defense ministers") names all who held it (_role_holders)."""
    if len(keys) != 1:
        return False
    (key,) = keys
    entries = kb.members("entity", key)
    if not entries or any(
        e.item.kind != EntityKind.PERSON or set(said) & set(words(e.item.name)) for e in entries
    ):
        return False
    asked = [t for w in said if not kb.names.mentions_in([w], "entity") for t in terms(w)]  # "ROK": a country
    if not asked:
        return False  # every word a name itself ("이종섭", his name in Hangul): no post
    posts = kb.cached("posts", lambda: _posts(kb))
    return any(other != key and _holds_post(asked, role, country) for other, role, country in posts)


def _holds_post(asked: list[str], role: tuple[str, ...], country: frozenset[str]) -> bool:
    """Whether a role is the post asked: every word in it or its country, the role's own in a row
    ("secretary of defense" is not "deputy assistant secretary of defense for East Asia")."""
    own = [t for t in asked if not any(t.startswith(c) for c in country)]  # "korean" of Korea
    role = tuple(t for t in role if not any(t.startswith(c) for c in country))  # "South Korean"
    if not set(own) <= set(role):
        return False
    places = [i for i, t in enumerate(role) if t in own]
    return not places or (max(places) - min(places) < len(own) and len(role) <= len(own) + 1)


def _asked_names(
    kb: KnowledgeBase,
    typed: list[str],
    named: list[tuple[int, int, frozenset[str]]],
    kind_span: range,
    every: bool = False,
) -> tuple[frozenset[str], ...]:
    """ "Which Japanese defense minister": the people a role asked for names. "Which South Korean
    defense ministers" (or "list every ... minister"), a post several held, names all who held
    it (_role_holders lists them)."""
    found = tuple(keys for start, end, keys in named if start in kind_span and end == kind_span.stop)
    if found or not kind_span or not (every or _plural(typed[kind_span[-1]])):
        return found
    said = _in_the_articles_words(kb, [typed[i] for i in kind_span])  # "def ministers": defense
    asked = [t for w in said if not kb.names.mentions_in([w], "entity") for t in terms(w)]
    posts = kb.cached("posts", lambda: _posts(kb))
    holders = frozenset(key for key, role, country in posts if _holds_post(asked, role, country))
    return (holders,) if holders else ()


def _in_the_articles_words(kb: KnowledgeBase, said: list[str]) -> list[str]:
    """Words the articles never use, as the vocabulary's first word for them ("def ministers",
    "defmins": defense ministers)."""
    out: list[str] = []
    at = 0
    for start, end, targets in kb.vocabulary.find([stem(w) for w in said]):
        if targets and not all(any(t in kb.bm25 for t in terms(w)) for w in said[start:end]):
            out += said[at:start] + list(targets[0])
            at = end
    return out + said[at:]


# "who came after Shin as defense minister": who succeeded him in that post
_CAME_AFTER_AS_RE = re.compile(
    r"\bwho\s+(?:came|comes|come|was\s+next)\s+after\s+(?P<x>\S+(?:\s+\S+){0,2}?)\s+as\s+", re.IGNORECASE
)
# "Austin's Korean counterparts": the post of that country answering to the person's own
_COUNTERPART_RE = re.compile(
    r"\b(?P<who>[\w.-]+?(?:\s+[\w.-]+?)?)(?:['’]s?|s)\s+(?P<adj>(?:south\s+|north\s+)?[a-z]+)\s+counterpart(?P<s>s)?\b",
    re.IGNORECASE,
)


def _counterpart(kb: KnowledgeBase, found: re.Match[str]) -> str:
    """ "Austin's Korean counterparts": "the south korean defense ministers", the role of
    people whose role holds the adjective ("South Korean ...") sharing most of the person's own
    role's words ("Secretary of Defense": defense); as typed if none shares any."""
    said = words(found["who"])
    if not found["s"]:
        return found[0]  # "Austin's Korean counterpart": whom the articles call that, in their words
    size, person = next(
        (
            (size, keys)
            for size in (2, 1)
            for start, end, keys in kb.names.mentions_in(said[-size:], "entity")
            if (start, end) == (0, size)
        ),
        (0, None),
    )
    entries = [e for key in sorted(person or ()) for e in kb.members("entity", key)]
    own = next((e.item.role for e in entries if getattr(e.item, "role", None)), None)
    if own is None:
        return found[0]
    adjective = set(terms(found["adj"]))
    mine = set(terms(own))
    # worked out once: each such question would read every article's people
    roles = kb.cached(
        "roles", lambda: frozenset(_role_of(e) for a in kb.articles for e in a.entities if _role_of(e))
    )

    def likeness(role: str) -> float:
        theirs = set(terms(role)) - adjective
        return len(theirs & mine) / len(theirs | mine)

    fitting = [r for r in roles if adjective <= set(terms(r)) and r != own and likeness(r) > 0]
    if not fitting:
        return found[0]
    role = max(sorted(fitting), key=likeness)
    kept = found["who"].split()[: -size or None]  # the words before the name: "list"
    return " ".join([*kept, f"the {role.lower()}s"])


def _role_of(entity: Person | Organization) -> str:
    """A person's role as the article writes it; "" for bodies and people without one."""
    return (entity.role or "") if entity.kind == EntityKind.PERSON else ""


def _posts(kb: KnowledgeBase) -> list[tuple[str, tuple[str, ...], frozenset[str]]]:
    """Each person with a role: the words of their role, in order, and of their country."""
    same = kb.same("entity")
    return [
        (same(name_key(e.name)), tuple(terms(e.role or "")), frozenset(terms(e.country or "")))
        for article in kb.articles
        for e in article.entities
        if e.kind == EntityKind.PERSON and e.role
    ]


def _particles_joined(kb: KnowledgeBase, typed: list[str]) -> list[str]:
    """A phrasal verb split by its object, as the vocabulary has it joined: "putting nukes back"
    is "putting back nukes" (put back), "wrap the talks up" is "wrap up the talks"."""
    out = list(typed)
    for at in range(len(out) - 2):
        for particle_at in range(at + 2, min(at + 4, len(out))):
            if out[particle_at] not in _PARTICLES:
                continue
            found = kb.vocabulary.find([stem(out[at]), stem(out[particle_at])])
            if found and found[0][:2] == (0, 2):
                out.insert(at + 1, out.pop(particle_at))
                break
    return out


_DAY_RE = re.compile(r"([1-9]|[12]\d|3[01])(?:st|nd|rd|th)")


def _days_plain(typed: list[str]) -> list[str]:
    """ "feb 18th", "the 18th of february": a day of a month, as the articles write it (18)."""
    out = list(typed)
    for at, word in enumerate(typed):
        day = _DAY_RE.fullmatch(word)
        after = typed[at + 1 : at + 3]
        after = after[1:] if after[:1] == ["of"] else after[:1]
        if day and ((at and typed[at - 1] in _MONTH_NAMES) or (after and after[0] in _MONTH_NAMES)):
            out[at] = day[1]
    return out


def _years_typed_short(typed: list[str], years: frozenset[str] = frozenset()) -> list[str]:
    """ "in nov 23", "since april 22": two digits after a month that places the time (not "on
    april 23") are the year, as people type it, if the articles report that year; so are they
    after a month not led by "on" or "the" ("the austin lee meeting jan 23"), if they do."""
    out = list(typed)
    for at in range(len(typed) - 1):
        month, number = typed[at], typed[at + 1]
        if month not in _MONTH_NAMES or len(number) != 2 or not number.isdigit():
            continue
        if int(number) > 31:  # "in march 81": no day of a month, a year of the last century
            out[at + 1] = f"19{number}"
            continue
        before = typed[at - 1] if at else ""
        reported = not years or f"20{number}" in years  # "from feb 18", no article of 2018: the 18th
        if (before in _IN_A_PERIOD and reported) or (before not in ("on", "the") and f"20{number}" in years):
            out[at + 1] = f"20{number}"
    return out


# "... they mention in the pentagon scm article": the article the asker read it in, not a topic
_MENTIONED_IN_RE = re.compile(
    r"[\s,]+(?:(?:that|which)\s+)?(?:(?:they|it|he|she)\s+)?(?:mention(?:s|ed)?|brings?\s+up|brought\s+up|"
    r"cites?|cited|talks?\s+about|talked\s+about)\s+in\s+the\s+(?:[\w'.-]+\s+){1,4}"
    r"(?:article|piece|story|report|write-?up)\W*$"
    # "..., according to the 56th scm article": where the asker read it, no more
    rf"|[\s,]+(?:{_ACCORDING}\s+to|per|as\s+per)\s+the\s+(?:(?!of\b)[\w'.-]+\s+){{1,4}}(?:article|piece|story|report|write-?up)\W*$",
    re.IGNORECASE,
)
# "DPRK full name??", "what's the long form of NCG", "whats DPRK's full name": what it stands for
_FULL_NAME_RE = re.compile(
    rf"^\W*(?:what{_IS}\s+)?(?:the\s+)?(?:(?P<x>[^\W_]+)(?:'s|’s)?\s+(?:full|long)\s+(?:name|form)"
    r"|(?:full|long)\s+(?:name|form)\s+(?:of|for)\s+(?:the\s+)?(?P<y>[^\W_]+))\W*$",
    re.IGNORECASE,
)


def _full_name(kb: KnowledgeBase, text: str) -> str:
    """ "DPRK full name", "full form of NCG": of an abbreviation a term has, what it stands for;
    "the full name of the exercise" stays the name of an exercise."""
    if (person := _PERSON_NAMED_RE.match(text)) is not None and _a_person(kb, person["x"]):
        return f"who is {person['x']}"  # "what's austin's first name": his full name, on his card
    match = _FULL_NAME_RE.match(text)
    said = match and (match["x"] or match["y"])
    if not said or normalize(said) not in _acronyms(kb):
        return text
    return f"what does {said} stand for"


# "what's austin's first name", "lee full name": the person's name, whole
_PERSON_NAMED_RE = re.compile(
    r"^\W*(?:what(?:['’]?s|\s+is|\s+was)\s+)?(?P<x>.+?)(?:['’]s)?\s+(?:full|first|last|sur|given|family)\s*name\W*$",
    re.IGNORECASE,
)


def _a_person(kb: KnowledgeBase, said: str) -> bool:
    match, _ = kb.names.tables["entity"].best(said, same=kb.same("entity"))
    return match is not None and match.exact and is_person(kb, str(match.group))


# "wat does SCM stand for lol keep seein it evrywhere", "ttx? whats that short for", "dprk = ??
# whats the full thing": a question of what an abbreviation stands for, however put
_STANDS_CUE_RE = re.compile(
    r"\b(?:stands?\s+for|short\s+for|abbreviat\w*|acronym|initials|(?:full|long)\s+(?:name|form|thing|version))\b",
    re.IGNORECASE,
)


def _acronym_asked(kb: KnowledgeBase, text: str) -> str:
    """A question with a cue of what a name stands for and one abbreviation a term has, naming
    nothing else, asks what that abbreviation stands for: the words around it are chat ("sry dumb
    q but", "lol keep seein it evrywhere"). "What does NCG stand for in the Washington
    Declaration" names where it was met, and is read as typed."""
    if not _STANDS_CUE_RE.search(text):
        return text
    said = words(text)
    found = {w for w in said if w in _acronyms(kb)}
    # "who chaired the 48th MCM, and what's MCM short for": another question, of a numbered one
    if len(found) != 1 or any(c.isdigit() for w in said for c in w) or len(set(said) & _WH) > 1:
        return text
    (acronym,) = found
    rest = " ".join(w for w in said if w != acronym)
    if any(kb.names.mentioned(rest, kind) for kind in ("entity", "event", "term")):
        return text
    typed = re.search(rf"\b{re.escape(acronym)}\b", text, re.IGNORECASE)
    return f"what does {typed[0] if typed else acronym} stand for"


def _acronyms(kb: KnowledgeBase) -> frozenset[str]:
    """Every abbreviation the terms give, as typed in lower case."""
    return kb.cached(
        "acronyms", lambda: frozenset(normalize(a) for x in kb.articles for t in x.terms for a in t.acronyms)
    )


def _years_reported(kb: KnowledgeBase) -> frozenset[str]:
    """The years the articles came out in, and the year before each: what "jan 23" may mean."""
    return kb.cached(
        "years-reported",
        lambda: frozenset(str(a.article.published.year - n) for a in kb.articles for n in (0, 1)),
    )


# "what is Shin doing now that he's not minister": what the asker takes as given, not asked about
_PREMISE_RE = re.compile(
    r"[\s,]*\b(?:(?P<now>now)\s+that|given\s+that|seeing\s+(?:as|that)|considering\s+that)\b.*$",
    re.IGNORECASE,
)
# "the statement brings up / refers back to / points back to a summit": it mentions it
_MENTIONS_RE = re.compile(
    r"\b(?:brings?|brought|bringing)\s+up\b|\b(?:refers?|referred|referring|points?|pointed|pointing|"
    r"harks?|harked)\s+back\s+to\b|\b(?:refers?|referred|referring|points?|pointed|pointing)\s+to\b"
    r"|\bname[\s-]?(?:check|drop)(?:s|ped|ed|ping|ing)?\b",  # "which carriers get namechecked"
    re.IGNORECASE,
)
# "the last carrier deployment like that": such a deployment
_LIKE_THAT_RE = re.compile(r"(?<=[a-z])\s+like\s+(?:that|this|those|these)\b", re.IGNORECASE)
# "..., like what does shield mean", "like how far": a hedge before the question said again
_LIKE_WH_RE = re.compile(
    r"(?<=\W)like\s+(?=(?:what|how|why|when|where|who|which)(?:['’]?s)?\b)", re.IGNORECASE
)
# "back then", "back in may 2022" (not "back in korea"): a time, looked back to
_BACK_THEN_RE = re.compile(
    rf"\bback\s+(?=then\b|in\s+(?:(?:{'|'.join(sorted({*_MONTHS, *_MONTH_NAMES}))})\b|\d{{4}}\b))",
    re.IGNORECASE,
)
# "keeps saying", "kept firing": that it goes on is no content of its own
_KEEP_DOING_RE = re.compile(r"\b(?:keep|keeps|keeping|kept)\s+(?=\w+ing\b)", re.IGNORECASE)
# "like 50 years or what", "the 5th one or something", "..., like 5th 6th": numbers the asker guesses
_NUMBERS_GUESSED_RE = re.compile(
    r"[\s,]+(?:like|maybe|perhaps|say)\s+(?:the\s+)?(?:number\s+|no\.?\s*|#)?\d+(?:st|nd|rd|th)?"
    r"(?:\s*(?:,|/|or|\?|\s)\s*(?:the\s+)?\d+(?:st|nd|rd|th)?)*(?:\s+one)?\W*$"
    # "..., 6th? 7th?": numbers asked back, each with its question mark
    r"|,\s*(?:the\s+)?\d+(?:st|nd|rd|th)?\?(?:\s*(?:or\s+)?(?:the\s+)?\d+(?:st|nd|rd|th)?\??)+\s*$"
    # "which scm was in seoul, the 54th 55th or 56th": the ones to choose from, offered
    r"|,\s*(?:the\s+)?\d+(?:st|nd|rd|th)(?:\s*,?\s*(?:the\s+)?\d+(?:st|nd|rd|th))*\s*,?\s*or\s+(?:the\s+)?"
    r"\d+(?:st|nd|rd|th)\W*$",
    re.IGNORECASE,
)
_GUESSED_RE = re.compile(
    r"[\s,]*(?:\b(?:like|maybe|say)\s+)?(?:\bthe\s+)?\b\d[\w,.]*(?:\s+[a-z]+)?\s+or\s+(?:what|something|whatever|smth|sth|so)\b",
    re.IGNORECASE,
)
# "what exactly did", "who actually was": the adverb says how much is wanted, not what ("when
# exactly" and "where exactly" stay: they ask for the day, or somewhere more exact)
_WH_ADVERB_RE = re.compile(
    rf"^(\W*(?:what|who|which|why|how))\s+(?:exactly|precisely|actually|really)(?=\s+{_AUX}\b)",
    re.IGNORECASE,
)
_WH_N_WH_RE = re.compile(
    r"\b(when|where|who|what|\d+(?:st|nd|rd|th)?)\s+(?:n|&|\+)\s+(when|where|who|what|\d+(?:st|nd|rd|th)?\b)",
    re.IGNORECASE,
)  # "when n where", "scm 54 55 n 56"
_X_WHAT_RE = re.compile(r"\b([a-z][\w'’]*)-what\b", re.IGNORECASE)
# "where and on what date", "on which day and where": "where and when", "when and where"
_DATE_ASKED = r"(?:(?:on|at|in)\s+)?(?:what|which)\s+(?:exact\s+)?(?:date|day)"
_WHERE_AND_DATE_RE = re.compile(
    rf"^(?P<lead>\W*)(?:(?P<where>where)\s+and\s+{_DATE_ASKED}|{_DATE_ASKED}\s+and\s+where)\b", re.IGNORECASE
)


def _where_and_when(match: re.Match[str]) -> str:
    return match["lead"] + ("where and when" if match["where"] else "when and where")


# "where did the sub dock, incheon?", "when was it, in march?": a word or two after the question,
# with a question mark, are the asker's guess
_GUESS_TAIL_RE = re.compile(
    r",\s*(?!(?:and\s+)?(?:who|what|when|where|which|why|how)\b)(?:maybe\s+|or\s+|like\s+)?"
    r"[a-z][\w'’-]*(?:\s+[a-z0-9][\w'’-]*)?\s*\?+\s*$",  # "..., his 6th?" too
    re.IGNORECASE,
)
# "..., there were like 2 other docs", "..., theres 2 of them i think": the asker's count of what
# is asked, a guess the answer need not hold
_COUNT_REMARK_RE = re.compile(
    r"[\s,;:-]+(?:i\s+think\s+)?there(?:['’]?s|\s+(?:is|are|was|were))\s+(?:like\s+|maybe\s+|about\s+|prob\w*\s+)?"
    r"(?:\d+|two|three|four|five|a\s+couple|a\s+few|several)\b[^,;?]*\W*$",
    re.IGNORECASE,
)
# "who did austin meet, was it yoon or some minister guy": the asker's guesses, offered to choose from
_ALTERNATIVES_TAIL_RE = re.compile(
    r"\s*[,;?]+\s*(?:was|is|were|are|did)\s+(?:it|he|she|they|that)\s+[^,;?]+?\s+or\s+[^,;?]+\W*$",
    re.IGNORECASE,
)
# "... at the pentagon? like the 5th?": the asker's guess, which the answer need not hold
_GUESS_RE = re.compile(r"^\W*(?:like|maybe|perhaps|e\.?g\.?|say)\b(?:\W+\w+){1,3}\W*$", re.IGNORECASE)
# and a colon before a question: "i should be grateful for the particulars: what exactly ..."
_SENTENCE_END_RE = re.compile(rf"(?<=[.!?])\s+(?=\S)|(?<=:)\s+(?={_WH_WORD})", re.IGNORECASE)
# "what is the ROK? is that simply south korea": after a question, the asker's guess at its answer
_GUESSED = (
    r"(?:is|was|are|were)\s+(?:that|it|this|they|he|she)\s+(?:just|simply|basically|only|like|"
    r"the\s+same\s+as|another\s+name\s+for|short\s+for)\b"
)
_GUESSED_ANSWER_RE = re.compile(rf"^\W*{_GUESSED}", re.IGNORECASE)
_GUESSED_ANSWER_TAIL_RE = re.compile(
    rf"\s*[,;]\s*{_GUESSED}[^,;?]*\W*$", re.IGNORECASE
)  # "..., is it like a rock"
# "I'm writing a report.", "retired navy here.", "need it for my citation": about the asker
_ASKER_RE = re.compile(
    r"\b(?:i|i'm|im|i've|i'd|me|my|mine|hello|hi|hey|thanks|thank\s+you)\b|^\W*(?:[\w'-]+\s+){1,3}here\W*$",
    re.IGNORECASE,
)

# "saw on tv that ...", "heard on reddit ...", "i read that ...", "my friend says ...": where the
# asker met a claim
_HEARD_RE = re.compile(
    r"^\W*(?:(?:i\s+)?(?:heard|saw|seen|read)\s+(?:on|in|from)\s+(?:the\s+)?(?:tv|news|radio|reddit|twitter|"
    r"x|facebook|youtube|tiktok|social\s+media|internet|online|somewhere)|i\s+(?:heard|read)(?=\s+that\b|\s+the\b)|"
    # "I believe ...", "I recall reading that ...", "I gather ...": what the asker holds, a claim
    r"i\s+(?:(?:seem\s+to\s+)?(?:believe|recall|remember)|gather|understand|was\s+told)(?:\s+(?:reading|hearing|seeing))?|"
    r"(?:my\s+\w+|some\s*one|people)\s+"
    r"(?:says?|said|told\s+me|claims?|claimed|thinks?))\b[\s,:]*(?:that\b\s*)?",
    re.IGNORECASE,
)
# "... in south korea, true?", "..., is that right", "... true or not": a claim to check, asked as
# "is it true that" (a bare "true" closing it is a claim to check only with its question mark)
_CHECKED = r"(?:true|right|correct|accurate|real)"
# "..., wasn't it", "..., didn't they", "..., yeah?": a tag asking the claim be confirmed
_TAG = (
    r"(?:(?:was|is|were|are|did|does|do|has|have|had)n['’]?t\s+(?:it|they|he|she|that|there|we)|yeah|right)"
)
# "..., does the article actually say that": the claim, checked against the articles
_SAYS_SO = (
    r"(?:does|do|did)\s+(?:the|these|this|your)\s+(?:articles?|stories|story|pieces?|reports?|texts?|news)\s+"
    r"(?:actually\s+|really\s+)?(?:say|back|confirm|support)\s+(?:that|this|it|so)"
    # "..., is that what the diplomat says": the claim, checked against that account
    r"|is\s+(?:that|this|it)\s+what\s+(?:the\s+|these\s+|this\s+)?[\w'’ -]{1,40}?\s+"
    r"(?:says?|said|reports?|reported|writes?|wrote)"
)
# "..., is that true according to the diplomat piece": whose account it is checked against
_PER_SOURCE = r"(?:\s+(?:according\s+to|per|in|going\s+by)\s+(?:the\s+|these\s+|this\s+)?[\w'’ -]{1,40}?)"
_CHECK_RE = re.compile(
    rf"[\s,;-]+(?:is\s+(?:that|this|it)\s+(?:really\s+)?{_CHECKED}{_PER_SOURCE}?\W*|{_CHECKED}\s*\?+|"
    rf"true\s+or\s+(?:false|not)\W*|{_TAG}\W*|{_SAYS_SO}\W*)$",
    re.IGNORECASE,
)
_STATING = frozenset("was were is are had has".split())  # a statement's verbs, besides past forms


# "us carriers named in these articles?", "hwasongs mentioned": which of them are, not a claim
_NAMED_IN_RE = re.compile(
    r"^\s*(?:the\s+|any\s+|all\s+(?:the\s+)?)?(?P<x>(?:[\w'-]+\s+){0,4}?[\w'-]+s)\s+(?:(?:that\s+)?"
    r"(?:are|were|get|got|being)\s+)?(?P<v>named|mentioned|listed|referenced|cited|brought\s+up)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def _checked_claim(text: str) -> str:
    """ "biden is putting nukes back in korea, true?", "..., wasn't it", "yoon was in tokyo?":
    "is it true that biden is putting ..."; a question of its own ("what did they agree,
    right?", "kentucky where?") is left as it is; "us carriers named in these articles?" asks
    which are."""
    if (named := _NAMED_IN_RE.match(text)) is not None and not set(words(named["x"])) & (_WH | _STATING):
        return f"which {named['x']} are {named['v']}{named['rest']}"
    claim = _CHECK_RE.split(text, maxsplit=1)[0] if _CHECK_RE.search(text) else None
    if (
        claim is None
        and text.rstrip().endswith("?")
        and any(w in _STATING or is_verb(w) for w in words(text))
    ):
        claim = text.rstrip(" ?")  # a statement with a question mark: "yoon was in beijing that week?"
    if claim is None:
        return text
    claim = _OPENED_RE.sub("", claim)  # "so austin flew ..."
    if (
        _LEAD_RE.match(claim)
        or _YESNO_RE.match(claim)
        or set(words(claim)) & _WH
        or _NAME_LEAD_RE.match(claim)
        or _DATE_FIRST_RE.match(claim)
    ):
        return text  # "name of the drill they announced?", "exact date it docked?": questions
    return f"is it true that {claim}"


# "did the diplomat article say when the test would happen", "does it mention who lee met": the
# question inside, asked of that account
_SAYS_WH_RE = re.compile(
    r"^\W*(?:so\s+|and\s+)?(?:does|did|do)\s+(?:the\s+|this\s+|that\s+|these\s+|those\s+)?"
    r"(?P<src>[\w'’ -]{1,40}?)\s+(?:actually\s+|even\s+|ever\s+|really\s+)?"
    r"(?:say|mention|tell\s+(?:us|me|you)|explain|report|give|state|specify)\s+"
    r"(?P<asked>(?:when|where|who|whom|why|how|what|which)\b.+)$",
    re.IGNORECASE,
)
_THEIR_ACCOUNT = ARTICLE_WORDS | {"it", "they", "the", "any", "anything"}
# "which articles mention the Kentucky", "what stories have the 'swift ... response' line": the
# articles whose text says it, each of them
MENTIONING_RE = re.compile(
    r"^\W*(?:which|what|how\s+many)\s+(?:of\s+the\s+|of\s+these\s+)?(?:articles|stories|pieces|reports|outlets|write-?ups)\s+"
    r"(?:\w+\s+)?(?:mention|mentions|mentioned|say|says|said|quote|quotes|quoted|name|names|named|"
    r"(?:have|has|had)(?!\s+(?:\w+\s+){0,2}out\b)|"  # not "which outlets had stories out on 13 March"
    r"cite|cites|cited|bring\s+up|brings\s+up|talk\s+about|talks\s+about|include|includes|use|uses|used)\b",
    re.IGNORECASE,
)


# "did the drill they announced actually happen, and when": when it did (the date says it did)
_YESNO_THEN_WH_RE = re.compile(
    rf"^\W*(?P<aux>{_AUX})\s+(?P<rest>.+?\S)[\s,;]+"
    r"(?:and|if\s+so|if\s+yes)[\s,]*(?P<wh>when|where|who|how\s+(?:long|many|far|much|often))\W*$",
    re.IGNORECASE,
)


# "did the US ever send one, or was it all talk", "is NK ready or is that just hype": the other
# way it might be, which the articles' answer to the first settles
_OR_OTHERWISE_RE = re.compile(
    rf"^(?P<asked>\W*{_AUX}\s+.+?\S)[\s,]+or\s+"
    r"(?:is|was|were|are|did|does|do|has|had)\s+(?:that|it|this|they|he|she|all\s+that)\b.*$",
    re.IGNORECASE,
)


def _or_otherwise(text: str) -> str:
    """ "Was it used, or was that just talk": "was it used"."""
    found = _OR_OTHERWISE_RE.match(text)
    return text if found is None else found["asked"]


def _yesno_then_wh(text: str) -> str:
    """ "Did the drill happen, and when": "when did the drill happen"."""
    found = _YESNO_THEN_WH_RE.match(text)
    return text if found is None else f"{found['wh']} {found['aux']} {found['rest']}"


def _said_wh(text: str) -> str:
    """ "Did the Diplomat article say when NK's seventh test would happen": "when would NK's
    seventh test happen, according to the Diplomat"; the articles' own account ("does it say",
    "does the article mention") is theirs already."""
    found = _SAYS_WH_RE.match(text)
    if found is None:
        return text
    source = [w for w in words(found["src"]) if w not in _THEIR_ACCOUNT]
    cited = f" according to {' '.join(source)}" if source else ""
    return f"{found['asked'].rstrip(' ?!.')}{cited}"


def _asked_part(kb: KnowledgeBase, text: str) -> str:
    """A sentence about the asker before or after the question ("hello, I am writing a report for
    school. when was ...", "retired navy here. ...") is left out, and so is where they heard a
    claim ("saw on tv that"): their words are not asked about. A sentence that is a question
    itself, or names something the knowledge base knows, stays."""
    text = _HEARD_RE.sub("", _APOLOGY_RE.sub("", text), count=1)
    text = _said_wh(_checked_claim(_or_otherwise(_yesno_then_wh(text))))
    sentences = _SENTENCE_END_RE.split(text)
    if len(sentences) < 2:
        return text
    first, last = sentences[0].rstrip(), sentences[-1]
    quoted = _QUOTED_RE.search(first)
    if len(sentences) == 2 and quoted and _WHAT_MEANT_BY_THAT_RE.match(last):
        # "the Diplomat talks about a 'strength to strength' approach. what do they mean by
        # that": what the quoted words mean
        return f"what does {quoted['q']} mean"
    if len(sentences) == 2 and first.endswith("?") and _YESNO_RE.match(first) and _BARE_WH_RE.match(last):
        # "was that the first in a while? since when": the yes/no question, asked by the wh-word
        return f"{last.strip(' ?!.')} {first.rstrip(' ?')}?"
    kept = [
        s
        for n, s in enumerate(sentences)
        if not _GUESS_RE.match(s)
        and not (n and sentences[n - 1].rstrip().endswith("?") and _FIRST_PERSON_RE.match(s))
        and not (n and sentences[n - 1].rstrip().endswith("?") and _remark(kb, s))
        and not (n and _LEAD_RE.match(sentences[n - 1]) and _GUESSED_ANSWER_RE.match(s))
        and (
            s.rstrip().endswith("?")
            or _LEAD_RE.match(s)
            or _YESNO_RE.match(s)
            or not _ASKER_RE.search(s)
            or any(kb.names.mentions_in(words(s), kind) for kind in ("entity", "event"))
        )
    ]
    statement_first = len(kept) == 2 and not kept[0].rstrip().endswith("?") and kept[1].rstrip().endswith("?")
    if statement_first and _LEAD_RE.match(kept[1]) and _LEAD_RE.match(kept[0]):
        # "When Austin talked to the press he gave examples of planes. Which planes did he
        # mention?": the question, then what it is about (not "when", the first word)
        return f"{kept[1].rstrip(' ?')} {kept[0].rstrip(' .')}?"
    return " ".join(kept) if kept else text


_QUOTED_RE = re.compile(r"(?:^|\s)['\"‘“](?P<q>[^'\"’”]{2,60})['\"’”](?=\W|$)")
_WHAT_MEANT_BY_THAT_RE = re.compile(
    r"^\W*what\s+(?:(?:do|does|did)\s+(?:\w+\s+){1,2}mean\s+by\s+(?:that|this|it)|(?:does|do|did)\s+"
    r"(?:that|this|it)\s+(?:even\s+|actually\s+|really\s+)?mean|(?:is|'s)\s+(?:that|this))\b",
    re.IGNORECASE,
)
_BARE_WH_RE = re.compile(  # not a bare "when": "did it actually happen? when" asks both
    r"^\W*(?:(?:first|last)\s+)?(?:(?:since|until|till|from|by)\s+(?:when|what\s+year)|what\s+year|which\s+year"
    r"|how\s+long|how\s+many)\W*$",  # "was that a first? first since when"
    re.IGNORECASE,
)


def _remark(kb: KnowledgeBase, sentence: str) -> bool:
    """ "what does ROK mean? it keeps popping up": after a question, a sentence that asks nothing
    and names nothing the knowledge base knows."""
    if sentence.rstrip().endswith("?") or _LEAD_RE.match(sentence) or _YESNO_RE.match(sentence):
        return False
    said = words(sentence)
    if any(w in _WH or w.rstrip("s") in _WH for w in said) or _outlet_named(kb, sentence):
        return False  # "whats the first one called"; "the diplomat only says february"
    return not any(kb.names.mentions_in(said, kind) for kind in ("entity", "event", "term"))


# "... ? i keep seeing it in the austin lee story": after the question, the asker on themselves
_FIRST_PERSON_RE = re.compile(r"^\W*(?:i|i'm|im|i've|ive|i'd|id|my)\b", re.IGNORECASE)


_ASKED_LAST = {  # "dsc ttx date and venue", "kentucky busan arrival date": what is asked, typed last
    "date and venue": "when and where",
    "date and place": "when and where",
    "date and location": "when and where",
    "when and where": "when and where",
    "date": "when",
    "dates": "when",  # "54th 55th 56th scm dates": each one's
    "day": "when",
    "when": "when",
    "venue": "where",
    "venues": "where",
    "location": "where",
    "locations": "where",
    "place": "where",
    "places": "where",
    "where": "where",
    "who": "who",
}
_ASKED_LAST_ALT = "|".join(sorted(_ASKED_LAST, key=len, reverse=True))
_TERSE_RE = re.compile(
    rf"^(?P<x>.+?)[\s,:-]+(?P<asked>{_ASKED_LAST_ALT})"
    r"(?:\s+(?:of\s+|for\s+)?each(?:\s+one)?)?\W*$",  # "54th 55th 56th scm where each"
    re.IGNORECASE,
)
_REACTION_LAST_RE = re.compile(r"^\W*(?P<x>\S.*?)[\s,:-]+(?:reaction|response|reply)\W*$", re.IGNORECASE)
# "scm locations: 54th, 55th, 56th": what is asked, then of which
_ASKED_THEN_WHICH_RE = re.compile(
    rf"^\W*(?P<x>[^:]+?)\s+(?P<asked>{_ASKED_LAST_ALT})\s*:\s*(?P<y>[^:]+?)\W*$",
    re.IGNORECASE,
)
# "freedom shield 23 how many days", "kentucky how long stayed in busan": the topic, then the question
_HOW_LAST_RE = re.compile(
    r"^(?P<x>\S.*?)[\s,:-]+(?P<how>how\s+(?:many|much|long|far|often|old)\b.*)$", re.IGNORECASE
)
_WH_PREPOSITIONS = frozenset("in since by from until till on at for to".split())  # "since when"
_TIME_DETERMINERS = frozenset("the that this next same following previous one each every a".split())
# "what is the place of the 55th SCM", "what was the venue for the talks": where
_PLACE_OF_RE = re.compile(
    rf"^\W*what{_IS_ONE}\s+the\s+(?:place|venue|location|city)\s+(?:of|for)\s+", re.IGNORECASE
)
# "what was the exact date of the table-top exercise": when was it
_DATE_OF_RE = re.compile(
    rf"^\W*what{_IS_ONE}\s+the\s+(?:(?:exact|precise|specific)\s+)?(?:date|day)\s+(?:of|for)\s+",
    re.IGNORECASE,
)
# "how much time had passed between X and Y": how long
_TIME_PASSED_RE = re.compile(
    r"^\W*how\s+much\s+time\s+(?:(?:had|has|have|will\s+have)\s+)?(?:passed|elapsed|gone\s+by|went\s+by)\b",
    re.IGNORECASE,
)
# "does the pledge amount to a defense pact": is it one
_AMOUNTS_TO_RE = re.compile(
    r"^(?P<lead>\W*(?:so\s+)?)(?P<aux>do|does|did)\s+(?P<x>.+?)\s+"
    r"(?:amount\s+to|constitute|count\s+as|qualify\s+as|equal)\s+(?P<y>.+)$",
    re.IGNORECASE,
)
# "what part of the world did ...", "where in the world": where, anywhere
_ANYWHERE_RE = re.compile(
    r"^\W*(?:(?:what|which)\s+(?:part|parts|area|region|corner)\s+of\s+the|where\s+in\s+the)\s+(?:world|globe|planet)\b",
    re.IGNORECASE,
)
# "camp david is in what us state", "sinpo is located in which province": where
_PLACE_KINDS = "|".join(sorted(_PLACE_NOUNS | {"state", "states", "country", "countries"}))
_IN_WHAT_PLACE_RE = re.compile(
    r"^\W*(?P<x>.+?)\s+(?P<be>is|was|are|were)\s+(?:located\s+|situated\s+|based\s+)?in\s+(?:what|which|wich|wat)\s+"
    rf"(?:[\w.'’-]+\s+)?(?:{_PLACE_KINDS})(?:\s+(?:of|in)\s+(?:the\s+)?[\w.'’-]+)?\W*$",  # "state of the us"
    re.IGNORECASE,
)
_MEANING_LAST_RE = re.compile(
    r"^\W*(?P<x>.+?)(?:[\s,:-]+(?:meaning|definition|def|defined)|\s*=\s*\?*)\W*$",  # "x = ??" too
    re.IGNORECASE,
)
# "what's the washington declaration in simple terms", "..., eli5", "..., exact quote pls": how to
# answer, not what
_PLAINLY_RE = re.compile(
    r"[\s,;:-]+(?:(?:explain|describe)(?:\s+it)?\s+)?"
    r"(?:(?:in\s+(?:simple|plain|layman'?s?|basic|easy)\s+(?:terms|english|words)|in\s+a\s+nutshell|"
    r"simply\s+put|eli5|tl;?dr|briefly|in\s+short)?"
    # "... for my 9 year old", "like i'm five": whom to put it plainly for, nothing asked
    r"(?:\s*(?:for|to)\s+(?:a|an|my|our)\s+(?:\d+|[a-z]+)[\s-]*(?:year|yr)[\s-]*old|\s*for\s+(?:my|a|our)\s+"
    r"(?:kids?|child|children|son|daughter|grandkids?|grandchildren|students?|class)|\s*(?:like|as\s+if)\s+i'?m\s+(?:5|five))|"
    r"in\s+(?:simple|plain|layman'?s?|basic|easy)\s+(?:terms|english|words)|in\s+a\s+nutshell|"
    r"simply\s+put|eli5|tl;?dr|briefly|in\s+short|"
    r"(?:the\s+)?(?:exact|actual|precise)\s+(?:quote|words|wording|phrasing)(?:\s+(?:pls|plz|please))?|"
    r"word\s+for\s+word|verbatim)\W*$",
    re.IGNORECASE,
)
# a person or people, as the head of "the people that ...": whoever did what follows
_SOMEONE = frozenset("people person persons ppl guy guys ones individual individuals".split())
# a question cut after one of these has lost what it asks ("what were his")
_LEFT_HANGING = frozenset("his her their its the my your our were was are is".split())
# "extended deterrence - what does it actually mean", "the ncg, what is that": X asked after it
_WHAT_IT_MEANS_RE = re.compile(
    r"^\W*(?!(?:who|what|whats|when|where|which|why|how|is|are|was|were|did|does|do)\b)"
    r"(?P<x>[^?]+?)[\s,:;?-]+(?:what\s+(?:does|do)\s+(?:it|that|this|they)\s+(?:actually\s+|really\s+|even\s+)?"
    r"(?P<mean>mean)|what\s*(?:is|'s|’s|s)\s+(?:it|that|this)(?:\s+exactly|\s+(?:all\s+)?about)?)\W*$",
    re.IGNORECASE,
)
# "what do they mean by X", "what is meant by X", "what did Austin mean by X": what X means
_MEANT_BY_RE = re.compile(
    r"^\W*what\s+(?:(?:do|does|did)\s+(?:\w+\s+){1,3}mean|(?:is|was)\s+meant)\s+by\s+(?P<x>.+?)[\s?!.]*$",
    re.IGNORECASE,
)
# "what's the NCG all about": what it is ("what's the article talking about" is no such question)
_WHAT_ABOUT_RE = re.compile(
    rf"^\W*what{_IS_ONE}\s+(?P<x>.+?)\s+(?:all\s+|really\s+)?about\W*$", re.IGNORECASE
)
# "which of the Hwasong-15 and Hwasong-18 is solid fuel", "Hwasong-15 vs Hwasong-18, which one
# is solid fuel": "which is solid fuel, the Hwasong-15 or the Hwasong-18"
_WHICH_OF_TWO_RE = re.compile(
    r"^\W*which\s+(?:one\s+)?of\s+(?P<a>.+?)\s+(?:and|or|&)\s+(?P<b>.+?)\s+(?P<be>is|was|are|were|has|had)\s+"
    r"(?P<rest>.+?)\W*$",
    re.IGNORECASE,
)
_TWO_THEN_WHICH_RE = re.compile(
    r"^\W*(?P<a>(?!(?:who|what|whats|when|where|which|why|how)\b)[^,?]+?)\s+(?:vs\.?|versus|or)\s+"
    r"(?P<b>[^,?]+?)[\s,?:;-]+which\s+(?:one\s+)?(?P<be>is|was|are|were|has|had)\s+(?P<rest>.+?)\W*$",
    re.IGNORECASE,
)
# "when North Korea calls a weapon strategic, what does that mean": the clause is what it means
_WHEN_MEANS_RE = re.compile(
    r"^\W*(?P<c>(?:when|if)\s+.+?)[\s,;-]+what\s+(?:does|do)\s+(?:that|it|this)\s+(?:really\s+)?mean\W*$",
    re.IGNORECASE,
)
# "what is this X approach they talk about", "whats the NCG everyone keeps mentioning": what X is
_THEY_TALK_ABOUT_RE = re.compile(
    rf"^(?P<q>\W*what{_IS_ONE}\s+\S.*?)\s+(?:that\s+|which\s+)?(?:they|people|everyone|everybody|ppl|the\s+news)"
    r"\s+(?:keeps?\s+|are\s+|were\s+)?(?:talk|talks|talking|talked|mention|mentions|mentioning|mentioned)"
    r"(?:\s+about)?\W*$",
    re.IGNORECASE,
)
_ABOUT_VERBS = frozenset(
    "talk talks talking talked say says saying speak speaks speaking write writes writing".split()
)
# "why 'shield' in freedom shield", "why the word shield in the name freedom shield": its naming
_WHY_WORD_IN_RE = re.compile(
    r"^\W*why\s+(?:the\s+(?:word|name)\s+)?['\"‘“]?(?P<w>[\w-]+)['\"’”]?\s+in\s+(?:the\s+name\s+)?"
    r"(?P<name>[^?]+?)\W*$",
    re.IGNORECASE,
)
_PART_OF_NAME_RE = re.compile(
    rf"^\W*what{_IS}\s+the\s+['\"‘“]?(?P<w>[\w-]+)['\"’”]?\s+(?:part|bit|word)\s+(?:of|in)\s+(?:the|its)\s+name\s+"
    r"(?:(?:supposed|meant)\s+to\s+)?mean\b",
    re.IGNORECASE,
)
# "first boomer to visit SK since 1981, which boat": which boat that was, the statement before it
_KIND_LAST_RE = re.compile(
    r"^\W*(?P<x>(?!(?:who|what|whats|when|where|which|why|how|is|are|was|were|did|does|do)\b)[^?]+?)"
    r"(?:\s*[,?]+|\s+[-\u2013\u2014]+)\s*(?P<p>(?:near|in|at|from|off|into|to)\s+)?"  # "..., near which port"
    r"(?P<wh>which|what)\s+(?!ones?\b)(?P<n>(?:\d+|two|three|four|five)\s+)?"
    r"(?P<kind>[a-z]+)(?:\s+(?:was|is|were|are)\s+(?:it|that|this|they)"
    r"(?:\s+(?:in|at|on|from))?)?\W*$",  # "the 54th, which city was it in"
    re.IGNORECASE,
)
# "quick q whats ROK short for": what the question reads as without its openers
_OPENED_RE = re.compile(rf"^\s*(?:(?:{_OPENERS})[\s,:]+)+", re.IGNORECASE)


# what the asker was doing when the question came: "I was reading about", "and wondering"
_ASKER_DOING_RE = re.compile(
    r"\b(?:i\s+(?:was|am|'m|’m)\s+(?:just\s+)?(?:reading|looking|thinking|hearing)(?:\s+(?:about|into|at|up\s+on))?"
    r"|(?:and\s+)?(?:i\s+(?:was|am|'m|’m)\s+)?(?:just\s+)?(?:wondering|curious))\b",
    re.IGNORECASE,
)


def without_openers(text: str) -> str:
    """A question without the words that only open it ("wait, ...", "ok so ...")."""
    return _OPENED_RE.sub("", text) or text


# "name of the exercise they announced?", "tell me the name of ...": what is its name
_NAME_LEAD_RE = re.compile(r"^\W*(?:(?:tell|give)\s+me\s+)?(?:the\s+)?name\s+of\s+", re.IGNORECASE)
# "rok stand for what": "what does rok stand for"
_STANDS_FOR_WHAT_RE = re.compile(
    r"^\W*(?P<x>.+?)\s+(?:stand|stands|(?:is\s+)?short)\s+for\s+what(?:\s+(?:exactly|again|though|then))?\W*$|"
    rf"^\W*what{_IS_ONE}\s+(?P<y>.+?)\s+(?:short|an?\s+abbreviation|an?\s+acronym)\s+for\W*$|"
    r"^\W*(?P<v>[^\W_]+)\s+(?:is\s+)?short\s+for\W*$|"  # "ROK short for?"
    r"^\W*(?P<z>[^\W_]+)\s+(?:acronym|abbreviation|abbr|abbrev|initials)\W*$|"  # "TDS acronym"
    # "what does NPT stand for in the washington declaration stuff": where the asker met it
    r"^\W*what\s+(?:does|do|did)\s+(?P<w>[^\W_]+)\s+stand\s+for\s+(?:in|within|from|under)\s+\w.*$",
    re.IGNORECASE,
)


# "..., i always forget", "..., i can never remember", "..., just curious": the asker on themselves
_ASIDE_TAIL_RE = re.compile(
    r"[\s,;:-]+(?:i\s+(?:\w+\s+){0,2}(?:forget|forgot|forgetting|remember|recall)\w*(?:\s+\w+)?"
    r"|just\s+(?:curious|wondering|asking)|asking\s+for\s+a\s+friend)\W*$"
    # "..., they keep saying it", "..., everyone keeps talking about it": where the asker heard it
    # "why 'shield' in the name, does it signify something": the question, asked again
    r"|\s*[,;:-]\s*(?:does|did|is)\s+(?:it|that|this)\s+(?:signify|mean|stand\s+for|represent|symboli[sz]e)\s+"
    r"(?:something|anything)(?:\s+(?:special|in\s+particular))?\W*$"
    # "..., i see it everywhere in the news", "..., it's everywhere": where the asker met the word
    r"|\s*[,;:-]\s*(?:i\s+(?:see|hear|read)\s+(?:it|this|that)|(?:it|this)(?:'s|\s+is|s))\s+(?:everywhere|all\s+over|"
    r"all\s+the\s+time|a\s+lot)\b[^,;]*$"
    r"|\s*[,;:-]\s*(?:\w+\s+){1,2}(?:keeps?|kept)\s+(?:saying|mentioning|talking|bringing|using|seeing|hearing|popping|coming|showing|"
    r"cropping|turning|appearing)\b[^,;]*$"
    # "the summit they keep mentioning": the same, said of the articles with no comma before it
    r"|\s+(?:that\s+)?(?:they|people|everyone|everybody|it|the\s+articles?)\s+(?:keeps?|kept)\s+"
    r"(?:mentioning|bringing\s+up|talking\s+about|referring\s+to|citing)\W*$",
    re.IGNORECASE,
)
# "what was the phrase", "what's the exact wording": the words quoted are asked, no unit says "phrase"
PHRASE_WORDS = "phrase|expression|wording|slogan|catchphrase"  # words for words quoted
_PHRASE_IS_ASKED_RE = re.compile(
    rf"\bwhat(?:['’]?s|\s+(?:was|is|were|are))\s+(?:the|that|this)\s+(?:exact\s+)?({PHRASE_WORDS})\b",
    re.IGNORECASE,
)
# "..., some 'x to x' kinda phrase", "..., some kind of name": the shape the asker half-remembers
# of the answer, no part of what is asked
_SHAPE_GUESS_RE = re.compile(
    r"[\s,;:-]+some\s+(?:[^,;?]{0,30}?\s+)?(?:kinda|kind\s+of|sort\s+of|sorta|type\s+of)\s+"
    r"(?:phrase|thing|name|word|term|expression)\W*$",
    re.IGNORECASE,
)
# "did Beijing end up protesting": did it protest; what it ended up doing is what it did
_END_UP_RE = re.compile(r"\b(?:end|ends|ended|ending)\s+up\s+(?=\w+ing\b)", re.IGNORECASE)
_CHAT_TAIL_RE = re.compile(r"[\s,;:-]+(?:lol|lmao|haha|pls|plz|please|thx|thanks|ty|tia)\W*$", re.IGNORECASE)
# "what does ROK mean in these articles", "... mean here": the articles are where every answer
# comes from
_IN_THESE_RE = re.compile(
    r"[\s,]+(?:(?:in|from|across|according\s+to)\s+(?:all\s+)?(?:these|the|this|those|your)\s+"
    # "in all these defense articles"; not "in the diplomat article", which says which
    r"(?:(?:news|defen[cs]e)\s+)?"
    r"(?:articles?|stories|story|pieces?|reports?|statements?|texts?|context)|in\s+context|here)\W*$",
    re.IGNORECASE,
)


# "can you explain the NCG", "would someone be so good as to explain what SCM stands for",
# "pls describe the washington declaration": a request to say what it is
_EXPLAIN_RE = re.compile(
    r"^\W*(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)\s+)?"
    r"(?:(?:please|pls|plz|kindly)\s+)?(?:be\s+so\s+(?:good|kind)\s+as\s+to\s+)?"
    r"(?:explain|describe|clarify|break\s+down)(?:\s+(?:to|for)\s+(?:me|us))?\s+(?P<x>.+)$",
    re.IGNORECASE,
)


# "i wonder what the NCG is", "my kid asked what ROK means", "I would be grateful to learn where
# ...": the question inside, as asked
_WANTS_TO_KNOW_RE = re.compile(
    r"^\W*(?:(?:i|we)(?:\s*'?d|\s+would|\s+should)?\s+(?:like|love)\s+to\s+(?:know|learn|understand|find\s+out)"
    r"|(?:i|we)(?:\s*'?m|\s+am|\s+was|\s+were)?\s+(?:wonder(?:ing|ed)?|curious(?:\s+(?:about|as\s+to))?)"
    r"|(?:i|we)\s+(?:want|wanna|need)\s+(?:to\s+)?(?:know|learn|understand|find\s+out)"
    r"|(?:i|we)(?:\s+would|\s*'?d)\s+be\s+(?:grateful|glad|obliged|thankful)\s+to\s+(?:know|learn|hear)"
    r"|(?:my|our|a)\s+(?:\w+\s+){0,2}?(?:asked|asks|was\s+asking|is\s+asking|keeps\s+asking|wants\s+to\s+know"
    r"|wanted\s+to\s+know|wonders|wondered|was\s+wondering)"
    # "could you kindly tell me when ...", "does anyone know where ...", "any idea why ..."
    r"|(?:(?:can|could|would|will)\s+(?:you|u|ya|someone|somebody|anyone|anybody)\s+)?(?:(?:please|pls|plz|kindly)\s+)?"
    r"(?:tell|remind|show)|(?:do|does)\s+(?:you|u|anyone|anybody|someone)\s+know|(?:anyone|anybody)\s+know"
    r"|any\s+idea)(?:\s+(?:me|us))?"
    rf"\s+(?={_WH_WORD})",
    re.IGNORECASE,
)
# "forgive my ignorance, but ...", "pardon me, ...": nothing asked
_APOLOGY_RE = re.compile(
    r"^\W*(?:forgive|pardon|excuse)\s+(?:my|me)\b[^,?.:;]{0,30}?[,.:;]\s*(?:but\s+)?(?=\w)", re.IGNORECASE
)


def _explained(text: str) -> str:
    """ "Explain the NCG": what it is; "can you explain what the NCG is": the question inside."""
    if (asked := _EXPLAIN_RE.match(text)) is None:
        return text
    said = _THE_LETTERS_RE.sub("", asked["x"])  # "what the letters SCM stand for": SCM
    return said if _LEAD_RE.match(said) else f"what is {said}"


_THE_LETTERS_RE = re.compile(
    r"\bthe\s+(?:letters|initials|acronym|abbreviation|abbrev)\s+(?=\S)", re.IGNORECASE
)


def _terse(text: str) -> str:
    """Questions typed as keywords, what is asked last ("dsc ttx date and venue", "rok stand for
    what") or as a noun ("what is the place of the 55th SCM"), read as the questions they are;
    "in these articles", "in simple terms" at the end say nothing."""
    text = _CHAT_TAIL_RE.sub("", text) or text  # "dprk stand for what lol"
    text = _ASIDE_TAIL_RE.sub("", text) or text  # "what does dprk stand for again, i always forget"
    text = _SHAPE_GUESS_RE.sub("", text) or text  # "..., some 'x to x' kinda phrase"
    text = _OPENED_RE.sub("", text) or text  # "quick q whats ROK short for": as if typed alone
    text = _explained(_WANTS_TO_KNOW_RE.sub("", text))
    if _LEAD_RE.match(text):  # "what does ROK mean, is it like a rock": a guess at the answer
        text = _GUESSED_ANSWER_TAIL_RE.sub("", text) or text
    text = _IN_THESE_RE.sub("", text) or text
    plainly = _PLAINLY_RE.sub("", text)
    kept = words(plainly)
    if kept and kept[-1] not in _LEFT_HANGING:  # "what were his exact words": the words are asked
        text = plainly
    text = _NAME_LEAD_RE.sub("what is the name of ", text, count=1)  # "name of the drill they announced?"
    if (meant := _WHAT_IT_MEANS_RE.match(text)) is not None:  # "extended deterrence - what does it mean"
        return f"what does {meant['x']} mean" if meant["mean"] else f"what is {meant['x']}"
    if (by := _MEANT_BY_RE.match(text)) is not None:  # "what do they mean by 'strength to strength'"
        return f"what does {by['x']} mean"
    text = _ANYWHERE_RE.sub("where", text, count=1)
    text = _TIME_PASSED_RE.sub("how long was it", text, count=1)
    if (amounts := _AMOUNTS_TO_RE.match(text)) is not None:
        be = {"do": "are", "does": "is", "did": "was"}[amounts["aux"].lower()]
        text = f"{amounts['lead']}{be} {amounts['x']} {amounts['y']}"
    if (placed := _IN_WHAT_PLACE_RE.match(text)) is not None:  # "camp david is in what us state"
        return f"where {placed['be']} {placed['x']}"
    if (meaning := _MEANING_LAST_RE.match(text)) is not None and not _LEAD_RE.match(text):
        return f"what does {meaning['x']} mean"  # "strength to strength meaning?"
    text = _THEY_TALK_ABOUT_RE.sub(r"\g<q>", text)  # "what is this X approach they talk about"
    if (of_two := _WHICH_OF_TWO_RE.match(text) or _TWO_THEN_WHICH_RE.match(text)) is not None:
        # "hwasong-15 vs hwasong-18, which one is solid fuel": which is, of the two offered
        return f"which {of_two['be']} {of_two['rest']}, {of_two['a']} or {of_two['b']}"
    if (when := _WHEN_MEANS_RE.match(text)) is not None:  # "when NK calls X strategic what does it mean"
        return f"what does it mean {when['c']}"
    if (about := _WHAT_ABOUT_RE.match(text)) is not None and set(words(about["x"])[-1:]) - _ABOUT_VERBS:
        return f"what is {about['x']}"  # "what's this strength to strength approach about"
    if (part := _PART_OF_NAME_RE.match(text)) is not None:  # "what's the 'shield' part of the name mean"
        return f"what does {part['w']} mean in the name"
    if (why := _WHY_WORD_IN_RE.match(text)) is not None and why["w"].lower() in words(why["name"]):
        return f"why is {why['name']} called that"  # "why 'shield' in freedom shield"
    if (kind := _KIND_LAST_RE.match(text)) is not None:  # "first boomer to visit since 1981, which boat"
        near = f" {kind['p'].strip()}" if kind["p"] else ""  # "which port was the sub launch near"
        return (
            f"{kind['wh']} {kind['n'] or ''}{kind['kind']} was {kind['x']}{near}"  # "..., which 3 countries"
        )
    if (stands := _STANDS_FOR_WHAT_RE.match(text)) is not None:  # "what's NCG short for" too
        return f"what does {next(x for x in stands.groupdict().values() if x)} stand for"
    if (place := _PLACE_OF_RE.match(text)) is not None:
        return f"where was {text[place.end() :]}"
    if (dated := _DATE_OF_RE.match(text)) is not None:
        return f"when exactly was {text[dated.end() :]}"
    if _LEAD_RE.match(text) or _YESNO_RE.match(text):
        return text
    if (late := _HOW_LAST_RE.match(text)) is not None and _a_topic(words(late["x"])):
        return f"{late['how']} {late['x']}"  # "freedom shield 23 how many days": how many days, of it
    if (which := _ASKED_THEN_WHICH_RE.match(text)) is not None:
        text = f"{which['y']} {which['x']} {which['asked']}"
    if (reacted := _REACTION_LAST_RE.match(text)) is not None and not set(words(reacted["x"])) & _WH:
        return f"how did {reacted['x']} react"  # "unification ministry reaction??"
    if (terse := _TERSE_RE.match(text)) is None:
        return text
    said = words(terse["x"])
    # "where did they go the next day": a question; "austin met lee since when": _fronted's
    if set(said) & _WH or said[-1] in _TIME_DETERMINERS | _WH_PREPOSITIONS or said[-1] in STOPWORDS:
        return text
    return f"{_ASKED_LAST[terse['asked'].lower()]} was {terse['x']}"


def _a_topic(said: list[str]) -> bool:
    """Whether words before a "how many" are what it is about ("freedom shield 23"), not part of
    the question ("roughly", "in": "first in how long") nor a question of their own."""
    return bool(said) and not set(said) & _WH and said[-1] not in STOPWORDS and not all(map(_adverb, said))


def _question_word(text: str) -> str:
    """A slip in the question word itself ("wich", "wen", "wat") mended before reading the rest;
    also where a terse question puts it last ("scm wat is", "ncg wat") or a clause opens with it
    after a comma."""
    first, _, rest = text.partition(" ")
    if rest and (meant := _wh_meant(first)) is not None:
        return f"{meant} {rest}".strip()
    second, _, after = rest.partition(" ")
    if first.lower() in _LEADING_PREPOSITIONS and after and (meant := _wh_meant(second)) is not None:
        return f"{first} {meant} {after}"  # "at wich air base did it land"
    said = text.split(" ")
    for at in range(1, len(said)):
        closing = at == len(said) - 1 or normalize(said[at + 1]).strip("?!.,") in _TRAILING_AUX
        # "the pentagon tabletop thing, wat day was that": a clause's first word, after a comma
        opening = said[at - 1].endswith((",", ";", ":", "?"))
        if (closing or opening) and (meant := _wh_meant(said[at])) is not None:
            return " ".join([*said[:at], meant, *said[at + 1 :]])
    return text


_HOLDING = frozenset("hold holds held holding".split())  # of an event, only that it took place
_TRAILING_AUX = frozenset("is are was were did does do".split())
_LEADING_PREPOSITIONS = frozenset("at in on to from by for with into".split())


def _wh_meant(typed: str) -> str | None:
    """The question word a slip or chat spelling of one is ("wat", "wich", "y"), if it is one."""
    word = normalize(typed).strip("?!.,")
    if not word or word in _WH or word[:-1] in _WH:  # "whats", "whod": contractions, read later
        return None
    meant = _CHAT_WH.get(word) or english.meant(word)
    if meant not in _WH:  # "wat", "wen": short, where one slip makes too many words, but a
        meant = english.function_word(word, _WH)  # slip of a question word is the commonest slip
    return meant if meant in _WH else None


# question words as chat spells them, not slips of them ("wut is the ncg", "y did nk fire")
_CHAT_WH = {"wut": "what", "wot": "what", "wtf": "what", "wth": "what", "y": "why", "hw": "how"}


def _set_aside(typed: list[str], at: int) -> bool:
    """Whether the word at `at` is in what "besides", "apart from" ... set aside."""
    return any(
        w in ("besides", "except") or (w in ("apart", "aside") and typed[i + 1 : i + 2] == ["from"])
        for i, w in enumerate(typed[:at])
    )


# "besides us + korea, which country ...": what is set aside, put before the question word
_BESIDES_FIRST_RE = re.compile(
    r"^\W*(?P<clause>(?:besides|apart\s+from|aside\s+from|other\s+than|except\s+for|in\s+addition\s+to)\s+[^?]+?)"
    r"[\s,]+(?P<wh>(?:what|which|who|where|when|how|why)\b.*)$",
    re.IGNORECASE,
)
_LATE_WH_RE = re.compile(
    r"[\s,]+(?=(?:(?:when|where)\s+and\s+(?:when|where)|who|what|when|where|which|why|"
    r"how(?:\s+(?:far|long|many\s+\w+|much|often))?)"
    rf"(?:['’]s\b|\s+{_AUX}\b"
    r"|\s+(?:it|they|he|she|we)\s+\w+)"  # "..., how far it flew": as non-native speakers ask
    # "that X line, what document was it from": after a comma, the thing asked, then "was it"
    r"|(?<=,\s)(?:what|which)\s+[a-z]+\s+(?:was|is|were|are|did|does|do)\s+(?:it|that|this|they)\b"
    # "..., which date exactly"; not "since what year", a time the question is about
    r"|(?<!since\s)(?<!until\s)(?<!from\s)(?<!by\s)(?<!to\s)(?<!in\s)"
    r"(?:what|which)\s+(?:exact\s+|precise\s+)?(?:date|day|month|year)\b)",
    re.IGNORECASE,
)


_IS_HOW_RE = re.compile(
    r"^(?P<x>\W*\w.*?)\s+(?P<aux>is|was|are|were)\s+(?P<how>how\s+(?:long|far|many|much|often|old|soon))\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
# "kurt campbell was what exactly back then": what was Kurt Campbell, the rest after
_IS_WHAT_RE = re.compile(
    r"^(?P<x>\W*\w.*?)\s+(?P<aux>is|was|are|were)\s+(?P<wh>what|who)(?P<adv>(?:\s+(?:exactly|again|actually))*)"
    r"(?P<rest>(?:\s+(?:back\s+then|then|at\s+the\s+time|now))?)\W*$",
    re.IGNORECASE,
)
_LAST_WH_RE = re.compile(  # "... since when", "... goes back to what year", "... fly to which country"
    r"[\s,]+((?:(?:since|by|until|from|in|to)\s+)?(?:when|where|who|(?:what|which)\s+(?:year|yr|date|day|month))"
    r"|(?:from\s+)?where\s+in\s+[^\W\d_]+(?:\s+[^\W\d_]+)?"  # "missiles fired from where in pyongyang"
    r"|(?:to|in|at|from|into)\s+(?:which|what)\s+[^\W\d_]+)"
    r"[\s?!.]*$",
    re.IGNORECASE,
)


# "kihara shows up in which meetings with austin": which meetings, asked in the middle
_MID_WHICH_RE = re.compile(
    r"^(?P<pre>\w[^,?]*?)\s+(?P<p>in|at|to|from|during)\s+(?P<wh>which|what)\s+(?P<kind>[^\W\d_]+)"
    # a phrase after it, not more of the kind ("at which earlier meeting")
    r"(?P<post>\s+(?:with|by|for|after|before|during)\b[^?]*?)\W*$",
    re.IGNORECASE,
)
_WHICH_ONES_RE = re.compile(
    r"(?<=\w)[\s,:-]+(?:which|what)\s+(?:ones?|is\s+it|are\s+they)[\s?!.]*$", re.IGNORECASE
)
_DATE_FIRST_RE = re.compile(r"^\W*(?:exact|precise|specific)\s+(?:date|day)\b", re.IGNORECASE)
_DATE_LAST_RE = re.compile(r"(?<=\w)[\s,]+(?:date|dates|day)[\s?!.]*$", re.IGNORECASE)


# "where did they go the day after the TTX": where they visited ("where did the missiles go" is
# where they fell, so only of people said as "they", "he" or "she")
_THEY_WENT_RE = re.compile(
    r"\b(where\s+(?:did|do|does|will|would|could|was|were))\s+(they|he|she)\s+"
    r"(?:go|head|travel|going|heading|headed|travelling|traveling)(?:\s+to)?\b",
    re.IGNORECASE,
)
# "what's the word Austin used for ...": "what word did Austin use for ..."
_WORD_USED_RE = re.compile(
    r"^(what)\s+(?:is|was)\s+the\s+(word|term|phrase|expression)\s+(?:that\s+)?(.+?)\s+(?:used|uses|use)\b",
    re.IGNORECASE,
)


# "when did he meet Austin", "where did it dock": the one the question is about, named before it
_SUBJECT_PRONOUN_RE = re.compile(
    r"\b(?:did|does|do|was|is|were|are|has|have|had|will|would|can|could)\s+(he|she|it|they)\b",
    re.IGNORECASE,
)


# a short clause of where or over what, then "which X did ...": the clause goes after
_PLACING_FIRST_RE = re.compile(
    r"^\W*(?P<clause>(?:across|during|over|among|throughout|in|at)\s+[^,?.!]{2,40}?)[\s,]+"
    r"(?P<wh>(?:which\s+(?:[\w'-]+\s+){1,4}(?:did|does|do|was|were|has|have)|how\s+many)\b.*)$",
    re.IGNORECASE,
)


def _only_named(clause: str) -> bool:
    """Whether a clause put first only names what the question is about ("kim yong hyun",
    "the kentucky"), with no words of a time or place around it ("the day after the session")."""
    said = words(clause)
    said = said[1:] if said[:1] == ["the"] else said
    return 0 < len(said) <= 6 and not set(said) & STOPWORDS


def _fronted(flat: str) -> str:
    """A clause put before the question word goes after it: "the day after the session, where
    did they go" is "where did they go the day after the session"."""
    if _LEAD_RE.match(flat) or _YESNO_RE.match(flat):
        return flat
    if (besides := _BESIDES_FIRST_RE.match(flat)) is not None:  # "besides the US and Korea, which country"
        asked = besides["wh"].rstrip(" ?!.")
        at = guess.start() if (guess := re.search(r",\s*like\b", asked)) else len(asked)  # ", like ...": last
        return f"{asked[:at]} {besides['clause']}{asked[at:]}"
    if (measured := _IS_HOW_RE.match(flat)) is not None:  # "the Seoul meeting is how long after the SCM"
        asked = f"{measured['how']}{measured['rest'].rstrip(' ?!.')}"
        return f"{asked} {measured['aux']} {measured['x'].strip(' ,')}"
    if (placing := _PLACING_FIRST_RE.match(flat)) is not None:
        # "across all these SCMs which SK defense ministers did Austin deal with"
        return f"{placing['wh'].rstrip(' ?!.')} {placing['clause']}"
    if (what := _IS_WHAT_RE.match(flat)) is not None and _only_named(what["x"]):
        return f"{what['wh']}{what['adv']} {what['aux']} {what['x'].strip(' ,')}{what['rest']}"
    found = _LATE_WH_RE.search(flat)
    if found is not None:  # "ok so at the tabletop, who ...": the clause without its openers
        # nor the asker's own doings: "I was reading about Camp David and wondering, what's ..."
        clause = _ASKER_DOING_RE.sub(" ", _OPENED_RE.sub("", flat[: found.start()]))
        rest = flat[found.end() :].rstrip(" ?!.")
        if _only_named(clause) and (he := _SUBJECT_PRONOUN_RE.search(rest)):
            # "the kentucky, where did it dock": where did the Kentucky dock
            return f"{rest[: he.start(1)]}{clause.strip(' ,')}{rest[he.end(1) :]}"
        return f"{rest} {clause.strip(' ,')}"
    last = _LAST_WH_RE.search(flat)  # "first state visit by a president since when"
    if last is not None:
        return f"{last.group(1)} {flat[: last.start()].strip(' ,')}"
    if (within := _MID_WHICH_RE.match(flat)) is not None:  # "kihara shows up in which meetings with austin"
        return f"{within['wh']} {within['kind']} {within['pre']} {within['p']}{within['post']}"
    ones = _WHICH_ONES_RE.search(flat)  # "two carriers come up in these stories, which ones"
    if ones is not None:
        return "which " + re.sub(
            r"^(?:a|an|the)\s+", "", flat[: ones.start()].strip(" ,"), flags=re.IGNORECASE
        )
    if _DATE_FIRST_RE.match(flat):  # "exact date the reagan arrived": what exact date
        return f"what {flat.strip()}"
    dated = _DATE_LAST_RE.search(flat)  # "camp david summit date": when was it
    return f"when was {flat[: dated.start()].strip(' ,')}" if dated else flat


def _asks(wh: str) -> Asks:
    if wh.startswith("who"):
        return Asks.WHO
    if wh.split()[-1:] in (["of"], ["for"]):  # "the date of", "year for"
        return Asks.WHEN
    if wh in ("when", "by when", "when and where", "where and when") or wh.split()[-1:] in (
        ["year"],
        ["yr"],
        ["date"],
        ["day"],
        ["month"],
        ["time"],
        ["weekday"],
        ["week"],  # "what day of the week"
        ["years"],  # "what days did A and B start": each one's
        ["dates"],
        ["days"],
        ["months"],
    ):
        return Asks.WHEN
    return {
        "where": Asks.WHERE,
        "how many": Asks.COUNT,
        "how much": Asks.COUNT,
        "which number": Asks.COUNT,
        "what number": Asks.COUNT,
        "how far": Asks.DISTANCE,
        "how long": Asks.DURATION,
        "how often": Asks.FREQUENCY,
        "how old": Asks.AGE,
        "why": Asks.WHY,
        "how": Asks.HOW,
    }.get(wh, Asks.WHAT)


_DIFFERENT = frozenset("different distinct separate various individual".split())


def _kind_span(
    lead: str,
    typed: list[str],
    names: frozenset[int] = frozenset(),
    counted: bool = False,
    inside: frozenset[int] = frozenset(),
) -> range:
    """For "which aircraft ..." or "what ship ...": where the kind of thing asked for is, the
    words up to the first verb-like word or name. None for "what is ...", which asks what a
    thing is. `counted`: what "how many" counts ("how many days": days, however little "days"
    says elsewhere)."""
    if normalize(lead) not in ("which", "what") or not typed:
        return range(0)
    start = 0
    # "what exactly ...", "what really ...": not the kind
    while start < len(typed) and (
        (
            (stem(typed[start]) in FILLER - ORDINAL_KINDS or typed[start] in _SMALL | _VAGUE | _SAYS_HOW_BIG)
            and not counted
        )
        or typed[start] in _DIFFERENT  # "how many different ministers": ministers
    ):
        start += 1  # "which two carriers": carriers
    if start and typed[start - 1] in _KIND_OF and typed[start : start + 1] == ["of"]:
        start += 1  # "what kind of jets": jets
    while counted and start in names and start + 1 < len(typed) and typed[start + 1] not in STOPWORDS:
        start += 1  # "how many American troops": troops, of the United States
    end = start  # up to a verb: "which leaders met" asks for leaders; "what changed" for no kind
    while end < min(start + KIND_WORDS, len(typed)) and typed[end] not in STOPWORDS | _AUXILIARIES:
        # "which South Korean ..." goes on; "united" in a name is no verb
        if counted and end > start and _participle_before_noun(typed, end):
            end += 1  # "how many sub launched cruise missiles": missiles, launched by a sub
            continue
        if (is_verb(typed[end]) and end not in names) or (end in names and end > start):
            break
        if end > start and _plural(typed[end - 1]) and not _plural(typed[end]) and end - 1 not in inside:
            break  # "which carriers show up": a plural noun ends the kind, the verb after it agrees
            # (not "states" of "which United States sub", said "which american sub")
        if end > start and _adverb(typed[end]):
            break  # "in which building exactly": the building
        end += 1
    if end in names and end - start == 2 and _plural(typed[end - 1]):
        end -= 1  # "which general commands U.S. Forces Korea": a verb in the present before a name
        # ("which south korean defense ministers Austin met": nouns, however many, are the kind)
    if end - start > 1 and typed[end - 1] in _VAGUE:
        end -= 1  # "what tabletop thing": a tabletop exercise
    return range(start, end)


def _participle_before_noun(typed: list[str], at: int) -> bool:
    """Whether a past form is an adjective of what follows ("sub launched cruise missiles"): an
    -ed word, then, before any small word, a plural noun."""
    if not typed[at].endswith("ed"):
        return False
    after = []
    for w in typed[at + 1 : at + 3]:
        if w in STOPWORDS | _AUXILIARIES:
            break
        after.append(w)
    return any(_plural(w) and not is_verb(w) for w in after)


def _counted_terms(kb: KnowledgeBase, said: list[str]) -> frozenset[str]:
    """The terms of what is counted, and of the words the vocabulary gives for it ("troops":
    soldiers, forces)."""
    found = {t for w in said for t in terms(w)}
    for _, _, targets in kb.vocabulary.find([stem(w) for w in said]):
        found.update(t for target in targets if len(target) == 1 for t in terms(target[0]))
    return frozenset(found)


def _plural_counted(typed: list[str]) -> range | None:
    """What "how many" counts where names and "and" come first ("how many US and Korean
    troops"), or a name ends with it ("South Korean troops", a name of the militaries): the
    first plural noun in the words a kind may take."""
    at = next(
        (
            i
            for i, w in enumerate(typed[:KIND_WORDS])
            if i
            and len(w) > 3
            and w.endswith("s")
            and not w.endswith("ss")
            and not is_verb(w)
            and english.zipf(w) >= english.RARE  # a word of English, not a slip ("soliders")
        ),
        None,
    )
    return range(at, at + 1) if at is not None else None


_VAGUE = frozenset("thing things stuff".split())
_KIND_OF = frozenset("kind kinds type types sort sorts".split())
# "the name of the big joint statement": how much it matters, not a kind
_SAYS_HOW_BIG = frozenset("big main major key important huge famous whole".split())
# "what step did Seoul take", "what move": whatever was done, which the answer need not call so
_LIGHT_HEADS = frozenset(stem(w) for w in "step move action measure".split())
# "what made the summit possible", "what led to the thaw": a cause is asked, as "why" asks
_CAUSE_RE = re.compile(
    r"(?:made|makes|led\s+to|leads\s+to|caused|causes|triggered|prompted|sparked|drove)\b", re.I
)
# "which number / edition was the February exercise": asks which one by its ordinal (the eighth)
ORDINAL_KINDS = frozenset(stem(w) for w in "number edition iteration installment instalment round".split())


def _complement(typed: list[str]) -> list[str]:
    """In "is X a Y", the words of Y: what the question asks whether X is. The indefinite article
    after the subject's words is where plain word order shows it."""
    for at, word in enumerate(typed):
        if word in ("a", "an") and any(w not in STOPWORDS for w in typed[:at]):
            return [w for w in typed[at + 1 :] if w not in STOPWORDS]
    return []


def _pairs_named(
    kb: KnowledgeBase, typed: list[str], found: list[tuple[int, int, frozenset[str]]]
) -> list[tuple[int, int, frozenset[str]]]:
    """A name made of two names ("Seoul and Washington", one article's name for the two sides of
    its meeting) names either that group or each of the two: another article's "Seoul and
    Washington scaled back drills" is about the two countries."""
    out = []
    for start, end, keys in found:
        at = next((i for i in range(start + 1, end - 1) if typed[i] == "and"), None)
        if at is not None and _whole_name(kb, typed[start:at]) and _whole_name(kb, typed[at + 1 : end]):
            one = kb.names.mentions_in(typed[start:at], "entity")[0][2]
            two = kb.names.mentions_in(typed[at + 1 : end], "entity")[0][2]
            out += [(start, at, one | keys), (at + 1, end, two | keys)]
        else:
            out.append((start, end, keys))
    return out


def _outside(
    named: list[tuple[int, int, frozenset[str]]], events: list[tuple[int, int, frozenset[str]]]
) -> list[tuple[int, int, frozenset[str]]]:
    """The names not inside an event's name, which names what it is about."""
    inside = {i for start, end, _ in events if end - start > 1 for i in range(start, end)}
    return [m for m in named if not set(range(m[0], m[1])) <= inside]


def _restated(named: list[tuple[int, int, frozenset[str]]]) -> list[tuple[int, int, frozenset[str]]]:
    """One name said twice in a row, in two spellings ("김용현 / kim yong hyun"), names one."""
    out: list[tuple[int, int, frozenset[str]]] = []
    for start, end, keys in named:
        if out and out[-1][1] == start and out[-1][2] == keys:
            out[-1] = (out[-1][0], end, keys)
        else:
            out.append((start, end, keys))
    return out


def _heads(
    kb: KnowledgeBase, named: list[tuple[int, int, frozenset[str]]]
) -> list[tuple[int, int, frozenset[str]]]:
    """The names a question is about, without a country that only says whose the next one is:
    in "Seoul's unification ministry" or "the US defense secretary", the ministry or the
    secretary is named (and is of that country); in "US South Korea talks", both are."""
    return [
        mention
        for mention, following in zip(named, [*named[1:], None], strict=False)  # the last: None
        if not (
            following  # a country right before a name that is not a country says whose it is
            and following[0] == mention[1]
            and _countries(kb, mention[2])
            and not _countries(kb, following[2])
        )
    ]


def _countries(kb: KnowledgeBase, keys: frozenset[str]) -> bool:
    """Whether every entry these identities name is a country."""
    kinds = {e.item.kind for key in keys for e in kb.members("entity", key)}
    return kinds == {EntityKind.COUNTRY}


def _initials_said(kb: KnowledgeBase, typed: list[str]) -> list[str]:
    """ "inside FS": initials the articles never use, which name one event or term by its
    initials, written out as that name ("freedom shield 23"), so that they are read as it."""
    out: list[str] = []
    for at, word in enumerate(typed):
        found = [  # an event first: "FS" is Freedom Shield 23 and the term Freedom Shield
            (kind, key)
            for kind in ("event", "term")
            for start, end, keys in kb.names.mentions_in(typed[at : at + 1], kind)
            if end - start == 1 and len(keys) == 1
            for key in keys
        ]
        named = [
            name
            for kind, key in found
            for name in [_entry_name(kb.members(kind, key)[0].item)]
            if [word] == [i.lower() for i in initials(name)]
        ]
        if named and not any(t in kb.bm25 for t in terms(word)):
            out += words(named[0])
        else:
            out.append(word)
    return out


def name_initials(kb: KnowledgeBase) -> dict[str, str]:
    """Initials of the leading words of events' and terms' names ("dsc"), each to those words
    ("deterrence strategy committee"); initials two sets of words share are left out."""

    def made() -> dict[str, str]:
        found: dict[str, set[str]] = {}
        names = {
            _entry_name(entries[0].item)
            for kind in ("event", "term")
            for entries in kb.names.tables[kind].members.values()
            if entries
        }
        for name in names:  # each name once: ten thousand articles share a few thousand
            for letters, spelt in leading_initials(name):
                found.setdefault(letters, set()).add(spelt)
        return {letters: next(iter(spelt)) for letters, spelt in found.items() if len(spelt) == 1}

    return kb.cached("name-initials", made)


def _entry_name(item: Event | Term) -> str:
    return item.name if isinstance(item, Event) else item.term


def spelt_out(kb: KnowledgeBase, typed: list[str]) -> list[str]:
    """The words the vocabulary gives one word for, written as that word ("sub": submarine), for
    names that use it ("the sub launch" names the submarine launch)."""
    out = list(typed)
    for start, end, targets in kb.vocabulary.find([stem(w) for w in typed]):
        if end - start == 1 and len(targets) == 1 and len(targets[0]) == 1:
            out[start] = targets[0][0]
    return out


def mended(kb: KnowledgeBase, text: str) -> str:
    """A text's words with their slips mended ("strenght to strength": "strength to strength")."""
    return " ".join(_mended(kb, words(text)))


def _mended(kb: KnowledgeBase, typed: list[str]) -> list[str]:
    """Slips mended before names are looked for ("the unificaton ministry" names the ministry):
    a word neither the articles nor English know, which English mends into a word the articles
    use (and the articles' own spelling, if it mends it at all, into the same). _word mends
    such a word the same way, so only names gain."""
    return [_mend(kb, word) for word in typed]


def _mend(kb: KnowledgeBase, word: str) -> str:
    own = terms(word)
    if len(word) < 5 and own and not _in_articles(kb, word) and not _in_a_name(kb, word):
        # "wat": what; "nuek": nuke, a word the vocabulary reads ("nuke test": nuclear test)
        return (
            english.function_word(word, STOPWORDS)
            or _said_in_vocabulary(kb, word)
            or _name_slip(kb, word)
            or word
        )
    if len(word) < 5 or not own:
        return word
    known = _in_articles(kb, word)  # "soliders" stems to "solid": known, yet a slip
    if english.zipf(word) < english.RARE and not (known and _in_a_name(kb, word)):  # "Sinpo" is theirs
        meant = _meant_here(kb, word)
        # a single slip, for a word whose stem is known; else as the articles would mend it too
        if meant is not None and (
            OSA.distance(word, meant) == 1 if known else all(_agrees(kb, t, meant) for t in own)
        ):
            return meant
    if not known and (english.zipf(word) < english.RARE or not kb.vocabulary.find([stem(word)])):
        # a word of English the articles never use, one slip from a far commoner one they do:
        # "minster" for minister; "planing" for planning, though it stems as "plane" does
        likelier = next((m for m in english.likelier(word) if _in_articles(kb, m)), None)
        return likelier or _person_slip(kb, word)  # "austen": Austin
    return word


def _person_slip(kb: KnowledgeBase, word: str) -> str:
    """A word of English the articles never use, seldom used (zipf below NAME_SLIP_ZIPF), one slip
    from one word only of a person's name, a word English uses ten times as often: that name
    ("austen": Austin; not "widen", which Biden is not so much commoner than)."""
    own = english.zipf(word)
    if own >= weights.NAME_SLIP_ZIPF:
        return word
    by_length = _person_words(kb)
    near = {
        w
        for n in (len(word) - 1, len(word), len(word) + 1)
        for w in by_length.get(n, ())
        if OSA.distance(word, w) == 1 and english.zipf(w) >= own + 1
    }
    return near.pop() if len(near) == 1 else word


def _person_words(kb: KnowledgeBase) -> dict[int, frozenset[str]]:
    """The words of people's names and aliases, of five letters or more, by their length (only
    those one letter either side of a word's are compared with it)."""

    def make() -> dict[int, frozenset[str]]:
        found: dict[int, set[str]] = {}
        for x in kb.articles:
            for e in x.entities:
                if e.kind == EntityKind.PERSON:
                    for w in (w for name in (e.name, *e.aliases) for w in words(name) if len(w) >= 5):
                        found.setdefault(len(w), set()).add(w)
        return {n: frozenset(ws) for n, ws in found.items()}

    return kb.cached("person-words", make)


_SLIP_RE = re.compile(r"(?<!['’])\b[^\W\d_]{4,}\b(?!['’])")  # not a part of "couldn't"


def _slips_mended(kb: KnowledgeBase, text: str) -> str:
    """Slips of the words that give a question its shape, mended before that shape is read:
    "how long befroe the talks" asks what came before, "what does ROK stnad for" what it stands
    for. Only a word English hardly knows, that neither the articles nor a name use, and that
    one slip makes a function word ("wher": where) or a word questions are made of ("actualy")."""

    def mended(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        if (
            english.zipf(word) >= english.RARE
            or word in _APOSTROPHE_DROPPED
            or word[:-1] in STOPWORDS  # "whens", "theyd": contractions, read later
            or _in_articles(kb, word)
            or _in_a_name(kb, word)
        ):
            return match.group(0)
        meant = (m if (m := _mend(kb, word)) != word else None) or english.function_word(word, STOPWORDS)
        meant = meant or english.meant(word)
        return meant if meant is not None and _shapes_a_question(meant) else match.group(0)

    return _SLIP_RE.sub(mended, text)


def _shapes_a_question(word: str) -> bool:
    """A function word, an anchor in time, an order, or one of the words questions are made of."""
    return word in STOPWORDS | ANCHORS | FIRST_WORDS | LAST_WORDS or stem(word) in FILLER


def _name_slip(kb: KnowledgeBase, word: str) -> str | None:
    """A short word English does not know, one letter short of a word of one name only ("seol":
    Seoul, "busn": Busan); longer slips of names are found as names are."""
    if len(word) < 4 or english.zipf(word) >= english.RARE:
        return None
    longer = _name_words_by_length(kb).get(len(word) + 1, ())
    near = {w for w in longer if OSA.distance(word, w) == 1}
    return near.pop() if len(near) == 1 else None


def _name_words_by_length(kb: KnowledgeBase) -> dict[int, tuple[str, ...]]:
    """The words of every name, by their length: worked out once per knowledge base."""

    def make() -> dict[int, tuple[str, ...]]:
        found: dict[int, set[str]] = {}
        for table in kb.names.tables.values():
            for w in table.words:
                found.setdefault(len(w), set()).add(w)
        return {n: tuple(sorted(ws)) for n, ws in found.items()}

    return kb.cached("name-words-by-length", make)


def _said_in_vocabulary(kb: KnowledgeBase, word: str) -> str | None:
    """For a short word neither the articles nor the vocabulary know, the one English says it was
    meant for when the vocabulary has it: "nuek" is "nuke", which the vocabulary gives words for."""
    if len(word) < 4 or kb.vocabulary.find([stem(word)]):
        return None
    return next((m for m in english.meanings(word) if kb.vocabulary.find([stem(m)])), None)


def _agrees(kb: KnowledgeBase, term: str, meant: str) -> bool:
    """Whether the articles' own mending of a slip's term is no closer than English's word:
    none, the same, or farther ("comitt" is as near "commit" as "committe": commitment it is)."""
    theirs = kb.known_term(term)
    if theirs is None or theirs in terms(meant):
        return True
    return any(OSA.distance(term, t) <= OSA.distance(term, theirs) for t in terms(meant))


def _in_articles(kb: KnowledgeBase, word: str) -> bool:
    """Whether the articles use the word (any of its terms)."""
    return any(t in kb.bm25 for t in terms(word))


def _in_a_name(kb: KnowledgeBase, word: str) -> bool:
    """Whether a word is part of a name or alias of some entry."""
    return any(american(word) in table.words for table in kb.names.tables.values())


def _meant_here(kb: KnowledgeBase, word: str) -> str | None:
    """Of the words English says a slip may be meant for, the likeliest the articles use, or
    the vocabulary gives words for ("soliders" is "soldiers" here, though "sliders" is as close;
    "worred" is "worried", which the articles say as "concerned")."""
    return next(
        (
            m
            for m in english.meanings(word)
            if "'" not in m and (_in_articles(kb, m) or kb.vocabulary.find([stem(m)]))
        ),
        None,
    )


def _names_said(kb: KnowledgeBase, typed: list[str]) -> list[str]:
    """Informal names as the vocabulary gives them ("nk" for North Korea, "sk" for South Korea),
    written out as the name they stand for, so that they are read as that name."""
    # "nks missiles": nk's, the short name with the possessive's apostrophe left out
    typed = [
        w[:-1]
        if len(w) <= 4 and w.endswith("s") and not _in_articles(kb, w) and kb.vocabulary.find([w[:-1]])
        else w
        for w in typed
    ]
    spans = kb.vocabulary.find([stem(w) for w in typed])
    if not spans:
        return typed
    out: list[str] = []
    at = 0
    for start, end, targets in spans:
        if any(t in kb.bm25 for w in typed[start:end] for t in terms(w)):
            continue  # words the articles use are read as they are
        name = next((list(t) for t in targets if _whole_name(kb, list(t))), None)
        if name is not None:
            out += typed[at:start] + name
            at = end
    return out + typed[at:]


def _g_dropped(word: str) -> str:
    """ "goin", "talkin": the -ing word people write without its g, when English uses that far
    more (not "pin", "Putin", "Latin")."""
    if len(word) > 3 and word.endswith("in") and english.zipf(word + "g") >= english.zipf(word) + 1.5:
        return word + "g"
    return word


_MEASURED_RE = re.compile(r"(\d[\d,.]*)(km|kms|mi|nm|kg)")


def _units_split(typed: list[str]) -> list[str]:
    """ "550km" is "550 km", as the articles write a distance."""
    out: list[str] = []
    for word in typed:
        measured = _MEASURED_RE.fullmatch(word)
        out += [measured[1], measured[2]] if measured else [word]
    return out


def _pairs_split(kb: KnowledgeBase, typed: list[str]) -> list[str]:
    """ "us-sk", "rok-japan": two names joined by a hyphen, as people write an alliance's, are
    the two names (a hyphenated word the articles use, "short-range", stays whole)."""
    out: list[str] = []
    for word in typed:
        parts = word.split("-")
        if (
            len(parts) > 1
            and word not in kb.bm25
            and all(_names_said(kb, [p]) != [p] or _whole_name(kb, [p]) for p in parts)
        ):
            out += parts
        else:
            out.append(word)
    return out


def _whole_name(kb: KnowledgeBase, said: list[str]) -> bool:
    return any(start == 0 and end == len(said) for start, end, _ in kb.names.mentions_in(said, "entity"))


def _has_auxiliary(lead: str) -> bool:
    return bool(set(words(lead)) & _AUXILIARIES)


def generic_mention(kb: KnowledgeBase, typed: list[str], mention: tuple[int, int, frozenset[str]]) -> bool:
    """An event named by one everyday word ("the summit", "the meeting": an alias some article
    gave its own event), or by one word in the plural, names no event in particular: the word is
    read as a word."""
    start, end, keys = mention
    said = [w for w in typed[start:end] if w not in STOPWORDS]
    if len(said) != 1:
        return False
    one = said[0]
    # "held SCMs": one word in the plural names meetings of a series, not the one event found
    plural = len(keys) == 1 and one.endswith("s") and bool(kb.names.mentions_in([one[:-1]], "event"))
    return english.zipf(one) >= GENERIC_ZIPF or plural


_DEFINITE = frozenset("the that this".split())


def _everyday_alias(kb: KnowledgeBase, typed: list[str], mention: tuple[int, int, frozenset[str]]) -> bool:
    """A person or body named by one everyday word only an alias in lower case gives it ("the
    commitment", an article's own short form for its Commitment to Consult) names nobody in
    particular where an article without that entry uses the word (the seed's U.S. commitment):
    the word is read as a word."""
    start, end, keys = mention
    said = [w for w in typed[start:end] if w not in STOPWORDS]
    if len(said) != 1 or english.zipf(said[0]) < GENERIC_ZIPF or said[0].endswith("s"):
        return False  # "the leaders": a group named as the article names it
    if typed[start] not in _DEFINITE and (start == 0 or typed[start - 1] not in _DEFINITE):
        return False  # "the Camp David statement": a name that goes with what comes before it
    entries = [entry for key in keys for entry in kb.members("entity", key)]
    given = [
        name
        for entry in entries
        for name in (entry.name, *entry.item.aliases)
        if [w for w in words(name) if w not in STOPWORDS] == said
    ]
    if not given or any(name.split()[-1][:1].isupper() for name in given):
        return False
    # an article without this entry using the word: there it means something else
    holding = {entry.article.id for entry in entries}
    return any(kb.docs[d].article.id not in holding for t in terms(said[0]) for d in kb.bm25.postings(t))


def _stressed(found: tuple[Word, ...], typed: str, factor: float) -> tuple[Word, ...]:
    """The words with `typed` made essential and weighed `factor` times."""
    return tuple(
        replace(w, weight=w.weight * factor, essential=True, stress=w.stress * factor)
        if typed in w.typed.split()
        else w
        for w in found
    )


# "did Austin also meet Yoon", "did NK ever fire": words between the subject and its verb
_BETWEEN = frozenset("also ever even still really actually already just then once again too".split())


def _predicate(typed: list[str], named: list[tuple[int, int, frozenset[str]]], auxiliary: bool) -> str | None:
    """The verb a question asks about, where plain word order shows it: right after a named
    subject, person, event or thing ("did North Korea respond", "did the USS Kentucky stay"), or
    first ("what changed", "what was agreed")."""
    content = [
        i for i, w in enumerate(typed) if w not in STOPWORDS and stem(w) not in FILLER and not _adverb(w)
    ]  # "did Austin quietly meet Lee": the verb is "meet"
    if not content:
        return None
    if auxiliary and named and named[0][0] <= content[0]:  # "did (the) USS Kentucky stay"
        end = named[0][1]
        for start, stop, _ in named[1:]:  # "did Seoul's unification ministry respond": names in a row
            end = stop if start == end else end
        after = [i for i in content if i >= end]
        between = typed[end : after[0]] if after else []
        return typed[after[0]] if after and all(_adverb(w) or w in _BETWEEN for w in between) else None
    at = content[0]
    first, then = typed[at], typed[at + 1] if at + 1 < len(typed) else ""
    # "what changed", "what was agreed at": a verb; "the tailored deterrence strategy": a name
    return first if is_verb(first) and (not then or then in STOPWORDS) else None


def is_verb(word: str) -> bool:
    """A past form, the one verb form plain spelling shows: "changed", "agreed", "met", "died"
    (not "need" or "red")."""
    short = len(word) == 4 and word[1] != "e"
    return (word.endswith("ed") and (len(word) > 4 or short)) or word in IRREGULAR_PAST


def _auxiliary(word: str, typed: list[str], after: int) -> bool:
    """A verb that only helps the next ("got sent", "were sent"), or a past form: in "how many
    soldiers got sent", no part of what is counted."""
    following = typed[after] if after < len(typed) else ""
    return is_verb(word) or (word in _GET_FORMS and is_verb(following))


_GET_FORMS = frozenset("get gets got gotten getting".split())


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and stem(word) != word


_SOON = frozenset("right just shortly soon immediately straight directly".split())
ANCHORS = frozenset("after before following since".split())
CLAUSE_ENDS = frozenset("and but or then while".split())


def _anchored(
    typed: list[str],
    relation: tuple[str, frozenset[str]] | None,
    named: list[tuple[int, int, frozenset[str]]],
) -> frozenset[int]:
    """The positions of the words that place the answer in time: from "after" or "before" to
    the end of its clause. Not "before Lee Jong-sup" about a role: that is the relation."""
    related = {start for start, _, keys in named if relation is not None and keys == relation[1]}
    out: set[int] = set()
    for at, word in enumerate(typed):
        # "in return for the NCG": what it was given for, which the unit's article must hold too
        exchanged = word == "for" and typed[at - 1 : at] in (["return"], ["exchange"])
        if (word not in ANCHORS and not exchanged) or at + 1 in related:
            continue
        end = next((i for i in range(at + 1, len(typed)) if typed[i] in CLAUSE_ENDS), len(typed))
        out.update(range(at + 1, end))
    return frozenset(out)


# "the exercise Austin and Lee announced in January": who made it known, and when, say which
# exercise; the answer is about the exercise, whose article must hold them too
_DESCRIBING = frozenset(
    "announced agreed planned promised pledged proposed unveiled discussed mentioned set scheduled".split()
)
_DESCRIBERS = frozenset("and they he she we the two both sides leaders".split())


def _described(
    typed: list[str],
    events: list[tuple[int, int, frozenset[str]]],
    named: list[tuple[int, int, frozenset[str]]],
) -> frozenset[int]:
    """The positions of a clause after an event's name saying who announced or agreed it ("the
    table-top exercise Austin and Lee announced in January"): like "after X", it places the
    answer (its article must hold it), and is no part of what is asked."""
    in_names = {i for start, end, _ in named for i in range(start, end)}
    out: set[int] = set()
    for _, end, _ in events:
        at = end
        while at < len(typed) and (at in in_names or typed[at] in _DESCRIBERS):
            at += 1
        # someone (a name, "they") between the event and the verb, not "and" alone
        someone = any(typed[i] != "and" for i in range(end, at))
        if not someone or at >= len(typed) or typed[at] not in _DESCRIBING:
            continue
        stop = next((i for i in range(at + 1, len(typed)) if typed[i] in CLAUSE_ENDS), len(typed))
        out.update(range(end, stop))
    return frozenset(out)


_DATING_NOUNS = frozenset("day week month year morning night time".split())


def _dating_clause(typed: list[str]) -> frozenset[int]:
    """The words of a clause that dates what is asked: "the day the NCG first met", "when the
    NCG first met". Its "first" names that meeting; it does not ask for the first of several."""
    out: set[int] = set()
    for at, word in enumerate(typed):
        if at and (word == "when" or (word in _DATING_NOUNS and typed[at - 1] in ("the", "that", "same"))):
            end = next((i for i in range(at + 1, len(typed)) if typed[i] in CLAUSE_ENDS), len(typed))
            out.update(range(at + 1, end))
    return frozenset(out)


def _relation(
    kb: KnowledgeBase, typed: list[str], named: list[tuple[int, int, frozenset[str]]]
) -> tuple[str, frozenset[str]] | None:
    """ "Before Lee Jong-sup", "after Shin": whom a question places its answer against (not
    "before the declaration", a document: that places it in time)."""
    for start, _, keys in named:
        if start and typed[start - 1] in ("before", "after") and not documents(kb, keys):
            return typed[start - 1], keys
    return None


def _head_terms(found: tuple[Word, ...], typed: list[str], span: range) -> frozenset[str]:
    """The terms of the kind's head noun ("carriers" in "us aircraft carriers"), with the
    vocabulary's words for it ("warships": ship, carrier, destroyer ...)."""
    if not span:
        return frozenset()
    head = typed[span[-1]]
    word = next((w for w in found if head in w.typed.split()), None)
    if word is None:
        return frozenset({stem(head)})
    # of a phrase holding a one-word form, that word: "aircraft carrier" says a carrier, not an
    # aircraft ("carriers": carrier, aircraft carrier); other phrases, all their words
    single = frozenset(t for option in word.options if len(option) == 1 for t in option)
    return frozenset(t for option in word.options for t in (option & single or option))


_AUXILIARIES = frozenset(AUXILIARY_WORDS)
# "didn't", "wasnt": the same auxiliaries asked in the negative
_AUXILIARIES |= {f"{a}{nt}" for a in _AUXILIARIES - {"can", "will"} for nt in ("n't", "nt")} | {
    "won't",
    "wont",
    "can't",
    "cant",
}


def _listed_numbers(kb: KnowledgeBase, typed: list[str]) -> list[tuple[int, int, frozenset[str]]]:
    """ "The 54th, 55th and 56th SCMs": each number with the words after the list, as events."""
    found = []
    at = 0
    while at < len(typed):
        run: list[int] = []
        while at < len(typed) and (numbers([typed[at]]) or (run and typed[at] in ("and", "or"))):
            if typed[at] not in ("and", "or"):
                run.append(at)
            at += 1
        if len(run) > 1:
            after = typed[at : at + 4]
            for n in run[:-1]:  # the last number is followed by the words already
                for start, _end, keys in kb.names.mentions_in([typed[n], *after], "event"):
                    if start == 0:
                        found.append((n, n + 1, keys))
        at += 1
    return found


def _ordinals_alone(
    kb: KnowledgeBase, typed: list[str], events: list[tuple[int, int, frozenset[str]]]
) -> list[tuple[int, int, frozenset[str]]]:
    """ "at the 55th", "the 55th meeting": an ordinal on its own, or with a word of the name,
    names the one event whose names hold them (the 55th SCM), if only one does."""
    taken = {i for start, end, _ in events for i in range(start, end)}
    found = []
    for at, word in enumerate(typed):
        if at in taken or not ORDINAL_RE.fullmatch(word):
            continue  # "the 55th SCM" is named already
        keys, end = _event_owners(kb, word), at + 1
        # "the 55th meeting": a word of its name ("the 7th test": none, a word of its own)
        if end < len(typed) and typed[end] not in STOPWORDS:
            keys, end = keys & _event_owners(kb, typed[end]), end + 1
        if len(keys) == 1:
            found.append((at, end, keys))
    return found


def _named_by_month(
    kb: KnowledgeBase, typed: list[str], events: list[tuple[int, int, frozenset[str]]]
) -> list[tuple[int, int, frozenset[str]]]:
    """ "the january meeting", "the july 2023 talks": a month before a word of events' names
    names those of them the articles date in that month (of that year, if given), if any."""
    taken = {i for start, end, _ in events for i in range(start, end)}
    found = []
    for at, word in enumerate(typed):
        month = MONTH_NUMBERS.get(word)
        # "may", "march": a verb too, a month only after "the" ("the may summit")
        if month is None or at in taken or (word in _MONTH_VERBS and typed[at - 1 : at] != ["the"]):
            continue
        end = at + 2 if at + 1 < len(typed) and _YEAR_WORD_RE.fullmatch(typed[at + 1]) else at + 1
        if end >= len(typed) or end in taken or typed[end] in STOPWORDS:
            continue
        year = int(typed[at + 1]) if end > at + 1 else 0
        if keys := _held_in_month(kb, typed[end], month, year):
            found.append((at, end + 1, keys))
    return found


_MONTH_VERBS = frozenset({"may", "march"})
_YEAR_WORD_RE = re.compile(r"(?:19|20)\d\d")


def _held_in_month(kb: KnowledgeBase, word: str, month: int, year: int) -> frozenset[str]:
    """The events whose names hold the word, dated in that month (and year, if not 0); worked
    out once per knowledge base and month (a word of ten thousand events' names is looked up
    once)."""
    kept: dict[tuple[str, int, int], frozenset[str]] = kb.cached("events-by-month", dict)
    if (found := kept.get((word, month, year))) is None:
        dated = ((key, dated_by(kb.members("event", key))) for key in _event_owners(kb, word))
        found = kept[(word, month, year)] = frozenset(
            key
            for key, entry in dated
            if entry is not None
            and entry.item.date is not None
            and entry.item.date.month == month
            and year in (0, entry.item.date.year)
        )
    return found


def _numbered_after(kb: KnowledgeBase, typed: list[str]) -> list[str]:
    """ "scm 54", "the scm number 55": a number after a word of an event's name is its ordinal,
    put first as the articles write it ("54th scm"), if one event's names hold both."""
    out = list(typed)
    listing = False  # "scm 54 55 and 56": the numbers after the first are ordinals too
    for at in range(1, len(out)):
        if not (out[at].isascii() and out[at].isdigit() and len(out[at]) < 4):
            listing = listing and out[at] in ("and", "or", "")
            continue
        back = at - 2 if out[at - 1] in ("number", "no") and at >= 2 else at - 1
        ordinal = suffixed(int(out[at]))
        if listing and _event_owners(kb, ordinal):
            out[at] = ordinal
            continue
        if out[back] in STOPWORDS:  # "in the 54": no word of a name
            continue
        if len(_event_owners(kb, ordinal) & _event_owners(kb, out[back])) == 1:
            out[back : at + 1] = [ordinal, out[back], *([""] * (at - back - 1))]
            listing = True
    return [w for w in out if w]


def _event_owners(kb: KnowledgeBase, word: str) -> frozenset[str]:
    """The events one of whose names (or aliases) holds the word (not a function word)."""
    return _series_owners(kb, (word,), "event")


def series(
    kb: KnowledgeBase, typed: list[str], mention: tuple[int, int, frozenset[str]], kind: str = "event"
) -> tuple[int, int, frozenset[str]]:
    """ "The SCM", "the state visit": words that several events' names hold, in that order (the
    54th, 55th and 56th SCMs), name whichever of them is meant, though one article gave its own
    event the short name; a number ("the 55th SCM") names one event, not a series."""
    start, end, keys = mention
    said = tuple(w for w in typed[start:end] if w not in STOPWORDS)
    if not said or numbers(list(said)):
        return mention
    kept: dict[tuple[str, ...], frozenset[str]] = kb.cached(f"{kind}-series", dict)
    if (owners := kept.get(said)) is None:
        owners = _series_owners(kb, said, kind)
        if not owners and _plural(said[-1]):  # "the security consultative meetings", "the SCMs"
            owners = _series_owners(kb, (*said[:-1], said[-1][:-1]), kind)
        kept[said] = owners
    return (start, end, keys | owners) if len(owners) > 1 else mention


def documents(kb: KnowledgeBase, keys: frozenset[str]) -> bool:
    """Whether these identities are all documents (a joint statement, a communique)."""
    return bool(keys) and keys <= document_keys(kb)


def document_keys(kb: KnowledgeBase) -> frozenset[str]:
    """The identities every entry of which is a document, worked out once per knowledge base (a
    person named in ten thousand articles is not looked through on every question)."""

    def make() -> frozenset[str]:
        kinds: dict[str, set[EntityKind]] = {}
        for article in kb.articles:
            for entity in article.entities:
                kinds.setdefault(kb.same("entity")(name_key(entity.name)), set()).add(entity.kind)
        return frozenset(key for key, found in kinds.items() if found == {EntityKind.DOCUMENT})

    return kb.cached("document-keys", make)


def _series_owners(kb: KnowledgeBase, said: tuple[str, ...], kind: str) -> frozenset[str]:
    """The events (or documents) one of whose names holds these words, one after the other."""
    table = kb.names.tables[kind]
    same = kb.same(kind)

    def holds(tokens: Iterable[str]) -> bool:
        kept = [t for t in tokens if t not in STOPWORDS]
        return any(tuple(kept[at : at + len(said)]) == said for at in range(len(kept) - len(said) + 1))

    found = frozenset(
        same(str(table.placed[v][0]))
        for i in table.words.get(said[0], ())
        if holds(table.names[i].tokens)
        for v in table.owners[i]
    )
    return found if kind == "event" else frozenset(k for k in found if documents(kb, frozenset({k})))


ORDINAL_RE = re.compile(r"\b\d+(?:st|nd|rd|th)\b", re.IGNORECASE)  # "54th", as a word


def _speaker_span(typed: list[str]) -> set[int]:
    """In "what did biden say about ...", the words before the speech verb: who spoke. Unknown
    there, a word is a name the articles do not have, however it is typed."""
    verb = next((i for i, w in enumerate(typed) if w in SPEECH_WORDS), None)
    if verb is None or verb > 4 or ARTICLE_WORDS & set(typed[:verb]):
        return set()  # "does the seed article say ...": what an article says, no one speaking
    return set(range(verb))


def _capitalised(text: str) -> frozenset[str]:
    """Words typed with a capital inside the question: names, as people type them."""
    return frozenset(normalize(w.strip("?!.,;:\"'")) for w in text.split()[1:] if w[:1].isupper())


_ONE_STANDS_IN_AFTER = frozenset("that this the other another same earlier previous".split())


def _words(
    kb: KnowledgeBase,
    typed: list[str],
    in_names: set[int],
    capitalised: frozenset[str],
    speaker: set[int],
    anchored: frozenset[int] = frozenset(),
    setting: frozenset[int] = frozenset(),
    counted: frozenset[int] = frozenset(),
) -> tuple[Word, ...]:
    """The question's content words: each with the terms it may appear as and its weight."""
    found = _content_words(kb, typed, in_names, capitalised | {typed[i] for i in speaker}, counted)
    return tuple(
        replace(w, anchor=True) if at in anchored else replace(w, setting=True) if at in setting else w
        for at, w in found
    )


def _content_words(
    kb: KnowledgeBase,
    typed: list[str],
    in_names: set[int],
    capitalised: frozenset[str],
    counted: frozenset[int] = frozenset(),
) -> list[tuple[int, Word]]:
    """The content words, each with where it starts; what a "how many" counts is one, however
    little it says elsewhere ("how many days", "how many times")."""
    stems = [stem(w) for w in typed]
    spans = {start: (end, targets) for start, end, targets in kb.vocabulary.find(stems)}
    out: list[tuple[int, Word]] = []
    at = 0
    while at < len(typed):
        if at in in_names:
            at += 1
            continue
        if typed[at] == "near" and at + 1 < len(typed) and typed[at + 1] not in _WH | STOPWORDS:
            at += 1  # "came down near Hokkaido": placed by the name ("west of Hokkaido"); not "near which"
            continue
        if at in spans:  # a phrase the vocabulary knows: one word, with the articles' words for it
            end, targets = spans[at]
            if targets and all(w in STOPWORDS for t in targets for w in t):
                at = end  # "insist": a word for "say", which says no more than "say" does
                continue
            own = frozenset(t for w in typed[at:end] for t in terms(w))
            options = tuple(dict.fromkeys(o for o in (own, *map(_option, targets)) if o))
            if options:
                weight = max((_weight(w, capitalised) for w in typed[at:end]), default=0.0)
                known = any(all(t in kb.bm25 for t in o) for o in options)
                out.append((at, Word(" ".join(typed[at:end]), options, weight, known)))
            at = end
            continue
        word = typed[at]
        at += 1
        if word in STOPWORDS or (
            stem(word) in FILLER and (at - 1 not in counted or _auxiliary(word, typed, at))
        ):
            continue
        if word in ("one", "ones") and at > 1 and typed[at - 2] in _ONE_STANDS_IN_AFTER:
            continue  # "when was that one", "the same one": the thing talked of, no number
        if word in _SOMEONE and typed[at : at + 1] in (["who"], ["that"], ["whom"]):
            continue  # "who were the people that led the US team": who led it
        if (len(word) == 1 and not word.isdigit()) or word in _PLACING:  # "w" for with: shorthand
            continue
        base, mark, ending = word.partition("'")
        if mark and base in STOPWORDS and ending in _CONTRACTED:  # "they'll", "we've": no content
            continue
        if mark and ending == "t" and base in _NEGATED:  # "won't", "didn't": a function word, negated
            continue
        if at > 1 and typed[at - 2] in _YEAR_AFTER:  # "back in 81": 1981, if the articles say so
            word = _year_of(kb, word)
        if (found := _word(kb, word, capitalised, typed[at] if at < len(typed) else "")) is not None:
            out.append((at - 1, found))
    return _alternatives(typed, out)


_YEAR_AFTER = frozenset("in since from until till of".split())


def _year_of(kb: KnowledgeBase, word: str) -> str:
    """A year written with two digits ("in 81", "since 17"), as the articles write it in full
    ("1981", "2017"): the one they use, if only one of the two centuries; else as typed."""
    if not re.fullmatch(r"'?\d\d", word) or _in_articles(kb, word):
        return word
    years = [y for y in (f"19{word[-2:]}", f"20{word[-2:]}") if _in_articles(kb, y)]
    return years[0] if len(years) == 1 else word


_ARTICLES = frozenset("the a an".split())


def _alternatives(typed: list[str], found: list[tuple[int, Word]]) -> list[tuple[int, Word]]:
    """Numbers either side of "or" as one word either may stand for ("the 6th or the 7th test",
    "two or three missiles"): the answer holds one of them, not both. (Other words are left
    alone: in "more drills or fewer", "drills" and "fewer" are not alternatives.)"""
    out: list[tuple[int, Word]] = []
    for at, word in found:
        before = out[-1][1] if out else None
        if (
            before is not None
            and before.number
            and word.number
            and [w for w in typed[out[-1][0] + len(before.typed.split()) : at] if w not in _ARTICLES]
            == ["or"]
        ):
            start, before = out.pop()
            word = Word(
                f"{before.typed} or {word.typed}",
                tuple(dict.fromkeys((*before.options, *word.options))),
                max(before.weight, word.weight),
                before.known or word.known,
                True,
            )
            at = start
        out.append((at, word))
    return out


def _word(
    kb: KnowledgeBase, word: str, capitalised: frozenset[str], before: str = "", mended: bool = False
) -> Word | None:
    """One word: as the index has it, the index's word for a slip ("aggreed"), or English's
    ("wich" is "which": no content), else unknown, weighted by how much it says."""
    if word in FIRST_WORDS | LAST_WORDS and (is_verb(before) or not before):
        return None  # "first adopted", "... held first": when, not which one (Question.order)
    number = bool(numbers([word]))
    own = terms(word)
    if not own:
        return None
    if glued := _GLUED_RE.fullmatch(word):  # "b52", "f35": as the articles write them, "B-52"
        own = [*own, stem(f"{glued[1]}-{glued[2]}")]
    known = {t for t in own if t in kb.bm25}
    if not known and not number and not mended and english.zipf(word) < english.RARE:  # a slip, or a name
        fixed = {f for t in own if (f := kb.known_term(t)) is not None}
        if fixed:
            return Word(word, tuple(frozenset({f}) for f in sorted(fixed)), _weight(word, capitalised), True)
        if (meant := _meant_here(kb, word) or english.meant(word)) is not None:
            if (
                meant in STOPWORDS
                or meant in _PLACING
                or stem(meant) in FILLER
                or meant.partition("'")[0] in STOPWORDS
            ):
                return None  # a slip for a question word: "wich", "happend", "theyd"
            return _word(kb, meant, frozenset(), mended=True)  # mended once: a slip's slip is not looked for
    if word in _SPELLED:
        own = [*own, *terms(_SPELLED[word])]
        known |= {t for t in own if t in kb.bm25}
    options = tuple(frozenset({t}) for t in dict.fromkeys(own))
    if (spelt := name_initials(kb).get(word)) is not None:  # "dsc": or the words it stands for
        options, known = (*options, frozenset(terms(spelt))), {*known, *terms(spelt)}
    if "-" in word and number and len(own) > 1:  # "Hwasong-18": its parts together, not "Hwasong" alone
        # (the parts only where the articles never write it whole: "18 February" beside a
        # "Hwasong-15" is no Hwasong-18)
        options = (options[0],) if own[0] in kb.bm25 else (options[0], frozenset(own[1:]))
    return Word(word, options, _weight(word, capitalised), bool(known), number)


def _option(phrase: tuple[str, ...]) -> frozenset[str]:
    """A phrase of the vocabulary (its words) as the index terms that must all be there; none for
    a phrase whose particle carries its meaning but is not indexed ("call off" is not "call");
    one whose particle is indexed keeps it ("scale back" needs "back", not only "scale")."""
    if any(w in _PARTICLES and w in STOPWORDS for w in phrase[1:]):
        return frozenset()
    return frozenset(t for w in phrase if w not in STOPWORDS for t in terms(w))


GENERIC_ZIPF = 4.0  # a word at least this common in English (1 in 100,000 words) is everyday
_GLUED_RE = re.compile(r"([a-z]{1,3})(\d{1,4}[a-z]?)")
_PARTICLES = frozenset("off up out down over back on".split())


def _weight(word: str, capitalised: frozenset[str]) -> float:
    if numbers([word]):  # "53rd", "2019", "second": a number names one thing among several
        return weights.NUMBER_WEIGHT
    if word in capitalised and not english.is_common(word):
        return weights.NAME_WEIGHT
    if _adverb(word):  # "supposedly", "roughly": how it is said, not what it is about
        return min(weights.ADVERB, english.information(word))
    return english.information(word)


def _adverb(word: str) -> bool:
    """An adverb made of an English adjective ("supposed-ly", "rough-ly", "exact-ly"); not
    "Italy" or "July", whose first part is no word."""
    if word in _DEGREE_ADVERBS:  # "almost ready": how far, not what
        return True
    return len(word) > 5 and word.endswith("ly") and english.zipf(word[:-2]) >= english.RARE


_DEGREE_ADVERBS = frozenset("almost nearly quite somewhat barely hardly".split())
