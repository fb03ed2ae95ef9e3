"""Fixtures driving the real bot through discord.py against the local stand-in for Discord."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import replace
from pathlib import Path

import pytest

from bot import create_bot
from bot.client import AllianceBot
from bot.settings import Settings
from tests.conftest import KNOWLEDGE
from tests.fakediscord import FakeDiscord


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(
        token="fake-token",
        knowledge_dir=KNOWLEDGE,
        watch=False,
        cooldown_rate=1000,
        usage_db=tmp_path / "data" / "usage.sqlite3",
        kb_cache_dir=tmp_path / "cache",
        kb_cache_key=tmp_path / "config" / "cache.key",
    )


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


@pytest.fixture
async def bot(
    fake: FakeDiscord, settings: Settings, caplog: pytest.LogCaptureFixture
) -> AsyncIterator[AllianceBot]:
    """A logged-in, connected bot. Fails the test on any ERROR log or unknown route."""
    caplog.set_level(logging.INFO)
    client = create_bot(settings)
    task = await fake.connect(client)
    yield client
    await client.close()
    task.cancel()
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR and not getattr(r, "expected", False)]
    assert not fake.unknown, f"requests to routes the stand-in does not know: {fake.unknown}"
    if not getattr(client, "errors_expected", False):
        assert not errors, [r.getMessage() for r in errors]


@pytest.fixture
def make_settings(settings: Settings):
    def build(**changes):
        return replace(settings, **changes)

    return build
