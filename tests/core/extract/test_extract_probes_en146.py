"""Probes of English round 146 (issue 11): the language of custody.

News tells people held, taken again, fallen, executed, lost or hurt in words the outcome
rules did not hold: custody told again ("recaptured six of the fugitives", "taken back into
custody"), the held as a state in any tense with a place, a holder, a time or a term after
"held" ("were being held at the stadium", "who was held for three days", "guards held by
inmates"), an object relative with its agent between ("nine soldiers it said its fighters
had seized"), a fall in a fight or a hanging, lost contact or a register of the missing, and
the hurt by their wounds' kind or what a beating left. Who holds decides arrested or
captured: a state's forces arrest, inmates and captors capture, guards held are captives.
The look-alikes hold capacities, things in the hand, towns recaptured, meetings held,
figures that fall, contact lost with a base and sporting defeats.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

MEMBERS = [
    # custody told again (before: nothing)
    ('Forty inmates broke out of the jail on Friday. Police have recaptured six of the fugitives.',
     [('recaptured six of the fugitives', 'arrested', 6)]),
    ('Some 80 convicts tunnelled out of the penitentiary last month. Officers have since '
     'recaptured 23 of them.',
     [('recaptured 23 of them', 'arrested', 23)]),
    ('After the jailbreak, eleven of the inmates were brought back into custody within a week.',
     [('eleven of the inmates were brought back into custody', 'arrested', 11)]),
    ('Four prisoners were taken back into custody near the border, police said.',
     [('Four prisoners were taken back into custody', 'arrested', 4)]),
    # the held told as a state with a place, a holder, a time or a term after it (before: nothing)
    ('Riot police cleared the square. About 300 demonstrators were being held at a sports '
     'hall overnight.',
     [('About 300 demonstrators were being held', 'arrested', 300)]),
    ('Police broke up the march. Roughly 700 people were being held at the stadium, lawyers said.',
     [('Roughly 700 people were being held', 'arrested', 700)]),
    ('Soldiers raided the village. Twelve farmers who were held for a week said they were beaten.',
     [('Twelve farmers who were held', 'arrested', 12)]),
    ('Police arrested protesters at the university. A 19-year-old student who was held for '
     'three days described the cells.',
     [('A 19-year-old student who was held', 'arrested', 1)]),
    ('Security forces swept the district. 85 young men were held at the military base '
     'without charge.',
     [('85 young men were held', 'arrested', 85)]),
    ('The report describes 40 political prisoners held at the camp.',
     [('40 political prisoners held', 'arrested', 40)]),
    ('Bandits stormed the bus. Seven passengers are being held in the forest, a local '
     'official said.',
     [('Seven passengers are being held', 'captured', 7)]),
    ('Mutinous prisoners seized the east wing. Three warders held by the rioters were '
     'released at noon.',
     [('Three warders held', 'captured', 3)]),
    ('Inmates rioted on Monday. The last four guards held by inmates were freed on Wednesday.',
     [('four guards held', 'captured', 4)]),
    # an object relative with its agent between (before: nothing)
    ('The rebels released a video of nine soldiers it said its fighters had seized.',
     [('nine soldiers it said its fighters had seized', 'captured', 9)]),
    ('The militia posted a video of 14 policemen it said its men had captured.',
     [('14 policemen it said its men had captured', 'captured', 14)]),
    # the dead told by their fall in a fight or a hanging (before: nothing)
    ('Three policemen fell in an ambush near Gao on Tuesday, the ministry said.',
     [('Three policemen fell', 'killed', 3)]),
    ('FOUR MARINES FALL IN FIERCE BATTLE',
     [('FOUR MARINES FALL', 'killed', 4)]),
    ('Eleven militiamen fell during the fighting for the ridge.',
     [('Eleven militiamen fell', 'killed', 11)]),
    ('Authorities hanged five prisoners convicted of the bombing.',
     [('hanged five prisoners', 'killed', 5)]),
    ('Iran hangs three protesters',
     [('hangs three protesters', 'killed', 3)]),
    # the missing told by lost contact or a register (before: nothing)
    ('Rescue teams lost contact with two aid workers near the front line.',
     [('two aid workers', 'missing', 2)]),
    ('Some 450 fighters are recorded as missing after the offensive.',
     [('Some 450 fighters are recorded as missing', 'missing', 450)]),
    ('About 16,000 soldiers and civilians are registered as missing since the war.',
     [('About 16,000 soldiers and civilians are registered as missing', 'missing', 16000)]),
    # the hurt told by their wounds' kind or what a beating left (before: nothing, or arrested)
    ('Doctors said nine of the protesters had fresh gunshot wounds.',
     [('nine of the protesters had fresh gunshot wounds', 'wounded', 9)]),
    ('Five of the miners had deep stab wounds after the clash.',
     [('Five of the miners had deep stab wounds', 'wounded', 5)]),
    ('During the riot a prison officer was beaten senseless by inmates.',
     [('a prison officer was beaten', 'wounded', 1)]),
    ('A 60-year-old farmer was beaten so badly that he lost an eye.',
     [('A 60-year-old farmer was beaten', 'wounded', 1)]),
    ('Police detained dozens of students; three of them were left with lasting injuries.',
     [('detained dozens of students', 'arrested', 24),
      ('three of them were left with lasting injuries', 'wounded', 3)]),
    ('Twenty people were left with serious burns after the grenade attack.',
     [('Twenty people were left with serious burns', 'wounded', 20)]),
]

# Kept as before the round (each was read so already): no figure, or the figures of its
# own arrest; six members held in police cells whose release is demanded are counted once,
# as arrested, never captured a second time.
LOOKALIKES = [
    ('The prison holds 231 men, officials said.',
     []),
    ('The museum holds 400 paintings.',
     []),
    ('A man holding a plastic folder spoke to reporters.',
     []),
    ('A woman holding a paper bag waited at the gate.',
     []),
    ('The jail holds 2,000 inmates.',
     []),
    ('Troops recaptured the town of Bani on Sunday.',
     []),
    ('The army recaptured 12 villages in the north.',
     []),
    ('The two sides held talks on Monday.',
     []),
    ('The party held a rally of 5,000 people.',
     []),
    ('The party held 40 seats in parliament.',
     []),
    ('The elections were held in March.',
     []),
    ('A meeting of 300 delegates held in Geneva ended on Friday.',
     []),
    ('Police arrested 40 people. A conference of 300 delegates was held in the city hall.',
     [('arrested 40 people', 'arrested', 40)]),
    ('The team held a training session with 25 players at the stadium.',
     []),
    ('Exports fell by 12 per cent.',
     []),
    ('The river fell two metres overnight.',
     []),
    ('Leaves fell in the storm.',
     []),
    ('He fell in love with the town.',
     []),
    ('The deal hangs in the balance.',
     []),
    ('The rope hangs 20 metres above the floor.',
     []),
    ('The pilot lost contact with the base.',
     []),
    ('The company lost contact with the ship on Monday.',
     []),
    ('About 3,000 people are registered as voters in the district.',
     []),
    ('The team was beaten in the final.',
     []),
    ('The champion was beaten in straight sets.',
     []),
    ('Police arrested 12 men. Rebels demanded the release of six of its members held in '
     'police cells.',
     [('arrested 12 men', 'arrested', 12),
      ('six of its members held in police cells', 'arrested', 6)]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalike(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected
