"""English round 183 (issue 11): one more member told in a state of his own ("a third driver
remains in hospital"), kin taken with the one the passive names after a place they were
taken from, a count's verb past a relative clause on the place ("in the house where she was
held were beaten to death"), and a side's own men lost after its own clause ("its escort
killed 17 attackers and lost three soldiers"). The probe sentences are our own, written in
the style of news."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _en(text: str) -> list[tuple[int | None, str, str | None]]:
    found = extract(text, None, language="en")["casualties"]
    return [(c["count_low"], c["outcome"], c["group"]) for c in found]


def _pairs(text: str) -> list[tuple[int | None, str]]:
    return [(c, o) for c, o, _ in _en(text)]


# --- a member's own state ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The union said two of its members were shot dead on the highway in one week, and that "
     "a third driver remains in hospital with gunshot wounds.", [(2, "killed"), (1, "wounded")]),
    ("Two drivers were shot dead, and a third driver remains in hospital.",
     [(2, "killed"), (1, "wounded")]),
    ("Three herders were killed in the raid and a fourth remains hospitalised, the chief said.",
     [(3, "killed"), (1, "wounded")]),
    ("Gunmen killed two traders at the market, and a third trader is still in hospital.",
     [(2, "killed"), (1, "wounded")]),
])
def test_one_more_member_takes_his_own_state(text: str,
                                             expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # no state of his own: nothing more, or the toll's outcome as before
    ("The union said two of its members were shot dead, and that a third driver was not hurt.",
     [(2, "killed")]),
    ("Gunmen killed two police officers and kidnapped a third.",
     [(2, "killed"), (1, "captured")]),
    # the remains of the dead are still a noun of the dead
    ("Two bodies were found in the well; the remains had gunshot wounds.", [(2, "killed")]),
])
def test_a_member_with_no_state_of_his_own(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


# --- kin taken with the one the passive names --------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A woman who was kidnapped from a bus with her two sons in January said she was beaten.",
     [(1, "captured", "woman"), (2, "captured", "sons")]),
    ("A farmer who was abducted from his field with his three daughters last year spoke to "
     "reporters.", [(1, "captured", "farmer"), (3, "captured", "daughters")]),
    ("The trader was seized from his shop along with his two brothers, police said.",
     [(2, "captured", "brothers")]),
])
def test_kin_taken_from_a_place_with_the_one_named(
        text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _en(text) == expected


@pytest.mark.parametrize("text", [
    "The men drove off with their two cars.",
    "He was released from prison with two other men on Monday.",
    "She was evacuated from the town with her four children.",
    "He was driven from the airport with his two sons to the hotel.",
])
def test_companions_of_no_taking_stay_unread(text: str) -> None:
    assert _en(text) == []


def test_things_taken_with_her_are_no_captives() -> None:
    assert _en("A woman who was kidnapped from a bus with her two bags said she was "
               "beaten.") == [(1, "captured", "woman")]


# --- the count's verb past a relative clause on the place --------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("She said four men in the house where she was held were beaten to death in front of "
     "the others.", [(4, "killed")]),
    ("Two guards in the camp where they were held were beaten to death by the militia.",
     [(2, "killed")]),
    ("Three prisoners in the cell where he was kept were tortured to death.", [(3, "killed")]),
    ("Four men in the house where she was held were killed.", [(4, "killed")]),
])
def test_the_counts_verb_after_a_relative_on_the_place(
        text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text", [
    "Four men in the house where she was held were beaten in front of the others.",
    "Four men in the house where she was held were questioned on Monday.",
])
def test_no_outcome_after_the_relative_stays_unread(text: str) -> None:
    assert _en(text) == []


# --- a side that lost its men ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The army said its escort killed 17 attackers and lost three soldiers.",
     [(17, "killed"), (3, "killed")]),
    ("The rebels said their fighters repelled the assault and lost two men.", [(2, "killed")]),
    ("We held the bridge for three days and lost four soldiers, the commander said.",
     [(4, "killed")]),
])
def test_a_side_that_lost_its_men_after_its_clause(
        text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The army said its unit destroyed two trucks and lost three vehicles.", []),
    ("The ministry said its forces killed 12 militants and lost contact with two patrols.",
     [(12, "killed")]),
    ("Their fighters retreated and lost their positions.", []),
    ("The club said its players trained hard and lost three matches.", []),
    ("Thousands lost their homes in the floods.", []),
    ("The city said its police hired 90 officers and lost 70 officers within a year to "
     "resignations.", []),
])
def test_things_lost_stay_unread(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected
