"""Whatever the text, drafting ends in a valid file or a DraftInputError: never a traceback."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.draft.source import DraftInputError
from tests.draft.conftest import draft

WORDS = """Austin|Lee Jong-sup|said|told reporters|according to|the joint statement|“|”|"|(SCM)
|Security Consultative Meeting|on Tuesday|in November|late September 2022|since 2017|two months after|Seoul
|Pyongyang|U.S.|Defense Minister|Gen.|USS|The two sides|They|he|70th anniversary|Celebrating|will hold
|Summit|Talks|(|)|,|.|:|#|-|이종섭|🇰🇷|\\|May|54th|55th SCM|—|’s|	|Exercise|of the""".replace(
    "\n", ""
).split("|")
paragraph = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=8)), max_size=40).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(paragraph, min_size=1, max_size=6))
def test_drafting_any_text_gives_a_valid_file_or_a_clear_refusal(paragraphs):
    try:
        result = draft("\n".join(paragraphs))
    except DraftInputError as exc:
        assert str(exc)
        return
    assert not result.errors, (result.errors, paragraphs)
