"""English probes after the forty-fifth round: casualty shapes the rewording grids do not hold.

Forty-seven sentences of wire and regional-news copy, written for these tests with shapes
outside the grids' families (displacement, abduction, missing, injured by weapon, tolls
revised, several sources' tolls, sub-groups, headlines, bulletins and tables): a toll that
"claimed 37 lives" or "now stands at 112", a hospital's "succumbed to their injuries",
captors who "made off with 30 pupils", refuge "sought" in a cathedral, a bulletin's row
with no colons, a second source that "gave a figure of 9". Two misses among them were
general and are read since ("Dead 12, injured 30, missing 4" gave 12 wounded; "the army
gave a figure of 9" gave nothing). The wanted misses left are strict xfails below; the
shapes the corpus rules leave open ("whereabouts remain unknown", "nothing has been heard
from", victims buried, crowds that "poured into" camps) are not asserted. Names and places
are invented or used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures

# Members the rules still miss: (opening words, engine). A strict xfail makes a later
# silent fix show, and the probe leaves this list.
_MISSES: tuple[tuple[str, str], ...] = (
    # a headline's "Dozen" without its article is no count phrase
    ("Three Dead, Dozen Hurt", "casualties"),
)

FIGURE_SENTENCES: list[tuple[str, list]] = [
    ('Gunmen opened fire on a wedding party in Tor, leaving 14 guests dead.',
     [('14 guests dead', 'killed', 14, None, 'exact', 'guests')]),
    ('The ambush left 9 soldiers dead and 4 others wounded, the army said.',
     [('9 soldiers dead', 'killed', 9, None, 'exact', 'soldiers'),
      ('4 others wounded', 'wounded', 4, None, 'exact', 'others')]),
    ('A roadside bomb tore through a minibus, killing all 11 passengers on board.',
     [('killing all 11 passengers', 'killed', 11, None, 'exact', 'passengers')]),
    ('The attack claimed the lives of a teacher and her two pupils.',
     [('claimed the lives of a teacher', 'killed', 1, None, 'exact', 'teacher'),
      ('two pupils', 'killed', 2, None, 'exact', 'pupils')]),
    ('Militants executed 6 captives in a video posted online.',
     [('executed 6 captives', 'killed', 6, None, 'exact', 'captives')]),
    ('Residents counted 23 bodies in the streets after the militia withdrew.',
     [('23 bodies', 'killed', 23, None, 'exact', 'bodies')]),
    ('At least 17 people lost their lives in the clashes, according to the health ministry.',
     [('At least 17 people lost their lives', 'killed', 17, None, 'at_least', 'people')]),
    ('Seven people succumbed to their injuries in hospital overnight.',
     [('Seven people succumbed to their injuries', 'killed', 7, None, 'exact', 'people')]),
    ('Three of the wounded later succumbed to their wounds.',
     [('Three of the wounded later succumbed to their wounds', 'killed', 3, None, 'exact', None)]),
    ("The death toll from Sunday's bombing has climbed to 41.",
     [("death toll from Sunday's bombing has climbed to 41", 'killed', 41, None, 'exact', None)]),
    ('Health officials raised the toll to 58 on Tuesday.',
     [('toll to 58', 'killed', 58, None, 'exact', None)]),
    ('The number of people killed in the unrest now stands at 112.',
     [('number of people killed in the unrest now stands at 112', 'killed', 112, None,
       'exact', None)]),
    ('Twelve civilians were among the dead, a local official said.',
     [('Twelve civilians', 'killed', 12, None, 'exact', 'civilians')]),
    ('The dead included a nine-year-old girl and her grandmother.',
     [('dead included a nine-year-old girl', 'killed', 1, None, 'exact', 'nine-year-old girl')]),
    ('Fighters kidnapped the village chief and 11 of his relatives.',
     [('kidnapped the village chief and 11 of his relatives', 'captured', 11, None, 'exact',
       'his relatives')]),
    ('Bandits are still holding 40 of the 120 students they seized in March.',
     [('40 of the', 'captured', 40, None, 'exact', None),
      ('120 students they seized', 'captured', 120, None, 'exact', 'students')]),
    ('Gunmen stormed the school and made off with 30 pupils.',
     [('made off with 30 pupils', 'captured', 30, None, 'exact', 'pupils')]),
    ('At least 8 aid workers have gone missing since the convoy was attacked.',
     [('At least 8 aid workers have gone missing', 'missing', 8, None, 'at_least', 'aid workers')]),
    ('Security forces picked up 25 young men during overnight raids.',
     [('picked up 25 young men', 'arrested', 25, None, 'exact', 'young men')]),
    ('More than 200 people were taken into custody after the protests.',
     [('More than 200 people were taken into custody', 'arrested', 200, None, 'more_than',
       'people')]),
    ('Police hauled in dozens of protesters on Saturday.',
     [('hauled in dozens of protesters', 'arrested', 24, None, 'vague', 'protesters')]),
    ('Troops detained around 60 villagers for questioning.',
     [('detained around 60 villagers', 'arrested', 60, None, 'about', 'villagers')]),
    ('Nearly 4,000 people have sought refuge in the cathedral.',
     [('Nearly 4,000 people have sought refuge', 'displaced', 4000, None, 'about', 'people')]),
    ('The violence has uprooted some 30,000 people in the past month.',
     [('uprooted some 30,000 people', 'displaced', 30000, None, 'about', 'people')]),
    ('About 1,500 families have been left homeless by the fighting.',
     [('About 1,500 families have been left homeless', 'displaced', 1500, None, 'about',
       'families')]),
    ('Thousands streamed across the border into Chad to escape the fighting.',
     [('Thousands streamed across the border', 'displaced', 2000, None, 'vague', None)]),
    ('Some 600 households fled the area after the militia arrived.',
     [('Some 600 households fled', 'displaced', 600, None, 'about', 'households')]),
    ('The blast injured 27 worshippers, six of them critically.',
     [('injured 27 worshippers', 'wounded', 27, None, 'exact', 'worshippers'),
      ('six of them', 'wounded', 6, None, 'exact', None)]),
    ('A sniper shot and wounded two paramedics near the front line.',
     [('shot and wounded two paramedics', 'wounded', 2, None, 'exact', 'paramedics')]),
    ('Five policemen sustained gunshot wounds in the exchange of fire.',
     [('Five policemen sustained gunshot wounds', 'wounded', 5, None, 'exact', 'policemen')]),
    ('Doctors amputated the legs of 3 children hurt in the explosion.',
     [('3 children hurt', 'wounded', 3, None, 'exact', 'children')]),
    ('Eighteen people were hospitalised with shrapnel wounds.',
     [('Eighteen people were hospitalised with shrapnel wounds', 'wounded', 18, None,
       'exact', 'people')]),
    ('The strike left more than 50 people injured, including 12 children.',
     [('more than 50 people injured', 'wounded', 50, None, 'more_than', 'people'),
      ('including 12 children', 'wounded', 12, None, 'exact', 'children')]),
    ('Three peacekeepers were among those hurt in the mortar attack.',
     [('Three peacekeepers', 'wounded', 3, None, 'exact', 'peacekeepers')]),
    ('Airstrikes killed 9 and injured 15 in Idlib province, the monitor said.',
     [('killed 9', 'killed', 9, None, 'exact', None),
      ('injured 15', 'wounded', 15, None, 'exact', None)]),
    ('Two soldiers were killed and five injured when their patrol hit a mine.',
     [('Two soldiers were killed', 'killed', 2, None, 'exact', 'soldiers'),
      ('five injured', 'wounded', 5, None, 'exact', None)]),
    ('Killed: 4 soldiers. Wounded: 11 civilians.',
     [('Killed: 4 soldiers', 'killed', 4, None, 'exact', 'soldiers'),
      ('Wounded: 11 civilians', 'wounded', 11, None, 'exact', 'civilians')]),
    ('Dead 12, injured 30, missing 4 - provincial bulletin.',
     [('Dead 12', 'killed', 12, None, 'exact', None),
      ('injured 30', 'wounded', 30, None, 'exact', None),
      ('missing 4', 'missing', 4, None, 'exact', None)]),
    ('Gunmen kill 7 in raid on market town',
     [('kill 7', 'killed', 7, None, 'exact', None)]),
    ('Blast in Kabul leaves 20 dead',
     [('20 dead', 'killed', 20, None, 'exact', None)]),
    ('Three Dead, Dozen Hurt As Bomb Hits Bus',
     [('Three Dead', 'killed', 3, None, 'exact', None),
      ('Dozen Hurt', 'wounded', 12, None, 'about', None)]),
    ('Rebels free 12 hostages after 4 months in captivity',
     [('free 12 hostages', 'captured', 12, None, 'exact', 'hostages')]),
    ('The clashes have so far claimed 37 lives, the Red Cross said.',
     [('37 lives', 'killed', 37, None, 'exact', 'lives')]),
    ('The ministry put the number of dead at 23, while activists said 31 had died.',
     [('number of dead at 23', 'killed', 23, None, 'exact', None),
      ('31 had died', 'killed', 31, None, 'exact', None)]),
    ('Local sources said 14 were killed; the army gave a figure of 9.',
     [('14 were killed', 'killed', 14, None, 'exact', None),
      ('a figure of 9', 'killed', 9, None, 'exact', None)]),
    ('The raid left a policeman dead and two civilians wounded.',
     [('a policeman dead', 'killed', 1, None, 'exact', 'policeman'),
      ('two civilians wounded', 'wounded', 2, None, 'exact', 'civilians')]),
    ('Two of those abducted managed to escape on Sunday.',
     [('Two of those abducted', 'captured', 2, None, 'exact', None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)
