"""The answer engine: one method per command, each returning an :class:`Answer`.

Plain Python over an immutable :class:`KnowledgeBase`; no Discord, no I/O. The lookups live in
``lookups.py`` and ``/ask`` in ``ask.py`` (which uses the lookups, not the engine); here are
dispatch, /search, /help and autocomplete.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from . import ask as ask_module
from . import lookups
from .answers import (
    Answer,
    Field,
    Item,
    Kind,
    Source,
    cite,
    echo,
    not_found,
    usage,
)
from .commands import COMMANDS, Complete
from .index import KnowledgeBase
from .lookups import MAX_ITEMS, source_short
from .merge import shown_name
from .search import TOP, highlight, one_per_statement, rank
from .text import normalize, terms
from .units import DocKind

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

    # --- lookups (lookups.py) -----------------------------------------------------------

    def summary(self, article: str | None = None) -> Answer:
        return lookups.summary(self.kb, article)

    def source(self, article: str | None = None) -> Answer:
        return lookups.source(self.kb, article)

    def timeline(self, article: str | None = None) -> Answer:
        return lookups.timeline(self.kb, article)

    def who(self, name: str) -> Answer:
        return lookups.who(self.kb, name)

    def when(self, event: str) -> Answer:
        found = lookups.when(self.kb, event)
        if found.matched:
            return found
        # "/when Kim Jong Un met Putin": no event of that name, but one /ask dates as described
        # (titled as typed, not as the question put to /ask)
        asked = ask_module.answer(self.kb, f"when was {event}")
        return (
            replace(asked, command="when", title=echo(event, 200)[1:-1])
            if asked.matched and not asked.unsure
            else found
        )

    def define(self, term: str) -> Answer:
        return lookups.define(self.kb, term)

    def quote(self, speaker: str | None = None, topic: str | None = None) -> Answer:
        return lookups.quote(self.kb, speaker, topic)

    # --- retrieval ----------------------------------------------------------------------

    def search(self, query: str) -> Answer:
        query_terms = self.kb.query_terms(query)
        kinds = {DocKind.SENTENCE, DocKind.FACT, DocKind.QUOTE}
        # at least half of the words typed must match: one typo-corrected word is not a result
        needed = len(set(terms(query))) / 2
        hits = one_per_statement(rank(self.kb, query_terms, kinds, min_matched=needed))
        if not hits:
            return not_found("search", "sentence, fact or quote", query)
        items = tuple(
            Item(
                f"{_kind_label(h.doc.kind)} · {source_short(h.doc.article)}",
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
        return ask_module.answer(self.kb, question)

    def warm(self) -> None:
        """Make now the tables the first /ask would otherwise make (see ask.warm)."""
        ask_module.warm(self.kb)

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
        named = {Complete.ENTITY: "entity", Complete.EVENT: "event", Complete.TERM: "term"}
        if source in named:
            kind = named[source]  # one choice per identity, under the name most articles use
            matches = self.kb.names.tables[kind].lookup(current, AUTOCOMPLETE_LIMIT, same=self.kb.same(kind))
            fuzzy = [shown_name(self.kb.members(kind, str(m.group))) for m in matches]
        elif source == Complete.ARTICLE:
            titles = self.kb.articles_by_name.lookup(current, limit=AUTOCOMPLETE_LIMIT)
            fuzzy = [a.article.title for m in titles if (a := self.kb.by_id(m.value)) is not None]
        elif source == Complete.TOPIC:
            fuzzy = [m.name for m in self.kb.topics.lookup(current, limit=AUTOCOMPLETE_LIMIT)]
        else:
            fuzzy = []
        starts = self.kb.starting_with(source.value, normalize(current), AUTOCOMPLETE_LIMIT)
        picked = list(dict.fromkeys([*starts, *fuzzy]))
        return [n[:CHOICE_LENGTH] for n in picked[:AUTOCOMPLETE_LIMIT]]


# --- small helpers ----------------------------------------------------------------------


def command_list() -> str:
    return "Commands: " + ", ".join(f"/{name}" for name in COMMANDS) + "."


def _kind_label(kind: DocKind) -> str:
    return {DocKind.SENTENCE: "Article text", DocKind.FACT: "Fact", DocKind.QUOTE: "Quote"}.get(
        kind, kind.value.title()
    )
