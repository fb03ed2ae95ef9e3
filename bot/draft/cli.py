"""`alliance-bot draft`: read the article and its metadata, draft, write, say what to check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

import yaml

from ..kb.loader import load_path
from .build import STAGES, Draft, draft_article
from .known import KnownBase
from .source import (
    MAX_ARTICLE_BYTES,
    DraftInputError,
    Meta,
    decode_article,
    header_meta,
    meta_from_mapping,
    parse_published,
    split_header,
)

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def run(args: argparse.Namespace, knowledge: Path | None, out: TextIO | None = None) -> int:
    out = out or sys.stdout
    try:
        text, meta = _read(args)
    except DraftInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    known = None if args.no_knowledge or knowledge is None else _known(knowledge)
    from ..progress import stages

    try:
        with stages(len(STAGES), "Drafting") as step:
            draft = draft_article(text, meta, known, progress=step)
    except DraftInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    target = _target(args.output, draft)
    if target is not None:
        if target.exists() and not args.force:
            print(f"error: {target} exists; choose another name or add --force", file=sys.stderr)
            return EXIT_USAGE
        try:
            target.write_text(draft.yaml, encoding="utf-8")
        except OSError as exc:
            print(f"error: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
    else:
        out.write(draft.yaml)
    _report(draft, target)
    return EXIT_OK if not draft.errors else EXIT_INVALID


def _read(args: argparse.Namespace) -> tuple[str, Meta]:
    if args.article == "-":
        raw, origin, folder = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1), "standard input", None
    else:
        path = Path(args.article)
        if not path.is_file():
            raise DraftInputError(f"{path}: {'is a directory' if path.is_dir() else 'no such file'}")
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise DraftInputError(
                f"{path} is {path.stat().st_size:,} bytes; one article is at most {MAX_ARTICLE_BYTES:,} bytes"
            )
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise DraftInputError(f"{path}: cannot be read: {exc.strerror or exc}") from None
        origin, folder = str(path), path
    text = decode_article(raw, origin)
    header, body = split_header(text)
    meta = Meta()
    source = args.source or (_sibling_source(folder) if folder is not None else None)
    if source is not None:
        meta = meta.merged(_source_meta(source))
    meta = meta.merged(header_meta(header, origin))
    meta = meta.merged(_option_meta(args))
    return body, meta


def _sibling_source(article: Path) -> Path | None:
    for candidate in (article.with_name(f"{article.stem}.source.yaml"), article.with_name("source.yaml")):
        if candidate.is_file():
            return candidate
    return None


def _source_meta(path: Path) -> Meta:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DraftInputError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise DraftInputError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    return meta_from_mapping(data, str(path))


def _option_meta(args: argparse.Namespace) -> Meta:
    values = {
        name: getattr(args, name)
        for name in ("outlet", "title", "url", "standfirst", "author", "published")
        if getattr(args, name)
    }
    if "published" in values:
        values["published"] = parse_published(values["published"], "--published").isoformat()
    return meta_from_mapping(values, "the command line")


def _known(knowledge: Path) -> KnownBase | None:
    if not knowledge.exists():
        print(f"note: no knowledge folder at {knowledge}; drafting without it", file=sys.stderr)
        return None
    from ..progress import run_with_progress

    report = run_with_progress(lambda: load_path(knowledge), "Reading the knowledge base")
    if report.errors:
        print(
            f"note: {len(report.errors)} error(s) in the knowledge folder; drafting with the files that "
            "validate (see alliance-bot check)",
            file=sys.stderr,
        )
    return KnownBase.from_articles(report.articles)


def _target(output: Path | None, draft: Draft) -> Path | None:
    if output is None:
        return None
    return output / draft.filename if output.is_dir() else output


def _report(draft: Draft, target: Path | None) -> None:
    counts = ", ".join(f"{n} {name}" for name, n in draft.counts.items())
    print(f"Drafted: {counts}; {draft.checks} values marked '# check:'.", file=sys.stderr)
    if draft.joined:
        names = list(dict.fromkeys(j.rsplit(" (", 1)[0] for j in draft.joined))
        articles = list(dict.fromkeys(j.rsplit(" (", 1)[-1].rstrip(")") for j in draft.joined))
        shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
        print(f"Joined to the knowledge base: {shown} (from {', '.join(articles[:3])}).", file=sys.stderr)
    for note in draft.notes:
        print(f"note: {note}", file=sys.stderr)
    if draft.errors:  # a drafter bug: say so plainly rather than hand over a broken file
        print("The draft does not pass the checks (please report this):", file=sys.stderr)
        for error in draft.errors[:20]:
            print(f"  {error}", file=sys.stderr)
        return
    where = str(target) if target is not None else f"knowledge/{draft.filename}"
    print(f"Next: review every '# check:' in {where}, then run: alliance-bot check {where}", file=sys.stderr)
