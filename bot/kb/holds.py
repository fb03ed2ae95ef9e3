"""Edits that look like accidents: a reload that takes most of an article's entries away.

A file cut short (a save written in pieces, a writer that died mid-file) can still be a valid
article: only its tail is gone, and `/when` of a known event would say "not in the knowledge
base". Such a change is held back: the article keeps being served as it was, moderators are
told, and the change is applied when confirmed (`/kb reload`) or once the file has stayed that
way for HOLD_SECONDS (a deliberate cut stays; a half-written save does not).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .loader import LoadReport
from .models import ArticleFile

SHRINK_SHARE = 0.5  # losing more than this share of an article's entries at once is suspicious
MIN_ENTRIES = 8  # below this, a few entries are a large share: small articles are not judged
HOLD = timedelta(seconds=60)


@dataclass(frozen=True)
class Held:
    """A new version of an article held back, and the one served meanwhile."""

    file: str
    article_id: str
    before: int  # entries served
    after: int  # entries in the file now
    sha: str | None  # the held content: a different save starts the wait again
    since: datetime

    @property
    def until(self) -> datetime:
        return self.since + HOLD

    def describe(self) -> str:
        return (
            f"{self.file}: the new version has {self.after} entries where {self.before} are served; "
            f"held back until confirmed with /kb reload, or until {self.until:%H:%M:%S} UTC if unchanged"
        )


def entries(article: ArticleFile) -> int:
    return sum(
        len(section)
        for section in (
            article.people,
            article.organizations,
            article.events,
            article.quotes,
            article.terms,
            article.facts,
        )
    )


def shrunk(before: ArticleFile, after: ArticleFile) -> bool:
    old, new = entries(before), entries(after)
    return old >= MIN_ENTRIES and new < old * (1 - SHRINK_SHARE)


def hold_back(
    report: LoadReport,
    served: dict[str, ArticleFile],
    held: dict[str, Held],
    now: datetime,
    confirmed: bool,
) -> tuple[list[ArticleFile], dict[str, Held]]:
    """The articles to serve, with each suspicious new version replaced by the served one, and
    what is held now. The report gives each article's file and its content hash; `held` is
    what was held before (a hold keeps its start while the file keeps the same content)."""
    out: list[ArticleFile] = []
    holding: dict[str, Held] = {}
    for article in report.articles:
        old = served.get(article.id)
        if confirmed or old is None or old is article or not shrunk(old, article):
            out.append(article)
            continue
        file = report.sources.get(article.id, "?")
        sha = report.hashes.get(file)
        previous = held.get(article.id)
        since = previous.since if previous is not None and previous.sha == sha else now
        if now - since >= HOLD:  # it stayed that way: meant, not an accident
            out.append(article)
            continue
        holding[article.id] = Held(file, article.id, entries(old), entries(article), sha, since)
        out.append(old)
    return out, holding
