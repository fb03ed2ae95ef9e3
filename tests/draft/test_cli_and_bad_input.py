"""`alliance-bot draft` end to end, and bad input of every kind: a message or a valid draft, no traceback."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.draft.source import MAX_ARTICLE_BYTES, DraftInputError, decode_article, paragraphs_of
from tests.conftest import SHARED_ARTICLE
from tests.draft.conftest import DATA, draft, loaded

OPTIONS = ["--outlet", "The Test Times", "--title", "A headline", "--url", "https://example.com/a",
           "--published", "2023-01-31"]  # fmt: skip


def run(capsys, *args: str, stdin: bytes | None = None, monkeypatch=None) -> tuple[int, str, str]:
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
    code = main(["draft", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """The seed article with its source.yaml beside it, as a moderator would have them."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    shutil.copy(SHARED_ARTICLE / "article.txt", folder / "article.txt")
    shutil.copy(SHARED_ARTICLE / "source.yaml", folder / "source.yaml")
    return folder / "article.txt"


def test_draft_of_the_seed_with_source_beside_it_passes_check(capsys, seed_copy, tmp_path):
    out_file = tmp_path / "draft.yaml"
    code, out, err = run(capsys, str(seed_copy), "-o", str(out_file), "--no-knowledge")
    assert code == 0, err
    assert out == "" and "values marked '# check:'" in err and "alliance-bot check" in err
    assert main(["check", str(out_file)]) == 0
    assert capsys.readouterr().out.startswith("OK: 1 article, 2 people")


def test_draft_to_a_folder_takes_the_suggested_name_and_refuses_to_overwrite(capsys, seed_copy, tmp_path):
    folder = tmp_path / "knowledge"
    folder.mkdir()
    code, _, _ = run(capsys, str(seed_copy), "-o", str(folder), "--no-knowledge")
    assert code == 0
    written = folder / "2023-01-31-diplomat-austin-lee-seoul.yaml"
    assert written.exists()
    code, _, err = run(capsys, str(seed_copy), "-o", str(written), "--no-knowledge")
    assert code == 2 and "exists" in err and "--force" in err
    code, _, _ = run(capsys, str(seed_copy), "-o", str(written), "--no-knowledge", "--force")
    assert code == 0


def test_stdin_with_a_yaml_header_and_options_that_override_it(capsys, monkeypatch, tmp_path):
    text = (
        b"---\noutlet: Header Outlet\ntitle: From the header\nurl: https://example.com/h\n"
        b"published: 2023-01-31\n---\nAustin met Lee in Seoul on Tuesday.\n"
    )
    code, out, err = run(capsys, "-", "--outlet", "Option Outlet", stdin=text, monkeypatch=monkeypatch)
    assert code == 0, err
    assert 'outlet: "Option Outlet"' in out and 'title: "From the header"' in out
    assert "Austin met Lee" in out and "---" not in out.split("paragraphs:")[1].split("people:")[0]


def test_the_knowledge_folder_joins_the_draft(capsys, tmp_path):
    code, out, err = run(capsys, str(DATA / "followup.txt"), "--source", str(DATA / "followup.source.yaml"))
    assert code == 0, err
    assert (
        "Joined to the knowledge base: " in err
        and "Lloyd Austin" in err
        and "(from diplomat-2023-01-31" in err
    )
    assert "id: austin" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no text"),
        (b"   \n\n  \t\n", "no text"),
        (b"<!DOCTYPE html><html><body><p>Austin met Lee.</p></body></html>", "looks like HTML"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary", "binary file"),
        (b"Austin\x00met\x00Lee", "binary file"),
        (b"Caf\xe9 au lait", "not UTF-8"),
        (b"x" * (MAX_ARTICLE_BYTES + 1), "at most"),
    ],
    ids=["empty", "blank", "html", "pdf", "nul", "latin1", "1 MB"],
)
def test_unusable_text_gets_a_clear_message_and_status_2(capsys, tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    code, out, err = run(capsys, str(path), *OPTIONS)
    assert code == 2 and out == ""
    assert err.startswith("error: ") and message in err and "Traceback" not in err


def test_a_megabyte_of_text_is_refused_before_it_is_read(capsys, tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"Austin met Lee in Seoul on Tuesday. " * 30_000)
    code, _, err = run(capsys, str(path), *OPTIONS)
    assert code == 2 and "1,080,000 bytes" in err and "one article" in err


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--published", "2999-01-01"], "in the future"),
        (["--published", "31/01/2023"], "not a date"),
        (["--url", "thediplomat.com/x"], "not a web address"),
        (["--url", "javascript:alert(1)"], "not a web address"),
    ],
)
def test_bad_metadata_gets_a_clear_message(capsys, tmp_path, options, message):
    path = tmp_path / "article.txt"
    path.write_text("Austin met Lee in Seoul on Tuesday.\n", encoding="utf-8")
    code, _, err = run(capsys, str(path), *OPTIONS, *options)
    assert code == 2 and message in err and "Traceback" not in err


