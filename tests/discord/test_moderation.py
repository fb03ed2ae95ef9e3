"""/kb: refused to members without Manage Server or the moderator role, even if called directly."""

from __future__ import annotations

import discord

from tests.fakediscord import ROLE_IDS, USER_ID

MANAGE_GUILD = discord.Permissions(manage_guild=True).value
MOD_ROLE, OTHER_ROLE = ROLE_IDS


async def test_kb_refuses_a_member_without_permission(bot, fake):
    for sub in ("status", "reload", "validate", "unanswered", "stats", "preview", "history"):
        reply = await fake.interact(fake.slash("kb", sub=sub, permissions=0))
        assert reply.callback_type == 4 and reply.ephemeral
        assert "Manage Server" in reply.data["content"]


async def test_kb_refuses_in_direct_messages(bot, fake):
    reply = await fake.interact(fake.slash("kb", sub="status", guild=False))
    assert reply.ephemeral and "servers only" in reply.data["content"]


async def test_kb_status_for_a_member_with_manage_server(bot, fake):
    reply = await fake.interact(fake.slash("kb", sub="status", permissions=MANAGE_GUILD))
    assert reply.callback_type == 4 and reply.ephemeral
    embed = reply.embeds[0]
    assert embed["title"] == "Knowledge base status"
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    assert "diplomat-2023-01-31-austin-lee-seoul" in fields["Articles"]
    assert fields["Holds"].startswith("1 article, 2 people")


async def test_kb_status_for_the_configured_moderator_role(fake, make_settings):
    from bot import create_bot

    bot = create_bot(make_settings(mod_role_id=MOD_ROLE))
    task = await fake.connect(bot)
    try:
        allowed = await fake.interact(fake.slash("kb", sub="status", roles=[MOD_ROLE]))
        refused = await fake.interact(fake.slash("kb", sub="status", roles=[OTHER_ROLE]))
    finally:
        await bot.close()
        task.cancel()
    assert allowed.embeds[0]["title"] == "Knowledge base status"
    assert "Manage Server" in refused.data["content"]


async def test_kb_reload_defers_then_reports(bot, fake):
    edited = fake.wait_for("/messages/@original")
    reply = await fake.interact(fake.slash("kb", sub="reload", permissions=MANAGE_GUILD))
    assert reply.callback_type == 5 and reply.ephemeral  # deferred, thinking
    result = await edited
    assert result.json["embeds"][0]["title"] == "Knowledge base reloaded"


async def test_kb_reload_logs_the_moderator_as_a_salted_hash_never_their_id(bot, fake, caplog):
    edited = fake.wait_for("/messages/@original")
    await fake.interact(fake.slash("kb", sub="reload", permissions=MANAGE_GUILD))
    await edited
    lines = [r.getMessage() for r in caplog.records]
    (loaded,) = [line for line in lines if "/kb reload by" in line]
    assert f"/kb reload by user {bot.usage.user_hash(USER_ID)}" in loaded
    assert not any(str(USER_ID) in line for line in lines)


async def test_kb_status_says_where_usage_records_go_and_how_that_is_going(bot, fake):
    await fake.interact(fake.slash("who", name="Lee"))
    reply = await fake.interact(fake.slash("kb", sub="status", permissions=MANAGE_GUILD))
    usage = {f["name"]: f["value"] for f in reply.embeds[0]["fields"]}["Usage records"]
    assert usage.startswith("SQLite file ") and "usage.sqlite3: writing (1 queued)" in usage


async def test_kb_validate_lists_errors_with_file_line_field(fake, make_settings, tmp_path):
    from bot import create_bot
    from tests.conftest import DATA

    (tmp_path / "a.yaml").write_bytes((DATA / "valid" / "minimal.yaml").read_bytes())
    (tmp_path / "b.yaml").write_bytes((DATA / "broken" / "bad_date.yaml").read_bytes())
    bot = create_bot(make_settings(knowledge_dir=tmp_path))
    task = await fake.connect(bot)
    try:
        edited = fake.wait_for("/messages/@original")
        await fake.interact(fake.slash("kb", sub="validate", permissions=MANAGE_GUILD))
        result = await edited
    finally:
        await bot.close()
        task.cancel()
    embed = result.json["embeds"][0]
    assert embed["title"] == "Knowledge base has errors"
    field = embed["fields"][0]
    assert field["name"].endswith("b.yaml:26") and "events[0].date" in field["value"]


def test_kb_is_hidden_by_default_from_members_without_manage_server():
    from bot import create_bot
    from bot.settings import Settings

    bot = create_bot(Settings(watch=False))
    kb = next(c for c in bot.tree.get_commands() if c.name == "kb")
    data = kb.to_dict(bot.tree)
    assert (
        data["default_member_permissions"] == str(MANAGE_GUILD)
        or data["default_member_permissions"] == MANAGE_GUILD
    )
    assert data["dm_permission"] is False
