"""Cogs are given what they use when the bot adds them; none reaches back to the bot."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import discord
from discord.ext import commands

from bot import create_bot
from bot.cogs import Lookup, Moderation
from bot.cogs.common import Answering, Cooldowns
from bot.kb.store import KnowledgeStore
from bot.usage.recorder import UsageRecorder
from bot.usage.sqlite import SqliteUsageStore
from tests.conftest import KNOWLEDGE, ROOT


def test_every_cog_holds_the_bots_own_services(settings, make_settings):
    bot = create_bot(settings)
    lookup, moderation = bot.get_cog("Lookup"), bot.get_cog("Moderation")
    assert isinstance(lookup, Lookup) and isinstance(moderation, Moderation)
    assert lookup.answering.knowledge is bot.store and lookup.answering.engine_thread is bot.engine_thread
    assert lookup.answering.usage is bot.usage and lookup.cooldowns is bot.cooldowns
    assert moderation.knowledge is bot.store and moderation.usage is bot.usage
    off = create_bot(make_settings(record_usage=False)).get_cog("Lookup")
    assert isinstance(off, Lookup) and off.answering.usage is None  # nothing recorded, not even queued


def test_the_cogs_never_import_or_reach_for_the_bot():
    for path in (ROOT / "bot" / "cogs").glob("*.py"):
        source = path.read_text()
        assert "interaction.client" not in source and "from ..client" not in source, path.name
    imported = subprocess.run(
        [sys.executable, "-c", "import sys, bot.cogs; print('bot.client' in sys.modules)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert imported.stdout.strip() == "False"


async def test_a_cog_answers_and_records_on_any_bot_given_its_services(fake, tmp_path: Path):
    """The injection is real: a plain discord.py bot with a Lookup cog answers and records."""
    knowledge = KnowledgeStore(KNOWLEDGE)
    knowledge.load()
    usage = UsageRecorder(lambda: SqliteUsageStore(tmp_path / "u.sqlite3"), retention_days=90)
    await usage.start()
    plain = commands.Bot(command_prefix=commands.when_mentioned, intents=discord.Intents(guilds=True))
    with ThreadPoolExecutor(max_workers=1) as engine_thread:
        await plain.add_cog(Lookup(Answering(knowledge, engine_thread, usage), Cooldowns(100, 60)))
        task = await fake.connect(plain)
        try:
            replies = [await fake.interact(fake.slash("who", name="Austn")) for _ in range(2)]
        finally:
            await plain.close()
            task.cancel()
    assert [r.embeds[0]["title"] for r in replies] == ["Lloyd Austin"] * 2
    await usage.flush()
    assert usage.store is not None
    rows = usage.store.rows(datetime(2000, 1, 1, tzinfo=UTC))
    assert [(r.command, r.asked, r.entry) for r in rows] == [("who", "Austn", "Lloyd Austin")] * 2
