"""A month that is a writer's or a speaker's given name is no date.

A byline ("By April Mendez", "BY APRIL MENDEZ" on a line of its own) stood above every
report its writer filed, and the capitals rule read it as a month in each; a title in
lower case before the name ("said spokeswoman April Mendez", as wire copy writes it)
was read as the month too, since only a capitalised word before the name was looked at.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2026-06-15"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED)["dates"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("By April Mendez\nKESSA, June 14 (Northgate Wire) - Mortar fire hit the depot.",
     [("June 14", "2026-06-14")]),
    ("BY APRIL MENDEZ\nMortar fire hit the depot in Kessa on Sunday.",
     [("Sunday", "2026-06-14")]),
    ("The convoy was turned back, said spokeswoman April Mendez.", []),
    ("UN envoy June Park said the crossing had reopened.", []),
])
def test_a_given_name_is_no_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("TROOPS TO LEAVE KESSA BY JUNE", [("JUNE", "2026-06")]),
    ("By June, the camp held 9,000 people.", [("June", "2026-06")]),
    ("The depot was shelled in April, the army said.", [("April", "2026-04")]),
    ("Fighting resumed in April Kessa's council said.", [("April", "2026-04")]),
    ("Talks were postponed until August Officials said.", [("August", "2026-08")]),
])
def test_a_month_before_a_name_after_a_date_word_stays_a_month(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected
