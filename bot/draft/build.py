"""From an article's text and metadata to a knowledge file: the passes, then the YAML.

The draft must pass `alliance-bot check` as written: it is validated here with the loader's
own parser and validator before it is returned, and a draft that does not validate is
reported as the bug it would be, never handed over silently.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from ..kb.dates import PartialDate
from ..kb.errors import KBError
from ..kb.merge import compatible
from ..kb.models import ArticleFile
from ..kb.text import normalize
from ..kb.validate import validate_article
from ..kb.yamlsource import parse_yaml
from . import gazetteer
from .dates import find_dates
from .emit import Note, Plain, dump
from .entities import Registry, gazetteer_pass, organizations_pass, people_pass, prune
from .events import find_events, refine_from_context
from .known import KnownBase, KnownEntry, ordinal
from .model import Entity, EventFound, FactFound, QuoteFound, Sentence, TermFound, slug, split_sentences
from .quotes import find_quotes
from .source import DraftInputError, Meta, check_published, check_url, paragraphs_of
from .terms import find_terms, quoted_phrase_terms

Progress = Callable[[str], None]
_DIGITS = re.compile(r"\D")
STAGES = (
    "paragraphs",
    "names",
    "quotes",
    "terms",
    "events",
    "knowledge base",
    "facts",
    "writing",
    "checking",
)


@dataclass
class Draft:
    yaml: str
    filename: str
    article: ArticleFile | None
    errors: list[KBError] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    checks: int = 0  # values marked "# check:"
    joined: list[str] = field(default_factory=list)  # entries joined to the knowledge base
    notes: list[str] = field(default_factory=list)  # things the moderator should know


def draft_article(
    body: str,
    meta: Meta,
    known: KnownBase | None = None,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> Draft:
    """The draft of one article. Raises DraftInputError for input it cannot use."""
    step = progress or (lambda _stage: None)
    missing = meta.missing()
    if missing:
        raise DraftInputError(f"missing {', '.join(missing)}: give them as options or in source.yaml")
    assert meta.published is not None
    check_url(meta.url)
    check_published(meta.published, today)
    step("paragraphs")
    paragraphs = paragraphs_of(body)
    if not paragraphs:
        raise DraftInputError("the article has no text; give its paragraphs, one per line")
    sentences = [s for n, p in enumerate(paragraphs, 1) for s in split_sentences(p, n)]
    step("names")
    reg = Registry(gazetteer.load())
    gazetteer_pass(reg, paragraphs)
    people_pass(reg, paragraphs, sentences)
    organizations_pass(reg, paragraphs)
    step("quotes")
    quotes, names = find_quotes(reg, paragraphs, sentences, meta.outlet)
    step("terms")
    terms = find_terms(reg, paragraphs, sentences, names)
    quoted_phrase_terms(terms, quotes, sentences)
    step("events")
    events = find_events(reg, sentences, names, meta.published, meta.context)
    notes = []
    if not any(e.date for e in events) and not any(find_dates(s.text, meta.published) for s in sentences):
        notes.append("The article gives no date: events have none; add what other reporting says.")
    step("knowledge base")
    joined = _join_knowledge(reg, events, terms, paragraphs, known) if known else []
    _merge_same_names(reg, events, terms, quotes)
    prune(reg, paragraphs, {q.speaker for q in quotes if q.speaker})
    refine_from_context(reg, events, meta.context, meta.published)  # dates the knowledge base gave
    step("facts")
    facts = _facts(reg, sentences, meta.published)
    for quote in quotes:
        _quote_details(reg, quote, sentences, terms, meta.published)
    step("writing")
    writer = _Writer(reg, meta, paragraphs, quotes, events, terms, facts)
    text, filename = writer.document()
    step("checking")
    parsed = parse_yaml(text.encode("utf-8"), filename)
    article, errors = (None, parsed.errors) if parsed.errors else validate_article(parsed, filename)
    counts = {
        "paragraphs": len(paragraphs),
        "people": sum(1 for e in reg.entities.values() if e.kind == "person"),
        "organizations": sum(1 for e in reg.entities.values() if e.kind != "person"),
        "events": len(events),
        "quotes": len(quotes),
        "terms": len(terms),
        "facts": len(facts),
    }
    return Draft(text, filename, article, errors, counts, text.count("# check:"), joined, notes)


# --- the knowledge base -------------------------------------------------------------------------


def _join_knowledge(
    reg: Registry, events: list[EventFound], terms: list[TermFound], paragraphs: list[str], known: KnownBase
) -> list[str]:
    joined: list[str] = []
    for entity in reg.entities.values():
        strict = entity.kind in ("group", "document")
        forms = [entity.name] + ([] if strict else _joinable_aliases(reg, entity))
        entry = known.find("entity", forms, strict=strict)
        if entry is None or (entity.kind == "person") != (entry.kind == "person"):
            continue
        _take_entity(entity, entry)
        joined.append(f"{entity.name} ({entry.article})")
    for event in events:
        entry = _known_event(known, event)
        if entry is None:
            continue
        event.why["name"] = f"the knowledge base's name (article {entry.article})"
        if event.name != entry.name:
            event.aliases.append(event.name)
        event.name, event.id = entry.name, entry.id
        if entry.date is not None and (event.date is None or _finer(entry.date, event.date)):
            said = event.date_note or ""
            event.date, event.qualifier = entry.date, entry.qualifier
            event.date_note = f"{said} The date is from the knowledge base (article {entry.article}).".strip()
            event.why["date"] = "from the knowledge base"
        event.place = event.place or entry.place
        joined.append(f"{entry.name} ({entry.article})")
    for term in terms:
        entry = known.find("term", [term.term, *term.acronyms])
        if entry is None:
            continue
        if normalize(term.term) != normalize(entry.name):
            term.aliases.append(term.term)
        term.term, term.id = entry.name, entry.id
        for acronym in entry.acronyms:
            if acronym not in term.acronyms:
                term.acronyms.append(acronym)
        if "definition" in term.why and entry.definition:
            term.definition = entry.definition
            term.why["definition"] = f"from the knowledge base (article {entry.article}): still true here?"
        joined.append(f"{entry.name} ({entry.article})")
    _known_mentions(reg, events, terms, paragraphs, known)
    return joined


def _joinable_aliases(reg: Registry, entity: Entity) -> list[str]:
    """Aliases that identify this entity and no other: not bare surnames, not titles."""
    if entity.kind != "person":
        return [a for a in entity.aliases if a[:1].isupper() or a.isupper()]
    return [a for a in entity.aliases if len(a.split()) > 1 and a.casefold() not in reg.gaz.title_forms
            and not any(reg.gaz.is_title_word(w) for w in a.split())]  # fmt: skip


def _take_entity(entity: Entity, entry: KnownEntry) -> None:
    if entity.name != entry.name:
        entity.add_alias(entity.name)
        entity.name = entry.name
    entity.id = entry.id
    for alias in entry.aliases:
        entity.add_alias(alias)
    entity.why["name"] = f"the knowledge base's entry (article {entry.article})"
    if not entity.role and entry.role:
        entity.role = entry.role
        entity.why["role"] = f"from the knowledge base, as of {entry.published}: still so?"
    entity.country = entity.country or entry.country
    entity.origin = "knowledge base"


def _known_event(known: KnownBase, event: EventFound) -> KnownEntry | None:
    # a name of one event, not of a kind: "joint press conference" could be any article's
    forms = [
        f
        for f in [event.name, *event.aliases]
        if (len(f.split()) > 1 or f.isupper()) and re.search(r"[A-Z0-9]", f[1:])
    ]
    for form in forms:
        for entry in known.forms.get(normalize(form), ()):
            if entry.section != "event":
                continue
            if ordinal(event.name) != ordinal(entry.name) and ordinal(event.name) and ordinal(entry.name):
                continue
            if event.date is not None and entry.date is not None and not compatible(event.date, entry.date):
                continue
            if form.isupper() and event.date is None and entry.date is not None and not ordinal(event.name):
                continue  # "SCM" alone: which one?
            return entry
    return None


def _finer(a: PartialDate, b: PartialDate) -> bool:
    order = {"year": 0, "month": 1, "day": 2}
    return order[a.precision] > order[b.precision] and compatible(a, b)


def _known_mentions(
    reg: Registry, events: list[EventFound], terms: list[TermFound], paragraphs: list[str], known: KnownBase
) -> None:
    """Known names the drafter's own rules did not find: people, bodies, events and terms."""
    forms = known.searchable(reg.gaz)
    if not forms:
        return
    by_form: dict[str, list[KnownEntry]] = {}  # one entry per section: a name can be an event and a term
    for form, entry in forms:
        entries = by_form.setdefault(form, [])
        if all(e.section != entry.section for e in entries):
            entries.append(entry)
    pattern = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(f) for f in sorted(by_form, key=len, reverse=True))
        + r")(?![\w-])"
    )
    have_entities = {normalize(n) for e in reg.entities.values() for n in (e.name, *e.aliases)}
    have_terms = {normalize(n) for t in terms for n in (t.term, *t.acronyms, *t.aliases)}
    text_all = "\n".join(paragraphs)
    for number, text in enumerate(paragraphs, 1):
        for match, entry in ((m, e) for m in pattern.finditer(text) for e in by_form[m.group(0)]):
            form = normalize(match.group(0))
            if entry.section == "entity" and form not in have_entities:
                if reg.masked(number, *match.span()):
                    continue
                if entry.kind == "person" and entry.name not in text_all:
                    continue  # a bare alias of a person joins only with the full name present
                entity = reg.add(entry.name, entry.kind, id=entry.id)
                _take_entity(entity, entry)
                reg.mention(entity, number, match.start(), match.end(), match.group(0), "noun")
                have_entities.update(normalize(n) for n in (entity.name, *entity.aliases))
            elif entry.section == "entity":
                owner = next(
                    (
                        e
                        for e in reg.entities.values()
                        if form in {normalize(n) for n in (e.name, *e.aliases)}
                    ),
                    None,
                )
                if owner is not None:
                    owner.paragraphs.add(number)
            elif entry.section == "term" and form not in have_terms:
                term = TermFound(entry.name, entry.definition or entry.name, acronyms=list(entry.acronyms),
                                 paragraphs={number}, id=entry.id, origin="knowledge base")  # fmt: skip
                term.why["definition"] = (
                    f"from the knowledge base (article {entry.article}): still true here?"
                )
                terms.append(term)
                have_terms.update(normalize(n) for n in (entry.name, *entry.acronyms))
            elif entry.section == "event" and not any(e.id == entry.id for e in events):
                nth = ordinal(entry.name)
                if nth and nth not in text.casefold():
                    continue
                event = EventFound(entry.name, number, text, date=entry.date, qualifier=entry.qualifier,
                                   place=entry.place, id=entry.id, origin="knowledge base")  # fmt: skip
                event.paragraphs.add(number)
                event.date_note = f"The date is from the knowledge base (article {entry.article})."
                event.why = {"name": f"the knowledge base's event (article {entry.article}): the same one?"}
                event.entities = [m.entity for m in reg.mentions if m.paragraph == number]
                if not any(_same_known(e, entry) for e in events):
                    events.append(event)


def _same_known(event: EventFound, entry: KnownEntry) -> bool:
    return normalize(event.name) == normalize(entry.name) or normalize(entry.name) in {
        normalize(a) for a in event.aliases
    }


def _merge_same_names(
    reg: Registry, events: list[EventFound], terms: list[TermFound], quotes: list[QuoteFound]
) -> None:
    """Entries that came to bear the same name (two mentions joined to one known entry) become one."""
    into: dict[str, str] = {}
    first: dict[str, str] = {}
    for key, entity in list(reg.entities.items()):
        main = first.setdefault(normalize(entity.name), key)
        if main == key:
            continue
        target = reg.entities[main]
        for alias in entity.aliases:
            target.add_alias(alias)
        target.paragraphs |= entity.paragraphs
        target.first = min(target.first, entity.first)
        target.role, target.country = target.role or entity.role, target.country or entity.country
        into[key] = main
        del reg.entities[key]
    if into:
        reg.mentions = [replace(m, entity=into.get(m.entity, m.entity)) for m in reg.mentions]
        for quote in quotes:
            quote.speaker = into.get(quote.speaker, quote.speaker) if quote.speaker else None
        for event in events:
            event.entities = list(dict.fromkeys(into.get(e, e) for e in event.entities))
        for entity in reg.entities.values():
            entity.members = list(dict.fromkeys(into.get(m, m) for m in entity.members))
    kept_events: dict[str, EventFound] = {}
    for event in list(events):
        main_event = kept_events.setdefault(normalize(event.name), event)
        if main_event is event:
            continue
        if main_event.date and event.date and not compatible(main_event.date, event.date):
            event.name = f"{event.name} ({event.date.human(event.qualifier)})"  # two of a kind: keep both
            kept_events[normalize(event.name)] = event
            continue
        main_event.paragraphs |= event.paragraphs
        main_event.aliases += [a for a in event.aliases if a not in main_event.aliases]
        main_event.entities = list(dict.fromkeys([*main_event.entities, *event.entities]))
        if main_event.date is None or (event.date is not None and _finer(event.date, main_event.date)):
            main_event.date, main_event.qualifier = event.date, event.qualifier
            main_event.date_note = event.date_note
        events.remove(event)
    kept_terms: dict[str, TermFound] = {}
    for term in list(terms):
        main_term = kept_terms.setdefault(normalize(term.term), term)
        if main_term is term:
            continue
        main_term.paragraphs |= term.paragraphs
        main_term.acronyms += [a for a in term.acronyms if a not in main_term.acronyms]
        main_term.aliases += [a for a in term.aliases if a not in main_term.aliases]
        if "definition" in main_term.why and "definition" not in term.why:
            main_term.definition, main_term.why["definition"] = term.definition, ""
            main_term.why.pop("definition")
        terms.remove(term)


