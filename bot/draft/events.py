"""Events: what happened (or will) on the dates the text gives, and where.

A dated sentence gives an event: the date expression is paired with the nearest event phrase
(a capitalised name such as "ROK-U.S. Summit", a quoted name, a noun such as "joint military
drills", or a verb such as "met"), and the place is the nearest "in/at PLACE". Names of events
without a date ("Defense Trilateral Talks") are events too. Later mentions of the same event
merge into it. Dates from source.yaml's `context:` lines refine an event's date when they agree
with the text ("in November" and "2022-11-03"), and the date_note says so.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from ..kb.dates import PartialDate
from .dates import FoundDate, find_dates, shift, tense_of
from .entities import Registry
from .model import EventFound, Sentence
from .quotes import QuotedSpan

_MODIFIER_STOP = frozenset(
    """a an the his her its their our this that these those such first second last next new main
    other recent same any some one two three several many major further"""
    """ of in on at to for with and or by from had has have held was were is are be""".split()
)
_ORDINAL = re.compile(
    r"\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b", re.I
)


@dataclass
class Candidate:
    start: int
    end: int
    name: str
    head: str
    kind: str  # named, quoted, noun, verb, ref (a mention of an event told of before)
    acronym: str | None = None
    target: EventFound | None = None  # for ref: the event it mentions
    alias: str | None = None  # another name the text gives it ("an 11-day combined exercise")


def _candidates(
    reg: Registry, sentence: Sentence, names: list[QuotedSpan], earlier: list[EventFound] | None = None
) -> list[Candidate]:
    gaz, text, out = reg.gaz, sentence.text, []
    heads = sorted((n for n in gaz.words("named_event_nouns") if n[:1].isupper()), key=len, reverse=True)
    named = re.compile(
        r"(?:(?:\d+(?:st|nd|rd|th)|[A-Z][\w.’'-]*)\s+(?:\([A-Z][A-Za-z]{1,8}\)\s+)?(?:(?:of|the|and|for|on)\s+)?)+?"
        r"(?P<head>" + "|".join(map(re.escape, heads)) + r")\b(?:\s+\((?P<acr>[A-Z][A-Za-z]{1,8})\))?"
    )
    for match in named.finditer(text):
        raw = match.group(0)
        name = re.sub(r"\s*\([A-Z][A-Za-z]{1,8}\)", "", raw)
        name = re.sub(r"^(?:The|As|During|In|At|On|After|Before|Amid)\s+", "", name).strip()
        if len(name.split()) < 2:
            continue
        out.append(
            Candidate(match.start(), match.end(), name, match.group("head"), "named", match.group("acr"))
        )
    for match in re.finditer(r"\b\d+(?:st|nd|rd|th)\s+(?P<acr>[A-Z]{2,8})\b", text):  # "the 55th SCM"
        if not any(c.start <= match.start() < c.end for c in out):
            out.append(
                Candidate(match.start(), match.end(), match.group(0), match.group("acr"), "named", None)
            )
            out[-1].acronym = match.group("acr")
    for span in names:
        at = span.start - sentence.start
        if span.paragraph == sentence.paragraph and 0 <= at < len(text):
            head = next((h for h in heads if re.search(rf"\b{re.escape(h)}\b", span.text)), None)
            if head is not None:
                out.append(Candidate(at, at + len(span.text), span.text.strip(), head, "quoted"))
    nouns = sorted({*gaz.words("event_nouns"), *(n for n in gaz.words("named_event_nouns") if n.islower())},
                   key=len, reverse=True)  # fmt: skip
    quoted = [(s.start - sentence.start, s.end - sentence.start) for s in names + _quotes_in(text)]
    noun_re = re.compile(
        r"(?<![\w-])((?:[a-z0-9][\w-]*\s+){0,3})\b("
        + "|".join(map(re.escape, nouns))
        + r")\b(\s+of\s+(?:[^,.;:“”\"]|(?<=[A-Z])\.)+)?"
    )
    for match in noun_re.finditer(text):
        if any(c.start <= match.start(2) < c.end for c in out) or any(
            s <= match.start(2) < e for s, e in quoted
        ):
            continue  # inside a name found already, or inside a quotation: not the narrative
        modifiers = match.group(1).split()
        while modifiers and modifiers[0].casefold() in _MODIFIER_STOP:
            modifiers.pop(0)
        if any(m.casefold() in _MODIFIER_STOP for m in modifiers):
            modifiers = modifiers[
                [i for i, m in enumerate(modifiers) if m.casefold() in _MODIFIER_STOP][-1] + 1 :
            ]
        complement = (match.group(3) or "") if match.group(2) == "anniversary" else ""  # of what
        named_of = re.match(
            r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*)*)",
            text[match.end(2) :],
        )
        if not complement and named_of is not None:  # "the first meeting of their Nuclear Consultative Group"
            complement = named_of.group(0)
        if _back_reference(text, match.start(2) - len(" ".join(modifiers)) - (1 if modifiers else 0)):
            continue
        if (
            not modifiers
            and re.search(r"\b(?:to|will|would|could|can|may|might|must|should)\s+$", text[: match.start(2)])
            and re.match(r"\s+(?:the|a|an|their|its|his|her|our|my|your)\b", text[match.end(2) :])
        ):
            continue  # "to test their plans": a verb with its object, not an event noun
        head = match.group(2)
        if modifiers and f"{modifiers[-1]} {head}" in nouns:  # "press conference", not "conference"
            head = f"{modifiers[-1]} {head}"
        phrase = " ".join([*modifiers, match.group(2)]) + " ".join(complement.split(" ")).rstrip()
        end = match.end(2) + len(complement)
        start = end - len(phrase)
        phrase = re.sub(r"\bof\s+(?:their|its)\s+", "of the ", phrase)
        start, phrase = _with_name_before(reg, text, start, phrase)
        candidate = Candidate(start, end, " ".join(phrase.split()), head, "noun")
        _reference_or_apposition(reg, text, candidate, earlier or [])
        out.append(candidate)
    verbs = "|".join(map(re.escape, gaz.event_verbs))
    for match in re.finditer(rf"\b({verbs})\b", text):
        if any(c.start <= match.start() < c.end for c in out):
            continue
        if match.group(1) == "held" and any(
            c.kind in ("named", "quoted") and 0 <= match.start() - c.end <= 3 for c in out
        ):
            continue  # "the Table-top Exercise, held at ...": the named event, not another
        noun = gaz.event_verbs[match.group(1)]
        out.append(Candidate(match.start(), match.end(), noun, noun, "verb"))
    return out


def _with_name_before(reg: Registry, text: str, start: int, phrase: str) -> tuple[int, str]:
    """'the Biden-Yoon summit', 'the eighth Deterrence Strategy Committee table-top exercise':
    capitalised words right before an event noun name it, unless they are a country, a place or
    a known body (then they say whose it is, not what)."""
    run = re.search(r"((?:[A-Z][\w’'-]*\s+)+)$", text[:start])
    if run is None or run.start() == 0:
        return start, phrase
    words = run.group(1).split()
    keep: list[str] = []
    for word in reversed(words):
        if word in _NAME_STOP or word.endswith(("’s", "'s")) or reg.gaz.lookup(word) is not None:
            break
        keep.insert(0, word)
    name = " ".join(keep)
    if not keep or reg.gaz.surface_re.search(name) or any(name in e.name for e in reg.people()):
        return start, phrase
    at = run.start() + run.group(1).index(keep[0]) if len(keep) < len(words) else run.start()
    if at == 0:
        return start, phrase  # the sentence's first word is capitalised anyway
    return at, f"{name} {phrase}"


_NOT_DATES = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December".split()
)
_NAME_STOP = frozenset("The A An This That These Those His Her Its Their Our In On At By For As".split())
_APPOSITION_RE = re.compile(
    r"(?P<name>(?:[A-Z][\w-]*|\d+)(?:\s+(?:[A-Z][\w-]*|\d+)){0,4})"
    r"(?:\s+(?:on|in)\s+[A-Z][a-z]+)?,\s+(?:an?|the)\s+(?:[\w’'-]+\s+){0,4}$"
)


def _reference_or_apposition(reg: Registry, text: str, c: Candidate, earlier: list[EventFound]) -> None:
    """'the meeting', after a meeting was told of: a mention of that one, no new event.
    'Freedom Shield, the allies' largest combined exercise': the name before the comma is the
    event's name, the noun phrase another name for it."""
    before = text[: c.start]
    apposed = _APPOSITION_RE.search(before)
    if apposed is not None:
        name = apposed.group("name")
        tokens = name.split()
        owner = reg.gaz.lookup(name)
        if (
            (len(tokens) > 1 or any(t.isdigit() for t in tokens))
            and not find_dates(name, dt.date(2000, 1, 1))  # "in late September 2022, the first ..."
            and not any(t in _NOT_DATES for t in tokens)
            and owner is None
            and not any(t in _NAME_STOP for t in tokens[:1])
            and not any(name in e.name or e.name in name for e in reg.entities.values())
        ):
            c.alias, c.name, c.kind = c.name, name, "named"
            c.start = apposed.start("name")
            return
    if not re.search(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:first|same|latest|recent|new)\s+)?$", before):
        return
    head = _singular(c.head)
    same = [
        e for e in earlier if _singular(e.head) == head or _singular(e.name.split()[-1].casefold()) == head
    ]
    if same:
        c.kind, c.target = "ref", same[-1]


