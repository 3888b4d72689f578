"""English probes of the sixty-first round (from the twenty-eighth blind set).

1. A verb of report after a dateline: "KESSA — The army command informs the public that
   ...": the story's first line opens with the dateline, so the subject of the verb is
   read after its dash (the dateline is no part of the speaker).
2. "recalls that" / "recalled that": a communiqué's reminder of an earlier event reports
   its "that" clause, as "reiterated that" does; without "that" ("recalled its
   ambassador") it is an act, and "that" pointing at a time ("recalled that day with
   tears") opens no clause.
3. A verb of informing joined by "and" to words read already: "calls on drivers to ...
   and reminds farmers that ..." is the speaker's second act, as "... and told farmers
   that ..." is; the first words end before "and". The people informed may be an
   irregular plural ("fishermen"). A quote's "and reminded us that" stays in the quote.
4. A speaker after the quote's verb with a short description and a relative clause of two
   verbs ("said a farmer who saw the raid and asked not to be named"): the whole
   description speaks, as a long description closed by "who" does since round 50.

The strict xfails are errors of the set left for later rounds (see
``bench/blind/README.md``, "The errors, classified" under the twenty-eighth set).

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

DATELINE_SUBJECT: list[tuple[str, list]] = [
    ("VELMARA — The army command informs the public that gunmen burned a grain store at "
     "Tessi.", [("The army command", "gunmen burned a grain store at Tessi")]),
    ("PORT ALDA, Korvia (Wire) - The coast guard informs fishermen that the harbour is "
     "closed.", [("The coast guard", "the harbour is closed")]),
    ("ORSK — The governor denied involvement.", [("The governor", "involvement")]),
]
# Look-alikes: a thing that "reminds" after a dateline stays no speaker.
DATELINE_LOOK_ALIKES: list[tuple[str, list]] = [
    ("VELMARA — Burned trucks reminded visitors that the road was unsafe.", []),
]


@pytest.mark.parametrize(("text", "expected"), DATELINE_SUBJECT)
def test_a_subject_after_a_dateline_speaks(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), DATELINE_LOOK_ALIKES)
def test_a_dateline_look_alike(text: str, expected: list) -> None:
    assert statement_words(text) == expected


RECALLS_THAT: list[tuple[str, list]] = [
    ("The command recalls that a similar raid in June cost the lives of four guards.",
     [("The command", "a similar raid in June cost the lives of four guards")]),
    ("The ministry recalled that the bridge had been closed since May.",
     [("The ministry", "the bridge had been closed since May")]),
]
RECALLS_LOOK_ALIKES: list[tuple[str, list]] = [
    ("The government recalled its ambassador on Monday.", []),
    ("The factory recalled the faulty heaters.", []),
    ("She recalled that day with tears.", []),
    ("He mentioned that night in court.", []),
]


@pytest.mark.parametrize(("text", "expected"), RECALLS_THAT)
def test_recalls_that_reports(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), RECALLS_LOOK_ALIKES)
def test_recalled_without_a_clause_reports_nothing(text: str, expected: list) -> None:
    assert statement_words(text) == expected


SECOND_INFORMING: list[tuple[str, list]] = [
    ("The ministry calls on drivers to slow down and reminds farmers that the road is "
     "closed.", [("The ministry", "drivers to slow down"),
                 ("The ministry", "the road is closed")]),
    ("The port authority said the ferry was late and informed passengers that a bus would "
     "wait.", [("The port authority", "the ferry was late"),
               ("The port authority", "a bus would wait")]),
    ("The command urges herders to keep away from the wells and reminds fishermen that the "
     "lake is closed at night.",
     [("The command", "herders to keep away from the wells"),
      ("The command", "the lake is closed at night")]),
]
SECOND_INFORMING_LOOK_ALIKES: list[tuple[str, list]] = [
    ('"The water rose and reminded us that the river is strong," she said.',
     [("she", "The water rose and reminded us that the river is strong")]),
    ("The ministry said the road is closed and the floods reminded farmers that the river "
     "was high.", [("The ministry", "the road is closed and the floods reminded farmers that "
                   "the river was high")]),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_INFORMING)
def test_a_second_informing_verb_after_and(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), SECOND_INFORMING_LOOK_ALIKES)
def test_a_second_informing_look_alike(text: str, expected: list) -> None:
    assert statement_words(text) == expected


RELATIVE_OF_TWO_VERBS: list[tuple[str, list]] = [
    ('"We ran to the river," said a farmer who saw the raid and asked not to be named.',
     [("a farmer who saw the raid and asked not to be named", "We ran to the river")]),
    ('"The boats were gone," said a fisherman who lost his nets and declined to give his '
     'name. "Nobody came."',
     [("a fisherman who lost his nets and declined to give his name", "The boats were gone"),
      ("a fisherman who lost his nets and declined to give his name", "Nobody came")]),
]
# Look-alikes: the shorter speakers read before this round read the same.
RELATIVE_LOOK_ALIKES: list[tuple[str, list]] = [
    ('"We ran to the river," said a farmer who asked not to be named.',
     [("a farmer who asked not to be named", "We ran to the river")]),
    ('"We ran to the river," said a farmer, who asked not to be named.',
     [("a farmer", "We ran to the river")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_OF_TWO_VERBS)
def test_a_relative_of_two_verbs_on_the_speaker(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), RELATIVE_LOOK_ALIKES)
def test_a_relative_look_alike(text: str, expected: list) -> None:
    assert statement_words(text) == expected


# Errors of the set left for later rounds.
LEFT_STATEMENTS: list[tuple[str, list]] = [
    # a progressive present with an adverb and a noun phrase as its words
    ("Local officials are now reporting at least nine people dead.",
     [("Local officials", "at least nine people dead")]),
    # a headline's second line closed by a title-case "Says"
    ("Ferry sinks off Tessi\nRebels Should Face Trial for Ferry Attack, Rights Group Says\n",
     [("Rights Group", "Rebels Should Face Trial for Ferry Attack")]),
]


@pytest.mark.xfail(strict=True, reason="class 1 left by the sixty-first round")
@pytest.mark.parametrize(("text", "expected"), LEFT_STATEMENTS)
def test_left_statements(text: str, expected: list) -> None:
    assert statement_words(text) == expected
