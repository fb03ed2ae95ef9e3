"""The command interface, named once: commands, option names, descriptions and examples.

The CLI parser, /help and the Discord slash commands all read this table, so the three cannot
drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Complete(StrEnum):
    """Where an option's autocomplete choices come from."""

    ENTITY = "entity"
    EVENT = "event"
    TERM = "term"
    TOPIC = "topic"
    ARTICLE = "article"
    NONE = "none"


@dataclass(frozen=True)
class Option:
    name: str
    description: str
    required: bool = True
    complete: Complete = Complete.NONE
    max_length: int = 100


@dataclass(frozen=True)
class Command:
    name: str
    description: str
    example: str
    options: tuple[Option, ...] = ()

    @property
    def rest_option(self) -> Option | None:
        """The option that takes the rest of the line (`/who Lloyd Austin`), if any."""
        return self.options[0] if len(self.options) == 1 else None


_ARTICLE = Option("article", "Which article (id or title); default: the newest", False, Complete.ARTICLE)

COMMANDS: dict[str, Command] = {
    c.name: c
    for c in (
        Command(
            "summary", "Summary of an article: what happened, key people and dates", "/summary", (_ARTICLE,)
        ),
        Command(
            "who",
            "A person or organization: role, country, what they said and did",
            "/who Austin",
            (Option("name", "Name, part of a name or title", complete=Complete.ENTITY),),
        ),
        Command(
            "when",
            "When and where an event happened, and what happened",
            "/when SCM",
            (Option("event", "Event name or part of it", complete=Complete.EVENT),),
        ),
        Command(
            "quote",
            "Verbatim quotes, by speaker and/or topic",
            "/quote speaker:joint statement topic:drones",
            (
                Option("speaker", "Who said it", False, Complete.ENTITY),
                Option("topic", "What it is about", False, Complete.TOPIC),
            ),
        ),
        Command(
            "define",
            "Define a term or acronym (both ways: DPRK, or its full name)",
            "/define DPRK",
            (Option("term", "Term or acronym", complete=Complete.TERM),),
        ),
        Command(
            "search",
            "Search sentences, facts and quotes; best matches first",
            "/search extended deterrence",
            (Option("query", "Words to look for", max_length=200),),
        ),
        Command(
            "ask",
            "Ask a question in plain words; answered from the articles or not at all",
            "/ask When did Austin meet Lee?",
            (Option("question", "Your question", max_length=300),),
        ),
        Command(
            "timeline",
            "Every dated event, oldest first",
            "/timeline",
            (
                Option(
                    "article",
                    "Which article (id or title), or a year; default: every article",
                    False,
                    Complete.ARTICLE,
                ),
            ),
        ),
        Command("source", "Outlet, title, date and link of an article", "/source", (_ARTICLE,)),
        Command("help", "Every command with an example", "/help"),
    )
}
