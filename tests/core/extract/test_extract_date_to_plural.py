"""A plural noun after "to" opens no infinitive (from en-111's first measurement): in
"compensation promised to families in April had reached few of them" the month is when the
promise was made, behind an August report, not a plan ahead; a verb after the same words
still looks ahead. Texts are fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

AUGUST = "2026-08-19"


def values(text: str) -> list[str | None]:
    return [d["value"] for d in extract(text, AUGUST)["dates"]]


@pytest.mark.parametrize("text", [
    "The judge said compensation promised to families in April had reached few of them.",
    "The money pledged to relatives in April has not been paid.",
    "Aid promised to residents in April reached the camp too late.",
    "Seed pledged to farmers in April arrived too late for the planting.",
    "Tents promised to its members in April never came, the union said.",
])
def test_a_plural_noun_after_to_leaves_the_month_behind(text: str) -> None:
    assert values(text) == ["2026-04"]


@pytest.mark.parametrize("text", [
    "The minister promised to pay the families in April.",
    "The governor pledged to address the families in April.",
    "The council vowed to discuss the claims in April.",
])
def test_a_verb_after_a_promise_still_looks_ahead(text: str) -> None:
    assert values(text) == ["2027-04"]
