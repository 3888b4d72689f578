"""English probes, fifty-seventh round: the twenty-third blind set's casualty and date
families (figures dated 10 March 2015 by ``figures``; dates published on Friday 16 May
2025).

1. A lone month after a noun of a monthly account and "for": "Payments for April will be
   made", "Bookings for June are not affected" name the month, the nearest such month to
   publication whatever the tense (the cycle running). "Support for May", "Votes for May"
   and "a rally for March" (a person, an event's name) stay nothing.
2. Captors described as "armed men" or "masked men" before "took away" / "led away":
   "Armed men ... took away three traders" are captives, as after "gunmen". "Police took
   away two farmers" names no captors; cattle taken are no people. (This look-alike read
   "Soldiers" until the ninety-third round, when the gold of en-27 and en-45 took people
   soldiers "took away" as captives: casualty_soldiers_took.)
3. A crowd with no noun that "fled" somewhere in the simple past: "Some 6,000 fled to the
   hills" is displaced. "Two fled to the river" (a few) and "Some 150 fled the scene" (an
   escape) stay nothing.
4. The wounded brought in or admitted with wounds and no place of care named: "Three
   farmers were brought in with stab wounds". An illness ("admitted with pneumonia") and
   goods "brought in with supplies" stay nothing.

Left (strict xfail): captives named with "the" before their count and "as hostages" at
the end ("left ... with the 3 fishermen as hostages"): "the" before a count usually
refers back to a figure already given, and telling a first mention apart needs the
story's reading. A count after a count of things, its noun left out ("Eleven posts
reported in, 3 missing"): the missing are posts, and the ellipsis is not resolved.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures
from workbench.core.extract import extract

PUBLISHED = "2025-05-16"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED)["dates"]]


MONTH_ACCOUNT: list[tuple[str, list]] = [
    ("Payments for April will be made at the cooperative office.", [("April", "2025-04")]),
    ("Bookings for June are not affected by the closure.", [("June", "2025-06")]),
    ("Salaries for May have still not been paid to the Orlo teachers.", [("May", "2025-05")]),
    ("Rent for March was waived for the families of Kessel.", [("March", "2025-03")]),
]
MONTH_ACCOUNT_LOOKALIKES: list[tuple[str, list]] = [
    ("Support for May grew among the Varn delegates.", []),
    ("Votes for May were counted in Lome.", []),
    ("A rally for March was planned by the Orlo students.", []),
]

ARMED_MEN_CAPTORS: list[tuple[str, list]] = [
    ("Armed men came to the Orlo market and took away three traders.",
     [("took away three traders", "captured", 3, None, "exact", "traders")]),
    ("Masked men led away four herders near Dorvat.",
     [("led away four herders", "captured", 4, None, "exact", "herders")]),
]
ARMED_MEN_CAPTORS_LOOKALIKES: list[tuple[str, list]] = [
    ("Police took away two farmers from Varn.", []),
    ("Armed men took away two cows from Varn.", []),
]

CROWD_FLED_SOMEWHERE: list[tuple[str, list]] = [
    ("Some 6,000 fled to the hills above Kessel.",
     [("Some 6,000 fled", "displaced", 6000, None, "about", None)]),
    ("About 400 fled into the forest after the raid on Varn.",
     [("About 400 fled", "displaced", 400, None, "about", None)]),
]
CROWD_FLED_SOMEWHERE_LOOKALIKES: list[tuple[str, list]] = [
    ("Two fled to the river on motorbikes.", []),
    ("Some 150 fled the scene.", []),
]

CARE_WITHOUT_PLACE: list[tuple[str, list]] = [
    ("Three farmers were brought in with stab wounds after the raid on Varn.",
     [("Three farmers were brought in with stab wounds", "wounded", 3, None, "exact",
       "farmers")]),
    ("Five women were admitted with burns overnight, the Orlo nurse said.",
     [("Five women were admitted with burns", "wounded", 5, None, "exact", "women")]),
]
CARE_WITHOUT_PLACE_LOOKALIKES: list[tuple[str, list]] = [
    ("Three children were admitted with pneumonia.", []),
    ("Two trucks were brought in with supplies.", []),
]


@pytest.mark.parametrize(("text", "expected"), MONTH_ACCOUNT + MONTH_ACCOUNT_LOOKALIKES)
def test_month_of_an_account(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"),
                         ARMED_MEN_CAPTORS + ARMED_MEN_CAPTORS_LOOKALIKES)
def test_armed_men_are_captors(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"),
                         CROWD_FLED_SOMEWHERE + CROWD_FLED_SOMEWHERE_LOOKALIKES)
def test_crowd_fled_somewhere(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), CARE_WITHOUT_PLACE + CARE_WITHOUT_PLACE_LOOKALIKES)
def test_care_without_a_place(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.xfail(strict=True, reason="'the' before a captives' count and 'as hostages' "
                   "after: a first mention is not told from a figure referred back to")
def test_the_captives_as_hostages() -> None:
    assert figures("The raiders left in a boat with the 3 fishermen as hostages.") == [
        ("the 3 fishermen as hostages", "captured", 3, None, "exact", "fishermen")]


@pytest.mark.xfail(strict=True, reason="a count after a count of things with its noun "
                   "left out ('11 posts reported in, 3 missing'): the missing are posts, "
                   "not people; the ellipsis is not resolved")
def test_missing_things_by_ellipsis() -> None:
    assert figures("Eleven posts reported in, 3 missing (Orlo, Varn). Reception was poor.") == []
