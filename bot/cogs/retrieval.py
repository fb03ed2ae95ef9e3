"""/search and /ask: ranked retrieval over the articles."""

from __future__ import annotations

import discord
from discord import app_commands

from .common import AnswerCog, about, describe, max_length


class Retrieval(AnswerCog):
    @app_commands.command(name="search", description=about("search"))
    @app_commands.describe(**describe("search"))
    async def search(
        self,
        interaction: discord.Interaction,
        query: app_commands.Range[str, 1, max_length("search", "query")],
    ) -> None:
        await self.answering.respond(interaction, "search", query=query)

    @app_commands.command(name="ask", description=about("ask"))
    @app_commands.describe(**describe("ask"))
    async def ask(
        self,
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, max_length("ask", "question")],
    ) -> None:
        await self.answering.respond(interaction, "ask", question=question)
