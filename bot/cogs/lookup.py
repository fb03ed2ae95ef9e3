"""/who, /when, /define, /quote: lookups by name, with fuzzy autocomplete."""

from __future__ import annotations

import discord
from discord import app_commands

from .common import AnswerCog, about, describe, max_length


class Lookup(AnswerCog):
    @app_commands.command(name="who", description=about("who"))
    @app_commands.describe(**describe("who"))
    @app_commands.autocomplete(name=AnswerCog.complete_entity)
    async def who(
        self, interaction: discord.Interaction, name: app_commands.Range[str, 1, max_length("who", "name")]
    ) -> None:
        await self.answering.respond(interaction, "who", name=name)

    @app_commands.command(name="when", description=about("when"))
    @app_commands.describe(**describe("when"))
    @app_commands.autocomplete(event=AnswerCog.complete_event)
    async def when(
        self, interaction: discord.Interaction, event: app_commands.Range[str, 1, max_length("when", "event")]
    ) -> None:
        await self.answering.respond(interaction, "when", event=event)

    @app_commands.command(name="define", description=about("define"))
    @app_commands.describe(**describe("define"))
    @app_commands.autocomplete(term=AnswerCog.complete_term)
    async def define(
        self, interaction: discord.Interaction, term: app_commands.Range[str, 1, max_length("define", "term")]
    ) -> None:
        await self.answering.respond(interaction, "define", term=term)

    @app_commands.command(name="quote", description=about("quote"))
    @app_commands.describe(**describe("quote"))
    @app_commands.autocomplete(speaker=AnswerCog.complete_entity, topic=AnswerCog.complete_topic)
    async def quote(
        self,
        interaction: discord.Interaction,
        speaker: app_commands.Range[str, 1, max_length("quote", "speaker")] | None = None,
        topic: app_commands.Range[str, 1, max_length("quote", "topic")] | None = None,
    ) -> None:
        await self.answering.respond(interaction, "quote", speaker=speaker, topic=topic)
