"""/kb preview: a pasted entry is checked against its article and answered, changing nothing."""

from __future__ import annotations

from bot.kb.answers import Kind
from bot.kb.index import KnowledgeBase
from bot.kb.preview import preview

TAUGHT = "are they doing more war games or fewer"
EDITED = f"""\
id: scale-up-drills
text: >-
  Amid stalled nuclear talks with North Korea, South Korea and the United States agreed to
  scale up joint military drills.
topics: [joint drills, nuclear talks]
entities: [south-korea, united-states, north-korea]
paragraphs: [6]
questions:
  - {TAUGHT}
"""


def test_an_entry_with_its_id_is_an_edit_and_its_questions_are_answered(kb: KnowledgeBase) -> None:
    verdict, *shown = preview(kb, EDITED)
    assert verdict.title == "Preview: valid" and "1 entry would be changed" in verdict.text
    asked = [a for a in shown if a.title.startswith(f"/ask {TAUGHT}")]
    assert asked and asked[0].matched and "scale up joint military drills" in asked[0].text
    # nothing changed: the knowledge base itself still does not know the phrasing
    assert not any(TAUGHT in q for a in kb.articles for f in a.facts for q in f.questions)


def test_a_new_id_is_added(kb: KnowledgeBase) -> None:
    verdict, *_ = preview(kb, EDITED.replace("id: scale-up-drills", "id: scale-up-drills-again"))
    assert verdict.matched and "1 entry would be added" in verdict.text


def test_errors_in_an_edited_entry_name_the_fragment_line(kb: KnowledgeBase) -> None:
    (verdict,) = preview(kb, EDITED.replace("paragraphs: [6]", "paragraphs: [60]"))
    assert verdict.kind == Kind.STATUS and not verdict.matched
    assert verdict.items[0].title == "line 7" and "60" in verdict.items[0].text
