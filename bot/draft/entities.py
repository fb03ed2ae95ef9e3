"""People and organizations in the text: gazetteer names, titled names, groups and bodies.

Finding runs in passes over the paragraphs, each adding entities and mentions to a
`Registry`: the gazetteer's countries and organizations (capitals and demonyms included),
people (by title, by apposition, by a Korean name's shape, by a speech verb), organizations by
their shape ("North Korean Foreign Ministry"), armed forces by demonym, and the parties of a
meeting ("the two sides").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import Gazetteer, Title
from .model import Entity, Mention, Sentence

_TOKEN = r"(?:[A-Z][a-z]?[A-Z][a-z]+|[A-Z][a-z]+(?:[-'’][A-Za-z][a-z]+)*|[A-Z]\.)"
_NAME_RE = re.compile(rf"{_TOKEN}(?:\s+{_TOKEN}){{0,3}}(?:\s+(?:Jr\.|Sr\.|II|III|IV)(?!\w))?")
_PREPOSITIONS = frozenset(
    "in at to from with of for on by between over against into about among via toward towards".split()
)
_NOT_NAMES = frozenset(
    """The A An This That These Those He She It They We I His Her Its Their Our But And Or As
    In On At By For With From During After Before Amid While When Where If Also However Meanwhile
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December""".split()
)


@dataclass
class Registry:
    """Entities by name, and every mention of them, in the order found."""

    gaz: Gazetteer
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    masks: dict[int, list[tuple[int, int]]] = field(default_factory=dict)  # paragraph -> taken spans

    def add(self, name: str, kind: str, **values: object) -> Entity:
        entity = self.entities.get(name)
        if entity is None:
            entity = self.entities[name] = Entity(name, kind, **values)  # type: ignore[arg-type]
        return entity

    def mention(self, entity: Entity, paragraph: int, start: int, end: int, text: str, role: str) -> None:
        entity.seen(paragraph, start)
        self.mentions.append(Mention(entity.name, paragraph, start, end, text, role))

    def mask(self, paragraph: int, start: int, end: int) -> None:
        self.masks.setdefault(paragraph, []).append((start, end))

    def masked(self, paragraph: int, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.masks.get(paragraph, ()))

    def people(self) -> list[Entity]:
        return [e for e in self.entities.values() if e.kind == "person"]

    def in_span(self, paragraph: int, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.paragraph == paragraph and start <= m.start and m.end <= end]


# --- the gazetteer's names ------------------------------------------------------------------


def gazetteer_pass(reg: Registry, paragraphs: list[str]) -> None:
    gaz = reg.gaz
    for number, text in enumerate(paragraphs, 1):
        for match in gaz.surface_re.finditer(text):
            form = match.group(0)
            start, end = match.span()
            reg.mask(number, start, end)
            if form in gaz.places or _normal(form) in gaz.places:
                continue  # a place: events take it; it names no actor
            surface = gaz.lookup(_normal(form))
            if surface is None:
                continue
            known = gaz.entries[surface.key]
            public = re.match(r"\s+(?:public|people)\b", text[end:]) if surface.role == "adjective" else None
            people_form = next(
                (f for f, s in gaz.surfaces.items() if s.role == "people" and s.key == known.name), None
            )
            if public is not None and people_form is not None:  # "a South Korean public": South Koreans
                entity = reg.add(people_form, "group", country=known.name, origin="gazetteer")
                entity.why.setdefault("name", f'the people of {known.name} ("{form}{public.group(0)}")')
                entity.add_alias(f"{form}{public.group(0)}")
                reg.mention(entity, number, start, end + public.end(), form, "noun")
                continue
            if surface.role == "people":  # "South Koreans": the people, a group of their own
                entity = reg.add(form, "group", country=known.name, origin="gazetteer")
                entity.why.setdefault("name", f'the people of {known.name} ("{form}")')
                reg.mention(entity, number, start, end, form, "noun")
                continue
            entity = reg.add(known.name, known.kind, country=known.country, origin="gazetteer")
            if not entity.aliases:
                for alias in (known.official, *known.acronyms, *known.aliases):
                    if alias:
                        entity.add_alias(alias)
                entity.why.setdefault("aliases", "from the gazetteer (bot/draft/gazetteer.yaml)")
            if surface.role in ("capital", "alias", "acronym", "official"):
                entity.add_alias(_normal(form))
            role = "adjective" if surface.role == "adjective" else "noun"
            if role == "noun" and _preceded_by_preposition(text, start):
                role = "place" if surface.role == "capital" else "object"
            reg.mention(entity, number, start, end, form, role)


def _normal(form: str) -> str:
    return " ".join(form.replace("’", "'").split())


def _preceded_by_preposition(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].split()
    return (
        bool(before)
        and before[-1].casefold() in _PREPOSITIONS | {"the"}
        and (before[-1].casefold() != "the" or (len(before) > 1 and before[-2].casefold() in _PREPOSITIONS))
    )


# --- people -----------------------------------------------------------------------------------


@dataclass
class PersonHint:
    name: str
    paragraph: int
    start: int
    end: int
    role: str | None = None
    country: str | None = None
    title: Title | None = None
    title_text: str | None = None
    why: str = ""


def people_pass(reg: Registry, paragraphs: list[str], sentences: list[Sentence]) -> None:
    hints: list[PersonHint] = []
    for sentence in sentences:
        hints += _titled(reg, sentence)
    for sentence in sentences:
        hints += _appositive(reg, sentence, hints)
        hints += _role_after(reg, sentence)
        hints += _korean_shaped(reg, sentence)
        hints += _speakers(reg, sentence)
    full = [h for h in hints if len(h.name.split()) > 1]
    single = [h for h in hints if len(h.name.split()) == 1]
    for hint in sorted(full, key=lambda h: (h.paragraph, h.start)):
        _add_person(reg, hint)
    for hint in single:  # "Minister Lee": the person with that surname, or a person known so far only so
        owner = next((p for p in reg.people() if p.surname == hint.name), None)
        if owner is None and hint.title_text:  # "President Yoon": a person, known by surname only
            hint.why = hint.why + "; the article gives only the surname"
            _add_person(reg, hint)
        elif owner is None:
            continue  # "Reuters reported": one capitalised word beside a verb is not enough
        else:
            _add_person(reg, PersonHint(**{**hint.__dict__, "name": owner.name}))
    _surname_mentions(reg, paragraphs)


def _titled(reg: Registry, sentence: Sentence) -> list[PersonHint]:
    """'U.S. Secretary of Defense Lloyd Austin', 'North Korean leader Kim Jong Un'."""
    gaz, out = reg.gaz, []
    text = sentence.text
    for match in gaz.title_re.finditer(text):
        start, end = match.span()
        if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue
        name_match = re.match(r"\s+(" + _NAME_RE.pattern + ")", text[end:])
        if not name_match:
            continue
        name = _trim_name(reg, name_match.group(1))
        if not name:
            continue
        title = gaz.title_forms[match.group(0).casefold()]
        prefix, country = _country_before(reg, text, start)
        title_text = match.group(0)
        role = f"{prefix} {title_text}".strip() if prefix else title_text
        country = country or title.country
        at = sentence.start + end + name_match.start(1)
        out.append(
            PersonHint(
                name,
                sentence.paragraph,
                at,
                at + len(name),
                role=_title_case_role(role),
                country=country,
                title=title,
                title_text=title_text,
                why=f'title before the name ("{role} {name}")',
            )
        )
    return out


def _title_case_role(role: str) -> str:
    """'defense minister' -> 'Defense Minister' when the title was written in lower case."""
    words = role.split()
    return " ".join(
        w[:1].upper() + w[1:] if w.islower() and w not in ("of", "the", "for") else w for w in words
    )


def _country_before(reg: Registry, text: str, start: int) -> tuple[str, str | None]:
    """The country words right before a title: ('U.S.', 'United States'), ("South Korea's", ...)."""
    head = text[:start].rstrip()
    for match in reg.gaz.surface_re.finditer(head):
        tail = head[match.end() :]
        if tail.strip() in ("", "'s", "’s"):
            surface = reg.gaz.lookup(_normal(match.group(0)))
            if surface is not None and reg.gaz.entries[surface.key].kind == "country":
                return head[match.start() :].strip(), surface.key
    return "", None


def _trim_name(reg: Registry, name: str) -> str:
    """A name without trailing words that are not part of it (months, places, titles)."""
    tokens = name.split()
    while len(tokens) > 1 and (reg.gaz.is_title_word(tokens[0]) or tokens[0] in reg.gaz.adjectives):
        tokens.pop(0)  # "President Yoon Suk Yeol said": the title is not part of the name
    while tokens and (
        tokens[-1] in _NOT_NAMES
        or reg.gaz.lookup(tokens[-1]) is not None
        or tokens[-1] in reg.gaz.organization_words
    ):
        tokens.pop()
    if not tokens or tokens[0] in _NOT_NAMES or reg.gaz.lookup(" ".join(tokens)) is not None:
        return ""
    if any(reg.gaz.lookup(t) is not None or t in reg.gaz.places for t in tokens):
        return ""
    return " ".join(tokens)


_ROLE_RE_CACHE: dict[int, re.Pattern[str]] = {}


def _appositive(reg: Registry, sentence: Sentence, hints: list[PersonHint]) -> list[PersonHint]:
    """'his South Korean counterpart, Lee Jong-sup,': a name set off by commas after a role."""
    pattern = _ROLE_RE_CACHE.get(id(reg.gaz))
    if pattern is None:
        nouns = "|".join(re.escape(n) for n in reg.gaz.words("role_nouns"))
        pattern = re.compile(
            rf"\b(?:his|her|their|its|the|a|an)\s+(?P<adj>(?:[A-Z][\w.’'-]*\s+)*)"
            rf"(?P<noun>{nouns})\s*,\s+(?P<name>{_NAME_RE.pattern})(?=\s*[,.;]|\s+(?:in|on|at|and|who|said)\b)"
        )
        _ROLE_RE_CACHE[id(reg.gaz)] = pattern
    out = []
    for match in pattern.finditer(sentence.text):
        name = _trim_name(reg, match.group("name"))
        if len(name.split()) < 2:
            continue
        adjective = match.group("adj").strip()
        surface = reg.gaz.lookup(_normal(adjective)) if adjective else None
        country = surface.key if surface is not None else None
        noun = match.group("noun")
        role = f"{adjective} {noun}".strip()
        why = f'named after "{match.group(0).split(",")[0]}"'
        if noun == "counterpart":  # the same office as the titled person of the sentence
            other = next(
                (h for h in hints if h.paragraph == sentence.paragraph and h.title is not None),
                None,
            )
            generic = reg.gaz.generic_title(other.title.office) if other and other.title else None
            if generic is not None:
                role = f"{adjective} {generic.title}".strip()
                why += f'; the role is the counterpart of {other.name} ("{other.role}")'  # type: ignore[union-attr]
        at = sentence.start + match.start("name")
        out.append(PersonHint(name, sentence.paragraph, at, at + len(name), role, country, why=why))
    return out


def _role_after(reg: Registry, sentence: Sentence) -> list[PersonHint]:
    """'Ana Ruiz, the navy's deputy chief of staff,': a name, then a role set off by commas."""
    pattern = _ROLE_RE_CACHE.get(-id(reg.gaz))
    if pattern is None:
        pattern = re.compile(
            rf"(?P<name>{_NAME_RE.pattern}),\s+(?P<role>(?:the\s+|an?\s+)?[^,.;:()“”\"]{{3,120}}?)(?=\s*[,.;:]|$)"
        )
        _ROLE_RE_CACHE[-id(reg.gaz)] = pattern
    nouns = {n.casefold() for n in reg.gaz.words("role_nouns")}
    out = []
    for match in pattern.finditer(sentence.text):
        name = _trim_name(reg, match.group("name"))
        role = match.group("role").strip()
        words = [w.casefold().strip("’'") for w in role.split()]
        head = next((i for i, w in enumerate(words[:8]) if w in nouns), None)
        if len(name.split()) < 2 or name != match.group("name") or head is None:
            continue
        if role[:1].isupper() and not re.match(r"\S+['’]s\s", role) and not reg.gaz.lookup(role.split()[0]):
            continue  # "Lima, Santiago and Quito": a list, not a role
        start = sentence.start + match.start("name")
        if reg.masked(sentence.paragraph, start, start + len(name)):
            continue
        country = None
        for surface in reg.gaz.surface_re.finditer(role):
            found = reg.gaz.lookup(_normal(surface.group(0)))
            if found is not None and reg.gaz.entries[found.key].kind == "country":
                country = found.key
                break
        role = re.sub(r"^(?:the|an?)\s+", "", role)
        why = f'a role after the name ("{name}, {match.group("role").strip()}")'
        out.append(PersonHint(name, sentence.paragraph, start, start + len(name), role, country, why=why))
    return out


def _korean_shaped(reg: Registry, sentence: Sentence) -> list[PersonHint]:
    """'Lee Jong-sup', 'Yoon Suk Yeol': a Korean surname and a given name, without a title."""
    surnames = "|".join(reg.gaz.words("korean_surnames"))
    pattern = re.compile(
        rf"\b(?:{surnames})\s+(?:[A-Z][a-z]+-[a-z]+|[A-Z][a-z]{{1,5}}\s+[A-Z][a-z]{{1,5}})\b"
    )
    out = []
    for match in pattern.finditer(sentence.text):
        start = sentence.start + match.start()
        if reg.masked(sentence.paragraph, start, start + len(match.group(0))):
            continue
        name = match.group(0)
        out.append(
            PersonHint(
                name, sentence.paragraph, start, start + len(name), why="a Korean surname and given name"
            )
        )
    return out


def _speakers(reg: Registry, sentence: Sentence) -> list[PersonHint]:
    """'Kim Yo Jong said', 'said John Kirby': a capitalised name beside a speech verb."""
    verbs = "|".join(v for v in reg.gaz.words("speech_verbs") if v != "according")
    out = []
    for pattern in (
        re.compile(rf"(?P<name>{_NAME_RE.pattern})\s+(?:also\s+)?(?:{verbs})\b"),
        # "..., said John Kirby": the verb after a quotation or a comma; "say Freedom Shield is ..." is not
        re.compile(rf"[,”\"]\s*(?:{verbs})\s+(?P<name>{_NAME_RE.pattern})"),
    ):
        for match in pattern.finditer(sentence.text):
            name = _trim_name(reg, match.group("name"))
            if not name:
                continue
            start = sentence.start + match.start("name")
            if reg.masked(sentence.paragraph, start, start + len(name)):
                continue
            out.append(
                PersonHint(
                    name,
                    sentence.paragraph,
                    start,
                    start + len(name),
                    why=f'a name beside a speech verb ("{match.group(0)}")',
                )
            )
    return out


