"""Errors a moderator can act on: file, line, field, and what to do."""

from __future__ import annotations

from dataclasses import dataclass

from ..redact import visible

Path_ = tuple[str | int, ...]


def field_path(loc: Path_) -> str:
    """('events', 3, 'date') -> 'events[3].date'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(file)"


@dataclass(frozen=True, order=True)
class KBError:
    file: str
    line: int | None
    field: str
    message: str
    warning: bool = False  # worth a look, but the file loads: `check` still exits 0

    def __str__(self) -> str:
        """`file:line: field: message` (`field: warning: message` for a warning), with anything
        that could drive a terminal escaped: file names, keys and values come from people."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        level = "warning: " if self.warning else ""
        return visible(f"{where}: {self.field}: {level}{self.message}")
