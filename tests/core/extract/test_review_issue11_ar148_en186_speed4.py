"""Review of Arabic rounds 148-150, English round 186 and speed round 4 (issue 11): the
neighbours the new rules caught. "The capture of" reads as the verb does, and wild animals
caught, poached or moved are no people ("the capture of 12 elephants", "Poachers killed 30
rhinos"), as camels and cattle were not. The probe sentences are our own, fictional,
written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts as _pairs


@pytest.mark.parametrize("text", [
    "Rangers announced the capture of 12 elephants in the reserve on Monday.",
    "Wildlife officers said the capture of 40 crocodiles took three weeks.",
    "Poachers killed 30 rhinos in the park last year, the agency said.",
    "Customs officers seized 200 parrots and 15 turtles at the port.",
    "Fishermen reported the capture of 300 sharks off the coast.",
])
def test_wild_animals_are_no_people(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Police said the raid led to the capture of 140 suspects.", [(140, "arrested")]),
    ("The rebels announced the capture of 20 soldiers near the dam.", [(20, "captured")]),
    ("Gunmen killed two rangers and 30 rhinos in the park.", [(2, "killed")]),
])
def test_people_beside_them_still_read(text: str, expected: list) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hunt's or a search's object is the one sought; the capture after "led to" is made
    ("A three-day hunt for the gunmen led to the capture of three suspects, police said.",
     [(3, "arrested")]),
    ("The search for the attackers ended with the capture of four men.", [(4, "captured")]),
    ("A manhunt for the killers led to the capture of 5 men on Friday.", [(5, "captured")]),
    # "leading to" tells one made unless a reward's information leads to it
    ("A raid leading to the capture of 12 militants was carried out on Friday.",
     [(12, "captured")]),
    # ... and a capture still sought stays unread
    ("Police offered a reward for information leading to the capture of two fugitives.", []),
    ("Police offered a reward for the capture of three escaped prisoners.", []),
    ("They hope the tip could lead to the capture of two fugitives.", []),
])
def test_capture_sought_only_right_before_it(text: str, expected: list) -> None:
    assert _pairs(text) == expected


def test_fighters_named_as_animals_stay_people() -> None:
    # (a rebel movement's fighters are called "Tigers": no animal list takes them)
    assert _pairs("Troops killed 23 Tigers in the north, the army said.") == [(23, "killed")]