def surname_of(reg: Registry, name: str) -> str:
    tokens = [t for t in name.split() if t not in ("Jr.", "Sr.", "II", "III", "IV")]
    east = set(reg.gaz.words("korean_surnames")) | set(reg.gaz.words("chinese_surnames"))
    if len(tokens) > 1 and tokens[0] in east:
        return tokens[0]
    return tokens[-1]


def _add_person(reg: Registry, hint: PersonHint) -> None:
    person = reg.entities.get(hint.name)
    if person is not None and person.kind != "person":
        return
    if person is None:
        person = reg.add(hint.name, "person")
        person.surname = surname_of(reg, hint.name)
        person.why["name"] = hint.why
        if len(hint.name.split()) > 1:
            _spelling_aliases(reg, person)
    if hint.role and not person.role:
        person.role = hint.role
        person.why["role"] = hint.why
        person.office = hint.title.office if hint.title else None
        if hint.title is None:  # the counterpart's office, through its generic title
            title = reg.gaz.title_forms.get(hint.role.split(" ", 1)[-1].casefold()) if hint.role else None
            person.office = title.office if title else None
    if hint.country and not person.country:
        person.country = hint.country
    if hint.title_text:
        if hint.role and " " in hint.role:  # "U.S. President"; "President" alone names too many
            person.add_alias(hint.role)
        if " " in hint.title_text:  # "Defense Minister" alone; "Leader" alone names too many
            person.add_alias(_title_case_role(hint.title_text))
        if person.surname:  # "Secretary Austin", "Minister Lee"
            short = _title_case_role(hint.title_text).split(" of ")[0].split()[-1]
            person.add_alias(f"{short} {person.surname}")
    reg.mention(person, hint.paragraph, hint.start, hint.end, hint.name, "noun")
    reg.mask(hint.paragraph, hint.start, hint.end)


def _spelling_aliases(reg: Registry, person: Entity) -> None:
    """Surname, given name, and a hyphenated Korean given name spelt the other usual ways."""
    tokens = person.name.split()
    if person.surname:
        person.add_alias(person.surname)
    given = [t for t in tokens if t != person.surname and t not in ("Jr.", "Sr.", "II", "III", "IV")]
    if len(given) == 1 and not given[0].endswith("."):
        person.add_alias(given[0])
    hyphened = [t for t in tokens if "-" in t]
    if hyphened and person.surname == tokens[0]:
        person.add_alias(person.name.replace("-", " "))
        person.add_alias(person.name.replace("-", ""))
        person.why.setdefault("aliases", "other usual spellings of a Korean given name")


def _surname_mentions(reg: Registry, paragraphs: list[str]) -> None:
    """'Austin' alone, after 'Lloyd Austin': a mention of the same person."""
    for person in reg.people():
        forms = {person.name, *(a for a in person.aliases if a[:1].isupper())}
        pattern = re.compile(
            r"(?<![\w-])(?:"
            + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
            + r")(?![\w-])"
            r"(?!\s+[A-Z][a-z])"
        )
        for number, text in enumerate(paragraphs, 1):
            for match in pattern.finditer(text):
                if reg.masked(number, *match.span()) and not any(
                    m.entity == person.name and m.paragraph == number and m.start == match.start()
                    for m in reg.mentions
                ):
                    continue
                if any(m.paragraph == number and m.start == match.start() for m in reg.mentions):
                    continue
                reg.mention(person, number, match.start(), match.end(), match.group(0), "noun")
                reg.mask(number, *match.span())


# --- organizations, armed forces, groups ----------------------------------------------------


def organizations_pass(reg: Registry, paragraphs: list[str]) -> None:
    gaz = reg.gaz
    words = sorted(gaz.organization_words, key=len, reverse=True)
    org_re = re.compile(
        r"(?:[A-Z][\w.’'-]*\s+(?:(?:of|for|and|the)\s+)?)*(?:" + "|".join(map(re.escape, words)) + r")\b"
        r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?"
    )
    for number, text in enumerate(paragraphs, 1):
        for match in org_re.finditer(text):
            name = match.group(0).strip()
            joined = re.match(rf"(.*?\b(?:{'|'.join(map(re.escape, words))}))\s+and\s+", name)
            if joined is not None:  # "U.S. Strategic Command and U.S. Forces Korea": two bodies
                name = joined.group(1)
            name = re.sub(r"^(?:The|the)\s+", "", name)
            start = match.start() + 4 if match.group(0).startswith(("The ", "the ")) else match.start()
            if len(name.split()) < 2 or _inside_quotes(text, match.start()):
                continue
            if gaz.lookup(name) is not None:
                continue  # the gazetteer's own (National Assembly), found by its pass
            first = name.split()[0]
            if first in _NOT_NAMES:
                continue
            head = next(w for w in words if re.search(rf"\b{re.escape(w)}\b", name))
            country = None
            for surface in gaz.surface_re.finditer(name):
                found = gaz.lookup(_normal(surface.group(0)))
                if found is not None and gaz.entries[found.key].kind == "country":
                    country = found.key
                    break
            entity = reg.add(name, gaz.organization_words[head], country=country)
            entity.why.setdefault("name", f'a capitalised name ending in "{head}"')
            if country and entity.kind == "government":
                rest = name.split(" ", 2)[-1] if len(name.split()) > 2 else name
                entity.add_alias(rest)
            reg.mention(entity, number, start, start + len(name), name, "noun")
            reg.mask(number, start, start + len(name))
    _armed_forces(reg, paragraphs)
    _groups(reg, paragraphs)


def _inside_quotes(text: str, at: int) -> bool:
    return text[:at].count("“") > text[:at].count("”")


def _armed_forces(reg: Registry, paragraphs: list[str]) -> None:
    gaz = reg.gaz
    adjectives = sorted(gaz.adjectives, key=len, reverse=True)
    adj = "|".join(re.escape(a) for a in adjectives)
    forces = "|".join(re.escape(w) for w in sorted(gaz.words("military_words"), key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w.])(?:{adj})(?:\s+and\s+(?:the\s+)?(?:{adj}))?\s+(?:{forces})\b")
    for number, text in enumerate(paragraphs, 1):
        for match in pattern.finditer(text):
            name = match.group(0)
            if _inside_quotes(text, match.start()) or text[max(0, match.start() - 1) : match.start()] == "-":
                continue  # "“anti-DPRK military maneuvers”": words quoted, no armed forces of the text
            countries = []
            for surface in gaz.surface_re.finditer(name):
                found = gaz.lookup(_normal(surface.group(0)))
                if found is not None:
                    countries.append(found.key)
            entity = reg.add(name, "military", country=countries[0] if len(countries) == 1 else None)
            entity.why.setdefault("name", f'armed forces named by demonym ("{name}")')
            reg.mention(entity, number, match.start(), match.end(), name, "noun")


def _groups(reg: Registry, paragraphs: list[str]) -> None:
    """'the two sides', 'the two leaders': one group, the parties of the article's meeting."""
    phrases = sorted(reg.gaz.words("groups"), key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)
    found = [(n, m) for n, text in enumerate(paragraphs, 1) for m in pattern.finditer(text)]
    if not found:
        return
    counts: dict[str, int] = {}
    for _, match in found:
        counts[match.group(0).casefold()] = counts.get(match.group(0).casefold(), 0) + 1
    name = max(counts, key=lambda p: counts[p])  # the most used phrase names the group
    group = reg.add(name[0].upper() + name[1:], "group", origin="parties")
    group.why["name"] = "the parties the article speaks of together"
    for number, match in found:
        group.add_alias(match.group(0).casefold())
        reg.mention(group, number, match.start(), match.end(), match.group(0), "noun")
    if group is not None:
        people = sorted(reg.people(), key=lambda p: p.first)[:2]
        two = any(w in group.name.casefold() for w in ("two", "both"))
        if two and len(people) == 2:
            group.members = [p.name for p in people]
            group.why["members"] = "the first two people the article names"


# --- what is left out -------------------------------------------------------------------------


def prune(reg: Registry, paragraphs: list[str], speakers: set[str]) -> None:
    """Entries the text names but that are nobody in it: the parties ("the allies") when they
    neither speak nor agree (they are the countries or people it lists already); a body named
    only by its building, as a place ("at the Pentagon", "a White House summit"); a country named only in
    a title ("French President Emmanuel Macron": his country, not an actor)."""
    for name, entity in list(reg.entities.items()):
        if name in speakers:
            continue
        mentions = [m for m in reg.mentions if m.entity == name]
        if (entity.origin == "parties" and not any(_speaks(reg, paragraphs, m) for m in mentions)) or (
            mentions
            and entity.origin == "gazetteer"
            and (
                (entity.kind != "country" and all(_as_place(reg, paragraphs, m) for m in mentions))
                or (entity.kind == "country" and all(_in_title(reg, paragraphs, m) for m in mentions))
            )
        ):
            del reg.entities[name]
            reg.mentions = [m for m in reg.mentions if m.entity != name]


def _speaks(reg: Registry, paragraphs: list[str], m: Mention) -> bool:
    """'The two sides agreed', 'the allies say': the subject of a verb of saying or agreeing."""
    verbs = "|".join(re.escape(v) for v in (*reg.gaz.words("speech_verbs"), "agreed", "agree", "agrees"))
    return bool(
        re.match(rf"\s+(?:also\s+|have\s+|had\s+|has\s+)?(?:{verbs})\b", paragraphs[m.paragraph - 1][m.end :])
    )


def _as_place(reg: Registry, paragraphs: list[str], m: Mention) -> bool:
    """'at the Pentagon', 'a White House summit': a building named as where things happen."""
    buildings = {b.casefold() for b in reg.gaz.words("buildings")}
    if re.sub(r"^the\s+", "", m.text.casefold()) not in buildings:
        return False
    text = paragraphs[m.paragraph - 1]
    nouns = "|".join(re.escape(n) for n in reg.gaz.words("event_nouns"))
    return bool(
        re.search(r"\b(?:at|in|inside|outside)\s+(?:the\s+)?$", text[: m.start])
        or re.match(rf"\s+(?:{nouns})\b", text[m.end :])
    )


def _in_title(reg: Registry, paragraphs: list[str], m: Mention) -> bool:
    text = paragraphs[m.paragraph - 1]
    title = reg.gaz.title_re.match(text, m.end + 1) if m.role == "adjective" else None
    return title is not None and bool(re.match(rf"\s+{_NAME_RE.pattern}", text[title.end() :]))
