"""English probes, forty-ninth round: the families of the sixteenth blind set's date
errors (published on Tuesday 12 March 2024).

1. A year a thing is traced back to: "a feud over a well that dates back to 1998", "goes
   back to 2004", "traced back to 2011" are years. A count after "to" ("The death toll
   rose to 1998", "fell back to 1998") stays no date.
2. An earlier value set against the clause's own, dated by a month: "will be quoted at
   0.7 percent, against 0.05 percent before November", "up from 3 dollars in November",
   "down from 12 kg in November" look back, whatever the tense of the clause. A month
   with no earlier value ("will resume in November", "will meet against all odds in
   November", "will rise from 3 dollars in November") keeps looking ahead.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2024-03-12"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED)["dates"]]


ORIGIN_YEARS: list[tuple[str, list]] = [
    ('The two clans signed a truce in a feud over a well that dates back to 1998.',
     [('1998', '1998')]),
    ('The quarrel over the grazing land, which goes back to 2004, closed the road.',
     [('2004', '2004')]),
    ('Tensions in the valley traced back to 2011 remain high.', [('2011', '2011')]),
    ('The dispute between the villages of Mersa and Tolbi dated back to 1987.',
     [('1987', '1987')]),
]
ORIGIN_LOOKALIKES: list[tuple[str, list]] = [
    ('The death toll rose to 1998 on Tuesday.', [('Tuesday', '2024-03-12')]),
    ('The number of registered voters fell back to 1998 in Kessa.', []),
]

EARLIER_VALUES: list[tuple[str, list]] = [
    ('With immediate effect, the surcharge will be quoted at 0.7 percent of the cargo'
     ' value, against 0.05 percent before November.', [('November', '2023-11')]),
    ('Bus fares to Kessa will rise to 5 dollars, up from 3 dollars in November.',
     [('November', '2023-11')]),
    ('The monthly ration will be cut to 8 kg, down from 12 kg in November.',
     [('November', '2023-11')]),
    # ... a member read before the round (a present clause)
    ('The levy is now 2 percent, compared with 1 percent until October.',
     [('October', '2023-10')]),
]
EARLIER_LOOKALIKES: list[tuple[str, list]] = [
    ('The talks on the Tolbi dam will resume in November.', [('November', '2024-11')]),
    ('The committee will meet against all odds in November.', [('November', '2024-11')]),
    ('Bus fares will rise from 3 dollars in November.', [('November', '2024-11')]),
    ('Fees will rise to 5 dollars in November.', [('November', '2024-11')]),
]


@pytest.mark.parametrize(("text", "expected"), ORIGIN_YEARS)
def test_year_traced_back_to_is_a_date(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), ORIGIN_LOOKALIKES)
def test_count_after_to_stays_no_date(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), EARLIER_VALUES)
def test_earlier_value_month_lies_behind(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), EARLIER_LOOKALIKES)
def test_month_without_earlier_value_keeps_its_way(text: str, expected: list) -> None:
    assert dates(text) == expected
