"""Date leftovers of the twenty-fifth session (issue 11): a year named after "of" and a noun
of fighting, attacks or a disaster is that year, as after "war" or "massacre" ("a front line
during the fighting of 2019 and 2020", "the floods of 1998", "the battle of 1916"; briefed
from en-139); a count of people after such a noun stays a count ("the attack of 2000
fighters").

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

_PUBLISHED = "2026-05-01"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, _PUBLISHED)["dates"]]


@pytest.mark.parametrize(("text", "want"), [
    ("The road was a front line during the fighting of 2019 and 2020, a spokesman said.",
     [("2019", "2019"), ("2020", "2020")]),
    ("The school was shelled during the fighting of 2019.", [("2019", "2019")]),
    ("The floods of 1998 washed the mines downstream.", [("1998", "1998")]),
    ("The battle of 1916 left the hills full of shells.", [("1916", "1916")]),
    ("Since the earthquake of 2023 the clinic has been closed.", [("2023", "2023")]),
    ("Villagers still speak of the clashes of 2011.", [("2011", "2011")]),
])
def test_a_year_after_a_noun_of_fighting_or_disaster_is_a_date(
        text: str, want: list[tuple[str, str]]) -> None:
    assert dates(text) == want


@pytest.mark.parametrize("text", [
    "The clashes of 2000 people with police were ended by nightfall.",
    "The attack of 2000 fighters on the town failed.",
    "During the fighting of 2000 men against 300, the fort fell.",
])
def test_a_count_of_people_after_such_a_noun_stays_a_count(text: str) -> None:
    assert dates(text) == []
