"""Starting the bot and syncing its commands: the only code that talks to the real Discord."""

from __future__ import annotations

import asyncio
import logging
import sys
from dataclasses import replace

import discord

from .client import create_bot
from .settings import Settings
from .usage.dsn import DatabaseURL, RedactPassword

EXIT_OK, EXIT_BAD_TOKEN = 0, 2
BAD_TOKEN = (
    "error: Discord refused the token in DISCORD_TOKEN. Copy a fresh one from "
    "https://discord.com/developers/applications (your app > Bot > Reset Token) into .env."
)


class RedactToken(logging.Filter):
    """Belt and braces: whatever logs it, the token never reaches a log line."""

    def __init__(self, token: str | None) -> None:
        super().__init__()
        self.token = token if token and len(token) >= 8 else None  # never redact a stray letter

    def filter(self, record: logging.LogRecord) -> bool:
        if self.token and self.token in record.getMessage():
            record.msg, record.args = record.getMessage().replace(self.token, "[token]"), None
        return True


def _setup_logging(settings: Settings) -> None:
    """discord.py's logging setup, once per process, with the token filtered out of our handler."""
    root = logging.getLogger()
    if any(getattr(h, "alliance_bot", False) for h in root.handlers):
        return
    handler = logging.StreamHandler()
    handler.alliance_bot = True  # type: ignore[attr-defined]
    handler.addFilter(RedactToken(settings.token))
    if isinstance(settings.usage_db, DatabaseURL):
        handler.addFilter(RedactPassword(settings.usage_db))
    discord.utils.setup_logging(handler=handler, level=getattr(logging, settings.log_level), root=True)


def run_bot(settings: Settings) -> int:
    """Run until stopped. discord.py reconnects by itself; a bad token exits with status 2."""
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
