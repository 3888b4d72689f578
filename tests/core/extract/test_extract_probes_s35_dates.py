"""English dates, a probe round on three general constructions (issue 11): a day before
"May" with no year in a dated report, a weekday after "until" in a clause told in the
past, and a four-digit count of things read as a year. Each has look-alikes where the
reading must not change.

Sentences are fictional. The publication date of every probe is Wednesday 2018-05-23
(the Monday before is 2018-05-21, the next one 2018-05-28).
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2018-05-23"


def dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


# 1. A day before "May": a date like any other day and month, resolved against
# publication; "May" after a count in a title-case headline is the verb.
@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen stormed the clinic in Velna on the night of 14 May, residents said.",
     [("14 May", "2018-05-14")]),
    ("Aid agencies were told to leave the district by 30 May.", [("30 May", "2018-05-30")]),
    ("The photographs were taken on 9 May near the river crossing.",
     [("9 May", "2018-05-09")]),
    ("Since 2 May, more than 300 families have reached the camp at Oruk.",
     [("2 May", "2018-05-02")]),
    # scraped copy without the comma: a capitalised name after the date
    ("On 17 May Colonel Idris Bako told reporters the road was open.",
     [("17 May", "2018-05-17")]),
    ("The truce of 11 May held for two days.", [("11 May", "2018-05-11")]),
    # a span of days before May: the first day takes the month
    ("Shelling between 4 and 6 May destroyed the school.",
     [("4", "2018-05-04"), ("6 May", "2018-05-06")]),
    # with its own year, as before
    ("The bridge fell on 3 May 2016.", [("3 May 2016", "2016-05-03")]),
])
def test_day_before_may(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


def test_day_before_may_without_publication() -> None:
    assert dates("Rebels took the pass on 14 May.", None) == [("14 May", None)]


@pytest.mark.parametrize("text", [
    # title-case headlines: "May" is the modal verb after a count
    "Toll Rises As 30 May Be Dead In Ferry Sinking",
    "Officials Fear Up To 200 May Have Died In Landslide",
    "Some 40 May Face Charges Over Market Riot",
    "Up To 12 May Still Be Trapped Under Rubble",
    # lower-case modal after a count
    "As many as 12 may be missing after the raid.",
])
def test_may_as_a_verb_after_a_count(text: str) -> None:
    assert dates(text) == []


# 2. "until" and a weekday: ahead when the clause speaks of what is still to come, the
# latest such day when the clause is told in the past.
@pytest.mark.parametrize(("text", "expected"), [
    ("Until Monday the village had seen no fighting.", [("Monday", "2018-05-21")]),
    ("until Sunday the valley had been largely spared by the shelling",
     [("Sunday", "2018-05-20")]),
    ("The market was calm until Tuesday, when shells began to fall.",
     [("Tuesday", "2018-05-22")]),
    ("The road to Harsa remained open until Monday.", [("Monday", "2018-05-21")]),
    # look-alikes: still ahead
    ("The border crossing stays closed until Monday.", [("Monday", "2018-05-28")]),
    ("Schools are shut until Friday, the ministry said.", [("Friday", "2018-05-25")]),
    ("The governor said the curfew would remain until Sunday.", [("Sunday", "2018-05-27")]),
    ("The curfew, which was imposed after the riot, stays in force until Monday.",
     [("Monday", "2018-05-28")]),
    # a span whose start is a past weekday, as before
    ("The fighting lasted from Friday evening until dawn on Saturday.",
     [("Friday", "2018-05-18"), ("Saturday", "2018-05-19")]),
])
def test_until_weekday(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


# 3. A four-digit number before a plural noun of things is a count, not a year.
@pytest.mark.parametrize("text", [
    "The camp at Oruk had only 2000 tents left for the new arrivals.",
    "Volunteers handed out 1900 blankets and 2010 mattresses.",
    "The convoy carried 2015 sacks of flour to the town.",
    "The agency said it needed 2000 tarpaulins before the rains.",
])
def test_count_of_things_is_no_year(text: str) -> None:
    assert dates(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The camp was built in 2000.", [("2000", "2000")]),
    ("Turnout fell sharply in the 2000 elections.", [("2000", "2000")]),
    ("The 2000 budget was never passed.", [("2000", "2000")]),
    ("Food prices have doubled since 2000.", [("2000", "2000")]),
    ("Homes lost in the 2000 floods were never rebuilt.", [("2000", "2000")]),
])
def test_year_before_a_noun_stays_a_year(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


# A day before "May" and a capitalised word after it: in a title-case headline "May" is
# the modal before its verb ("200 May Flee"); after a word in lower case, which no such
# headline has, it is the month.
@pytest.mark.parametrize(("text", "expected"), [
    ("Both sides had signed the 17 May Agreement in Oruk.", [("17 May", "2018-05-17")]),
    ("Rebels took the town 17 May Reuters said", [("17 May", "2018-05-17")]),
    ("Talks on the 3 May Accord resumed in Kessa.", [("3 May", "2018-05-03")]),
    ("Fighting broke out again 5 May Kessa officials said", [("5 May", "2018-05-05")]),
    # twins: the modal in a title-case headline, and before its bare verb
    ("Toll Of 200 May Rise", []),
    ("Kessa Clashes: 30 May Flee Homes", []),
    ("Rebels Kill 30, 200 May Flee", []),
    ("Officials said 200 May Die in the siege.", []),
])
def test_a_day_before_may_then_a_capital(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


# A capital "May" after a day, with a word in lower case before the day and a bare verb in
# lower case after "May": running text, where the modal is written "may", so the month.
@pytest.mark.parametrize(("text", "expected"), [
    ("Relatives say four men detained on 16 May have not been charged.",
     [("16 May", "2018-05-16")]),
    ("The families displaced since 3 May have no shelter yet.", [("3 May", "2018-05-03")]),
    ("Talks that began on 9 May never reached the question of the prisoners.",
     [("9 May", "2018-05-09")]),
    ("Shops closed after 21 May still have no power.", [("21 May", "2018-05-21")]),
    # the modal stays: a headline in title case, a lower-case "may", a count at the start
    ("Officials Fear Up To 20 May Have Died In Landslide", []),
    ("As many as 12 may be missing after the raid.", []),
])
def test_a_capital_may_after_a_day_in_running_text_is_the_month(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


# A coordinate clause that left its verb to the clause before ("..., and the rest in June")
# takes that verb's direction; a clause with a verb of its own keeps its own.
@pytest.mark.parametrize(("text", "expected"), [
    ("A first group of boats would sail on Monday, and the rest in June.",
     [("Monday", "2018-05-28"), ("June", "2018-06")]),
    ("The first buses will leave this week, and the others by June.",
     [("this week", "2018-05-21"), ("June", "2018-06")]),
    ("Talks would resume on Monday, and a second round in July.",
     [("Monday", "2018-05-28"), ("July", "2018-07")]),
    # its own verb, or a past before the comma: as before
    ("The first convoy left in March, and the rest in April.",
     [("March", "2018-03"), ("April", "2018-04")]),
    ("The army withdrew in April, and the militia took the town in June.",
     [("April", "2018-04"), ("June", "2017-06")]),
])
def test_a_clause_without_its_verb_takes_the_verb_before_the_comma(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected
