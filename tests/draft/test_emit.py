"""The YAML writer: every string reads back exactly, and hostile text drafts into a valid file."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.draft.emit import Note, Plain, dump, quote
from bot.kb.yamlsource import parse_yaml
from tests.draft.conftest import draft, loaded

HOSTILE = [
    'He said: "yes" # not a comment',
    "- starts like a list item: and has a colon",
    "? looks like a key, & an anchor, *an alias, !!python/object:os.system and | a block >",
    "Back\\slashes \\n \\u0041 and a tab\there, and 'single' \"double\" “curly” ‘quotes’",
    "Korean 이종섭 국방부 장관은 말했다: “한미 동맹은 굳건하다.” 🇰🇷🇺🇸 emoji 👍🏽 and 👨‍👩‍👧 family",
    "@everyone **markdown** `code` <b>bold</b> ~~strike~~ ||spoiler||",
    "--- a document marker, ... an end marker, %YAML 1.2 and null, true, 2023-01-31, 0x1F, 1e3",
    "Zero\u200bwidth and non\u00a0breaking and a line\u2028separator and a soft\u00adhyphen",
]


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_string_reads_back_exactly(text):
    written = f"value: {quote(text)}\n"
    assert yaml.safe_load(written)["value"] == text.replace("\ud800", "\ufffd")
    parsed = parse_yaml(written.encode("utf-8"), "t.yaml")
    assert not parsed.errors and parsed.data["value"] == text


def test_plain_values_are_quoted_when_yaml_would_read_them_otherwise():
    out = dump({"a": Plain("yes"), "b": Plain("2023-01"), "c": Plain("1-2"), "d": Plain("austin")})
    assert yaml.safe_load(out) == {"a": "yes", "b": "2023-01", "c": "1-2", "d": "austin"}


def test_notes_become_comments_beside_their_values():
    out = dump({"people": [Note({"id": Plain("kim"), "name": Note("Kim", "a guess")}, "whole entry")]})
    assert "# check: whole entry" in out and 'name: "Kim"  # check: a guess' in out
    assert yaml.safe_load(out) == {"people": [{"id": "kim", "name": "Kim"}]}


def test_hostile_text_drafts_into_a_file_the_loader_accepts_verbatim(tmp_path):
    result = draft("\n".join(HOSTILE), title='A "title": with # and - and 이종섭 🇰🇷')
    assert not result.errors, result.errors
    article = loaded(result, tmp_path)
    assert len(article.paragraphs) == len(HOSTILE)
    assert article.paragraphs[0] == HOSTILE[0]
    assert article.paragraphs[3] == HOSTILE[3].replace("\t", " ")  # tabs are spaces in a paragraph
    assert article.paragraphs[4] == HOSTILE[4]  # Korean, emoji and joiners kept as written
    assert "\u200b" not in article.paragraphs[7] and "\u2028" not in article.paragraphs[7]
    assert article.article.title == 'A "title": with # and - and 이종섭 🇰🇷'
