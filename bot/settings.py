"""Settings from the environment and `.env`. Built on request, never at import time."""

from __future__ import annotations

import builtins
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from .paths import user_cache_dir, user_key_file, user_usage_db
from .usage.stores import POOL_SIZE, Location, parse_location

PACKAGE_DIR = Path(__file__).resolve().parent


class SettingsError(ValueError):
    """A setting with a bad value; the message names the variable."""


def default_knowledge_dir() -> Path:
    """The project's knowledge/ in a checkout (editable install or run from source),
    else the copy shipped inside the installed package."""
    checkout = PACKAGE_DIR.parent / "knowledge"
    if checkout.is_dir():
        return checkout
    return PACKAGE_DIR / "_knowledge"


@dataclass(frozen=True)
class Settings:
    token: str | None = field(default=None, repr=False)  # never printed
    knowledge_dir: Path = field(default_factory=default_knowledge_dir)
    dev_guild_id: int | None = None
    mod_role_id: int | None = None
    alert_channel_id: int | None = None
    cooldown_rate: int = 5
    cooldown_seconds: float = 30.0
    log_level: str = "INFO"
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    watch: bool = True
    usage_db: Location = field(default_factory=user_usage_db)  # or a URL
    usage_pool_size: int = POOL_SIZE  # connections per process, for a PostgreSQL USAGE_DB
    usage_retention_days: int = 90
    record_usage: bool = True
    kb_cache_dir: Path | None = field(default_factory=user_cache_dir)
    kb_cache_key: Path = field(default_factory=user_key_file)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, dotenv: Path | None = None) -> Settings:
        """Read settings from environ (default: os.environ plus `.env`, which never overrides)."""
        env = dict(os.environ if environ is None else environ)
        if environ is None:
            env = {**_read_dotenv(dotenv), **env}
        get = _Reader(env)
        shard_ids = get.int_list("SHARD_IDS")
        shard_count = get.int("SHARD_COUNT", minimum=1)
        if shard_ids is not None and shard_count is None:
            raise SettingsError("SHARD_IDS needs SHARD_COUNT (the total number of shards) as well")
        if shard_ids and shard_count and max(shard_ids) >= shard_count:
            raise SettingsError(f"SHARD_IDS: shard ids run from 0 to SHARD_COUNT-1 ({shard_count - 1})")
        level = env.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise SettingsError(
                f"LOG_LEVEL: {_described(level)} is not one of DEBUG, INFO, WARNING, ERROR, CRITICAL"
            )
        knowledge = env.get("KNOWLEDGE_DIR", "").strip()
        return cls(
            token=env.get("DISCORD_TOKEN", "").strip() or None,
            knowledge_dir=Path(knowledge).expanduser() if knowledge else default_knowledge_dir(),
            dev_guild_id=get.int("DEV_GUILD_ID", minimum=1),
            mod_role_id=get.int("MOD_ROLE_ID", minimum=1),
            alert_channel_id=get.int("KB_ALERT_CHANNEL_ID", minimum=1),
            cooldown_rate=get.int("COOLDOWN_RATE", minimum=1) or 5,
            cooldown_seconds=get.float("COOLDOWN_SECONDS", 30.0),
            log_level=level,
            shard_count=shard_count,
            shard_ids=shard_ids,
            watch=get.bool("KB_WATCH", True),
            usage_db=_usage_db(env.get("USAGE_DB")),
            usage_pool_size=get.int("USAGE_DB_POOL_SIZE", minimum=1) or POOL_SIZE,
            usage_retention_days=get.int("USAGE_RETENTION_DAYS", minimum=1) or 90,
            record_usage=get.bool("USAGE_ENABLED", True),
            kb_cache_dir=_cache_dir(env.get("KB_CACHE_DIR")),
            kb_cache_key=_absolute("KB_CACHE_KEY", env.get("KB_CACHE_KEY")) or user_key_file(),
        )


def _usage_db(raw: str | None) -> Location:
    """USAGE_DB: an SQLite file or a postgresql:// URL, whose password no message shows."""
    try:
        return parse_location(raw)
    except ValueError as exc:
        raise SettingsError(f"USAGE_DB: {exc}") from None


def _cache_dir(raw: str | None) -> Path | None:
    """KB_CACHE_DIR: an absolute folder, or "off" for no cache (default: the per-user cache)."""
    raw = (raw or "").strip()
    if raw.lower() in {"off", "none", "false", "0"}:
        return None
    return _absolute("KB_CACHE_DIR", raw) or user_cache_dir()


def _absolute(name: str, raw: str | None) -> Path | None:
    """A path setting, which must not depend on the folder the bot happens to start in."""
    raw = (raw or "").strip()
    if not raw:
        return None
    path = Path(raw).expanduser()
    if not path.is_absolute():
        raise SettingsError(f"{name}: give an absolute path (it must not depend on where the bot starts)")
    return path


def _described(raw: str) -> str:
    """A bad value described, never shown: a token pasted into the wrong variable must not be
    printed (settings errors reach the console and the log)."""
    return f"the value given ({len(raw)} characters, not shown)"


def _read_dotenv(path: Path | None) -> dict[str, str]:
    from dotenv import dotenv_values

    values = dotenv_values(path) if path else dotenv_values(Path.cwd() / ".env")
    return {k: v for k, v in values.items() if v is not None}


@dataclass
class _Reader:
    env: Mapping[str, str]

    def _raw(self, name: str) -> str | None:
        value = self.env.get(name, "").strip()
        return value or None

    def int(self, name: str, minimum: int = 0) -> int | None:
        raw = self._raw(name)
        if raw is None:
            return None
        try:
            value = int(raw)
        except ValueError:
            raise SettingsError(f"{name}: {_described(raw)} is not a whole number") from None
        if value < minimum:
            raise SettingsError(f"{name}: must be a whole number of at least {minimum}")
        return value

    def float(self, name: str, default: float) -> float:
        raw = self._raw(name)
        if raw is None:
            return default
        try:
            value = float(raw)
        except ValueError:
            raise SettingsError(f"{name}: {_described(raw)} is not a number of seconds") from None
        if not 0 < value <= 86400:
            raise SettingsError(f"{name}: must be more than 0 and at most 86400 seconds")
        return value

    def bool(self, name: str, default: bool) -> bool:
        raw = self._raw(name)
        if raw is None:
            return default
        if raw.lower() in {"1", "true", "yes", "on"}:
            return True
        if raw.lower() in {"0", "false", "no", "off"}:
            return False
        raise SettingsError(f"{name}: {_described(raw)} is not true or false")

    def int_list(self, name: str) -> tuple[builtins.int, ...] | None:
        raw = self._raw(name)
        if raw is None:
            return None
        try:
            values = tuple(int(part) for part in raw.replace(" ", "").split(",") if part)
        except ValueError:
            raise SettingsError(
                f"{name}: {_described(raw)} is not a comma-separated list of shard ids, e.g. 0,1"
            ) from None
        if not values or min(values) < 0:
            raise SettingsError(f"{name}: give shard ids from 0 up, e.g. 0,1")
        return values
