"""The `draft` command's options: here, apart from the drafter, so building the command-line
parser for `alliance-bot ask` imports nothing of it."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("article", help="the article's text file, one paragraph per line ('-' reads stdin)")
    parser.add_argument("--outlet", help="who published it, e.g. 'The Diplomat'")
    parser.add_argument("--title", help="the headline, exactly")
    parser.add_argument("--url", help="the article's web address (https://...)")
    parser.add_argument("--published", help="publication date, YYYY-MM-DD")
    parser.add_argument("--standfirst", help="the line under the headline, if any")
    parser.add_argument("--author", help="the author, if given")
    parser.add_argument(
        "--source",
        type=Path,
        help="a source.yaml with the metadata "
        "(default: ARTICLE.source.yaml or source.yaml beside the article)",
    )
    parser.add_argument("-o", "--output", type=Path, help="write the draft here (a file, or a folder)")
    parser.add_argument("--force", action="store_true", help="overwrite the output file if it exists")
    parser.add_argument(
        "--no-knowledge", action="store_true", help="do not join the draft to the knowledge base's entries"
    )