def _singular(word: str) -> str:
    word = word.casefold()
    for ending, into in (("ches", "ch"), ("shes", "sh"), ("sses", "ss"), ("ies", "y"), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 2 and not word.endswith("ss"):
            return word[: -len(ending)] + into
    return word


_HOLDING = frozenset(
    "held hosted attended staged conducted began opened wrapped ended during at after before".split()
)


def _quotes_in(text: str) -> list[QuotedSpan]:
    return [
        QuotedSpan(0, m.start(), m.end(), m.group(0), True)
        for m in re.finditer(r"“[^”]*”?|\"[^\"]*\"?", text)
    ]


def _back_reference(text: str, start: int) -> bool:
    """'condemned the meeting on Sunday': 'the meeting' is one told of already; the date is the
    condemnation's, not the meeting's."""
    before = text[:start].split()
    return (
        len(before) >= 2
        and before[-1].casefold() == "the"
        and before[-2].casefold().endswith("ed")
        and before[-2].casefold() not in _HOLDING
    )


def find_events(
    reg: Registry,
    sentences: list[Sentence],
    names: list[QuotedSpan],
    published: dt.date,
    context: tuple[str, ...],
) -> list[EventFound]:
    """Events sentence by sentence: each date to the nearest event phrase (see `_pair`); a date
    with nothing to date in its sentence goes on to the next sentence of the paragraph."""
    events: list[EventFound] = []
    pending: tuple[int, FoundDate] | None = None  # an unpaired date of the sentence before
    last: dict[int, FoundDate] = {}  # paragraph -> its last date so far ("the same day")
    for sentence in sentences:
        text = sentence.text
        candidates = _candidates(reg, sentence, names, events)
        for target in (c.target for c in candidates if c.kind == "ref"):
            if target is not None:
                target.paragraphs.add(sentence.paragraph)
        live = [c for c in candidates if c.kind != "ref"]
        every = _anchored(find_dates(text, published), last, sentence.paragraph)
        dates = [d for d in every if d.date is not None and _dates_an_event(text, d)]
        if not any(d.date is not None for d in every):  # "two days later": from the event before
            anchor = _anchor(events, sentence.paragraph)
            if anchor is not None:
                dates = [d for d in (_from_offset(d, anchor) for d in every) if d is not None]
        carried = pending[1] if pending is not None and pending[0] == sentence.paragraph else None
        pending = None
        pairs = _pair(live, dates, text)
        if carried is not None:
            subject = _carried_to(live, text, pairs)
            if subject is not None:
                pairs.append((subject, carried))
        used = {id(c) for c, _ in pairs}
        for candidate, found in pairs:
            events.append(_event(reg, sentence, candidate, found, published))
        if not live and dates:
            pending = (sentence.paragraph, dates[-1])
        undated_nouns = [n for n in reg.gaz.words("named_event_nouns") if n.islower()]
        for candidate in live:
            if id(candidate) in used or (
                candidate.kind not in ("named", "quoted") and candidate.head not in undated_nouns
            ):
                continue
            events.append(_event(reg, sentence, candidate, None, published))
    merged = _merge(events)
    refine_from_context(reg, merged, context, published)
    return merged


def refine_from_context(
    reg: Registry, events: list[EventFound], context: tuple[str, ...], published: dt.date
) -> None:
    """Dates made more precise by source.yaml's context lines (again after the knowledge base
    has given an event its date)."""
    for event in events:
        _from_context(reg, event, context, published)


def _anchored(found: list[FoundDate], last: dict[int, FoundDate], paragraph: int) -> list[FoundDate]:
    """'the same day' takes the date written before it in the sentence or the paragraph."""
    out = []
    before = last.get(paragraph)
    for f in found:
        if f.anchored:
            if before is None or before.date is None:
                continue
            f = replace(
                f,
                date=before.date,
                qualifier=before.qualifier,
                anchored=False,
                note=f'The article says "{f.text}", the day of "{before.text}": {before.date.human()}.',
            )
        if f.date is not None:
            before = f
        out.append(f)
    if before is not None:
        last[paragraph] = before
    return out


def _dates_an_event(text: str, found: FoundDate) -> bool:
    """'KCNA said on Monday': the date of the saying; 'runs until 23 March': an end. Neither dates
    an event, unless a 'when' clause follows ('announced on 31 January, when X met Y')."""
    before = text[: found.start].rstrip().casefold()
    if re.search(r"\b(?:until|till|through|to)$", before):
        return False
    since = re.search(r"\bsince(?:\s+the\s+(?:start|end|beginning)\s+of)?$", before) or found.since
    if since and re.search(r"\b(?:has|have)\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|wn|un)\b", before):
        return False  # "has launched about 100 missiles since 2022": a count over a period
    if _when_clause(text, found) is not None:
        return True
    return not re.search(
        r"\b(?:said|says|told|announced|reported|stated|declared|confirmed|added)(?:\s+(?:early|late))?$",
        before,
    )


def _when_clause(text: str, found: FoundDate) -> tuple[int, int] | None:
    match = re.match(r",?\s+when\b[^,;.]*", text[found.end :])
    return (found.end + match.start(), found.end + match.end()) if match else None


def _pair(
    candidates: list[Candidate], dates: list[FoundDate], text: str
) -> list[tuple[Candidate, FoundDate]]:
    """Dates and event phrases paired one to one, the closest pairs first; an event phrase in a
    'when' clause right after a date takes it ("on 31 January, when Austin met Lee")."""
    scored = []
    for i, found in enumerate(dates):
        when = _when_clause(text, found)
        for j, c in enumerate(candidates):
            score = _distance(c, found)
            between = text[min(c.end, found.end) : max(c.start, found.start)]
            if _CLAUSE_BREAK.search(between):
                score += 60  # "... early on Sunday, and that the missiles flew ...": another clause
            if c.kind != "verb" and tense_of(between) == "past":
                score += 40  # "a deployment Seoul presented as ... that Austin gave in January"
            if when is not None and when[0] <= c.start < when[1]:
                score -= 1000
            elif score > 120:
                continue  # too far to be what the date is about
            scored.append((score, i, j))
    pairs, taken_d, taken_c = [], set(), set()
    for _, i, j in sorted(scored):
        if i in taken_d or j in taken_c:
            continue
        taken_d.add(i)
        taken_c.add(j)
        pairs.append((candidates[j], dates[i]))
    return pairs


_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|which|while|who|whereas)\b|,\s+and\s+that\b")


