"""Every weight /ask and /search rank and judge with, in one place: its value, why, and the test
that pins it.

Relevance is BM25 divided by the best BM25 score the question got, so "as good a word match as
the best" is 1.0 and every bonus below is a share of that: changing BM25's k1 or b reweights
nothing here (tests/kb/test_weights.py checks a bonus keeps its effect at other k1).
"""

from __future__ import annotations

# --- ranking: added to relevance (BM25 / best BM25) ------------------------------------------

# A unit that involves a person, body or event the question names outranks one that merely
# shares words: "Austin and Lee" spelled out is worth no more than "the two leaders".
# tests/kb/test_ask.py::test_a_named_person_outranks_shared_words
NAMED = 0.6

# Facts and events are written to answer questions; body sentences are what they summarise.
# tests/kb/test_ask.py::test_answerable_questions_are_answered_and_cited (curated answers first)
CURATED = 0.2

# A news article is mostly about its own day: prefer that day's units. Small: never above a
# better word match. tests/kb/test_ask.py::test_when_did_austin_meet_lee
NEWS_DAY = 0.15

# Events carry dates and places: for "when" and "where" they are the answer's natural unit.
# tests/kb/test_ask.py::test_where_was_the_54th_scm_held
EVENT_FOR_WHEN = 0.3

# "What did X say": X's own words come before what others report of them.
# tests/kb/test_ask.py::test_what_did_lee_say
SPOKEN = 0.8

# "Which aircraft / which ship": a unit naming an entry of that kind (is_a, or a body's kind).
# tests/kb/test_ask.py::test_which_asks_for_an_entry_of_that_kind
ASKED_KIND = 0.7

# "How did X respond": X acting (X's actions and quotes), not things done to X.
# tests/kb/test_ask.py::test_how_did_x_respond_wants_x_acting
ACTING = 0.4

# "Why": a unit that gives a reason or purpose ("to ...", "because ...", "in response to ...").
# tests/kb/test_ask.py::test_why_wants_a_reason
REASON = 0.25

# A phrasing moderators listed under an entry's `questions:` answers with that entry.
# tests/kb/test_taught.py
TAUGHT = 86  # similarity (0-100) at which a question is one of the listed phrasings

# --- judging: does the best unit answer the question? ----------------------------------------

# How much of the question's informative content (each word weighted by how much it says, from
# English word statistics; names and numbers most) the answer must cover, or it is refused.
# tests/kb/test_ask.py::test_unanswerable_questions_say_so_and_never_guess
COVER = 0.7

# A word the unit's paragraph holds but the unit does not counts this much of itself: the
# paragraph is the unit's context ("how did North Korea respond to the Kentucky's visit": the
# missiles are in one sentence, the Kentucky in the next). tests/kb/test_ask.py::test_context
CONTEXT = 0.5

# "What approach ...", "which carrier ...": the thing asked for counts this many times its own
# weight: an answer without it does not answer. tests/kb/test_ask.py::test_the_thing_asked_for
HEAD = 2.0
# "How did North Korea respond", "what was agreed": the verb asked about counts this many times
# An answer that names the right people but not what they did answers nothing.
# tests/kb/test_ask.py::test_the_verb_asked_about
PREDICATE = 3.0

# Names and numbers the articles do not hold are evidence on their own: "Biden", "53rd".
NAME_WEIGHT = 4.0
NUMBER_WEIGHT = 5.0
# A word the articles never use this informative (about 1 in 100,000 English words: "tariffs",
# "Olympics") is evidence the question is about something else.
RARE_UNSEEN = 3.0

# When the second best answer is about something else and scores this close to the best, both
# are shown rather than one picked silently. tests/kb/test_ask.py::test_close_calls_show_both
CLOSE = 0.9

# /kb unanswered offers the closest entry for a missed question only when it holds at least
# this share of what the question says: below it, "closest" would be a guess, and a moderator
# is better told that nothing comes close. tests/kb/test_teach.py::test_nothing_close_is_not_offered
CLOSEST = 0.3
