"""English probes, forty-eighth round: the families of the fifteenth blind set's date
errors (published on Wednesday 11 February 2015: the Monday before is 9 February, the one
after 16 February).

6. An abbreviation's full stop inside a date's clause is no end of it: "Buses will leave
   at 6 a.m. on Monday 2 March", "will set off at 10 p.m. Friday", "will meet U.N.
   officials on Friday" look ahead as the clause's "will" says. A past clause keeps its
   day ("attacked the post at 6 a.m. on Monday"), and so does a sentence that ends after
   a clock time or a name ("He arrived at 6 a.m. The attack began on Monday", "Troops will
   leave Kessa. On Monday the talks failed").
7. A clock time written with a colon is one word of the clause, its colon none of a quote
   or a list: "must submit their requests by 17:00 on Saturday", "closes at 16:30 on
   Friday" look ahead. "attacked the post at 14:30 on Saturday" stays behind.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2015-02-11"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED)["dates"]]


ABBREVIATION_STOPS: list[tuple[str, list]] = [
    ('Buses will leave from the square at 6 a.m. on Monday 2 March.',
     [('Monday 2 March', '2015-03-02')]),
    ('Buses will leave at 6 a.m. on Monday.', [('Monday', '2015-02-16')]),
    ('The convoy will set off at 10 p.m. on Friday.', [('Friday', '2015-02-13')]),
    ('The convoy will set off at 10 p.m. Friday.', [('Friday', '2015-02-13')]),
    ('Aid workers will meet U.N. officials on Friday.', [('Friday', '2015-02-13')]),
    ('The team will reach the U.S. embassy on Friday.', [('Friday', '2015-02-13')]),
]
ABBREVIATION_LOOKALIKES: list[tuple[str, list]] = [
    ('Gunmen attacked the post at 6 a.m. on Monday.', [('Monday', '2015-02-09')]),
    ('He arrived at 6 a.m. The attack began on Monday.', [('Monday', '2015-02-09')]),
    ('Troops will leave Kessa. On Monday the talks failed.', [('Monday', '2015-02-09')]),
    ('Buses left the square at 6 a.m. on Monday.', [('Monday', '2015-02-09')]),
]

CLOCK_COLONS: list[tuple[str, list]] = [
    ('Partners must submit their requests by 17:00 on Saturday.',
     [('Saturday', '2015-02-14')]),
    ('Applications should reach the office by 12:00 on Friday.',
     [('Friday', '2015-02-13')]),
    ('Registration closes at 16:30 on Friday.', [('Friday', '2015-02-13')]),
]
CLOCK_LOOKALIKES: list[tuple[str, list]] = [
    ('Gunmen attacked the post at 14:30 on Saturday.', [('Saturday', '2015-02-07')]),
    ('The convoy left at 08:30 on Saturday.', [('Saturday', '2015-02-07')]),
    ('The curfew was lifted at 06:00 on Monday.', [('Monday', '2015-02-09')]),
    # ... read ahead before the round too
    ('The curfew will be lifted at 06:00 on Monday.', [('Monday', '2015-02-16')]),
]


@pytest.mark.parametrize(("text", "expected"), ABBREVIATION_STOPS)
def test_abbreviation_stop_is_no_clause_end(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), ABBREVIATION_LOOKALIKES)
def test_past_clause_or_real_stop_keeps_its_day(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), CLOCK_COLONS)
def test_clock_colon_is_no_clause_stop(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), CLOCK_LOOKALIKES)
def test_clock_time_in_a_past_clause_stays_behind(text: str, expected: list) -> None:
    assert dates(text) == expected