def _carried_to(
    candidates: list[Candidate], text: str, pairs: list[tuple[Candidate, FoundDate]]
) -> Candidate | None:
    """The event a date from the sentence before goes to: the sentence's subject ("The session
    was the eighth ... exercise": what the copula names), or its first event when it has no
    date of its own ("North Korea answered early on Wednesday. ... it fired two missiles")."""
    paired = {id(c) for c, _ in pairs}
    free = [c for c in candidates if id(c) not in paired]
    if not free:
        return None
    copula = re.match(r"(?:The|This|That|It)\s+(?:[\w-]+\s+)?(?:was|is|were|are)\s+(?:the|an?)\s+", text)
    if copula is not None:
        after = [c for c in free if c.start >= copula.end() - 1]
        if after:
            return after[0]
    if re.match(r"(?:The|This|That)\s+", text) and free[0].start < 20:
        return free[0]
    return free[0] if not pairs else None


def _anchor(events: list[EventFound], paragraph: int) -> EventFound | None:
    """What an offset counts from: the last dated event of the paragraph, else the article's lead."""
    here = [e for e in events if e.date is not None and e.paragraph == paragraph]
    if here:
        return here[-1]
    return next((e for e in events if e.date is not None and e.date.month), None)


def _from_offset(found: FoundDate, lead: EventFound) -> FoundDate | None:
    """An offset ("two months after", "three days later") as a date counted from an event: the
    paragraph's last dated one, else the article's lead.

    "A came two months after B": B is two months before A; "two days later": after it. The note
    says so, and the date is marked for checking."""
    if found.date is not None or lead.date is None or not (found.offset_months or found.offset_days):
        return None
    backwards = found.text.casefold().split()[-1] in ("after",) or found.text.casefold().endswith("after")
    sign = -1 if backwards else 1
    months, days = abs(found.offset_months), abs(found.offset_days)
    if found.offset_months < 0 or found.offset_days < 0:  # "before", "earlier"
        sign = 1 if found.text.casefold().endswith("before") else -1
    date = shift(lead.date, sign * months, sign * days)
    note = (
        f'The article says "{found.text}", counted from {lead.name} ({lead.date.human(lead.qualifier)}): '
        f"{date.human()}."
    )
    return replace(found, date=date, note=note, qualifier="around", relative=True)


