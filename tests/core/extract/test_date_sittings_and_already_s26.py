"""Two date directions (issue 11, briefed from en-140 and en-141): a chamber's or a court's
sitting told in the present before its day lies ahead ("The Senate takes up the budget on
Tuesday"), and a participle after "already" is done by its date even when a modal governs
the clause ("would be found in a budget already cut ... in June"). Texts are fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

THURSDAY = "2026-11-26"  # a Thursday


def values(text: str) -> list[str | None]:
    return [d["value"] for d in extract(text, THURSDAY, language="en")["dates"]]


@pytest.mark.parametrize(("text", "want"), [
    ("The Senate takes up the budget on Tuesday.", ["2026-12-01"]),
    ("The upper house takes up the fence bill again on Monday.", ["2026-11-30"]),
    ("Lawmakers take up the amended motion on Wednesday.", ["2026-12-02"]),
    ("The appeals chamber hears the defence on Monday.", ["2026-11-30"]),
    ("MPs debate the emergency powers on Tuesday.", ["2026-12-01"]),
    ("The county assembly debates the levy on Friday, the speaker said.", ["2026-11-27"]),
])
def test_a_sitting_told_in_the_present_looks_ahead(text: str, want: list[str]) -> None:
    assert values(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The Senate took up the budget on Tuesday.", ["2026-11-24"]),
    ("The appeals chamber heard the defence on Monday.", ["2026-11-23"]),
    ("The debate on Tuesday ended without a vote.", ["2026-11-24"]),
    ("Two debates on Tuesday ended in uproar.", ["2026-11-24"]),
    ("The hearing on Monday heard from four witnesses.", ["2026-11-23"]),
])
def test_a_past_sitting_or_a_noun_stays_behind(text: str, want: list[str]) -> None:
    assert values(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The money would be found in a budget already cut by a tenth in June.", ["2026-06"]),
    ("Aid will go to a district already hit twice by floods in August.", ["2026-08"]),
    ("The commission would reopen a road already shut by the army in May.", ["2026-05"]),
    ("Families would return to homes already broken into in March.", ["2026-03"]),
])
def test_a_participle_after_already_is_done_by_its_date(text: str, want: list[str]) -> None:
    assert values(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The plan would already cut spending in June.", ["2027-06"]),
    ("The camp will already be full in June.", ["2027-06"]),
    ("Supplies already run low by March.", ["2027-03"]),
    ("The ministry plans to already shut the crossing in March.", ["2027-03"]),
])
def test_a_plan_or_a_present_after_already_looks_ahead(text: str, want: list[str]) -> None:
    assert values(text) == want
