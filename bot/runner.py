"""Starting the bot and syncing its commands: the only code that talks to the real Discord."""

from __future__ import annotations

import asyncio
import logging
import sys
from dataclasses import replace

import aiohttp
import discord

from .client import create_bot
from .redact import SafeLogFilter, redact, visible
from .settings import Settings
from .usage.dsn import DatabaseURL, RedactPassword

EXIT_OK, EXIT_BAD_TOKEN, EXIT_NO_DISCORD = 0, 2, 2
BAD_TOKEN = (
    "error: Discord refused the token in DISCORD_TOKEN. Copy a fresh one from "
    "https://discord.com/developers/applications (your app > Bot > Reset Token) into .env."
)


def _setup_logging(settings: Settings) -> None:
    """discord.py's logging setup, once per process, with the token filtered out of our handler."""
    root = logging.getLogger()
    if any(getattr(h, "alliance_bot", False) for h in root.handlers):
        return
    handler = logging.StreamHandler()
    handler.alliance_bot = True  # type: ignore[attr-defined]
    handler.addFilter(SafeLogFilter(settings.token))
    if isinstance(settings.usage_db, DatabaseURL):
        handler.addFilter(RedactPassword(settings.usage_db))
    discord.utils.setup_logging(handler=handler, level=getattr(logging, settings.log_level), root=True)


# Failures of the network or of Discord itself before the bot is up: nothing of ours to debug.
UNREACHABLE = (
    aiohttp.ClientError,
    OSError,
    TimeoutError,
    discord.GatewayNotFound,
    discord.DiscordServerError,
)


def unreachable(exc: BaseException) -> str:
    """One line for a Discord that cannot be reached: what failed, and what to do."""
    if isinstance(exc, discord.DiscordServerError):
        reason = f"Discord answered HTTP {exc.status}"
    else:
        reason = str(exc).strip() or type(exc).__name__
    return visible(
        redact(f"error: cannot reach Discord ({reason[:160]}); check the network connection and try again.")
    )


def run_bot(settings: Settings) -> int:
    """Run until stopped. discord.py reconnects by itself once connected; a bad token, or no
    way to reach Discord at start, exits with status 2 and one line saying why."""
    _setup_logging(settings)
    bot = create_bot(settings)
    try:
        bot.run(settings.token or "", log_handler=None)
    except discord.LoginFailure:
        print(BAD_TOKEN, file=sys.stderr)
        return EXIT_BAD_TOKEN
    except discord.PrivilegedIntentsRequired:
        print(
            "error: this bot asks for no privileged intents; check the application settings.", file=sys.stderr
        )
        return EXIT_BAD_TOKEN
    except UNREACHABLE as exc:
        print(unreachable(exc), file=sys.stderr)
        return EXIT_NO_DISCORD
    return EXIT_OK


def sync_commands(settings: Settings, guild_id: int | None = None) -> int:
    """Register the slash commands: globally, or to one server (instant) while developing."""
    _setup_logging(settings)
    guild_id = guild_id or None
    try:
        synced = asyncio.run(_sync(replace(settings, watch=False, record_usage=False), guild_id))
    except discord.LoginFailure:
        print(BAD_TOKEN, file=sys.stderr)
        return EXIT_BAD_TOKEN
    except UNREACHABLE as exc:
        print(unreachable(exc), file=sys.stderr)
        return EXIT_NO_DISCORD
    where = f"server {guild_id}" if guild_id else "all servers (global; may take up to an hour to show)"
    print(f"Synced {synced} commands to {where}.")
    return EXIT_OK


async def _sync(settings: Settings, guild_id: int | None) -> int:
    bot = create_bot(settings)
    async with bot:
        await bot.login(settings.token or "")
        if guild_id:
            guild = discord.Object(id=guild_id)
            bot.tree.copy_global_to(guild=guild)
            return len(await bot.tree.sync(guild=guild))
        return len(await bot.tree.sync())