# --- facts and quote details ------------------------------------------------------------------


def _facts(reg: Registry, sentences: list[Sentence], published: dt.date) -> list[FactFound]:
    facts = []
    for sentence in sentences:
        text = sentence.text.strip()
        if text.startswith("(") and text.endswith(")"):
            text = text[1:-1].strip()
        if len(text.split()) < 5:
            continue
        dates = [d for d in find_dates(text, published) if d.date is not None]
        mentions = reg.in_span(sentence.paragraph, sentence.start, sentence.end + 1)
        entities = list(dict.fromkeys(m.entity for m in mentions))
        facts.append(FactFound(text, sentence.paragraph, entities, dates[0].date if dates else None))
    return facts


def _quote_details(
    reg: Registry, quote: QuoteFound, sentences: list[Sentence], terms: list[TermFound], published: dt.date
) -> None:
    sentence = next(
        (s for s in sentences if s.paragraph == quote.paragraph and s.start <= quote.start <= s.end + 1), None
    )
    if sentence is not None:
        dates = [d for d in find_dates(sentence.text, published) if d.date is not None]
        quote.date = dates[0].date if dates and dates[0].date and dates[0].date.day else None
    inside = reg.in_span(quote.paragraph, quote.start, quote.end)
    topics = [
        reg.entities[m.entity].name
        for m in inside
        if reg.entities[m.entity].kind not in ("group", "document")
    ]
    lowered = quote.text.casefold()
    topics += [
        t.term for t in terms if t.term.casefold() in lowered or any(a in quote.text for a in t.acronyms)
    ]
    quote.topics = list(dict.fromkeys(topics))[:8]


