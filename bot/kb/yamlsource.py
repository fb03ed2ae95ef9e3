"""Safe YAML parsing that remembers where every value came from.

The data is built by PyYAML's safe constructor (libyaml's C parser when present); the node
tree it builds from is walked once to map each field path to its line, and to refuse what a
knowledge file never needs and an attacker could use: anchors/aliases (billion-laughs),
custom tags, and keys given twice (YAML would silently keep the last).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from .errors import KBError, Path_, field_path

try:  # libyaml is much faster; fall back to pure Python where it is missing
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Base = yaml.SafeLoader


class _Loader(_Base):
    """Safe loading, with dates left as text: the schema parses them and can say what is wrong
    with '2023-02-30', where PyYAML's timestamp constructor would raise a bare ValueError."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))

MAX_BYTES = 2 * 1024 * 1024  # an article's file is tens of KB; anything larger is a mistake
MAX_DEPTH = 32
# An article's file holds about 2,000 YAML values (names, dates, list items); a crafted one can
# hold a million in the size limit, and building a million nodes costs seconds and gigabytes.
MAX_NODES = 50_000
MAX_ERRORS = 50  # per file: past this, one more line says the rest were not listed
# Every value after the first is introduced by one of these (a line break, a comma, a list dash,
# a colon, a bracket, a question mark), so their count bounds the values before any is built.
_MARKERS = "\n,-:[{?"
_PLAIN_TAGS = {
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}


@dataclass
class ParsedYaml:
    data: Any = None
    lines: dict[Path_, int] = field(default_factory=dict)
    errors: list[KBError] = field(default_factory=list)

    def line_of(self, loc: Path_) -> int | None:
        """The line of loc, or of its nearest ancestor that exists (e.g. for a missing key)."""
        for end in range(len(loc), -1, -1):
            if (found := self.lines.get(tuple(loc[:end]))) is not None:
                return found
        return None


def parse_yaml(raw: bytes, display: str) -> ParsedYaml:
    out = ParsedYaml()

    def fail(line: int | None, message: str, loc: Path_ = ()) -> ParsedYaml:
        out.errors.append(KBError(display, line, field_path(loc), message))
        return out

    if len(raw) > MAX_BYTES:
        return fail(None, f"file is {len(raw):,} bytes; the limit is {MAX_BYTES:,} (one article)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return fail(line, f"is not UTF-8 (byte {exc.start}); save the file as UTF-8")
    if not text.strip():
        return fail(1, "file is empty; start from the example in knowledge/README.md")

    loader = _Loader(text)
    try:
        if _too_many_values(text):
            message = f"holds more than {MAX_NODES:,} values (names, list items); one article has far fewer"
            return fail(None, message)
        node = loader.get_single_node()
        if node is None:
            return fail(1, "file is empty (only comments); start from the example in knowledge/README.md")
        if not isinstance(node, yaml.MappingNode):
            return fail(_line(node), "the file must be a mapping (field: value), not a list or text")
        if _walk(node, out, display):
            out.data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or str(exc)
        hint = " (check indentation, colons and quotes around text containing ': ' or '#')"
        return fail(mark.line + 1 if mark else None, f"YAML syntax error: {problem}{hint}")
    except yaml.YAMLError as exc:
        return fail(None, f"YAML error: {exc}")
    finally:
        loader.dispose()
    return out


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _too_many_values(text: str) -> bool:
    """Whether the text holds more values than any article needs, found before building one.

    The markers bound the values from above (a real file has about 1.4 markers a value): few
    settle it at once, and so do very many; in between, the parser's events are counted, without
    building nodes, up to the limit."""
    markers = sum(text.count(marker) for marker in _MARKERS)
    if markers <= MAX_NODES:
        return False
    if markers > 3 * MAX_NODES:
        return True
    count = 0
    for event in yaml.parse(text, Loader=_Loader):
        count += isinstance(event, yaml.NodeEvent)
        if count > MAX_NODES:
            return True
    return False


def _walk(root: yaml.Node, out: ParsedYaml, display: str) -> bool:
    """Record lines and refuse aliases, tags and duplicate keys. True when the tree is plain."""
    seen: set[int] = set()
    ok = True
    stack: list[tuple[yaml.Node, Path_, int]] = [(root, (), _line(root))]
    while stack:
        if len(out.errors) >= MAX_ERRORS:
            out.errors.append(
                KBError(display, None, "(file)", f"stopped after {MAX_ERRORS} errors; fix these first")
            )
            return False
        node, loc, line = stack.pop()
        out.lines.setdefault(loc, line)
        where = field_path(loc)
        if id(node) in seen:  # the composer hands back the same node for an alias
            if ok:  # one report is enough; a billion-laughs file would repeat it thousands of times
                out.errors.append(
                    KBError(
                        display,
                        _line(node),
                        where,
                        "anchors and aliases (&, *) are not allowed; write the value out",
                    )
                )
            ok = False
            continue
        seen.add(id(node))
        if node.tag not in _PLAIN_TAGS:
            out.errors.append(
                KBError(
                    display,
                    _line(node),
                    where,
                    f"YAML tag {node.tag!r} is not allowed; use plain text, numbers, lists and mappings",
                )
            )
            ok = False
            continue
        if len(loc) > MAX_DEPTH:
            out.errors.append(KBError(display, _line(node), where, "nested too deeply"))
            return False
        if isinstance(node, yaml.MappingNode):
            keys: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                if key in keys:
                    ok = False
                    if len(out.errors) < MAX_ERRORS:
                        where = field_path((*loc, key))
                        out.errors.append(
                            KBError(display, _line(key_node), where, "is given twice; keep one")
                        )
                keys.add(key)
                stack.append((value_node, (*loc, key), _line(key_node)))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                stack.append((item, (*loc, index), _line(item)))
    return ok
