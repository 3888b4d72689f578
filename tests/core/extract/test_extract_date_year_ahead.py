"""A month or day still to come that lies earlier in the calendar than the publication
date falls in the next year ("will resume in January" in a December report), as the
Arabic engine and the corpus rule ("the next one when the text is about the future")
have it. Sentences are fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def dates(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # Ahead across the new year.
    ("Talks on the prisoner swap will resume in January.", "2024-12-20",
     [("January", "2025-01")]),
    ("The ceasefire will start on 2 January, the mediators said.", "2024-12-30",
     [("2 January", "2025-01-02")]),
    ("The hearing is set for March 3.", "2024-11-15", [("March 3", "2025-03-03")]),
    ("The court adjourned the case to 14 February.", "2024-12-02",
     [("14 February", "2025-02-14")]),
    # Ahead within the year, and the publication's own month, stay in this year.
    ("Elections are due in June.", "2024-03-01", [("June", "2024-06")]),
    ("Talks will resume in December.", "2024-12-20", [("December", "2024-12")]),
    # Without a future cue a month is the latest one, as before.
    ("The siege began in January.", "2024-12-20", [("January", "2024-01")]),
    ("Clashes erupted on 30 December.", "2025-01-02", [("30 December", "2024-12-30")]),
])
def test_a_month_ahead_crosses_the_new_year(text: str, published: str,
                                            expected: list[tuple[str, str | None]]) -> None:
    assert dates(text, published) == expected
