"""Which way a month (or day and month) without its year points: the verb of its clause
decides (issue 11). Sentences are fictional; every one is dated by a report published on
Wednesday 20 November 2024, so "March" is March 2024 looking back and March 2025 looking
ahead."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract
from workbench.core.extract.date_direction import AHEAD, BACK, NEAR, direction

PUBLISHED = "2024-11-20"


def dates(text: str, published: str = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, published)["dates"]]


@pytest.mark.parametrize(("text", "expected"), [
    # "would" in reported speech looks ahead from the words' time
    ("The ministry said the curfew would stay in force until March.", [("March", "2025-03")]),
    ("A monitoring panel would meet every month starting in February.",
     [("February", "2025-02")]),
    ("Officials said the crossing would reopen on 3 February.",
     [("3 February", "2025-02-03")]),
    # a bound ahead of a verb that is not past
    ("Farmers fear they cannot reach their fields before the rains in April.",
     [("April", "2025-04")]),
    ("The emergency law runs for six months, until April.", [("April", "2025-04")]),
    ("The road to Kessa is closed until March.", [("March", "2025-03")]),
    ("Aid agencies asked donors for $20 million to feed the displaced until April.",
     [("April", "2025-04")]),
    ("The hearing was postponed until March.", [("March", "2025-03")]),
    # an intention's infinitive, an arrangement
    ("The two sides have agreed to begin joint patrols before the end of January.",
     [("the end of January", "2025-01")]),
    ("The government plans to hold the vote in March.", [("March", "2025-03")]),
    ("The trial is to open in February.", [("February", "2025-02")]),
    # the verb after a date that opens its clause
    ("By February the army will have withdrawn from the town.", [("February", "2025-02")]),
    ("In January the rebels will hold a congress.", [("January", "2025-01")]),
    # a strong cue governs the infinitive and its bound: ahead, not merely the nearest
    ("The offensive, which began in March, is expected to end by June.",
     [("March", "2024-03"), ("June", "2025-06")]),
    ("Talks are to resume in January, the mediator said.", [("January", "2025-01")]),
    # a lone "March" after a plan's "set for" is a date
    ("Elections are scheduled for March.", [("March", "2025-03")]),
    # "next" before the noun the date dates (not "next to", below)
    ("The next round of talks opens in April.", [("April", "2025-04")]),
])
def test_a_clause_that_looks_ahead_moves_the_month_ahead(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # past verbs, even after a bound or a "will" further away
    ("The town was calm until March, when the shelling began.", [("March", "2024-03")]),
    ("Thousands fled before the rains in April.", [("April", "2024-04")]),
    ("Fighting continued until February.", [("February", "2024-02")]),
    ("By March, 3,000 people had fled the district.", [("March", "2024-03")]),
    ('"We will never forget what happened in March," the mayor said.',
     [("March", "2024-03")]),
    ("The committee will investigate the talks that collapsed in February.",
     [("February", "2024-02")]),
    ("The rebels would not say who ordered the attack in March.", [("March", "2024-03")]),
    # a past "in April" inside a sentence whose future comes after it
    ("The trial of the men who attacked the convoy in April will open next week.",
     [("April", "2024-04"), ("next week", "2024-11-25")]),
    # "since" points back whatever follows
    ("Prices have risen since January and will keep rising.", [("January", "2024-01")]),
    # an infinitive that hangs on a past verb, "next to", "to" before a place
    ("The army moved to retake the town in March.", [("March", "2024-03")]),
    ("The camp next to the river was shelled in March.", [("March", "2024-03")]),
    ("The families went to Kessa in April.", [("April", "2024-04")]),
    # an adjective in -ed is no past verb: the "will" governs
    ("Envoys will meet armed groups in March.", [("March", "2025-03")]),
    # an act that is done when told dates itself, whatever the clause around it; a
    # clause after the date in the past dates it too; a plan told in the past perfect
    ("The ministry would not comment on the attack in March.", [("March", "2024-03")]),
    ("He said he would never forget the day in March when his son died.",
     [("March", "2024-03")]),
    ("They had planned to return in March but the fighting resumed.", [("March", "2024-03")]),
    # nothing says: the latest such month, as before
    ("Clashes in the north killed nine people in March.", [("March", "2024-03")]),
    ("The report covers the fighting in March.", [("March", "2024-03")]),
])
def test_a_past_or_silent_clause_keeps_the_month_behind(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a clause that looks ahead by its verb: the next such weekday (Wednesday publication)
    ("The government plans to reopen the crossing on Saturday.", [("Saturday", "2024-11-23")]),
    ("The trial is to open on Monday.", [("Monday", "2024-11-25")]),
    ("The ministry hopes to restore power by Saturday.", [("Saturday", "2024-11-23")]),
    ("The two sides agreed to meet again on Friday.", [("Friday", "2024-11-22")]),
    ("Negotiators are due back in Geneva on Monday.", [("Monday", "2024-11-25")]),
    ("On Friday the army will pull back from the ridge.", [("Friday", "2024-11-22")]),
    # look-alikes: a past verb nearest the day, an agreement to a thing, an infinitive
    # on a past verb, a "will" in a clause of its own
    ("The mayor, who will step down next month, was shot on Tuesday.",
     [("next month", "2024-12"), ("Tuesday", "2024-11-19")]),
    ("Rebels who will face trial were arrested on Tuesday.", [("Tuesday", "2024-11-19")]),
    ("The talks will resume after the ceasefire collapsed on Sunday.",
     [("Sunday", "2024-11-17")]),
    ("The rebels agreed to a truce on Sunday.", [("Sunday", "2024-11-17")]),
    ("The army moved to retake the bridge on Sunday.", [("Sunday", "2024-11-17")]),
    ("The attackers, believed to come from the hills, raided two villages on Saturday.",
     [("Saturday", "2024-11-16")]),
    ("The army will withdraw, officials said on Sunday.", [("Sunday", "2024-11-17")]),
    # a present perfect leaves the day to its bound; "since" points back
    ("The militia has given the villagers until Friday to leave.", [("Friday", "2024-11-22")]),
    ("The government promised to investigate the raid on Friday.", [("Friday", "2024-11-15")]),
    # a present progressive with its day is an arrangement; what came "after" is past
    ("The president is visiting Kessa on Monday.", [("Monday", "2024-11-25")]),
    ("The town is recovering after the floods on Sunday.", [("Sunday", "2024-11-17")]),
    ("Schools are closed after the attack until Monday.", [("Monday", "2024-11-25")]),
    # a possessive day names its act: a done act is past, an election ahead
    ("Police will investigate Friday's attack.", [("Friday", "2024-11-15")]),
    ("Voters will go to the polls in Sunday's elections.", [("Sunday", "2024-11-24")]),
    ("Schools will reopen on Monday after being closed since Thursday.",
     [("Monday", "2024-11-25"), ("Thursday", "2024-11-14")]),
])
def test_a_weekday_follows_its_clause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert dates(text) == expected


def test_words_that_look_ahead_point_past_publication_unless_just_before_it() -> None:
    # In a June report, the March a "would" speaks of is the one just past (three months
    # back); in a November report it is the coming one.
    text = "He said the troops would withdraw by March."
    assert dates(text, "2024-06-15") == [("March", "2024-03")]
    assert dates(text, "2024-11-20") == [("March", "2025-03")]
    # a vow made the day before: June is ahead, though the June behind is nearer
    assert dates("The prime minister vowed on Tuesday to rebuild the city by June.",
                 "2024-11-20") == [("Tuesday", "2024-11-19"), ("June", "2025-06")]
    # six months either way: ahead
    assert dates("The emergency law runs for six months, until May.", "2024-11-20") == [
        ("May", "2025-05")]
    # a past under a modal is a past: in a May report the October before, not the
    # nearer one to come
    assert dates("The rebels may have crossed the border in October.", "2024-05-15") == [
        ("October", "2023-10")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks will resume in March.", AHEAD),
    ("Talks would resume in March.", NEAR),
    ("Talks resumed in March.", BACK),
    ("Talks have been frozen since March.", BACK),
    ("Talks in March.", None),
])
def test_direction_reads_the_clause(text: str, expected: str | None) -> None:
    start = text.index("March")
    assert direction(text, start, start + len("March")) == expected



@pytest.mark.parametrize("place", ["SANTIAGO", "MAZATENANGO", "LOS AMIGO"])
def test_the_clause_reach_never_reads_the_tail_of_a_cut_word(place: str) -> None:
    # A long subject pushes the dateline's place across the start of the clause's reach,
    # 120 characters before the date: the place's last letters ("GO") are no verb "go"
    # of a plan ahead, and a past "moved back ... on Wednesday" stays the Wednesday
    # before a Friday publication.
    body = ("The staff of Radio Nyota, the district's oldest station, moved back into "
            "their studio above the old main market on ")
    text = f"{place} - {body}Wednesday, a month after the fire."
    start = text.index("Wednesday")
    assert text[start - 120:start].startswith("GO - ")
    assert dates(text, "2026-06-19") == [("Wednesday", "2026-06-17")]
    assert direction(text, start, start + len("Wednesday")) in (None, BACK)


@pytest.mark.parametrize("text", [
    "About 4,000 people are sheltering in two schools, according to a survey carried out "
    "on Tuesday.",
    "Families are living in tents by the road, according to a count made on Tuesday.",
])
def test_a_date_after_according_to_is_the_source_s_not_the_told_clause_s(text: str) -> None:
    # the present before "according to" is what the source told, not the date's verb
    assert dates(text, "2026-04-16") == [("Tuesday", "2026-04-14")]
