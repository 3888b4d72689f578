"""English round 186 (issue 11): who holds or takes people decides their outcome (a force
that keeps a border or a coast holds detainees; "the capture of" reads as the verb does),
the named members of a counted toll, people held in a place with others, and people taken
away as a part told by a pronoun or then held for a time. The probe sentences are our own,
written in the style of news (wire, communique, rights report, feature)."""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts as _pairs


@pytest.mark.parametrize("text, expected", [
    # the captor decides: forces of a border or a coast hold detainees
    ("Border guards hold 30 migrants near the river crossing.", [(30, "arrested")]),
    ("Border guards are holding 30 migrants near the river crossing.", [(30, "arrested")]),
    ("The coast guard is holding 40 migrants at the port.", [(40, "arrested")]),
    ("Coastguards were holding 25 people on Sunday, officials said.", [(25, "arrested")]),
    ("Immigration officers are holding 17 men at the airport, the ministry said in a "
     "communique.", [(17, "arrested")]),
    ("Border guards took 12 men from their homes, the rights group said.",
     [(12, "arrested")]),
    # ... and "the capture of" reads as the verb "captured" does
    ("The operation led to the capture of 140 suspects, the interior ministry said.",
     [(140, "arrested")]),
    ("Police announced the capture of three suspects.", [(3, "arrested")]),
    ("The raid resulted in the capture of 12 militants.", [(12, "captured")]),
    ("The rebels announced the capture of 20 soldiers.", [(20, "captured")]),
    ("The capture of two soldiers by the militia was confirmed on Monday.",
     [(2, "captured")]),
    ("Troops killed 11 fighters and announced the capture of five others.",
     [(11, "killed"), (5, "captured")]),
    # named members of a counted toll
    ("The four dead were a 60-year-old farmer, a student, a nurse and her daughter, "
     "relatives said.", [(4, "killed"), (1, "killed"), (1, "killed"), (1, "killed")]),
    ("The four dead were a farmer, a student, a nurse and a boy.",
     [(4, "killed"), (1, "killed"), (1, "killed"), (1, "killed"), (1, "killed")]),
    ("The three dead were a 60-year-old farmer, a student and a boy.",
     [(3, "killed"), (1, "killed"), (1, "killed"), (1, "killed")]),
    ("The two killed were a police officer and a street vendor.",
     [(2, "killed"), (1, "killed"), (1, "killed")]),
    ("The five wounded were a shopkeeper, two students and a taxi driver.",
     [(5, "wounded"), (1, "wounded"), (2, "wounded"), (1, "wounded")]),
    ("The 11 dead included a 7-year-old girl, a pharmacist and two brothers, the mayor "
     "told reporters.", [(11, "killed"), (1, "killed"), (1, "killed"), (2, "killed")]),
    ("According to the ministry, the three dead are a soldier, a shepherd and a "
     "schoolboy.", [(3, "killed"), (1, "killed"), (1, "killed"), (1, "killed")]),
    ("The two injured were a guard and a cleaner, the hospital said.",
     [(2, "wounded"), (1, "wounded"), (1, "wounded")]),
    # held in a place with others
    ("He was held in a cell with 9 other prisoners for two weeks.", [(9, "arrested")]),
    ("She said she was held in a police station with 14 other women.",
     [(14, "arrested")]),
    ("The journalist was held at the military base with six other reporters, the "
     "report says.", [(6, "arrested")]),
    ("He said he was held in a prison with 30 other men for a year.",
     [(30, "arrested")]),
    ("Rebels said he was held in a camp with 30 other soldiers.", [(30, "captured")]),
    # taken away: a part told by a pronoun, or held for a time after
    ("Gunmen separated the men and took 19 of them away.", [(19, "captured")]),
    ("The attackers took 12 of them away in a truck, witnesses said.",
     [(12, "captured")]),
    ("Militiamen rounded up the villagers and took 30 of them away.", [(30, "captured")]),
    ("Gunmen took away 19 of them.", [(19, "captured")]),
    ("Kidnappers stopped the bus and took 11 of them with them into the forest.",
     [(11, "captured")]),
    ("Three fishermen were taken away in a boat and held for a month.",
     [(3, "captured")]),
    ("Two engineers were taken from their car and held for more than a week.",
     [(2, "captured")]),
    ("Five villagers were taken into the forest and held for several weeks.",
     [(5, "captured")]),
])
def test_round_en186_reads(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the older gold's call: people a state's army captures in a clash stay captured
    ("In the fighting, six members of the armed group were killed and two others were "
     "captured, the army said.", [(6, "killed"), (2, "captured")]),
    ("Government troops captured 11 insurgents on Tuesday.", [(11, "captured")]),
    ("Police captured four suspects after a chase.", [(4, "arrested")]),
    ("Pirates are holding 18 crew members.", [(18, "captured")]),
    # things, places and meetings
    ("The rebels captured the town on Sunday.", []),
    ("The attack was captured on camera.", []),
    ("The army reported the capture of 40 rifles and three vehicles.", []),
    ("Rebels claimed the capture of the town.", []),
    # a capture still sought
    ("The government offered a reward of $5 million for information leading to the "
     "capture of a rebel commander.", []),
    ("Police offered a reward for the capture of three escaped prisoners.", []),
    ("Troops captured 40 rifles and 3 vehicles.", []),
    ("The two ministers held talks on Monday.", []),
    ("Border guards hold talks with their counterparts.", []),
    ("Some 300 soldiers took part in the parade.", []),
    ("He held 12 officials responsible for the failure.", []),
    # a counted whole with no members named
    ("The six dead were buried on Sunday.", [(6, "killed")]),
    ("The two wounded were taken to hospital in a private car.", [(2, "wounded")]),
    ("The four dead were all members of one family.", [(4, "killed")]),
    ("The 20 dead were a fraction of the toll.", [(20, "killed")]),
    # held in a place that is no one's custody, with others who are no people held
    ("He was held in high regard with two other elders.", []),
    ("The talks were held in Geneva with 12 other delegations.", []),
    # taken to care or custody and kept there; a pronoun's part with no captors
    ("Four traders were taken to the police station and held for a week.", []),
    ("Two men were taken to hospital and held for a day.", []),
    ("The thieves took three of them away.", []),
    ("Relatives took three of them away to the clinic.", []),
])
def test_round_en186_stays(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected
