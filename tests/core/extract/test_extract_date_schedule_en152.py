"""Dates of plans and schedules told without "will" (round en152): a departure, an arrival
or a sitting told in a timetable's present before a single day, an event prepared or
trained for, and a decision's infinitive lie ahead; a past verb, a habit or a past told
after them keeps the day behind. Texts are fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

FRIDAY = "2026-09-18"  # a Friday
WEDNESDAY = "2026-05-27"


def values(text: str, published: str) -> list[str | None]:
    return [d["value"] for d in extract(text, published)["dates"]]


@pytest.mark.parametrize(("text", "want"), [
    ("A first group of 40 flies out from Kessa on Monday and the rest follow on Thursday.",
     ["2026-09-21", "2026-09-24"]),
    ("The court sits again on Wednesday.", ["2026-09-23"]),
    ("The ferry sails for the island on Thursday with 300 returnees.", ["2026-09-24"]),
    ("The tribunal reconvenes on Tuesday to hear the defence.", ["2026-09-22"]),
    ("The relief column sets off from the capital on Sunday.", ["2026-09-20"]),
    ("Peacekeepers withdraw from the buffer zone on Tuesday.", ["2026-09-22"]),
    ("The second round of talks kicks off on Wednesday.", ["2026-09-23"]),
    ("The delegation heads home on 2 October.", ["2026-10-02"]),
])
def test_a_schedule_present_before_a_single_day_looks_ahead(text: str, want: list[str]) -> None:
    assert values(text, FRIDAY) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The first group flew out on Monday and the rest followed on Thursday.",
     ["2026-09-14", "2026-09-17"]),
    ("The court sat again on Wednesday.", ["2026-09-16"]),
    ("The convoy leaves on Tuesday, but it was stopped at the first checkpoint.",
     ["2026-09-15"]),
    ("The move follows a raid on Tuesday near the camp.", ["2026-09-15"]),
    ("Militants set off a car bomb on Sunday near the market.", ["2026-09-13"]),
    ("The army seized land on Monday near the river.", ["2026-09-14"]),
    ("Protesters held a three-day sit-in on Monday.", ["2026-09-14"]),
    ("The court sits every Wednesday.", [None]),
])
def test_a_past_a_habit_or_a_noun_keeps_the_day(text: str, want: list[str | None]) -> None:
    assert values(text, FRIDAY) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Young men training for the army's recruitment drive in July crowd the field.",
     ["2026-07"]),
    ("Villagers are getting ready for the harvest festival in August.", ["2026-08"]),
    ("Children rehearsing for the parade on Saturday marched past the school.",
     ["2026-05-30"]),
    ("Traders stocking up for the festival in July filled the market.", ["2026-07"]),
    ("Officers training for the election on 14 June were issued new radios.",
     ["2026-06-14"]),
])
def test_an_event_prepared_for_lies_ahead(text: str, want: list[str]) -> None:
    assert values(text, WEDNESDAY) == want


@pytest.mark.parametrize(("text", "want"), [
    ("The men who trained for the drive in July were sent home.", ["2025-07"]),
    ("Children rehearsed for the parade on Saturday.", ["2026-05-23"]),
])
def test_a_past_preparation_keeps_its_day(text: str, want: list[str]) -> None:
    assert values(text, WEDNESDAY) == want


@pytest.mark.parametrize(("text", "want"), [
    # (the mandate's end lies after the vote: ahead of publication, unless in the few months
    # just before it)
    ("The Security Council voted last year to end the mission's mandate in December.",
     ["2026-12"]),
    ("The council voted on Tuesday to lift the curfew on Sunday.", ["2026-09-15", "2026-09-20"]),
    ("The cabinet decided last month to hold the census in November.", ["2026-11"]),
    ("The union voted to strike on Tuesday.", ["2026-09-22"]),
    ("The assembly voted on Monday to hold fresh elections in March.",
     ["2026-09-14", "2027-03"]),
])
def test_a_decision_infinitive_looks_ahead_of_the_decision(text: str, want: list[str]) -> None:
    # ("last year", "last month" are read as their own values, which the gold leaves out)
    assert [v for v in values(text, FRIDAY) if v not in ("2025", "2026-08")] == want


@pytest.mark.parametrize(("text", "want"), [
    ("The council voted on Monday to end the curfew, which ended on Wednesday.",
     ["2026-09-14", "2026-09-16"]),
    ("The council voted on Monday to end the curfew.", ["2026-09-14"]),
    ("The union voted to strike on Thursday, and the strike went ahead.", ["2026-09-17"]),
])
def test_the_decision_day_and_an_outcome_stay_behind(text: str, want: list[str]) -> None:
    assert values(text, FRIDAY) == want


def test_a_joined_passive_after_would_looks_ahead() -> None:
    # (one passive: "trained" after "be recruited and" is no past of its own)
    assert values("The commissioner said 200 guards would be recruited and trained by July.",
                  WEDNESDAY) == ["2026-07"]
    assert values("Two men were arrested and charged on Monday.", WEDNESDAY) == ["2026-05-25"]