def _distance(c: Candidate, found: FoundDate) -> float:
    if c.end <= found.start:
        gap: float = found.start - c.end
    elif c.start >= found.end:
        gap = 1.5 * (c.start - found.end)
    else:
        gap = 0
    rank = {"named": 0, "quoted": 0, "noun": 5, "verb": 10}[c.kind]
    return gap + rank


def _event(
    reg: Registry, sentence: Sentence, c: Candidate, found: FoundDate | None, published: dt.date
) -> EventFound:
    mentions = reg.in_span(sentence.paragraph, sentence.start, sentence.end + 1)
    people = []
    for m in mentions:
        entity = reg.entities[m.entity]
        if entity.kind == "person" and entity.surname and entity.surname not in people:
            people.append(entity.surname)
    place = _place(reg, sentence.text, c)
    name = c.name
    why: dict[str, str] = {}
    if c.kind in ("noun", "verb"):
        if len(people) > 1 and c.head in ("meeting", "talks", "summit", "call", "phone call"):
            name = f"{'-'.join(people[:2])} {c.name}"
        elif people and c.head in (
            "meeting",
            "talks",
            "visit",
            "press conference",
            "news conference",
            "speech",
        ):
            name = f"{people[0]}'s {c.name}"
        what = _object_of(reg, sentence.text, c) if c.kind == "verb" else None
        if what is not None:  # "fired a Hwasong-15 missile": the launch of a Hwasong-15 missile
            name = f"{c.name} of {what}"
        if found is not None and found.since:
            name = f"{c.name} in {found.date}"
        elif what is not None:
            pass
        elif place:
            name = f"{name} in {place}"
        elif not people and c.kind in ("noun", "verb") and " " not in c.name:
            subject = _subject(reg, mentions)
            if subject:  # "North Korea fired a missile": North Korea's launch
                name = f"{subject}'s {name}"
        name = name[0].upper() + name[1:]
        why["name"] = f'named from "{c.name}" in the sentence: give it the name people will use'
    event = EventFound(name, sentence.paragraph, sentence.text, place=place, head=c.head.casefold())
    event.paragraphs.add(sentence.paragraph)
    if c.acronym:
        event.aliases.append(c.acronym)
        ordinal = _ORDINAL.search(c.name)
        if ordinal:
            event.aliases.append(f"{ordinal.group(0)} {c.acronym}")
    if place:
        why["place"] = f'from "in {place}" in the sentence'
    event.entities = list(dict.fromkeys(m.entity for m in mentions))
    event.why = why
    if found is not None and found.date is not None:
        event.date, event.qualifier = found.date, found.qualifier
        event.date_note = found.note or None
        if found.since:
            event.date_note = f'The article says "{found.text}": the last time before, in {found.date}.'
    elif _present_tense(reg, sentence.text):
        event.date = PartialDate(published.year)
        verb = _present_tense(reg, sentence.text)
        event.date_note = (
            f'The article speaks of it in the present ("{verb}"), so the year of publication, '
            f"{published.year}."
        )
        event.why["date"] = "no date in the sentence"
    near = sentence.text[max(0, c.start - 40) : c.end]
    if found is not None and (found.offset_months or found.offset_days):
        event.why["date"] = "counted from the event dated before it: is that what it follows?"
        event.planned = _planned(replace(event, date=None), near, published)
    else:
        event.planned = _planned(event, near, published)
    return event


