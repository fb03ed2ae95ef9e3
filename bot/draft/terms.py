"""Terms: acronyms the text defines, names it explains, quoted phrases and defence terms.

Acronyms are matched to their long form by the Schwartz and Hearst algorithm (each letter
of the short form found, right to left, at the start of a word or inside it, the first
letter at a word's start): "Democratic People's Republic of Korea's (DPRK)" gives DPRK.
A long form in lower case is taken only when the letters are its words' initials
("exclusive economic zone (EEZ)"); a plural short form names the singular ("submarines
(SSBNs)" gives SSBN); two short forms in one bracket ("table-top exercise (DSC TTX)") are a
compound, each part defined by its own words; a title's head before "on the", "of the" or
"for the" belongs to the name ("Treaty on the Non-Proliferation of Nuclear Weapons (NPT)").
Apart from definitions, the acronym of a country's official name used in the text (DPRK)
gives the official name as a term, and the gazetteer's terms are found in the singular or
plural.
"""

from __future__ import annotations

import re

from .entities import Registry
from .gazetteer import Known
from .model import Sentence, TermFound
from .quotes import QuotedSpan

_PAREN_RE = re.compile(r"\((?P<short>[A-Z][A-Za-z0-9&.-]{1,9}(?:\s[A-Z][A-Za-z0-9&.-]{1,9})?)\)")
_HEAD_BEFORE_RE = re.compile(r"(?P<head>[A-Z][a-z]+)\s+(?:on|of|for)\s+(?:the\s+)?$")
_REVERSE_RE = re.compile(r"\b(?P<short>[A-Z][A-Z0-9&-]{1,9})\s+\((?P<long>[A-Z][^()]{3,80})\)")


def long_form(short: str, before: str) -> str | None:
    """The words before '(SHORT)' that it abbreviates, or None (Schwartz & Hearst, 2003)."""
    letters = [c.casefold() for c in short if c.isalnum()]
    words = re.findall(r"[\w’'.]+|-", before)
    words = [w for w in words if w != "-"][-min(len(letters) + 5, len(letters) * 2) :]
    text = " ".join(words)
    s_index, l_index = len(letters) - 1, len(text) - 1
    while s_index >= 0:
        c = letters[s_index]
        while l_index >= 0 and (
            text[l_index].casefold() != c or (s_index == 0 and l_index > 0 and text[l_index - 1].isalnum())
        ):
            l_index -= 1
        if l_index < 0:
            return None
        l_index -= 1
        s_index -= 1
    start = text.rfind(" ", 0, l_index + 1) + 1
    found = text[start:]
    found = re.sub(r"['’]s$", "", found).strip()
    found = re.sub(r"^(?:the|The|a|an)\s+", "", found)
    if len(found.split()) < 2 and len(letters) > 2:
        return None
    return found if found[:1].isupper() else None


def _initials_form(short: str, before: str) -> str | None:
    """A long form in lower case, taken only when the letters are exactly its words' initials:
    'exclusive economic zone (EEZ)', 'short-range ballistic missiles (SRBMs)'."""
    letters = [c for c in short if c.isalnum()]
    words = re.findall(r"[A-Za-z][\w’']*", before)
    if len(words) < len(letters) or len(letters) < 2:
        return None
    picked = words[-len(letters) :]
    if any(w[0].casefold() != c.casefold() for w, c in zip(picked, letters, strict=True)):
        return None
    # the words as written (hyphens kept), from the first picked one to the end
    at = [m.start() for m in re.finditer(r"[A-Za-z][\w’']*", before)][-len(letters)]
    return before[at:].strip()


def _definition_of(short: str, before: str) -> tuple[str, str] | None:
    """(long form, short form) for '(SHORT)' after `before`, with the rules of the module."""
    singular = short[:-1] if len(short) > 2 and short.endswith("s") and short[:-1].isupper() else short
    long = long_form(singular, before) or _initials_form(singular, before)
    if long is None and re.search(r"[a-z]-[A-Z]", before):  # "Non-Proliferation": not two names joined
        long = long_form(singular, before.replace("-", " "))
    if long is None:
        return None
    long = _as_written(long, before)
    if singular != short and long.endswith("s") and not long.endswith("ss"):
        long = long[:-1]  # "submarines (SSBNs)": the term is the singular
    at = before.rfind(long)
    head = _HEAD_BEFORE_RE.search(before[:at]) if at > 0 else None
    if head is not None and head.group("head")[0].casefold() in singular.casefold():
        long = before[head.start() : at] + long  # "Treaty on the ..."
    return long, singular


def _as_written(long: str, before: str) -> str:
    """The long form with the hyphens the text gives it ('table-top', 'Non-Proliferation')."""
    pattern = r"[\s-]+".join(re.escape(w) for w in long.split())
    found = list(re.finditer(pattern, before))
    return found[-1].group(0) if found else long


def find_terms(
    reg: Registry, paragraphs: list[str], sentences: list[Sentence], names: list[QuotedSpan]
) -> list[TermFound]:
    terms: dict[str, TermFound] = {}

    def add(term: str, definition: str, paragraph: int, **kw: object) -> TermFound:
        key = term.casefold()
        found = terms.get(key)
        if found is None:
            found = terms[key] = TermFound(term, definition, **kw)  # type: ignore[arg-type]
        found.paragraphs.add(paragraph)
        return found

    for sentence in sentences:
        text = sentence.text
        for match in _PAREN_RE.finditer(text):
            short = match.group("short")
            if sum(c.isupper() for c in short) < 2:
                continue
            # the words before, up to a comma, an opening bracket or a hyphen joining two names
            whole = re.split(r"[,(;:“”\"]", text[: match.start()])[-1]
            before = re.split(r"(?<=[a-z.])-(?=[A-Z])", whole)[-1]
            found = _definition_of(short, before) or (
                _definition_of(short, whole) if before != whole else None
            )
            if found is None:
                continue
            long, short = found
            term = add(long, _sentence_definition(sentence), sentence.paragraph, acronyms=[short])
            term.why.setdefault("definition", "the sentence that defines it: write what it is")
            for part, part_short in _compound_parts(long, short):  # "DSC TTX": DSC and TTX too
                sub = add(part, _sentence_definition(sentence), sentence.paragraph, acronyms=[part_short])
                sub.why.setdefault("definition", f'part of "{long}" ({short}): write what it is')
        for match in _REVERSE_RE.finditer(text):
            long, short = match.group("long").strip(), match.group("short")
            if long_form(short, long) == long:
                add(long, _sentence_definition(sentence), sentence.paragraph, acronyms=[short])
    _explanations(reg, terms, sentences)
    _gazetteer_terms(reg, terms, paragraphs, sentences)
    _quoted(terms, names, sentences, add)
    _vessels(reg, terms, sentences, add)
    # every paragraph using a term or its acronym cites it
    for term in terms.values():
        forms = [term.term, *term.acronyms]
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.I)
        for number, text in enumerate(paragraphs, 1):
            if pattern.search(text):
                term.paragraphs.add(number)
    return list(terms.values())


def _compound_parts(long: str, short: str) -> list[tuple[str, str]]:
    """'Deterrence Strategy Committee table-top exercise (DSC TTX)': each short form's own words,
    split where the first part's letters end."""
    parts = short.split()
    if len(parts) != 2:
        return []
    words = long.replace("-", " - ").split()
    first = [c.casefold() for c in parts[0] if c.isalnum()]
    initials = [w[0].casefold() for w in words if w != "-"]
    if initials[: len(first)] != first:
        return []
    count, cut = 0, 0
    for index, word in enumerate(words):
        if word != "-":
            count += 1
        if count == len(first):
            cut = index + 1
            break
    head = " ".join(words[:cut]).replace(" - ", "-")
    tail = " ".join(words[cut:]).replace(" - ", "-").strip()
    if not tail or tail.startswith("-"):
        return []
    return [(head, parts[0]), (tail, parts[1])]


def _sentence_definition(sentence: Sentence) -> str:
    return sentence.text.strip("() ")


def _explanations(reg: Registry, terms: dict[str, TermFound], sentences: list[Sentence]) -> None:
    """'Republic of Korea is the official name of South Korea': a definition from the text."""
    cues = "|".join(re.escape(c) for c in reg.gaz.words("explanations"))
    pattern = re.compile(rf"(?P<term>[A-Z][\w’'. -]{{2,80}}?)\s+(?P<cue>{cues})\s+(?P<what>[^.;()]+)")
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            term, cue, what = match.group("term").strip(), match.group("cue"), match.group("what").strip()
            definition = f"{cue.removeprefix('is ')} {what}."
            definition = definition[0].upper() + definition[1:]
            found = terms.get(term.casefold())
            if found is None:
                found = terms[term.casefold()] = TermFound(term, definition)
            found.definition = definition
            found.why.pop("definition", None)
            found.paragraphs.add(sentence.paragraph)


def _gazetteer_terms(
    reg: Registry, terms: dict[str, TermFound], paragraphs: list[str], sentences: list[Sentence]
) -> None:
    """Defence terms and acronym-bearing bodies the gazetteer knows, when the text uses them."""
    gaz = reg.gaz
    officials = {e.official.replace("'", "’"): e.name for e in gaz.entries.values() if e.official}
    for term in terms.values():  # "Democratic People’s Republic of Korea (DPRK)": the gazetteer says whose
        country = officials.get(term.term.replace("'", "’"))
        if country and "definition" in term.why:
            term.definition = f"The official name of {country}."
            term.why["definition"] = "from the gazetteer"
    known = list(gaz.terms)
    for entity in reg.entities.values():  # international bodies with an acronym (UNSC); a country's
        entry = gaz.entries.get(entity.name)  # own commands and agencies are entries, not terms
        if entry is not None and entry.acronyms and entry.kind == "organization":
            known.append(entry)
    for entry in gaz.entries.values():  # "DPRK" in the text: the official name it stands for
        if entry.kind == "country" and entry.official and entry.acronyms:
            known.append(
                Known(
                    entry.official, "term", entry.acronyms, definition=f"The official name of {entry.name}."
                )
            )
    for entry in known:  # a body by its name or acronym only: "the Pentagon" is not a term
        forms = [entry.name, *entry.acronyms, *(entry.aliases if entry.kind == "term" else ())]
        words = "|".join(re.escape(f).replace("'", "['’]") for f in sorted(forms, key=len, reverse=True))
        plural = r"(?:e?s)?" if entry.kind == "term" else ""  # "missiles" uses "missile"
        pattern = re.compile(
            rf"(?<![\w])(?:{words}){plural}(?![\w-])",
            re.I if entry.kind == "term" and entry.name.islower() else 0,
        )
        where = [
            s for s in sentences if any(not _inside_name(s.text, m, entry) for m in pattern.finditer(s.text))
        ]
        if not where:
            continue
        key = entry.name.casefold()
        found = terms.get(key) or next(
            (t for t in terms.values() if set(t.acronyms) & set(entry.acronyms)), None
        )
        if found is None:
            definition = entry.definition or _sentence_definition(where[0])
            found = terms[key] = TermFound(entry.name, definition, origin="gazetteer")
            found.why["definition"] = (
                "from the gazetteer: fit it to the article"
                if entry.definition
                else "the first sentence using it: write what it is"
            )
        for acronym in entry.acronyms:
            if acronym not in found.acronyms and acronym.replace(".", "") == acronym:
                found.acronyms.append(acronym)
        for alias in entry.aliases:
            if alias.casefold() != found.term.casefold() and alias not in found.aliases:
                found.aliases.append(alias)
        found.paragraphs.update(s.paragraph for s in where)


def _inside_name(text: str, match: re.Match[str], entry: Known) -> bool:
    """'Table-top Exercise' in 'Deterrence Strategy Committee Table-top Exercise': a common term
    written as part of a capitalised name is that name's, not a use of the term."""
    if not entry.name.islower() or not match.group(0)[:1].isupper():
        return False
    before = text[: match.start()].split()
    return bool(before) and before[-1][:1].isupper()


def _quoted(terms: dict[str, TermFound], names: list[QuotedSpan], sentences: list[Sentence], add) -> None:
    """Quoted names that are not events, and short quoted phrases ("hostile policies")."""
    for span in names:
        if span.text.casefold() in terms:
            continue
        sentence = next(
            s for s in sentences if s.paragraph == span.paragraph and s.start <= span.start < s.end + 1
        )
        term = add(span.text.strip(), _sentence_definition(sentence), span.paragraph)
        term.why.setdefault("definition", "the sentence that names it: write what it is")


def quoted_phrase_terms(terms: list[TermFound], quotes, sentences: list[Sentence]) -> None:
    """Scare quotes, a few words long, are phrases worth a definition too."""
    known = {t.term.casefold() for t in terms}
    for quote in quotes:
        phrase = re.sub(r"^(?:a|an|the)\s+", "", quote.text.strip(" .,;:!?"))
        words = phrase.split()
        if not 1 < len(words) <= 4 or phrase.casefold() in known or phrase[:1].isupper():
            continue
        sentence = next(
            s for s in sentences if s.paragraph == quote.paragraph and s.start <= quote.start < s.end + 1
        )
        term = TermFound(phrase, _sentence_definition(sentence), paragraphs={quote.paragraph})
        term.why["definition"] = "the sentence that quotes it: write what it means"
        terms.append(term)
        known.add(phrase.casefold())


def _vessels(reg: Registry, terms: dict[str, TermFound], sentences: list[Sentence], add) -> None:
    prefixes = "|".join(re.escape(p) for p in reg.gaz.words("vessel_prefixes"))
    pattern = re.compile(rf"\b(?:{prefixes})\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}}")
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            name = match.group(0)
            term = add(name, _sentence_definition(sentence), sentence.paragraph, is_a=["ship"])
            term.why.setdefault("definition", "the sentence that names the ship: write what it is")
            bare = name.split(" ", 1)[1]
            if bare not in term.aliases:
                term.aliases.append(bare)
