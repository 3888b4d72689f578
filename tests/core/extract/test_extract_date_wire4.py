"""Wire-news dates, fourth round (issue 11): day spans across months and "between ...
and ...", weekdays with a time of day or a date after them, days relative to
publication in court and police copy ("the previous Tuesday", "Tuesday's hearing"),
season and part-of-month forms, years in features, and clock times that are no years.

Sentences are fictional. The publication date of every probe is Monday 2017-04-10.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2017-04-10"


def dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


@pytest.mark.parametrize(("text", "expected"), [
    # Spans: a span of days valued at its first day; a span across months gives both.
    ("The offensive ran from 28 March to 2 April.",
     [("28 March", "2017-03-28"), ("2 April", "2017-04-02")]),
    ("The talks were held on 3-5 April in Geneva.", [("3-5 April", "2017-04-03")]),
    ("Shelling was recorded between March 30 and April 2.",
     [("March 30", "2017-03-30"), ("April 2", "2017-04-02")]),
    ("The siege lasted from January to March.",
     [("January", "2017-01"), ("March", "2017-03")]),
    ("The siege lasted from September 2016 to March.",
     [("September 2016", "2016-09"), ("March", "2017-03")]),
    # "To March" without a month before it is the verb of a title-case headline
    ("Protesters Vow To March On Capital", []),
    ("The monitors counted the dead from 2011 through 2016.",
     [("2011", "2011"), ("2016", "2016")]),
    # a span of years is two years, each an expression with its own year
    ("The 2014-2016 war displaced thousands.", [("2014", "2014"), ("2016", "2016")]),
])
def test_spans(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Weekdays relative to publication (Monday 2017-04-10).
    ("The bodies were found on Saturday morning.", [("Saturday", "2017-04-08")]),
    ("Tuesday's hearing was adjourned.", [("Tuesday", "2017-04-04")]),
    ("The court will reconvene on Thursday.", [("Thursday", "2017-04-13")]),
    ("Late Friday night, gunmen opened fire on the bus.", [("Friday", "2017-04-07")]),
    ("The suspect was arrested on Sunday, police said on Monday.",
     [("Sunday", "2017-04-09"), ("Monday", "2017-04-10")]),
    ("The verdict is expected on Wednesday.", [("Wednesday", "2017-04-12")]),
    ("By Saturday the town had fallen.", [("Saturday", "2017-04-08")]),
    ("On Monday night, drones struck a depot.", [("Monday", "2017-04-10")]),
    ("He was last seen on Wednesday, April 5, leaving the camp.",
     [("Wednesday, April 5", "2017-04-05")]),
])
def test_weekdays(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Months and parts of months without a year: the most recent such month.
    ("The convoy was attacked in early March.", [("early March", "2017-03")]),
    ("The siege began in late November.", [("late November", "2016-11")]),
    ("Fighting has raged since mid-January.", [("mid-January", "2017-01")]),
    # a month still to come takes this year; "until" and "would" alone do not say so
    ("Elections are due in June.", [("June", "2017-06")]),
    ("The vote is scheduled for 12 July.", [("12 July", "2017-07-12")]),
    ("The siege lasted until June.", [("June", "2016-06")]),
    ("The camp was opened at the end of February.", [("the end of February", "2017-02")]),
    ("The rebels took the town last September.", [("last September", "2016-09")]),
    # a year alone, a season and a year
    ("The massacre of 1995 is still denied.", [("1995", "1995")]),
    ("In the spring of 2015 the rebels advanced.", [("spring of 2015", "2015")]),
    ("The army retook the city in February 2016.", [("February 2016", "2016-02")]),
    ("The report was published on April 3, 2017.", [("April 3, 2017", "2017-04-03")]),
])
def test_months_and_years(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # today / yesterday / tonight
    ("Yesterday's strike hit a bakery.", [("Yesterday", "2017-04-09")]),
    ("The talks collapsed late yesterday.", [("yesterday", "2017-04-09")]),
    ("The ministry said today that 3 soldiers died.", [("today", "2017-04-10")]),
    ("The army will hold a briefing tonight.", [("tonight", "2017-04-10")]),
    ("The day before yesterday, the rebels shelled the airport.",
     [("The day before yesterday", "2017-04-08")]),
    ("The envoy arrives the day after tomorrow.", [("the day after tomorrow", "2017-04-12")]),
])
def test_today_and_yesterday(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # More relative forms.
    ("The hostages were freed this past Sunday.", [("Sunday", "2017-04-09")]),
    ("The trial opened last Tuesday.", [("last Tuesday", "2017-04-04")]),
    ("The strike came in the first week of March.", [("March", "2017-03")]),
    ("The ceasefire signed on Sept. 30, 2016 collapsed within days.",
     [("Sept. 30, 2016", "2016-09-30")]),
    ("Gunmen struck early on Saturday, April 8.",
     [("Saturday, April 8", "2017-04-08")]),
])
def test_more_relative_forms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Second batch: written forms of days and parts of years.
    ("The attack came on Sunday 9 April.", [("Sunday 9 April", "2017-04-09")]),
    ("The bodies were found on April 9th.", [("April 9th", "2017-04-09")]),
    ("The bodies were found on the 9th.", []),
    ("The truce was signed at the start of 2016.", [("the start of 2016", "2016")]),
    ("Fighting has raged since late 2015.", [("late 2015", "2015")]),
    ("Between 2012 and 2014 the town changed hands three times.",
     [("2012", "2012"), ("2014", "2014")]),
    ("The envoy will visit this Thursday.", [("this Thursday", "2017-04-13")]),
    ("The raid came this Sunday.", [("this Sunday", "2017-04-09")]),
    ("The clashes of the 1980s left scars.", []),
])
def test_second_batch(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Agency copy that lost its punctuation.
    ("Mon Apr 10 2017 Army Says 30 Terrorists Killed in Kessa",
     [("Mon Apr 10 2017", "2017-04-10")]),
    ("Kessa SANA The army restored security to the town on Tuesday",
     [("Tuesday", "2017-04-04")]),
    ("The attack took place earlier on Monday", [("Monday", "2017-04-10")]),
    ("The talks held in mid-February failed", [("mid-February", "2017-02")]),
    ("The ceasefire came into force at midnight on Friday", [("Friday", "2017-04-07")]),
    ("The decision of 4 April 2017 was revoked", [("4 April 2017", "2017-04-04")]),
    ("The army announced on 9/4 that the road was open", []),
])
def test_unpunctuated_copy(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Numbers that are no dates.
    ("The convoy left at 1945 local time.", []),
    ("Route 2015 was closed after the attack.", []),
    ("The army lost 1,995 men in the offensive.", []),
    ("Resolution 2401 demanded a 30-day truce.", []),
    ("The bus left at 0730 and was hit at 0815.", []),
    ("Rebels fired 2000 rockets in a week.", []),
    ("A total of 2000 were killed.", []),
    # an event named by its year after "of" is a date
    ("The war of 1948 displaced thousands.", [("1948", "1948")]),
])
def test_not_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected
