"""English probes, round en165 (issue 11): people a state's force took away for
questioning, the rest of a held group with its ages set off by commas, a headline in
capitals joining a count and a member by "AND", "the N dead" before a contact relative, an
ordinal after people counted with no harm, and ages after names that are no counts; with
the look-alikes that must stay unread.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract_probes import short_figures

FIGURES: list[tuple[str, list[tuple[str, int]]]] = [
    # 1. taken away for questioning by a state's force: an arrest
    ("Police took 12 youths away for questioning after the protest.", [("arrested", 12)]),
    ("Soldiers took five men away for questioning.", [("arrested", 5)]),
    ("Police took away 12 youths for questioning near the stadium.", [("arrested", 12)]),
    ("Gendarmes led seven traders off for interrogation.", [("arrested", 7)]),
    # ... and by captors, read before this round
    ("Armed men stopped the bus, separated the men from the women and took 14 men away.",
     [("captured", 14)]),
    ("The gunmen marched 20 villagers off into the bush.", [("captured", 20)]),
    # 2. the rest of a held group, its ages set off by commas
    ("Gunmen seized 40 pupils from the school. Six escaped the same night. The remaining "
     "34, aged between 10 and 15, are still held.", [("captured", 40), ("captured", 34)]),
    ("Gunmen seized 40 pupils from the school. The remaining 34 pupils, aged 10 to 15, "
     "are still held.", [("captured", 40), ("captured", 34)]),
    ("Police detained 25 protesters on Friday. The remaining 15, aged 17 to 22, are still "
     "held.", [("arrested", 25), ("arrested", 15)]),
    # 3. a headline in capitals: a count and a member joined by "AND"
    ("SCHOOL HIT IN TOWN: THREE PUPILS AND A TEACHER KILLED\n\nThe shell landed at noon.",
     [("killed", 3), ("killed", 1)]),
    ("TWO SOLDIERS AND A CIVILIAN WOUNDED\n\nThe shell landed at noon.",
     [("wounded", 2), ("wounded", 1)]),
    ("CONVOY ATTACKED: ONE DRIVER KILLED, TWO STAFF TAKEN\n\nThe convoy was stopped.",
     [("killed", 1), ("captured", 2)]),
    # 4. "the N dead" before a contact relative, and an ordinal after people with no harm
    ("That is well above the 19 dead the ministry gave in March.", [("killed", 19)]),
    ("The figure is double the 25 dead the army reported.", [("killed", 25)]),
    ("Two women were swept away by the river; in May a third was kidnapped.",
     [("captured", 1)]),
    ("Three students were expelled, and a fourth was arrested on Monday.",
     [("arrested", 1)]),
]

LOOKALIKES = [
    # taking that is no arrest or capture
    "The journey took 40 minutes.",
    "Thieves took away three vehicles and 20 tonnes of grain.",
    "Rescuers took 15 survivors away from the rubble.",
    "Aid workers led 200 families away from the flooded area.",
    "Relatives took three men away for questioning by the elders.",
    "Police took four cars away for inspection.",
    # an ordinal that counts no more people
    "Two rounds were fired; a third hit the car.",
    "Two women were swept away by the river; in May a fourth was kidnapped.",
    "Fighting entered a second week; a third was killed.",
    # 5. ages after names, with letters outside ASCII, before every outcome
    "The driver, Issa Konaté, 52, was shot as he turned his lorry.",
    "The driver, Issa Konaté, 52, died in hospital.",
    "Chloé, 12, was wounded in the blast.",
    "Mr Konaté, 52, was arrested on Friday.",
    "José Núñez, 29, was stabbed outside the bar.",
    "Émile, 33, died of his wounds.",
    "Hélène Dupré, now 61, was abducted in March.",
    "Abdoulaye Diallo, aged 52, died in hospital.",
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_takings_remainders_headlines_and_ordinals_are_read(
        text: str, expected: list[tuple[str, int]]) -> None:
    got = Counter((outcome, low) for _, outcome, low in short_figures(text))
    assert got == Counter(expected)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_stay_unread(text: str) -> None:
    assert short_figures(text) == []


def test_an_age_before_an_apposition_is_no_count() -> None:
    # the apposition's person is one; the age between commas before it never a count
    got = [(outcome, low) for _, outcome, low in
           short_figures("Ousmane Ba, 52, a driver, was killed.")]
    assert got == [("killed", 1)]


def test_an_age_after_a_name_leaves_the_count_after_it() -> None:
    got = [(outcome, low) for _, outcome, low in short_figures(
        "Issa Konaté, 52, and 14 passengers were killed on the road.")]
    assert got == [("killed", 14)]
