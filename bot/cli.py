"""The `alliance-bot` command line: the bot's answers offline, and tools for moderators.

Imports are lazy on purpose: `alliance-bot ask` must not pay for discord.py.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .kb.answers import Answer
    from .kb.engine import Engine
    from .kb.store import KnowledgeStore
    from .kb.teach import Lesson

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE = 0, 1, 2

TOKEN_HELP = """No DISCORD_TOKEN is set, so the bot is not connecting to Discord.
To run it on Discord: create an application at https://discord.com/developers/applications,
add a bot, copy its token into DISCORD_TOKEN (in .env, see .env.example) and run this again.
Meanwhile, here is the console with the same commands."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="alliance-bot",
        description="Answers questions about alliance news from the YAML knowledge base, "
        "cited to the paragraph.",
    )
    parser.add_argument(
        "--knowledge",
        metavar="DIR",
        type=Path,
        help="knowledge directory (default: $KNOWLEDGE_DIR or the project's knowledge/)",
    )
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    ask = sub.add_parser("ask", help='answer one command as typed in Discord, e.g. "/who Austin"')
    ask.add_argument("line", nargs="+", help="the command, e.g. /ask When did Austin meet Lee?")
    ask.add_argument("--json", action="store_true", help="print the answer object as JSON")
    sub.add_parser("console", help="type commands one per line (Ctrl-D to leave)")
    sub.add_parser("run", help="the Discord bot if DISCORD_TOKEN is set, else the console")
    check = sub.add_parser("check", help="validate knowledge files: exit 0 if valid, 1 with every error")
    check.add_argument(
        "path", nargs="?", type=Path, help="a file or directory (default: the knowledge directory)"
    )
    schema = sub.add_parser("schema", help="print the JSON Schema of a knowledge file")
    schema.add_argument("--vocabulary", action="store_true", help="of the vocabulary file instead")
    draft = sub.add_parser(
        "draft",
        help="draft a knowledge file from an article's text, every guess marked '# check:'",
        description="Draft a knowledge file from an article's text (one paragraph per line). Metadata "
        "comes from the options, a YAML header between '---' lines at the top of the text, or a "
        "source.yaml (--source, or ARTICLE.source.yaml / source.yaml beside the article). Every "
        "guessed value is marked '# check: why'. The draft passes `alliance-bot check` as written.",
    )
    from .draft.options import add_arguments

    add_arguments(draft)
    report = sub.add_parser(
        "report", help="usage reports from the usage database (as /kb unanswered, /kb stats)"
    )
    report.add_argument("kind", choices=["unanswered", "stats"])
    report.add_argument("--days", type=int, default=None, help="how many days back (default 7 / 14)")
    report.add_argument("--format", choices=["text", "csv", "json"], default="text")
    report.add_argument(
        "--db",
        help="the usage database: a file or a postgresql:// URL"
        " (default: $USAGE_DB, else ~/.local/share/alliance-bot/usage.sqlite3)",
    )
    sync = sub.add_parser("sync", help="register the slash commands with Discord")
    where = sync.add_mutually_exclusive_group()
    where.add_argument(
        "--guild",
        type=int,
        help="sync to one server only (instant), e.g. while developing (default: $DEV_GUILD_ID)",
    )
    where.add_argument(
        "--global",
        dest="everywhere",
        action="store_true",
        help="sync to every server, even with DEV_GUILD_ID set",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.action is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return 130


def _dispatch(args: argparse.Namespace) -> int:
    if args.action == "schema":
        from .kb.schema import schema_json

        print(schema_json(args.vocabulary), end="")
        return EXIT_OK
    if args.action == "check":
        return check(args.path or _knowledge_dir(args))
    if args.action == "draft":
        from .draft.cli import run as draft

        return draft(args, None if args.no_knowledge else _knowledge_dir(args))
    if args.action == "ask":
        store = _store(args)
        return ask(store.engine, " ".join(args.line), as_json=args.json)
    if args.action == "console":
        return console(_store(args))
    if args.action == "run":
        return run(args)
    if args.action == "sync":
        return _discord_action(args, sync_guild=args.guild, everywhere=args.everywhere)
    if args.action == "report":
        from .usage.cli import report

        return report(args.kind, args.days, args.format, args.db, _teacher(args, args.kind))
    return EXIT_USAGE


def _knowledge_dir(args: argparse.Namespace) -> Path:
    if args.knowledge:
        return args.knowledge
    env = os.environ.get("KNOWLEDGE_DIR", "").strip()
    if env:
        return Path(env).expanduser()
    from .settings import default_knowledge_dir

    return default_knowledge_dir()


def _store(args: argparse.Namespace) -> KnowledgeStore:
    from .kb.store import KnowledgeStore

    store = KnowledgeStore(_knowledge_dir(args))
    outcome = store.load()
    gc.freeze()  # what was loaded is kept to the end: no collection needs to walk it
    for error in outcome.errors:  # still serve the files that are valid
        print(f"warning: {error}", file=sys.stderr)
    return store


def _teacher(args: argparse.Namespace, kind: str) -> Callable[[str], Lesson | None] | None:
    """For `report unanswered`: the closest entry to each missed question, from the knowledge
    folder as it is now (its files are where the lessons go)."""
    if kind != "unanswered":
        return None
    from functools import partial

    from .kb.teach import lesson

    store = _store(args)
    return partial(lesson, store.engine.kb, files=store.files())


# --- actions ---------------------------------------------------------------------------


def check(path: Path, out: TextIO | None = None) -> int:
    """Every error of every file (exit 1), then the warnings (which alone still exit 0)."""
    from .kb.lint import lint
    from .kb.loader import load_path
    from .progress import run_with_progress
    from .redact import visible

    out = out or sys.stdout
    files = sum(1 for _ in path.glob("*.y*ml")) if path.is_dir() else 1
    report = run_with_progress(lambda: load_path(path), f"Checking {files:,} knowledge file(s)")
    warnings = lint(report)
    for error in sorted(report.errors, key=lambda e: (e.file, e.line or 0)):
        print(error, file=out)
    for warning in warnings:
        print(warning, file=out)
    noted = f" ({len(warnings)} warning{'s' if len(warnings) != 1 else ''})" if warnings else ""
    if report.errors:
        files = len({e.file for e in report.errors})
        print(f"{len(report.errors)} error(s) in {files} file(s){noted}.", file=out)
        return EXIT_NOT_FOUND
    if not report.articles:
        print(visible(f"{path}: no knowledge files (*.yaml) found."), file=out)
        return EXIT_NOT_FOUND
    print("OK: " + summary_counts(report.articles) + noted, file=out)
    return EXIT_OK


def summary_counts(articles: list) -> str:
    from .kb.answers import counted
    from .kb.index import KnowledgeBase

    return counted(KnowledgeBase.count_articles(articles))


def ask(engine: Engine, line: str, as_json: bool = False, out: TextIO | None = None) -> int:
    answer, code = answer_line(engine, line)
    out = out or sys.stdout
    if as_json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2), file=out)
    else:
        from .textview import render

        print(render(answer, bold=_is_terminal(out)), end="", file=out)
    return code


