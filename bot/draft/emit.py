"""A small YAML writer that keeps comments: the draft's `# check: ...` notes.

PyYAML cannot write comments, and the draft's value is in them. The subset written here is
deliberately small: mappings, lists, and scalars. Every string is written double-quoted with
JSON-style escapes (valid YAML), except ids, dates and numbers, which are written plain only
when they match patterns that YAML reads back as the same text. Control characters, line and
paragraph separators and other characters YAML would fold or refuse are escaped, so any text
round-trips through the loader exactly (tests/draft/test_emit.py checks this with hypothesis).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_PLAIN_ID = re.compile(r"^[a-z][a-z0-9-]*$")
_PLAIN_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_RESERVED = frozenset("y n yes no on off true false null".split())
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


@dataclass(frozen=True)
class Note:
    """A value with the reason it is a guess; written as `value  # check: why`."""

    value: Any
    why: str


@dataclass(frozen=True)
class Plain:
    """A value to write unquoted (an id or a date), checked to read back as the same text."""

    text: str


def quote(text: str) -> str:
    """A double-quoted YAML scalar that reads back as exactly `text`."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif code < 0x20 or 0x7F <= code <= 0x9F or code in (0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF):
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:  # a lone surrogate cannot be written as UTF-8 at all
            out.append("\\ufffd")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def scalar(value: Any) -> str:
    if isinstance(value, Plain):
        text = value.text
        if (_PLAIN_ID.match(text) and text not in _RESERVED) or _PLAIN_DATE.match(text):
            return text
        return quote(text)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if value is None:
        return "null"
    return quote(str(value))


def _comment(why: str) -> str:
    return "# check: " + " ".join(why.split())


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, dict | list)


def _flow(items: list[Any]) -> str | None:
    """[1, 3] or [austin, lee] on one line when short and all plain."""
    if not all(isinstance(i, int | Plain) and not isinstance(i, bool) for i in items):
        return None
    text = "[" + ", ".join(scalar(i) for i in items) + "]"
    return text if len(text) <= 80 else None


def dump(document: dict[str, Any], header: list[str] | None = None) -> str:
    lines = [f"# {h}" if h else "#" for h in header or []]
    _mapping(document, 0, lines, top=True)
    return "\n".join(lines) + "\n"


def _mapping(
    mapping: dict[str, Any], indent: int, lines: list[str], top: bool = False, first: str = ""
) -> None:
    pad = " " * indent
    for n, (key, raw) in enumerate(mapping.items()):
        value, why = (raw.value, raw.why) if isinstance(raw, Note) else (raw, None)
        lead = first if n == 0 and first else pad
        if top and n and not _is_scalar(value):
            lines.append("")
        if _is_scalar(value):
            text = f"{lead}{key}: {scalar(value)}"
            lines.append(f"{text}  {_comment(why)}" if why else text)
        elif isinstance(value, list) and (not value or _flow(value) is not None):
            text = f"{lead}{key}: {_flow(value) if value else '[]'}"
            lines.append(f"{text}  {_comment(why)}" if why else text)
        else:
            lines.append(f"{lead}{key}:" + (f"  {_comment(why)}" if why else ""))
            if isinstance(value, dict):
                _mapping(value, indent + 2, lines)
            else:
                _sequence(value, indent + 2, lines, spaced=top)


def _sequence(items: list[Any], indent: int, lines: list[str], spaced: bool) -> None:
    pad = " " * indent
    for n, raw in enumerate(items):
        value, why = (raw.value, raw.why) if isinstance(raw, Note) else (raw, None)
        if spaced and n and isinstance(value, dict):
            lines.append("")
        if why and not _is_scalar(value):
            lines.append(f"{pad}{_comment(why)}")
        if isinstance(value, dict):
            _mapping(value, indent + 2, lines, first=f"{pad}- ")
        elif isinstance(value, list):
            lines.append(f"{pad}- {_flow(value) or '[]'}")
        else:
            text = f"{pad}- {scalar(value)}"
            lines.append(f"{text}  {_comment(why)}" if why else text)
