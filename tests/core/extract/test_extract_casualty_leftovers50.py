"""Casualty leftovers of the twenty-third session (issue 11): what befell a person before the
death, told in one clause with it ("was trapped inside his cab and died", "were pinned under
the rock and later died"), reads as the death; a biography's "was born ... and died" and a
death told of someone else after a comma stay as they were.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts

BEFELL_THEN_DIED = [
    "One driver, Tomas Verekai, 46, was trapped inside his cab and died at the scene.",
    "One driver was trapped inside his burning cab and died before help came.",
    "Two miners were pinned under a fallen slab and later died.",
    "A guard was rushed to the district hospital and died hours later.",
    "Three labourers had been buried by the collapse and died before they could be reached.",
]


@pytest.mark.parametrize("text", BEFELL_THEN_DIED)
def test_what_befell_before_the_death_reads_as_the_death(text: str) -> None:
    got = en_counts("Mine attack\n" + text)
    assert got and all(o == "killed" for _, o in got), got


def test_the_count_is_the_subjects() -> None:
    assert en_counts("Mine attack\nTwo miners were pinned under a fallen slab and later died."
                     ) == [(2, "killed")]


@pytest.mark.parametrize("text", [
    "A poet was born in Tarsville in 1931 and died in exile.",
    "A dog was trapped in the shed and died.",
    "The old pit was abandoned in 1990 and died as a town with it.",
])
def test_no_person_or_a_biography_stays_unread(text: str) -> None:
    assert en_counts("Obituary\n" + text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("A candidate for the council of Lerrin and two volunteers were kidnapped on Sunday.",
     [(1, "captured"), (2, "captured")]),
    ("A worker for the charity and two drivers were abducted near the border.",
     [(1, "captured"), (2, "captured")]),
    ("A nurse at the clinic and two patients were wounded in the shelling.",
     [(1, "wounded"), (2, "wounded")]),
    ("A guard working for the mine and three diggers were killed.",
     [(1, "killed"), (3, "killed")]),
])
def test_the_first_of_coordinated_groups_may_say_where_or_for_whom(
        text: str, expected: list[tuple[int, str]]) -> None:
    assert en_counts("Attack\n" + text) == expected


def test_a_wound_after_with_stays_the_parts() -> None:
    # "with" is no post-modifier of the first group: here it tells the part's wound
    got = en_counts("Clinic raided\nA doctor and two nurses were injured, one of the nurses "
                    "with a broken wrist, and a guard was treated for bruising.")
    assert (1, "wounded") in got and (2, "wounded") in got, got


@pytest.mark.parametrize(("text", "expected"), [
    ("A ward councillor-elect was stabbed and wounded at his home.", [(1, "wounded")]),
    ("Two councillors-elect were abducted on the road to the count.", [(2, "captured")]),
    ("A governor-designate was shot dead outside his house.", [(1, "killed")]),
])
def test_one_chosen_for_a_post_is_its_person(text: str, expected: list[tuple[int, str]]) -> None:
    assert en_counts("Attack\n" + text) == expected


@pytest.mark.parametrize("text", [
    "About 300 people from two villages have moved in with relatives in town for fear of "
    "reprisals.",
    "Some 120 families have moved in with relatives in the district capital, fearing more "
    "raids.",
])
def test_moving_in_with_relatives_for_fear_is_flight(text: str) -> None:
    got = en_counts("After the vote\n" + text)
    assert len(got) == 1 and got[0][1] == "displaced", got


def test_moving_in_with_friends_with_no_fear_is_no_flight() -> None:
    assert en_counts("Campus life\nTwo hundred students have moved in with friends near the "
                     "campus this term.") == []


@pytest.mark.parametrize(("text", "count"), [
    ("The district hospital has admitted 14 people with arrow, bush-knife and gunshot wounds "
     "since this morning.", 14),
    ("Some 40 arrived with gunshot, blast or machete wounds.", 40),
    ("Medics treated 23 people with stab, burn and gunshot injuries overnight.", 23),
])
def test_kinds_of_wound_listed_with_commas(text: str, count: int) -> None:
    assert en_counts("Clashes\n" + text) == [(count, "wounded")]


def test_a_list_of_things_is_no_wound() -> None:
    assert en_counts("Market\nThe shop sold 40 sets with arrow, knife and axe designs.") == []


@pytest.mark.parametrize(("text", "count"), [
    ("One farmer who tried to resist was beaten and left with a broken arm.", 1),
    ("A herder was beaten by the raiders and left with a broken arm.", 1),
    ("Two villagers were beaten and left with head injuries.", 2),
    ("Three herders were beaten with sticks and left with stab wounds.", 3),
])
def test_done_to_people_and_left_with_a_harm(text: str, count: int) -> None:
    assert en_counts("Raid on the village\nArmed men attacked the village. " + text) == [
        (count, "wounded")]


def test_left_with_a_harm_by_a_fall_is_no_violence() -> None:
    assert en_counts("Holiday\nA tourist was skiing and left with a broken arm after a "
                     "fall.") == []
