from pathlib import Path

import pytest

from bot.settings import Settings, SettingsError, default_knowledge_dir


def test_defaults_need_nothing():
    settings = Settings.from_env({})
    assert settings.token is None
    assert settings.knowledge_dir == default_knowledge_dir()
    assert settings.cooldown_rate == 5 and settings.watch


def test_values_are_read_and_typed():
    settings = Settings.from_env(
        {
            "DISCORD_TOKEN": " abc ",
            "KNOWLEDGE_DIR": "/tmp/kb",
            "DEV_GUILD_ID": "123",
            "MOD_ROLE_ID": "7",
            "KB_ALERT_CHANNEL_ID": "9",
            "COOLDOWN_RATE": "2",
            "COOLDOWN_SECONDS": "1.5",
            "LOG_LEVEL": "debug",
            "SHARD_COUNT": "2",
            "SHARD_IDS": "0, 1",
            "KB_WATCH": "no",
        }
    )
    assert settings.token == "abc" and settings.knowledge_dir == Path("/tmp/kb")
    assert (settings.dev_guild_id, settings.mod_role_id, settings.alert_channel_id) == (123, 7, 9)
    assert (settings.cooldown_rate, settings.cooldown_seconds, settings.log_level) == (2, 1.5, "DEBUG")
    assert (settings.shard_count, settings.shard_ids, settings.watch) == (2, (0, 1), False)


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"DEV_GUILD_ID": "abc"}, "DEV_GUILD_ID"),
        ({"COOLDOWN_SECONDS": "-1"}, "COOLDOWN_SECONDS"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"SHARD_IDS": "0"}, "SHARD_IDS"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "0,5"}, "SHARD_IDS"),
        ({"KB_WATCH": "maybe"}, "KB_WATCH"),
        ({"COOLDOWN_RATE": "0"}, "COOLDOWN_RATE"),
        ({"SHARD_COUNT": "two"}, "SHARD_COUNT"),
    ],
)
def test_bad_values_name_the_variable(env, variable):
    with pytest.raises(SettingsError, match=variable):
        Settings.from_env(env)


def test_the_token_never_appears_in_the_repr():
    assert "s3cret" not in repr(Settings.from_env({"DISCORD_TOKEN": "s3cret"}))


def test_dotenv_is_read_but_never_overrides_the_environment(tmp_path, monkeypatch):
    (tmp_path / ".env").write_text("DISCORD_TOKEN=from-file\nMOD_ROLE_ID=5\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", "from-env")
    monkeypatch.delenv("MOD_ROLE_ID", raising=False)
    settings = Settings.from_env()
    assert settings.token == "from-env" and settings.mod_role_id == 5


TOKEN = "MTAxNjQ3ODk0NTYxMjM0NTY3.GhIjKl.abcdefghijklmnopqrstuvwxyz0123"


@pytest.mark.parametrize(
    "variable",
    ["DEV_GUILD_ID", "COOLDOWN_SECONDS", "LOG_LEVEL", "KB_WATCH", "SHARD_IDS", "COOLDOWN_RATE"],
)
def test_a_bad_value_is_described_never_echoed(variable):
    """A token pasted into the wrong variable must not be printed by the error about it."""
    env = {variable: TOKEN, "SHARD_COUNT": "2"}
    with pytest.raises(SettingsError) as raised:
        Settings.from_env(env)
    assert variable in str(raised.value)
    assert TOKEN not in str(raised.value) and "GhIjKl" not in str(raised.value)


def test_run_with_a_token_in_the_wrong_variable_prints_one_redacted_line(monkeypatch, capsys, tmp_path):
    from bot.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MOD_ROLE_ID", TOKEN)
    assert main(["run"]) == 2
    out, err = capsys.readouterr()
    assert TOKEN not in out + err and err.startswith("error: MOD_ROLE_ID:") and err.count("\n") == 1
