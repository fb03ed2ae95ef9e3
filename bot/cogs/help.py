"""/help: every command with an example."""

from __future__ import annotations

import discord
from discord import app_commands

from .common import AnswerCog, about


class Help(AnswerCog):
    @app_commands.command(name="help", description=about("help"))
    async def help(self, interaction: discord.Interaction) -> None:
        await self.answering.respond(interaction, "help")