_OBJECT_END = re.compile(
    r"\s+(?:on|in|at|from|into|off|over|near|that|which|who|to|for|with|by|as|during|after|before|"
    r"early|late|last|this|next|and)\b|[,.;:()“”\"]|$"
)


def _object_of(reg: Registry, text: str, c: Candidate) -> str | None:
    """What an event verb acts on, named: 'fired a Hwasong-15 intercontinental ballistic missile'
    gives 'a Hwasong-15 intercontinental ballistic missile'; 'the Washington Declaration, which
    they adopted' gives 'the Washington Declaration'. None for a person, a country or a pronoun."""
    after = text[c.end :]
    match = re.match(r"\s+(?P<what>(?:the|a|an|two|three|four|five|several|\d+)\s+[^\s,.;:()“”\"]+.*)", after)
    what = None
    if match is not None:
        rest = match.group("what")
        cut = _OBJECT_END.search(rest, len(rest.split()[0]) + 1)
        what = rest[: cut.start() if cut else len(rest)].strip()
    else:  # "the Washington Declaration, which Presidents ... adopted"
        which = re.search(
            r"(?P<what>the\s+(?:[A-Z][\w’'-]*\s+)*[A-Z][\w’'-]*),\s+which\s+[^,;.]*$", text[: c.start]
        )
        what = which.group("what") if which else None
    if not what or len(what.split()) < 2 or len(what.split()) > 8:
        return None
    bare = re.sub(r"^(?:the|a|an)\s+", "", what)
    if reg.gaz.lookup(bare) is not None or any(p.surname and p.surname in what for p in reg.people()):
        return None  # "met South Korean Defense Minister Lee": people name that event, not objects
    return what


