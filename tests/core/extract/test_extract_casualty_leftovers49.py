"""Casualty leftovers after the twenty-second session's rounds (issue 11): trades of the
road ("a helper", "two bus conductors") are people, and a member of a toll's list after a
dash or a colon may be named by two words ("a truck assistant", "a lorry driver"), the last
one with where it came from ("a soldier from the escort").

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

LISTS = [
    ("Police say five people were killed — three drivers, a truck assistant and a soldier.",
     [("five people were killed", "killed", 5), ("three drivers", "killed", 3),
      ("a truck assistant", "killed", 1), ("a soldier", "killed", 1)]),
    ("Four people were wounded: two bus conductors, a trader and a pump attendant.",
     [("Four people were wounded", "wounded", 4), ("two bus conductors", "wounded", 2),
      ("a trader", "wounded", 1), ("a pump attendant", "wounded", 1)]),
    ("The commander now says five people were killed — three drivers, a truck assistant and "
     "a soldier from the escort.",
     [("three drivers", "killed", 3), ("a truck assistant", "killed", 1),
      ("a soldier from the escort", "killed", 1)]),
    ("Six people were killed - four guards, a farm labourer and a lorry driver.",
     [("Six people were killed", "killed", 6), ("four guards", "killed", 4),
      ("a farm labourer", "killed", 1), ("a lorry driver", "killed", 1)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_trades_of_the_road_are_members_of_a_toll(text: str,
                                                   expected: list[tuple[str, str, int]]) -> None:
    got = short_figures("Convoy attacked\n" + text)
    for words, outcome, count in expected:
        # (a colon list's first member may carry the outcome before it in its span)
        assert any(words in span and (o, n) == (outcome, count) for span, o, n in got), got


def test_an_assistant_of_no_toll_stays_unread() -> None:
    assert short_figures("Convoy attacked\nThe minister and two assistants visited the "
                         "depot on Monday.") == []


HELD_BY_ROBBERS = [
    ("Nearly 300 drivers were held by robbers on the highway last year, the report says.",
     ("Nearly 300 drivers were held by robbers", "captured", 300)),
    ("Four tourists were held by robbers for two hours.",
     ("Four tourists were held by robbers", "captured", 4)),
]


@pytest.mark.parametrize(("text", "figure"), HELD_BY_ROBBERS)
def test_travellers_held_by_robbers_are_captives(text: str,
                                                 figure: tuple[str, str, int]) -> None:
    assert figure in short_figures("Road attacks\n" + text)


def test_robbers_held_by_police_stay_arrested_and_things_stay_unread() -> None:
    assert short_figures("Road attacks\nTwo robbers were held by police after the raid.") == [
        ("Two robbers were held", "arrested", 2)]
    assert short_figures("Road attacks\nRobbers took three cars from the depot.") == []
