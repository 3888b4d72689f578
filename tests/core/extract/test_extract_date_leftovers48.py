"""English date leftovers after the forty-seventh round, written from no blind set.

1. A day of the month written as an ordinal word, as speech, letters and some regional
   copy write it: "the fifth of March", "March the fifth", "March fifth", "the
   twenty-third of April 2016". Before, "the fifth of March" was the month alone (the
   wrong value for a day) and "March fifth" nothing. The look-alikes keep their readings:
   an ordinal with no month ("the fifth of the soldiers", "the third of next month"),
   "march" as a verb, a month after "in" with an adverb after it ("announced in March
   first").
2. A weekday counted in weeks, as British and Commonwealth copy writes it: "the Sunday
   before last", "Monday week", "two Fridays ago" were the nearest such day, a week off.
   "Monday, a week ago", "Sunday weekend", "Monday week-long", "Tuesday before dawn" and
   "the Sunday before last year's election" keep their readings.

Every sentence is fictional and written for these tests; published Tuesday 10 March 2015.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

_PUBLISHED = "2015-03-10"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, _PUBLISHED)["dates"]]


ORDINAL_DAYS: list[tuple[str, list]] = [
    ("The attack came on the fifth of March, residents said.",
     [("fifth of March", "2015-03-05")]),
    ("The attack came on March fifth, residents said.", [("March fifth", "2015-03-05")]),
    ("The attack came on March the fifth, residents said.",
     [("March the fifth", "2015-03-05")]),
    ("The talks open on the twenty-third of April 2016.",
     [("twenty-third of April 2016", "2016-04-23")]),
    ("The treaty was signed on March the twenty-first, 2014.",
     [("March the twenty-first, 2014", "2014-03-21")]),
    ("The vote took place on May first.", [("May first", "2014-05-01")]),
    ("He was seized on the first of February.", [("first of February", "2015-02-01")]),
]
ORDINAL_DAY_LOOKALIKES: list[tuple[str, list]] = [
    ("The fifth of the soldiers was killed.", []),
    ("Protesters will march first to the square.", []),
    ("Talks resume on the third of next month.", [("next month", "2015-04")]),
    ("The plan was announced in March first and confirmed in May.",
     [("March", "2015-03"), ("May", "2014-05")]),
    # read before: the day in digits
    ("The bodies were found on the 5th of March.", [("5th of March", "2015-03-05")]),
    ("The attack came on March 5, residents said.", [("March 5", "2015-03-05")]),
]


@pytest.mark.parametrize(("text", "expected"), [
    *(pytest.param(t, e, id=f"member:{t[:40]}") for t, e in ORDINAL_DAYS),
    *(pytest.param(t, e, id=f"lookalike:{t[:40]}") for t, e in ORDINAL_DAY_LOOKALIKES),
])
def test_ordinal_days_in_words(text: str, expected: list) -> None:
    assert dates(text) == expected


WEEKDAYS_IN_WEEKS: list[tuple[str, list]] = [
    ("The talks were held on the Sunday before last.",
     [("Sunday before last", "2015-03-01")]),
    ("Fighting resumed two Fridays ago.", [("two Fridays ago", "2015-02-27")]),
    ("The court will rule on Monday week.", [("Monday week", "2015-03-23")]),
    ("Three soldiers were killed the Tuesday before last.",
     [("Tuesday before last", "2015-02-24")]),
]
WEEKDAYS_IN_WEEKS_LOOKALIKES: list[tuple[str, list]] = [
    ("The vote was on Monday, a week ago.",
     [("Monday", "2015-03-09"), ("a week ago", "2015-03-03")]),
    ("The strike ends on Sunday weekend.", [("Sunday", "2015-03-15")]),
    ("The army began the operation on Monday week-long.", [("Monday", "2015-03-09")]),
    ("The raid took place on Tuesday before dawn.", [("Tuesday", "2015-03-10")]),
    ("The envoy met them on Friday last week.", [("Friday last week", "2015-03-06")]),
    ("The vote was held on the Sunday before last year's election.",
     [("Sunday", "2015-03-08"), ("last year", "2014")]),
    ("The raid came on the Friday before last night's attack.", [("Friday", "2015-03-06")]),
]


@pytest.mark.parametrize(("text", "expected"), [
    *(pytest.param(t, e, id=f"member:{t[:40]}") for t, e in WEEKDAYS_IN_WEEKS),
    *(pytest.param(t, e, id=f"lookalike:{t[:40]}") for t, e in WEEKDAYS_IN_WEEKS_LOOKALIKES),
])
def test_weekdays_counted_in_weeks(text: str, expected: list) -> None:
    assert dates(text) == expected
