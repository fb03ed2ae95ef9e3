"""/help: every command with an example."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from .common import about, respond


class Help(commands.Cog):
    @app_commands.command(name="help", description=about("help"))
    async def help(self, interaction: discord.Interaction) -> None:
        await respond(interaction, "help")
