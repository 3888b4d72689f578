"""Round en168: a toll's noun far from its count, parts after a share of the hurt, people
held and released. Probe sentences are fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _figures(text: str) -> list[tuple[str, int, str]]:
    return [(str(c["outcome"]), int(c["count_low"]), str(c["text"]))
            for c in extract(text, "2026-05-16")["casualties"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("The number of people killed in clashes between police and supporters of a defeated"
     " governor in the coastal town has climbed to 17, up from nine on Monday.",
     [("killed", 17, "number of people killed in clashes between police and supporters of a"
       " defeated governor in the coastal town has climbed to 17"),
      ("killed", 9, "up from nine")]),
    ("The number of people killed in clashes between soldiers and herders in the valley"
     " rose to 11 on Friday.",
     [("killed", 11, "number of people killed in clashes between soldiers and herders in"
       " the valley rose to 11")]),
    ("The death toll from fighting between rival youth gangs and residents of the old"
     " quarter on the edge of the river port has risen to 23.",
     [("killed", 23, "death toll from fighting between rival youth gangs and residents of"
       " the old quarter on the edge of the river port has risen to 23")]),
])
def test_a_toll_far_from_its_rising_count(text, expected) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    # a new clause between the toll and the count still cuts the link
    "The number of people killed in the clashes is unknown and the price of bread in the"
    " northern town has climbed to 17 in the last week.",
    # a toll of no people
    "The number of polling stations opened in the districts between the river and the"
    " northern hills has risen to 40.",
])
def test_far_rising_counts_of_no_toll_stay_unread(text) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Most of the wounded were hit in the legs; two of them were children aged 9 and 13.",
     [("wounded", 2, "two of them were children")]),
    ("Most of the injured were shot in the back. Three of them were women.",
     [("wounded", 3, "Three of them were women")]),
    ("Many of the dead were fishermen. Four of them were teenagers.",
     [("killed", 4, "Four of them were teenagers")]),
    ("All of the detained were students; five of them were women.",
     [("arrested", 5, "five of them were women")]),
])
def test_a_part_after_a_share_of_the_hurt(text, expected) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "Most of the voters were young; two of them were children.",
    "Most of the wounded were hit in the legs. Two of them were in their twenties.",
    "Most of the wounded were hit in the legs.\n\nTwo of them were children.",
])
def test_parts_of_no_share_of_the_hurt_stay_unread(text) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Police arrested dozens of protesters on Monday. Two activists held in the same"
     " sweep were released on Tuesday.",
     [("arrested", 24, "arrested dozens of protesters"),
      ("arrested", 2, "Two activists held in the same sweep were released")]),
    ("Police arrested 30 protesters on Monday. Three students held overnight were freed"
     " on Tuesday.",
     [("arrested", 30, "arrested 30 protesters"),
      ("arrested", 3, "Three students held overnight were freed")]),
    ("Police arrested dozens of students. One of them, a 20-year-old nurse, was taken"
     " from a bus stop.",
     [("arrested", 24, "arrested dozens of students"),
      ("arrested", 1, "One of them, a 20-year-old nurse, was taken")]),
    ("Police arrested 12 students. Two of them were taken from their homes at night.",
     [("arrested", 12, "arrested 12 students"), ("arrested", 2, "Two of them were taken")]),
])
def test_held_then_released_and_taken_parts(text, expected) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # taken from the scene after a wounding is no holding
    ("Twelve people were wounded. Two of them were taken from the scene by ambulance.",
     [("wounded", 12, "Twelve people were wounded")]),
    ("The storm damaged 12 houses. Two of them were taken from the list.", []),
])
def test_taken_parts_of_no_holding_stay_unread(text, expected) -> None:
    assert _figures(text) == expected