def test_missing_metadata_says_which_and_where_to_give_it(capsys, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Austin met Lee.\n", encoding="utf-8")
    code, _, err = run(capsys, str(path), "--outlet", "X")
    assert code == 2 and "missing title, url, published" in err and "source.yaml" in err


def test_a_missing_file_and_a_broken_source_yaml(capsys, tmp_path):
    code, _, err = run(capsys, str(tmp_path / "nope.txt"), *OPTIONS)
    assert code == 2 and "no such file" in err
    (tmp_path / "a.txt").write_text("Text.\n", encoding="utf-8")
    (tmp_path / "a.source.yaml").write_text("outlet: [unclosed\n", encoding="utf-8")
    code, _, err = run(capsys, str(tmp_path / "a.txt"))
    assert code == 2 and "not valid YAML" in err


def test_text_without_any_date_gives_a_minimal_valid_draft_with_a_note(tmp_path):
    result = draft("Seoul and Washington agreed to strengthen deterrence against North Korea.")
    assert not result.errors and any("no date" in n for n in result.notes)
    article = loaded(result, tmp_path)
    assert all(e.date is None for e in article.events)


def test_wrapped_text_with_blank_lines_is_read_as_paragraphs():
    body = "First paragraph that was\nwrapped at a width.\n\nSecond paragraph, also\nwrapped.\n"
    assert paragraphs_of(body) == [
        "First paragraph that was wrapped at a width.",
        "Second paragraph, also wrapped.",
    ]


def test_decode_refuses_what_is_not_text():
    with pytest.raises(DraftInputError, match="binary"):
        decode_article(b"PK\x03\x04 a docx")
    assert decode_article("\ufeffBOM first".encode()) == "BOM first"


def test_ask_does_not_import_the_drafter_or_the_progress_library():
    import subprocess

    code = (
        "import sys; from bot.cli import main; rc = main(['ask', '/who Austin']); "
        "bad = [m for m in ('bot.draft.build', 'bot.draft.cli', 'tqdm', 'dateparser') if m in sys.modules]; "
        "assert not bad, bad; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


def test_progress_shows_on_a_terminal_only_when_work_takes_a_while(monkeypatch):
    import time

    from bot import progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    pipe, terminal = io.StringIO(), Terminal()
    assert progress.run_with_progress(lambda: 1, "Quick", pipe) == 1 and pipe.getvalue() == ""
    monkeypatch.setattr(progress, "DELAY", 0.05)
    assert progress.run_with_progress(lambda: time.sleep(0.4) or 2, "Checking 3 files", terminal) == 2
    assert "Checking 3 files" in terminal.getvalue()
    quiet = Terminal()
    assert progress.run_with_progress(lambda: 3, "Fast", quiet) == 3 and "Fast" not in quiet.getvalue()
    with progress.stages(3, "Drafting", io.StringIO()) as step:  # not a terminal: a no-op
        step("names")


def test_the_moderators_guide_starts_adding_an_article_with_draft():
    from tests.conftest import KNOWLEDGE, ROOT

    guide = (KNOWLEDGE / "README.md").read_text(encoding="utf-8")
    section = guide.split("## Worked example: adding an article", 1)[1]
    first_command = next(line for line in section.splitlines() if "alliance-bot " in line)
    assert "alliance-bot draft" in first_command
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "alliance-bot draft ARTICLE.txt" in readme and "python -m benchmarks.draft" in readme
