"""Plain-text rendering of answers for the terminal: the same content as the Discord embed."""

from __future__ import annotations

import re
import textwrap

from .kb.answers import Answer, Citation, cite_label

_BOLD_RE = re.compile(r"\*\*(.+?)\*\*")
_LINK_RE = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
_ESCAPE_RE = re.compile(r"\\([\\*_~`|>\[\]<])")
WIDTH = 88


def plain(markdown: str) -> str:
    """Discord markdown to plain text: bold dropped, links spelt out, escapes undone."""
    text = _BOLD_RE.sub(r"\1", markdown)
    text = _LINK_RE.sub(r"\1 <\2>", text)
    text = text.replace("`", "")
    return _ESCAPE_RE.sub(r"\1", text).replace("\u200b", "")


def _wrap(text: str, indent: str = "") -> str:
    lines = []
    for line in plain(text).splitlines() or [""]:
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


def render(answer: Answer) -> str:
    out = [plain(answer.title), "=" * min(len(plain(answer.title)), WIDTH)]
    if answer.text:
        out += [_wrap(answer.text), ""]
    for f in answer.fields:
        out += [f"{plain(f.name)}:", _wrap(f.value, "  "), ""]
    for n, item in enumerate(answer.items, start=1):
        cites = f"  [{cite_label(item.citations)}]" if item.citations else ""
        out += [f"{n}. {plain(item.title)}{cites}", _wrap(item.text, "   "), ""]
    if answer.citations:
        out.append(f"Cited: {_sources(answer.citations)}")
    if answer.source:
        out.append(f"Source: {answer.source.line()} <{answer.source.url}>")
    if answer.footer:
        out.append(_wrap(answer.footer))
    return "\n".join(out).rstrip() + "\n"
