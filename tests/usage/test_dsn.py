"""USAGE_DB: a file or a PostgreSQL URL, and the URL's password never printed anywhere."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from bot.paths import user_usage_db
from bot.redact import hide_passwords as redact
from bot.settings import Settings, SettingsError
from bot.usage.dsn import DatabaseURL, RedactPassword, parse
from bot.usage.stores import describe, parse_location
from tests.conftest import ROOT

SECRET = "Tr0ub4dor-and-3"
URL = f"postgresql://alliance:{SECRET}@db.example.net:5432/usage"


def test_a_path_or_nothing_is_an_sqlite_file_and_a_url_is_postgresql():
    assert parse_location(None) == user_usage_db() and user_usage_db().is_absolute()  # not cwd's
    assert parse_location("  /srv/usage.db ") == Path("/srv/usage.db")
    for raw in (URL, URL.replace("postgresql", "postgres"), "postgresql:///usage?host=/run/postgresql"):
        assert isinstance(parse_location(raw), DatabaseURL)
    settings = Settings.from_env({"USAGE_DB": URL, "USAGE_DB_POOL_SIZE": "4"})
    assert isinstance(settings.usage_db, DatabaseURL) and settings.usage_pool_size == 4


def test_the_url_never_shows_its_password_in_repr_str_or_description():
    url = parse(URL)
    assert url.secret == URL
    shown = [str(url), repr(url), describe(url), repr(Settings(usage_db=url))]
    assert all(SECRET not in s for s in shown), shown
    assert str(url) == "postgresql://alliance:***@db.example.net:5432/usage"


@pytest.mark.parametrize(
    "raw",
    [
        "postgresql://alliance:" + SECRET + "@db:port/usage",  # port not a number
        "postgresql://alliance:" + SECRET + "%zz@db/usage",  # bad percent-encoding: libpq quotes it
        "mysql://alliance:" + SECRET + "@db/usage",  # not PostgreSQL
        "postgresql://db/usage?password=" + SECRET + "&no_such_option=1",  # libpq refuses it
    ],
)
def test_a_bad_url_is_a_settings_error_that_names_the_variable_without_the_password(raw):
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"USAGE_DB": raw})
    message = str(caught.value)
    assert message.startswith("USAGE_DB: ") and SECRET not in message and "***" in message


def test_redact_hides_url_passwords_keyword_passwords_and_the_literal():
    text = (
        f"failed: {URL} and host=db password={SECRET} and password='{SECRET} x' "
        f'and invalid percent-encoded token: "{SECRET}"'
    )
    clean = DatabaseURL(URL).redact(text)
    assert SECRET not in clean and clean.count("***") >= 4
    assert redact("postgresql://u@host:5432/db") == "postgresql://u@host:5432/db"  # nothing to hide
    assert redact("postgresql://u:p@ss@host/db") == "postgresql://u:***@host/db"  # last @ ends it


def test_the_log_filter_hides_the_password_in_messages_and_tracebacks():
    url = DatabaseURL(URL)
    try:
        raise RuntimeError(f"could not connect with {URL}")
    except RuntimeError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "using %s", (URL,), sys.exc_info())
    assert RedactPassword(url).filter(record)
    formatted = logging.Formatter().format(record)
    assert SECRET not in formatted and "could not connect" in formatted


def test_the_cli_never_prints_the_password_of_a_bad_url(tmp_path):
    for args, env in (
        (["report", "stats"], {"USAGE_DB": URL.replace("5432", "port")}),
        (["report", "stats", "--db", URL.replace("5432", "port")], {}),
        (["run"], {"USAGE_DB": URL.replace("5432", "port"), "DISCORD_TOKEN": "x" * 20}),
    ):
        result = subprocess.run(
            [sys.executable, "-m", "bot", *args],
            cwd=ROOT,
            env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), **env},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
        assert "port must be a number" in result.stderr and SECRET not in result.stdout + result.stderr


def test_a_url_without_the_postgres_extra_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr("bot.usage.stores.postgres_installed", lambda: False)
    with pytest.raises(SettingsError) as caught:
        Settings.from_env({"USAGE_DB": URL})
    message = str(caught.value)
    assert "pip install 'alliance-bot[postgres]'" in message and SECRET not in message
    assert Settings.from_env({"USAGE_DB": "data/u.sqlite3"}).usage_db == Path("data/u.sqlite3")
