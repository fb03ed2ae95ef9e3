"""/kb status, /kb reload, /kb validate: for members with Manage Server or the moderator role."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from functools import partial

import discord
from discord import app_commands
from discord.ext import commands

from ..embeds import answer_pages
from ..kb import reports
from ..kb.answers import Field
from ..kb.history import history
from ..kb.index import KnowledgeBase
from ..kb.lint import lint
from ..kb.loader import load_path
from ..kb.preview import preview
from ..kb.store import KnowledgeStore, ReloadOutcome
from ..kb.teach import lesson
from ..settings import Settings
from ..usage import reports as usage_reports
from ..usage.chart import stats_png
from ..usage.recorder import UsageRecorder
from ..usage.records import Row, describe_error
from .common import NO_MENTIONS, send_answer

log = logging.getLogger("bot.moderation")
Days = app_commands.Range[int, 1, 365]


class NotModerator(app_commands.CheckFailure):
    """Raised when someone without the permission or role reaches a /kb command."""


def is_moderator(interaction: discord.Interaction, mod_role_id: int | None) -> bool:
    """Checked in the bot, not only by Discord's default permissions: a crafted call is refused too."""
    if interaction.guild is None or not isinstance(interaction.user, discord.Member):
        return False
    if interaction.permissions.manage_guild:
        return True
    return mod_role_id is not None and any(role.id == mod_role_id for role in interaction.user.roles)


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Moderation(commands.GroupCog, group_name="kb", group_description="Knowledge base tools for moderators"):
    def __init__(
        self,
        knowledge: KnowledgeStore,
        reload: Callable[[str, bool], Awaitable[ReloadOutcome]],
        usage: UsageRecorder,
        settings: Settings,
    ) -> None:
        super().__init__()
        self.knowledge = knowledge
        self.reload_knowledge = reload
        self.usage = usage
        self.settings = settings

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.guild is None:
            raise app_commands.NoPrivateMessage()
        if not is_moderator(interaction, self.settings.mod_role_id):
            raise NotModerator("You need the Manage Server permission or the moderator role for /kb.")
        return True

    @app_commands.command(name="status", description="Articles, counts, when last loaded, the last error")
    async def status(self, interaction: discord.Interaction) -> None:
        answer = reports.status(self.knowledge)
        usage = self.usage.status() if self.settings.record_usage else "off (USAGE_ENABLED=false)"
        usage = discord.utils.escape_markdown(usage)  # a URL's hidden password is *** : not bold
        answer = replace(answer, fields=(*answer.fields, Field("Usage records", usage)))
        await send_answer(interaction, answer, ephemeral=True)

    @app_commands.command(name="reload", description="Reload the knowledge files now")
    async def reload(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        # The moderator as usage records know them: a salted hash, never the Discord id.
        who = self.usage.user_hash(interaction.user.id)
        outcome = await self.reload_knowledge(f"/kb reload by user {who}", True)  # confirms held changes
        await send_answer(interaction, reports.reload(outcome), deferred=True)

    @app_commands.command(
        name="validate", description="Check the knowledge files, as `alliance-bot check` does"
    )
    async def validate(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        report = await asyncio.to_thread(load_path, self.knowledge.path)
        warnings = await asyncio.to_thread(lint, report)
        counts = KnowledgeBase.count_articles(report.articles)
        await send_answer(interaction, reports.validation(report.errors, counts, warnings), deferred=True)

    @app_commands.command(
        name="unanswered", description="Questions that matched nothing or only weakly, grouped"
    )
    @app_commands.describe(days="How many days back (default 7)")
    async def unanswered(self, interaction: discord.Interaction, days: Days = 7) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        rows = await _rows(self.usage, days)
        if rows is None:
            await send_answer(interaction, _no_store(), deferred=True)
            return
        # each missed /ask group gets its closest entry and the YAML that teaches it
        teach = partial(lesson, self.knowledge.engine.kb, files=self.knowledge.files())
        answer = await asyncio.to_thread(usage_reports.unanswered_answer, rows, days, teach)
        await send_answer(interaction, answer, deferred=True)

    @app_commands.command(name="stats", description="Commands per day, top entries, match rate, latency")
    @app_commands.describe(days="How many days back (default 14)")
    async def stats(self, interaction: discord.Interaction, days: Days = 14) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        rows = await _rows(self.usage, days)
        if rows is None:
            await send_answer(interaction, _no_store(), deferred=True)
            return
        figures = usage_reports.stats(rows, days)
        embed = answer_pages(usage_reports.stats_answer(figures))[0]
        if not figures.total:
            await interaction.edit_original_response(embed=embed, allowed_mentions=NO_MENTIONS)
            return
        png = await asyncio.to_thread(stats_png, figures)
        embed.set_image(url="attachment://usage.png")
        chart = discord.File(io.BytesIO(png), filename="usage.png")
        await interaction.edit_original_response(
            embed=embed, attachments=[chart], allowed_mentions=NO_MENTIONS
        )

    @app_commands.command(
        name="preview", description="Paste a YAML entry: see its errors or its answer, changing nothing"
    )
    async def preview(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(PreviewModal(self.knowledge))

    @app_commands.command(
        name="draft", description="Draft a knowledge file from an article's text file; changes nothing"
    )
    @app_commands.describe(
        article="The article as a .txt file, one paragraph per line",
        outlet="Who published it, e.g. The Diplomat",
        title="The headline, exactly",
        url="The article's web address (https://...)",
        published="Publication date, YYYY-MM-DD",
        standfirst="The line under the headline, if any",
    )
    async def draft(
        self,
        interaction: discord.Interaction,
        article: discord.Attachment,
        outlet: app_commands.Range[str, 1, 200],
        title: app_commands.Range[str, 1, 300],
        url: app_commands.Range[str, 1, 500],
        published: app_commands.Range[str, 1, 20],
        standfirst: app_commands.Range[str, 1, 500] | None = None,
    ) -> None:
        from . import drafting  # the drafter loads only when a moderator drafts

        metadata = {
            "outlet": outlet,
            "title": title,
            "url": url,
            "published": published,
            "standfirst": standfirst,
        }
        await drafting.respond(interaction, self.knowledge.engine.kb.articles, article, metadata)

    @app_commands.command(name="history", description="The last changes to the knowledge files")
    async def history(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        answer = await asyncio.to_thread(history, self.knowledge)
        await send_answer(interaction, answer, deferred=True)


class PreviewModal(discord.ui.Modal, title="Preview a knowledge entry"):
    fragment: discord.ui.TextInput[PreviewModal] = discord.ui.TextInput(
        label="YAML: one entry, or sections like quotes:",
        style=discord.TextStyle.paragraph,
        placeholder="id: we-will-be-there\ntext: We will be there\nspeaker: austin\nparagraphs: [8]",
        max_length=4000,
    )
    article: discord.ui.TextInput[PreviewModal] = discord.ui.TextInput(
        label="Article id or title (default: the newest)", required=False, max_length=100
    )

    def __init__(self, knowledge: KnowledgeStore) -> None:
        super().__init__()
        self.knowledge = knowledge

    async def on_submit(self, interaction: discord.Interaction) -> None:
        kb = self.knowledge.engine.kb
        answers = await asyncio.to_thread(preview, kb, self.fragment.value, self.article.value or None)
        embeds = [answer_pages(a)[0] for a in answers][:10]
        await interaction.response.send_message(embeds=embeds, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def _rows(usage: UsageRecorder, days: int) -> list[Row] | None:
    """The records of the last days, queued ones included; None if the store is unavailable."""
    await usage.flush()
    if usage.store is None:
        return None
    try:
        return await asyncio.to_thread(usage.store.rows, usage_reports.since(days))
    except Exception as exc:  # the database may be locked or gone: say so, keep serving
        log.warning("usage store unreadable: %s", describe_error(exc))
        return None


def _no_store() -> reports.Answer:
    return reports.Answer(
        "kb",
        reports.Kind.STATUS,
        "Usage store unavailable",
        "The usage database cannot be read right now; commands are still answered. "
        "See the log for the reason.",
        matched=False,
    )
