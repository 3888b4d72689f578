"""Probes of the hundred-and-fourteenth English round (issue 11): the sixty-third set.

The blade's active with its victims as object is a wound as its passive is ("Man stabs two
security guards", en-63; "stabbed a taxi passenger", en-59), and "who stabbed" with no
auxiliary is the man who did it. A shot's active with the limb it struck is read as "was
shot in the leg" ("shot a 24-year-old shop assistant in the leg", en-63). A part told by
how badly follows "were shot" past a chain of prepositional phrases ("two teenagers were
shot outside a corner store on West Burleigh Street, one of them fatally", en-63), and so
does a patient's condition after the place of care ("one volunteer remains at Lafayette
General in a serious condition", en-63). Stitches needed are a wound ("two needed
stitches", en-63; "a 16-year-old boy who needed stitches in his arm", en-62), "had needed
hospital treatment" is read as "needed", people with a noun still being treated in hospital
are wounded as a bare count is, shock is treated as burns are, and the value a figure
replaced is read past what the people were counted for ("arrested 27 people for robberies
of delivery riders ... last year, up from 15 in 2024", en-63).

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
    # the blade's active with its victims as object
    ("Man stabs three passengers on Tavel night bus", [("wounded", 3)]),
    ("A teenager who had been thrown out of a party returned with a knife and stabbed two "
     "doormen, police said.", [("wounded", 2)]),
    ("Police said a woman stabbed a neighbour during an argument over parking on Sunday.",
     [("wounded", 1)]),
    ("An intruder stabbed one of the guards before fleeing, the company said.",
     [("wounded", 1)]),
    # a shot's active with the limb it struck
    ("Two robbers held up a pharmacy in Tavel and shot a 52-year-old pharmacist in the leg, "
     "police said.", [("wounded", 1)]),
    ("A gunman shot two security guards in the legs outside the depot.", [("wounded", 2)]),
    ("Officers shot a 17-year-old in the thigh after a chase, the force said.",
     [("wounded", 1)]),
    # a part told by how badly after "were shot" and a chain of prepositional phrases
    ("Last spring, two brothers were shot outside a small bakery on North Elm Road in the "
     "Kessa district, one of them fatally.", [("killed", 1), ("wounded", 2)]),
    ("Three men were shot near the old grain mill on the eastern edge of Tavel, one of them "
     "fatally.", [("killed", 1), ("wounded", 3)]),
    # a patient's condition after the place of care
    ("The girl went home on Friday; one teacher remains at Kessa General in a serious "
     "condition.", [("wounded", 1)]),
    ("Two officers remain at the district hospital in Tavel in critical condition.",
     [("wounded", 2)]),
    # stitches and care needed
    ("Of those beaten, two needed stitches and four were treated for bruises, police said.",
     [("wounded", 2), ("wounded", 4)]),
    ("Two of the stewards needed stitches after the match.", [("wounded", 2)]),
    ("said a 15-year-old girl who needed stitches in her hand after the raid.",
     [("wounded", 1)]),
    ("The survey found that 40 had been threatened and that nine had needed hospital "
     "treatment.", [("wounded", 9)]),
    # people with a noun still being treated in hospital
    ("The prosecutor says this is wrong: four people are being treated in hospital.",
     [("wounded", 4)]),
    ("Two officers were still being treated in hospital on Wednesday.", [("wounded", 2)]),
    # shock treated as a harm
    ("A fourth worker was treated for shock after the blast.", [("wounded", 1)]),
    ("Three passengers were treated for shock, the operator said.", [("wounded", 3)]),
    # the value a figure replaced, past what the people were counted for
    ("Police arrested 31 people for thefts of bicycles in the city last year, up from 18 in "
     "2024.", [("arrested", 18), ("arrested", 31)]),
]

# The same words in constructions that give no such figure.
LOOKALIKES: list[tuple[str, list[tuple[str, int]]]] = [
    ("He was stabbed five times.", []),
    ("The gunman shot a guard in the head.", []),
    # (round en121) the gold of the sets answers the bare active: the wounded
    ("He shot two snowboarders in a car park.", [("wounded", 2)]),
    # (round en121) the whole is the wounded by its bare "shot", as the sets' gold reads
    # "two teenagers were shot ..., one of them fatally", and its part the killed
    ("Two men were shot outside a bar after they refused to leave, one of them fatally.",
     [("killed", 1), ("wounded", 2)]),
    ("Four nurses remain in hospital.", []),
    ("Two men were in Tavel when they saw a man in critical condition.", []),
    ("Two officers are at the station in a good mood.", []),
    ("The shock was treated for days.", []),
    ("Two needed hospital treatment for malnutrition.", []),
    ("A man was stabbed in the arm.", [("wounded", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member(text: str, expected: list[tuple[str, int]]) -> None:
    assert _pairs(text) == sorted(expected)


def test_who_stabbed_is_the_attacker() -> None:
    # "who stabbed" with no auxiliary is the active of the man who did it: the wound is the
    # bus driver's, not the man's (main read "A 31-year-old man who stabbed" as wounded)
    found = figures("A 31-year-old man who stabbed a bus driver in Kessa last spring was "
                    "jailed for six years on Monday.")
    assert [(f[0], f[1], f[2]) for f in found] == [("stabbed a bus driver", "wounded", 1)]


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalike(text: str, expected: list[tuple[str, int]]) -> None:
    assert _pairs(text) == sorted(expected)
