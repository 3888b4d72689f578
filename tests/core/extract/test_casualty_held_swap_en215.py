"""English probes, round en215 (issue 11): people held by an armed group or an enemy, told
by their holder after "held" (captives, not detainees), and the counted lists of a prisoner
exchange told by their coming home.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts

# --- 1. held by an armed group or an enemy ------------------------------------------------

HELD_BY_ARMED = [
    ("Survivors said up to 40 men were held in a single barn outside Korvel by the militia, "
     "and beaten daily.", [(40, "captured")]),
    ("At least 25 of those villagers were being held in rebel prisons as late as last year.",
     [(25, "captured")]),
    ("About 15 women were held in Al-Shabaab prisons for months, a rights group said.",
     [(15, "captured")]),
    ("Witnesses said 30 men had been held at a farm near Dabo by gunmen.",
     [(30, "captured")]),
    ("Three aid workers remain held by armed groups in the north.", [(3, "captured")]),
    ("The deal freed 85 soldiers held by the rebels in return for 41 rebel fighters held by "
     "the army.", [(85, "captured"), (41, "captured")]),
]

HELD_BY_STATE = [
    # police, courts and the state's own prisons keep detainees
    ("At least 30 protesters were being held in police cells.", [(30, "arrested")]),
    ("Prosecutors said 14 suspects held by police would appear in court.", [(14, "arrested")]),
    ("Some 18 students were held in a government prison in Karsa.", [(18, "arrested")]),
    # the army holding people who are no combatants: left as it was
    ("A court heard that 9 activists were held by the army for a week.", [(9, "arrested")]),
]


@pytest.mark.parametrize(("text", "want"), HELD_BY_ARMED + HELD_BY_STATE)
def test_held_by_armed(text: str, want: list[tuple[int, str]]) -> None:
    assert en_counts(text) == want


# --- 2. an exchange's lists told home --------------------------------------------------------

HOME_AFTER_SWAP = [
    ("Armenia and Azerbaijan swapped prisoners on Friday. Officials said 40 Armenian soldiers "
     "and 6 civilians are home.", [(40, "captured"), (6, "captured")]),
    ("The exchange was completed at dawn. 75 soldiers and 9 civilians are back home, the "
     "ministry said.", [(75, "captured"), (9, "captured")]),
    ("In the swap, 20 fighters returned home on Tuesday.", [(20, "captured")]),
    ("The two sides exchanged prisoners near the border. By evening 64 servicemen had been "
     "flown home.", [(64, "captured")]),
]

HOME_NOT_SWAP = [
    # no exchange told before: coming home is no release
    ("The team is home after the tournament: 23 players and 5 coaches are home.", []),
    ("After the storm passed, 12 fishermen returned home safely.", []),
    # the exchange after the homecoming is not its cause
    ("Some 30 pupils returned home on Friday before the exchange programme began.", []),
]


@pytest.mark.parametrize(("text", "want"), HOME_AFTER_SWAP + HOME_NOT_SWAP)
def test_home_after_swap(text: str, want: list[tuple[int, str]]) -> None:
    assert en_counts(text) == want


def test_home_after_swap_needs_swapped_people() -> None:
    # people no exchange swaps, told home after one
    assert en_counts("Kavran and Dostra exchanged prisoners on Monday. Later 40 pupils "
                     "went home for the holidays.") == []
