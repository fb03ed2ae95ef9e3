"""Helpers for the drafter's tests: draft a text with metadata, and load what was drafted."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from bot.draft.build import Draft, draft_article
from bot.draft.known import KnownBase
from bot.draft.source import Meta, meta_from_mapping
from bot.kb.loader import load_file
from bot.kb.models import ArticleFile
from tests.conftest import SHARED_ARTICLE

DATA = Path(__file__).resolve().parent / "data"
PUBLISHED = dt.date(2023, 1, 31)  # a Tuesday


def meta(**changes: object) -> Meta:
    values: dict[str, object] = {
        "outlet": "The Test Times",
        "title": "A headline",
        "url": "https://example.com/a",
        "published": PUBLISHED.isoformat(),
    }
    values.update(changes)
    return meta_from_mapping(values, "test")


def draft(text: str, known: KnownBase | None = None, **changes: object) -> Draft:
    return draft_article(text, meta(**changes), known, today=dt.date(2026, 1, 1))


def loaded(result: Draft, tmp_path: Path) -> ArticleFile:
    """The draft as the bot would load it: written to disk, parsed and validated by the loader."""
    path = tmp_path / result.filename
    path.write_text(result.yaml, encoding="utf-8")
    article, errors = load_file(path)
    assert article is not None, [str(e) for e in errors]
    return article


@pytest.fixture(scope="session")
def seed_draft() -> Draft:
    source = yaml.safe_load((SHARED_ARTICLE / "source.yaml").read_text(encoding="utf-8"))
    text = (SHARED_ARTICLE / "article.txt").read_text(encoding="utf-8")
    return draft_article(text, meta_from_mapping(source, "source.yaml"), None, today=dt.date(2026, 1, 1))
