"""Probes of the eightieth English round (issue 11): families that recur.

A running total with no toll noun: copy that adds later deaths to a toll closes the
sentence with the new total ("..., bringing the total to 22"), and a total of the
displaced or the held is often told by its noun ("bringing the number of refugees in the
country to over 850,000"). Main read a running total only after a toll noun ("the toll",
"the number of dead") or a participle ("the number killed"), so both gave nothing. "The
total" now counts what the figure before it in its clause counted; "the number of" takes a
noun that is itself an outcome ("refugees", "hostages", "detainees"). A total with no
figure of people before it, or a number of things, stays nothing.

A person named by a lower-case word after its modifiers in an inverted attribution: "...,
said provincial administrator Jose Villarmente." and "..., said a rescue worker who asked
not to be named." Main read such a phrase only when a speaker list held its head ("said
provincial governor ...", "said an official who ..."), so both gave nothing. A person word
or a role now heads the phrase when the full name follows, or, after "a" / "an", the
relative that stands in for the name. A lower-case word that names no person, and a
plain "said" with words after it, keep their readings.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

TOTAL_MEMBERS: list[tuple[str, tuple]] = [
    ("Two of the injured died overnight at the district hospital, bringing the total to "
     "19, a nurse said.",
     ("bringing the total to 19", "killed", 19, None, "exact", None)),
    ("Police arrested 12 more protesters in Osk on Monday, raising the overall tally to "
     "140.",
     ("raising the overall tally to 140", "arrested", 140, None, "exact", None)),
    ("Another 3,000 people crossed the border this week, the agency said, bringing the "
     "number of Karvian refugees in the district to more than 60,000.",
     ("number of Karvian refugees in the district to more than 60,000", "displaced",
      60000, None, "more_than", None)),
    ("The number of hostages still held by the group in the hills is 14, the mediator "
     "said.",
     ("number of hostages still held by the group in the hills is 14", "captured", 14,
      None, "exact", None)),
]

TOTAL_LOOK_ALIKES: list[tuple[str, tuple | None]] = [
    # no figure of people before the total: a total of things
    ("The ministry reopened four more schools in Osk, bringing the total to 22.", None),
    ("Two more battalions arrived on Friday, bringing the total to 3,000 soldiers.", None),
    # a number of things, not of an outcome
    ("The number of classrooms in the camp has reached 40.", None),
]


@pytest.mark.parametrize(("text", "expected"), TOTAL_MEMBERS)
def test_running_total_member(text: str, expected: tuple) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(("text", "expected"), TOTAL_LOOK_ALIKES)
def test_running_total_look_alike(text: str, expected: tuple | None) -> None:
    assert not [f for f in figures(text) if "total" in f[0] or "number" in f[0]]


DESCRIBED_MEMBERS: list[tuple[str, list]] = [
    ("The district council will meet on Thursday to discuss the curfew, said regional "
     "administrator Tomas Ilvar.",
     [("regional administrator Tomas Ilvar",
       "The district council will meet on Thursday to discuss the curfew")]),
    ("Most of the wounded were children, said a rescue worker who asked not to be named "
     "because he feared reprisals.",
     [("a rescue worker", "Most of the wounded were children")]),
    ("The shelling lasted until dawn, said a nurse who asked that her name be withheld.",
     [("a nurse", "The shelling lasted until dawn")]),
]

DESCRIBED_LOOK_ALIKES: list[tuple[str, list]] = [
    # heads the lists knew already read as before
    ("The district council will meet on Thursday, said provincial governor Tomas Ilvar.",
     [("provincial governor Tomas Ilvar", "The district council will meet on Thursday")]),
    ("Most of the wounded were children, said an official who asked not to be named.",
     [("an official", "Most of the wounded were children")]),
    # a plain "said" with the words after it: the person is inside the words
    ("The mayor said a rescue worker who entered the building was hurt.",
     [("The mayor", "a rescue worker who entered the building was hurt")]),
]


@pytest.mark.parametrize(("text", "expected"), [*DESCRIBED_MEMBERS, *DESCRIBED_LOOK_ALIKES])
def test_described_speaker(text: str, expected: list) -> None:
    assert statement_words(text) == expected
