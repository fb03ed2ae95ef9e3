"""Text made safe to print: no terminal control sequences, no secrets.

Knowledge files, their names and settings come from people; what `check`, the console and the
log print from them must not move the cursor, recolour the terminal or hide text (escape
sequences, bidirectional overrides), and a token pasted into the wrong place must not be printed.
"""

from __future__ import annotations

import logging
import re
import unicodedata

# Discord bot tokens: a base64 user id, a timestamp and an HMAC, dot-separated.
_DISCORD_TOKEN_RE = re.compile(r"[A-Za-z0-9_-]{17,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}")
# scheme://user:password@ -> scheme://user:***@ (the password runs up to the last @ of the netloc)
_USERINFO_RE = re.compile(r"(?P<head>\b[a-zA-Z][a-zA-Z0-9+.-]*://[^:/?#@\s]*):(?P<secret>[^/?#\s]*)@")
# password=... in a query string or a key=value connection string, quoted or not
_KEYWORD_RE = re.compile(
    r"(?P<head>\bpassword\s*=\s*)(?P<secret>'(?:[^'\\]|\\.)*'|[^\s&'\"]+)", re.IGNORECASE
)
HIDDEN = "***"
MIN_PASSWORD = 4  # a known password this long or longer is also hidden wherever it appears verbatim
_UNSAFE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}  # controls, format (bidi), unassigned


def visible(text: str) -> str:
    """Every character that could drive a terminal written as an escape (``\\x1b``), so what a
    file name or a YAML value holds is shown, not obeyed. Printable text is unchanged."""
    if text.isprintable():
        return text
    return "".join(ch if unicodedata.category(ch) not in _UNSAFE else _escaped(ch) for ch in text)


def _escaped(ch: str) -> str:
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """Known secrets and token-shaped strings replaced by ``[token]``, passwords by ``***``."""
    for secret in secrets:
        if secret and len(secret) >= 8:  # never redact a stray letter
            text = text.replace(secret, "[token]")
    return hide_passwords(_DISCORD_TOKEN_RE.sub("[token]", text))


def hide_passwords(text: str, passwords: tuple[str, ...] = ()) -> str:
    """Every URL password, ``password=`` value and known password replaced by ``***``."""
    text = _USERINFO_RE.sub(lambda m: f"{m['head']}:{HIDDEN}@", text)
    text = _KEYWORD_RE.sub(lambda m: f"{m['head']}{HIDDEN}", text)
    for password in passwords:
        if len(password) >= MIN_PASSWORD:
            text = text.replace(password, HIDDEN)
    return text


class SafeLogFilter(logging.Filter):
    """Every log line through :func:`redact` and :func:`visible`: whatever logs it, a token
    never reaches the log, and a hostile file name cannot drive the terminal reading it."""

    def __init__(self, *secrets: str | None) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        safe = visible(redact(message, self.secrets))
        if safe != message:
            record.msg, record.args = safe, None
        return True
