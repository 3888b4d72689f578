"""Animals caught or culled are no casualty figure ("Police rounded up 20 stray dogs" gave
20 arrested; found by the review of English rounds 119 and 120). People rounded up stay
the arrested."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _figures(text: str) -> list[tuple[str, int]]:
    return [(c["outcome"], c["count_low"]) for c in extract(text, None, "en")["casualties"]]


@pytest.mark.parametrize("text", [
    "Police rounded up 20 stray dogs.",
    "Officials said 300 chickens were killed to stop the outbreak.",
    "Villagers said the raiders took away 40 pigs.",
])
def test_animals_are_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Police rounded up 20 protesters.", [("arrested", 20)]),
    ("Police rounded up dozens of suspects.", [("arrested", 24)]),
])
def test_people_rounded_up_stay_the_arrested(text: str, expected: list[tuple[str, int]]) -> None:
    assert _figures(text) == expected
