"""/search and /ask: ranked retrieval over the articles."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from .common import about, cooldown, describe, max_length, respond


class Retrieval(commands.Cog):
    @app_commands.command(name="search", description=about("search"))
    @app_commands.describe(**describe("search"))
    @cooldown
    async def search(
        self,
        interaction: discord.Interaction,
        query: app_commands.Range[str, 1, max_length("search", "query")],
    ) -> None:
        await respond(interaction, "search", query=query)

    @app_commands.command(name="ask", description=about("ask"))
    @app_commands.describe(**describe("ask"))
    @cooldown
    async def ask(
        self,
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, max_length("ask", "question")],
    ) -> None:
        await respond(interaction, "ask", question=question)
