"""Wire-news dates, third round (issue 11): days resolved against the publication date in
translated war reports, live blogs, South Asian and African papers - nights that span two
days, "Monday last week", the future after "will", ordinal days without "of", and bare
clock times or vaguer periods ("last week", "earlier this month") that are no date.

Sentences are fictional. The publication date of every probe is Monday 2017-04-10.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2017-04-10"


def dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


@pytest.mark.parametrize(("text", "expected"), [
    # A night that spans two days names both.
    ("Drones attacked the city on the night of Saturday to Sunday.",
     [("Saturday", "2017-04-08"), ("Sunday", "2017-04-09")]),
    ("The strikes continued from Thursday night into Friday.",
     [("Thursday", "2017-04-06"), ("Friday", "2017-04-07")]),
    ("Shelling resumed overnight into Monday.", [("Monday", "2017-04-10")]),
    ("The raid took place on the night of April 8-9.", [("April 8-9", "2017-04-08")]),
    ("The bandits struck on the night of 8 April.", [("8 April", "2017-04-08")]),
    ("In the early hours of Sunday, gunmen stormed the school.", [("Sunday", "2017-04-09")]),
    ("The attack took place late on Sunday.", [("Sunday", "2017-04-09")]),
])
def test_nights_and_hours(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A weekday with "last week" is the one of the week before publication.
    ("The convoy was attacked on Monday last week.", [("Monday last week", "2017-04-03")]),
    ("The talks collapsed on Tuesday last week.", [("Tuesday last week", "2017-04-04")]),
    ("The raid came on Sunday of last week.", [("Sunday of last week", "2017-04-09")]),
    ("The envoy arrives on Friday next week.", [("Friday next week", "2017-04-21")]),
    ("Talks are set for Thursday this week.", [("Thursday this week", "2017-04-13")]),
    # "last week" and "earlier this month" alone are vaguer periods: suggested with their
    # week or month (the gold leaves them out, and the evaluation does not count them)
    ("Fighting flared last week and again earlier this month.",
     [("last week", "2017-04-03"), ("this month", "2017-04")]),
    ("Earlier this month, 40 families fled.", [("this month", "2017-04")]),
    # a weekday with a date in brackets, and a day with its weekday
    ("The blast on Thursday (April 6) killed two guards.",
     [("Thursday", "2017-04-06"), ("April 6", "2017-04-06")]),
    ("The talks ended on Wednesday, April 5.",
     [("Wednesday, April 5", "2017-04-05")]),
    # "today (Monday)" and "yesterday evening"
    ("The governor visited the site today (Monday).",
     [("today", "2017-04-10"), ("Monday", "2017-04-10")]),
    ("The market was shelled yesterday evening.", [("yesterday evening", "2017-04-09")]),
])
def test_weekdays_relative_to_publication(text: str,
                                          expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what is still to come takes the next such day
    ("The talks will resume on Wednesday.", [("Wednesday", "2017-04-12")]),
    ("A ceasefire is due to take effect on Friday.", [("Friday", "2017-04-14")]),
    ("The funeral will be held on Thursday, the family said.", [("Thursday", "2017-04-13")]),
    # ... what happened takes the last one
    ("The talks resumed on Wednesday.", [("Wednesday", "2017-04-05")]),
    # a past speech verb after "will" tells when the words about the future were said
    ("The enemy will pay for this crime the commander told reporters on Sunday",
     [("Sunday", "2017-04-09")]),
    ('"We will retaliate," the commander said on Sunday.', [("Sunday", "2017-04-09")]),
    ("A truce will start on Friday, officials said on Saturday.",
     [("Friday", "2017-04-14"), ("Saturday", "2017-04-08")]),
])
def test_future_weekdays(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The attack took place on 3rd March.", [("3rd March", "2017-03-03")]),
    ("The attack took place on March 3rd.", [("March 3rd", "2017-03-03")]),
    ("The siege began in December.", [("December", "2016-12")]),
    ("The offensive began in mid-March.", [("mid-March", "2017-03")]),
    ("Updated 10 April 2017 09:42 GMT", [("10 April 2017", "2017-04-10")]),
    ("The trial opened on Sept 12 and was adjourned.", [("Sept 12", "2016-09-12")]),
    # dotted numeric dates are day first (Ukrainian, Russian, Turkish copy)
    ("The attack happened on 08.04.2017.", [("08.04.2017", "2017-04-08")]),
    ("The decree of 31.12.2016 was revoked.", [("31.12.2016", "2016-12-31")]),
    # slashes keep their ambiguity: only the year when both parts could be the month
    ("The raid took place on 8/4/2017.", [("8/4/2017", "2017")]),
])
def test_day_and_month_forms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a four-digit clock time is no year
    ("At 1430 GMT on Monday, the first convoy left.", [("Monday", "2017-04-10")]),
    ("The curfew runs from 1800 hours to 0600 hours.", []),
    ("At 2330 hrs militants fired on the post.", []),
    ("The fighting since 2011 has killed thousands.", [("2011", "2011")]),
])
def test_clock_times_are_no_years(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected
