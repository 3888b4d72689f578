"""English probes, fifty-first round: the families of the eighteenth blind set's date
errors (published on Friday 18 June 2021).

1. A year after "a" before a noun that can count people: "a 2009 police report" is a
   report of 2009 ("a" counts no plural). "More than 2009 police" and "The 2009 police
   officers" stay counts.
2. A week's hours: two weekdays joined by "to" or "through" beside a span of clock times
   ("open from 8 am to 6 pm, Monday to Saturday") name every week and resolve to no day
   (dates of no value since the recurrences round: ``test_extract_date_names.py``).
   Days of one week ("will run from Monday to Friday"), a curfew's span and a later
   clock time stay dates.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2021-06-18"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED)["dates"]]


YEAR_AFTER_A: list[tuple[str, list]] = [
    ('Counsel read into the record a 2009 police report that gave the number of dead.',
     [('2009', '2009')]),
    ('Lawyers for the families cited a 2014 refugees survey.', [('2014', '2014')]),
]
YEAR_AFTER_A_LOOKALIKES: list[tuple[str, list]] = [
    ('More than 2009 police were deployed in Kessa.', []),
    ('The 2009 police officers were paid on time.', []),
    ('Counsel read a 2009 army report.', [('2009', '2009')]),
]
WEEK_HOURS: list[tuple[str, list]] = [
    ('The hotline is open from 8 am to 6 pm, Monday to Saturday.',
     [('Monday', None), ('Saturday', None)]),
    ('The office in Tessa opens Monday through Friday, 9 am to 5 pm.',
     [('Monday', None), ('Friday', None)]),
]
WEEK_HOURS_LOOKALIKES: list[tuple[str, list]] = [
    ('The talks will run from Monday to Friday.',
     [('Monday', '2021-06-21'), ('Friday', '2021-06-25')]),
    ('The curfew runs from 6 pm Monday to 6 am Tuesday.',
     [('Monday', '2021-06-14'), ('Tuesday', '2021-06-15')]),
    ('Fighting raged from Monday to Wednesday, a doctor said at 6 pm.',
     [('Monday', '2021-06-14'), ('Wednesday', '2021-06-16')]),
]


@pytest.mark.parametrize(("text", "expected"), YEAR_AFTER_A)
def test_year_after_a_is_a_date(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), YEAR_AFTER_A_LOOKALIKES)
def test_counts_and_other_years_keep_their_reading(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), WEEK_HOURS)
def test_week_hours_name_no_day(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), WEEK_HOURS_LOOKALIKES)
def test_days_of_one_week_stay_dates(text: str, expected: list) -> None:
    assert dates(text) == expected
