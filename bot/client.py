"""The Discord bot: configuration, cogs, the tree-wide error handler and live reload."""

from __future__ import annotations

import asyncio
import gc
import logging
import uuid
from collections.abc import Collection, Coroutine
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from .cogs import Articles, Help, Lookup, Moderation, Retrieval
from .cogs.common import Answering, Cooldowns
from .cogs.moderation import NotModerator
from .embeds import clip
from .kb import english
from .kb.store import KnowledgeStore, ReloadOutcome
from .settings import Settings
from .usage.recorder import UsageRecorder
from .usage.stores import describe, open_store
from .watch import watch_knowledge

log = logging.getLogger("bot")

ALERT_ERRORS_SHOWN = 10
LOGGED_ERRORS = 20  # per load: a crafted file with thousands of errors must not flood the log


class AllianceBot(commands.Bot):
    def __init__(self, settings: Settings, store: KnowledgeStore | None = None, **options: Any) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,  # slash commands only; no message content needed
            intents=discord.Intents(guilds=True),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            max_messages=None,  # it reads no messages: caching a thousand only feeds the collector
            **options,
        )
        self.settings = settings
        self.store = store or KnowledgeStore(
            settings.knowledge_dir, cache_dir=settings.kb_cache_dir, key_file=settings.kb_cache_key
        )
        self._reload_lock = asyncio.Lock()
        # Answers are computed on one thread of their own, off the event loop. One, not a pool:
        # the work is Python under one lock (the GIL), and several threads taking turns at it
        # answered half as fast as one (1.15 against 0.61 ms per /ask, measured).
        self.engine_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="engine")
        self.cooldowns = Cooldowns(settings.cooldown_rate, settings.cooldown_seconds)
        self.usage = UsageRecorder(
            lambda: open_store(settings.usage_db, pool_size=settings.usage_pool_size),
            settings.usage_retention_days,
            where=describe(settings.usage_db),
        )
        self._usage_task: asyncio.Task[None] | None = None
        self._watcher: asyncio.Task[None] | None = None
        self._held_timer: asyncio.TimerHandle | None = None
        self._held_task: asyncio.Task[ReloadOutcome] | None = None
        self._warming: asyncio.Future[None] | None = None
        self.tree.on_error = self.on_app_command_error  # type: ignore[method-assign]
        # Each cog is handed what it uses; none reaches back to the bot.
        answering = Answering(self.store, self.engine_thread, self.usage if settings.record_usage else None)
        cogs = (
            Articles(answering, self.cooldowns),
            Lookup(answering, self.cooldowns),
            Retrieval(answering, self.cooldowns),
            Help(answering),
            Moderation(self.store, self.reload_knowledge, self.usage, settings),
        )
        for cog in cogs:
            _run_sync(self.add_cog(cog))

    async def setup_hook(self) -> None:
        """Runs at login: load the knowledge base (off the loop) and start watching it.

        Commands are not synced here: `alliance-bot sync` does that, once, when they change.
        """
        if self.store.loaded_at is None:
            # /ask's English word statistics load alongside, so no first asker waits for them
            warming = asyncio.get_running_loop().run_in_executor(self.engine_thread, english.warm)
            outcome = await asyncio.to_thread(self.store.load)
            await warming
            gc.freeze()  # the knowledge base lives long: keep full collections from walking it
            self._log_outcome(outcome, "start-up")
            self._recheck_held(outcome)
            self._warm_tables()
        if self.settings.watch:
            self._watcher = asyncio.create_task(
                watch_knowledge(self.store.path, self.reload_knowledge), name="knowledge-watcher"
            )
        if self.settings.record_usage:
            await self.usage.start()
            self._usage_task = asyncio.create_task(self.usage.run(), name="usage-recorder")

    async def close(self) -> None:
        if self._held_timer is not None:
            self._held_timer.cancel()
        for task in (self._watcher, self._usage_task, self._held_task):
            if task is not None:
                task.cancel()
                await asyncio.gather(task, return_exceptions=True)
        if self._usage_task is not None or self.usage.store is not None:
            await self.usage.close()  # what is queued is written before the bot goes
        await super().close()
        self.engine_thread.shutdown(wait=False, cancel_futures=True)

    # --- knowledge base ---------------------------------------------------------------

    async def reload_knowledge(
        self,
        reason: str,
        confirm: bool = False,
        *,
        changed: Collection[str] | None = None,
        quiet: bool = False,
    ) -> ReloadOutcome:
        """Build the new knowledge base in a thread and swap it in; report what is new: errors,
        and articles held back because most of their entries vanished (`confirm` applies them).
        `changed`: the files the watcher saw change (the others are not looked at); `quiet`: a
        routine check, logged only if it found something."""
        async with self._reload_lock:
            outcome = await asyncio.to_thread(self.store.load, confirm, changed)
            gc.freeze()
        if not outcome.same:
            self._warm_tables()
        if not (quiet and outcome.same):
            self._log_outcome(outcome, reason)
        if outcome.new_errors:
            await self._alert(outcome)
        if outcome.newly_held:
            await self._alert_held(outcome)
        self._recheck_held(outcome)
        return outcome

    def _warm_tables(self) -> None:
        """The tables /ask keeps per knowledge base, made on the engine thread now, ahead of the
        questions queued after them, rather than by whoever asks first (0.7 s at 10,000 articles)."""
        warming = asyncio.get_running_loop().run_in_executor(self.engine_thread, self.store.engine.warm)
        warming.add_done_callback(_log_failure)
        self._warming = warming

    def _log_outcome(self, outcome: ReloadOutcome, reason: str) -> None:
        for held in outcome.newly_held:
            log.warning("knowledge base: %s", held.describe())
        if not outcome.errors:
            log.info(
                "knowledge base loaded (%s) in %.0f ms: %s", reason, outcome.seconds * 1000, outcome.counts
            )
            return
        kept = "new one served" if outcome.applied else "last good one kept"
        new = len(outcome.new_errors)
        log.error("knowledge base has %d error(s), %d new (%s); %s", len(outcome.errors), new, reason, kept)
        for error in outcome.new_errors[:LOGGED_ERRORS]:  # the others were logged when they appeared
            log.error("  %s", error)
        if new > LOGGED_ERRORS:
            log.error("  … and %d more (alliance-bot check lists them all)", new - LOGGED_ERRORS)

    def _recheck_held(self, outcome: ReloadOutcome) -> None:
        """A held change applies by itself once its file has stayed the same long enough: look
        again then, even if nothing else changes."""
        if self._held_timer is not None:
            self._held_timer.cancel()
            self._held_timer = None
        if outcome.held:
            wait = max(0.0, (min(h.until for h in outcome.held) - datetime.now(UTC)).total_seconds())
            self._held_timer = asyncio.get_running_loop().call_later(wait + 0.5, self._held_wait_over)

    def _held_wait_over(self) -> None:
        self._held_task = asyncio.create_task(self.reload_knowledge("a held change's wait is over"))

    async def _alert(self, outcome: ReloadOutcome) -> None:
        lines = [str(e) for e in outcome.new_errors[:ALERT_ERRORS_SHOWN]]
        if len(outcome.new_errors) > ALERT_ERRORS_SHOWN:
            lines.append(
                f"… and {len(outcome.new_errors) - ALERT_ERRORS_SHOWN} more (/kb validate lists them all)"
            )
        kept = "The last good knowledge base keeps serving." if not outcome.applied else ""
        await self._post_alert(
            "Knowledge base: edit refused" if not outcome.applied else "Knowledge base: errors",
            f"{kept}\n```\n" + "\n".join(lines) + "\n```",
        )

    async def _alert_held(self, outcome: ReloadOutcome) -> None:
        lines = "\n".join(f"• {h.describe()}" for h in outcome.newly_held)
        await self._post_alert(
            "Knowledge base: change held back",
            "Most of an article's entries vanished in one save (a half-written or truncated file?). "
            f"The previous version keeps serving.\n{lines}",
        )

    async def _post_alert(self, title: str, text: str) -> None:
        channel_id = self.settings.alert_channel_id
        if channel_id is None:
            return
        embed = discord.Embed(title=title, description=clip(text, 4096), colour=discord.Colour.red())
        try:
            channel = self.get_channel(channel_id) or await self.fetch_channel(channel_id)
            await channel.send(embed=embed, allowed_mentions=discord.AllowedMentions.none())  # type: ignore[union-attr]
        except discord.HTTPException as exc:
            log.warning("could not post the knowledge-base alert to channel %s: %s", channel_id, exc)

    # --- errors -----------------------------------------------------------------------

    async def on_app_command_error(
        self, interaction: discord.Interaction, error: app_commands.AppCommandError
    ) -> None:
        """One place for every command error: a short, ephemeral reply; details only in the log,
        once per failure, with a short id the user can quote."""
        command = interaction.command.qualified_name if interaction.command else "?"
        original = getattr(error, "original", error)
        if isinstance(error, app_commands.CommandOnCooldown):
            message = f"Easy there: you can ask again in {error.retry_after:.0f} s."
        elif isinstance(error, NotModerator | app_commands.MissingPermissions):
            message = str(error) or "You are not allowed to use this command."
        elif isinstance(error, app_commands.NoPrivateMessage):
            message = "This command works in servers only."
        elif isinstance(error, app_commands.TransformerError | app_commands.CommandSignatureMismatch):
            message = "That option value was not understood. Try /help."
        elif isinstance(original, discord.HTTPException | aiohttp.ClientError | TimeoutError):
            # Discord itself failed (after discord.py's own retries): nothing of ours to debug.
            error_id = uuid.uuid4().hex[:8]
            log.warning("error %s in /%s: Discord request failed: %s", error_id, command, _describe(original))
            if isinstance(original, discord.NotFound):
                return  # the interaction is gone (expired token): no reply can reach the user
            message = f"Discord did not take our reply (error id `{error_id}`). Please try again."
        else:
            error_id = uuid.uuid4().hex[:8]
            log.error("error %s in /%s", error_id, command, exc_info=error)
            message = f"Something went wrong on our side (error id `{error_id}`). Please try again."
        await self._reply_ephemeral(interaction, message)

    async def _reply_ephemeral(self, interaction: discord.Interaction, message: str) -> None:
        try:
            if interaction.response.is_done():
                await interaction.followup.send(
                    message, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
                )
            else:
                await interaction.response.send_message(
                    message, ephemeral=True, allowed_mentions=discord.AllowedMentions.none()
                )
        except (TimeoutError, discord.HTTPException, aiohttp.ClientError) as exc:
            log.debug("could not tell the user about an error: %s", _describe(exc))


