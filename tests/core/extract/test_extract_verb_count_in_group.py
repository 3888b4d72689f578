"""A past verb followed by a count ends the group of an earlier "one" ("Inmates in one
housing unit took two guards hostage" gave captured 1, group "housing unit took two
guards", in the fifty-seventh English set's first measurement).
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _figures(text: str) -> list[tuple[str, int | None]]:
    return [(c["outcome"], c["count_low"]) for c in extract(text, "2025-03-01")["casualties"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Inmates in one housing unit took two guards hostage at about 11:00.", [("captured", 2)]),
    ("Gunmen in one car took three workers hostage near the mine.", [("captured", 3)]),
    ("Militants in one village took 12 people hostage, police said.", [("captured", 12)]),
])
def test_the_count_after_the_verb_is_the_figure(text: str, expected: list) -> None:
    assert _figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Prisoners in one wing took a guard hostage.", [("captured", 1)]),
    ("Inmates took two guards hostage.", [("captured", 2)]),
    ("One soldier was killed and two were wounded.", [("killed", 1), ("wounded", 2)]),
])
def test_figures_that_were_right_stay(text: str, expected: list) -> None:
    assert _figures(text) == expected
