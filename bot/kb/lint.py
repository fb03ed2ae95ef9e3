"""Warnings about knowledge files that load: what `check` prints besides errors.

A warning never stops a file from being served; it points at what is probably a mistake, with
the file and line to look at (both files, where two disagree).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from .errors import KBError, Path_, field_path
from .loader import LoadReport
from .models import ArticleFile
from .yamlsource import ParsedYaml, parse_yaml


class Lines:
    """Line numbers in the files of a load, read again only for the files a warning is about."""

    def __init__(self, report: LoadReport) -> None:
        self.report = report
        self._parsed: dict[str, ParsedYaml] = {}

    def line(self, article_id: str, loc: Path_) -> int | None:
        path = self.report.paths.get(article_id)
        if path is None:
            return None
        if path not in self._parsed:
            try:
                self._parsed[path] = parse_yaml(Path(path).read_bytes(), path)
            except OSError:
                self._parsed[path] = ParsedYaml()
        return self._parsed[path].line_of(loc)

    def warning(self, article_id: str, loc: Path_, message: str) -> KBError:
        shown = self.report.sources.get(article_id, article_id)
        return KBError(shown, self.line(article_id, loc), field_path(loc), message, warning=True)


def lint(report: LoadReport) -> list[KBError]:
    """Every warning about the articles of a load, file by file, line by line."""
    lines = Lines(report)
    found = [lines.warning(a.id, loc, message) for a in report.articles for loc, message in uncited(a)]
    return sorted(found, key=lambda w: (w.file, w.line or 0))


def uncited(article: ArticleFile) -> Iterator[tuple[Path_, str]]:
    """Paragraphs no entry cites: most often the tail of a file cut short, or a paragraph added
    to the body whose facts were never written down."""
    cited: set[int] = set()
    for section in ("people", "organizations", "events", "quotes", "terms", "facts"):
        for item in getattr(article, section):
            cited.update(item.paragraphs)
            for action in getattr(item, "actions", ()):
                cited.update(action.paragraphs)
    missing = [n for n in range(1, len(article.paragraphs) + 1) if n not in cited]
    if len(missing) > 3:  # one line for a run of them: a cut file has many
        shown = ", ".join(map(str, missing[:8])) + (" …" if len(missing) > 8 else "")
        yield (
            ("paragraphs",),
            f"{len(missing)} paragraphs ({shown}) are cited by no entry; is the file cut short?",
        )
        return
    for n in missing:
        yield (
            ("paragraphs", n - 1),
            f"paragraph {n} is cited by no entry; add the facts, quotes or names it holds",
        )
