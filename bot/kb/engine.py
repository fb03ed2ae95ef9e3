"""The answer engine: one method per command, each returning an :class:`Answer`.

Plain Python over an immutable :class:`KnowledgeBase`; no Discord, no I/O. ``/ask`` lives in
``ask.py`` because it is the one command with real reasoning in it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import ask as ask_module
from .answers import (
    Answer,
    Field,
    Item,
    Kind,
    Source,
    cite,
    cite_label,
    echo,
    not_found,
    usage,
)
from .commands import COMMANDS, Complete
from .fuzzy import Match
from .index import KnowledgeBase
from .models import ArticleFile, Entity, EntityKind, Event
from .search import TOP, highlight, rank
from .text import normalize, terms
from .units import DocKind, Entry

MAX_ITEMS = 50  # list answers keep this many; pagination shows them 5 to a page
AUTOCOMPLETE_LIMIT = 25  # Discord's maximum number of choices
CHOICE_LENGTH = 100  # Discord's maximum length of a choice


@dataclass
class Engine:
    kb: KnowledgeBase

    # --- dispatch -----------------------------------------------------------------------

    def run(self, command: str, options: dict[str, str] | None = None) -> Answer:
        """Answer a command by name with its options; unknown names get a usage answer."""
        spec = COMMANDS.get(command)
        if spec is None:
            return usage(command, f"Unknown command {echo(command)}. {command_list()}")
        options = dict(options or {})
        allowed = {o.name for o in spec.options}
        if unknown := [k for k in options if k not in allowed]:
            names = ", ".join(sorted(allowed)) or "none"
            return usage(
                command,
                f"/{command} has no option {echo(unknown[0])} (options: {names}). Example: `{spec.example}`",
            )
        for option in spec.options:
            if option.required and not (options.get(option.name) or "").strip():
                return usage(
                    command,
                    f"/{command} needs `{option.name}`: {option.description}. Example: `{spec.example}`",
                )
        handler: Callable[..., Answer] = getattr(self, command)
        return handler(**{k: v for k, v in options.items() if v is not None})

    # --- articles -----------------------------------------------------------------------

    def _article_or_answer(self, command: str, key: str | None) -> ArticleFile | Answer:
        if not self.kb.articles:
            return Answer(
                command,
                Kind.NOT_FOUND,
                "Empty knowledge base",
                "The knowledge base holds no articles yet.",
                matched=False,
            )
        article, suggestions = self.kb.article(key)
        if article is None:
            return not_found(command, "article", key or "", suggestions)
        return article

    def summary(self, article: str | None = None) -> Answer:
        found = self._article_or_answer("summary", article)
        if isinstance(found, Answer):
            return found
        meta = found.article
        people = [e for e in (self.kb.entity(found, i) for i in found.key_people) if e]
        fields = [Field("Key people", "\n".join(_entity_line(e) for e in people))] if people else []
        dated = sorted((e for e in found.events if e.date), key=lambda e: e.date)
        if dated:
            fields.append(
                Field(
                    "Key dates",
                    "\n".join(
                        f"{_event_date(e)}: {e.name} {cite_label(cite(found, e.paragraphs))}" for e in dated
                    ),
                )
            )
        fields.append(Field("Source", f"[{meta.outlet}, {meta.published.short()}]({meta.url})"))
        return Answer(
            "summary",
            Kind.SUMMARY,
            meta.title,
            found.summary,
            tuple(fields),
            source=Source.of(found),
            footer=meta.standfirst or "",
        )

    def source(self, article: str | None = None) -> Answer:
        found = self._article_or_answer("source", article)
        if isinstance(found, Answer):
            return found
        meta = found.article
        fields = [Field("Outlet", meta.outlet, True), Field("Published", meta.published.human(), True)]
        if meta.author:
            fields.append(Field("Author", meta.author, True))
        fields.append(Field("Link", meta.url))
        return Answer(
            "source", Kind.SOURCE, meta.title, meta.standfirst or "", tuple(fields), source=Source.of(found)
        )

    def timeline(self, article: str | None = None) -> Answer:
        found = self._article_or_answer("timeline", article)
        if isinstance(found, Answer):
            return found
        dated = sorted((e for e in found.events if e.date), key=lambda e: e.date)
        items = tuple(
            Item(f"{_event_date(e)}: {e.name}", _event_summary(e), cite(found, e.paragraphs)) for e in dated
        )
        undated = [e.name for e in found.events if not e.date]
        footer = ("No date in the article: " + "; ".join(undated)) if undated else ""
        text = f"{len(items)} dated events, oldest first."
        return Answer(
            "timeline",
            Kind.TIMELINE,
            f"Timeline: {found.article.title}",
            text,
            items=items,
            source=Source.of(found),
            footer=footer,
            matched=bool(items),
        )

    # --- lookups ------------------------------------------------------------------------

    def who(self, name: str) -> Answer:
        match, others = self.kb.entities.best(name)
        if match is None:
            return not_found("who", "person or organization", name, _names(others))
        entry = match.value
        entity: Entity = entry.item
        article = entry.article
        meta = article.article
        as_of = f"as of {meta.published.short()}, per {meta.outlet}"
        kind = Kind.PERSON if entity.kind == EntityKind.PERSON else Kind.ORGANIZATION
        lead = entity.name
        if entity.role:
            lead += f", {entity.role} {as_of}"
        elif entity.country:
            lead += f" ({entity.country})"
        fields: list[Field] = []
        if entity.role:
            fields.append(Field("Role", entity.role, True))
        if entity.country:
            fields.append(Field("Country" if kind == Kind.PERSON else "Affiliation", entity.country, True))
        if entity.members:
            members = [m.name for m in (self.kb.entity(article, i) for i in entity.members) if m]
            fields.append(Field("Made up of", ", ".join(members), True))
        actions = [
            f"• {a.text}"
            + (f" ({a.date.short()})" if a.date else "")
            + f" {cite_label(cite(article, a.paragraphs))}"
            for a in entity.actions
        ]
        if actions:
            fields.append(Field("In this article", "\n".join(actions)))
        fields += self._same_entity_elsewhere(entry)
        quotes = [
            q for q in article.quotes if q.speaker == entity.id or q.speaker in _groups_of(article, entity.id)
        ]
        if quotes:
            fields.append(Field("Quotes", f"{len(quotes)}: try `/quote speaker:{entity.name}`", True))
        return Answer(
            "who",
            kind,
            entity.name,
            lead + ".",
            tuple(fields),
            citations=cite(article, entity.paragraphs),
            source=Source.of(article),
            footer=f"Roles can change: {as_of}.",
            weak=match.weak,
        )

    def _same_entity_elsewhere(self, entry: Entry) -> list[Field]:
        """The same name in other (older) articles: one line each, newest first."""
        lines = []
        for twin in self.kb.entities.members.get(normalize(entry.item.name), []):
            if twin.article.id != entry.article.id:
                meta = twin.article.article
                lines.append(f"{meta.outlet}, {meta.published.short()}: {twin.item.role or twin.item.name}")
            if len(lines) == 5:
                break
        return [Field("Also in", "\n".join(lines))] if lines else []

    def when(self, event: str) -> Answer:
        match, others = self.kb.events.best(event)
        if match is None:
            return not_found("when", "event", event, _names(others))
        article, ev = match.value.article, match.value.item
        if ev.date:
            text = f"**{_event_date(ev)}**"
            if ev.place:
                text += f" in {ev.place}"
            text += " (planned at the time of the article)" if ev.planned else ""
            text += "" if text.endswith(".") else "."
        else:
            text = f"The article gives no date for the {ev.name}."
        fields = [Field("What happened" if not ev.planned else "What is planned", ev.description)]
        if ev.place:
            fields.insert(0, Field("Place", ev.place, True))
        if ev.date:
            fields.insert(0, Field("Date", _event_date(ev), True))
        if ev.date_note:
            fields.append(Field("How the date is known", ev.date_note))
        return Answer(
            "when",
            Kind.EVENT,
            ev.name,
            text,
            tuple(fields),
            citations=cite(article, ev.paragraphs),
            source=Source.of(article),
            weak=match.weak,
        )

    def define(self, term: str) -> Answer:
        match, others = self.kb.terms_.best(term)
        if match is None:
            return not_found("define", "term", term, _names(others))
        article, t = match.value.article, match.value.item
        said = normalize(match.name)
        if said in {normalize(a) for a in t.acronyms}:
            lead = f"**{match.name}** stands for **{t.term}**."
        elif t.acronyms:
            lead = f"**{t.term}** is abbreviated **{', '.join(t.acronyms)}**."
        else:
            lead = f"**{t.term}**"
        return Answer(
            "define",
            Kind.DEFINITION,
            t.term,
            f"{lead}\n{t.definition}",
            citations=cite(article, t.paragraphs),
            source=Source.of(article),
            weak=match.weak,
        )

    def quote(self, speaker: str | None = None, topic: str | None = None) -> Answer:
        speaker, topic = (speaker or "").strip(), (topic or "").strip()
        title, weak = "Quotes", False
        if speaker:
            match, others = self.kb.entities.best(speaker)
            if match is None:
                return not_found("quote", "speaker", speaker, _names(others))
            # their own quotes and those of groups or statements they belong to, newest first
            candidates = list(self.kb.quotes_by.get(normalize(match.value.item.name), []))
            title += f": {match.value.item.name}"
            weak = match.weak
        elif topic:
            candidates = [(a, q) for a, q in _quotes_about(self.kb, topic, MAX_ITEMS * 4)]
        else:
            candidates = [(a, q) for a in self.kb.articles for q in a.quotes][: MAX_ITEMS * 4]
        if topic:
            if speaker:
                wanted = {(a.id, q.id) for a, q in _quotes_about(self.kb, topic, 10_000)}
                candidates = [(a, q) for a, q in candidates if (a.id, q.id) in wanted]
            title += f" about {echo(topic, 60)}" if speaker else f": about {echo(topic, 60)}"
        if not candidates:
            what = " ".join(x for x in (speaker and "by " + speaker, topic and "about " + topic) if x)
            return not_found("quote", "quotes", what or "anything")
        items = tuple(_quote_item(a, q) for a, q in candidates[:MAX_ITEMS])
        shown = f"{len(candidates)}+" if len(candidates) >= MAX_ITEMS * 4 else str(len(candidates))
        text = f"{shown} quote{'s' if len(candidates) != 1 else ''}, verbatim."
        return Answer(
            "quote", Kind.QUOTES, title, text, items=items, source=Source.of(candidates[0][0]), weak=weak
        )

    # --- retrieval ----------------------------------------------------------------------

    def search(self, query: str) -> Answer:
        query_terms = self.kb.query_terms(query)
        kinds = {DocKind.SENTENCE, DocKind.FACT, DocKind.QUOTE}
        # at least half of the words typed must match: one typo-corrected word is not a result
        needed = len(set(terms(query))) / 2
        hits = rank(self.kb, query_terms, kinds, min_matched=needed)
        if not hits:
            return not_found("search", "sentence, fact or quote", query)
        items = tuple(
            Item(
                f"{_kind_label(h.doc.kind)} · {_source_short(h.doc.article)}",
                highlight(h.doc.text, query_terms),
                cite(h.doc.article, h.doc.paragraphs),
            )
            for h in hits[:MAX_ITEMS]
        )
        count = f"{len(hits)}+" if len(hits) >= TOP else str(len(hits))
        text = f"{count} result{'s' if len(hits) != 1 else ''} for {echo(query)}, best first."
        return Answer(
            "search",
            Kind.SEARCH,
            "Search",
            text,
            items=items,
            source=Source.of(hits[0].doc.article),
            weak=hits[0].coverage < 1.0,
        )

    def ask(self, question: str) -> Answer:
        return ask_module.answer(self, question)

    def help(self) -> Answer:
        fields = tuple(Field(f"/{c.name}", f"{c.description}\n`{c.example}`") for c in COMMANDS.values())
        text = (
            "Answers come only from the articles in the knowledge base, each cited to its "
            "paragraph (¶). Names can be partial or misspelt."
        )
        return Answer("help", Kind.HELP, "alliance-bot commands", text, fields)

    # --- autocomplete -------------------------------------------------------------------

    def complete(self, source: Complete, current: str) -> list[str]:
        """Up to 25 choices of at most 100 characters for what the user has typed so far:
        names starting with it first, then fuzzy matches."""
        current = current.strip()[:100]
        if not current:
            return [n[:CHOICE_LENGTH] for n in self.kb.first_choices(source.value, AUTOCOMPLETE_LIMIT)]
        tables = {
            Complete.ENTITY: self.kb.entities,
            Complete.EVENT: self.kb.events,
            Complete.TERM: self.kb.terms_,
            Complete.TOPIC: self.kb.topics,
            Complete.ARTICLE: self.kb.articles_by_name,
        }
        matches = tables[source].lookup(current, limit=AUTOCOMPLETE_LIMIT) if source in tables else []
        if source == Complete.ARTICLE:
            fuzzy = [a.article.title for m in matches if (a := self.kb.by_id(m.value)) is not None]
        elif source == Complete.TOPIC:
            fuzzy = [m.name for m in matches]
        else:
            fuzzy = [m.value.name for m in matches]
        starts = self.kb.starting_with(source.value, normalize(current), AUTOCOMPLETE_LIMIT)
        picked = list(dict.fromkeys([*starts, *fuzzy]))
        return [n[:CHOICE_LENGTH] for n in picked[:AUTOCOMPLETE_LIMIT]]


# --- small helpers ----------------------------------------------------------------------


def command_list() -> str:
    return "Commands: " + ", ".join(f"/{name}" for name in COMMANDS) + "."


def _names(matches: list[Match[Entry]]) -> list[str]:
    return [m.value.name for m in matches]


def _entity_line(entity: Entity) -> str:
    return f"**{entity.name}**" + (f", {entity.role}" if entity.role else "")


def _event_date(event: Event) -> str:
    return event.date.human(event.date_qualifier) if event.date else "undated"


def _event_summary(event: Event) -> str:
    place = f" ({event.place})" if event.place else ""
    planned = " Planned." if event.planned else ""
    return f"{event.description}{place}{planned}"


def _source_short(article: ArticleFile) -> str:
    return f"{article.article.outlet}, {article.article.published.short()}"


def _kind_label(kind: DocKind) -> str:
    return {DocKind.SENTENCE: "Article text", DocKind.FACT: "Fact", DocKind.QUOTE: "Quote"}.get(
        kind, kind.value.title()
    )


def _groups_of(article: ArticleFile, entity_id: str) -> set[str]:
    return {e.id for e in article.entities if entity_id in e.members}


def _quotes_about(kb: KnowledgeBase, topic: str, limit: int) -> list[tuple[ArticleFile, Any]]:
    """Quotes whose topics match the topic fuzzily, then those whose text has its words (ranked)."""
    from .fuzzy import ACCEPT

    refs = [
        (article_id, quote_id)
        for m in kb.topics.lookup(topic, limit=limit)
        if m.score >= ACCEPT
        for article_id, quote_id, _ in kb.topics.members[m.group][:limit]
    ]
    query_terms = kb.query_terms(topic)
    if query_terms:
        refs += [(h.doc.article.id, h.doc.ref) for h in rank(kb, query_terms, {DocKind.QUOTE}, limit=limit)]
    found = []
    for article_id, quote_id in dict.fromkeys(refs):
        article = kb.by_id(article_id)
        quote = next((q for q in article.quotes if q.id == quote_id), None) if article else None
        if quote is not None:
            found.append((article, quote))
            if len(found) == limit:
                break
    return found


def _quote_item(article: ArticleFile, quote: Any) -> Item:
    speaker = next(e for e in article.entities if e.id == quote.speaker)
    when = f", {quote.date.human()}" if quote.date else ""
    how = f"\n— {quote.attribution}" if quote.attribution else ""
    return Item(f"{speaker.name}{when}", f"> “{quote.text}”{how}", cite(article, quote.paragraphs))
