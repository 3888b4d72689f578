"""English probes, forty-fourth round: the families of the eleventh blind set's casualty misses.

Each family is written whole, in the wordings of wire copy, local papers, NGO releases,
cables and tribunal prose, with the look-alikes its rule must leave alone. Three families
are grid families as well (``casualty_grid_np.py``: a count in quotation marks, and
companions after "with"; ``tests/casualty_grid.py``: made to leave); the probes below
hold the members a grid's frames do not.

1. Made to leave: "forced some 3,000 residents to leave", "... to leave the town",
   "... to leave Kessa", "to abandon their homes", "out of their homes", with the verb
   "compel" too, a cause ("prompted about 2,000 people to flee"), and the passive "were
   forced to leave." with nothing after the verb.
   Where the people are from may stand between them and the verb ("residents of the town
   of Kessa", "villagers from nearby hamlets", "people of the district"). Civilians only:
   rebels, workers and protesters made to leave a town, a site or a square, and residents
   made to leave a meeting, stay nothing.
2. A count in quotation marks: the group after the closing mark is the figure's, and the
   figures after it are read ('killed "at least twelve" soldiers and captured 9, among
   them a captain').
3. Companions after "with": "was abducted with a cousin", "were held ... with some 20
   other boys" (held and taken in a story of hostages only), "killed along with his two
   sons", "killed alongside two colleagues", and after an active verb's object named
   without a count, "abducted the engineer along with his two guards". An encounter ("in
   a clash with"), a thing ("with two kilos", "with two shots"), care ("taken to hospital
   with") and a verb of no outcome ("visited the camp along with") are no companions.
4. A vague part of a named group, then more: "killed several of the fighters and at least
   four of the boys", "wounded dozens of the protesters and three of the guards".
5. A list member after a relative clause on the one before, closed by a comma: "two women
   who had gone there to buy salt, and a boy of 12", "two women carrying water, and a
   boy". Without the comma the words after "and" may be the relative clause's object, and
   stay out; so does a member after a clause holding a count.

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures

# Members the rules still miss: (opening words, engine). A strict xfail makes a later
# silent fix show, and the probe leaves this list.
_MISSES: tuple[tuple[str, str], ...] = ()  # the two left ("made to leave", "caused 900
# families to leave") are read since the leftovers after the forty-fifth round

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. made to leave, with nothing after the verb, a home place, a named place
    ('The fighting has forced some 3,000 residents to leave.',
     [('forced some 3,000 residents to leave', 'displaced', 3000, None, 'about', 'residents')]),
    ('Renewed shelling forced about 900 families to leave the area, the agency said.',
     [('forced about 900 families to leave the area', 'displaced', 900, None, 'about',
       'families')]),
    ('The offensive has forced 8,000 civilians to leave Kessa since March.',
     [('forced 8,000 civilians to leave Kessa', 'displaced', 8000, None, 'exact', 'civilians')]),
    ('Air strikes forced thousands of villagers to leave in the night.',
     [('forced thousands of villagers to leave', 'displaced', 2000, None, 'vague',
       'villagers')]),
    ('Shelling has forced 1,500 families to abandon their homes.',
     [('forced 1,500 families to abandon their homes', 'displaced', 1500, None, 'exact',
       'families')]),
    ('Shelling has forced 300 families out of their homes.',
     [('forced 300 families out of their homes', 'displaced', 300, None, 'exact', 'families')]),
    ('The clashes compelled about 2,000 residents to leave their homes.',
     [('compelled about 2,000 residents to leave their homes', 'displaced', 2000, None,
       'about', 'residents')]),
    ('About 2,000 people were forced to leave.',
     [('About 2,000 people were forced to leave', 'displaced', 2000, None, 'about', 'people')]),
    ('Some 3,000 villagers were compelled to leave after the raid.',
     [('Some 3,000 villagers were compelled to leave', 'displaced', 3000, None, 'about',
       'villagers')]),
    ('Some 300 families were made to leave the village.',
     [('Some 300 families were made to leave the village', 'displaced', 300, None, 'about',
       'families')]),
    # ... a cause that sets them to flight ("prompted", "caused")
    ('The clashes prompted about 2,000 people to flee.',
     [('prompted about 2,000 people to flee', 'displaced', 2000, None, 'about', 'people')]),
    ('The shelling caused 900 families to leave their villages.',
     [('caused 900 families to leave their villages', 'displaced', 900, None, 'exact',
       'families')]),
    ('The army caused 200 rebels to flee.',
     []),
    # ... where they are from, between them and the verb
    ('The clashes forced around 2,000 residents of the village of Tal Kayf to leave.',
     [('forced around 2,000 residents of the village of Tal Kayf to leave', 'displaced',
       2000, None, 'about', 'residents')]),
    ('Fighting forced 2,000 residents of ad-Dana to leave, the monitor said.',
     [('forced 2,000 residents of ad-Dana to leave', 'displaced', 2000, None, 'exact',
       'residents')]),
    ('The fighting forced about 4,000 people of the district to flee.',
     [('forced about 4,000 people of the district to flee', 'displaced', 4000, None, 'about',
       'people')]),
    ('Shelling forced some 700 villagers from nearby hamlets to leave their homes.',
     [('forced some 700 villagers from nearby hamlets to leave their homes', 'displaced', 700,
       None, 'about', 'villagers')]),
    ('Some 5,000 residents of the town of Kessa were forced to leave.',
     [('Some 5,000 residents of the town of Kessa were forced to leave', 'displaced', 5000,
       None, 'about', 'residents')]),
    ('Some 4,000 villagers from the district have been forced to leave.',
     [('Some 4,000 villagers from the district have been forced to leave', 'displaced', 4000,
       None, 'about', 'villagers')]),
    # ... look-alikes: no count, fighters, workers, protesters, a meeting, a retreat in the
    # passive, a witness compelled
    ('The militia forced residents of the town of Kessa to leave.',
     []),
    ('The army forced 200 rebels to leave the town.',
     []),
    ('Rebels forced 12 workers to leave the mine.',
     []),
    ('Police forced 40 protesters to leave the square.',
     []),
    ('The fire forced 50 residents to leave the meeting.',
     []),
    ('The raid forced 20 fighters of the militia to leave.',
     []),
    ('Twelve rebels were forced to leave.',
     []),
    ('The court compelled 12 witnesses to testify.',
     []),
    # 2. a count in quotation marks, then the figures after it (the grid holds the counts)
    ('The rebels said they had killed "at least twelve" soldiers and captured 9, among them '
     'a captain.',
     [('killed "at least twelve" soldiers', 'killed', 12, None, 'at_least', 'soldiers'),
      ('captured 9', 'captured', 9, None, 'exact', None),
      ('among them a captain', 'captured', 1, None, 'exact', 'captain')]),
    ("The rebels claimed to have killed 'at least 15' troops and wounded 20 others.",
     [("killed 'at least 15' troops", 'killed', 15, None, 'at_least', 'troops'),
      ('wounded 20 others', 'wounded', 20, None, 'exact', 'others')]),
    ('The rebels said they had killed “at least 15” soldiers and captured 9.',
     [('killed “at least 15” soldiers', 'killed', 15, None, 'at_least', 'soldiers'),
      ('captured 9', 'captured', 9, None, 'exact', None)]),
    ('He said the group had "at least fifteen" trucks and captured 11 rifles.',
     []),
    # 3. companions after "with": in a story of hostages, held and taken too
    ('Militants abducted dozens of boys last year. He was taken with a cousin to a camp in '
     'the hills, where they were held for five months with some 20 other boys.',
     [('abducted dozens of boys', 'captured', 24, None, 'vague', 'boys'),
      ('a cousin', 'captured', 1, None, 'exact', 'cousin'),
      ('some 20 other boys', 'captured', 20, None, 'about', 'other boys')]),
    ('Gunmen kidnapped a pastor. He was held in a forest with four other captives.',
     [('kidnapped a pastor', 'captured', 1, None, 'exact', 'pastor'),
      ('four other captives', 'captured', 4, None, 'exact', 'other captives')]),
    ('A farmer was killed along with his two sons.',
     [('A farmer was killed', 'killed', 1, None, 'exact', 'farmer'),
      ('two sons', 'killed', 2, None, 'exact', 'sons')]),
    ('Two engineers were seized along with three guards.',
     [('Two engineers were seized', 'captured', 2, None, 'exact', 'engineers'),
      ('three guards', 'captured', 3, None, 'exact', 'guards')]),
    # ... "alongside", and the active verb with its object named, then "along with"
    ('The aid worker was killed alongside two colleagues.',
     [('two colleagues', 'killed', 2, None, 'exact', 'colleagues')]),
    ('Gunmen abducted the engineer along with his two guards.',
     [('two guards', 'captured', 2, None, 'exact', 'guards')]),
    ('Police arrested Mayor Tom Oduya together with 12 councillors.',
     [('12 councillors', 'arrested', 12, None, 'exact', 'councillors')]),
    ('Troops killed the commander along with 14 of his men.',
     [('14 of his men', 'killed', 14, None, 'exact', 'his men')]),
    # ... look-alikes: held or taken outside a story of hostages, care, a thing, a meeting,
    # a visit
    ('Police arrested the driver along with two kilos of heroin.',
     []),
    ('Gunmen killed the mayor with two shots.',
     []),
    ('The governor visited the camp along with 20 journalists.',
     []),
    ('He was held with 20 other prisoners.',
     []),
    ('The boy was taken to hospital with a cousin.',
     []),
    ('He was arrested with two kilos of heroin.',
     []),
    ('They met with 20 other elders.',
     []),
    ('The officer was killed with his own rifle.',
     []),
    # 4. a vague part of a named group, then more members
    ('The strike killed several of the fighters and at least three of the boys.',
     [('killed several of the fighters', 'killed', 3, None, 'vague', 'the fighters'),
      ('at least three of the boys', 'killed', 3, None, 'at_least', 'the boys')]),
    ('The strike killed "several" of the fighters and at least three of the boys.',
     [('killed "several" of the fighters', 'killed', 3, None, 'vague', 'the fighters'),
      ('at least three of the boys', 'killed', 3, None, 'at_least', 'the boys')]),
    ('The shelling wounded dozens of the protesters and three of the guards.',
     [('wounded dozens of the protesters', 'wounded', 24, None, 'vague', 'the protesters'),
      ('three of the guards', 'wounded', 3, None, 'exact', 'the guards')]),
    ('The bombing killed several of the guards and five civilians.',
     [('killed several of the guards', 'killed', 3, None, 'vague', 'the guards'),
      ('five civilians', 'killed', 5, None, 'exact', 'civilians')]),
    # ... a part of those an outcome names is read as it was
    ('Several of the wounded were children.',
     [('Several of the wounded', 'wounded', 3, None, 'vague', None)]),
    # 5. a list member after a relative clause closed by a comma
    ('Gunmen killed nine people at the market. Among them were two women who had gone there '
     'to buy salt, and a boy of 12.',
     [('killed nine people', 'killed', 9, None, 'exact', 'people'),
      ('two women', 'killed', 2, None, 'exact', 'women'),
      ('a boy', 'killed', 1, None, 'exact', 'boy')]),
    ('Among the dead were three soldiers who had been guarding the gate, and a policeman.',
     [('dead were three soldiers', 'killed', 3, None, 'exact', 'soldiers'),
      ('a policeman', 'killed', 1, None, 'exact', 'policeman')]),
    ('Among the wounded were four students who had been waiting for a bus, and two teachers.',
     [('wounded were four students', 'wounded', 4, None, 'exact', 'students'),
      ('two teachers', 'wounded', 2, None, 'exact', 'teachers')]),
    ('Among those killed were a teacher who ran the village school, and two of her pupils.',
     [('Among those killed were a teacher', 'killed', 1, None, 'exact', 'teacher'),
      ('two of her pupils', 'killed', 2, None, 'exact', 'her pupils')]),
    # ... or a participle in -ing right after the noun
    ('Among the dead were two women carrying water, and a boy of 12.',
     [('dead were two women', 'killed', 2, None, 'exact', 'women'),
      ('a boy', 'killed', 1, None, 'exact', 'boy')]),
    ('The strike killed several soldiers guarding the bridge, and two civilians.',
     [('killed several soldiers', 'killed', 3, None, 'vague', 'soldiers'),
      ('two civilians', 'killed', 2, None, 'exact', 'civilians')]),
    # ... look-alikes: no comma (the relative's object), a count inside the clause, a thing,
    # an outcome's own participle
    ('Gunmen killed two farmers who had sold three goats, and a herder.',
     [('killed two farmers', 'killed', 2, None, 'exact', 'farmers')]),
    ('Gunmen killed two soldiers, wounding three others, and a boy of 12 was hurt.',
     [('killed two soldiers', 'killed', 2, None, 'exact', 'soldiers'),
      ('wounding three others', 'wounded', 3, None, 'exact', 'others'),
      ('a boy of 12 was hurt', 'wounded', 1, None, 'exact', 'boy')]),
    ('Police arrested two men who were carrying rifles and a woman.',
     [('arrested two men', 'arrested', 2, None, 'exact', 'men')]),
    ('Gunmen killed two farmers who had sold 40 goats, and a herder.',
     [('killed two farmers', 'killed', 2, None, 'exact', 'farmers')]),
    ('Two soldiers were killed by gunmen who had hidden in a school, and a curfew was '
     'imposed.',
     [('Two soldiers were killed', 'killed', 2, None, 'exact', 'soldiers')]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)
