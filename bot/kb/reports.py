"""Moderators' reports as answers: the state of the knowledge base, and validation results."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from .answers import Answer, Field, Item, Kind, counted
from .errors import KBError
from .store import KnowledgeStore, ReloadOutcome

MAX_LISTED = 50


def _when(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC") if moment else "never"


def _error_items(errors: Sequence[KBError]) -> tuple[Item, ...]:
    return tuple(
        Item(
            (f"{e.file}:{e.line}" if e.line else e.file) + (" (warning)" if e.warning else ""),
            f"`{e.field}`: {e.message}",
        )
        for e in errors[:MAX_LISTED]
    )


def status(store: KnowledgeStore) -> Answer:
    kb = store.engine.kb
    articles = "\n".join(f"• `{a.id}`: {a.article.title}" for a in kb.articles[:10]) or "none"
    if len(kb.articles) > 10:
        articles += f"\n… and {len(kb.articles) - 10} more"
    fields = [
        Field("Articles", articles),
        Field("Holds", counted(kb.counts())),
        Field("Loaded", _when(store.loaded_at), True),
        Field("Folder", f"`{store.path.name}`", True),
    ]
    if store.last_errors:
        fields.append(
            Field("Last error", f"{_when(store.last_error_at)}: {len(store.last_errors)} error(s)", True)
        )
    if store.held:
        fields.append(Field("Held back", "\n".join(f"• {h.describe()}" for h in store.held.values())))
    text = "Serving the last good knowledge base." if store.last_errors else "All knowledge files are valid."
    if store.held:
        text += " Some changes are held back: the previous versions serve (see below)."
    return Answer(
        "kb status",
        Kind.STATUS,
        "Knowledge base status",
        text,
        tuple(fields),
        items=_error_items(store.last_errors),
    )


def reload(outcome: ReloadOutcome) -> Answer:
    if outcome.applied and not outcome.errors:
        text = f"Reloaded in {outcome.seconds * 1000:.0f} ms: {counted(outcome.counts)}."
        if outcome.held:  # only when not confirmed: /kb reload confirms
            text += " Held back: " + "; ".join(h.describe() for h in outcome.held)
        return Answer("kb reload", Kind.STATUS, "Knowledge base reloaded", text)
    text = (
        f"{len(outcome.errors)} error(s): the previous knowledge base keeps serving. "
        "Fix these and save again."
        if not outcome.applied
        else f"{len(outcome.errors)} error(s); the valid files are being served."
    )
    return Answer(
        "kb reload",
        Kind.STATUS,
        "Reload refused" if not outcome.applied else "Reloaded with errors",
        text,
        items=_error_items(outcome.errors),
        matched=outcome.applied,
    )


def validation(errors: Sequence[KBError], counts: dict[str, int], warnings: Sequence[KBError] = ()) -> Answer:
    noted = f" {len(warnings)} warning(s) worth a look." if warnings else ""
    if not errors:
        return Answer(
            "kb validate",
            Kind.STATUS,
            "Knowledge base valid",
            f"OK: {counted(counts)}.{noted}",
            items=_error_items(warnings),
        )
    files = len({e.file for e in errors})
    return Answer(
        "kb validate",
        Kind.STATUS,
        "Knowledge base has errors",
        f"{len(errors)} error(s) in {files} file(s), each with file, line and field.{noted}",
        items=_error_items([*errors, *warnings]),
    )
