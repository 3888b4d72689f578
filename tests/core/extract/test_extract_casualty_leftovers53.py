"""Casualty leftovers of the twenty-fifth session (issue 11): people an act of violence
leaves in hospital are its wounded, whether the leaving is a participle after a comma ("The
blast destroyed the depot, leaving 11 workers in hospital") or a second verb after "and"
with its own object ("killed two guards and left 11 workers in hospital"); "left ... in
hospital" alone was read before.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures

LEFT_IN_HOSPITAL = [
    ("The blast destroyed the depot, leaving 11 workers in hospital.", [("wounded", 11)]),
    ("Militants stormed the school at dawn, leaving five pupils in hospital with gunshot "
     "wounds.", [("wounded", 5)]),
    ("The blast killed two guards, leaving 11 workers in hospital.",
     [("killed", 2), ("wounded", 11)]),
    ("The bombing killed two guards and left 11 workers in hospital.",
     [("killed", 2), ("wounded", 11)]),
    ("Gunmen killed a farmer in Ostrava Dol and left his two sons in hospital.",
     [("killed", 1), ("wounded", 2)]),
    ("The shelling killed a boy and left 14 people in hospitals across the city.",
     [("killed", 1), ("wounded", 14)]),
    ("The raid killed four and left nine others in hospital, medics said.",
     [("killed", 4), ("wounded", 9)]),
]


@pytest.mark.parametrize(("text", "want"), LEFT_IN_HOSPITAL)
def test_people_violence_leaves_in_hospital_are_wounded(
        text: str, want: list[tuple[str, int]]) -> None:
    got = [(f[1], f[2]) for f in figures("Attack in the north\n" + text)]
    assert got == want, got


@pytest.mark.parametrize("text", [
    "The floods hit the town, leaving 40 people in hospital.",
    "The fighting ended on Monday, leaving the hospital in ruins.",
    "The police were attacked and left the hospital.",
    "The minister visited the town, leaving two aides in hospital to meet the doctors.",
])
def test_leaving_with_no_violence_or_no_people_stays_unread(text: str) -> None:
    assert figures("News from the north\n" + text) == []


# Remains counted (briefed from en-140): skeletons unearthed are the dead, the dead buried
# again once found are counted as the buried are, and a grave or a pit holding people
# holds the dead, not captives.
REMAINS = [
    ("Court-ordered dig unearths 46 skeletons", [("killed", 46)]),
    ("Forensic teams have unearthed 46 skeletons near the old camp.", [("killed", 46)]),
    ("Province reburies eight victims of 1982 massacre", [("killed", 8)]),
    ("The village reburied 12 people found in the well.", [("killed", 12)]),
    ("Deminers uncover grave holding at least 12 people", [("killed", 12)]),
    ("Investigators found a mass grave that held 30 men.", [("killed", 30)]),
]


@pytest.mark.parametrize(("text", "want"), REMAINS)
def test_remains_and_graves_count_the_dead(text: str, want: list[tuple[str, int]]) -> None:
    got = [(f[1], f[2]) for f in figures("Search for the missing\n" + text)]
    assert got == want, got


@pytest.mark.parametrize(("text", "want"), [
    ("Rebels are holding 12 people in a pit near the river.", [("captured", 12)]),
    ("The team reburied the remains on Friday.", []),
    ("The prison holds 3,000 people.", []),
])
def test_holding_by_captors_or_places_is_unchanged(text: str, want: list[tuple[str, int]]) -> None:
    got = [(f[1], f[2]) for f in figures("Search for the missing\n" + text)]
    assert got == want, got
