"""Hostile and odd input on every command and on the CLI: always an answer, a "nothing matched"
or a usage error; the reply always fits Discord; nothing in it can ping anyone."""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.cli import answer_line
from bot.embeds import answer_pages
from bot.kb.answers import Kind, echo
from bot.kb.commands import COMMANDS
from bot.textview import render
from tests.reliability import figures

FRAGMENTS = [
    "Austin",
    "이종섭",
    "북한 미사일",
    "오스틴 장관",
    "\u202eevil\u202c",
    "\u200b\u200d\ufeff",
    "🇰🇷🇺🇸💥",
    "e\u0301\u0301\u0301",
    "**bold**",
    "__u__",
    "~~s~~",
    "||spoiler||",
    "```py\nprint(1)\n```",
    "`x`",
    "> quote",
    "# heading",
    "[link](https://evil.example)",
    "@everyone",
    "@here",
    "<@&123456>",
    "<@123456>",
    "<#123456>",
    "<script>alert(1)</script>",
    "&amp;",
    "\x00",
    "\x1b[31m",
    "\r\n",
    "\t",
    "?",
    ":",
    "name:",
    "topic:",
    "/who",
    "'; DROP TABLE x; --",
    "%s%n",
    "{0}",
    "\\",
    "*" * 50,
    "When did Austin meet Lee?",
    "SCM",
    "DPRK",
]
hostile = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(FRAGMENTS), max_size=12).map(" ".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=8).map("".join),
    st.integers(0, 10_000).map(lambda n: ("Austin 북한 " * 1000)[:n]),
)
OPTIONS = [(c.name, o.name) for c in COMMANDS.values() for o in c.options] + [("help", None)]
ALLOWED = {Kind.NOT_FOUND, Kind.USAGE}
MENTION_RE = re.compile(r"@everyone|@here|<@[!&]?\d+>|<#\d+>")


def strings_of(embed: dict) -> list[str]:
    out = [
        embed.get("title") or "",
        embed.get("description") or "",
        (embed.get("footer") or {}).get("text", ""),
    ]
    for field in embed.get("fields", []):
        out += [field["name"], field["value"]]
    return out


def assert_fits_discord(answer) -> None:
    pages = answer_pages(answer)
    assert 1 <= len(pages) <= 10
    for embed in pages:
        data = embed.to_dict()
        assert len(embed) <= 6000
        assert len(data.get("title", "")) <= 256 and len(data.get("description", "")) <= 4096
        assert len(data.get("fields", [])) <= 25
        assert all(len(f["name"]) <= 256 and len(f["value"]) <= 1024 for f in data.get("fields", []))
        footer = data.get("footer")
        assert footer is None or 0 < len(footer["text"]) <= 2048  # no footer rather than an empty one
        for text in strings_of(data):
            assert not MENTION_RE.search(text), text


@pytest.mark.parametrize(("command", "option"), OPTIONS, ids=[f"{c}-{o}" for c, o in OPTIONS])
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=hostile)
def test_every_option_takes_anything(engine, command, option, value):
    options = {option: value} if option else {}
    answer = engine.run(command, options)
    figures.add(f"hostile inputs /{command}")
    assert answer.matched or answer.kind in ALLOWED
    assert_fits_discord(answer)
    render(answer)  # the terminal view too


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    line=st.one_of(hostile, hostile.map(lambda v: "/ask " + v), hostile.map(lambda v: "/quote topic:" + v))
)
def test_the_cli_ask_line_takes_anything(engine, line):
    answer, code = answer_line(engine, line)
    figures.add("hostile inputs CLI ask line")
    assert code in (0, 1, 2)
    assert (code == 2) == (answer.kind == Kind.USAGE)
    render(answer)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(), st.lists(st.sampled_from(FRAGMENTS)).map("".join)))
def test_echoed_input_is_inert(text):
    shown = echo(text)
    figures.add("hostile inputs echo")
    inner = shown[1:-1]
    assert "\n" not in shown and "\r" not in shown
    assert len(inner) <= 100 * 2 + 100  # every character at most escaped once, plus zero-width spaces
    assert not MENTION_RE.search(shown)
    for match in re.finditer(r"[*_~`|>\[\]<]", inner):  # markdown can't open or close
        assert inner[match.start() - 1] == "\\"
    assert all(inner[i + 1] == "\u200b" for i, ch in enumerate(inner) if ch == "@")


SLOW_CANDIDATES = [
    "x" * 10_000,
    "Austin " * 1_400,
    ("이종섭 " * 2_500)[:10_000],
    " ".join(f"w{n}" for n in range(1_500)),
    ("Lee Jong-sup Lloyd Austin North Korea " * 300)[:10_000],
    "*" * 10_000,
    ("a" * 50 + " ") * 190,
    "When did Austin meet Lee? " * 380,
    "qwertyuiopasdfgh " * 580,
]


@pytest.mark.parametrize(("command", "option"), OPTIONS, ids=[f"{c}-{o}" for c, o in OPTIONS])
def test_no_input_makes_a_command_slow(engine, command, option):
    """Bounded work by construction (inputs are cut, fuzzy work is capped): checked here against
    the worst inputs we know, taking the best of three runs so a busy machine is not blamed."""
    worst = 0.0
    for value in SLOW_CANDIDATES:
        options = {option: value} if option else {}
        runs = []
        for _ in range(3):
            started = time.perf_counter()
            engine.run(command, options)
            runs.append(time.perf_counter() - started)
        worst = max(worst, min(runs))
    figures.add(f"slow-input probes /{command}", len(SLOW_CANDIDATES))
    assert worst < 0.100, f"/{command} took {worst * 1000:.0f} ms"
