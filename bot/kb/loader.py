"""Load knowledge files from disk: every error of every file, reported together."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import KBError
from .models import ArticleFile
from .validate import validate_article
from .yamlsource import MAX_BYTES, parse_yaml

SUFFIXES = (".yaml", ".yml")


@dataclass
class LoadReport:
    """The articles that validated, and every error found on the way."""

    articles: list[ArticleFile] = field(default_factory=list)
    errors: list[KBError] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)  # article id -> file shown to people
    hashes: dict[str, str] = field(default_factory=dict)  # file shown to people -> sha256 of its bytes

    @property
    def ok(self) -> bool:
        return not self.errors


def display_path(path: Path) -> str:
    """Relative to the working directory when inside it: what a moderator typed."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def load_file(
    path: Path, display: str | None = None, hashes: dict[str, str] | None = None
) -> tuple[ArticleFile | None, list[KBError]]:
    shown = display or display_path(path)
    try:
        if not path.is_file():
            kind = "a directory" if path.is_dir() else "missing"
            return None, [KBError(shown, None, "(file)", f"is {kind}, not a knowledge file")]
        if path.stat().st_size > MAX_BYTES:  # refuse before reading it into memory
            size = path.stat().st_size
            return None, [
                KBError(
                    shown, None, "(file)", f"file is {size:,} bytes; the limit is {MAX_BYTES:,} (one article)"
                )
            ]
        raw = path.read_bytes()
    except OSError as exc:
        return None, [KBError(shown, None, "(file)", f"cannot be read: {exc.strerror or exc}")]
    if hashes is not None:
        hashes[shown] = hashlib.sha256(raw).hexdigest()
    parsed = parse_yaml(raw, shown)
    if parsed.errors:
        return None, parsed.errors
    return validate_article(parsed, shown)


def knowledge_files(directory: Path) -> list[Path]:
    """The YAML files directly in directory (sorted), skipping hidden and editor temp files."""
    return sorted(
        p for p in directory.iterdir() if p.suffix in SUFFIXES and not p.name.startswith((".", "#", "~"))
    )


def load_path(path: Path) -> LoadReport:
    """Load a single file or every knowledge file in a directory."""
    report = LoadReport()
    if not path.exists():
        report.errors.append(KBError(display_path(path), None, "(file)", "does not exist"))
        return report
    if not path.is_dir():
        report.files = [path]
        _add(report, path)
        return report
    root = path.resolve()
    report.files = knowledge_files(path)
    for file in report.files:
        if not _inside(file, root):
            report.errors.append(
                KBError(
                    display_path(file),
                    None,
                    "(file)",
                    "links outside the knowledge directory; copy the file in instead",
                )
            )
            continue
        _add(report, file)
    report.articles.sort(key=lambda a: (a.article.published, a.id), reverse=True)
    return report


def _inside(file: Path, root: Path) -> bool:
    return os.path.commonpath([file.resolve(), root]) == str(root)


def _add(report: LoadReport, file: Path) -> None:
    article, errors = load_file(file, hashes=report.hashes)
    report.errors.extend(errors)
    if article is None:
        return
    if article.id in report.sources:
        other = report.sources[article.id]
        message = f'"{article.id}" is also the id of {other}; give each article its own id'
        report.errors.append(KBError(display_path(file), None, "id", message))
        return
    report.sources[article.id] = display_path(file)
    report.articles.append(article)
