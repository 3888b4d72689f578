"""Probes of the seventy-third English round (issue 11): families that recur.

A part of a figure told before, named by who its people were in a clause of its own:
"Eleven of the victims were children, she said." after a lead that counts the dead,
"Officials said that about 3,000 of them are children under five", "Residents say one of
them was a 17-year-old student". The part keeps the whole's outcome. Members fail on
main's code and pass on this round's; look-alikes pass on both.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures

MEMBERS: list[tuple[str, list]] = [
    # the whole named again by the noun of its outcome, in the next paragraph
    ("A court jailed a former militia leader for the killing of 21 farmers in 1994.\n"
     "The judge said the men were shot at dawn. Seven of the victims were teenagers, "
     "she said.",
     [("killing of 21 farmers", "killed", 21, None, "exact", "farmers"),
      ("Seven of the victims were teenagers", "killed", 7, None, "exact", "teenagers")]),
    ("The clinic in Barra treated 64 wounded people overnight.\nA nurse said that 19 of "
     "the patients were women.",
     [("64 wounded people", "wounded", 64, None, "exact", "wounded people"),
      ("19 of the patients were women", "wounded", 19, None, "exact", "women")]),
    # the part's count opens a reported clause
    ("Some 7,000 people have fled to Tessit. The district office said that about 1,500 "
     "of them are children.",
     [("Some 7,000 people have fled", "displaced", 7000, None, "about", "people"),
      ("about 1,500 of them are children", "displaced", 1500, None, "about", "children")]),
    # one of them named with an article and an age
    ("Three men were shot dead at the market. Traders say one of them was a 16-year-old "
     "porter on his first day.",
     [("Three men were shot dead", "killed", 3, None, "exact", "men"),
      ("one of them was a 16-year-old porter", "killed", 1, None, "exact", "porter")]),
]

LOOK_ALIKES: list[tuple[str, list]] = [
    # no figure before: the part has no whole to take an outcome from
    ("Seven of the victims were teenagers, she said.", []),
    # the victims of a storm's damage are no figure of the rules
    ("The storm damaged 30 homes. Two of the victims were pensioners.", []),
    # the patients of a wounding do not point back to the dead
    ("The raid killed 12 people. A nurse said that four of the patients were women.",
     [("killed 12 people", "killed", 12, None, "exact", "people")]),
    # a part described by a place, not by who they were
    ("Some 7,000 people have fled. Officials said that 900 of them are in Tessit.",
     [("Some 7,000 people have fled", "displaced", 7000, None, "about", "people")]),
]


@pytest.mark.parametrize(("text", "expected"), [*MEMBERS, *LOOK_ALIKES])
def test_part_named_after_its_whole(text: str, expected: list) -> None:
    assert figures(text) == expected
