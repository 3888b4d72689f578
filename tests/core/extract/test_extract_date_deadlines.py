"""Deadlines and plans that never happened: which way their dates point. A deadline lies
after the act that set it, whatever that act's tense; a plan told in a past frame points
back when its clause says how it turned out; a present expectation looks ahead over its
object. Sentences are fictional; unless a case says otherwise each is dated by a report
published on Wednesday 20 November 2024, so "Friday" is 22 November looking ahead and 15
November looking back, "March" is March 2025 ahead and March 2024 behind."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2024-11-20"


def dates(text: str, published: str = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # a deadline granted by a past verb lies after the act that granted it
    ("The commander gave the militia until Friday to withdraw from the valley.", PUBLISHED,
     [("Friday", "2024-11-22")]),
    ("Soldiers told residents of Kessa they had until Sunday to leave their homes.",
     PUBLISHED, [("Sunday", "2024-11-24")]),
    ("The tribal council granted the fighters until Saturday to hand over the prisoners.",
     PUBLISHED, [("Saturday", "2024-11-23")]),
    ("The governor gave the armed groups until March to leave the city.", PUBLISHED,
     [("March", "2025-03")]),
    # a named deadline: the date is ahead of the act, so ahead of publication or just
    # before it
    ("The council set a deadline of March 3 for the militias to hand over their weapons.",
     "2024-02-20", [("March 3", "2024-03-03")]),
    ("The ministry set a deadline of 10 January for the return of the seized trucks.",
     PUBLISHED, [("10 January", "2025-01-10")]),
    ("The rebels issued an ultimatum until Friday for the release of their commander.",
     PUBLISHED, [("Friday", "2024-11-22")]),
    # a deadline in a report filed soon after it: the month just before publication
    ("The governor gave the armed groups until October to leave the city.", PUBLISHED,
     [("October", "2024-10")]),
    # a plan told as past: the words after the date say it never happened (or did)
    ("Talks that were due to start in March never took place.", PUBLISHED,
     [("March", "2024-03")]),
    ("A vote that was scheduled for April did not take place after the shelling.",
     PUBLISHED, [("April", "2024-04")]),
    ("The prisoner exchange planned for Friday went ahead despite the rain.", PUBLISHED,
     [("Friday", "2024-11-15")]),
    # a present expectation over its object looks ahead
    ("Aid officials expect the convoy to reach the camp on Friday.", PUBLISHED,
     [("Friday", "2024-11-22")]),
    ("Engineers expect the bridge to reopen in February.", PUBLISHED,
     [("February", "2025-02")]),
])
def test_deadlines_and_plans_point_the_right_way(
        text: str, published: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # look-alikes that keep their direction: a span told as past
    # ("The curfew was extended until Friday" looks ahead since the forty-second round:
    # an extension sets a new end after the act, test_extract_probes_s42_dates.py)
    ("The curfew stayed in force until Friday, the army said.", [("Friday", "2024-11-15")]),
    ("The journalist was held until Friday and then released without charge.",
     [("Friday", "2024-11-15")]),
    ("The town had stayed calm until Sunday, when the shelling resumed.",
     [("Sunday", "2024-11-17")]),
    ("The militia stayed in the village until March.", [("March", "2024-03")]),
    # a deadline that the words after say came and went
    ("The deadline of Friday passed without a single weapon handed over.",
     [("Friday", "2024-11-15")]),
    ("The militias missed a deadline of 3 March to hand over their heavy weapons.",
     [("3 March", "2024-03-03")]),
    ("The army allowed aid trucks in until Friday, when the crossing closed.",
     [("Friday", "2024-11-15")]),
    ("The town had until Sunday been spared the shelling.", [("Sunday", "2024-11-17")]),
    # a plan whose clause says nothing of how it turned out keeps looking ahead
    ("Talks are due to start in March.", [("March", "2025-03")]),
    ("The envoy said talks would start in March and never again be delayed.",
     [("March", "2025-03")]),
    # a past verb nearest the date keeps it behind, whatever granted before
    ("The army gave the order and attacked the town in March.", [("March", "2024-03")]),
])
def test_look_alikes_keep_their_direction(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


# (read since the forty-sixth round: an outcome in a contrast after the comma, "but it never
# came", tells the plan from a past frame)
def test_expectation_told_as_past_with_its_outcome_after_a_comma() -> None:
    assert dates("The villagers expected the convoy in March, but it never came.") == [
        ("March", "2024-03")]
