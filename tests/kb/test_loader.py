"""The knowledge files validate; broken ones are caught with file, line, field and a fix."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.kb.loader import load_path
from bot.kb.schema import SCHEMA_FILE, VOCABULARY_SCHEMA_FILE, schema
from tests.conftest import DATA, KNOWLEDGE

BROKEN = sorted((DATA / "broken").glob("*.yaml"))
_LINE_RE = re.compile(r"@LINE\((.+?)\)")


@pytest.mark.parametrize("path", sorted(KNOWLEDGE.glob("*.yaml")), ids=lambda p: p.name)
def test_every_knowledge_file_validates(path: Path):
    report = load_path(path)
    assert report.errors == []
    assert len(report.articles) + len(report.vocabularies) == 1


@pytest.mark.parametrize("path", sorted(KNOWLEDGE.glob("*.yaml")), ids=lambda p: p.name)
def test_every_knowledge_file_points_editors_at_the_schema(path: Path):
    first = path.read_text(encoding="utf-8").splitlines()[0]
    wanted = VOCABULARY_SCHEMA_FILE if path.name == "vocabulary.yaml" else SCHEMA_FILE
    assert first == f"# yaml-language-server: $schema={wanted}"


@pytest.mark.parametrize(("file", "vocabulary"), [(SCHEMA_FILE, False), (VOCABULARY_SCHEMA_FILE, True)])
def test_committed_json_schemas_match_the_models(file, vocabulary):
    committed = json.loads((KNOWLEDGE / file).read_text(encoding="utf-8"))
    flag = " --vocabulary" if vocabulary else ""
    assert committed == schema(vocabulary), (
        f"knowledge/{file} is stale: run `alliance-bot schema{flag} > knowledge/{file}`"
    )


def test_minimal_valid_file_loads():
    report = load_path(DATA / "valid" / "minimal.yaml")
    assert report.ok and report.articles[0].id == "test-minimal"


def _expectations(path: Path) -> list[str]:
    raw = path.read_bytes().decode("utf-8", errors="replace")
    body = raw.split("\n")
    expects = [line.removeprefix("# expect: ") for line in body if line.startswith("# expect: ")]

    header = sum(len(line) + 1 for line in body if line.startswith("# expect: "))

    def line_of(match: re.Match[str]) -> str:
        marker = match.group(1).replace("\\n", "\n")
        return str(raw[: raw.index(marker, header)].count("\n") + 1)

    return [_LINE_RE.sub(line_of, e) for e in expects]


def test_the_broken_corpus_is_not_empty():
    assert len(BROKEN) >= 20


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.name)
def test_each_broken_file_gets_its_error(path: Path):
    report = load_path(path)
    assert report.articles == []
    messages = [str(e) for e in report.errors]
    for expected in _expectations(path):
        assert any(expected in m for m in messages), f"{expected!r} not in {messages}"
    for error in report.errors:
        assert error.file.endswith(path.name)
        assert error.field


def test_errors_name_file_line_and_field_in_the_documented_form():
    report = load_path(DATA / "broken" / "bad_date.yaml")
    (error,) = report.errors
    assert re.fullmatch(
        r".*bad_date\.yaml:\d+: events\[0\]\.date: \"Febuary 2023\" is not a date "
        r"\(use YYYY, YYYY-MM or YYYY-MM-DD\)",
        str(error),
    )


def test_all_errors_of_a_directory_are_reported_together(tmp_path: Path):
    for name in ("bad_date.yaml", "unknown_speaker.yaml", "empty.yaml"):
        (tmp_path / name).write_bytes((DATA / "broken" / name).read_bytes())
    (tmp_path / "good.yaml").write_bytes((DATA / "valid" / "minimal.yaml").read_bytes())
    report = load_path(tmp_path)
    assert {Path(e.file).name for e in report.errors} == {
        "bad_date.yaml",
        "unknown_speaker.yaml",
        "empty.yaml",
    }
    assert [a.id for a in report.articles] == ["test-minimal"]  # the good file still loads


def test_two_files_with_one_article_id_are_refused(tmp_path: Path):
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_bytes((DATA / "valid" / "minimal.yaml").read_bytes())
    report = load_path(tmp_path)
    assert len(report.articles) == 1
    assert any("is also the id of" in str(e) and e.file.endswith("b.yaml") for e in report.errors)


def test_oversized_file_is_refused_without_parsing(tmp_path: Path):
    big = tmp_path / "big.yaml"
    big.write_bytes(b"summary: " + b"x" * (3 * 1024 * 1024))
    (error,) = load_path(big).errors
    assert "the limit is" in error.message


def test_directory_named_like_a_knowledge_file_is_an_error(tmp_path: Path):
    (tmp_path / "oops.yaml").mkdir()
    (error,) = load_path(tmp_path).errors
    assert "is a directory" in error.message


def test_symlink_out_of_the_knowledge_directory_is_refused(tmp_path: Path):
    outside = tmp_path / "outside.yaml"
    outside.write_bytes((DATA / "valid" / "minimal.yaml").read_bytes())
    kdir = tmp_path / "knowledge"
    kdir.mkdir()
    (kdir / "link.yaml").symlink_to(outside)
    report = load_path(kdir)
    assert report.articles == []
    assert "outside the knowledge directory" in report.errors[0].message


def test_editor_temp_and_hidden_files_are_skipped(tmp_path: Path):
    (tmp_path / ".#draft.yaml").write_text("broken: [")
    (tmp_path / "notes.txt").write_text("not yaml")
    (tmp_path / "a.yaml").write_bytes((DATA / "valid" / "minimal.yaml").read_bytes())
    assert load_path(tmp_path).ok
