"""What every command handler shares: answering, autocomplete, cooldown. No answering logic."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from ..embeds import answer_pages
from ..kb.answers import Answer, Kind
from ..kb.commands import COMMANDS, Complete
from ..paginator import Paginator
from ..usage.records import CommandRecord

if TYPE_CHECKING:
    from ..client import AllianceBot

log = logging.getLogger("bot.commands")

DEFER_AFTER = 2.0  # seconds: answer directly if we can, else defer inside Discord's 3-second window
NO_MENTIONS = discord.AllowedMentions.none()


def bot_of(interaction: discord.Interaction) -> AllianceBot:
    return interaction.client  # type: ignore[return-value]


def about(command: str) -> str:
    """A command's description, from the shared command table."""
    return COMMANDS[command].description


def describe(command: str) -> dict[str, str]:
    """Option descriptions for @app_commands.describe, from the shared command table."""
    return {o.name: o.description for o in COMMANDS[command].options}


async def respond(interaction: discord.Interaction, command: str, **options: Any) -> Answer:
    """Answer a slash command: run the engine off the event loop, render, send, log one line."""
    started = time.perf_counter()
    engine = bot_of(interaction).store.engine  # this command finishes on this snapshot
    clean = {k: v for k, v in options.items() if v is not None}
    work = asyncio.get_running_loop().run_in_executor(
        bot_of(interaction).engine_thread, engine.run, command, clean
    )
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
    record_usage(interaction, command, clean, answer, latency_ms)
    return answer


def record_usage(
    interaction: discord.Interaction, command: str, options: dict[str, Any], answer: Answer, latency_ms: float
) -> None:
    """Queue one usage record (no I/O here): what was asked, whether it was answered, how fast."""
    if not bot_of(interaction).settings.record_usage:
        return  # USAGE_ENABLED=false: nothing is kept, not even in memory
    usage = bot_of(interaction).usage
    usage.record(
        CommandRecord(
            command=command,
            options={k: str(v)[:500] for k, v in options.items()},
            matched=answer.matched,
            weak=answer.weak,
            entry=answer.title if answer.matched else None,
            latency_ms=latency_ms,
            guild_id=interaction.guild_id,
            user_hash=usage.user_hash(interaction.user.id),
        )
    )


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
    if deferred:
        message = await interaction.edit_original_response(**kwargs)
    else:
        response = await interaction.response.send_message(ephemeral=ephemeral, **kwargs)
        message = response.resource if isinstance(response.resource, discord.InteractionMessage) else None
    if view is not None:
        view.message = message


def choices(
    interaction: discord.Interaction, source: Complete, current: str
) -> list[app_commands.Choice[str]]:
    names = bot_of(interaction).store.engine.complete(source, current)
    return [app_commands.Choice(name=n, value=n) for n in names]


async def complete_entity(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return choices(interaction, Complete.ENTITY, current)


async def complete_event(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return choices(interaction, Complete.EVENT, current)


async def complete_term(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return choices(interaction, Complete.TERM, current)


async def complete_topic(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return choices(interaction, Complete.TOPIC, current)


async def complete_article(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return choices(interaction, Complete.ARTICLE, current)


async def _cooldown_check(interaction: discord.Interaction) -> bool:
    """Per-user cooldown (COOLDOWN_RATE commands per COOLDOWN_SECONDS), one bucket per bot.

    discord.py's dynamic_cooldown keeps its buckets in the decorator, shared by every bot in
    the process and fixed at the first call's rate; ours live on the bot and follow its settings.
    """
    bot = bot_of(interaction)
    now = interaction.created_at.timestamp()
    buckets = bot.cooldowns
    if len(buckets) > 10_000:  # drop idle users now and then so the map cannot grow forever
        for user_id in [k for k, b in buckets.items() if b.get_tokens(now) == b.rate]:
            del buckets[user_id]
    bucket = buckets.get(interaction.user.id)
    if bucket is None:
        bucket = buckets[interaction.user.id] = app_commands.Cooldown(
            bot.settings.cooldown_rate, bot.settings.cooldown_seconds
        )
    retry_after = bucket.update_rate_limit(now)
    if retry_after is not None:
        raise app_commands.CommandOnCooldown(bucket, retry_after)
    return True


cooldown = app_commands.check(_cooldown_check)


def max_length(command: str, option: str) -> int:
    return next(o.max_length for o in COMMANDS[command].options if o.name == option)
