"""A bound on a state set by an act (issue 11): "closed the border until Sunday".

An act that sets a state ("closed", "suspended", "imposed", "ordered ... shut", "barred")
starts something that runs on to the bound after its object, so the bound lies ahead of
the act whatever the act's tense: "Police closed the border until Sunday", "The army
said it had closed all roads into Kessa until Tuesday" (the pluperfect is reported
words' past: "we have closed"), "would keep the roads closed until Tuesday" (a keeping
verb's modal decides over its participle). When the act's own day is named before the
bound ("imposed a curfew on Friday until Sunday"), the bound is the first such weekday
after that day. The corpus rules resolve a weekday to the next one when the text is
about the future, and a month as the clause points: ahead of the act, so ahead of
publication unless it lies in the three months before it.

Look-alikes keep their reading: a span the clause tells as past runs out at its bound
("had stayed at the school until Sunday", "fighting lasted until Tuesday", "remained in
hiding until March", "waited until Friday to announce", "It was not until Monday that",
"kept the roads closed until Tuesday", "was closed until Sunday"), and so does a state
the words after say ended ("until Tuesday, when they reopened it").

Sentences are fictional. Reports are dated Monday 2 March 2026 unless a row says
otherwise: there "Tuesday" is 3 March ahead and 24 February behind; on Wednesday 4 March
"Tuesday" is 10 March ahead and 3 March behind.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2026-03-02"


def dates(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


def _cases(rows: list[tuple]) -> list[tuple]:
    return [row if len(row) == 3 else (row[0], PUBLISHED, row[1]) for row in rows]


# Readings this change added: each fails on the code before it.
MEMBERS: list[tuple] = [
    ("The army said it had closed all roads into Kessa until Tuesday.",
     [("Tuesday", "2026-03-03")]),
    ("Police closed the border crossing until Sunday.",
     [("Sunday", "2026-03-08")]),
    ("The army said it would keep the roads into the town closed until Tuesday.",
     [("Tuesday", "2026-03-03")]),
    # the day after the weekday: the next one, a week on
    ("The governor declared a curfew across the province until Tuesday.", "2026-03-04",
     [("Tuesday", "2026-03-10")]),
    ("The interior ministry ordered all schools closed until Monday, state radio reported.",
     "2026-03-04", [("Monday", "2026-03-09")]),
    ("A military court ordered the two journalists held until Thursday.", "2026-03-06",
     [("Thursday", "2026-03-12")]),
    ("The health ministry imposed a lockdown on the two camps until Wednesday.", "2026-03-05",
     [("Wednesday", "2026-03-11")]),
    # a week after the act, the report still reads the bound ahead of it
    ("The governor declared a state of emergency in the district until Monday.", "2026-03-10",
     [("Monday", "2026-03-16")]),
    ("The rebels said they had sealed the crossing till Saturday.", "2026-03-09",
     [("Saturday", "2026-03-14")]),
    # a present perfect is the act's too
    ("The army has ordered all shops closed until Friday.", "2026-03-04",
     [("Friday", "2026-03-06")]),
    # the act's own day named before the bound: the first such weekday after it
    ("The governor imposed a curfew on Friday until Monday.", "2026-03-07",
     [("Friday", "2026-03-06"), ("Monday", "2026-03-09")]),
    ("On Thursday, authorities closed the road until Tuesday.", "2026-03-07",
     [("Thursday", "2026-03-05"), ("Tuesday", "2026-03-10")]),
    ("The ministry said yesterday it had suspended classes until Thursday.", "2026-03-04",
     [("yesterday", "2026-03-03"), ("Thursday", "2026-03-05")]),
    # a day far from this week's is no act's day: the bound is read from publication
    ("The army, which seized the town on 3 January 2024, closed the road until Monday.",
     "2026-03-04", [("3 January 2024", "2024-01-03"), ("Monday", "2026-03-09")]),
    ("The army placed the town under curfew until Sunday.", "2026-03-04",
     [("Sunday", "2026-03-08")]),
    # months and days with their month
    ("The authorities had banned all public gatherings until March.", "2026-11-10",
     [("March", "2027-03")]),
    ("The authorities closed the border until August.", "2026-06-10",
     [("August", "2026-08")]),
    ("The court barred the former mayor from leaving the country until 5 March.", "2026-11-10",
     [("5 March", "2027-03-05")]),
]

# Members the engine read so already (often by the chance of the object's first word).
ALREADY: list[tuple] = [
    ("Police closed all roads into the town until Tuesday.",
     [("Tuesday", "2026-03-03")]),
    ("The airline suspended flights till Monday.", "2026-03-04",
     [("Monday", "2026-03-09")]),
    ("The ministry ordered schools shut through Wednesday.", "2026-03-05",
     [("Wednesday", "2026-03-11")]),
    ("The council extended the ban on rallies until Thursday.", "2026-03-09",
     [("Thursday", "2026-03-12")]),
    ("Officials said the crossing would remain closed until Friday.",
     [("Friday", "2026-03-06")]),
    # the weekday itself: ahead and behind are the same day
    ("Police closed the bridge until Monday.",
     [("Monday", "2026-03-02")]),
    ("The governor banned all gatherings until further notice.", []),
    ("The authorities will keep the market shut until Friday.",
     [("Friday", "2026-03-06")]),
    ("The airport authority suspended all flights to the capital through 12 January.",
     "2026-11-10", [("12 January", "2027-01-12")]),
    # the act's day named before the bound, both behind: the bound is the first such
    # weekday after it, which is the latest one too
    ("The army imposed a curfew on Friday until Sunday.", "2026-03-04",
     [("Friday", "2026-02-27"), ("Sunday", "2026-03-01")]),
    ("After the attack on Friday, police closed the road until Monday.", "2026-03-04",
     [("Friday", "2026-02-27"), ("Monday", "2026-03-02")]),
    ("On 27 February the army sealed the crossing until Sunday.", "2026-03-04",
     [("27 February", "2026-02-27"), ("Sunday", "2026-03-01")]),
    # reported words weeks old: a month in the three months before publication is behind
    ("The authorities had closed the border until March.", "2026-06-10",
     [("March", "2026-03")]),
]

LOOK_ALIKES: list[tuple] = [
    ("The family had stayed at the school until Sunday.", "2026-03-04",
     [("Sunday", "2026-03-01")]),
    ("Heavy fighting lasted until Tuesday.", "2026-03-04", [("Tuesday", "2026-03-03")]),
    ("The commander remained in hiding until March.", "2026-11-10", [("March", "2026-03")]),
    ("The ministry waited until Friday to announce the deaths.", "2026-03-07",
     [("Friday", "2026-03-06")]),
    ("It was not until Monday that rescuers reached the village.", "2026-03-04",
     [("Monday", "2026-03-02")]),
    ("Police kept the roads closed until Tuesday.", "2026-03-04", [("Tuesday", "2026-03-03")]),
    ("The crossing was closed until Sunday.", "2026-03-04", [("Sunday", "2026-03-01")]),
    ("Police closed the road until Tuesday, when they reopened it.", "2026-03-04",
     [("Tuesday", "2026-03-03")]),
    ("The army imposed a curfew that lasted until Sunday.", "2026-03-04",
     [("Sunday", "2026-03-01")]),
    ("The army was forced to keep the road closed until Monday.", "2026-03-04",
     [("Monday", "2026-03-02")]),
    ("Rebels besieged the town until Monday.", "2026-03-04", [("Monday", "2026-03-02")]),
    ("Two men were held until Monday.", "2026-03-04", [("Monday", "2026-03-02")]),
    ("Residents said soldiers closed the road in the morning and fought until Sunday.",
     "2026-03-04", [("Sunday", "2026-03-01")]),
    ("Protesters blocked the highway until Tuesday.", "2026-03-04",
     [("Tuesday", "2026-03-03")]),
    ("The rebels held the town until March.", "2026-11-10", [("March", "2026-03")]),
    ("Fighting on Friday lasted until Sunday.", "2026-03-04",
     [("Friday", "2026-02-27"), ("Sunday", "2026-03-01")]),
    ("Residents said the soldiers stayed on Friday until Monday.", "2026-03-07",
     [("Friday", "2026-03-06"), ("Monday", "2026-03-02")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), _cases(MEMBERS))
def test_a_bound_on_a_state_an_act_set_lies_ahead(text: str, published: str,
                                                   expected: list) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _cases(ALREADY))
def test_members_read_before_keep_their_reading(text: str, published: str,
                                                expected: list) -> None:
    assert dates(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), _cases(LOOK_ALIKES))
def test_a_span_told_as_past_keeps_its_bound_behind(text: str, published: str,
                                                    expected: list) -> None:
    assert dates(text, published) == expected