def _log_failure(done: asyncio.Future[None]) -> None:
    """A warm-up that failed costs the first asker the time it would have saved: logged, no more."""
    if not done.cancelled() and (exc := done.exception()) is not None:
        log.warning("warming the knowledge base's tables failed: %s", _describe(exc))


def _describe(exc: BaseException) -> str:
    if isinstance(exc, discord.HTTPException):
        return f"{exc.status} {exc.text[:120]}".strip()
    return f"{type(exc).__name__}: {exc}"[:160]


class ShardedAllianceBot(AllianceBot, commands.AutoShardedBot):
    """The same bot on discord.py's sharding, for SHARD_COUNT / SHARD_IDS deployments."""


def create_bot(settings: Settings | None = None, store: KnowledgeStore | None = None) -> AllianceBot:
    """A configured bot, not logged in, whose command tree holds every command.

    With no settings, they are read from the environment and `.env`.
    """
    settings = settings or Settings.from_env()
    if settings.shard_count:
        return ShardedAllianceBot(
            settings,
            store,
            shard_count=settings.shard_count,
            shard_ids=list(settings.shard_ids) if settings.shard_ids else None,
        )
    return AllianceBot(settings, store)


def _run_sync(coro: Coroutine[Any, Any, None]) -> None:
    """Finish a coroutine that never suspends, outside any event loop.

    `Bot.add_cog` is a coroutine only because a cog's `cog_load` may be; ours have none, so
    adding them in `__init__` completes at once and `create_bot()` can return a bot whose tree
    already holds every command, without needing a running loop.
    """
    try:
        coro.send(None)
    except StopIteration:
        return
    coro.close()
    raise RuntimeError("add_cog suspended: a cog_load that awaits cannot be added in __init__")
