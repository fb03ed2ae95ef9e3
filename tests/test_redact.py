"""What is printed from people's input: shown, never obeyed; secrets never printed."""

from __future__ import annotations

import logging

from bot.kb.errors import KBError
from bot.redact import SafeLogFilter, redact, visible

TOKEN = "MTAxNjQ3ODk0NTYxMjM0NTY3.GhIjKl.abcdefghijklmnopqrstuvwxyz0123"


def test_terminal_controls_and_bidi_overrides_are_escaped():
    assert visible("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert visible("evil\u202egnp.yaml") == "evil\\u202egnp.yaml"
    assert visible("line\nbreak\rback\x07") == "line\\x0abreak\\x0dback\\x07"


def test_printable_text_of_any_script_is_unchanged():
    for text in ("Lee Jong-sup", "이종섭", "Déjà vu “quoted” – 🙂", ""):
        assert visible(text) == text


def test_errors_print_file_names_keys_and_values_inertly():
    error = KBError("\x1b]0;pwned\x07.yaml", 3, "people[0].\x1b[31mname", 'value "\x1b[2J"')
    shown = str(error)
    assert "\x1b" not in shown and "\x07" not in shown
    assert shown.startswith("\\x1b]0;pwned\\x07.yaml:3: people[0].\\x1b[31mname: ")


def test_token_shaped_strings_and_url_passwords_are_redacted():
    assert redact(f"DEV_GUILD_ID holds {TOKEN}!") == "DEV_GUILD_ID holds [token]!"
    assert redact("postgresql://bot:hunter2@db:5432/usage") == "postgresql://bot:***@db:5432/usage"
    assert redact("see https://example.org/a.b.c and Lee Jong-sup.") == (
        "see https://example.org/a.b.c and Lee Jong-sup."
    )
    assert redact("the secret s3cret-value here", ("s3cret-value",)) == "the secret [token] here"


def test_the_log_filter_redacts_and_escapes_whatever_logs_it():
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "changed: %s %s", ("a\x1bb.yaml", TOKEN), None)
    assert SafeLogFilter().filter(record)
    assert record.getMessage() == "changed: a\\x1bb.yaml [token]"
