"""The `alliance-bot` command line: output, exit statuses, and what it does not import."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from tests.conftest import DATA, KNOWLEDGE, ROOT


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_ask_prints_the_answer_with_its_source_and_exits_0(capsys):
    code, out, _ = run_cli(capsys, "ask", "/who Austin")
    assert code == 0
    assert out.startswith("Lloyd Austin\n============\n")
    assert "U.S. Secretary of Defense as of 31 January 2023, per The Diplomat." in out
    assert "Cited: The Diplomat 2023-01-31, ¶1, ¶3, ¶8" in out
    assert "Source: The Diplomat, 31 January 2023" in out
    assert "**" not in out  # markdown is rendered for the terminal


def test_ask_accepts_the_line_unquoted(capsys):
    code, out, _ = run_cli(capsys, "ask", "/when", "SCM")
    assert code == 0 and "3 November 2022 (Thursday)" in out


def test_ask_with_options_typed_as_in_discord(capsys):
    code, out, _ = run_cli(capsys, "ask", "/quote speaker:joint statement topic:drone")
    assert code == 0 and "drone" in out and "[¶2]" in out


def test_nothing_matched_exits_1_with_suggestions(capsys):
    code, out, _ = run_cli(capsys, "ask", "/who Korea")
    assert code == 1
    assert "Did you mean: South Korea, North Korea" in out


def test_unanswerable_question_exits_1(capsys):
    code, out, _ = run_cli(capsys, "ask", "/ask Who won the World Cup?")
    assert code == 1 and "Not in the knowledge base" in out


@pytest.mark.parametrize("line", ["/nope", "/who", "/quote spaeker:Austin", "/who nmae:Lee x"])
def test_usage_errors_exit_2_and_list_the_commands(capsys, line):
    code, out, _ = run_cli(capsys, "ask", line)
    if line == "/who nmae:Lee x":  # one text option: the rest of the line is the name
        assert code == 1
        return
    assert code == 2
    assert "Usage" in out


def test_unknown_command_lists_every_command(capsys):
    _, out, _ = run_cli(capsys, "ask", "/nope")
    assert "/summary" in out and "/timeline" in out and "/help" in out


def test_json_prints_the_answer_object(capsys):
    code, out, _ = run_cli(capsys, "ask", "--json", "/ask When did Austin meet Lee?")
    data = json.loads(out)
    assert code == 0
    assert data["command"] == "ask" and data["matched"] is True
    assert {"title", "text", "fields", "citations", "source", "kind"} <= set(data)
    assert data["citations"][0]["paragraph"] == 1


@pytest.mark.parametrize(
    "line",
    [
        "/ask " + "x" * 10_000,
        "/who @everyone",
        "/search <script>alert(1)</script>",
        "/define 한국",
        "/ask 🇰🇷",
        "/search ```code```",
        "/ask \x00\x07",
        "/who " + "\u202e" * 50,
    ],
)
def test_hostile_input_never_gives_a_traceback(capsys, line):
    code, out, err = run_cli(capsys, "ask", line)
    assert code in (0, 1, 2)
    assert "Traceback" not in out + err


def test_check_valid_directory_prints_counts_and_exits_0(capsys):
    code, out, _ = run_cli(capsys, "check", str(KNOWLEDGE))
    assert code == 0
    assert out.startswith("OK: 1 article, 2 people, 10 organizations")


def test_check_broken_file_lists_file_line_field_and_exits_1(capsys):
    code, out, _ = run_cli(capsys, "check", str(DATA / "broken" / "multiple_errors.yaml"))
    assert code == 1
    lines = out.strip().splitlines()
    assert len(lines) == 4 and lines[-1] == "3 error(s) in 1 file(s)."
    assert all("multiple_errors.yaml:" in line for line in lines[:3])


def test_check_a_directory_reports_every_broken_file(capsys):
    code, out, _ = run_cli(capsys, "check", str(DATA / "broken"))
    assert code == 1
    for path in (DATA / "broken").glob("*.yaml"):
        assert path.name in out


def test_schema_prints_the_committed_schema(capsys):
    code, out, _ = run_cli(capsys, "schema")
    assert code == 0
    assert json.loads(out) == json.loads((KNOWLEDGE / "schema.json").read_text(encoding="utf-8"))


def test_knowledge_option_selects_another_base(capsys, tmp_path: Path):
    (tmp_path / "a.yaml").write_bytes((DATA / "valid" / "minimal.yaml").read_bytes())
    code, out, _ = run_cli(capsys, "--knowledge", str(tmp_path), "ask", "/who Tanaka")
    assert code == 0 and "Hiro Tanaka" in out


def test_knowledge_env_var_selects_another_base(capsys, tmp_path: Path, monkeypatch):
    (tmp_path / "a.yaml").write_bytes((DATA / "valid" / "minimal.yaml").read_bytes())
    monkeypatch.setenv("KNOWLEDGE_DIR", str(tmp_path))
    code, out, _ = run_cli(capsys, "ask", "/source")
    assert code == 0 and "Test Times" in out


def test_broken_files_are_warned_about_while_good_ones_answer(capsys, tmp_path: Path):
    (tmp_path / "a.yaml").write_bytes((DATA / "valid" / "minimal.yaml").read_bytes())
    (tmp_path / "b.yaml").write_bytes((DATA / "broken" / "bad_date.yaml").read_bytes())
    code, out, err = run_cli(capsys, "--knowledge", str(tmp_path), "ask", "/who Kim")
    assert code == 0 and "Kim Min-jun" in out
    assert "b.yaml" in err and "events[0].date" in err


def test_console_answers_one_command_per_line(monkeypatch, capsys):
    from bot.cli import console
    from bot.kb.store import KnowledgeStore

    store = KnowledgeStore(KNOWLEDGE)
    store.load()
    out = io.StringIO()
    assert console(store, stdin=io.StringIO("/who Lee\n\n/nope\n/when SCM\n"), out=out) == 0
    text = out.getvalue()
    assert "Lee Jong-sup" in text and "Unknown command /nope" in text and "3 November 2022" in text


def _subprocess(
    args: list[str], stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k not in {"DISCORD_TOKEN", "KNOWLEDGE_DIR"}}
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**base, **(env or {})},
        timeout=60,
    )


def test_the_command_line_does_not_import_discord():
    code = (
        "import sys; from bot.cli import main; rc = main(['ask', '/who Austin']); "
        "assert 'discord' not in sys.modules, 'discord imported'; sys.exit(rc)"
    )
    result = _subprocess(["-c", code])
    assert result.returncode == 0, result.stderr


def test_python_dash_m_bot_is_the_cli():
    result = _subprocess(["-m", "bot", "ask", "/define DPRK"])
    assert result.returncode == 0 and "stands for" in result.stdout


def test_run_without_a_token_explains_and_starts_the_console(tmp_path: Path):
    result = _subprocess(["-m", "bot", "run"], stdin="/who Austin\n", env={"HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "No DISCORD_TOKEN" in result.stderr
    assert "Lloyd Austin" in result.stdout


def test_a_terminal_shows_bold_as_bold_and_a_pipe_gets_plain_text():
    from bot.kb.answers import Answer, Kind
    from bot.textview import render

    answer = Answer("search", Kind.SEARCH, "Search", "the **drone** incursions\x1b[31m")
    assert "\x1b[1mdrone\x1b[0m" in render(answer, bold=True)
    assert "the drone incursions" in render(answer)
    assert "\x1b[31m" not in render(answer, bold=True)  # a knowledge file cannot drive the terminal


def test_check_loads_a_file_whose_suffix_is_in_capitals(capsys, tmp_path: Path):
    shutil.copy(DATA / "valid" / "minimal.yaml", tmp_path / "2024-03-05-test.YAML")
    assert main(["check", str(tmp_path)]) == 0
    assert capsys.readouterr().out.startswith("OK: 1 article")
    assert main(["--knowledge", str(tmp_path), "ask", "/who Tanaka"]) == 0


def test_check_never_prints_terminal_escapes_from_names_keys_or_values(capsys, tmp_path: Path):
    text = (DATA / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    evil = tmp_path / "evil\x1b]0;owned\x07.yaml"
    injected = '"\\e[2Jsummary_x": "\\e[31m red"\nsummary:'  # YAML's \e is the escape character
    evil.write_text(text.replace("summary:", injected, 1), encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "summary_x" in out and "\x1b" not in out and "\x07" not in out
    assert "\\x1b]0;owned\\x07.yaml" in out


def test_check_warns_about_paragraphs_no_entry_cites_and_still_exits_0(capsys, tmp_path: Path):
    """A file cut at an entry boundary is valid; the paragraphs it no longer cites give it away."""
    lines = (KNOWLEDGE / "2023-01-31-diplomat-austin-lee-seoul.yaml").read_text(encoding="utf-8").splitlines()
    (tmp_path / "cut.yaml").write_text("\n".join(lines[:100]) + "\n", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith(
        "cut.yaml:24: paragraphs: warning: 8 paragraphs (4, 5, 6, 7, 9, 10, 11, 12) are cited by no entry; "
        "is the file cut short?"
    )
    assert (
        out[1] == "OK: 1 article, 2 people, 0 organizations, 0 events, 0 quotes, 0 terms, 0 facts (1 warning)"
    )


def test_check_names_a_single_uncited_paragraph_by_its_line(capsys, tmp_path: Path):
    text = (DATA / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    text = text.replace(
        '  - "“We agreed,” Kim said."\n', '  - "“We agreed,” Kim said."\n  - "An extra paragraph."\n'
    )
    (tmp_path / "extra.yaml").write_text(text, encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 0
    assert (
        "extra.yaml:12: paragraphs[2]: warning: paragraph 3 is cited by no entry" in capsys.readouterr().out
    )
