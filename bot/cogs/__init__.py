"""One cog per feature area. Handlers only parse options and render answers."""

from __future__ import annotations

from .articles import Articles
from .help import Help
from .lookup import Lookup
from .moderation import Moderation
from .retrieval import Retrieval

__all__ = ["Articles", "Help", "Lookup", "Moderation", "Retrieval"]
