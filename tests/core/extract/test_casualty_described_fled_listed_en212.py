"""English probes, round en212 (issue 11): the youngest of the hurt named "a newborn", the
hurt described by a list of harms before the verb of their care, a part of those who fled
told by where it went, the missing as a register lists them, the next part of a toll after
a part's own description, and civilians told where they sheltered before they fled.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts

# --- 1. a newborn among the hurt or the dead -------------------------------------------------

NEWBORNS = [
    ("Two people were killed in the shelling of Kafr Tira. Nine others were injured, among "
     "them a newborn, the rescuers said.", (1, "wounded")),
    ("Three people died in the fire at the Losva shelter, including a new-born and her "
     "grandmother.", (1, "killed")),
    ("A newborn was killed when the shell hit the tent, the camp manager said.",
     (1, "killed")),
    ("Among the dead was a newborn, doctors at the Merel clinic said.", (1, "killed")),
]


@pytest.mark.parametrize(("text", "want"), NEWBORNS)
def test_a_newborn_among_the_hurt_or_the_dead_is_read(text: str, want: tuple) -> None:
    assert want in en_counts(text)


NEWBORNS_UNREAD = [
    # an animal, not a person
    ("Raiders took 40 cattle from the Dosso farm, among them a newborn calf.", []),
    # a birth reported with no harm
    ("Seven people were hurt in the crash. The clinic also reported a newborn in good "
     "health.", [(7, "wounded")]),
]


@pytest.mark.parametrize(("text", "want"), NEWBORNS_UNREAD)
def test_a_newborn_with_no_harm_stays_unread(text: str, want: list) -> None:
    assert en_counts(text) == want


# --- 2. the hurt described by a list of harms, then cared for ---------------------------------

DESCRIBED_HARMS = [
    ("A nurse in Velmar said at least 14 people with fractures and head wounds were treated "
     "at a private clinic, among them a 15-year-old boy.", (14, "wounded")),
    ("A nurse in Velmar said at least 14 people with fractures and head wounds were treated "
     "at a private clinic, among them a 15-year-old boy.", (1, "wounded")),
    ("Dozens of protesters with burns or cuts were taken to hospital after the march in "
     "Ostra.", (24, "wounded")),
    ("Some 30 miners with broken bones had been airlifted to the capital by nightfall.",
     (30, "wounded")),
    ("Eleven villagers with bruises, cuts and broken ribs were admitted overnight, the "
     "district doctor said.", (11, "wounded")),
    ("Police beat the marchers. At least 14 people with fractures were treated.",
     (14, "wounded")),
]


@pytest.mark.parametrize(("text", "want"), DESCRIBED_HARMS)
def test_people_described_by_their_harms_then_treated_are_wounded(text: str,
                                                                 want: tuple) -> None:
    assert want in en_counts(text)


DESCRIBED_HARMS_UNREAD = [
    # things, not people
    ("Twenty cars with broken windows were towed away from the square in Ostra.", []),
    # no verb of care: questioned, released
    ("Five men with burns were questioned by police in Velmar.", []),
    ("Six students with fractures were released on bail.", []),
]


@pytest.mark.parametrize(("text", "want"), DESCRIBED_HARMS_UNREAD)
def test_people_described_by_harms_with_no_care_stay_unread(text: str, want: list) -> None:
    assert en_counts(text) == want


# --- 3. a part of those who fled, told by where it went ---------------------------------------

FLED_PARTS = [
    ("About 2,900 of those who fled reached Pemba by Thursday; the rest are in smaller "
     "towns.", (2900, "displaced")),
    ("Hundreds of those who fled the clashes crossed into Chad on Sunday, the agency said.",
     (200, "displaced")),
    ("Some 600 of those who were displaced are now staying with host families in Ruvo.",
     (600, "displaced")),
    ("Some 400 of those who fled the fighting are sheltering in two schools in Goma.",
     (400, "displaced")),
]


@pytest.mark.parametrize(("text", "want"), FLED_PARTS)
def test_a_part_of_those_who_fled_told_where_it_went_is_displaced(text: str,
                                                                  want: tuple) -> None:
    assert want in en_counts(text)


FLED_PARTS_UNREAD = [
    # the doers who fled a crime's scene or a jail
    ("Three of those who fled the scene were arrested later.", []),
    ("Four of those who escaped from the prison reached the border.", []),
    # a fate of its own, or a return
    ("Many of those who fled have since returned.", []),
    ("Five of those who fled said they were beaten.", []),
]


@pytest.mark.parametrize(("text", "want"), FLED_PARTS_UNREAD)
def test_a_part_of_those_who_fled_with_no_going_stays_unread(text: str, want: list) -> None:
    assert en_counts(text) == want


# --- 4. the missing as a register lists them --------------------------------------------------

LISTED = [
    ("Samples will be compared with those of families of the 1,782 people Varnia still lists "
     "as missing from the war.", (1782, "missing")),
    ("The commission says some 7,000 people it lists as missing have never been found.",
     (7000, "missing")),
    ("Relatives of the 12 fishermen the coastguard still considers missing gathered at the "
     "port.", (12, "missing")),
    ("The government has officially registered 4,100 people as disappeared since 1990.",
     (4100, "missing")),
]


@pytest.mark.parametrize(("text", "want"), LISTED)
def test_people_a_register_lists_as_missing_are_missing(text: str, want: tuple) -> None:
    assert want in en_counts(text)


LISTED_UNREAD = [
    # another state
    ("The head teacher met the 40 pupils the school lists as absent.", []),
    ("The ministry counts 300 people as members of the board.", []),
    # things, not people
    ("The navy searched for the 12 boats it lists as missing.", []),
]


@pytest.mark.parametrize(("text", "want"), LISTED_UNREAD)
def test_a_register_of_no_missing_people_stays_unread(text: str, want: list) -> None:
    assert en_counts(text) == want


# --- 5. the next part of a toll after a part's own description ---------------------------------

NEXT_PARTS = [
    ("The remains of 19 people have been recovered from the pits, 15 of them men in civilian "
     "clothes and four women.", (4, "killed")),
    ("Gunmen killed 12 villagers in Dabra, eight of them men from the same clan and four "
     "women.", (4, "killed")),
    ("Police detained 30 people in Sorel, 20 of them students at the university and ten "
     "teachers.", (10, "arrested")),
]


@pytest.mark.parametrize(("text", "want"), NEXT_PARTS)
def test_the_next_part_after_a_described_part_is_read(text: str, want: tuple) -> None:
    assert want in en_counts(text)


NEXT_PARTS_UNREAD = [
    # things after "and"
    ("Gunmen killed 12 villagers in Dabra, eight of them men from the same clan and four "
     "cows.", [(12, "killed"), (8, "killed")]),
    # the parts outgrow the toll
    ("Gunmen killed 12 villagers in Dabra, eight of them men from the same clan and 40 "
     "women.", [(12, "killed"), (8, "killed")]),
]


@pytest.mark.parametrize(("text", "want"), NEXT_PARTS_UNREAD)
def test_no_part_of_people_within_the_toll_stays_unread(text: str, want: list) -> None:
    assert en_counts(text) == want


def test_a_clause_after_the_description_keeps_its_own_outcome() -> None:
    text = ("Gunmen killed 12 villagers in Dabra, eight of them men from the same clan and "
            "four were wounded.")
    assert en_counts(text) == [(12, "killed"), (8, "killed"), (4, "wounded")]


# --- 6. civilians told where they sheltered, then that they fled -------------------------------

SHELTERED_FLED = [
    ("Some 340 families sheltering in a sports hall in the hamlet of Santa Rita, in the rural "
     "area of Veral, fled again on Monday.", (340, "displaced")),
    ("About 500 people staying at a school near the river have fled, the mayor said.",
     (500, "displaced")),
    ("Hundreds of villagers camped outside the town were forced to flee again on Friday.",
     (200, "displaced")),
]


@pytest.mark.parametrize(("text", "want"), SHELTERED_FLED)
def test_civilians_told_where_they_sheltered_then_fled_are_displaced(text: str,
                                                                    want: tuple) -> None:
    assert want in en_counts(text)


SHELTERED_FLED_UNREAD = [
    # armed men, no civilians
    ("Two gunmen hiding in a house fled before police arrived.", []),
    # a clause of its own between
    ("Some 300 families sheltering in the hall said they fled the shelling.", []),
]


@pytest.mark.parametrize(("text", "want"), SHELTERED_FLED_UNREAD)
def test_no_civilians_sheltered_then_fled_stay_unread(text: str, want: list) -> None:
    assert en_counts(text) == want


# --- 7. the dead told by their burial ---------------------------------------------------------

BURIED = [
    ("Residents say at least 34 men were buried near Sabou after the militia left the area.",
     (34, "killed")),
    ("Villagers said 12 people had been buried in a mass grave behind the school.",
     (12, "killed")),
    ("About 40 fighters were buried in the orchard, a commander said.", (40, "killed")),
]


@pytest.mark.parametrize(("text", "want"), BURIED)
def test_people_told_as_buried_are_dead(text: str, want: tuple) -> None:
    assert want in en_counts(text)


BURIED_UNREAD = [
    # the living buried by a collapse, alive, by a slide
    ("Three miners were buried under rubble when the tunnel at Kesh collapsed.", []),
    ("Two workers were buried alive in the trench but rescued.", []),
    ("Five hikers were buried by an avalanche and dug out within the hour.", []),
    # a toll named again at its funeral, or the dead of a death told before
    ("The 12 victims were buried on Sunday in Orvel.", []),
    ("Gunmen killed 20 villagers in Dabra. Eighteen men were buried in the village cemetery "
     "on Sunday.", [(20, "killed")]),
]


@pytest.mark.parametrize(("text", "want"), BURIED_UNREAD)
def test_a_burial_of_the_living_or_of_a_toll_told_stays_unread(text: str, want: list) -> None:
    assert en_counts(text) == want


# --- 8. a part of the missing found to be held --------------------------------------------------

FOUND_HELD = [
    ("The council head says 23 residents went missing during the occupation. Eight of them "
     "later turned out to be prisoners in Russia, he says.", (8, "captured")),
    ("Forty fishermen from Tessa went missing in May. Twelve of them were later found to be "
     "held hostage by a militia.", (12, "captured")),
    ("Thirty men disappeared in Lomar in March. Six of them turned out to be in police "
     "custody.", (6, "arrested")),
]


@pytest.mark.parametrize(("text", "want"), FOUND_HELD)
def test_a_part_of_the_missing_found_held_is_read(text: str, want: tuple) -> None:
    assert want in en_counts(text)


FOUND_HELD_UNREAD = [
    # no missing before
    ("Twelve students won prizes in Orvel. Eight of them turned out to be prisoners of "
     "their own ambition.", []),
    # a state that is no holding
    ("Thirty men disappeared in Lomar in March. Six of them turned out to be students.",
     [(30, "missing")]),
    # a part larger than its whole
    ("Five men went missing in Lomar. Eight of them turned out to be prisoners.",
     [(5, "missing")]),
]


@pytest.mark.parametrize(("text", "want"), FOUND_HELD_UNREAD)
def test_no_part_of_the_missing_found_held_stays_unread(text: str, want: list) -> None:
    assert en_counts(text) == want


# --- 9. people named by a noun "being treated" after a toll --------------------------------------

BEING_TREATED = [
    ("Three guards died in the attack on the Lomar jail. Nine guards are being treated.",
     (9, "wounded")),
    ("Gunmen stormed the bus depot in Tessa on Sunday. Twelve passengers are being treated, "
     "two of them in intensive care.", (12, "wounded")),
    ("Two warders and one prisoner were brought in dead. Seven warders and about a dozen "
     "inmates are being treated.", (12, "wounded")),
]


@pytest.mark.parametrize(("text", "want"), BEING_TREATED)
def test_people_being_treated_after_a_toll_are_wounded(text: str, want: tuple) -> None:
    assert want in en_counts(text)


BEING_TREATED_UNREAD = [
    # the sick of an illness
    ("Cholera killed three people in Dabra. Nine patients are being treated.",
     [(3, "killed")]),
    # no violence, treatment for something else
    ("Twelve pupils are being treated for head lice.", []),
]


@pytest.mark.parametrize(("text", "want"), BEING_TREATED_UNREAD)
def test_people_being_treated_with_no_violence_stay_unread(text: str, want: list) -> None:
    assert en_counts(text) == want
