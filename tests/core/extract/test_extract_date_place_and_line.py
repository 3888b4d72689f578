"""A month that names a place, and a year-like number that opens a vanity phone line.

A fresh blind set read the place "August Town" (a district of Kingston) as a month twice
and the free line "1800-DELITO" as the year 1800. A month before a capitalised noun of a
place ("Town", "Street", "Square") is the place's name; the same month after a
preposition of time, or before the noun in lower case, stays a month. A four-digit
number joined by a hyphen to a word in capitals is a phone line spelled in letters.
Every sentence is fictional; the report is published on Tuesday 21 April 2026.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2026-04-21"


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED, "en")["dates"]]


@pytest.mark.parametrize("text", [
    "August Town marks a year without a gang killing.",
    "Residents of August Town said the curfew had been lifted.",
    "A bus was set alight on March Street, witnesses said.",
    "Police sealed off May Square after the shooting.",
    "Gunmen fired on a bar in June Village, officials said.",
    "AUGUST TOWN MARKS A YEAR WITHOUT A KILLING",
])
def test_a_month_that_names_a_place_is_no_date(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting resumed in August. Town officials fled.", [("August", "2025-08")]),
    ("The market reopened in March, town officials said.", [("March", "2026-03")]),
    ("Since August town officials have fled.", [("August", "2025-08")]),
    ("Until August Town Hall staff worked from home.", [("August", "2025-08")]),
])
def test_the_month_before_a_lower_case_noun_or_after_a_time_preposition_stays_a_month(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize("text", [
    "Report extortion through the free line 1800-DELITO.",
    "Call 1800-VICTIMA to report a missing relative.",
    "Call 1800-335-486 to report a missing relative.",
])
def test_a_phone_line_spelled_in_letters_is_no_year(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The town was founded in 1800.", [("1800", "1800")]),
    ("The 1998-2003 war left the town empty.", [("1998", "1998"), ("2003", "2003")]),
])
def test_years_stay_years(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected
