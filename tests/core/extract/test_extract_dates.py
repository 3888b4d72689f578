"""Date expressions and their resolution (fictional sentences)."""

from __future__ import annotations

from workbench.core.extract import extract


def dates(text: str, published: str | None = None) -> list[tuple[str, str | None, str]]:
    return [(d["text"], d["value"], d["precision"]) for d in extract(text, published)["dates"]]


def test_explicit_dates_without_publication() -> None:
    text = "The talks opened on Sept. 7, 2004 and resumed in March 2011, after 1994."
    assert dates(text) == [
        ("Sept. 7, 2004", "2004-09-07", "day"),
        ("March 2011", "2011-03", "month"),
        ("1994", "1994", "year"),
    ]


def test_unresolvable_without_publication_is_null() -> None:
    text = "Fighting resumed on January 20 and again on Monday, officials said yesterday."
    assert dates(text) == [
        ("January 20", None, "day"),
        ("Monday", None, "day"),
        ("yesterday", None, "day"),
    ]


def test_relative_dates_resolved_against_publication() -> None:
    # 2016-09-10 is a Saturday.
    text = "The strike hit on Thursday and the mayor spoke yesterday about last week."
    assert dates(text, "2016-09-10") == [
        ("Thursday", "2016-09-08", "day"),
        ("yesterday", "2016-09-09", "day"),
        ("last week", "2016-08-29", "week"),
    ]


def test_weekday_same_day_and_future() -> None:
    text = "Shelling began on Saturday. A truce will start on Monday."
    assert dates(text, "2016-09-10") == [
        ("Saturday", "2016-09-10", "day"),
        ("Monday", "2016-09-12", "day"),
    ]


def test_month_later_than_publication_is_previous_year() -> None:
    text = "The siege began in December and ended in late February; last September was calm."
    assert dates(text, "2017-04-16") == [
        ("December", "2016-12", "month"),
        ("late February", "2017-02", "month"),
        ("last September", "2016-09", "month"),
    ]


def test_day_month_and_ago() -> None:
    text = "Envoys met on August 24 and two days ago in the capital."
    assert dates(text, "2016-09-05") == [
        ("August 24", "2016-08-24", "day"),
        ("two days ago", "2016-09-03", "day"),
    ]


def test_numbers_that_are_not_years() -> None:
    assert dates("More than 2000 people fled and 1,998 returned.") == []


def test_dateline_form() -> None:
    assert dates("Tue 12 Mar 2019 Blast in the north.") == [
        ("Tue 12 Mar 2019", "2019-03-12", "day")
    ]
