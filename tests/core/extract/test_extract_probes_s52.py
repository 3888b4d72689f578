"""English probes, fiftieth round: the families of the seventeenth blind set's casualty
errors (read by ``figures``).

1. A people named by its name fleeing in a crowd: "Tens of thousands of ethnic Uzbeks have
   fled", "Some 5,000 Kurds have fled", as "thousands of villagers have fled" is read. A
   few ("Two Uzbeks fled the scene"), a headline in capitals, fighters by name and a
   party's members stay nothing.
2. "to death" before its object: "hacking to death nine people", "stabbed to death a
   shopkeeper". A court's sentence ("sentenced to death five men") and animals stay
   nothing; the object before "to death" reads as before.
3. A place left, named by how near it lies: "Dozens of families have left nearby villages",
   "have abandoned the surrounding villages". Delegates, farms and a few men stay nothing.
4. A release wanted is a release asked for ("wanted the release of five of their members"
   gives no captives), and the people of a release said to have been detained are
   arrested ("the release of 12 students detained last week"). Soldiers "captured" and
   hostages stay captured.
5. A post held between the people and their verb: "Two officers of the Prison Service on
   guard duty were killed", "Two guards on duty", "Three soldiers on patrol near Tolbi".
6. Admissions to hospital counted by their cause: "1,420 admissions for conflict-related
   injuries" are wounded; admissions for malaria or to a school are not.
7. Captors no one names: "four young men taken from a tea shop ... by men in a white van",
   "taken from the road by unidentified men". Care, safety, relatives and mothers stay
   nothing.
8. One of them named, "among them" after it, between the count and the verb: "The other
   three, my son among them, are still missing".
9. A third taken away after two counted: "had shot dead two drivers ... and taken a third
   away" (the police's third man is arrested). A third day or a third of the cattle stay
   nothing.
10. Anyone at all, in a clause of condition or time in the present: "while a person
   remains missing", "If a person is detained" give no figure; a person killed, a
   fisherman missing and "a person remains missing after the flood" still do.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures

_MISSES: tuple[tuple[str, str], ...] = ()

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. a people named by its name fleeing in a crowd
    ('Tens of thousands of ethnic Uzbeks have fled toward the border after three nights of '
     'rioting in Karsu, witnesses said.',
     [('Tens of thousands of ethnic Uzbeks have fled',
       'displaced', 20000, None, 'vague', 'ethnic Uzbeks')]),
    ('Some 5,000 Kurds have fled to the mountains above Derwan.',
     [('Some 5,000 Kurds have fled', 'displaced', 5000, None, 'about', 'Kurds')]),
    ('Thousands of Tamils fled the shelling around Pallikudi.',
     [('Thousands of Tamils fled', 'displaced', 2000, None, 'vague', 'Tamils')]),

    # ... look-alikes: a few, a headline in capitals, fighters by name, the civilians' noun
    ('Two Uzbeks fled the scene on foot.', []),
    ('Hundreds Of Troops Have Fled The Town', []),
    ('Hundreds of Houthis have fled the port of Zabir.', []),
    ('Hundreds of Democrats have fled the party.', []),
    ('Thousands of villagers have fled toward the border.',
     [('Thousands of villagers have fled', 'displaced', 2000, None, 'vague', 'villagers')]),

    # 2. "to death" before its object
    ('Raiders attacked a camp near Lobiro before dawn, hacking to death nine people and '
     'abducting 14 children.',
     [('hacking to death nine people', 'killed', 9, None, 'exact', 'people'),
      ('abducting 14 children', 'captured', 14, None, 'exact', 'children')]),
    ('A mob stabbed to death a shopkeeper in the market of Tessa.',
     [('stabbed to death a shopkeeper', 'killed', 1, None, 'exact', 'shopkeeper')]),
    ('Prison guards beat to death two inmates last year, the report said.',
     [('beat to death two inmates', 'killed', 2, None, 'exact', 'inmates')]),

    # ... look-alikes: a court's sentence, animals, the object before "to death"
    ('A court in Mersa sentenced to death five men on Monday.', []),
    ('The militia burned to death three cows in the raid.', []),
    ('Raiders hacked nine people to death in Lobiro.',
     [('hacked nine people to death', 'killed', 9, None, 'exact', 'people')]),

    # 3. a place left, named by how near it lies
    ('Dozens of families have left nearby villages for the capital, a church worker said.',
     [('Dozens of families have left', 'displaced', 24, None, 'vague', 'families')]),
    ('Some 300 villagers have abandoned the surrounding villages since the raid.',
     [('Some 300 villagers have abandoned', 'displaced', 300, None, 'about', 'villagers')]),
    ('About 400 people have left the nearby camps.',
     [('About 400 people have left', 'displaced', 400, None, 'about', 'people')]),

    # ... look-alikes: not a crowd or not a place of home
    ('Forty delegates have left nearby towns for the summit in Kessa.', []),
    ('Dozens of families have left nearby farms for the market.', []),
    ('Two men left nearby villages on Monday.', []),

    # 4. a release wanted, or of people said to be detained
    ('The kidnappers wanted the release of five of their members arrested in March.',
     [('five of their members arrested', 'arrested', 5, None, 'exact', 'their members')]),
    ('The gunmen wanted the release of five of their members.', []),
    ('The army secured the release of 12 students detained last week.',
     [('release of 12 students detained', 'arrested', 12, None, 'exact', 'students')]),
    ('Police announced the release of 30 protesters who were arrested on Friday.',
     [('release of 30 protesters who were arrested', 'arrested', 30, None, 'exact', 'protesters')]),

    # ... look-alikes: captives' release, and a noun that says captivity
    ('Mediators won the release of five of the soldiers captured in March.',
     [('release of five of the soldiers', 'captured', 5, None, 'exact', 'the soldiers')]),
    ('The rebels announced the release of 14 hostages.',
     [('release of 14 hostages', 'captured', 14, None, 'exact', 'hostages')]),
    ('The gunmen wanted the release of 14 hostages.',
     [('release of 14 hostages', 'captured', 14, None, 'exact', 'hostages')]),

    # 5. a post held, between the people and their verb
    ('Two officers of the Prison Service on guard duty were killed in the exchange of fire.',
     [('Two officers', 'killed', 2, None, 'exact', 'officers')]),
    ('Two guards on duty were killed when the gate was blown open.',
     [('Two guards', 'killed', 2, None, 'exact', 'guards')]),
    ('Three soldiers on patrol near Tolbi were wounded.',
     [('Three soldiers', 'wounded', 3, None, 'exact', 'soldiers')]),

    # ... look-alikes: a place (read before), no post, no outcome
    ('Two guards at the gate were killed.',
     [('Two guards', 'killed', 2, None, 'exact', 'guards')]),
    # (round en113: the phrase "on bicycles" no longer hides the two men's own verb)
    ('Police said two men on bicycles were arrested.',
     [('two men on bicycles were arrested', 'arrested', 2, None, 'exact', 'men')]),
    ('Two officers on leave were at home in Tessa.', []),

    # 6. admissions to hospital counted by their cause
    ('Since November the hospitals have recorded 1,420 admissions for conflict-related '
     'injuries and 96 deaths.',
     [('1,420 admissions for conflict-related injuries',
       'wounded', 1420, None, 'exact', 'admissions'),
      ('96 deaths', 'killed', 96, None, 'exact', 'deaths')]),
    ('The clinic in Mersa reported 300 admissions with gunshot wounds.',
     [('300 admissions with gunshot wounds', 'wounded', 300, None, 'exact', 'admissions')]),

    # ... look-alikes: an illness, a school
    ('The clinic recorded 40 admissions for malaria last month.', []),
    ('The school reported 200 admissions for the new term.', []),

    # 7. captors no one names
    ('Her brother was one of four young men taken from a tea shop in Kessa by men in a white '
     'van.',
     [('four young men taken from a tea shop in Kessa by men in a white van',
       'captured', 4, None, 'exact', 'young men')]),
    ('Five traders were taken from the road by unidentified men.',
     [('Five traders were taken from the road by unidentified men',
       'captured', 5, None, 'exact', 'traders')]),

    # ... look-alikes: care, relatives, mothers
    ('Two wounded men were taken to hospital by men in a white van.',
     [('Two wounded men', 'wounded', 2, None, 'exact', 'wounded men')]),
    ('Five men were taken to the clinic by relatives.', []),
    ('Three injured villagers were taken by men in a pickup to the clinic in Tessa.',
     [('Three injured villagers', 'wounded', 3, None, 'exact', 'injured villagers')]),
    ('Three villagers were taken by unidentified men to safety.', []),
    ('Three girls were taken from the market by their mothers.', []),

    # 8. one of them named, "among them" after it
    ('The other three, my son among them, are still missing.',
     [('three', 'missing', 3, None, 'exact', None)]),
    ('Four guards, my brother included, were killed.',
     [('Four guards', 'killed', 4, None, 'exact', 'guards')]),
    ('Four guards, a cook among them, were killed.',
     [('Four guards', 'killed', 4, None, 'exact', 'guards'),
      ('a cook', 'killed', 1, None, 'exact', 'cook')]),

    # ... look-alike: no outcome
    ('Four guards, my brother among them, said they had been attacked.', []),

    # 9. a third taken away
    ('A driver said gunmen had shot dead two drivers near Bloru on Tuesday and taken a third '
     'away.',
     [('shot dead two drivers', 'killed', 2, None, 'exact', 'drivers'),
      ('taken a third away', 'captured', 1, None, 'exact', None)]),
    ('The raiders killed two herders and took a third away.',
     [('killed two herders', 'killed', 2, None, 'exact', 'herders'),
      ('took a third away', 'captured', 1, None, 'exact', None)]),
    ('Police arrested two men and took a third away for questioning.',
     [('arrested two men', 'arrested', 2, None, 'exact', 'men'),
      ('took a third away', 'arrested', 1, None, 'exact', None)]),

    # ... look-alikes: a day off, a third of the cattle
    ('The raiders killed two herders and took a third day off.',
     [('killed two herders', 'killed', 2, None, 'exact', 'herders')]),
    ('The raiders killed two herders and took a third of the cattle away.',
     [('killed two herders', 'killed', 2, None, 'exact', 'herders')]),

    # 10. anyone at all, in a clause of condition or time
    ('The law lets a family manage property while a person remains missing.', []),
    ('If a person is detained, relatives must be told within 24 hours.', []),
    ('When an individual goes missing, the office opens a file.', []),

    # ... look-alikes: someone (the past, another noun, no opener)
    ('A person was killed when the bus overturned near Kessa.',
     [('A person was killed', 'killed', 1, None, 'exact', 'person')]),
    ('Divers kept searching the lake while a fisherman remains missing.',
     [('a fisherman remains missing', 'missing', 1, None, 'exact', 'fisherman')]),
    ('Police said a person remains missing after the flood in Tolbi.',
     [('a person remains missing', 'missing', 1, None, 'exact', 'person')]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)
