"""Teaching /ask from what it missed.

For a question the bot could not answer, the entry closest to it and the exact YAML that makes
that entry answer it: the question added to the entry's `questions:` (see ask._taught), or, when
the closest unit is a body sentence or an action no entry holds, a new fact quoting it. Where to
put the YAML is worked out from the file itself (its line and indentation), and the file with the
YAML added is validated before the lesson is offered: a lesson never breaks a knowledge file.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import yaml
from pydantic import ValidationError

from .ask import closest
from .index import KnowledgeBase
from .loader import display_path
from .models import ArticleFile
from .question import parse
from .units import Doc, DocKind
from .yamlsource import ParsedYaml, parse_yaml

# Which section of a knowledge file holds each kind of unit that can list questions.
SECTION = {DocKind.FACT: "facts", DocKind.QUOTE: "quotes", DocKind.EVENT: "events", DocKind.TERM: "terms"}
ID_WORDS = 5  # words of a new fact's text that make its id
MAX_QUESTION = 300  # longer "questions" are pastes, not phrasings worth listing


@dataclass(frozen=True)
class Lesson:
    """What to add where, so that `question` is answered by `entry` after the next reload."""

    question: str
    article_id: str
    section: str  # facts, quotes, events or terms
    entry_id: str  # the entry that will answer (a new fact's id when `new`)
    label: str  # the entry as people read it
    yaml: str  # the exact lines to add
    file: str | None = None  # the knowledge file, as shown to people
    after_line: int | None = None  # add the YAML after this line (0: at the top)
    new: bool = False  # a new fact rather than a question listed under an existing entry

    def where(self) -> str:
        if self.file is None or self.after_line is None:
            return f"{self.section} → {self.entry_id}"
        return f"{self.file}, after line {self.after_line} ({self.section} → {self.entry_id})"


def lesson(kb: KnowledgeBase, question: str, files: Mapping[str, str]) -> Lesson | None:
    """The closest entry to a missed question and the YAML to add; None when nothing comes close.
    `files` maps article ids to their knowledge files (absolute paths)."""
    question = " ".join(question.split())  # one line of YAML, as people would list it
    if not question or len(question) > MAX_QUESTION:  # not a phrasing to list: a paste
        return None
    doc = closest(kb, parse(kb, question))
    if doc is None:
        return None
    path = files.get(doc.article.id)
    text = _read(path)
    parsed = parse_yaml(text.encode("utf-8"), "") if text is not None else None
    if parsed is not None and parsed.errors:
        parsed = None  # said without a line: the file cannot say where
    # a body sentence or an entity's action holds no questions: a new fact says it
    found = (
        _listed(doc, question, text, parsed)
        if doc.kind in SECTION
        else _new_fact(doc, question, text, parsed)
    )
    if path is None:
        return found
    found = replace(found, file=display_path(Path(path)))
    return found if _applies(found, text or "") else replace(found, after_line=None)


def apply(lesson: Lesson, text: str) -> str:
    """The file's text with the lesson's YAML added where it says."""
    if lesson.after_line is None:
        raise ValueError("this lesson does not say where in the file it goes")
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return "".join([*lines[: lesson.after_line], lesson.yaml, *lines[lesson.after_line :]])


# --- a question listed under an existing entry --------------------------------------------


def _listed(doc: Doc, question: str, text: str | None, parsed: ParsedYaml | None) -> Lesson:
    section = SECTION[doc.kind]
    entries = getattr(doc.article, section)
    index = next(n for n, e in enumerate(entries) if e.id == doc.ref)
    entry = entries[index]
    item = _item(question)
    base = Lesson(question, doc.article.id, section, entry.id, _label(doc), "")
    if parsed is None:
        pad = "    "
        body = f"{pad}  {item}" if entry.questions else f"{pad}questions:\n{pad}  {item}"
        return _with(base, body, None)
    lines = text.splitlines() if text else []
    if entry.questions:  # one more item after the last one listed
        last = parsed.lines.get((section, index, "questions", len(entry.questions) - 1))
        if last is None:
            return _with(base, f"      {item}", None)
        pad = " " * _dash_column(lines[last - 1])
        return _with(base, f"{pad}{item}", last)
    at = parsed.lines.get((section, index, "id"))  # ids are one plain word on one line
    if at is None:
        return _with(base, f"    questions:\n      {item}", None)
    pad = " " * _key_column(lines[at - 1])
    return _with(base, f"{pad}questions:\n{pad}  {item}", at)


# --- a new fact ----------------------------------------------------------------------------


def _new_fact(doc: Doc, question: str, text: str | None, parsed: ParsedYaml | None) -> Lesson:
    article = doc.article
    said = doc.text.split(": ", 1)[1] if doc.kind == DocKind.ACTION and ": " in doc.text else doc.text
    fact_id = _fresh_id(article, said)
    entities = sorted(doc.entities & {e.id for e in article.entities})
    body = (
        "\n".join(
            [
                f"- id: {fact_id}",
                f"  {_field('text', said)}",
                f"  paragraphs: [{', '.join(map(str, doc.paragraphs))}]",
                *([f"  entities: [{', '.join(entities)}]"] if entities else []),
                "  questions:",
                f"    {_item(question)}",
            ]
        )
        + "\n"
    )
    base = Lesson(question, article.id, "facts", fact_id, _label(doc), "", new=True)
    if parsed is None:
        return _with(base, _indent(body, 2), None)
    lines = text.splitlines() if text else []
    first = parsed.lines.get(("facts", 0)) if article.facts else None
    if first is not None:  # before the first fact, indented as it is
        pad = _dash_column(lines[first - 1])
        return _with(base, _indent(body, pad) + "\n", first - 1)
    if "facts" in (parsed.data or {}):  # `facts: []`: a list in flow style cannot take an item
        return _with(base, _indent(body, 2), None)
    return _with(base, "facts:\n" + _indent(body, 2), len(lines))


def _fresh_id(article: ArticleFile, said: str) -> str:
    taken = {e.id for section in ("facts", "quotes", "events", "terms") for e in getattr(article, section)}
    slug = "-".join(re.findall(r"[a-z0-9]+", said.lower())[:ID_WORDS]) or "fact"
    fresh, n = slug, 2
    while fresh in taken:
        fresh, n = f"{slug}-{n}", n + 1
    return fresh


# --- helpers --------------------------------------------------------------------------------


def _item(question: str) -> str:
    """One list item holding the question, quoted as YAML needs (a colon, a '#', a leading '-')."""
    return yaml.safe_dump([question], allow_unicode=True, width=10**6).rstrip("\n")


def _field(key: str, value: str) -> str:
    """`key: value` on one line, the value quoted as YAML needs."""
    return yaml.safe_dump({key: value}, allow_unicode=True, width=10**6).rstrip("\n")


def _with(base: Lesson, body: str, after: int | None) -> Lesson:
    return replace(base, yaml=body if body.endswith("\n") else body + "\n", after_line=after)


def _indent(text: str, pad: int) -> str:
    return "".join(" " * pad + line if line.strip() else line for line in text.splitlines(keepends=True))


def _dash_column(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _key_column(line: str) -> int:
    """The column of the first key of a line such as '  - id: x' (4) or '    id: x' (4)."""
    return len(line) - len(line.lstrip(" -"))


def _label(doc: Doc) -> str:
    text = doc.text if len(doc.text) <= 160 else doc.text[:159] + "…"
    return f"{text} (¶{', '.join(map(str, doc.paragraphs))})" if doc.paragraphs else text


def _read(path: str | None) -> str | None:
    if path is None:
        return None
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _applies(found: Lesson, text: str) -> bool:
    """Whether the file with the lesson added still validates and lists the question."""
    if found.after_line is None:
        return True
    parsed = parse_yaml(apply(found, text).encode("utf-8"), "")
    if parsed.errors:
        return False
    try:
        article = ArticleFile.model_validate(parsed.data)
    except ValidationError:
        return False
    entry = next((e for e in getattr(article, found.section) if e.id == found.entry_id), None)
    return entry is not None and found.question in entry.questions
