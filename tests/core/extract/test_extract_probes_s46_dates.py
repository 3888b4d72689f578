"""Forty-sixth round, dates: the leftovers of earlier rounds and the families of news date
language no probe or grid held yet.

Sentences are fictional and this round's own: wire copy with datelines, briefings, UN and NGO
notes, court and parliament reports, live blogs, corrections and obituaries. Unless a case
gives its own date, each is dated by a report published on Tuesday 10 March 2026, so
"Thursday" is 12 March looking ahead and 5 March looking back, "April" is 2026-04 ahead and
2025-04 behind.

The corpus rules resolve a weekday to the latest such day, or the next one when the text is
about the future; a month or a day and month without a year to the latest such one unless
the text looks ahead. Each family is written with its members (readings this round added:
each fails on the code before it) and its look-alikes, which keep their reading.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2026-03-10"


def dates(text: str, published: str | None = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


def _cases(rows: list[tuple]) -> list[tuple]:
    """(text, expected) or (text, published, expected) rows as (text, published, expected)."""
    return [row if len(row) == 3 else (row[0], PUBLISHED, row[1]) for row in rows]


# ----------------------------------------------------- a present is told from the time of writing
# A timetable's present, a state up to a bound ("is closed until", "runs until", "stays shut
# through") and a wait ("pending", "awaiting") speak of the time of writing: what they set
# lies ahead of publication, not of words spoken weeks before it, so the three months of
# reported words ("would visit in January") do not apply. "takes place", "closes" and
# "apply" join the timetable's verbs; "through" bounds only right before its date.
PRESENT_AHEAD: list[tuple] = [
    ("The governor's term ends in December.",
     [('December', '2026-12')]),
    ('The talks are on 2 January.',
     [('2 January', '2027-01-02')]),
    ('The mandate runs until 31 December.',
     [('31 December', '2026-12-31')]),
    ('The mandate runs through December.',
     [('December', '2026-12')]),
    ('The road stays closed through Friday.',
     [('Friday', '2026-03-13')]),
    ('The road to Kessa is closed until March.', '2026-06-10',
     [('March', '2027-03')]),
    ('Registration closes on 2 April.',
     [('2 April', '2026-04-02')]),
    ('Voting takes place on 12 April.',
     [('12 April', '2026-04-12')]),
    # (a span's first end with no direction of its own is the latest such day on or before
    # its last, so it follows a last end that a present puts ahead)
    ('Schools stay shut from 16 March until 30 March.', '2026-06-15',
     [('16 March', '2027-03-16'), ('30 March', '2027-03-30')]),
    ('He remains in custody pending a hearing on 20 April.',
     [('20 April', '2026-04-20')]),
    ('The embassy remains shut pending a review in April.',
     [('April', '2026-04')]),
]


@pytest.mark.parametrize(("text", "published", "expected"), _cases(PRESENT_AHEAD))
def test_a_present_looks_ahead_from_publication(text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected


# ---------------------------------------------------------------- ... and what stays behind
# Past forms ("ended", "ran", "took place", "closed"), "would" (reported words), "through" a
# place, a wait under a past verb, and a state already read before the round.
PRESENT_LOOKALIKES: list[tuple] = [
    ('The truce lasts until Friday.',
     [('Friday', '2026-03-13')]),
    ("The governor's term ended in December.",
     [('December', '2025-12')]),
    ('The mandate ran until 31 December.',
     [('31 December', '2025-12-31')]),
    ('Fighting continued through Friday.',
     [('Friday', '2026-03-06')]),
    ('The convoy drove through Kessa in December.',
     [('December', '2025-12')]),
    # (after a modal a present's verb is no present: reported words, three months back)
    ('The ministry said the curfew would stay in force until March.', '2026-06-15',
     [('March', '2026-03')]),
    ('He said the envoy would visit the camps in January.',
     [('January', '2026-01')]),
    ('The road to Kessa was closed until March.', '2026-06-10',
     [('March', '2026-03')]),
    ('He holds the army responsible for abuses in December.',
     [('December', '2025-12')]),
    ('Registration closed on 2 April.',
     [('2 April', '2025-04-02')]),
    ('Voting took place on 12 April.',
     [('12 April', '2025-04-12')]),
    ('The suspects were held pending trial in April.',
     [('April', '2025-04')]),
    ('Two men awaiting trial escaped on Sunday.',
     [('Sunday', '2026-03-08')]),
]


@pytest.mark.parametrize(("text", "published", "expected"), _cases(PRESENT_LOOKALIKES))
def test_a_past_or_reported_clause_keeps_its_reading(
        text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected


# ---------------------------------------------------------- a start named before a month or a day
# A day past takes "since"; "from", "effective", "with effect from" and "as from" before a
# month or a day and month open a time to come, as "from" before a weekday does (the
# forty-fifth round), when no verb of the clause decides. A forecast ("is forecast", "are
# projected") looks ahead as "expected" does.
START_AHEAD: list[tuple] = [
    ('The new rules apply from 1 April.',
     [('1 April', '2026-04-01')]),
    ('The new tariffs apply as of 1 April.',
     [('1 April', '2026-04-01')]),
    ('The rules are effective from 1 April.',
     [('1 April', '2026-04-01')]),
    ('The measures, effective 1 April, cover every district.',
     [('1 April', '2026-04-01')]),
    ('Effective Monday, all flights are suspended.',
     [('Monday', '2026-03-16')]),
    ('Rations are cut from April.',
     [('April', '2026-04')]),
    ('Pensions rise from April, the minister said.',
     [('April', '2026-04')]),
    ('The levy is charged with effect from 1 April.',
     [('1 April', '2026-04-01')]),
    ('Storms are forecast overnight into Sunday.',
     [('Sunday', '2026-03-15')]),
    ('Heavy rain is forecast for the camps in April.',
     [('April', '2026-04')]),
]


@pytest.mark.parametrize(("text", "published", "expected"), _cases(START_AHEAD))
def test_a_start_before_a_month_looks_ahead(text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected


# ---------------------------------------------------------------- ... and what stays behind
# A record's or an origin's date ("data from April", "dating from April"), "apart from", a
# possessive, a past verb, a perfect counting up from a past start, an infinitive on a past
# verb, "as of" before a stock ("had fled", "stood at"), "forecast" as a past.
START_LOOKALIKES: list[tuple] = [
    ('Data from April show a rise in attacks.',
     [('April', '2025-04')]),
    ('Photos dating from April show the damage.',
     [('April', '2025-04')]),
    ('Prices rose from April onwards.',
     [('April', '2025-04')]),
    ('From April, the rebels held the town.',
     [('April', '2025-04')]),
    ('Apart from April, the months were calm.',
     [('April', '2025-04')]),
    ("Refugees from April's floods are still in camps.",
     [('April', '2025-04')]),
    ('From April, 3,000 people have fled.',
     [('April', '2025-04')]),
    ('The army tried to reach the town from April.',
     [('April', '2025-04')]),
    ('Aid was cut from April.',
     [('April', '2025-04')]),
    ('He applied for asylum in April.',
     [('April', '2025-04')]),
    ('The same applies to the attack in April.',
     [('April', '2025-04')]),
    ('As of 8 March, some 12,400 people had fled the district, OCHA said.',
     [('8 March', '2026-03-08')]),
    ('As of 6 April, the death toll stood at 41.',
     [('6 April', '2025-04-06')]),
    ('The agency forecast a poor harvest in April.',
     [('April', '2025-04')]),
    ('Fighting raged overnight into Sunday.',
     [('Sunday', '2026-03-08')]),
]


@pytest.mark.parametrize(("text", "published", "expected"), _cases(START_LOOKALIKES))
def test_a_record_or_a_past_start_stays_behind(text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected


# ------------------------------------------------------------ the clause after a comma, and spans
# A date after its clause's verb does not take the verb after the next comma, which is
# another clause's, often the attribution ("Flights resume on Monday, the airline said");
# a date in a phrase that opens its clause still does ("On the eve of Sunday's vote, gunmen
# killed ..."). A weekday span's first day after "from" is read as a single one is, and its
# last day is the first such day on or after its first; a span's last month or day is
# never before its first.
CLAUSE_AHEAD: list[tuple] = [
    ('Flights resume on Monday, the airline said on Sunday.',
     [('Monday', '2026-03-16'), ('Sunday', '2026-03-08')]),
    ('Schools reopen on Thursday, the ministry said.',
     [('Thursday', '2026-03-12')]),
    ('The warring parties have agreed to a ceasefire from Wednesday to Sunday to '
     'allow aid into the town, mediators said on Monday.', '2017-04-10',
     [('Wednesday', '2017-04-12'), ('Sunday', '2017-04-16'), ('Monday', '2017-04-10')]),
    ('Schools are closed from Tuesday to Thursday.', '2026-03-11',
     [('Tuesday', '2026-03-17'), ('Thursday', '2026-03-19')]),
    ('The programme will run from January to June.', '2021-06-15',
     [('January', '2022-01'), ('June', '2022-06')]),
    ('The mission will be deployed between 1 January and 15 June.', '2021-06-15',
     [('1 January', '2022-01-01'), ('15 June', '2022-06-15')]),
]


@pytest.mark.parametrize(("text", "published", "expected"), _cases(CLAUSE_AHEAD))
def test_a_clause_ends_at_its_comma_and_a_span_holds_together(
        text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected


# ---------------------------------------------------------------- ... and what keeps its reading
# Fronted phrases and subordinate clauses, a past span, a list, "to" that opens no span
# ("reacted on Tuesday to Sunday night's attack"), spans across a year's end.
CLAUSE_LOOKALIKES: list[tuple] = [
    ("On the eve of Sunday's vote, gunmen killed two candidates.",
     [('Sunday', '2026-03-08')]),
    ('If the parties want the vote on 22 November to be credible, they must act now.',
     [('22 November', '2026-11-22')]),
    ('By Friday, 3,000 people had fled.',
     [('Friday', '2026-03-06')]),
    ('From Friday to Sunday, 30 people were killed.',
     [('Friday', '2026-03-06'), ('Sunday', '2026-03-08')]),
    ("Governments reacted on Tuesday to Sunday night's attack.",
     [('Tuesday', '2026-03-10'), ('Sunday', '2026-03-08')]),
    ('Fighting raged from Friday to Sunday.',
     [('Friday', '2026-03-06'), ('Sunday', '2026-03-08')]),
    ('Patrols crossed on Monday and Thursday.',
     [('Monday', '2026-03-09'), ('Thursday', '2026-03-05')]),
    ('The curfew will be in force from 28 December to 3 January.',
     [('28 December', '2026-12-28'), ('3 January', '2027-01-03')]),
    ('The camp was closed between December 28 and January 3.',
     [('December 28', '2025-12-28'), ('January 3', '2026-01-03')]),
]


@pytest.mark.parametrize(("text", "published", "expected"), _cases(CLAUSE_LOOKALIKES))
def test_fronted_dates_lists_and_past_spans_keep_their_reading(
        text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected


# -------------------------------------------------------- a month before "the" and an ordinal day
# "April the 30th", as speech and a transcript say it, is a day and month (not before a
# name: "March the 3rd Brigade").
ORDINAL: list[tuple] = [
    ('The fighting ended on April the 30th.', '2020-05-04',
     [('April the 30th', '2020-04-30')]),
    ('The hearing is set for June the 2nd.', '2020-05-04',
     [('June the 2nd', '2020-06-02')]),
    ('In March the 3rd Brigade withdrew.',
     [('March', '2026-03')]),
    ('In April the rebels took the town.',
     [('April', '2025-04')]),
]


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ORDINAL))
def test_a_month_before_the_ordinal_day(text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected


# ---------------------------------------------------------------- a plan's outcome in a contrast
# "but it did not arrive", "yet they never took place" after the comma tell the plan from a
# past frame, as "never took place" right after the date does; a contrast that tells no
# outcome leaves the plan ahead.
OUTCOME: list[tuple] = [
    ('The villagers expected the convoy in April, but it did not arrive.',
     [('April', '2025-04')]),
    ('Officials said the convoy would come in April, but it never did.',
     [('April', '2025-04')]),
    ('Talks were due to start in April, yet they never took place.',
     [('April', '2025-04')]),
    ('The villagers expect the convoy in April, but the road is still closed.',
     [('April', '2026-04')]),
    ('Officials said the convoy would come in April, but gave no details.',
     [('April', '2026-04')]),
]


@pytest.mark.parametrize(("text", "published", "expected"), _cases(OUTCOME))
def test_a_plans_outcome_after_but(text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected


# ---------------------------------------------------------------- a notice's condition
# A participle after its noun, a bound, the date, then the rule's modal: the notice speaks of
# claims still to come, so the date is ahead ("Claims received after 15 July will not be
# entertained"). A finite past in a relative clause, a participle without a bound, a past
# main verb and a past clause keep their dates behind.
CONDITIONS = [
    ("Claims received after 15 July will not be entertained.", [("15 July", "2026-07-15")]),
    ("Entries submitted before 1 May will be disqualified.", [("1 May", "2026-05-01")]),
    ("Applications filed after 30 April shall not be considered.",
     [("30 April", "2026-04-30")]),
    ("He said that forms received after 15 July will not count.", [("15 July", "2026-07-15")]),
]
CONDITION_LOOKALIKES = [
    ("Troops deployed in February will stay until June.",
     [("February", "2026-02"), ("June", "2026-06")]),
    ("The families who arrived after 15 July will be moved.", [("15 July", "2025-07-15")]),
    ("Aid delivered before 15 July was not enough.", [("15 July", "2025-07-15")]),
    ("The army attacked after 15 July.", [("15 July", "2025-07-15")]),
    ("Rebels attacked after 15 July, and they will attack again.", [("15 July", "2025-07-15")]),
]


@pytest.mark.parametrize(("text", "published", "expected"),
                         _cases(CONDITIONS + CONDITION_LOOKALIKES))
def test_a_notices_condition_looks_ahead(text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected


# ---------------------------------------------------------------- days as notes write them
# "between the 3rd and the 5th of March" (the first day takes the month of the second, as
# "between 1 and 3 March" does), and a night across two days, "9/10 March", valued at its
# first day as "7-8 March" is. A slash between numbers that are no night's two days is no
# such pair ("24/7" before a month; a numeric date keeps its reading).
DAYS_AS_NOTES_WRITE_THEM = [
    ("Talks were held between the 3rd and the 5th of March.",
     [("3rd", "2026-03-03"), ("5th of March", "2026-03-05")]),
    ("Talks run from the 16th to the 18th of March.",
     [("16th", "2026-03-16"), ("18th of March", "2026-03-18")]),
    ("Gunmen struck on 9/10 March.", [("9/10 March", "2026-03-09")]),
    ("Gunmen struck on the night of 9/10 March 2026.", [("9/10 March 2026", "2026-03-09")]),
    ("The hotline is open 24/7 March to June.", [("June", "2025-06")]),
    ("On 23/4/2015 the town fell.", [("23/4/2015", "2015-04-23")]),
    ("Between 1 and 3 March, 40 people died.", [("1", "2026-03-01"), ("3 March", "2026-03-03")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), _cases(DAYS_AS_NOTES_WRITE_THEM))
def test_days_as_notes_write_them(text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected


# ---------------------------------------------------------------- a change's old value
# After a date, "from" names what a change moved away from, not a start: a correction's
# note, a vote moved (the day is read as its clause is: behind under "Corrects", "was
# moved").
CHANGED_FROM = [
    ("(Corrects day of attack to Sunday from Saturday in paragraph 2)",
     [("Sunday", "2026-03-08"), ("Saturday", "2026-03-07")]),
    ("The vote was moved to Sunday from Saturday.",
     [("Sunday", "2026-03-15"), ("Saturday", "2026-03-07")]),
    ("The talks were moved to 20 April from April.",
     [("20 April", "2026-04-20"), ("April", "2025-04")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), _cases(CHANGED_FROM))
def test_from_after_a_date_names_the_old_value(
        text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected


# ---------------------------------------------------------------- families already read
# News date language written for this round whose reading was right before it: datelines
# and their weekday echoes, "overnight", "the early hours", an ordinal day alone after a
# month was named (no month name: no date), "the week before", spans "from ... until ...",
# "by the end of", anniversaries, years, decades, seasons, school and fiscal years,
# holidays (no date without a month, weekday or year), times and scores that look like
# dates ("24/7", "3-1", "9/11", "2100 local time"), numbered resolutions and decrees,
# corrections, obituaries, a court's adjournment, a parliament's sitting, a live blog's
# heading.
ALREADY_READ: list[tuple] = [
    ('KESSA, March 9 (Reuters) - Gunmen attacked a checkpoint on Monday, police said.',
     [('March 9', '2026-03-09'), ('Monday', '2026-03-09')]),
    ('TARFA, March 8 - Shelling resumed on Sunday after a lull on Saturday.',
     [('March 8', '2026-03-08'), ('Sunday', '2026-03-08'), ('Saturday', '2026-03-07')]),
    ('Two rockets struck the port overnight Saturday.',
     [('Saturday', '2026-03-07')]),
    ('Shelling continued from Sunday night into Monday.',
     [('Sunday', '2026-03-08'), ('Monday', '2026-03-09')]),
    ('The army said it had repelled an attack in the early hours of Sunday.',
     [('Sunday', '2026-03-08')]),
    ('The convoy left in the early hours, a driver said.',
     []),
    ('The town fell on March 3, and the rebels took the airport late on the 5th.',
     [('March 3', '2026-03-03')]),
    ('The ministry had warned of an attack the week before.',
     []),
    ('The exhibition ran from 1 March until 8 March.',
     [('1 March', '2026-03-01'), ('8 March', '2026-03-08')]),
    ('Schools stay shut from 16 March until 30 March.',
     [('16 March', '2026-03-16'), ('30 March', '2026-03-30')]),
    ('The government must restore power by the end of March.',
     [('the end of March', '2026-03')]),
    ('The mission aims to finish the survey by the end of 2026.',
     [('the end of 2026', '2026')]),
    ('A year after the May 2 attack, the market is still in ruins.',
     [('May 2', '2025-05-02')]),
    ('Relatives gathered to mark the first anniversary of the March 2025 offensive.',
     [('March 2025', '2025-03')]),
    ('Kessa marked the 30th anniversary of the 1996 siege on Sunday.',
     [('1996', '1996'), ('Sunday', '2026-03-08')]),
    ('The dam was built in 1967 and repaired in 2019.',
     [('1967', '1967'), ('2019', '2019')]),
    ('The town was a garrison throughout the 1990s.',
     []),
    ('The road was cut in the summer of 2024.',
     [('summer of 2024', '2024')]),
    ('Troops withdrew in the winter of 2023-24.',
     [('winter of 2023', '2023')]),
    ('The fiscal year 2025 budget was cut by a third.',
     [('2025', '2025')]),
    ('The 2025-26 school year was disrupted by the fighting.',
     [('2025', '2025')]),
    ('Thousands prayed at the mosque during Eid al-Fitr.',
     []),
    ('Shops were closed on Christmas Day.',
     []),
    ('Families celebrated Nowruz in the camps.',
     []),
    ('The rebels retook the town on Christmas Eve 2025.',
     [('2025', '2025')]),
    ('The hotline is staffed 24/7 by volunteers.',
     []),
    ('The home side won 3-1 in the final.',
     []),
    ('The council voted 12-3 to extend the mission.',
     []),
    ('The region has changed since 9/11.',
     []),
    ('The Security Council adopted resolution 2334 in December 2016.',
     [('December 2016', '2016-12')]),
    ('Under Resolution 2254 (2015), the parties must hold elections.',
     [('2015', '2015')]),
    ('Decree No. 2017 was published in the gazette.',
     []),
    ('The attack began at 2100 local time.',
     []),
    ('An earlier version of this story misstated the date of the raid as March 4. It '
     'took place on March 3.',
     [('March 4', '2026-03-04'), ('March 3', '2026-03-03')]),
    ('Amina Okafor, who was born on 12 June 1948 in Kessa, died on Sunday.',
     [('12 June 1948', '1948-06-12'), ('Sunday', '2026-03-08')]),
    ('Okafor (1948-2026) founded the clinic in 1979.',
     [('1948', '1948'), ('2026', '2026'), ('1979', '1979')]),
    ('The court adjourned the case to 24 March.',
     [('24 March', '2026-03-24')]),
    ('The bill passed its second reading on Tuesday.',
     [('Tuesday', '2026-03-10')]),
    ('Drones struck the depot on the night of 7-8 March.',
     [('7-8 March', '2026-03-07')]),
    ('Talks broke down in mid-March last year.',
     [('mid-March last year', '2025-03')]),
    ('In a statement late Monday, the army said the raid had ended.',
     [('Monday', '2026-03-09')]),
    ('Monday, 9 March: Shelling resumed at dawn.',
     [('Monday, 9 March', '2026-03-09')]),
]


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ALREADY_READ))
def test_families_already_read(text: str, published: str, expected: list) -> None:
    assert dates(text, published) == expected
