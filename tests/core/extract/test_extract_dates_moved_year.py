"""English date probes from the seventy-fourth blind set's two date errors (a Wednesday
story, 2 December 2026), each as a family of news wording.

1. A year an end is moved to: "to" before a year otherwise reads like a count's ("the
   toll rose to 2027"), but after a verb or noun of postponing, delaying or extending
   ("postponed the vote to 2027", "the postponement of local elections to 2027") it is
   the year. Counts stay counts ("rose to 2027", "sent to 2027 families").
2. A past verb with a place adverb before "through" and a weekday ("waited outside the
   gates through Tuesday") is a past, like "raged in the city through Tuesday"; a state
   told ahead ("will stay closed through Tuesday") keeps the coming day.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2026-12-02"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED)["dates"]]


MOVED_YEAR: list[tuple[str, list]] = [
    ("Opposition parties protested against the postponement of local elections to 2027.",
     [("2027", "2027")]),
    ("The council vote was postponed to 2027.", [("2027", "2027")]),
    ("The mission's mandate was extended to 2028 on Monday.",
     [("2028", "2028"), ("Monday", "2026-11-30")]),
    ("Parliament delayed the census to 2029.", [("2029", "2029")]),
]
MOVED_YEAR_LOOKALIKES: list[tuple[str, list]] = [
    ("The toll from the floods rose to 2027.", []),
    ("Food parcels were sent to 2027 families in the camp.", []),
]
PAST_THROUGH_DAY: list[tuple[str, list]] = [
    ("Dozens of relatives waited outside the prison gates through Tuesday for news.",
     [("Tuesday", "2026-12-01")]),
    ("Relatives waited there through Tuesday.", [("Tuesday", "2026-12-01")]),
    ("Families camped nearby through Monday.", [("Monday", "2026-11-30")]),
]
AHEAD_THROUGH_DAY: list[tuple[str, list]] = [
    ("The road will stay closed through Tuesday.", [("Tuesday", "2026-12-08")]),
    ("Schools stay shut through Friday.", [("Friday", "2026-12-04")]),
]


@pytest.mark.parametrize(("text", "expected"), MOVED_YEAR + MOVED_YEAR_LOOKALIKES)
def test_a_year_an_end_is_moved_to(text, expected):
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), PAST_THROUGH_DAY + AHEAD_THROUGH_DAY)
def test_a_past_with_a_place_adverb_through_a_weekday(text, expected):
    assert dates(text) == expected
