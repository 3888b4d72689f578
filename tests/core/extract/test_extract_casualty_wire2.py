"""Bulletin and wire casualty forms of issue 11, second round, probed with fictional
sentences (places and names are invented; nothing is copied from the corpus).

Each case asserts the exact span, outcome, counts, qualifier and group of every
figure, following the corpus rules (shared/corpus/README.md).
"""

from __future__ import annotations

import pytest

from tests.extract_probes import Figure, figures
from workbench.core.extract import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bulletin label names the outcome of the list after it.
        ("KILLED: 12 soldiers, 3 civilians.",
         [("KILLED: 12 soldiers", "killed", 12, None, "exact", "soldiers"),
          ("3 civilians", "killed", 3, None, "exact", "civilians")]),
        ("WOUNDED: 40 people",
         [("WOUNDED: 40 people", "wounded", 40, None, "exact", "people")]),
        ("Death toll: 31",
         [("Death toll: 31", "killed", 31, None, "exact", None)]),
        # A gapped clause keeps the outcome of the clause before it.
        ("Nine were killed in Sarn, seven in Vell and four in Tosk.",
         [("Nine were killed", "killed", 9, None, "exact", None),
          ("seven", "killed", 7, None, "exact", None),
          ("four", "killed", 4, None, "exact", None)]),
        ("Five soldiers were wounded in Hadra and two civilians in Morr.",
         [("Five soldiers were wounded", "wounded", 5, None, "exact", "soldiers"),
          ("two civilians", "wounded", 2, None, "exact", "civilians")]),
        ("Gunmen killed six people in Arno and three in Belt.",
         [("killed six people", "killed", 6, None, "exact", "people"),
          ("three", "killed", 3, None, "exact", None)]),
        # "Another" counts one person.
        ("Another soldier was killed on Tuesday.",
         [("Another soldier was killed", "killed", 1, None, "exact", "soldier")]),
        ("Another three soldiers were killed near Orsa.",
         [("three soldiers were killed", "killed", 3, None, "exact", "soldiers")]),
        ("Among the dead were 12 soldiers and a driver.",
         [("dead were 12 soldiers", "killed", 12, None, "exact", "soldiers"),
          ("a driver", "killed", 1, None, "exact", "driver")]),
        ("The blast wounded another policeman near the gate.",
         [("wounded another policeman", "wounded", 1, None, "exact", "policeman")]),
        # An official finding before "dead" is no victim noun.
        ("Fifteen confirmed dead after raid on Orvel",
         [("Fifteen confirmed dead", "killed", 15, None, "exact", None)]),
        ("Eight presumed dead after the ferry attack.",
         [("Eight presumed dead", "killed", 8, None, "exact", None)]),
        ("Three were later pronounced dead at the hospital.",
         [("Three were later pronounced dead", "killed", 3, None, "exact", None)]),
        # Death from wounds received in the attack.
        ("Two soldiers later succumbed to their wounds.",
         [("Two soldiers later succumbed to their wounds", "killed", 2, None, "exact",
           "soldiers")]),
        ("A policeman succumbed to wounds on Monday.",
         [("A policeman succumbed to wounds", "killed", 1, None, "exact", "policeman")]),
    ],
)
def test_bulletin_forms(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


# Forms that were already right when this round was probed: kept so they stay right.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Another 20 were wounded in the blast.",
         [("20 were wounded", "wounded", 20, None, "exact", None)]),
        ("Casualties: 4 dead, 11 hurt.",
         [("4 dead", "killed", 4, None, "exact", None),
          ("11 hurt", "wounded", 11, None, "exact", None)]),
        ("Bomb in Tarsk leaves 6 dead, 20 hurt",
         [("6 dead", "killed", 6, None, "exact", None),
          ("20 hurt", "wounded", 20, None, "exact", None)]),
        ("Police recovered the bodies of 13 men near Dovan.",
         [("bodies of 13 men", "killed", 13, None, "exact", "men")]),
    ],
)
def test_kept_forms(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


def test_year_after_gapped_list_is_no_count() -> None:
    assert figures("Three people were killed in Sarn, 2014 in Vell.") == [
        ("Three people were killed", "killed", 3, None, "exact", "people")]


def test_another_alone_is_no_person() -> None:
    assert figures("The two sides blamed one another for the killings.") == []


def test_decade_is_no_date() -> None:
    # README: a date needs a four-digit year, and "'90s" is left out; a decade is no year.
    assert extract("The unrest of the 1990s left the town scarred.", "2015-03-10")[
        "dates"] == []
