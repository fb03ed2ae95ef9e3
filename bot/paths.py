"""Per-user locations, as the XDG base directory specification gives them (absolute only)."""

from __future__ import annotations

import os
from pathlib import Path


def user_cache_dir() -> Path:
    """The knowledge cache's default: $XDG_CACHE_HOME/alliance-bot/kb, else ~/.cache/alliance-bot/kb."""
    return _xdg("XDG_CACHE_HOME", ".cache") / "alliance-bot" / "kb"


def user_usage_db() -> Path:
    """The usage records' default: one file per user wherever the bot is started from,
    $XDG_DATA_HOME/alliance-bot/usage.sqlite3, else ~/.local/share/alliance-bot/usage.sqlite3."""
    return _xdg("XDG_DATA_HOME", ".local/share") / "alliance-bot" / "usage.sqlite3"


def user_key_file() -> Path:
    """Where the cache's signing key lives: in the user's configuration, outside any cache."""
    return _xdg("XDG_CONFIG_HOME", ".config") / "alliance-bot" / "cache.key"


def _xdg(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "")
    return Path(value) if os.path.isabs(value) else Path.home() / fallback  # the spec: absolute only
