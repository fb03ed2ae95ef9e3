"""Validation of one knowledge file: the schema, then the references between its parts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from rapidfuzz import process

from .errors import KBError, Path_, field_path
from .models import ArticleFile
from .text import normalize
from .yamlsource import ParsedYaml

MAX_ERRORS_PER_FILE = 50


def validate_article(parsed: ParsedYaml, display: str) -> tuple[ArticleFile | None, list[KBError]]:
    article, errors = validate_as(ArticleFile, parsed, display)
    if article is None:
        return None, errors
    errors = [
        KBError(display, parsed.line_of(loc), field_path(loc), msg) for loc, msg in cross_reference(article)
    ]
    return (None if errors else article), errors[:MAX_ERRORS_PER_FILE]


M = TypeVar("M", bound=BaseModel)


def validate_as(model: type[M], parsed: ParsedYaml, display: str) -> tuple[M | None, list[KBError]]:
    """The file as the model, or every schema error (file, line, field), capped."""
    try:
        return model.model_validate(parsed.data), []
    except ValidationError as exc:
        errors = [_schema_error(err, parsed, display, model) for err in exc.errors()]
        return None, errors[:MAX_ERRORS_PER_FILE]


# --- schema errors, in a moderator's words ------------------------------------------------


def _schema_error(
    err: Any, parsed: ParsedYaml, display: str, model: type[BaseModel] = ArticleFile
) -> KBError:
    loc: Path_ = tuple(err["loc"])
    return KBError(display, parsed.line_of(loc), field_path(loc), explain(err, loc, model))


def explain(err: Any, loc: Path_, model: type[BaseModel] = ArticleFile) -> str:
    kind, value = err["type"], err.get("input")
    shown = _show(value)
    match kind:
        case "missing":
            return "is required but missing; add it"
        case "extra_forbidden":
            return f"is not a known field{_did_you_mean(loc, model)}"
        case "string_type":
            return f"should be text, not {shown}; put it in quotes if it looks like a number or date"
        case "list_type":
            return f"should be a list (one '- item' per line), not {shown}"
        case "dict_type" | "model_type" | "model_attributes_type":
            return f"should be a mapping (field: value), not {shown}"
        case "int_type" | "int_parsing" | "int_from_float":
            return f"should be a whole number, not {shown}"
        case "bool_type" | "bool_parsing":
            return f"should be true or false, not {shown}"
        case "greater_than_equal" if loc and isinstance(loc[-1], int):
            return f"paragraph {shown} does not exist; paragraphs are numbered from 1"
        case "string_pattern_mismatch" if loc and loc[-1] == "url":
            return f"{shown} is not a web address (start with https://)"
        case "string_pattern_mismatch":
            return f"{shown} is not a valid id (lowercase letters, digits and hyphens, e.g. lee-jong-sup)"
        case "too_short":
            return "must not be empty; add at least one item"
        case "too_long" | "string_too_long":
            limit = err.get("ctx", {}).get("max_length", 0)
            if isinstance(value, str):
                return f"is longer than {limit:,} characters; one value needs far fewer"
            return f"has more than {limit:,} items; one article needs far fewer"
        case "enum":
            expected = err.get("ctx", {}).get("expected", "")
            return f"{shown} is not one of {expected}"
        case "date" | "blank":
            return err["msg"]
        case "less_than_equal" | "greater_than" | "less_than" if loc == ("schema_version",):
            return f"{shown} is not a schema version this bot knows; use 1"
    return f"{err['msg']} (got {shown})"


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value[:60]}"'
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    return repr(value)[:60]


def _known_fields(model: type[BaseModel], loc: Path_) -> list[str]:
    """The field names allowed at loc's parent, by walking the model along the path."""
    current: Any = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        info = current.model_fields.get(part) if _is_model(current) else None
        if info is None:
            return []
        current = _model_in(info.annotation)
    return list(current.model_fields) if _is_model(current) else []


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


def _model_in(annotation: Any) -> Any:
    """The BaseModel inside list[...] / X | None, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _did_you_mean(loc: Path_, model: type[BaseModel] = ArticleFile) -> str:
    fields = _known_fields(model, loc)
    if not fields:
        return ""
    best = process.extractOne(str(loc[-1]), fields, score_cutoff=60)
    allowed = ", ".join(fields)
    return (f'; did you mean "{best[0]}"?' if best else "") + f" (allowed here: {allowed})"


# --- references between parts of the file ------------------------------------------------


def cross_reference(article: ArticleFile) -> Iterator[tuple[Path_, str]]:
    yield from _unique_ids(article)
    yield from _unique_names(article)
    yield from _known_refs(article)
    yield from _paragraph_range(article)


def _sections(article: ArticleFile) -> Iterator[tuple[str, int, Any]]:
    for section in ("people", "organizations", "events", "quotes", "terms", "facts"):
        for index, item in enumerate(getattr(article, section)):
            yield section, index, item


def _unique_ids(article: ArticleFile) -> Iterator[tuple[Path_, str]]:
    first: dict[str, str] = {}
    for section, index, item in _sections(article):
        where = f"{section}[{index}]"
        if item.id in first:
            yield (
                (section, index, "id"),
                f'"{item.id}" is already used by {first[item.id]}; ids must be unique in a file',
            )
        else:
            first[item.id] = where


def _unique_names(article: ArticleFile) -> Iterator[tuple[Path_, str]]:
    """An alias naming two entries would make a lookup ambiguous."""
    groups: dict[str, list[tuple[str, list[Any]]]] = {
        "entity": [("people", article.people), ("organizations", article.organizations)],
        "event": [("events", article.events)],
        "term": [("terms", article.terms)],
    }
    for kind, sections in groups.items():
        owner: dict[str, str] = {}
        for section, items in sections:
            for index, item in enumerate(items):
                for field, names in _names_of(item):
                    for n, name in enumerate(names):
                        key = normalize(name)
                        previous = owner.setdefault(key, item.id)
                        if previous != item.id:
                            loc = (section, index, field, n) if field != "name" else (section, index, field)
                            yield (
                                loc,
                                f'"{name}" also names {kind} "{previous}"; an alias may name only one {kind}',
                            )


def _names_of(item: Any) -> list[tuple[str, list[str]]]:
    if hasattr(item, "term"):
        return [("term", [item.term]), ("acronyms", item.acronyms), ("aliases", item.aliases)]
    return [("name", [item.name]), ("aliases", item.aliases)]


def _known_refs(article: ArticleFile) -> Iterator[tuple[Path_, str]]:
    entity_ids = {e.id for e in article.entities}
    hint = "; use the id of an entry under people or organizations"
    for n, ref in enumerate(article.key_people):
        if ref not in entity_ids:
            yield ("key_people", n), f'"{ref}" is not a known person or organization{hint}'
    for index, quote in enumerate(article.quotes):
        if quote.speaker not in entity_ids:
            yield (
                ("quotes", index, "speaker"),
                f'"{quote.speaker}" is not a known person or organization{hint}',
            )
    lists = [
        ("events", "entities"),
        ("facts", "entities"),
        ("people", "members"),
        ("organizations", "members"),
    ]
    for section, field in lists:
        for index, item in enumerate(getattr(article, section)):
            for n, ref in enumerate(getattr(item, field)):
                if ref not in entity_ids:
                    yield (section, index, field, n), f'"{ref}" is not a known person or organization{hint}'


def _paragraph_range(article: ArticleFile) -> Iterator[tuple[Path_, str]]:
    count = len(article.paragraphs)
    for section, index, item in _sections(article):
        refs: list[tuple[Path_, int]] = [
            ((section, index, "paragraphs", n), p) for n, p in enumerate(item.paragraphs)
        ]
        for a, action in enumerate(getattr(item, "actions", [])):
            refs += [
                ((section, index, "actions", a, "paragraphs", n), p) for n, p in enumerate(action.paragraphs)
            ]
        for loc, number in refs:
            if number > count:
                yield loc, f"paragraph {number} does not exist; the article has {count} paragraphs"
