"""Review of Arabic rounds 148-150, English round 186 and speed round 4 (issue 11): the
neighbours the new rules caught. "The capture of" reads as the verb does, and wild animals
caught, poached or moved are no people ("the capture of 12 elephants", "Poachers killed 30
rhinos"), as camels and cattle were not. The probe sentences are our own, fictional,
written in the style of news."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _pairs(text: str) -> list[tuple[int | None, str]]:
    found = extract(text, None, language="en")["casualties"]
    return [(c["count_low"], c["outcome"]) for c in found]


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
