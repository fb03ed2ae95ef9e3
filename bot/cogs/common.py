"""What every command handler shares: answering, autocomplete, cooldown. No answering logic.

Cogs are given what they use when the bot adds them (the knowledge store, the engine's thread,
the usage recorder, the cooldowns); nothing here reaches back to the bot through the interaction.
"""

from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import Executor
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from ..embeds import answer_pages
from ..kb.answers import Answer, Kind
from ..kb.commands import COMMANDS, Complete
from ..kb.store import KnowledgeStore
from ..paginator import Paginator
from ..usage.recorder import UsageRecorder
from ..usage.records import CommandRecord

log = logging.getLogger("bot.commands")

DEFER_AFTER = 2.0  # seconds: answer directly if we can, else defer inside Discord's 3-second window
NO_MENTIONS = discord.AllowedMentions.none()
MAX_BUCKETS = 10_000  # users with a cooldown bucket before idle ones are dropped


def about(command: str) -> str:
    """A command's description, from the shared command table."""
    return COMMANDS[command].description


def describe(command: str) -> dict[str, str]:
    """Option descriptions for @app_commands.describe, from the shared command table."""
    return {o.name: o.description for o in COMMANDS[command].options}


class Answering:
    """Answering a command: the engine off the event loop, the reply, one log line, one usage
    record. `usage` is None when recording is off (USAGE_ENABLED=false): nothing is kept."""

    def __init__(
        self, knowledge: KnowledgeStore, engine_thread: Executor, usage: UsageRecorder | None
    ) -> None:
        self.knowledge = knowledge
        self.engine_thread = engine_thread
        self.usage = usage

    async def respond(self, interaction: discord.Interaction, command: str, **options: Any) -> Answer:
        started = time.perf_counter()
        engine = self.knowledge.engine  # this command finishes on this snapshot
        clean = {k: v for k, v in options.items() if v is not None}
        work = asyncio.get_running_loop().run_in_executor(self.engine_thread, engine.run, command, clean)
        done, _ = await asyncio.wait({work}, timeout=DEFER_AFTER)
        deferred = not done
        if deferred:
            await interaction.response.defer(thinking=True)
        answer = await work
        await send_answer(interaction, answer, deferred=deferred)
        latency_ms = (time.perf_counter() - started) * 1000
        log.info(
            "command=/%s matched=%s latency_ms=%.1f%s",
            command,
            answer.matched,
            latency_ms,
            " deferred" if deferred else "",
        )
        self.record(interaction, command, clean, answer, latency_ms)
        return answer

    def record(
        self,
        interaction: discord.Interaction,
        command: str,
        options: dict[str, Any],
        answer: Answer,
        latency_ms: float,
    ) -> None:
        """Queue one usage record (no I/O here): what was asked, whether it was answered, how fast."""
        if self.usage is None:
            return
        self.usage.record(
            CommandRecord(
                command=command,
                options={k: str(v)[:500] for k, v in options.items()},
                matched=answer.matched,
                weak=answer.weak,
                entry=answer.title if answer.matched else None,
                latency_ms=latency_ms,
                guild_id=interaction.guild_id,
            ),
            user_id=interaction.user.id,  # hashed with the database's salt, never stored
        )

    def choices(self, source: Complete, current: str) -> list[app_commands.Choice[str]]:
        names = self.knowledge.engine.complete(source, current)
        return [app_commands.Choice(name=n, value=n) for n in names]


class Cooldowns:
    """Per-user cooldown: at most `rate` commands per `per` seconds, buckets kept per bot.

    discord.py's dynamic_cooldown keeps its buckets in the decorator, shared by every bot in
    the process and fixed at the first call's rate; these belong to one bot and its settings.
    """

    def __init__(self, rate: int, per: float) -> None:
        self.rate, self.per = rate, per
        self.buckets: dict[int, app_commands.Cooldown] = {}  # user id -> bucket

    def check(self, interaction: discord.Interaction) -> bool:
        now = interaction.created_at.timestamp()
        if len(self.buckets) > MAX_BUCKETS:  # drop idle users now and then so the map cannot grow forever
            for user_id in [k for k, b in self.buckets.items() if b.get_tokens(now) == b.rate]:
                del self.buckets[user_id]
        bucket = self.buckets.get(interaction.user.id)
        if bucket is None:
            bucket = self.buckets[interaction.user.id] = app_commands.Cooldown(self.rate, self.per)
        retry_after = bucket.update_rate_limit(now)
        if retry_after is not None:
            raise app_commands.CommandOnCooldown(bucket, retry_after)
        return True


class AnswerCog(commands.Cog):
    """A cog of engine commands: answers through `answering`; every command is under the
    cooldown when one is given; option autocomplete from the served knowledge base."""

    def __init__(self, answering: Answering, cooldowns: Cooldowns | None = None) -> None:
        self.answering = answering
        self.cooldowns = cooldowns

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        return self.cooldowns is None or self.cooldowns.check(interaction)

    async def complete_entity(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.answering.choices(Complete.ENTITY, current)

    async def complete_event(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.answering.choices(Complete.EVENT, current)

    async def complete_term(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.answering.choices(Complete.TERM, current)

    async def complete_topic(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.answering.choices(Complete.TOPIC, current)

    async def complete_article(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return self.answering.choices(Complete.ARTICLE, current)


async def send_answer(
    interaction: discord.Interaction, answer: Answer, deferred: bool = False, ephemeral: bool | None = None
) -> None:
    """Send an answer's first page, with page buttons when it has more. Misses are ephemeral."""
    pages = answer_pages(answer)
    if ephemeral is None:
        ephemeral = not answer.matched or answer.kind == Kind.USAGE
    view = Paginator(pages, owner_id=interaction.user.id) if len(pages) > 1 else None
    kwargs: dict[str, Any] = {"embed": pages[0], "allowed_mentions": NO_MENTIONS}
    if view is not None:
        kwargs["view"] = view
    message: discord.InteractionMessage | None
    if deferred:
        message = await interaction.edit_original_response(**kwargs)
    else:
        response = await interaction.response.send_message(ephemeral=ephemeral, **kwargs)
        message = response.resource if isinstance(response.resource, discord.InteractionMessage) else None
    if view is not None:
        view.message = message


def max_length(command: str, option: str) -> int:
    return next(o.max_length for o in COMMANDS[command].options if o.name == option)
