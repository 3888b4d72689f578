"""Probes of the hundred-and-nineteenth English round (issue 11): the sixty-seventh and
sixty-eighth sets' casualty figures.

A vague count's group after a possessive ("dozens of its supporters had been rounded up",
en-68). A charge's reduced relative between the people and their verb ("31 people suspected
of taking part in the violence have been arrested", en-67). An inserted sub-group's harm
participle before the whole's verb ("31 people, including 12 police officers hit by stones,
were injured", en-68). One more person counted by an ordinal, how he was hurt in between,
then his condition or his survival (en-68, en-67). "among the dead was" opening a clause a
source reports (en-68). People still held after a capture (en-67). "took away" closing a
series of verbs of armed men (en-68). "the dead, who included" and the comma that closes
its list (en-68). "ransom" as a word of hostages and "of the people freed" (en-67). Single
people apposed to a counted part of the dead (en-68). The bodies' own passive of finding
before ", up from seven" (en-67). Operatives as people ("eliminated two ... operatives",
en-67). Precision: former detainees (en-67,
en-49, en-64) and a thing's noun before a participle (en-68).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures as _short

Short = tuple[str, str, int]



# (text, every figure the engine must give, as (span, outcome, count))
MEMBERS: list[tuple[str, list[Short]]] = [
    # a vague count's group after a possessive
    ("The opposition said scores of its activists had been rounded up in Darel.",
     [("scores of its activists had been rounded up", "arrested", 40)]),
    ("A lawyer said dozens of their relatives were detained overnight.",
     [("dozens of their relatives were detained", "arrested", 24)]),
    # a charge's reduced relative before the people's verb
    ("Eighteen men suspected of burning the market have been detained in Korla.",
     [("Eighteen men suspected of burning the market have been detained", "arrested", 18)]),
    ("Nine youths accused of looting shops were arrested on Friday.",
     [("Nine youths accused of looting shops were arrested", "arrested", 9)]),
    # an inserted sub-group's harm participle
    ("Two guards died and 40 people, including four officers hit by rocks, were injured "
     "at the gate.",
     [("Two guards died", "killed", 2), ("40 people", "wounded", 40),
      ("including four officers", "wounded", 4)]),
    ("At least 25 people, including three soldiers struck by shrapnel, were wounded.",
     [("At least 25 people", "wounded", 25), ("including three soldiers", "wounded", 3)]),
    # one more person by an ordinal, how he was hurt, his condition or survival
    ("A second woman, who was shot in the chest, remained in critical condition on Sunday.",
     [("A second woman, who was shot in the chest, remained in critical condition",
       "wounded", 1)]),
    ("One guard, who was shot in the abdomen, remains in a critical condition.",
     [("One guard, who was shot in the abdomen, remains in a critical condition",
       "wounded", 1)]),
    ("A third guard, shot in the stomach as he ran, survived the attack.",
     [("A third guard, shot in the stomach as he ran, survived", "wounded", 1)]),
    # "among the dead" opening a reported clause
    ("Six villagers were killed and three wounded in the raid. A nurse told AFP on Monday "
     "that among the dead was a 12-year-old boy.",
     [("Six villagers were killed", "killed", 6), ("three wounded", "wounded", 3),
      ("a 12-year-old boy", "killed", 1)]),
    # still held after a capture
    ("Militants overran the post and captured 14 guards last year. Three officers are "
     "still being held, the army said.",
     [("captured 14 guards", "captured", 14),
      ("Three officers are still being held", "captured", 3)]),
    # "took away" closing a series of armed men's verbs
    ("DORAN (AFP) - Armed men stopped a lorry on the coast road near Marel before dawn on "
     "Tuesday, beat its driver with rifle butts and took away three traders, police said.",
     [("took away three traders", "captured", 3)]),
    # "the dead, who included" and the comma closing its list
    ("Besides the dead, who included two teachers and a boy of nine, five villagers were "
     "hurt.",
     [("dead, who included two teachers", "killed", 2), ("a boy", "killed", 1),
      ("five villagers were hurt", "wounded", 5)]),
    # the freed among captives
    ("Smugglers held the migrants for ransom in a farmhouse. A charity says 40 of the "
     "people freed have been moved to a shelter, 12 of them children.",
     [("40 of the people freed", "captured", 40), ("12 of them children", "captured", 12)]),
    ("Soldiers freed 60 travellers who had been held for ransom near Tavel.",
     [("freed 60 travellers", "captured", 60)]),
    # the bodies' passive of finding before the value they replaced
    ("Police said 11 bodies were found buried in shallow graves at the edge of the camp at "
     "Tavel, up from seven on Monday.",
     [("11 bodies", "killed", 11), ("up from seven", "killed", 7)]),
    # an armed group's operatives are people
    ("The army said it had eliminated three Kessa Front operatives near the border.",
     [("eliminated three Kessa Front operatives", "killed", 3)]),
    # single people apposed to a counted part of the dead
    ("At least nine people have died in custody. Two of the dead, a 20-year-old mechanic "
     "and a farmer from Tolo, had been held for one night.",
     [("At least nine people have died", "killed", 9), ("Two of the dead", "killed", 2),
      ("a 20-year-old mechanic", "killed", 1), ("a farmer", "killed", 1)]),
]

# The same words where the reading must not change: things after a possessive, a charge
# that holds a count or leads to a sentence, a relative of no harm, survival told alone,
# "among" another noun, still held after arrests, a series broken by another subject, a
# list with its own verb, freed things, people named again, detainees of a count, former
# hostages, the dead man named again.
LOOKALIKES: list[tuple[str, list[Short]]] = [
    ("Dozens of its members attended the rally.", []),
    ("Hundreds of their homes were destroyed in the fire.", []),
    ("Three men accused of the killing were sentenced to death.", []),
    ("Police said 12 men suspected of killing two soldiers were arrested.",
     [("killing two soldiers", "killed", 2)]),
    ("A second man, who was arrested at the scene, remained in custody.",
     [("A second man, who was arrested", "arrested", 1)]),
    ("One man survived.", []),
    ("A fourth officer, who survived, gave evidence.", []),
    ("Four people were killed on Monday. Residents said that among the visitors was a "
     "priest.",
     [("Four people were killed", "killed", 4)]),
    ("Police detained 23 protesters on Monday. Four men are still being held, a lawyer "
     "said.",
     [("detained 23 protesters", "arrested", 23),
      ("Four men are still being held", "arrested", 4)]),
    ("Armed men attacked the village at night, but police arrived soon after the raid "
     "began and took away two suspects.", []),
    ("Eleven people, including two women and a child, were killed.",
     [("Eleven people", "killed", 11), ("including two women", "killed", 2),
      ("a child", "killed", 1)]),
    ("The aid agency freed up 30 beds. Ten of those freed were in the east.", []),
    ("Two people were injured. Officers said the injured, a driver and a passenger, were "
     "not in a life-threatening condition.",
     [("Two people were injured", "wounded", 2)]),
    ("Police arrested 50 people. Forty-two of the detainees were later released.",
     [("arrested 50 people", "arrested", 50), ("Forty-two of the detainees", "arrested", 42)]),
    ("Three former hostages were freed.", [("Three former hostages", "captured", 3)]),
    ("The dead man, a night watchman, was buried on Monday.", []),
    ("Three candidates were eliminated from the race.", []),
    ("The new law eliminated two taxes on fuel.", []),
]

# Precision: figures main gave that are no figures.
NOT_FIGURES: list[str] = [
    "The report is based on interviews with 71 former detainees. Forty-two of the former "
    "detainees said they had been beaten.",
    "Examinations in seven of the cases found injuries.",
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member(text: str, expected: list[Short]) -> None:
    assert sorted(_short(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalike(text: str, expected: list[Short]) -> None:
    assert sorted(_short(text)) == sorted(expected)


@pytest.mark.parametrize("text", NOT_FIGURES)
def test_not_figure(text: str) -> None:
    assert _short(text) == []
