"""Wire-news date expressions, probed with fictional sentences (issue 11).

Spans and values follow shared/corpus/README.md: an expression is annotated when it
holds a month, a weekday, a four-digit year or today / yesterday / tonight, without its
preposition. The publication date of every probe is Tuesday 2015-03-10.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2015-03-10"


def dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


# Forms read right before this change: kept so they stay right.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The attack happened on the night of March 3.", [("March 3", "2015-03-03")]),
        # The corpus annotates the weekday alone ("early Thursday" -> "Thursday").
        ("Early Tuesday, gunmen attacked the post.", [("Tuesday", "2015-03-10")]),
        ("The raid took place on Sunday night.", [("Sunday", "2015-03-08")]),
        ("Last Friday's attack killed two guards.", [("Last Friday", "2015-03-06")]),
        ("Sunday's blast wounded nine.", [("Sunday", "2015-03-08")]),
        ("The strike was carried out at dawn Thursday.", [("Thursday", "2015-03-05")]),
        # the weekday names the date after it (3 March 2015 was a Tuesday)
        ("The attack came on Tuesday, March 3.",
         [("Tuesday, March 3", "2015-03-03")]),
        ("The bombing on Friday, March 6, 2015, killed ten.",
         [("Friday, March 6, 2015", "2015-03-06")]),
        ("In the summer of 2014, the rebels advanced.", [("summer of 2014", "2014")]),
        ("The ceasefire of February 27 held until April.",
         [("February 27", "2015-02-27"), ("April", "2014-04")]),
    ],
)
def test_wire_dates_already_read(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A part of a year, like "late February" for a month.
        ("The plant is due to open in mid-2015.", [("mid-2015", "2015")]),
        ("The truce was signed in early 2016.", [("early 2016", "2016")]),
        ("Rebels took Sarn in late 2013 and lost it at the end of 2014.",
         [("late 2013", "2013"), ("the end of 2014", "2014")]),
        # A span of days: the whole span, valued at its first day.
        ("Talks were held March 3-5 in Geneva.", [("March 3-5", "2015-03-03")]),
        ("The talks ran from March 3 to 5.", [("March 3 to 5", "2015-03-03")]),
        ("Talks ran March 3-5, 2014, in Vell.", [("March 3-5, 2014", "2014-03-03")]),
        # ... but "to 5" before a counted noun is a count, not a day.
        ("On March 3 to 5 civilians died.", [("March 3", "2015-03-03")]),
        # Numeric dates: a day is known only when one part exceeds 12 or both are equal.
        ("The letter was dated 3/4/2015.", [("3/4/2015", "2015")]),
        ("It was dated 23/4/2015, then 4/23/2015.",
         [("23/4/2015", "2015-04-23"), ("4/23/2015", "2015-04-23")]),
        ("The order of 4/4/2015 was revoked.", [("4/4/2015", "2015-04-04")]),
    ],
)
def test_wire_dates_fixed(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


def test_year_parts_resolve_without_a_publication_date() -> None:
    assert dates("The truce was signed in early 2016.", None) == [("early 2016", "2016")]


@pytest.mark.parametrize(
    "text",
    [
        # No month, weekday, four-digit year or today/yesterday/tonight: not annotated.
        "The bodies were found the following day.",
        "Two weeks later, the rebels withdrew.",
        "Gunmen attacked the post this morning.",
        "Shelling continued overnight.",
        # A decade is no single year (and the corpus leaves out "'90s").
        "The militia was formed in the 1990s.",
    ],
)
def test_not_dates(text: str) -> None:
    assert dates(text) == []
