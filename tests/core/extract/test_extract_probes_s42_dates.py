"""Forty-second round, dates: what a probe set of ordinary news date language found.

Five principles, each with several shapes and the look-alikes that must keep their
reading. Sentences are fictional. Unless a case says otherwise each is dated by a report
published on Thursday 20 February 2025, so "Friday" is 21 February looking ahead and 14
February looking back, "March" is March 2025 ahead and March 2024 behind.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.blind_format import problems
from workbench.core.extract import extract
from workbench.core.extract.evaluate import evaluate, read_gold

PUBLISHED = "2025-02-20"


def dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


# ---------------------------------------------------------------- an end moved later
# Extending, renewing, postponing or pushing back sets a new end (or a new day) after the
# act, whatever the act's tense: the date after its "until" / "to" looks ahead of the act
# as a postponed sitting's does.
@pytest.mark.parametrize(("text", "expected"), [
    ("The provincial government extended a ban on public gatherings in three districts "
     "until March 5.", [("March 5", "2025-03-05")]),
    ("The curfew was extended until Friday, the army said.", [("Friday", "2025-02-21")]),
    ("The UN renewed the mission's mandate until January 31.",
     [("January 31", "2026-01-31")]),
    ("The talks were pushed back to 12 March.", [("12 March", "2025-03-12")]),
    ("Elections were delayed until June.", [("June", "2025-06")]),
    ("The deadline was extended to March 10.", [("March 10", "2025-03-10")]),
    ("The vote was brought forward to 2 March.", [("2 March", "2025-03-02")]),
    ("The court postponed the trial of the two men to 4 March.",
     [("4 March", "2025-03-04")]),
    ("Parliament extended the state of emergency by three months until May.",
     [("May", "2025-05")]),
    ("The ban, extended on Monday until Saturday, covers all marches.",
     [("Monday", "2025-02-17"), ("Saturday", "2025-02-22")]),
    ("The court postponed the trial to March.", [("March", "2025-03")]),
])
def test_an_end_moved_later_lies_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a span told as past: nothing was moved
    ("The curfew lasted until February 12.", [("February 12", "2025-02-12")]),
    ("The journalist was held until Friday and then released.", [("Friday", "2025-02-14")]),
    ("The truce held until Friday, when the shelling resumed.", [("Friday", "2025-02-14")]),
    # a verb that moves an end only with its particle
    ("The offensive pushed on until March.", [("March", "2024-03")]),
    ("Rebels pushed on until Friday.", [("Friday", "2025-02-14")]),
    ("The army brought aid to the town until Friday.", [("Friday", "2025-02-14")]),
    # a move to a place, not to a date
    ("The families moved to Kessa in March.", [("March", "2024-03")]),
    ("The convoy moved to the border on Sunday.", [("Sunday", "2025-02-16")]),
    # the act dated, not the new end
    ("The ban was extended in March.", [("March", "2024-03")]),
    ("The militia extended its control over the valley in March.", [("March", "2024-03")]),
    # "to March" with no move before it stays a word (a title-case headline's verb)
    ("Thousands Set To March On Capital", []),
])
def test_look_alikes_of_a_moved_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- the timetable present
# An ending or a taking effect told in the present is a timetable's: "the mandate expires
# on March 31", "the law takes effect on Saturday" look ahead, as "starts" and "opens" do.
@pytest.mark.parametrize(("text", "expected"), [
    ("The mission's mandate expires on March 31.", [("March 31", "2025-03-31")]),
    ("The truce expires on Saturday.", [("Saturday", "2025-02-22")]),
    ("The ceasefire deal, which expires in March, was signed in Doha.",
     [("March", "2025-03")]),
    ("The new law takes effect on March 1.", [("March 1", "2025-03-01")]),
    ("The decree comes into force on 1 April.", [("1 April", "2025-04-01")]),
    ("The new rules take effect on Saturday.", [("Saturday", "2025-02-22")]),
    ("The ceasefire ends on Sunday.", [("Sunday", "2025-02-23")]),
    ("The exemption lapses in March.", [("March", "2025-03")]),
])
def test_the_timetable_present_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ceasefire ended on Sunday.", [("Sunday", "2025-02-16")]),
    ("The truce expired in March.", [("March", "2024-03")]),
    ("The law took effect on Monday.", [("Monday", "2025-02-17")]),
    ("The decree came into force in March.", [("March", "2024-03")]),
    ("The siege ended in March after talks.", [("March", "2024-03")]),
    # the same words as nouns
    ("The effect of the strike on Sunday was felt for days.", [("Sunday", "2025-02-16")]),
    ("Security forces in March arrested the leaders.", [("March", "2024-03")]),
])
def test_look_alikes_of_the_timetable_present(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a month in capitals
# In a line set in capitals, a month right after a time's preposition set in capitals is
# the month ("TALKS TO RESUME IN MARCH"); "MARCH" and "MAY" as a headline's verbs stay
# words.
@pytest.mark.parametrize(("text", "expected"), [
    ("TALKS TO RESUME IN MARCH\nDiplomats met in Geneva.", [("MARCH", "2025-03")]),
    ("CEASEFIRE TO HOLD UNTIL MAY, SAYS ENVOY", [("MAY", "2025-05")]),
    ("AID BLOCKED SINCE JANUARY, AGENCIES SAY", [("JANUARY", "2025-01")]),
    ("REBELS VOW NEW OFFENSIVE BY APRIL", [("APRIL", "2025-04")]),
    ("WHY TALKS MAY FAIL IN MAY", [("MAY", "2025-05")]),
    ("TRUCE SIGNED IN DECEMBER HOLDS", [("DECEMBER", "2024-12")]),
])
def test_a_month_in_capitals_after_a_preposition(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("PROTESTERS MARCH ON PARLIAMENT", []),
    ("REBELS MAY JOIN TALKS", []),
    ("THOUSANDS MARCH IN CAPITAL", []),
    ("MARCH IN KESSA ENDS PEACEFULLY", []),
    # in running text a month is read capitalised, as before
    ("Talks resume in March.", [("March", "2025-03")]),
])
def test_look_alikes_of_a_month_in_capitals(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a share of a year
# "all of 2023", "much of 2024": a share of a year names the year; after other words "of"
# and a four-digit number is a count ("a total of 2000").
@pytest.mark.parametrize(("text", "expected"), [
    ("The army lost 48 men in all of 2023.", [("2023", "2023")]),
    ("Fighting continued for much of 2024, the report said.", [("2024", "2024")]),
    ("The camp was closed for most of 2022.", [("2022", "2022")]),
    ("Violence rose through the whole of 2021 and part of 2022.",
     [("2021", "2021"), ("2022", "2022")]),
    ("The town was shelled for the bulk of 2016.", [("2016", "2016")]),
])
def test_a_share_of_a_year_is_the_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A total of 2000 were displaced.", []),
    ("Officials counted 1,900 out of 2000.", []),
    ("Most of 2000 residents fled.", []),
    ("Part of 1500 tents were lost in the storm.", []),
    ("The toll rose to 2000.", []),
])
def test_look_alikes_of_a_share_of_a_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- irregular pasts
# A past verb nearest the date keeps it behind; irregular pasts the reader did not know
# ("withdrew", "blew", "hid", "shot") let a bound after them ("before", "until") put the
# date ahead.
@pytest.mark.parametrize(("text", "expected"), [
    ("Militants blew up a bridge before dawn on Sunday.", [("Sunday", "2025-02-16")]),
    ("The army withdrew before the rains in April.", [("April", "2024-04")]),
    ("He hid in the cellar until 3 March.", [("3 March", "2024-03-03")]),
    ("Snipers shot at the convoy until dusk on Saturday.", [("Saturday", "2025-02-15")]),
    ("The militia withdrew from the valley by March.", [("March", "2024-03")]),
    ("Rebels overthrew the council before the vote in April.", [("April", "2024-04")]),
])
def test_irregular_pasts_keep_the_date_behind(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The rebels will withdraw from the town before 3 March.", [("3 March", "2025-03-03")]),
    ("Militants threaten to blow up the bridge before Sunday.", [("Sunday", "2025-02-23")]),
    ("The officer was shot until he fell on Sunday.", [("Sunday", "2025-02-16")]),
    ("The army will have withdrawn by April.", [("April", "2025-04")]),
])
def test_look_alikes_of_irregular_pasts(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a headline's "to"
# A headline writes its future as "to" and a bare verb ("UN team to visit east in March"):
# with nothing else in the clause to decide, the date is ahead as after "will". A weekday
# in capitals after a preposition in capitals is a weekday, as a month is.
@pytest.mark.parametrize(("text", "expected"), [
    ("UN team to visit east in March", [("March", "2025-03")]),
    ("UN TEAM TO VISIT EAST IN MARCH\nThe team will travel with a convoy.",
     [("MARCH", "2025-03")]),
    ("Rebels to free hostages on Friday", [("Friday", "2025-02-21")]),
    ("REBELS TO FREE HOSTAGES ON FRIDAY", [("FRIDAY", "2025-02-21")]),
    ("Government To Hold Census In April", [("April", "2025-04")]),
    ("Kessa to vote on new council on Sunday - officials", [("Sunday", "2025-02-23")]),
    ("Army to send troops to towns in March", [("March", "2025-03")]),
    ("Talks to address ceasefire in March", [("March", "2025-03")]),
    ("GUNMEN KILL FIVE IN KESSA ON SUNDAY", [("SUNDAY", "2025-02-16")]),
    ("TALKS STALLED SINCE MONDAY", [("MONDAY", "2025-02-17")]),
])
def test_a_headline_future_and_a_weekday_in_capitals(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name after "to" in a headline set in sentence case: no verb
    ("Convoy heads to Kessa in March", [("March", "2024-03")]),
    ("Aid to Kessa cut in March", [("March", "2024-03")]),
    # the "to" of a move, or a plural noun after "to": a headline's present, not a plan
    ("Fighters withdraw to hills in March, army says", [("March", "2024-03")]),
    ("Families return to border villages in January", [("January", "2025-01")]),
    ("Thousands flee to safety in March", [("March", "2024-03")]),
    ("Toll rises to 40 after clashes on Friday", [("Friday", "2025-02-14")]),
    ("Rebels pushed back to camps in March", [("March", "2024-03")]),
    # a sentence, not a headline, and a past verb that governs the infinitive
    ("Thousands fled to Turkey in March.", [("March", "2024-03")]),
    ("The team went to visit the east in March.", [("March", "2024-03")]),
    ("Rebels freed hostages on Friday", [("Friday", "2025-02-14")]),
    ("The order to withdraw reached the front in March.", [("March", "2024-03")]),
    # a weekday in capitals with no preposition before it stays unread, as before
    ("FRIDAY PRAYERS SUSPENDED", []),
])
def test_look_alikes_of_a_headline_future(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- a count joined to a noun
# A four-digit number joined by a hyphen to what it counts is a count: "a 2000-strong
# force"; a year joined to a span's second year or to "era" stays a year.
@pytest.mark.parametrize(("text", "expected"), [
    ("A 2000-strong force was deployed.", []),
    ("The 1800-member militia attacked the town.", []),
    ("A 2050-seat hall was damaged.", []),
    ("Engineers laid a 1900-km pipeline.", []),
    ("The 2014-2016 war displaced thousands.", [("2014", "2014"), ("2016", "2016")]),
    ("The 2011-era laws were repealed.", [("2011", "2011")]),
])
def test_a_count_joined_to_its_noun_is_no_year(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- obligations, timetables
# "must" and "should" look ahead as "would" does; an arrival, a sitting or an anniversary
# told in the present of a sentence is a timetable's; "is expected" after the date is the
# clause's plan when nothing before the date decides.
@pytest.mark.parametrize(("text", "expected"), [
    ("Both sides must withdraw no later than March 15.", [("March 15", "2025-03-15")]),
    ("Residents must leave by Friday, the army said.", [("Friday", "2025-02-21")]),
    ("The militia should hand over its weapons by March.", [("March", "2025-03")]),
    ("The envoy arrives on Monday for three days of talks.", [("Monday", "2025-02-24")]),
    ("The committee meets again on Tuesday.", [("Tuesday", "2025-02-25")]),
    ("The first anniversary of the massacre falls on Sunday.", [("Sunday", "2025-02-23")]),
    ("Parliament votes on the bill in March.", [("March", "2025-03")]),
    ("The party convenes its congress in April.", [("April", "2025-04")]),
    ("Talks on Monday are expected to focus on prisoners.", [("Monday", "2025-02-24")]),
    ("Sunday's vote is expected to be close.", [("Sunday", "2025-02-23")]),
])
def test_obligations_and_timetables_look_ahead(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The troops must have crossed the border in March.", [("March", "2024-03")]),
    ("The envoy arrived on Monday for three days of talks.", [("Monday", "2025-02-17")]),
    ("The committee met again on Tuesday.", [("Tuesday", "2025-02-18")]),
    ("The anniversary fell on Sunday.", [("Sunday", "2025-02-16")]),
    # a present whose object runs on to a past date
    ("The report holds the army responsible for abuses in March.", [("March", "2024-03")]),
    # a headline's present tells what happened
    ("Envoy arrives in Kessa on Monday", [("Monday", "2025-02-17")]),
    ("Siege ends on Sunday after talks", [("Sunday", "2025-02-16")]),
    ("Talks on Monday were expected to focus on prisoners.", [("Monday", "2025-02-17")]),
    ("Monday's talks are over.", [("Monday", "2025-02-17")]),
])
def test_look_alikes_of_obligations_and_timetables(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- across a year's end
# Published on Saturday 28 December 2024. A day and month followed by "last year" / "next
# year" is that day in that year, one expression; a plural subject's present of a sitting
# is a timetable's; "the deadline ... is" names a deadline.
YEAR_END = "2024-12-28"


@pytest.mark.parametrize(("text", "expected"), [
    ("Forces withdrew on 2 January last year.", [("2 January last year", "2023-01-02")]),
    ("The talks resume on March 3 next year.", [("March 3 next year", "2025-03-03")]),
    ("The attack on 14 February this year killed 12.",
     [("14 February this year", "2024-02-14")]),
    ("Negotiators meet again on Jan. 8.", [("Jan. 8", "2025-01-08")]),
    ("The two sides meet on Tuesday.", [("Tuesday", "2024-12-31")]),
    ("The deadline for the talks is January 15.", [("January 15", "2025-01-15")]),
    ("The deadline is Friday.", [("Friday", "2025-01-03")]),
])
def test_across_the_year_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, YEAR_END) == expected


def test_a_day_with_its_relative_year_in_a_wire_item_has_no_value() -> None:
    assert dates("Forces withdrew on 2 January last year.", None) == [
        ("2 January last year", None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The two sides did not meet on Tuesday.", [("Tuesday", "2024-12-24")]),
    ("The sides failed to meet in November.", [("November", "2024-11")]),
    ("The mandate was due to expire in November.", [("November", "2024-11")]),
    ("The leaders met on Tuesday.", [("Tuesday", "2024-12-24")]),
    # the same words as nouns
    ("The envoy's visits in November were cut short.", [("November", "2024-11")]),
    ("Two visits in November were cancelled.", [("November", "2024-11")]),
    ("Observers criticised the presidential vote in November.", [("November", "2024-11")]),
    ("The deadline of January 15 passed quietly.", [("January 15", "2024-01-15")]),
    # a possessive year is another expression
    ("On 2 January last year's winners were named.",
     [("2 January", "2024-01-02"), ("last year", "2023")]),
])
def test_look_alikes_across_the_year_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text, YEAR_END) == expected


# ---------------------------------------------------------------- the probe set itself
PROBE_SET = Path(__file__).resolve().parents[3] / "bench" / "probes" / "en-dates-probe.jsonl"


def test_the_probe_set_is_a_valid_gold_file() -> None:
    docs = read_gold(PROBE_SET)
    assert [d["doc_id"] for d in docs] == [f"probe-dates-{i:03d}" for i in range(1, 41)]
    assert sum(1 for d in docs if d["published"]) == 20
    assert all(d["source"] == f"workbench:bench/probes/en-dates-probe.jsonl#{d['doc_id']}"
               for d in docs)
    assert {d["doc_id"]: problems(d) for d in docs if problems(d)} == {}


def test_the_probe_set_reads_as_its_gold() -> None:
    # every date of the forty documents found with its value, and nothing else
    scores = evaluate(PROBE_SET, details=False)["dates"]
    assert (scores["tp"], scores["fp"], scores["fn"]) == (175, 0, 0)


# ---------------------------------------------------------------- left as they are
# (read since the forty-sixth round: the present "apply" is a timetable's, as "takes effect"
# is, test_extract_probes_s46_dates.py)
def test_a_start_named_by_as_of_looks_ahead() -> None:
    assert dates("The new tariffs apply as of March 1.") == [("March 1", "2025-03-01")]


# (read since the forty-fifth round: an event named by its day's possessive after "ahead
# of" in a clause not told in the past, test_extract_probes_s45_dates.py)
def test_an_event_ahead_of_a_past_act() -> None:
    assert dates("Candidates campaigned ahead of Sunday's vote.") == [("Sunday", "2025-02-23")]


# (read since the forty-fifth round: "from" before a weekday opens a time to come)
def test_a_start_day_before_a_timetable_present() -> None:
    assert dates("From Monday, the crossings close at dusk.") == [("Monday", "2025-02-24")]


# ---------------------------------------------------------------- present plans, "next"
# A present plan with its object looks ahead as "expects" does; "next" read after a date is
# a plan word only when no time unit follows it ("returns next month" is a date of its
# own, not the clause's plan).
@pytest.mark.parametrize(("text", "expected"), [
    ("The army plans a new offensive in late March.", [("late March", "2025-03")]),
    ("The ministry intends a fresh census in April.", [("April", "2025-04")]),
    ("The envoy, who visited Kessa in January, returns next month.",
     [("January", "2025-01"), ("next month", "2025-03")]),
])
def test_present_plans_and_next_after_a_date(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The plans in March were shelved.", [("March", "2024-03")]),
    ("Peace plans drawn up in March were shelved.", [("March", "2024-03")]),
    ("In January the next round of talks opens.", [("January", "2026-01")]),
])
def test_look_alikes_of_present_plans(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


# ---------------------------------------------------------------- names, not dates
# A weekday before a newspaper's or an agreement's name is part of the name; "April",
# "June" and "August" between a capitalised word that opens no date and a capitalised
# surname are given names.
@pytest.mark.parametrize(("text", "expected"), [
    ("The Sunday Times reported the deal.", []),
    ("The Good Friday Agreement ended the conflict.", []),
    ("Spokeswoman April Mendez said the camp was full.", []),
    ("Analyst June Park said the truce would hold.", []),
    ("Dr. August Lenz treated the wounded.", []),
])
def test_names_that_hold_a_weekday_or_a_month(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On Sunday Times Square was calm.", [("Sunday", "2025-02-16")]),
    ("On Sunday Colonel Bako said the road was open.", [("Sunday", "2025-02-16")]),
    ("In April Rebels Took The Town", [("April", "2024-04")]),
    ("April was the deadliest month.", [("April", "2024-04")]),
    ("Since June Kessa has been under siege.", [("June", "2024-06")]),
    ("Fighting Eased In August Says UN", [("August", "2024-08")]),
])
def test_look_alikes_of_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert dates(text) == expected
