"""Every weight /ask ranks and judges with, in one place: its value, why, and the test
that pins it.

Relevance is BM25 divided by the best BM25 score the question got, so "as good a word match as
the best" is 1.0 and every bonus below is a share of that: changing BM25's k1 or b reweights
nothing here (tests/kb/test_weights.py checks a bonus keeps its effect at other k1).
"""

from __future__ import annotations

# --- ranking: added to relevance (BM25 / best BM25) ------------------------------------------

# A unit that involves a person, body or event the question names outranks one that merely
# shares words: "Austin and Lee" spelled out is worth no more than "the two leaders".
# tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[NAMED]
NAMED = 0.6

# Facts and events are written to answer questions; body sentences are what they summarise.
# tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[CURATED]
CURATED = 0.2

# A news article is mostly about its own day: prefer that day's units. Small: never above a
# better word match. tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[NEWS_DAY]
NEWS_DAY = 0.15

# "What did X say": X's own words come before what others report of them.
# tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[SPOKEN]
SPOKEN = 0.8

# "How did X respond": X acting (X's actions and quotes), not things done to X.
# tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[ACTING]
ACTING = 0.4

# "Where did they go the day after the TTX": the events the anchor's articles date just after it
# (just before, for "before") are candidates though they share no word with the question; small,
# so that they only compete where words say nothing else (ask._in_time_first then picks).
# tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[IN_TIME]
IN_TIME = 0.1
IN_TIME_DAYS = 7  # how far from the anchor such an event may be: "the day after", "that week"

# "Why": a unit that gives a reason or purpose ("to ...", "because ...", "in response to ...").
# tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[REASON]
REASON = 0.25

# A phrasing moderators listed under an entry's `questions:` answers with that entry.
# tests/kb/test_teach.py::test_missed_added_answered
TAUGHT = 86  # similarity (0-100) at which a question is one of the listed phrasings

# --- judging: does the best unit answer the question? ----------------------------------------

# How much of the question's informative content (each word weighted by how much it says, from
# English word statistics; names and numbers most) the answer must cover, or it is refused.
# tests/kb/test_weights.py::test_coverage_keeps_refusals
COVER = 0.7

# A unit saying that what is asked was not made public ("the release did not say which
# scenarios were played out") answers "not in the articles" when it covers this much: the
# question's setting ("in the Pentagon tabletop") is its paragraph's, less of it the unit's own.
# tests/kb/test_question.py::test_what_an_article_says_was_not_made_public_is_not_answered
UNTOLD_COVER = 0.6

# An article reports the events of the few days before it is published (a meeting one day, the
# report the next), and those its lede is about: what it says is said at those events. Days, not
# a weight: pinned by
# tests/kb/test_question.py::test_what_an_article_reports_is_the_setting_of_all_it_says
NEWS_DAYS = 3

# "Who was Japan's prime minister at the 56th SCM": the newest article showing someone in the
# post was published this many days or more before the day asked about, so the articles cannot
# tell who held it then; the holder they show is given as unsure, as of its article. Half a year:
# a post often changes hands within a year, and rarely within weeks. Days, not a weight: pinned by
# tests/kb/test_question.py::test_who_held_a_post_long_after_the_articles_show_it_is_unsure
ROLE_KNOWN_DAYS = 180

# A word the unit's paragraph holds but the unit does not counts this much of itself: the
# paragraph is the unit's context ("how did North Korea respond to the Kentucky's visit": the
# missiles are in one sentence, the Kentucky in the next).
# tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[CONTEXT]
CONTEXT = 0.5

# "What approach ...", "which carrier ...": the thing asked for counts this many times its own
# weight: an answer without it does not answer.
# tests/kb/test_weights.py::test_the_thing_asked_for_must_be_there
HEAD = 2.0
# "How did North Korea respond", "what was agreed": the verb asked about counts this many times.
# An answer that names the right people but not what they did answers nothing.
# tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[PREDICATE]
PREDICATE = 3.0

# An adverb made of an adjective ("supposedly", "roughly", "exactly") says how, not what about:
# it weighs at most this much, however rare, so an unknown one never decides a refusal.
# tests/kb/test_question.py::test_adverbs_say_little
ADVERB = 1.0

# A word weighing this much (Zipf 6 or rarer: "docked", "captain"; not "like", "exactly") says
# something on its own: unheard, it is named as what the articles lack; placing the answer in
# time, an article lacking it is not about that time.
# tests/kb/test_question.py::test_what_places_the_answer_in_time_is_in_its_article
TELLING = 1.0

# A word the articles use but the unit shown does not, weighing this much (Zipf 5 or rarer, one
# word in 100,000: "drones", "replacing", "election"; not "meeting", "back", "like"): the reply
# names it as what the passage shown does not mention, and so says it may not answer that part.
# Lower, right answers carry the note for everyday words; higher, wrong ones read as sure.
# tests/kb/test_question.py::test_a_rare_word_the_passage_lacks_is_named
UNMATCHED = 2.0

# Names and numbers the articles do not hold are evidence on their own: "Biden", "53rd". A
# capitalised word that is not everyday English weighs NAME_WEIGHT; any other word weighs its
# information (7 - Zipf frequency), so one rarer than about 1 in a million words weighs as much
# as a name and decides a refusal alone too.
# tests/kb/test_ask.py::test_questions_the_article_cannot_answer_say_so_plainly
NAME_WEIGHT = 4.0
NUMBER_WEIGHT = 5.0

# A unit that covers this much more of the question than the best-ranked one that can answer
# answers first: ranking reads words, coverage reads what the question says ("how did Lee
# respond to the drills": Lee agreeing to scale up drills, not Lee condemning provocations, which
# ranks first on words). Over a common word's share of a question, under a content word's.
# tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[COVER_LEAD]
COVER_LEAD = 0.08

# "Why did the US send the Kentucky to Busan": the unit telling it gives no reason; a unit of the
# same article giving one ("the Kentucky's visit is ... Washington's effort to reassure Seoul")
# answers if it covers at least this much of the question (the Kentucky, not "send to Busan",
# which the visit is), with every body named. Lower, a reason about something else in the story
# answers; higher, the article's own reason told in other words does not.
# tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[REASON_ELSEWHERE]
REASON_ELSEWHERE = 0.4

# "Did they come up with any new plan for talks": a unit saying there is "no new strategy"
# answers before one covering up to this much more of the question (one about the strategy
# they did agree), for a denial rarely repeats the rest of what was asked ("come up with").
# Over a content word's share of a question.
# tests/kb/test_question.py::test_a_denial_answers_did_they_have_any
DENIAL_LEAD = 0.25

# "Where did they go after the exercise": a unit dated after it answers before one covering up
# to this much more of the question, for the units about the exercise itself hold the words
# that only place the answer in time ("the Pentagon exercise").
# tests/kb/test_question.py::test_after_x_is_answered_by_what_came_after_x
TIME_LEAD = 0.25

# A question about one person: a unit about that person (who comes first in it) answers before
# one covering up to this much more of the question that names them only in passing ("Shin's
# background": "Shin is a retired army general", not "Kim, a retired general, succeeded Shin",
# which also holds "became defense minister"). Over a common word's share, under a name's.
# tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[SUBJECT_LEAD]
SUBJECT_LEAD = 0.15

# Of the units covering the question about as well as the best, one holding this much more of
# its weight in the asker's own words (not the vocabulary's) answers first: "what year was the
# mutual defense treaty" is the treaty's 1953, not the alliance's anniversary, though the
# vocabulary lets "defense treaty" find "alliance". Over a common word's share.
# tests/kb/test_weights.py::test_each_weight_buys_a_right_answer[LITERAL_LEAD]
LITERAL_LEAD = 0.1

# When the second best answer is about something else and scores this close to the best, both
# are shown rather than one picked silently. tests/kb/test_weights.py::test_close_calls_show_both
CLOSE = 0.9

# "Which ICBMs did NK test": besides the best unit, units scoring at least this share of it name
# the others (the Hwasong-15, at 0.64 of the Hwasong-18's best); below it they only share words
# with the question (short-range missiles, at 0.53, are not ICBMs).
# tests/kb/test_question.py::test_which_ones_lists_each_one_past_units_repeating_one
PLURAL_SHARE = 0.6

# /kb unanswered offers the closest entry for a missed question only when it holds at least
# this share of what the question says: below it, "closest" would be a guess, and a moderator
# is better told that nothing comes close. tests/kb/test_teach.py::test_nothing_close_is_not_offered
CLOSEST = 0.3
# "austen" for Austin: below this zipf, a word of English one slip from a person's far commoner name
# word is read as that name (tests/kb/test_question.py::test_a_rare_word_one_slip_from_a_name)
NAME_SLIP_ZIPF = 3.5
