"""Plain-text rendering of answers for the terminal: the same content as the Discord embed."""

from __future__ import annotations

import re
import textwrap

from .kb.answers import Answer, Citation, cite_label

_BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
_LINK_RE = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_ESCAPE_RE = re.compile(r"\\([\\*_~`|>\[\]<])")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
WIDTH = 88


def plain(markdown: str, bold: bool = False) -> str:
    """Discord markdown to plain text: bold dropped (or shown in a terminal's bold), links
    spelt out, escapes undone."""
    text = _CONTROL_RE.sub("", markdown)  # nothing from a knowledge file may drive the terminal
    text = _BOLD_RE.sub("\x1b[1m\\1\x1b[0m" if bold else r"\1", text)
    text = _LINK_RE.sub(r"\1 <\2>", text)
    text = text.replace("`", "")
    return _ESCAPE_RE.sub(r"\1", text).replace("\u200b", "")


def _wrap(text: str, indent: str = "", bold: bool = False) -> str:
    """Markdown as wrapped text; a fenced code block (YAML to copy) is kept line for line."""
    lines = []
    fenced = False
    for raw in text.splitlines() or [""]:
        if raw.lstrip().startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            lines.append(_CONTROL_RE.sub("", raw))  # verbatim, unindented: exact to copy
            continue
        line = plain(raw, bold)
        lines.append(
            textwrap.fill(
                line,
                WIDTH,
                initial_indent=indent,
                subsequent_indent=indent + ("  " if line.startswith(("•", "- ")) else ""),
                break_long_words=False,
                break_on_hyphens=False,
            )
            or indent
        )
    return "\n".join(lines)


def _sources(citations: tuple[Citation, ...]) -> str:
    by_article: dict[tuple[str, str], list[Citation]] = {}
    for c in citations:
        by_article.setdefault((c.outlet, c.published), []).append(c)
    return "; ".join(
        f"{outlet} {published}, {cite_label(tuple(cs))}" for (outlet, published), cs in by_article.items()
    )


def render(answer: Answer, bold: bool = False) -> str:
    """The answer as text; with bold, what Discord shows in bold is bold in the terminal too."""
    out = [plain(answer.title), "=" * min(len(plain(answer.title)), WIDTH)]
    if answer.text:
        out += [_wrap(answer.text, bold=bold), ""]
    for f in answer.fields:
        out += [f"{plain(f.name)}:", _wrap(f.value, "  ", bold), ""]
    for n, item in enumerate(answer.items, start=1):
        cites = f"  [{cite_label(item.citations)}]" if item.citations else ""
        out += [f"{n}. {plain(item.title)}{cites}", _wrap(item.text, "   ", bold), ""]
    if answer.citations:
        out.append(f"Cited: {_sources(answer.citations)}")
    if answer.source:
        out.append(f"Source: {answer.source.line()} <{answer.source.url}>")
    if answer.footer:
        out.append(_wrap(answer.footer))
    return "\n".join(out).rstrip() + "\n"
