"""Casualty leftovers of the twenty-fourth session (issue 11): a toll broken down by how its
people were hurt, each part with "by" and what hit them and no verb of its own ("Of the 19
injured, 11 were hit by rubber bullets, five by live rounds and three by tear gas
canisters", "Nine people were killed, six by gunfire and three by shelling"): each part is
a figure of the toll's outcome, as the parts told by place are; and a person last seen
somewhere and then missing, told in one clause ("A third member, <name>, 34, was last seen
running towards the river and is missing"), is missing; people driven, forced or chased from
their farms, land or fields are displaced, as from their homes; and people who did the harm
named in a relative clause ("Four men who kidnapped 12 students", "a gang that kidnapped
students") are no victims of it; people cut by glass or shrapnel are wounded, and people who
remain in police cells or police custody are arrested (briefed from en-138).

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures

BY_PARTS = [
    ("Nine people have been killed since Thursday, six by gunfire and three by shelling.",
     "killed", [("six by gunfire", 6), ("three by shelling", 3)]),
    ("Nine people were wounded, six by rubber bullets and three by stones.",
     "wounded", [("six by rubber bullets", 6), ("three by stones", 3)]),
    ("Of the 19 injured, 11 were hit by rubber bullets, five by live rounds and three by tear "
     "gas canisters, the report says.",
     "wounded", [("five by live rounds", 5), ("three by tear gas canisters", 3)]),
    ("Twelve soldiers were killed, eight by roadside bombs.", "killed",
     [("eight by roadside bombs", 8)]),
]


@pytest.mark.parametrize(("text", "outcome", "parts"), BY_PARTS)
def test_parts_told_by_what_hit_them_are_figures_of_the_toll(
        text: str, outcome: str, parts: list[tuple[str, int]]) -> None:
    got = {(f[0], f[1], f[2]) for f in figures("Protest crushed\n" + text)}
    for span, n in parts:
        assert (span, outcome, n) in got, got


@pytest.mark.parametrize("text", [
    "The ministry said nine people were killed, by its count.",
    "Nine people were killed by gunmen, police said by telephone.",
    "Twelve soldiers were killed. Eight were buried by Friday.",
])
def test_by_with_no_count_after_the_toll_adds_nothing(text: str) -> None:
    got = figures("Protest crushed\n" + text)
    assert [f[2] for f in got] == [9 if "ine" in text else 12], got


LAST_SEEN = [
    ("A third member, Iria Calvet, 34, was last seen running towards the river and is "
     "missing.", 1),
    ("A shepherd, 34, was last seen near the well and remains missing.", 1),
    ("Two boys were last seen at the market on Friday and are still missing.", 2),
    ("One herder was last seen driving his goats to the pasture and has been missing since.",
     1),
]


@pytest.mark.parametrize(("text", "n"), LAST_SEEN)
def test_last_seen_then_missing_is_the_persons_fate(text: str, n: int) -> None:
    got = [(f[1], f[2]) for f in figures("Raid on the settlement\n" + text)]
    assert got == [("missing", n)], got


@pytest.mark.parametrize("text", [
    "A boy was last seen at the market.",
    "A bus was last seen near the border and is missing.",
    "The herder was last seen near the well and is missing.",
])
def test_last_seen_alone_or_of_things_reads_nothing(text: str) -> None:
    assert figures("Raid on the settlement\n" + text) == []


@pytest.mark.parametrize(("text", "n"), [
    ("Hundreds of families who were driven from their farms now live in schools.", 200),
    ("Some 400 farmers were forced off their land.", 400),
    ("About 300 families were chased from their fields by herders.", 300),
    ("The union asked for help for 120 families who were forced out of their farms.", 120),
])
def test_people_driven_from_their_land_are_displaced(text: str, n: int) -> None:
    got = [(f[1], f[2]) for f in figures("Clashes over land\n" + text)]
    assert got == [("displaced", n)], got


@pytest.mark.parametrize("text", [
    "About 300 cattle were chased from their fields by herders.",
    "Some 400 farmers were forced to sell their land.",
])
def test_no_people_or_no_flight_from_land_reads_nothing(text: str) -> None:
    assert figures("Clashes over land\n" + text) == []


@pytest.mark.parametrize(("text", "kept"), [
    # (round en205) the doers' own verb after the clause: their arrest, never a capture
    ("Four men who kidnapped 12 students were arrested on Monday.",
     [("arrested", 4), ("captured", 12)]),
    ("Four members of a gang that kidnapped 12 students last year were arrested on Monday.",
     [("arrested", 4), ("captured", 12)]),
    ("Four members of a gang that kidnapped students were arrested.", [("arrested", 4)]),
    ("Four men who abducted children were arrested.", [("arrested", 4)]),
    ("Two soldiers who killed civilians were jailed.", []),
])
def test_people_who_did_the_harm_are_no_victims_of_it(
        text: str, kept: list[tuple[str, int]]) -> None:
    got = [(f[1], f[2]) for f in figures("Gang held\n" + text)]
    assert got == kept, got


@pytest.mark.parametrize(("text", "outcome", "n"), [
    ("Twelve people who drowned were buried.", "killed", 12),
    ("Six people who were kidnapped were freed.", "captured", 6),
    ("Three men who died hours later were buried.", "killed", 3),
])
def test_people_to_whom_the_harm_came_are_still_its_victims(
        text: str, outcome: str, n: int) -> None:
    got = [(f[1], f[2]) for f in figures("Gang held\n" + text)]
    assert got == [(outcome, n)], got


@pytest.mark.parametrize(("text", "outcome", "n"), [
    ("Two other passengers were cut by broken glass, according to the police report.",
     "wounded", 2),
    ("Three people were cut by flying glass when the bomb went off.", "wounded", 3),
    ("Four shoppers were cut by shrapnel in the market.", "wounded", 4),
    ("Nineteen people remain in police custody.", "arrested", 19),
])
def test_cut_by_glass_and_held_in_police_custody(text: str, outcome: str, n: int) -> None:
    got = [(f[1], f[2]) for f in figures("Bus attacked\n" + text)]
    assert got == [(outcome, n)], got


def test_the_rest_of_the_detained_held_in_police_cells_are_arrested() -> None:
    got = [(f[1], f[2]) for f in figures(
        "Drivers held\nPolice detained 31 drivers. Twelve were released on Saturday, but 19 "
        "remain in police cells without charge, relatives said.")]
    assert ("arrested", 19) in got, got


@pytest.mark.parametrize("text", [
    "Spending was cut by 10 percent.",
    "Two shops were cut by shrapnel.",
    "Nineteen men remain in prison.",
])
def test_cuts_of_things_and_the_imprisoned_read_nothing(text: str) -> None:
    assert figures("Bus attacked\n" + text) == []
