"""/kb preview: validate a pasted YAML fragment against an article, and show the answers it
would give, without changing anything."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from pydantic import ValidationError

from .answers import Answer, Item, Kind
from .engine import Engine
from .errors import KBError, Path_, field_path
from .index import KnowledgeBase
from .models import ArticleFile
from .validate import cross_reference, explain
from .yamlsource import parse_yaml

SECTIONS = ("people", "organizations", "events", "quotes", "terms", "facts")
SHOWN = "pasted YAML"
MAX_PREVIEWS = 9  # Discord allows 10 embeds a message: one for the verdict, nine previews


def preview(kb: KnowledgeBase, text: str, article_id: str | None = None) -> list[Answer]:
    """The verdict first (valid, or every error with line and field), then one answer per entry."""
    article, _ = kb.article(article_id)
    if article is None:
        return [_verdict("Preview: nothing to preview against", "The knowledge base holds no article yet.")]
    parsed = parse_yaml(text.encode("utf-8"), SHOWN)
    if parsed.errors:
        return [_errors(parsed.errors)]
    wrapped = _sections(parsed.data)
    if isinstance(wrapped, str):
        return [_verdict("Preview: not a knowledge entry", wrapped, ok=False)]
    sections, single = wrapped

    def line(loc: Path_) -> int | None:
        return parsed.line_of(loc[2:] if single else loc)

    merged, placed = _merge(article, sections)
    try:
        candidate = ArticleFile.model_validate(merged)
    except ValidationError as exc:
        errors = [
            KBError(SHOWN, line(loc), field_path(loc), explain(err, loc))
            for err in exc.errors()
            if (loc := _own(tuple(err["loc"]), placed)) is not None
        ]
        return [_errors(errors or [KBError(SHOWN, None, "(fragment)", "does not fit the article")])]
    errors = [
        KBError(SHOWN, line(own), field_path(own), message)
        for loc, message in cross_reference(candidate)
        if (own := _own(loc, placed)) is not None
    ]
    if errors:
        return [_errors(errors)]
    return _answers(kb, article, candidate, placed)


def _sections(data: Any) -> tuple[dict[str, list[Any]], bool] | str:
    """The fragment as {section: [entries]}; a single entry's section is told from its fields."""
    if not isinstance(data, dict):
        return "Paste a mapping: an entry (id: …, name: …) or sections such as `quotes:` with a list."
    if data and set(data) <= set(SECTIONS):
        if not all(isinstance(v, list) for v in data.values()):
            return "Each section (people:, quotes:, …) holds a list of entries, one '- id: …' each."
        return dict(data), False
    section = _section_of(data)
    return (
        ({section: [data]}, True)
        if section
        else "Could not tell what kind of entry this is: "
        + "paste it under its section, e.g. `quotes:` followed by `- id: …`."
    )


def _section_of(entry: dict[str, Any]) -> str | None:
    keys = set(entry)
    if "speaker" in keys:
        return "quotes"
    if "term" in keys or "definition" in keys:
        return "terms"
    if "description" in keys or "place" in keys or "date_qualifier" in keys:
        return "events"
    if "name" in keys:
        return "people" if entry.get("kind", "person") == "person" else "organizations"
    if "text" in keys:
        return "facts"
    return None


Placed = dict[str, dict[int, int]]  # section -> {index in the merged article: index in the fragment}


def _merge(article: ArticleFile, sections: dict[str, list[Any]]) -> tuple[dict[str, Any], Placed]:
    """The article with the fragment's entries in it: an entry with the id of one already there
    replaces it (an edit, e.g. `questions:` added), any other is added at the end."""
    merged = article.model_dump(mode="json")
    placed: Placed = {}
    for section, entries in sections.items():
        where = placed.setdefault(section, {})
        ids = {e.get("id"): n for n, e in enumerate(merged[section])}
        for n, entry in enumerate(entries):
            at = ids.get(entry.get("id")) if isinstance(entry, dict) else None
            if at is not None and at not in where:
                merged[section][at] = entry
            else:
                at = len(merged[section])
                merged[section].append(entry)
            where[at] = n
    return merged, placed


def _own(loc: Path_, placed: Placed) -> Path_ | None:
    """A location in the merged article, as a location in the fragment (None: not the fragment's)."""
    if (
        len(loc) >= 2
        and isinstance(loc[1], int)
        and (n := placed.get(str(loc[0]), {}).get(loc[1])) is not None
    ):
        return (loc[0], n, *loc[2:])
    return None


def _answers(kb: KnowledgeBase, article: ArticleFile, candidate: ArticleFile, placed: Placed) -> list[Answer]:
    engine = Engine(KnowledgeBase.build([candidate if a.id == article.id else a for a in kb.articles]))
    previews: list[Answer] = []
    changed = 0
    for section, where in placed.items():
        before = len(getattr(article, section))
        for at in sorted(where, key=where.__getitem__):
            entry = getattr(candidate, section)[at]
            changed += at < before
            previews.append(_answer_for(engine, candidate, section, entry))
            # the questions it lists, as /ask will answer them once it is saved
            previews += [_asked(engine, q) for q in getattr(entry, "questions", [])]
    count = sum(len(w) for w in placed.values())
    added = count - changed
    what = " and ".join(
        p
        for p in (
            f"{added} entr{'y' if added == 1 else 'ies'} would be added" if added else "",
            f"{changed} entr{'y' if changed == 1 else 'ies'} would be changed" if changed else "",
        )
        if p
    )
    verdict = _verdict(
        "Preview: valid",
        f"{what} in “{article.article.title}”. "
        "Nothing was changed: edit the file to make it live. This is how the bot would answer:",
    )
    return [verdict, *previews[:MAX_PREVIEWS]]


def _asked(engine: Engine, question: str) -> Answer:
    found = engine.ask(question)
    return replace(found, title=f"/ask {question[:200]}: {found.title}"[:256])


def _answer_for(engine: Engine, article: ArticleFile, section: str, entry: Any) -> Answer:
    if section in ("people", "organizations"):
        return engine.who(entry.name)
    if section == "events":
        return engine.when(entry.name)
    if section == "terms":
        return engine.define(entry.term)
    if section == "quotes":
        speaker = next(e for e in article.entities if e.id == entry.speaker)
        found = engine.quote(speaker=speaker.name)
        items = tuple(i for i in found.items if entry.text in i.text) or found.items
        return Answer("quote", found.kind, found.title, found.text, items=items[:1], source=found.source)
    return engine.search(entry.text[:200])


def _verdict(title: str, text: str, ok: bool = True) -> Answer:
    return Answer("kb preview", Kind.STATUS, title, text, matched=ok)


def _errors(errors: list[KBError]) -> Answer:
    items = tuple(
        Item(f"line {e.line}" if e.line else "fragment", f"`{e.field}`: {e.message}") for e in errors[:25]
    )
    return Answer(
        "kb preview",
        Kind.STATUS,
        f"Preview: {len(errors)} error(s)",
        "Nothing was changed. Fix these and try again:",
        items=items,
        matched=False,
    )
