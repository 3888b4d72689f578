"""One of a group named after the comma that closes a quote's inverted verb speaks by name
(issue 11; briefed from en-143): '"...," said one of them, Fatou Jallow.' gave "one of them"
(or the group it was rewritten to), as '"...," said her neighbour, Saw Doe Meh.' gives the
neighbour's name. Without a name after the comma the share still speaks. Every sentence is
fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def speakers(text: str) -> list[str | None]:
    return [s["speaker"] for s in extract(text, "2026-05-01", language="en")["statements"]]


@pytest.mark.parametrize(("text", "want"), [
    ('Relatives held photographs outside the court. "My brother never came out," said one of'
     " them, Fatou Jallow.", ["Fatou Jallow"]),
    ('"We waited ten years," said one of the mothers, Aminata Diallo.', ["Aminata Diallo"]),
    ('"Bring them home," said another of the women, Awa Ceesay.', ["Awa Ceesay"]),
    ('"The cells had no light," said one of the freed men, Corporal Ilko Marchuk.',
     ["Corporal Ilko Marchuk"]),
])
def test_one_of_a_group_named_after_the_comma_speaks_by_name(text: str, want: list) -> None:
    assert speakers(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ('"We waited ten years," said one of them.', ["one of them"]),
    ('"It was cold," said one of them, a teacher from Kessa.', ["one of them"]),
    ('"We left at dawn," said one of the drivers, who asked not to be named.',
     ["one of the drivers"]),
])
def test_without_a_name_the_share_still_speaks(text: str, want: list) -> None:
    assert speakers(text) == want
