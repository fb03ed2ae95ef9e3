"""/kb status, /kb reload, /kb validate: for members with Manage Server or the moderator role."""

from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from ..kb import reports
from ..kb.index import KnowledgeBase
from ..kb.loader import load_path
from .common import bot_of, send_answer


class NotModerator(app_commands.CheckFailure):
    """Raised when someone without the permission or role reaches a /kb command."""


def is_moderator(interaction: discord.Interaction) -> bool:
    """Checked in the bot, not only by Discord's default permissions: a crafted call is refused too."""
    if interaction.guild is None or not isinstance(interaction.user, discord.Member):
        return False
    if interaction.permissions.manage_guild:
        return True
    role_id = bot_of(interaction).settings.mod_role_id
    return role_id is not None and any(role.id == role_id for role in interaction.user.roles)


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Moderation(commands.GroupCog, group_name="kb", group_description="Knowledge base tools for moderators"):
    async def interaction_check(self, interaction: discord.Interaction) -> bool:  # type: ignore[override]
        if interaction.guild is None:
            raise app_commands.NoPrivateMessage()
        if not is_moderator(interaction):
            raise NotModerator("You need the Manage Server permission or the moderator role for /kb.")
        return True

    @app_commands.command(name="status", description="Articles, counts, when last loaded, the last error")
    async def status(self, interaction: discord.Interaction) -> None:
        await send_answer(interaction, reports.status(bot_of(interaction).store), ephemeral=True)

    @app_commands.command(name="reload", description="Reload the knowledge files now")
    async def reload(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        outcome = await bot_of(interaction).reload_knowledge(reason=f"/kb reload by {interaction.user.id}")
        await send_answer(interaction, reports.reload(outcome), deferred=True)

    @app_commands.command(
        name="validate", description="Check the knowledge files, as `alliance-bot check` does"
    )
    async def validate(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await asyncio.to_thread(load_path, bot_of(interaction).store.path)
        counts = KnowledgeBase.count_articles(report.articles)
        await send_answer(interaction, reports.validation(report.errors, counts), deferred=True)
