"""/kb history: the last changes to the knowledge files, from git when the folder is a checkout,
else from the bot's own record of its loads (with each file's hash)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from .answers import Answer, Item, Kind
from .store import KnowledgeStore

GIT_TIMEOUT = 5.0
SEP = "\x1f"


def git_log(folder: Path, limit: int = 10) -> list[tuple[str, str, str, str, list[str]]] | None:
    """(commit, author, date, subject, files) for the last commits touching folder; None if no git."""
    if shutil.which("git") is None:
        return None
    fmt = SEP.join(["%h", "%an", "%ad", "%s"])
    try:
        result = subprocess.run(
            [
                "git",
                "-C",
                str(folder),
                "log",
                f"-n{limit}",
                "--date=format:%Y-%m-%d %H:%M",
                f"--format=\x1e{fmt}",
                "--name-only",
                "--",
                ".",
            ],
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if result.returncode != 0:
        return None  # not a git checkout
    entries = []
    for block in result.stdout.split("\x1e")[1:]:
        head, *files = [line for line in block.splitlines() if line.strip()]
        commit, author, date, subject = [*head.split(SEP), "", "", ""][:4]
        entries.append((commit, author, date, subject, files))
    return entries


def history(store: KnowledgeStore) -> Answer:
    log = git_log(store.path)
    if log is not None:
        items = tuple(
            Item(
                f"`{commit}` {date} · {author}",
                f"{subject}\n" + ", ".join(f"`{Path(f).name}`" for f in files[:10]),
            )
            for commit, author, date, subject, files in log
        )
        text = (
            "The last changes to the knowledge files (git)."
            if items
            else "No commits touch the knowledge folder yet."
        )
        return Answer("kb history", Kind.STATUS, "Knowledge base history", text, items=items)
    items = tuple(
        Item(
            f"{event.at:%Y-%m-%d %H:%M:%S} UTC · "
            + (
                "loaded"
                if event.applied and not event.errors
                else "refused"
                if not event.applied
                else "loaded with errors"
            ),
            "\n".join(
                f"`{Path(name).name}` {digest[:12]}" for name, digest in sorted(event.hashes.items())[:10]
            )
            or "no files",
        )
        for event in reversed(store.history)
    )
    text = "Not a git checkout: the bot's last loads, with each file's SHA-256 (first 12 characters)."
    return Answer("kb history", Kind.STATUS, "Knowledge base history", text, items=items)
