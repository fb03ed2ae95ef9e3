"""The article as given: bytes checked and cleaned into paragraphs, and its metadata.

Everything a moderator can get wrong is refused here with a message saying what to do:
binary files, HTML, text too long for one article, a bad date or web address.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

import yaml

MAX_ARTICLE_BYTES = 256 * 1024  # a long read is 50 KB; four times that is not one article
META_FIELDS = ("outlet", "title", "url", "published", "standfirst", "author")
_URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
_HTML_RE = re.compile(
    r"<(?:!doctype|html|head|body|p|div|span|br|a\s+href|script|style|article|section)\b[^>]*>", re.I
)
# Characters a knowledge file should never carry: controls (tab and newline apart), the BOM,
# soft hyphens and zero-width marks that only break word matching.
_INVISIBLE_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b\u2060\ufeff\ufffe\uffff]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


class DraftInputError(ValueError):
    """Input the drafter cannot use, with a message for the person who gave it."""


@dataclass(frozen=True)
class Meta:
    """What the article's text does not carry: where and when it was published."""

    outlet: str = ""
    title: str = ""
    url: str = ""
    published: dt.date | None = None
    standfirst: str = ""
    author: str = ""
    context: tuple[str, ...] = ()  # dated facts from other reporting (source.yaml's context:)
    sources: dict[str, str] = field(default_factory=dict)  # field -> where its value came from

    def merged(self, other: Meta) -> Meta:
        """self, with the fields other sets (other wins: it was given later, e.g. on the command line)."""
        changes: dict[str, Any] = {}
        sources = dict(self.sources)
        for name in (*META_FIELDS, "context"):
            value = getattr(other, name)
            if value:
                changes[name] = value
                sources[name] = other.sources.get(name, "")
        return replace(self, **changes, sources=sources)

    def missing(self) -> list[str]:
        return [n for n in ("outlet", "title", "url", "published") if not getattr(self, n)]


def meta_from_mapping(data: Any, origin: str) -> Meta:
    """Metadata from a mapping (a source.yaml or the text's header), checked field by field."""
    if data is None:
        return Meta()
    if not isinstance(data, dict):
        raise DraftInputError(f"{origin}: should be a mapping (outlet: ..., title: ...), not a list or text")
    unknown = sorted(str(k) for k in data if k not in (*META_FIELDS, "context"))
    if unknown:
        raise DraftInputError(
            f"{origin}: unknown field(s) {', '.join(unknown)}; allowed: {', '.join(META_FIELDS)}, context"
        )
    values: dict[str, Any] = {}
    for name in META_FIELDS:
        if data.get(name) is None:
            continue
        value = data[name]
        values[name] = parse_published(value, origin) if name == "published" else _text(value, name, origin)
    if "url" in values:
        check_url(values["url"], origin)
    context = data.get("context") or []
    if isinstance(context, str):
        context = [context]
    if not isinstance(context, list):
        raise DraftInputError(f"{origin}: context should be a list of sentences")
    values["context"] = tuple(_text(c, "context", origin) for c in context)
    return Meta(**values, sources={name: origin for name in values})


def _text(value: Any, name: str, origin: str) -> str:
    if isinstance(value, dict | list):
        raise DraftInputError(f"{origin}: {name} should be text")
    text = clean_line(str(value))
    if not text:
        raise DraftInputError(f"{origin}: {name} is empty")
    return text


def parse_published(value: Any, origin: str = "published") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise DraftInputError(
            f'{origin}: published "{text[:40]}" is not a date; use YYYY-MM-DD, e.g. 2023-01-31'
        ) from None


def check_url(url: str, origin: str = "url") -> str:
    if not _URL_RE.match(url):
        raise DraftInputError(f'{origin}: "{url[:80]}" is not a web address; start it with https://')
    return url


def check_published(published: dt.date, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    if published > today + dt.timedelta(days=1):  # a day's grace for time zones
        raise DraftInputError(
            f"published {published.isoformat()} is in the future (today is {today.isoformat()}); "
            "give the date the article appeared"
        )


# --- the text ------------------------------------------------------------------------------


def decode_article(raw: bytes, origin: str = "the article") -> str:
    """Bytes to text, refusing what is not an article's plain text."""
    if len(raw) > MAX_ARTICLE_BYTES:
        raise DraftInputError(
            f"{origin} is {len(raw):,} bytes; one article is at most {MAX_ARTICLE_BYTES:,} bytes "
            "(about 40,000 words). Draft each article on its own."
        )
    if b"\x00" in raw[:8192] or raw[:4] in (b"%PDF", b"PK\x03\x04") or raw[:2] == b"\xd0\xcf":
        raise DraftInputError(
            f"{origin} is a binary file (PDF, Word or similar); save the article as plain text"
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftInputError(
            f"{origin} is not UTF-8 text (byte {exc.start}); save it as UTF-8 plain text"
        ) from None
    return check_text(text, origin)


def check_text(text: str, origin: str = "the article") -> str:
    if len(text.encode("utf-8", "surrogatepass")) > MAX_ARTICLE_BYTES:
        raise DraftInputError(
            f"{origin} is longer than {MAX_ARTICLE_BYTES:,} bytes; one article is at most that. "
            "Draft each article on its own."
        )
    if len(_HTML_RE.findall(text[:20000])) >= 2:
        raise DraftInputError(
            f"{origin} looks like HTML (a web page); copy the article's text into a plain text file, "
            "one paragraph per line"
        )
    return text


def clean_line(text: str) -> str:
    """One paragraph's text: NFC, no invisible characters, single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE_RE.sub("", text)
    text = text.replace("\u2028", " ").replace("\u2029", " ")
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cs")  # lone surrogates
    return _SPACES_RE.sub(" ", text).strip()


def split_header(text: str) -> tuple[str | None, str]:
    """A YAML header between '---' lines at the top, if any, and the body after it."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        return None, text
    for end in range(1, min(len(lines), 200)):
        if lines[end].strip() in ("---", "..."):
            return "\n".join(lines[1:end]), "\n".join(lines[end + 1 :])
    return None, text


def header_meta(header: str | None, origin: str) -> Meta:
    if header is None:
        return Meta()
    try:
        data = yaml.safe_load(header)
    except yaml.YAMLError as exc:
        raise DraftInputError(f"{origin}: the header between '---' lines is not valid YAML ({exc})") from None
    return meta_from_mapping(data, f"{origin} header")


def paragraphs_of(body: str) -> list[str]:
    """Paragraphs: one per line, or blocks separated by blank lines when lines are wrapped.

    A file where some blocks span several lines (text wrapped at ~70 columns, as e-mail and
    many editors save it) is read as blank-line-separated paragraphs; otherwise each line is one.
    """
    body = body.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")
    blocks = [b for b in re.split(r"\n[ \t]*\n", body) if b.strip()]
    wrapped = any(len([ln for ln in b.split("\n") if ln.strip()]) > 1 for b in blocks)
    if wrapped and len(blocks) > 1:
        raw = [" ".join(b.split("\n")) for b in blocks]
    elif wrapped and _looks_wrapped(blocks[0]):
        raw = [" ".join(blocks[0].split("\n"))]
    else:
        raw = body.split("\n")
    return [p for p in (clean_line(r) for r in raw) if p]


def _looks_wrapped(block: str) -> bool:
    """One block of short lines that break mid-sentence (the next line goes on in lower case):
    hard-wrapped prose, one paragraph. A file of one paragraph per line has neither."""
    lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
    if len(lines) < 3 or max(len(ln) for ln in lines) > 100:
        return False
    mid = sum(1 for ln in lines[:-1] if not ln.endswith((".", "”", '"', "?", "!", ":", ")")))
    goes_on = sum(1 for ln in lines[1:] if ln[:1].islower())
    return mid >= 0.8 * (len(lines) - 1) and goes_on >= 0.5 * (len(lines) - 1)
