"""Starting the bot: settings, sharding, sync, and a bad token that never leaks."""

from __future__ import annotations

import asyncio
import logging

from bot import create_bot
from bot.client import ShardedAllianceBot
from bot.runner import run_bot, sync_commands
from bot.settings import Settings
from tests.fakediscord import APP_ID, GUILD_ID

SECRET = "MTEx.fake-but-recognisable-token.XYZ"


def test_create_bot_from_the_environment_holds_every_command(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text(f"DISCORD_TOKEN={SECRET}\nCOOLDOWN_RATE=3\nKB_WATCH=false\n")
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    bot = create_bot()
    assert bot.settings.token == SECRET and bot.settings.cooldown_rate == 3
    assert SECRET not in repr(bot.settings)
    assert len(bot.tree.get_commands()) == 11


def test_sharding_uses_discord_pys_sharded_bot():
    bot = create_bot(Settings(shard_count=4, shard_ids=(0, 1), watch=False))
    assert isinstance(bot, ShardedAllianceBot)
    assert bot.shard_count == 4 and bot.shard_ids == [0, 1]
    assert len(bot.tree.get_commands()) == 11


async def test_a_bad_token_exits_2_with_a_clear_message_and_never_shows_the_token(fake, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    fake.refuse_token()
    code = await asyncio.to_thread(run_bot, Settings(token=SECRET, watch=False))
    out, err = capsys.readouterr()
    assert code == 2
    assert "Discord refused the token" in err
    assert SECRET not in out + err
    assert all(SECRET not in r.getMessage() for r in caplog.records)


async def test_sync_registers_every_command_globally(fake, capsys):
    code = await asyncio.to_thread(sync_commands, Settings(token="t", watch=False))
    assert code == 0
    (put,) = [r for r in fake.requests if r.method == "PUT"]
    assert put.path == f"/applications/{APP_ID}/commands"
    assert {c["name"] for c in put.json} >= {"who", "ask", "kb"}
    assert "Synced 11 commands" in capsys.readouterr().out


async def test_sync_to_one_guild_for_development(fake, capsys):
    code = await asyncio.to_thread(sync_commands, Settings(token="t", watch=False), GUILD_ID)
    assert code == 0
    (put,) = [r for r in fake.requests if r.method == "PUT"]
    assert put.path == f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands"


async def test_plain_sync_goes_to_the_development_server_when_one_is_set(fake, monkeypatch, tmp_path):
    """DEV_GUILD_ID: `alliance-bot sync` registers to that server only (instant); `--global`
    still syncs everywhere."""
    from bot.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", "t")
    monkeypatch.setenv("KB_WATCH", "false")
    monkeypatch.setenv("DEV_GUILD_ID", str(GUILD_ID))
    assert await asyncio.to_thread(main, ["sync"]) == 0
    assert await asyncio.to_thread(main, ["sync", "--global"]) == 0
    paths = [r.path for r in fake.requests if r.method == "PUT"]
    assert paths == [f"/applications/{APP_ID}/guilds/{GUILD_ID}/commands", f"/applications/{APP_ID}/commands"]


def test_the_log_filter_redacts_the_token_but_not_stray_letters():
    import logging as log

    from bot.redact import SafeLogFilter

    record = log.LogRecord("x", log.INFO, __file__, 1, "connecting with %s", (SECRET,), None)
    assert SafeLogFilter(SECRET).filter(record) and record.getMessage() == "connecting with [token]"
    short = log.LogRecord("x", log.INFO, __file__, 1, "test", None, None)
    assert SafeLogFilter("t").filter(short) and short.getMessage() == "test"


async def test_run_and_sync_without_a_network_say_so_in_one_line_and_exit_2(monkeypatch, capsys):
    import discord

    monkeypatch.setattr(discord.http.Route, "BASE", "http://127.0.0.1:9/api/v10")  # nothing listens
    for action in (run_bot, sync_commands):
        code = await asyncio.to_thread(action, Settings(token=SECRET, watch=False, record_usage=False))
        out, err = capsys.readouterr()
        assert code == 2, action
        assert err.count("\n") == 1 and err.startswith("error: cannot reach Discord"), err
        assert "Traceback" not in out + err and SECRET not in out + err
