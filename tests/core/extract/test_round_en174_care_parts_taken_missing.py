"""English round 174 (issue 11): a bare count under treatment after deaths or an attack and
its parts in a state of care, a part in apposition whose kind is two names joined before
the whole's verb, companions counted after "together with" one person carried away, and
parts of the missing or the held told still missing or found alive. The probe sentences are
our own, written in the style of news."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _en(text: str) -> list[tuple[int | None, str, str]]:
    found = extract(text, None, language="en")["casualties"]
    return [(c["count_low"], c["outcome"], text[c["start"]:c["end"]]) for c in found]


def _figures(text: str) -> set[tuple[int | None, str]]:
    return {(count, outcome) for count, outcome, _ in _en(text)}


# --- a bare count under treatment, and its parts -------------------------------------------

@pytest.mark.parametrize("text, figures", [
    ("The ministry said three people have died of their injuries, and 27 are being treated, "
     "eight of them in a serious condition.",
     {(3, "killed"), (27, "wounded"), (8, "wounded")}),
    ("Four people died in the attack, officials said. Another 19 are being treated, five of "
     "them in intensive care.", {(4, "killed"), (19, "wounded"), (5, "wounded")}),
    ("The bomb killed nine soldiers. Another 11 are being treated, two of them undergoing "
     "surgery.", {(9, "killed"), (11, "wounded"), (2, "wounded")}),
    ("Militiamen attacked the market at dawn, and by nightfall 14 were still being treated.",
     {(14, "wounded")}),
])
def test_a_bare_count_being_treated_after_harm_is_wounded(
        text: str, figures: set[tuple[int | None, str]]) -> None:
    assert _figures(text) == figures


def test_a_part_of_those_treated_in_care_is_wounded() -> None:
    text = ("Gunmen opened fire on the market, killing six, and officials said that 23 more "
            "are being treated for gunshot wounds. Five of those are in intensive care.")
    assert (5, "wounded", "Five of those are in intensive care") in _en(text)
    assert (3, "wounded") in _figures(
        "At least 14 people were injured. Three of those remain in a critical condition.")


@pytest.mark.parametrize("text", [
    "Dozens of pupils fell ill after the school lunch. On Friday 27 were being treated.",
    "Health officials said 27 are being treated for cholera in the district.",
    "Council officials said 40 are being treated, as the flu season peaks.",
])
def test_care_with_no_violence_stays_unread(text: str) -> None:
    assert not _en(text)


def test_of_those_in_care_after_no_wounded_stays_unread() -> None:
    assert (5, "wounded") not in _figures(
        "Police arrested 12 people. Five of those are in a serious condition.")


def test_a_single_person_in_a_stable_condition_adds_no_figure() -> None:
    assert not _en("Mayor Ruth Alo was shot on Monday. She is in a stable condition, "
                   "her office said.")


# --- a part in apposition whose kind is two names joined -----------------------------------

@pytest.mark.parametrize("text, whole, part", [
    ("Eight drivers, six of them Sudanese and Chadian nationals, burned to death in their "
     "cabs.", 8, 6),
    ("Twelve workers, five of them Nepali and Indian citizens, were hacked to death.", 12, 5),
    ("Nine herders, four of them Fulani and Tuareg men, were burned alive in the raid.", 9, 4),
])
def test_a_joined_apposition_passes_on_to_the_verb(text: str, whole: int, part: int) -> None:
    assert {(whole, "killed"), (part, "killed")} <= _figures(text)


# --- companions of one person carried away ---------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("The gunmen took away the parish priest together with two altar servers aged 13 and 15.",
     2),
    ("Gunmen dragged away the village head along with his three sons.", 3),
    ("Gunmen led away the headmaster along with four teachers.", 4),
    ("Kidnappers abducted the village chief along with three of his wives on Sunday.", 3),
])
def test_companions_taken_away_are_captured(text: str, count: int) -> None:
    assert _figures(text) == {(count, "captured")}


@pytest.mark.parametrize("text", [
    "The gunmen took away the priest's car together with two motorcycles.",
    "The militants carried off the generator along with three sacks of grain.",
    "Police took away the suspect together with two accomplices.",
])
def test_things_or_the_police_taking_stay_uncaptured(text: str) -> None:
    assert not any(outcome == "captured" for _, outcome, _ in _en(text))


# --- parts of the held or the missing -------------------------------------------------------

@pytest.mark.parametrize("text, count", [
    ("At least 31 men were arrested in army sweeps. Relatives said that eleven of those men "
     "are still missing.", 11),
    ("Soldiers detained 40 youths last month. Nine of these youths remain missing.", 9),
])
def test_a_part_of_those_people_still_missing(text: str, count: int) -> None:
    assert (count, "missing") in _figures(text)


@pytest.mark.parametrize("text, figure", [
    ("Six soldiers had been missing since the rebels seized the town. Four of them have been "
     "found alive.", (4, "missing")),
    ("Gunmen abducted 14 passengers on the highway. Five of them were later found unharmed.",
     (5, "captured")),
    ("Three girls were taken by the raiders. Two of the girls were found alive on Monday.",
     (2, "captured")),
])
def test_a_part_found_alive_keeps_its_wholes_outcome(
        text: str, figure: tuple[int, str]) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize("text", [
    "Twelve people were wounded in the blast. Four of them were found alive under the rubble.",
    "Police arrested 20 people. Five of them were found safe at home.",
])
def test_found_alive_after_other_outcomes_stays_unread(text: str) -> None:
    assert len(_en(text)) == 1
