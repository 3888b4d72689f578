"""People a state holds, "held with N other ...", a toll split in apposition (English round
158, issue 11).

After coups, mutinies and clashes between forces, reports tell detentions without
"arrested" next to the count: by a place that is the state's custody ("six soldiers are
being held in police cells", "were disarmed and are being held at the army's base"), or by
the others held with someone ("he had been held with 11 other men in a room at the
barracks"). They split a toll in apposition by its people ("Nine soldiers died that night,
five guardsmen and four from the garrison") and count a part of the wounded by a
superlative ("flew six of the most seriously wounded to the capital"). ``FIGURES`` holds
texts with every (outcome, count) they must give, ``LOOKALIKES`` texts that must give none.
Every sentence is fictional; names and places are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract_probes import short_figures

FIGURES = [
    # held at a place that is the state's custody by itself or by its force's name
    ("Six soldiers are being held in police cells in Vardo, an officer said.",
     [("arrested", 6)]),
    ("Six soldiers are being held at the army barracks outside the capital.",
     [("arrested", 6)]),
    ("Four officers were held at a military base near the border after the mutiny.",
     [("arrested", 4)]),
    ("Thirty-one guardsmen were disarmed and are being held at the army's base.",
     [("arrested", 31)]),
    ("Nineteen cadets were held in the guardhouse overnight after the mutiny.",
     [("arrested", 19)]),
    # ... but the captors' when the sentence names them, and a camp alone keeps its reading
    ("Rebels said six soldiers were being held in a prison in the forest.",
     [("captured", 6)]),
    ("Six soldiers are being held at the camp, an army spokesman said.", [("captured", 6)]),
    # the others held with someone, by the place or the captors of the sentence
    ("He said he had been held with 11 other men in a windowless room at the barracks.",
     [("arrested", 11)]),
    ("The lieutenant was held together with four other officers in police custody.",
     [("arrested", 4)]),
    ("Gunmen seized the engineer, who was held with three other hostages in a forest hut.",
     [("captured", 3)]),
    # a toll split in apposition by its people: the parts add up to the whole
    ("Nine soldiers died that night, five guardsmen and four from the garrison.",
     [("killed", 9), ("killed", 5), ("killed", 4)]),
    ("Twelve people were killed on Sunday: seven soldiers and five civilians.",
     [("killed", 12), ("killed", 7), ("killed", 5)]),
    ("Fourteen people were wounded, eight police officers and six protesters, "
     "the ministry said.",
     [("wounded", 14), ("wounded", 8), ("wounded", 6)]),
    # a part of the wounded by a superlative of degree
    ("Helicopters flew six of the most seriously wounded to the capital.",
     [("wounded", 6)]),
    ("Three of the most badly injured were taken to the military hospital.",
     [("wounded", 3)]),
]

LOOKALIKES = [
    # held: a meeting, a match, a view, people kept back
    "The minister held talks with 12 other countries at the summit.",
    "The match was held at the stadium before 40,000 fans.",
    "Thousands held a rally outside the barracks on Sunday.",
    "Troops held the attackers at bay for six hours.",
    "He was held with 11 other men for a week, his lawyer said.",
    "The summit was held with 12 other leaders present.",
    # "and N other" that counts no people
    "He faces fraud and 12 other charges.",
    "The minister and 12 other countries signed the pact.",
    # counts after a toll that are no parts of it
    "Twelve people were killed on Sunday, seven soldiers and four civilians.",
    "Six of the most senior officers attended the meeting.",
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_state_holdings_others_and_parts_are_read(
        text: str, expected: list[tuple[str, int]]) -> None:
    got = Counter((outcome, low) for _, outcome, low in short_figures(text))
    assert got == Counter(expected)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_give_no_figure(text: str) -> None:
    figures = short_figures(text)
    assert all(outcome != "arrested" and outcome != "captured" for _, outcome, _ in figures)
    if "killed" not in text:
        assert figures == []


def test_hostages_held_by_a_group_stay_captured() -> None:
    text = "Militants are holding 11 hostages at a camp in the hills."
    assert [(o, n) for _, o, n in short_figures(text)] == [("captured", 11)]


def test_the_army_capturing_militants_keeps_its_reading() -> None:
    assert [(o, n) for _, o, n in short_figures("The army captured 11 militants.")] == [
        ("captured", 11)]


def test_the_split_toll_keeps_its_whole_and_names_the_parts() -> None:
    text = "Nine soldiers died that night, five guardsmen and four from the garrison."
    spans = [span for span, _, _ in short_figures(text)]
    assert spans == ["Nine soldiers died", "five guardsmen", "four from the garrison"]
