"""/summary, /timeline, /source: whole-article views."""

from __future__ import annotations

import discord
from discord import app_commands

from .common import AnswerCog, about, describe, max_length

ArticleName = app_commands.Range[str, 1, max_length("summary", "article")]


class Articles(AnswerCog):
    @app_commands.command(name="summary", description=about("summary"))
    @app_commands.describe(**describe("summary"))
    @app_commands.autocomplete(article=AnswerCog.complete_article)
    async def summary(self, interaction: discord.Interaction, article: ArticleName | None = None) -> None:
        await self.answering.respond(interaction, "summary", article=article)

    @app_commands.command(name="timeline", description=about("timeline"))
    @app_commands.describe(**describe("timeline"))
    @app_commands.autocomplete(article=AnswerCog.complete_article)
    async def timeline(self, interaction: discord.Interaction, article: ArticleName | None = None) -> None:
        await self.answering.respond(interaction, "timeline", article=article)

    @app_commands.command(name="source", description=about("source"))
    @app_commands.describe(**describe("source"))
    @app_commands.autocomplete(article=AnswerCog.complete_article)
    async def source(self, interaction: discord.Interaction, article: ArticleName | None = None) -> None:
        await self.answering.respond(interaction, "source", article=article)