def _subject(reg: Registry, mentions: list) -> str | None:
    nouns = [m for m in mentions if m.role == "noun" and reg.entities[m.entity].kind != "document"]
    return reg.entities[nouns[0].entity].name if nouns else None


def _present_tense(reg: Registry, text: str) -> str | None:
    for verb in reg.gaz.words("present_event_verbs"):
        match = re.search(rf"\b{re.escape(verb)}\b", text, re.I)
        if match and re.search(r"\banniversary\b", text, re.I):
            return match.group(0)
    return None


def _planned(event: EventFound, near: str, published: dt.date) -> bool:
    """Still to come at publication: dated after it, or spoken of in the future just before."""
    if event.date is not None:
        d = event.date
        after = (d.year, d.month or 13, d.day or 32) > (published.year, published.month, published.day)
        before = (d.year, d.month or 0, d.day or 0) < (published.year, published.month, published.day)
        if d.precision == "day" or after != before:
            return after and not before
    return bool(
        re.search(r"\b(?:will|plans?\s+to|scheduled|agreed\s+to\s+hold|set\s+to|to\s+be\s+held)\b", near)
    )


def _place(reg: Registry, text: str, c: Candidate) -> str | None:
    best: tuple[int, str] | None = None
    for match in reg.gaz.surface_re.finditer(text):
        before = text[max(0, match.start() - 12) : match.start()]
        form = match.group(0)
        # "in Seoul", "over the Yellow Sea"; "the port city of Busan" for a place that is no capital
        if not re.search(r"\b(?:in|at|over|into|near|off)\s+(?:the\s+)?$", before) and not (
            form in reg.gaz.places and re.search(r"\b(?:city|port|town|island|base|village)\s+of\s+$", before)
        ):
            continue
        surface = reg.gaz.lookup(form.replace("’", "'"))
        is_place = form in reg.gaz.places or (surface is not None and surface.role in ("capital", "name"))
        if not is_place or (surface is not None and reg.gaz.entries[surface.key].kind != "country"
                            and form not in reg.gaz.places):  # fmt: skip
            continue
        gap = abs(match.start() - c.end)
        if best is None or gap < best[0]:
            best = (gap, form)
    return best[1] if best else None


def _key_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", name.casefold()) if w not in _MODIFIER_STOP and len(w) > 1}


def _merge(events: list[EventFound]) -> list[EventFound]:
    """Later mentions of an event, by the same acronym or a name within its name, join it."""
    out: list[EventFound] = []
    for event in events:
        same = next((e for e in out if _same(e, event)), None)
        if same is None:
            out.append(event)
            continue
        same.paragraphs |= event.paragraphs
        for alias in event.aliases:
            if alias not in same.aliases:
                same.aliases.append(alias)
        if same.date is None and event.date is not None:
            same.date, same.qualifier, same.date_note = event.date, event.qualifier, event.date_note
        same.entities = list(dict.fromkeys([*same.entities, *event.entities]))
        same.place = same.place or event.place
    return out


def _same(a: EventFound, b: EventFound) -> bool:
    ordinals = {m.group(0).casefold() for m in (_ORDINAL.search(a.name), _ORDINAL.search(b.name)) if m}
    if len(ordinals) > 1:  # the 54th and the 55th meeting are two
        return False
    if set(a.aliases) & set(b.aliases):
        return True
    if a.head != b.head:
        return False
    if a.date is not None and b.date is not None and a.date != b.date:
        return False
    wa, wb = _key_words(a.name), _key_words(b.name)
    small, large = sorted((wa, wb), key=len)
    ordinals = {m.group(0).casefold() for m in (_ORDINAL.search(a.name), _ORDINAL.search(b.name)) if m}
    if len(ordinals) > 1:
        return False
    capitalised = not a.name[:1].islower() and not b.name[:1].islower() and " " in a.name and " " in b.name
    return capitalised and len(small) >= 2 and small <= large


def _from_context(reg: Registry, event: EventFound, context: tuple[str, ...], published: dt.date) -> None:
    """A more precise date (and a place) for the event from source.yaml's context lines."""
    words = _key_words(event.name) | {a.casefold() for a in event.aliases}
    words -= {"meeting", "talks", "drills", "exercise", "summit", "visit"} if len(words) > 2 else set()
    for line in context:
        line_words = set(re.findall(r"[a-z0-9]+", line.casefold()))
        shared = words & line_words
        if len(shared) < min(2, len(words)):
            continue
        dated = [d for d in find_dates(line, published, tense="past") if d.date is not None]
        if not dated:
            continue
        better = max(dated, key=lambda d: (d.date.precision == "day", d.date.precision == "month"))  # type: ignore[union-attr]
        if event.date is None or not _within(better.date, event.date):  # type: ignore[arg-type]
            continue
        if better.date is None or better.date == event.date or _coarser(better.date, event.date):
            continue
        said = event.date_note or f"The article gives {event.date.human(event.qualifier)}."
        event.date = better.date
        event.qualifier = better.qualifier if better.date.day else event.qualifier
        event.date_note = (
            f'{said.rstrip(".")}; {better.date.human()} is from other reporting (source.yaml: "{line}").'
        )
        event.why["date"] = "from source.yaml's context"
        if event.place is None:
            place = re.search(r"\b(?:in|at)\s+(" + reg.gaz.surface_re.pattern + ")", line)
            if place:
                event.place = place.group(1)
                event.why["place"] = "from source.yaml's context"
        return


def _within(fine: PartialDate, coarse: PartialDate) -> bool:
    if fine.year != coarse.year:
        return False
    return not coarse.month or fine.month == coarse.month


def _coarser(a: PartialDate, b: PartialDate) -> bool:
    order = {"year": 0, "month": 1, "day": 2}
    return order[a.precision] <= order[b.precision]
