"""English probes, forty-eighth round: the families of the fifteenth blind set's casualty
errors (dated 10 March 2015 by ``figures``).

1. A count right after a date that has its day: "On 27 March three children were hurt",
   "On 5 June 12 people were killed", and a number word after a month alone ("In March
   three farmers were abducted"). A day in digits after a month ("Since March 12 people
   ...") and a date's year ("On 27 March 1999 people fled") stay no count.
2. A part of a whole that has an owner: "Around 2,000 of the camp's 31,000 residents have
   fled" is the 2,000, with its qualifier; the whole is no figure. One number ("About
   2,000 of the camp's residents") keeps its reading.
3. One more of the people just counted, told by an article and an ordinal alone: "killed
   two police officers and kidnapped a third", "Two soldiers were killed and a third was
   wounded". A share ("a third of the population"), a count of days or things ("for a
   third day", "burned a third house") and an ordinal with no count before it stay
   nothing.
4. A river or a lake crossed by its name, by a crowd of civilians: "had crossed the Naf
   river". Gunmen and troops stay nothing.
5. Things missing are no missing persons: "at least 300 objects appear to be missing",
   "Some 40 paintings were missing", "ballot boxes went missing"; people who "appear to
   be missing" keep their noun as the group, without the verb.
6. An outcome verb with an inner letter dropped, as wire copy prints it and the corpus
   keeps it: "woundng two others", "were kiled". "inured" is a word of its own and stays
   one; a verb a letter away by another letter ("filled") is no outcome.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures

_MISSES: tuple[tuple[str, str], ...] = ()

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. a count right after a date that has its day
    ('On 27 March three children were hurt by a mine near the village of Lukovo.',
     [('three children were hurt', 'wounded', 3, None, 'exact', 'children')]),
    ('On 27 March three children were hurt by a shell, one of them seriously, the clinic'
     ' said.',
     [('three children were hurt', 'wounded', 3, None, 'exact', 'children'),
      ('one of them', 'wounded', 1, None, 'exact', None)]),
    ('On 5 June 12 people were killed in the shelling of Kessa.',
     [('12 people were killed', 'killed', 12, None, 'exact', 'people')]),
    ('On 14 May 1,200 villagers fled their homes.',
     [('1,200 villagers fled their homes', 'displaced', 1200, None, 'exact', 'villagers')]),
    ('In March three farmers were abducted near Kessa.',
     [('three farmers were abducted', 'captured', 3, None, 'exact', 'farmers')]),
    # ... members read before the round
    ('On 27 March 2023 three children were hurt by a mine.',
     [('three children were hurt', 'wounded', 3, None, 'exact', 'children')]),
    ('On March 27 three children were hurt by a mine.',
     [('three children were hurt', 'wounded', 3, None, 'exact', 'children')]),
    ('On 27 March, three children were hurt by a mine.',
     [('three children were hurt', 'wounded', 3, None, 'exact', 'children')]),
    # ... look-alikes: a day in digits after its month, a date's year
    ('Since March 12 people have been killed in the district.', []),
    ('On 27 March 1999 people fled.', []),
    ('The March 3 raid killed two men.',
     [('killed two men', 'killed', 2, None, 'exact', 'men')]),

    # 2. a part of a whole that has an owner
    ("Around 2,000 of the camp's 31,000 residents have fled since the fighting began.",
     [("Around 2,000 of the camp's", 'displaced', 2000, None, 'about', None)]),
    ("Some 500 of the town's 8,000 inhabitants have fled.",
     [("Some 500 of the town's", 'displaced', 500, None, 'about', None)]),
    ("More than 300 of Kessa's 4,000 families have fled.",
     [("More than 300 of Kessa's", 'displaced', 300, None, 'more_than', None)]),
    ("Two of the village's 40 men were killed.",
     [("Two of the village's", 'killed', 2, None, 'exact', "the village's")]),
    # ... the part's qualifier without an owner too
    ('About 40 of the 300 detainees were released.',
     [('About 40 of the', 'arrested', 40, None, 'about', None),
      ('300 detainees', 'arrested', 300, None, 'exact', 'detainees')]),
    # ... members read before the round: one number, or a part with no qualifier
    ("About 2,000 of the camp's residents have fled.",
     [("About 2,000 of the camp's residents have fled", 'displaced', 2000, None, 'about',
       "the camp's residents")]),
    ('Four of the 11 kidnapped aid workers have been released.',
     [('Four of the', 'captured', 4, None, 'exact', None),
      ('11 kidnapped aid workers', 'captured', 11, None, 'exact', 'kidnapped aid workers')]),
    # ... look-alike: the whole alone
    ("The camp's 31,000 residents have fled.",
     [('31,000 residents have fled', 'displaced', 31000, None, 'exact', 'residents')]),

    # 3. one more of the people just counted, by an article and an ordinal
    ('Rebels killed two police officers and kidnapped a third in an attack on a station.',
     [('killed two police officers', 'killed', 2, None, 'exact', 'police officers'),
      ('kidnapped a third', 'captured', 1, None, 'exact', None)]),
    ('Two soldiers were killed and a third was wounded.',
     [('Two soldiers were killed', 'killed', 2, None, 'exact', 'soldiers'),
      ('a third was wounded', 'wounded', 1, None, 'exact', None)]),
    ('Gunmen shot dead two guards and wounded a third.',
     [('shot dead two guards', 'killed', 2, None, 'exact', 'guards'),
      ('wounded a third', 'wounded', 1, None, 'exact', None)]),
    ('Gunmen killed three farmers and abducted a fourth near the river.',
     [('killed three farmers', 'killed', 3, None, 'exact', 'farmers'),
      ('abducted a fourth', 'captured', 1, None, 'exact', None)]),
    # ... a member read before the round
    ('Rebels killed two soldiers and wounded another.',
     [('killed two soldiers', 'killed', 2, None, 'exact', 'soldiers'),
      ('wounded another', 'wounded', 1, None, 'exact', None)]),
    # ... look-alikes: a share, a count of days or things, no count before
    ('Troops killed two soldiers and displaced a third of the population.',
     [('killed two soldiers', 'killed', 2, None, 'exact', 'soldiers')]),
    ('Troops killed two soldiers for a third day.',
     [('killed two soldiers', 'killed', 2, None, 'exact', 'soldiers')]),
    ('Gunmen killed two farmers and burned a third house.',
     [('killed two farmers', 'killed', 2, None, 'exact', 'farmers')]),
    ('Two rockets hit the town and a third struck the market.', []),
    ('A third was wounded.', []),

    # 4. a river or a lake crossed by its name
    ('Some 18,000 people had crossed the Naf river since Friday.',
     [('Some 18,000 people had crossed the Naf river', 'displaced', 18000, None, 'about',
       'people')]),
    ('Thousands of villagers have crossed the Ruzizi River into Burundi.',
     [('Thousands of villagers have crossed the Ruzizi River', 'displaced', 2000, None,
       'vague', 'villagers')]),
    ('About 900 residents have crossed the Mora river into Chad.',
     [('About 900 residents have crossed the Mora river', 'displaced', 900, None, 'about',
       'residents')]),
    # ... a member read before the round
    ('Thousands of residents crossed the river into Chad.',
     [('Thousands of residents crossed the river', 'displaced', 2000, None, 'vague',
       'residents')]),
    # ... look-alikes: gunmen, troops
    ('Two gunmen crossed the Naf river.', []),
    ('About 300 troops crossed the Kessa River at dawn.', []),

    # 5. things missing
    ('At least 300 objects appear to be missing from the storerooms.', []),
    ('At least 300 objects are missing from the museum, among them 42 bronze figures.', []),
    ('Some 40 paintings were missing after the looting.', []),
    ('At least 12 ballot boxes went missing.', []),
    ('Dozens of files went missing from the ministry.', []),
    # ... people missing keep their reading, the verb out of the group
    ('At least 30 people appear to be missing after the raid.',
     [('At least 30 people appear to be missing', 'missing', 30, None, 'at_least',
       'people')]),
    ('Five fishermen went missing.',
     [('Five fishermen went missing', 'missing', 5, None, 'exact', 'fishermen')]),
    ('Two crew members are missing.',
     [('Two crew members are missing', 'missing', 2, None, 'exact', 'crew members')]),
    ('Four are still missing.',
     [('Four are still missing', 'missing', 4, None, 'exact', None)]),

    # 6. an outcome verb with a letter dropped, as wire copy prints it
    ('Gunmen opened fire on a bus near Kessa, killing four people and woundng two others.',
     [('killing four people', 'killed', 4, None, 'exact', 'people'),
      ('woundng two others', 'wounded', 2, None, 'exact', 'others')]),
    ('Gunmen kiled four people in Kessa.',
     [('kiled four people', 'killed', 4, None, 'exact', 'people')]),
    ('Four people were kiled in the raid.',
     [('Four people were kiled', 'killed', 4, None, 'exact', 'people')]),
    ('Two soldiers were woundd when a mine exploded.',
     [('Two soldiers were woundd', 'wounded', 2, None, 'exact', 'soldiers')]),
    ('A bomb injred three policemen.',
     [('injred three policemen', 'wounded', 3, None, 'exact', 'policemen')]),
    # ... look-alikes: a word a letter short of a verb that is a word ("inured"), a verb
    # a letter away by another letter ("filled")
    ('Residents inured to the shelling counted 40 shells a day.', []),
    ('Farmers filled two trucks with grain.', []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)
