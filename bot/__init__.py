"""alliance-bot: answers questions about alliance news from a YAML knowledge base.

`create_bot` is imported lazily so that the command line never loads discord.py.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_bot"]


def __getattr__(name: str) -> Any:
    if name == "create_bot":
        from .client import create_bot

        return create_bot
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