def answer_line(engine: Engine, line: str) -> tuple[Answer, int]:
    """Answer one typed command and the exit status it deserves."""
    from .kb.answers import Kind, usage
    from .kb.typed import TypedError, parse_typed

    try:
        typed = parse_typed(line)
    except TypedError as exc:
        return usage("", str(exc)), EXIT_USAGE
    answer = engine.run(typed.command, typed.options)
    if answer.kind == Kind.USAGE:
        return answer, EXIT_USAGE
    return answer, EXIT_OK if answer.matched else EXIT_NOT_FOUND


def console(store: KnowledgeStore, stdin: TextIO | None = None, out: TextIO | None = None) -> int:
    from .textview import render

    stdin, out = stdin or sys.stdin, out or sys.stdout
    interactive = stdin.isatty()
    if interactive:
        _enable_history()
        print(
            "alliance-bot console: ask a question, or type /help for the commands; Ctrl-D to leave.", file=out
        )
    while True:
        try:
            line = input("> ") if interactive else stdin.readline()
        except EOFError:
            break
        if not interactive and not line:
            break
        if not line.strip():
            continue
        if line.strip() in {"exit", "quit", "/exit", "/quit"}:
            break
        answer, _ = answer_line(store.engine, line)
        print(render(answer, bold=_is_terminal(out)), file=out)
    if interactive:
        print(file=out)
    return EXIT_OK


def fail(message: str, code: int = EXIT_USAGE) -> int:
    """Print one error line, with secrets redacted and control characters escaped."""
    from .redact import redact, visible

    print(f"error: {visible(redact(message))}", file=sys.stderr)
    return code


def _is_terminal(out: TextIO) -> bool:
    """Bold only on a terminal that wants colour (https://no-color.org)."""
    return out.isatty() and not os.environ.get("NO_COLOR")


def _enable_history() -> None:
    with contextlib.suppress(ImportError):  # Windows has no readline
        import readline  # noqa: F401  (importing it gives input() history and editing)


def run(args: argparse.Namespace) -> int:
    from .settings import Settings, SettingsError

    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        return fail(str(exc))
    if not settings.token:
        print(TOKEN_HELP, file=sys.stderr)
        return console(_store(args))
    return _discord_action(args, sync_guild=None, run_bot=True)


def _discord_action(
    args: argparse.Namespace, sync_guild: int | None, run_bot: bool = False, everywhere: bool = False
) -> int:
    from .settings import Settings, SettingsError

    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        return fail(str(exc))
    if args.knowledge:
        from dataclasses import replace

        settings = replace(settings, knowledge_dir=args.knowledge)
    if not settings.token:
        return fail("DISCORD_TOKEN is not set (see .env.example).")
    from .runner import run_bot as start
    from .runner import sync_commands

    if run_bot:
        return start(settings)
    if sync_guild is None and not everywhere:
        sync_guild = settings.dev_guild_id  # a development server: instant, and others untouched
    return sync_commands(settings, guild_id=sync_guild)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
