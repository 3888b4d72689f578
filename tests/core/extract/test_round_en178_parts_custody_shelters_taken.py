"""English round 178 (issue 11): a part of the people given care told by its wound, a part
of the arrested still held past an aside, people living in tents after a demolition, herds
counted by the head, people taken in a headline or handed to the police, one more body found
by its ordinal and one of our own hurt. The probe sentences are our own, written in the
style of news."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _en(text: str) -> list[tuple[int | None, str, str]]:
    found = extract(text, None, language="en")["casualties"]
    return [(c["count_low"], c["outcome"], text[c["start"]:c["end"]]) for c in found]


def _pairs(text: str) -> list[tuple[int | None, str]]:
    return [(c, o) for c, o, _ in _en(text)]


# --- a part of the people given care, told by its wound ---------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("A mobile clinic reached the camp on Monday and treated 31 patients, 12 of them for "
     "bullet wounds.", [(12, "wounded")]),
    ("The team treated 20 patients on Sunday, six of them for shrapnel injuries.",
     [(6, "wounded")]),
    ("The health post has treated 48 patients since the weekend, nine of them for burns.",
     [(9, "wounded")]),
    ("Volunteers at the camp clinic treated 35 patients, four of them for stab wounds.",
     [(4, "wounded")]),
])
def test_a_part_treated_for_wounds_is_wounded(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


def test_the_part_keeps_its_wound_in_its_span() -> None:
    found = _en("The clinic treated 31 patients, 12 of them for bullet wounds.")
    assert found == [(12, "wounded", "12 of them for bullet wounds")]


def test_a_part_of_the_wounded_whole_reads_as_before() -> None:
    found = _en("Medics treated 14 people, three of them for stab wounds, after the brawl.")
    assert found == [(14, "wounded", "treated 14 people"), (3, "wounded", "three of them")]


@pytest.mark.parametrize("text", [
    "A mobile clinic treated 31 patients in the camp on Monday.",
    "The clinic treated 31 patients, 12 of them for malaria.",
    "The clinic treated 31 patients, 12 of them children.",
])
def test_patients_with_no_wound_stay_unread(text: str) -> None:
    assert _en(text) == []


# --- a part of the arrested still held past an aside ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Six of the ten detained men were freed on Friday; four, including a local imam, remain "
     "in custody and face charges.", (4, "arrested")),
    ("Police arrested 12 people on Sunday. Nine were released; three, among them a lawyer, "
     "are still held.", (3, "arrested")),
    ("Police detained 20 protesters. Twelve were freed on bail; eight, including two "
     "students, remain in detention.", (8, "arrested")),
])
def test_a_part_still_held_past_an_aside(text: str, expected: tuple[int, str]) -> None:
    assert expected in _pairs(text)


def test_an_aside_with_no_arrest_before_stays_unread() -> None:
    assert _en("Four, including a local imam, remain in custody.") == []


# --- people living in tents after a demolition ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bulldozers demolished more than 200 houses in the village last week. An estimated 900 "
    "people are now living in tents by the road, the group said.",
    "Authorities razed the settlement on Tuesday. About 900 people are now living in tents.",
    "Police evicted the residents on Monday. Some 900 people are living in makeshift "
    "shelters by the railway.",
])
def test_people_living_in_tents_after_a_demolition_are_displaced(text: str) -> None:
    assert _pairs(text) == [(900, "displaced")]


@pytest.mark.parametrize("text", [
    "About 12,000 people live in the camp, which was set up in 2014.",
    "The council demolished the old market hall. About 900 people live in the town.",
])
def test_a_population_stays_unread(text: str) -> None:
    assert _en(text) == []


# --- livestock are no people ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Raiders seized three herders and about 400 head of cattle.", [(3, "captured")]),
    ("Bandits abducted two boys and drove off some 250 head of goats.", [(2, "captured")]),
    ("Gunmen stole 300 cattle and 50 camels and killed two herders.", [(2, "killed")]),
])
def test_herds_are_no_figure(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


# --- taken away, taken in a headline, handed to the police --------------------------------

@pytest.mark.parametrize("text, expected", [
    ("THREE STAFF TAKEN\nGunmen stormed the aid office in the town on Monday and seized "
     "three employees.", (3, "captured")),
    ("Three staff taken in raid on aid office", (3, "captured")),
    ("Four aid workers taken in attack on convoy\nGunmen stopped the convoy on Monday.",
     (4, "captured")),
    ("Gunmen took 19 men away in two trucks.", (19, "captured")),
    ("Three fishermen were taken away in a boat and held for two days.", (3, "captured")),
])
def test_people_taken_are_captured(text: str, expected: tuple[int, str]) -> None:
    assert expected in _pairs(text)


def test_the_headline_alone_reads_once() -> None:
    found = _en("THREE STAFF TAKEN\nGunmen stormed the aid office on Monday and seized three "
                "employees.")
    assert (3, "captured", "THREE STAFF TAKEN") in found


@pytest.mark.parametrize("text", [
    "THREE STAFF TAKEN\nThe company moved three staff to its new office.",
    "Three staff taken to hospital after crash",
    "Two taken in for questioning after raid",
    "Gunmen took away their phones and money.",
])
def test_taken_with_no_seizing_stays_unread(text: str) -> None:
    assert _en(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Villagers caught seven suspected cattle thieves on Monday. The seven have been handed "
     "to the authorities.", [(7, "arrested")]),
    ("Residents overpowered two of the gunmen. The two have been handed over to police.",
     [(2, "arrested")]),
    ("Traders caught three robbers at the market. Three suspects were later handed over to "
     "the police.", [(3, "arrested")]),
])
def test_suspects_handed_to_the_police_are_arrested(
        text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # captives handed over on their release stay captives
    # (round en195: the whole named again is a second mention of the captives)
    ("Gunmen kidnapped seven travellers. The seven were handed over to the authorities on "
     "Friday after a ransom was paid.", [(7, "captured"), (7, "captured")]),
    # no catch told before
    ("The seven were handed to the authorities.", []),
])
def test_handed_over_without_a_catch_is_not_an_arrest(
        text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


# --- one more body found, one of our own hurt ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Six people drowned when the boat capsized on Friday and eleven were hurt. Divers "
    "recovered a seventh body on Sunday.",
    "The boat capsized on Friday with 20 people on board. Divers recovered a seventh body "
    "on Sunday.",
    "Divers recovered a second body from the river.",
])
def test_one_more_body_found_is_one_dead(text: str) -> None:
    assert _pairs(text)[-1] == (1, "killed")


def test_one_more_body_of_a_storm_is_its_toll() -> None:
    # (round en218) the storm's toll goes on sentence by sentence while none names a cause
    # of its own: the fifth body is the storm's, as the three killed and the two missing are
    assert _pairs("The storm killed three fishermen on Friday. Two others are missing. "
                  "Rescuers pulled a fifth body from the rubble on Monday.") == []


@pytest.mark.parametrize("text", [
    "One of our rescue swimmers was hurt during the operation, the coast guard said.",
    "One of our rescue workers was injured in the blast.",
])
def test_one_of_our_own_hurt_is_wounded(text: str) -> None:
    assert _pairs(text) == [(1, "wounded")]


@pytest.mark.parametrize("text", [
    "The search entered a seventh day on Sunday.",
    "Divers recovered a seventh boat on Sunday.",
    "One of our boats was damaged in the storm.",
    "One of our rescue boats was damaged in the storm.",
])
def test_days_and_boats_stay_unread(text: str) -> None:
    assert _en(text) == []
