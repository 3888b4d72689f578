"""Probes of the hundred-and-eighth English round (issue 11): the fifty-ninth set's false
figure and care.

A singular verb after groups joined by "and" is the last group's own ("The fire forced
about 70 people from their homes overnight, and a man was treated for smoke inhalation",
en-59: no 70 wounded). A count of people given care, its cause told right after: a counted
part's harm ("19 people had been treated, three of them for gunshot wounds", en-43) or the
violence the care followed ("31 people treated after night of unrest", en-59). A count "of
the people" given care in a report of violence, as "of those treated" (en-57) is read ("Five
of the people treated were under 16", en-59).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures

_VIOLENT = "Police fired tear gas at protesters during clashes in Kessa. "

# (text, figures expected exactly: (span, outcome, low))
OWN_CLAUSE: list[tuple[str, list[tuple[str, str, int]]]] = [
    ("A blaze forced 40 residents from their homes, and a woman was treated for burns.",
     [("forced 40 residents from their homes", "displaced", 40),
      ("a woman was treated for burns", "wounded", 1)]),
    ("Firefighters rescued 25 tenants, and a man was treated for smoke inhalation.",
     [("a man was treated for smoke inhalation", "wounded", 1)]),
    ("Crews pulled 18 passengers from the ferry, and one was injured.",
     [("one was injured", "wounded", 1)]),
]
OWN_CLAUSE_LOOKALIKES: list[tuple[str, list[tuple[str, str, int]]]] = [
    ("12 were killed and 30 wounded.",
     [("12 were killed", "killed", 12), ("30 wounded", "wounded", 30)]),
    ("Five soldiers died and seven were wounded.",
     [("Five soldiers died", "killed", 5), ("seven were wounded", "wounded", 7)]),
    ("Nine fighters from the northern brigades and four members of the police were killed.",
     [("Nine fighters", "killed", 9),
      ("four members of the police were killed", "killed", 4)]),
    ("Three soldiers and a civilian were wounded.",
     [("Three soldiers", "wounded", 3), ("a civilian were wounded", "wounded", 1)]),
]

CARE_MEMBERS: list[tuple[str, tuple[str, str, int]]] = [
    ("Red Cross: 24 people treated after night of rioting in Tavel",
     ("24 people treated after night of rioting", "wounded", 24)),
    ("The clinic's head said 16 people had been treated, two of them for stab wounds.",
     ("16 people had been treated, two of them for stab wounds", "wounded", 16)),
    ("Medics said 40 people were treated after a weekend of unrest.",
     ("40 people were treated after a weekend of unrest", "wounded", 40)),
    (_VIOLENT + "Six of the people treated were under 16.",
     ("Six of the people treated", "wounded", 6)),
]
CARE_LOOKALIKES: list[str] = [
    "Twelve people were treated after the storm.",
    "31 people treated after outbreak of cholera",
    "The clinic said 19 people had been treated, three of them for malaria.",
    "A cholera outbreak hit the town. Five of the people treated were under 16.",
]


def _short(text: str) -> list[tuple[str, str, int]]:
    return [(f[0], f[1], f[2]) for f in figures(text)]


@pytest.mark.parametrize(("text", "expected"), OWN_CLAUSE + OWN_CLAUSE_LOOKALIKES)
def test_singular_verb_is_the_last_groups(text: str,
                                          expected: list[tuple[str, str, int]]) -> None:
    assert _short(text) == expected


@pytest.mark.parametrize(("text", "expected"), CARE_MEMBERS)
def test_care_with_its_cause(text: str, expected: tuple[str, str, int]) -> None:
    assert expected in _short(text)


@pytest.mark.parametrize("text", CARE_LOOKALIKES)
def test_care_lookalike(text: str) -> None:
    assert not [f for f in _short(text) if f[1] == "wounded"]