# --- writing ----------------------------------------------------------------------------------


class _Writer:
    def __init__(
        self,
        reg: Registry,
        meta: Meta,
        paragraphs: list[str],
        quotes: list[QuoteFound],
        events: list[EventFound],
        terms: list[TermFound],
        facts: list[FactFound],
    ) -> None:
        self.reg, self.meta, self.paragraphs = reg, meta, paragraphs
        self.quotes, self.events, self.terms, self.facts = quotes, events, terms, facts
        self.ids: dict[str, str] = {}  # entity key -> id
        self.used: set[str] = set()

    def _id(self, wanted: str | None, fallback: str) -> str:
        base = slug(wanted or "") or fallback
        if base.isdigit():
            base = f"{fallback}-{base}"
        base = base[:60].rstrip("-")
        candidate, n = base, 2
        while candidate in self.used:
            candidate, n = f"{base}-{n}", n + 1
        self.used.add(candidate)
        return candidate

    def document(self) -> tuple[str, str]:
        meta = self.meta
        assert meta.published is not None
        outlet = self._outlet_speaker()
        entities = sorted(self.reg.entities.items(), key=lambda kv: (kv[1].kind != "person", kv[1].first))
        for key, entity in entities:
            if entity.id and entity.id not in self.used:
                self.used.add(entity.id)
                self.ids[key] = entity.id
        for key, entity in entities:
            if key not in self.ids:
                self.ids[key] = self._id(entity.surname if entity.kind == "person" else entity.name, "entity")
        _dedupe_aliases([e for _, e in entities], lambda e: e.name, lambda e: e.aliases)
        _dedupe_aliases(self.events, lambda e: e.name, lambda e: e.aliases)
        _dedupe_terms(self.terms)
        people = [(k, e) for k, e in entities if e.kind == "person"]
        orgs = [(k, e) for k, e in entities if e.kind != "person"]
        key_people = [k for k, e in people if 1 in e.paragraphs][:3] or [k for k, _ in people[:2]]
        article_id, filename = self._names(key_people)
        doc: dict[str, Any] = {
            "schema_version": 1,
            "id": Note(Plain(article_id), "made from outlet, date and key names; keep it unique"),
            "article": self._meta(),
            "summary": Note(
                meta.standfirst or self._lead(),
                "the standfirst: write two or three sentences"
                if meta.standfirst
                else "the lead sentence: write two or three sentences of who did what, when and where",
            ),
            "key_people": Note([Plain(self.ids[k]) for k in key_people], "the people of the first paragraph"),
            "paragraphs": list(self.paragraphs),
            "people": [self._entity(k, e) for k, e in people],
            "organizations": [self._entity(k, e) for k, e in orgs],
            "events": [self._event(e) for e in self.events],
            "quotes": [self._quote(q, outlet) for q in self.quotes],
            "terms": [self._term(t) for t in self.terms],
            "facts": [self._fact(f) for f in self.facts],
        }
        if not key_people:
            del doc["key_people"]
        header = [
            "yaml-language-server: $schema=schema.json",
            f"{meta.outlet}, {_day(meta.published).short()}. Drafted by `alliance-bot draft`: every",
            'value marked "# check:" is a guess. Review them, add facts and actions, then run',
            "`alliance-bot check`.",
            f"Save as knowledge/{filename}",
        ]
        return dump(doc, header), filename

    def _outlet_speaker(self) -> str | None:
        if not any(q.speaker is None for q in self.quotes):
            return None
        entity = self.reg.add(self.meta.outlet, "organization")
        entity.why["name"] = "the outlet: the article's own words, with no speaker found"
        entity.paragraphs.update(q.paragraph for q in self.quotes if q.speaker is None)
        for quote in self.quotes:
            if quote.speaker is None:
                quote.speaker = self.meta.outlet
        return self.meta.outlet

    def _names(self, key_people: list[str]) -> tuple[str, str]:
        meta = self.meta
        assert meta.published is not None
        outlet = "-".join(w for w in slug(meta.outlet).split("-") if w != "the")[:20] or "outlet"
        words = [self.reg.entities[k].surname or "" for k in key_people[:2]]
        lead_place = next((e.place for e in self.events if e.place and 1 in e.paragraphs), None)
        if lead_place:
            words.append(lead_place)
        rest = (
            slug(" ".join(words))
            or "-".join(
                w
                for w in slug(meta.title, 60).split("-")
                if w not in ("the", "a", "an", "in", "of", "to", "and")
            )[:30]
        )
        rest = rest.strip("-") or "article"
        date = meta.published.isoformat()
        article_id = f"{outlet}-{date}-{rest}"[:64].rstrip("-")
        return article_id, f"{date}-{outlet}-{rest}.yaml"

    def _meta(self) -> dict[str, Any]:
        meta = self.meta
        assert meta.published is not None
        out: dict[str, Any] = {
            "outlet": meta.outlet,
            "title": meta.title,
            "url": meta.url,
            "published": Plain(meta.published.isoformat()),
        }
        if meta.standfirst:
            out["standfirst"] = meta.standfirst
        if meta.author:
            out["author"] = meta.author
        return out

    def _lead(self) -> str:
        first = split_sentences(self.paragraphs[0], 1)
        return first[0].text if first else self.paragraphs[0]

    def _entity(self, key: str, entity: Entity) -> Any:
        out: dict[str, Any] = {
            "id": Plain(self.ids[key]),
            "name": _noted(entity.name, entity.why.get("name")),
        }
        if entity.kind != "person":
            out["kind"] = entity.kind if entity.kind != "country" or entity.origin != "text" else "country"
        if entity.aliases:
            out["aliases"] = _noted(list(entity.aliases), entity.why.get("aliases"))
        if entity.role:
            out["role"] = _noted(entity.role, entity.why.get("role"))
        if entity.country and entity.country != entity.name:
            out["country"] = entity.country
        members = [Plain(self.ids[m]) for m in entity.members if m in self.ids and m != key]
        if members:
            out["members"] = _noted(members, entity.why.get("members"))
        out["paragraphs"] = sorted(entity.paragraphs) or [1]
        return out

    def _event(self, event: EventFound) -> Any:
        wanted = event.id or event.name
        number = ordinal(event.name)
        acronym = next(
            (a for a in [*event.aliases, event.name.split()[-1]] if a.isupper() and len(a) > 1), None
        )
        if number and acronym and not event.id:  # "54th ... (SCM)": scm-54
            wanted = f"{acronym} {_DIGITS.sub('', number)}"
        out: dict[str, Any] = {
            "id": Plain(self._id(wanted, "event")),
            "name": _noted(event.name, event.why.get("name")),
        }
        if event.aliases:
            out["aliases"] = list(dict.fromkeys(event.aliases))
        if event.date is not None:
            out["date"] = _noted(Plain(event.date.iso()), event.why.get("date"))
            if event.qualifier:
                out["date_qualifier"] = event.qualifier
            if event.date_note:
                out["date_note"] = event.date_note
        if event.place:
            out["place"] = _noted(event.place, event.why.get("place"))
        if event.planned:
            out["planned"] = Note(True, "the text speaks of it as still to come")
        out["description"] = Note(event.sentence, "the sentence it comes from: say what happened")
        ids = [Plain(self.ids[k]) for k in dict.fromkeys(event.entities) if k in self.ids]
        if ids:
            out["entities"] = ids
        out["paragraphs"] = sorted(event.paragraphs)
        return out

    def _quote(self, quote: QuoteFound, outlet: str | None) -> Any:
        speaker = quote.speaker or outlet or ""
        out: dict[str, Any] = {
            "id": Plain(self._id(" ".join(quote.text.split()[:5]), "quote")),
            "text": quote.text,
            "speaker": Note(Plain(self.ids[speaker]), quote.why),
        }
        if quote.attribution:
            out["attribution"] = quote.attribution
        if quote.date is not None:
            out["date"] = Plain(quote.date.iso())
        if quote.topics:
            out["topics"] = Note(quote.topics, "names and terms in the quote")
        out["paragraphs"] = sorted(quote.paragraphs)
        return out

    def _term(self, term: TermFound) -> Any:
        out: dict[str, Any] = {
            "id": Plain(self._id(term.id or (term.acronyms[0] if term.acronyms else term.term), "term"))
        }
        out["term"] = term.term
        if term.acronyms:
            out["acronyms"] = list(term.acronyms)
        if term.aliases:
            out["aliases"] = _noted(
                list(term.aliases), "from the gazetteer" if term.origin == "gazetteer" else None
            )
        if term.is_a:
            out["is_a"] = list(term.is_a)
        out["definition"] = _noted(term.definition, term.why.get("definition"))
        out["paragraphs"] = sorted(term.paragraphs)
        return out

    def _fact(self, fact: FactFound) -> Any:
        out: dict[str, Any] = {
            "id": Plain(self._id(" ".join(fact.text.split()[:6]), "fact")),
            "text": Note(fact.text, "candidate fact, the sentence as written: make it one plain claim"),
        }
        ids = [Plain(self.ids[k]) for k in fact.entities if k in self.ids]
        if ids:
            out["entities"] = ids
        if fact.date is not None:
            out["date"] = Plain(fact.date.iso())
        out["paragraphs"] = [fact.paragraph]
        return out


def _day(date: dt.date) -> PartialDate:
    return PartialDate(date.year, date.month, date.day)


def _noted(value: Any, why: str | None) -> Any:
    return Note(value, why) if why else value


def _dedupe_aliases(
    items: list[Any], name_of: Callable[[Any], str], aliases_of: Callable[[Any], list[str]]
) -> None:
    """An alias may name one entry only: a name wins over an alias, and an alias two entries
    share ("Kim" for Kim Jong Un and Kim Yo Jong) names neither."""
    names = {normalize(name_of(i)) for i in items}
    owners: dict[str, set[int]] = {}
    for index, item in enumerate(items):
        for alias in aliases_of(item):
            owners.setdefault(normalize(alias), set()).add(index)
    for item in items:
        keep: list[str] = []
        for alias in aliases_of(item):
            key = normalize(alias)
            if key == normalize(name_of(item)) or key in names or len(owners[key]) > 1:
                continue
            if alias not in keep and key not in {normalize(k) for k in keep}:
                keep.append(alias)
        aliases_of(item)[:] = keep


def _dedupe_terms(terms: list[TermFound]) -> None:
    names = {normalize(t.term) for t in terms}
    owner: dict[str, int] = {}
    for index, term in enumerate(terms):
        for field_name in ("acronyms", "aliases"):
            keep = []
            for alias in getattr(term, field_name):
                key = normalize(alias)
                if key == normalize(term.term) or key in names or owner.get(key, index) != index:
                    continue
                owner[key] = index
                if alias not in keep:
                    keep.append(alias)
            setattr(term, field_name, keep)
