"""Parse a command as typed in Discord: `/who Lloyd Austin`, `/quote speaker:Lee topic:drones`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .commands import COMMANDS, Command
from .question import is_verb
from .text import AUXILIARY_WORDS

MAX_LINE = 10_000  # longer input is cut, not refused: every option has its own limit anyway
_KEY_RE = re.compile(r"(?:^|\s)([a-z_]+):", re.IGNORECASE)
_CODE_RE = re.compile(r"^(?:```|`)(.*?)(?:```|`)$", re.DOTALL)  # a line marked as code
_ASK = COMMANDS["ask"]  # a question typed without a command is asked


@dataclass(frozen=True)
class Typed:
    command: str
    options: dict[str, str]


class TypedError(ValueError):
    """A usage error, with a message for the user."""


def parse_typed(line: str) -> Typed:
    line = _CODE_RE.sub(r"\1", line.strip()[:MAX_LINE]).strip()  # "`/who austin`", as Discord users quote
    if not line:
        raise TypedError("Type a command, e.g. /who Austin. " + _list())
    name, _, rest = line.partition(" ")
    bare = not name.startswith("/")
    name = name.removeprefix("/").lower()
    spec = COMMANDS.get(name)
    if bare and _a_question(spec, rest):  # "where was the meeting", "who did Austin meet?"
        return Typed(_ASK.name, {_ASK.options[0].name: line})
    if spec is None:
        raise TypedError(f"Unknown command /{name[:40]}. " + _list())
    return Typed(name, _options(spec, rest.strip()))


# after a command's name, a verb makes the line a question: "who did Austin meet", "when was the SCM"
_ASKING = frozenset(AUXILIARY_WORDS)
_WH_COMMANDS = frozenset({"who", "when"})  # commands named by a question word
_NAME_WORDS = 4  # a name typed after /who or /when is shorter than this


def _a_question(spec: Command | None, rest: str) -> bool:
    """Whether a line typed without a slash is a question in plain words, for /ask: its first
    word no command's name ("where was the meeting"), or a command's name asking ("who did
    Austin meet", "when was the SCM?"), as a console user types; "who Austin" is /who."""
    if spec is None:
        return True
    if spec.name == "ask":
        return False
    said = rest.split()
    first = said[0].lower() if said else ""
    # "who led the US team at the TTX": a verb (a past form) after "who" asks; so do four words or
    # more after "who" or "when", which name a person or an event in fewer ("who Lloyd Austin")
    asking = first in _ASKING or is_verb(first) or (spec.name in _WH_COMMANDS and len(said) >= _NAME_WORDS)
    return asking or (rest.rstrip().endswith("?") and bool(spec.options))


def _options(spec: Command, rest: str) -> dict[str, str]:
    if not rest:
        return {}
    names = {o.name for o in spec.options}
    keys = [m for m in _KEY_RE.finditer(rest) if m.group(1).lower() in names]
    first = _KEY_RE.match(rest)
    if first and first.group(1).lower() not in names and not spec.rest_option:
        raise TypedError(
            f"/{spec.name} has no option '{first.group(1)[:40]}'. "
            f"Options: {_names(spec)}. Example: {spec.example}"
        )
    if not keys or rest[: keys[0].start()].strip():  # no name:value, or text before it
        if spec.rest_option is not None:
            return {spec.rest_option.name: rest}
        if (
            not keys and spec.options and not any(o.required for o in spec.options)
        ):  # "/quote biden": the first
            return {spec.options[0].name: rest}
        if not spec.options:
            raise TypedError(f"/{spec.name} takes no options. Example: {spec.example}")
        raise TypedError(
            f"Write the options of /{spec.name} as name:value ({_names(spec)}). Example: {spec.example}"
        )
    options: dict[str, str] = {}
    for n, key in enumerate(keys):
        end = keys[n + 1].start() if n + 1 < len(keys) else len(rest)
        options[key.group(1).lower()] = rest[key.end() : end].strip()
    return options


def _names(spec: Command) -> str:
    return ", ".join(o.name for o in spec.options) or "none"


def _list() -> str:
    return "Commands: " + ", ".join(f"/{c}" for c in COMMANDS)
