"""English probes, fiftieth round: the family of the seventeenth blind set's date error
(published on Tuesday 12 March 2024).

A present passive of an event with its date is told from the time of writing, as a
timetable's present is, so a month without a year lies ahead of publication: "until repairs
to the wall are completed in August", "the results are announced in April", "until it is
rebuilt in October". The past ("were completed in August"), a present perfect ("have been
issued in February"), a state up to a bound ("is closed until May", read before) and a
recurrence ("every year in June") keep their readings.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2024-03-12"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED)["dates"]]


PRESENT_PASSIVES: list[tuple[str, list]] = [
    ('He added that the service had asked for extra guards at the depot until repairs to the'
     ' wall are completed in August.', [('August', '2024-08')]),
    ('The commission said the results are announced in April.', [('April', '2024-04')]),
    ('Officials said the new ration cards are issued in June, once the lists are checked.',
     [('June', '2024-06')]),
    ('The court heard that the bridge stays closed until it is rebuilt in October.',
     [('October', '2024-10')]),
    ('Elders said the road is reopened in early May.', [('early May', '2024-05')]),
]
PRESENT_PASSIVE_LOOKALIKES: list[tuple[str, list]] = [
    ('Repairs to the wall were completed in August.', [('August', '2023-08')]),
    ('The commission said the results were announced in April.', [('April', '2023-04')]),
    ('The ration cards have been issued in February.', [('February', '2024-02')]),
    ('The road is closed until May.', [('May', '2024-05')]),
    ('Officials said the cards are issued every year in June.', [('June', '2023-06')]),
    # (a headline's present passive tells a past event)
    ('Five soldiers are killed in August ambush\nKESSA (Reuters) - Five soldiers died.',
     [('August', '2023-08')]),
]


@pytest.mark.parametrize(("text", "expected"), PRESENT_PASSIVES)
def test_present_passive_month_lies_ahead(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), PRESENT_PASSIVE_LOOKALIKES)
def test_past_perfect_bound_and_recurrence_keep_their_way(text: str, expected: list) -> None:
    assert dates(text) == expected
