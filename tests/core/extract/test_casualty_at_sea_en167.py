"""English probes, round en167 (issue 11): crews held with their craft, numbers that end a
craft's name, lives saved and people picked up at sea, people a navy takes aboard, and one
more body found by its ordinal. With the look-alikes that must stay unread.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract_probes import figures

Reading = tuple[str, int, str]

FIGURES: list[tuple[str, list[Reading]]] = [
    # 1. a crew counted with its craft held or taken
    ("- 3 tankers held for ransom off the coast, 21 crew on board",
     [("captured", 21, "exact")]),
    ("The dhow, seized on 9 June, is held off the port with nine crew on board.",
     [("captured", 9, "exact")]),
    ("The tanker was hijacked by gunmen on Friday with 23 sailors on board.",
     [("captured", 23, "exact")]),
    ("The freighter was hijacked on Monday off the cape. Her 18 crew are held on board, "
     "the owner says.", [("captured", 18, "exact")]),
    # 2. a number that ends a craft's name is part of the name (the crew still counts)
    ("The fishing vessel Star of Hope 5, seized on 3 June, was released on Monday.", []),
    ("The trawler Sea Pearl 9, hijacked on 3 June, was freed.", []),
    ("The boat Al-Amal 4, seized by pirates last week, remains held with 11 crew on board.",
     [("captured", 11, "exact")]),
    # 3. lives count the dead only as a harm's price
    ("The attack claimed 30 lives.", [("killed", 30, "exact")]),
    ("Some 30 lives were lost in the attack.", [("killed", 30, "about")]),
    # ... an ordinal boat is no one more
    ("Six people died. A seventh boat sank later.", [("killed", 6, "exact")]),
    ("The war has claimed an estimated 250,000 lives.", [("killed", 250000, "about")]),
    # 4. people a navy or a coast guard takes aboard its craft
    ("Five other fishermen were taken aboard navy vessels in April.",
     [("arrested", 5, "exact")]),
    ("Two fishermen were taken aboard a coast guard boat on Monday.",
     [("arrested", 2, "exact")]),
    # 5. one more body by its ordinal, after the dead were counted
    ("Six people died when the boat capsized. Divers have recovered a seventh body.",
     [("killed", 6, "exact"), ("killed", 1, "exact")]),
    ("Four fishermen drowned off the coast on Sunday. Rescuers pulled out a fifth body on "
     "Monday.", [("killed", 4, "exact"), ("killed", 1, "exact")]),
]

LOOKALIKES = [
    # a crew on board a craft that is not held, migrants on board, a craft's size
    "The ferry arrived safely with 40 crew on board.",
    "The cargo ship, with 19 crew on board, docked at the port on Monday.",
    "A boat carrying 80 migrants on board reached the island.",
    "The small boat held 20 crew on board.",
    # names of craft and flights
    "Flight MS 804 crashed on Thursday.",
    # lives saved or changed
    "Rescuers had saved 25 lives that night, the officer said.",
    "The coast guard saved 60 lives at sea on Monday.",
    "The programme changed 300 lives.",
    # people picked up by rescuers at sea, an aside between
    "35 people, among them 9 children, were picked up by fishermen and the coast guard.",
    "Some 50 migrants were picked up by a passing ship.",
    # people a rescue takes aboard; people rescued alive
    "Forty migrants were taken aboard a navy ship.",
    "Twelve people were rescued and taken aboard a coast guard cutter.",
    "Twelve people were rescued alive from the water.",
    # ordinal boats and days (round en178: an ordinal body found with no toll just before
    # it is one more dead, as "found another body" and "a second body was found" are)
    "A second boat sank on the third day.",
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_sea_readings(text: str, expected: list[Reading]) -> None:
    got = Counter((outcome, low, qualifier) for _, outcome, low, _, qualifier, _ in figures(text))
    assert got == Counter(expected)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_give_no_figure(text: str) -> None:
    assert figures(text) == []


def test_arrests_picked_up_stay() -> None:
    # an arrest told by "picked up" with police, or an aside and no rescuer
    assert [f[1:3] for f in figures("Police picked up 12 protesters near the square.")] == [
        ("arrested", 12)]
    got = [f[1:3] for f in figures(
        "Twelve suspects, including two women, were picked up by police on Monday.")]
    assert ("arrested", 12) in got
