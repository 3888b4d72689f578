"""Probes of English round 135 (issue 11): victims named after a toll, adjectives of outcome,
tolls broken down.

The blind sets count each counted member of a list of the dead or the hurt after its whole
("Among the dead were", "The dead included", "Those who died were named as", "put the dead
at 12, among them"), with the whole's outcome even where a reduced relative tells how the
member died ("hit by stray bullets"); a count whose noun names another outcome's people
with the outcome its adjective of harm tells ("40 wounded refugees"); and each part of a
toll told by where, when or how its people died right after it ("six in Dakar and three in
Kaolack") with the toll's outcome. The look-alikes name survivors, the rescued or the
honoured, an adjective of harm with no count or no people, a list that is no list of
members, an apposition that repeats a member, and counts after a toll that are no parts.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

LISTS = [
    # before: the second member wounded
    ("The dead included a bus driver and a 14-year-old boy hit by stray bullets.",
     [("dead included a bus driver", "killed", 1),
      ("a 14-year-old boy hit by stray bullets", "killed", 1)]),
    # before: the marshal missing
    ("Two ushers and a queue marshal were dead by the time the ambulances arrived.",
     [("Two ushers", "killed", 2), ("a queue marshal were dead", "killed", 1)]),
    # before: the members missing
    ("Five people were killed in the raid. Those who died were named as a shepherd, his wife "
     "and their three sons.",
     [("Five people were killed", "killed", 5), ("a shepherd", "killed", 1),
      ("three sons", "killed", 3)]),
    ("The dead were named as Ali Musa, 34, a teacher, and his two sons.",
     [("two sons", "killed", 2)]),
    ("The camp's director put the dead at 12, among them a woman and her three daughters.",
     [("the dead at 12", "killed", 12), ("a woman", "killed", 1),
      ("three daughters", "killed", 3)]),
    ("Three of the dead were farmers and two herders, the governor said.",
     [("Three of the dead", "killed", 3), ("two herders", "killed", 2)]),
    ("Those who died included four women accused of spying for the militia.",
     [("four women", "killed", 4)]),
    ("Those killed included 12 in the border district.",
     [("12 in the border district", "killed", 12)]),
    ("Those who died included a police sergeant who was struck on the head by a stone.",
     [("a police sergeant", "killed", 1)]),
    ("Among those killed in the attack on Sunday were a priest and two altar boys.",
     [("a priest", "killed", 1), ("two altar boys", "killed", 2)]),
    # read before as now
    ("Gunmen stormed the village on Sunday. Among the dead were a grandmother and four "
     "grandchildren.",
     [("dead were a grandmother", "killed", 1), ("four grandchildren", "killed", 4)]),
    ("The injured included a nurse and three firefighters.",
     [("injured included a nurse", "wounded", 1), ("three firefighters", "wounded", 3)]),
]

ADJECTIVES = [
    # before: displaced, arrested, captured
    ("Aid workers treated at least 40 wounded refugees at the camp.",
     [("at least 40 wounded refugees", "wounded", 40)]),
    ("Guards beat three injured detainees, a lawyer said.",
     [("three injured detainees", "wounded", 3)]),
    ("The army said 8 injured hostages were flown to the capital.",
     [("8 injured hostages", "wounded", 8)]),
    # before: nothing
    ("A shooting at the park wounded five. A father of two of the injured children said the "
     "car circled twice.",
     [("wounded five", "wounded", 5), ("two of the injured children", "wounded", 2)]),
    # read before as now
    ("After the jail riot, 12 injured prisoners were taken to hospital.",
     [("12 injured prisoners", "wounded", 12)]),
]

BREAKDOWNS = [
    # before: the toll only
    ("Three people died: one at the scene and two later in custody.",
     [("Three people died", "killed", 3), ("one at the scene", "killed", 1),
      ("two later in custody", "killed", 2)]),
    ("Four protesters were killed, one from head injuries sustained during the dispersal.",
     [("Four protesters were killed", "killed", 4),
      ("one from head injuries sustained during the dispersal", "killed", 1)]),
    ("Nine people have been killed since Thursday, six in the capital and three in the port "
     "city.",
     [("Nine people have been killed", "killed", 9), ("six in the capital", "killed", 6),
      ("three in the port city", "killed", 3)]),
    ("Six civilians died: four in the market and two at the bus station.",
     [("Six civilians died", "killed", 6), ("four in the market", "killed", 4),
      ("two at the bus station", "killed", 2)]),
    ("The army said 40 militants were killed, 25 in air strikes and 15 in ground fighting.",
     [("40 militants were killed", "killed", 40), ("25 in air strikes", "killed", 25),
      ("15 in ground fighting", "killed", 15)]),
    ("Eleven people were wounded - seven near the mosque and four outside the school.",
     [("Eleven people were wounded", "wounded", 11), ("seven near the mosque", "wounded", 7),
      ("four outside the school", "wounded", 4)]),
    # before: the first part only
    ("Police arrested 30 protesters, 12 in the capital and 18 in the port.",
     [("arrested 30 protesters", "arrested", 30), ("12", "arrested", 12),
      ("18 in the port", "arrested", 18)]),
    # read before as now: "the other two" is read by its verb
    ("One guard was shot dead; the other two were wounded.",
     [("One guard was shot dead", "killed", 1), ("two were wounded", "wounded", 2)]),
    ("Twenty people were wounded. Of the wounded, one participant had died by Friday.",
     [("Twenty people were wounded", "wounded", 20),
      ("one participant had died", "killed", 1)]),
]

LOOKALIKES = [
    ("Among the rescued were two nurses.", []),
    ("Among the survivors were a nurse and two children.", []),
    ("Among those honoured were two firefighters.", []),
    ("The dead man's brother said he would sue.", []),
    ("It was a matter of wounded pride for the team.", []),
    ("The court ordered compensation for the injured party.", []),
    ("A spokesman denied reports of dead hostages.", []),
    ("The brother of one of the dead farmers spoke outside the court.", []),
    ("The dead were buried in a mass grave on Tuesday.", []),
    # the whole's verb is no list
    ("The wounded were treated by a doctor and two nurses.", []),
    ("The dead were taken to the morgue by two soldiers and a policeman.", []),
    ("The dead in the attack were taken to the morgue by two soldiers.", []),
    ("Those killed were mostly young men, and two women were wounded.",
     [("two women were wounded", "wounded", 2)]),
    # an apposition repeats a member
    ("The dead were two brothers from the market district and a forklift driver, a "
     "41-year-old father of three.",
     [("dead were two brothers", "killed", 2), ("a forklift driver", "killed", 1)]),
    # "among them" after two outcomes names no one's part
    ("Seven people were killed and 30 wounded, among them nine women.",
     [("Seven people were killed", "killed", 7), ("30 wounded", "wounded", 30)]),
    # counts after a toll that are no parts of it
    ("The attack killed four people, two years after a similar bombing.",
     [("killed four people", "killed", 4)]),
    ("The blast killed 11 people, one of the deadliest attacks this year.",
     [("killed 11 people", "killed", 11)]),
    ("Two soldiers were killed, 12 in all since March.",
     [("Two soldiers were killed", "killed", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), LISTS + ADJECTIVES + BREAKDOWNS)
def test_member(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalike(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected
