"""The token never reaches a log line, a reply, an exception message or the console."""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import sys

from bot import create_bot
from bot.runner import run_bot
from bot.settings import Settings
from tests.conftest import KNOWLEDGE, ROOT
from tests.fakediscord import times, unknown_interaction
from tests.reliability import figures

TOKEN = "MTAxNjQ3.SeCrEtTeSt.token-that-must-never-leak-0123456789"


async def test_a_whole_session_at_debug_level_never_shows_the_token(fake, caplog):
    caplog.set_level(logging.DEBUG)
    bot = create_bot(
        Settings(token=TOKEN, knowledge_dir=KNOWLEDGE, watch=False, record_usage=False, kb_cache_dir=None)
    )
    bot.errors_expected = True
    await bot.login(TOKEN)
    task = asyncio.create_task(bot.connect(reconnect=False))
    await asyncio.wait_for(fake._identified.wait(), 10)
    replies = [await fake.interact(fake.slash("who", name=n)) for n in ("Austin", "Korea")]
    replies.append(await fake.interact(fake.slash("ask", question="what is the token?")))
    dead = fake.slash("who", name="Lee")
    fake.faults.append(times(1, unknown_interaction, when=lambda r: dead["token"] in r.path))
    await fake.dispatch("INTERACTION_CREATE", dead)
    await asyncio.sleep(0.3)

    def boom(*_: object, **__: object) -> None:
        raise RuntimeError("failure while holding " + "the settings object: " + repr(bot.settings))

    bot.store.engine.run = boom  # type: ignore[method-assign]
    replies.append(await fake.interact(fake.slash("who", name="Lee")))
    await bot.close()
    task.cancel()

    lines = [r.getMessage() for r in caplog.records]
    lines += [logging.Formatter().formatException(r.exc_info) for r in caplog.records if r.exc_info]
    figures.add("log lines scanned for the token", len(lines))
    figures.add("replies scanned for the token", len(fake.requests))
    leaks = [line for line in lines if TOKEN in line]
    leaks += [r.path for r in fake.requests if TOKEN in json.dumps(r.json) or TOKEN in r.path]
    figures.add("token leaks", len(leaks))
    assert not leaks, leaks


async def test_a_rejected_token_is_not_printed(fake, capsys, caplog):
    caplog.set_level(logging.DEBUG)
    fake.refuse_token()
    code = await asyncio.to_thread(run_bot, Settings(token=TOKEN, watch=False, log_level="DEBUG"))
    out, err = capsys.readouterr()
    assert code == 2
    assert TOKEN not in out + err
    assert all(TOKEN not in r.getMessage() for r in caplog.records)


def test_settings_errors_and_the_cli_never_print_the_token(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DISCORD_TOKEN": TOKEN, "DEV_GUILD_ID": "oops"}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        input="",
    )
    assert result.returncode == 2 and "DEV_GUILD_ID" in result.stderr
    assert TOKEN not in result.stdout + result.stderr


def test_env_and_caches_are_git_ignored():
    ignored = (ROOT / ".gitignore").read_text().split()
    assert ".env" in ignored and ".cache/" in ignored and "/data/" in ignored
    assert (
        "Never commit" in (ROOT / "README.md").read_text()
        or "never commit" in (ROOT / "README.md").read_text()
    )
