"""A PostgreSQL URL whose password is never printed: not by repr or str, not in a log line, not
in an error message (libpq quotes the connection string in some of its own messages)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urlsplit

from ..redact import hide_passwords

SCHEMES = ("postgresql", "postgres")


def is_url(raw: str) -> bool:
    return raw.strip().lower().startswith(tuple(f"{s}://" for s in SCHEMES))


@dataclass(frozen=True)
class DatabaseURL:
    """USAGE_DB as a PostgreSQL URL. `secret` is for connecting and nothing else."""

    secret: str = field(repr=False)

    def __str__(self) -> str:
        return self.redact(self.secret)

    def __repr__(self) -> str:
        return f"DatabaseURL({str(self)!r})"

    @property
    def passwords(self) -> tuple[str, ...]:
        """The password as written in the URL and decoded (both forms may show up in messages)."""
        parts = urlsplit(self.secret)
        found = [parts.netloc.rpartition("@")[0].partition(":")[2]] if "@" in parts.netloc else []
        found += [v for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() == "password"]
        forms = {f for p in found for f in (p, unquote(p)) if f}
        return tuple(sorted(forms, key=len, reverse=True))

    def redact(self, text: str) -> str:
        return hide_passwords(text, self.passwords)


def parse(raw: str) -> DatabaseURL:
    """Check the URL's shape; a bad one is described with its password hidden."""
    url = DatabaseURL(raw.strip())
    try:
        parts = urlsplit(url.secret)
        parts.port  # noqa: B018  (raises ValueError for a port that is not a number)
    except ValueError:
        raise ValueError(f"{url} is not a valid PostgreSQL URL (the port must be a number)") from None
    if parts.scheme.lower() not in SCHEMES:
        raise ValueError(f"{url} is not a PostgreSQL URL (postgresql://user:password@host/database)")
    try:  # libpq's own parser, when installed: it finds what urlsplit lets through
        from psycopg import Error
        from psycopg.conninfo import conninfo_to_dict
    except ImportError:
        return url
    try:
        conninfo_to_dict(url.secret)
    except Error as exc:  # its message may quote the password: hidden here
        reason = url.redact(" ".join(str(exc).split()))
        raise ValueError(f"{url} is not a valid PostgreSQL URL: {reason}") from None
    return url


class RedactPassword(logging.Filter):
    """Belt and braces on the log handler: whatever logs it, the password never reaches a line,
    in the message or in a traceback."""

    def __init__(self, url: DatabaseURL) -> None:
        super().__init__()
        self.url = url

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.url.redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = self.url.redact(logging.Formatter().formatException(record.exc_info))
        return True
