"""Probes of the seventy-eighth English round (issue 11): families that recur.

A reported question is no statement: "Councillor Rana Ost asked when the bridge would
reopen", "Many of you asked what happened", "asked the minister whether ...". The corpus
rules list no "asked" among the verbs of reporting, and no set's gold takes such a
question; what was said is the answer, which keeps its own entry. A request stays one:
"asked the council to explain why ..." (the hearer is told to act) and "asks members who
were there to contact ..." ("who" opens a relative clause on the hearer, and the request
has its infinitive). A quoted question with "asked" after it is a direct quote and keeps
its speaker.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

QUESTION_MEMBERS: list[tuple[str, list]] = [
    ("Councillor Rana Ost asked when the bridge at Teval would reopen. The engineer said "
     "work would begin in May.",
     [("The engineer", "work would begin in May")]),
    ("Many of you asked what happened to the convoy.", []),
    ("Another member, Joel Vasse, asked the minister whether the fighters had been paid.",
     []),
    ("The opposition leader asks why the army left the valley.", []),
    ("Reporters asked if the curfew would be lifted before the holiday.", []),
    # a request whose hearer a relative "who" describes: its words start at the hearer
    # (main's started them at "who", read as a question word)
    ("He asks members who served in Keloma to contact the secretary.",
     [("He", "members who served in Keloma to contact the secretary")]),
]

QUESTION_LOOK_ALIKES: list[tuple[str, list]] = [
    # requests with their hearer and an infinitive stay requests
    ("The mayor asked the council to explain why the market was closed.",
     [("The mayor", "the council to explain why the market was closed")]),
    # a quoted question is a direct quote
    ('"Where would we go?" asked Ilse Marra, a farmer.',
     [("Ilse Marra", "Where would we go?")]),
    # the answer after an "Asked whether ..." opening keeps its entry
    ("Asked whether the talks would resume, the envoy said they would.",
     [("the envoy", "they would")]),
]


@pytest.mark.parametrize(("text", "expected"), [*QUESTION_MEMBERS, *QUESTION_LOOK_ALIKES])
def test_reported_question(text: str, expected: list) -> None:
    assert statement_words(text) == expected
