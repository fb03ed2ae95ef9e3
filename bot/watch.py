"""Live reload: watch the knowledge folder and reload when a knowledge file changes."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from watchfiles import Change, awatch

from .kb.loader import is_knowledge_name

if TYPE_CHECKING:
    from .client import AllianceBot

log = logging.getLogger("bot.watch")

DEBOUNCE_MS = 400  # an editor's save is often several writes: wait for them to settle
RETRY_SECONDS = 5.0


def is_knowledge_file(_: Change, path: str) -> bool:
    return is_knowledge_name(Path(path).name)


async def watch_knowledge(bot: AllianceBot, debounce_ms: int = DEBOUNCE_MS) -> None:
    """Reload on every settled change, forever; a failing watcher retries instead of dying."""
    path = bot.store.path
    while True:
        try:
            async for changes in awatch(path, watch_filter=is_knowledge_file, debounce=debounce_ms, step=50):
                names = sorted({Path(p).name for _, p in changes})
                await bot.reload_knowledge(reason="changed: " + ", ".join(names[:5]))
        except asyncio.CancelledError:
            raise
        except Exception:  # e.g. the folder was removed: keep serving, try again later
            log.exception("watching %s failed; retrying in %.0f s", path, RETRY_SECONDS)
        await asyncio.sleep(RETRY_SECONDS)
