"""Probes of the hundred-and-fifth English round (issue 11): the fifty-sixth set's injuries
told by care and by where a person was hit.

The care the hurt needed with no wound named ("Four people needed hospital treatment,
including a steward", en-56; "four needed hospital treatment", en-55); the passive of being
hit or shot in a part of the body a person lives through ("One friend was hit in the hip",
"shot in the jaw", en-56, as "wounded in the face", en-37, is read by its verb), with a
second member whose verb is left out ("and another in the hand"); an age bracket in words
between the count and its verb ("A man in his forties died", en-56; "a woman in her
fifties", en-55; "in their twenties", en-7), as "a man in his 20s" is read.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures

FIGURE_MEMBERS: list[tuple[str, tuple]] = [
    # the care the hurt needed, the wound unsaid
    ("Police held 12 fans after the derby in Kessa. Three people needed hospital treatment,"
     " including a steward.",
     ("Three people needed hospital treatment", "wounded", 3, None, "exact", "people")),
    ("Nine of the injured were migrants, and five needed hospital treatment.",
     ("five needed hospital treatment", "wounded", 5, None, "exact", None)),
    ("Six officers required medical treatment after the riot in Tala.",
     ("Six officers required medical treatment", "wounded", 6, None, "exact", "officers")),
    # hit or shot in a part of the body a person lives through
    ("One guard was hit in the hip during the clashes in Tala.",
     ("One guard was hit in the hip", "wounded", 1, None, "exact", "guard")),
    ("A 20-year-old protester, shot in the jaw on 3 May, needed surgery.",
     ("A 20-year-old protester, shot in the jaw", "wounded", 1, None, "exact",
      "20-year-old protester")),
    ("Two men were shot in the ankle outside a bar in Kessa.",
     ("Two men were shot in the ankle", "wounded", 2, None, "exact", "men")),
    # ... and a second member, the verb left out
    ("One cousin was hit in the shoulder and another in the wrist.",
     ("another in the wrist", "wounded", 1, None, "exact", None)),
    ("A guard was wounded in the arm and two in the leg.",
     ("two in the leg", "wounded", 2, None, "exact", None)),
    # an age bracket in words between the count and its verb
    ("A man in his forties died in hospital on Sunday, police said.",
     ("A man", "killed", 1, None, "exact", "man")),
]

FIGURE_LOOKALIKES: list[tuple[str, tuple]] = [
    # care for something other than a wound, named after it
    ("Several others needed hospital treatment for malnutrition.", ()),
    ("Four people needed hospital treatment after eating wild mushrooms.", ()),
    # a part of the body that is no person's
    ("The new tax hit voters in the hip pocket.", ()),
    # no part of the body after the gapped member
    ("A guard was wounded in the shoulder and another in the afternoon.",
     ("A guard was wounded", "wounded", 1, None, "exact", "guard")),
    ("One man was shot in the leg and another in the city centre.",
     ("One man was shot in the leg", "wounded", 1, None, "exact", "man")),
    # an age bracket with no outcome
    # (read on both: the words' age after a person, as main reads some)
    ("A woman in her early thirties was injured by a falling wall.",
     # (read on both: the words' age after a person, as main reads some)
    ("A woman", "wounded", 1, None, "exact", "woman")),
    ("Most of the volunteers were in their twenties.", ()),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_MEMBERS)
def test_member_read(text: str, expected: tuple) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(("text", "expected"), FIGURE_LOOKALIKES)
def test_lookalike(text: str, expected: tuple) -> None:
    got = figures(text)
    assert got == ([expected] if expected else [])
