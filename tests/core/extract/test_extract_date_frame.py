"""The document's own frame (issue 11): a diary's or a live blog's entries headed by their
day are the day later relative words hang on; a weekday and the date it names are one
expression; a span of years gives both years. Texts are fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def dates(text: str, published: str | None) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


# Published on Friday 9 May 2025.
DIARY = (
    "Notes from a field clinic\n"
    "Published 9 May 2025\n"
    "A nurse in Kessa kept these notes for us.\n"
    "Monday 5 May\n"
    "We treated eleven people today. The shelling stopped at noon.\n"
    "Wednesday 7 May\n"
    "Tonight the generator failed again. Yesterday the convoy did not come.\n"
    "The fuel truck is due on Saturday.\n"
)


def test_a_diary_entry_is_the_day_its_relative_words_hang_on() -> None:
    assert dates(DIARY, "2025-05-09") == [
        ("9 May 2025", "2025-05-09"),
        ("Monday 5 May", "2025-05-05"),
        ("today", "2025-05-05"),
        ("Wednesday 7 May", "2025-05-07"),
        ("Tonight", "2025-05-07"),
        ("Yesterday", "2025-05-06"),
        ("Saturday", "2025-05-10"),
    ]


def test_a_live_blogs_day_heading_and_its_times() -> None:
    text = ("Live: the siege of Kessa\n"
            "Tuesday 6 May\n"
            "09:40 GMT - Rockets hit the port this morning.\n"
            "16:20 GMT - The mayor said the water station was hit yesterday.\n"
            "Thursday 8 May\n"
            "08:05 GMT - The crossing reopened today.\n")
    assert dates(text, "2025-05-09") == [
        ("Tuesday 6 May", "2025-05-06"),
        ("yesterday", "2025-05-05"),
        ("Thursday 8 May", "2025-05-08"),
        ("today", "2025-05-08"),
    ]


def test_a_weekday_alone_on_its_line_heads_an_entry() -> None:
    text = ("Live: the siege of Kessa\n"
            "Tuesday\n"
            "09:40 GMT - The mayor said the water station was hit yesterday.\n"
            "Thursday\n"
            "08:05 GMT - The crossing reopened today.\n")
    assert dates(text, "2025-05-09") == [
        ("Tuesday", "2025-05-06"), ("yesterday", "2025-05-05"),
        ("Thursday", "2025-05-08"), ("today", "2025-05-08")]


def test_entries_across_the_new_year_are_read_from_publication() -> None:
    text = ("Sunday 30 December\nThe clinic closed today.\n"
            "Wednesday 2 January\nWe reopened today.\n")
    assert dates(text, "2019-01-04") == [
        ("Sunday 30 December", "2018-12-30"), ("today", "2018-12-30"),
        ("Wednesday 2 January", "2019-01-02"), ("today", "2019-01-02")]


@pytest.mark.parametrize("heading", [
    "Day 3: Tuesday 6 May", "Tuesday 6 May, 14:05 GMT", "Tuesday 6 May.", "Tuesday 6 May"])
def test_an_entry_heading_may_carry_a_label_or_a_time(heading: str) -> None:
    assert dates(f"{heading}\nWe had no water today.", "2025-05-09") == [
        ("Tuesday 6 May", "2025-05-06"), ("today", "2025-05-06")]


@pytest.mark.parametrize(("text", "expected"), [
    # a date inside a sentence of its own line is no heading
    ("Shelling began on Monday 5 May.\nThe clinic closed today.",
     [("Monday 5 May", "2025-05-05"), ("today", "2025-05-09")]),
    ("Fighting resumed Monday 5 May.\nThe clinic closed today.",
     [("Monday 5 May", "2025-05-05"), ("today", "2025-05-09")]),
    # a weekday alone closing a line is a sentence's day
    ("Shelling began on Monday.\nThe clinic closed today.",
     [("Monday", "2025-05-05"), ("today", "2025-05-09")]),
    # a timeline's entry has its words on the same line
    ("Monday 5 May: shelling begins.\nThe clinic closed today.",
     [("Monday 5 May", "2025-05-05"), ("today", "2025-05-09")]),
    # a heading more than a month before publication is an old record, not the frame
    ("Sunday 2 February\nThe clinic closed today.",
     [("Sunday 2 February", "2025-02-02"), ("today", "2025-05-09")]),
])
def test_what_is_no_entry_heading(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text, "2025-05-09") == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("Week ending Sunday 4 May.", "2025-05-04", [("Sunday 4 May", "2025-05-04")]),
    ("The raid came on Tuesday, May 6, at dawn.", "2025-05-09",
     [("Tuesday, May 6", "2025-05-06")]),
    # without a publication date the year is unknown, the expression still one
    ("The talks open on Monday 12 May.", None, [("Monday 12 May", None)]),
    # a weekday that is not the date's day stays apart (one of the two is wrong)
    ("The raid came on Monday, May 6.", "2025-05-09",
     [("Monday", "2025-05-05"), ("May 6", "2025-05-06")]),
])
def test_a_weekday_and_the_date_it_names_are_one_expression(
        text: str, published: str | None, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text, published) == expected


def test_a_span_of_years_gives_both_years() -> None:
    assert dates("Obituary: Dora Elvir, teacher, 1948-2025", "2025-05-09") == [
        ("1948", "1948"), ("2025", "2025")]
