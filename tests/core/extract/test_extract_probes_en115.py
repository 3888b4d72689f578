"""Probes of the hundred-and-fifteenth English round (issue 11): the sixty-fourth set.

The subject of an active verb of harm with its object is the one who did the harm, through
a relative pronoun too: "A man who killed his former business partner ... has been
sentenced" (en-64) is the killer, as "who stabbed a taxi passenger" (en-59) was read by round
en114 and "who shot two snowboarders" (en-63) gave nothing. A counted part of the people
treated, told by its wound past their place or time, says the care was for wounds in the
active as in the passive: "they treated five people at the scene, three of them with stab
wounds" (en-64), as "19 people had been treated, three of them for gunshot wounds" (en-43).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures


def _pairs(text: str) -> list[tuple[str, int]]:
    return sorted((f[1], f[2]) for f in figures(text))


# (text, the (outcome, count) pairs expected)
MEMBERS: list[tuple[str, list[tuple[str, int]]]] = [
    # the subject of "who killed" with an object is no victim
    ("A man who killed his neighbour in Tavel last spring was jailed for life on Monday.",
     []),
    ("Two brothers who killed a shopkeeper during a robbery have been sentenced.",
     [("killed", 1)]),
    ("A driver who injured a cyclist on the Kessa road was fined.", [("wounded", 1)]),
    ("A 30-year-old who wounded two guards at the depot was jailed, the court said.",
     [("wounded", 2)]),
    # a counted part of the people treated, told by its wound, past their place or time
    ("Paramedics said they treated six people at the market, two of them with gunshot "
     "wounds.", [("wounded", 2), ("wounded", 6)]),
    ("Rescuers treated nine people on Sunday night, four of them for burns.",
     [("wounded", 4), ("wounded", 9)]),
    ("Volunteers say they treated 12 people in the square, three of them for head "
     "injuries.", [("wounded", 3), ("wounded", 12)]),
]

LOOKALIKES: list[tuple[str, list[tuple[str, int]]]] = [
    # the victim of a passive or reflexive stays one
    ("A man who was killed in Tavel on Sunday has been named.", [("killed", 1)]),
    ("A man who killed himself in a cell in Kessa was named on Friday.", [("killed", 1)]),
    ("Two men who were injured in the crash remain in hospital.", [("wounded", 2)]),
    # the part names no wound, or another cause
    ("Volunteers treated 40 people at the camp, ten of them children.", []),
    ("Medics treated 30 people at the camp, five of them for malaria.", []),
    ("The team treated 15 people in the village, six of them with diarrhoea.", []),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member(text: str, expected: list[tuple[str, int]]) -> None:
    assert _pairs(text) == sorted(expected)


def test_who_killed_is_the_killer() -> None:
    # main read "A man who killed" as one killed: the killer, the subject of the active
    found = figures("A man who killed his former partner and shot a young worker at a "
                    "farm near Tavel has been jailed for 25 years.")
    assert all(f[0] != "A man who killed" for f in found)


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalike(text: str, expected: list[tuple[str, int]]) -> None:
    assert _pairs(text) == sorted(expected)
