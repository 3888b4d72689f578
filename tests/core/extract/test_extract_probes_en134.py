"""Probes of English round 134 (issue 11): people told by being held, taken away, or gone.

News counts the held by their state ("remain in detention", "held without charge", "Among
the detained were 19 minors"), captives by their being carried away, the displaced by the
place they left or the direction they fled in, and people already counted by what became
of them ("17 of the escapees had been recaptured", "Nine of those taken are still
missing"). Who holds people told by their state is the story's: custody and a charge are
the state's (arrested), captors named beside the detention make a capture. The look-alikes
hold meetings, carry away things, leave meetings or armies, and recapture towns.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

MEMBERS = [
    # people told by the state of being held, or as a part of those held (before: nothing,
    # or arrested where captors hold them)
    ('Police cracked down on the rally. Among the detained were 19 minors.',
     [('Among the detained were 19 minors', 'arrested', 19)]),
    ('Security forces swept through the camp. Among the arrested were 12 women.',
     [('Among the arrested were 12 women', 'arrested', 12)]),
    ('Militants kidnapped a group of travellers on the highway. Of those held, six are foreigners.',
     [('Of those held, six', 'captured', 6)]),
    ('Soldiers rounded up villagers after the ambush. Among those held were three teachers.',
     [('Among those held were three teachers', 'arrested', 3)]),
    ('A court heard that 17 men held in connection with the riots would be freed.',
     [('17 men held in connection with', 'arrested', 17)]),
    ('Amnesty said 35 protesters remained in custody on Tuesday.',
     [('35 protesters remained in custody', 'arrested', 35)]),
    ('A 16-year-old boy remains in custody after the stabbing, police said.',
     [('A 16-year-old boy remains in custody', 'arrested', 1)]),
    ('Three men, aged 20 to 24, remain in custody, police said.',
     [('Three men, aged 20 to 24, remain in custody', 'arrested', 3)]),
    ('Eleven people aged between 18 and 30 remain in detention, the ministry said.',
     [('Eleven people aged between 18 and 30 remain in detention', 'arrested', 11)]),
    ('Rebels seized the town in March. Thousands of people remained in detention in rebel '
     'prisons.',
     [('Thousands of people remained in detention', 'captured', 2000)]),
    ('The rebels overran the base in May. Some 80 soldiers remain in detention in '
     'rebel-held areas.',
     [('Some 80 soldiers remain in detention', 'captured', 80)]),
    ('The report says at least 214 people held without charge were tortured.',
     [('at least 214 people held without charge', 'arrested', 214)]),
    ('Lawyers said 40 activists held incommunicado since the vote had not seen a judge.',
     [('40 activists held incommunicado', 'arrested', 40)]),
    ('Police broke up the sit-in. At least 46 people are still in custody.',
     [('At least 46 people are still in custody', 'arrested', 46)]),
    ('Of those arrested, 318 remain in detention, the group said.',
     [('Of those arrested, 318', 'arrested', 318)]),
    # the rest of a toll, held: a bare count or an ordinal joined to the toll (before: the
    # toll only)
    ('Three of the gunmen were shot dead and one remains in custody.',
     [('Three of the gunmen were shot dead', 'killed', 3),
      ('one remains in custody', 'arrested', 1)]),
    ('Police freed four hostages; two kidnappers were killed and a third remains in '
     'detention.',
     [('freed four hostages', 'captured', 4), ('two kidnappers were killed', 'killed', 2),
      ('a third remains in detention', 'arrested', 1)]),
    # captives carried away (before: nothing)
    ('Bandits raided the village and carried away 11 women.',
     [('carried away 11 women', 'captured', 11)]),
    ('The attackers carried away several children, witnesses said.',
     [('carried away several children', 'captured', 3)]),
    ('Armed men stormed the farm and carried away two workers.',
     [('carried away two workers', 'captured', 2)]),
    ('Gunmen stormed the church and carried away at least 30 worshippers.',
     [('carried away at least 30 worshippers', 'captured', 30)]),
    ('Bandits killed two herders and carried away a dozen boys, elders said.',
     [('killed two herders', 'killed', 2), ('carried away a dozen boys', 'captured', 12)]),
    # the displaced told by a place they left, or a direction they fled in (before: nothing)
    ('After the militia attack, about 600 families have abandoned the site.',
     [('about 600 families have abandoned', 'displaced', 600)]),
    ('After the massacre, some 2,000 families deserted their villages.',
     [('some 2,000 families deserted their villages', 'displaced', 2000)]),
    ('Following the clashes, around 500 residents have deserted the town.',
     [('around 500 residents have deserted', 'displaced', 500)]),
    ('Militia raids continued, and nearly 300 households deserted the settlement.',
     [('nearly 300 households deserted', 'displaced', 300)]),
    ('After the attack on the camp, roughly 1,200 people have left the site.',
     [('roughly 1,200 people have left', 'displaced', 1200)]),
    ('Fighting raged near the town and 187 fled downriver.',
     [('187 fled', 'displaced', 187)]),
    ('As the shelling went on, some 1,500 fled north.',
     [('some 1,500 fled', 'displaced', 1500)]),
    ('Gunmen attacked the market, and about 400 fled upriver by canoe.',
     [('about 400 fled', 'displaced', 400)]),
    ("Gunmen threatened the victims' families; some 20 relatives have left the town since.",
     [('some 20 relatives have left', 'displaced', 20)]),
    # what became of people counted: recaptured escapees, captives still missing (before:
    # nothing, or captured)
    ('Inmates broke out of the jail last week; 17 of the escapees had been recaptured.',
     [('17 of the escapees had been recaptured', 'arrested', 17)]),
    ('Forty inmates escaped during the riot; 22 of them have since been recaptured.',
     [('22 of them have since been recaptured', 'arrested', 22)]),
    ('Nine prisoners broke out of the jail. Police recaptured six inmates on Monday.',
     [('recaptured six inmates', 'arrested', 6)]),
    ('Five men escaped from the prison; three were later recaptured.',
     [('three were later recaptured', 'arrested', 3)]),
    ('After the jailbreak, 14 escapees were rearrested in the town.',
     [('14 escapees were rearrested', 'arrested', 14)]),
    ('Gunmen abducted 30 people. Nine of those taken are still missing.',
     [('abducted 30 people', 'captured', 30),
      ('Nine of those taken are still missing', 'missing', 9)]),
    ('Gunmen abducted 40 pupils. Six of those abducted remain missing.',
     [('abducted 40 pupils', 'captured', 40),
      ('Six of those abducted remain missing', 'missing', 6)]),
    ('Kidnappers took 20 villagers. Four of those kidnapped are still unaccounted for.',
     [('took 20 villagers', 'captured', 20),
      ('Four of those kidnapped are still unaccounted for', 'missing', 4)]),
]

LOOKALIKES = [
    # held, carried, taken, left or fled with no captives, detainees or displaced
    ('The two sides held talks in Geneva.',
     []),
    ('The party held a rally of 2,000 people in the square.',
     []),
    ('The ceasefire held through the night.',
     []),
    ('The blast wounded 12 people; five remain in hospital.',
     [('wounded 12 people', 'wounded', 12), ('five remain in hospital', 'wounded', 5)]),
    ('Floods hit the region; two men were carried away by floodwaters.',
     []),
    ('Thieves carried away 40 sacks of grain from the store.',
     []),
    ('Raiders led away 200 cattle from the village.',
     []),
    ('Floodwaters carried away two bridges and 40 houses.',
     []),
    ('The crowd got carried away and 200 fans sang.',
     []),
    ('A bomb hit the market; 14 wounded were taken to hospital.',
     [('14 wounded', 'wounded', 14)]),
    ('Police took 12 men into custody after the clash.',
     [('took 12 men into custody', 'arrested', 12)]),
    ('The rebels abandoned the talks on Friday.',
     []),
    ('The bombing left 3 dead in the market.',
     [('3 dead', 'killed', 3)]),
    ('Twenty delegates left the meeting early.',
     []),
    ('The gunmen fled the scene after the shooting.',
     []),
    ('Five ministers left for Geneva on Monday.',
     []),
    ('After the attack, 40 soldiers deserted the army.',
     []),
    ('Two hundred soldiers deserted their posts during the offensive.',
     []),
    ('Some 200 workers have left the site after their shift.',
     []),
    ('Two of the attackers fled north.',
     []),
    ('After the funeral, 12 relatives left the city.',
     []),
    ('Three remain in custody after the raid on the depot.',
     []),
    # a recapture of places, or in a game; parts of people held or surveyed with no holding told
    ('Government troops recaptured three towns from the rebels.',
     []),
    ('Prisoners escaped last year. The army recaptured 12 villages after a week of fighting.',
     []),
    ('Of those surveyed, 40 said they feared violence.',
     []),
    ('The 12 cars held in the pound were returned.',
     []),
    ('The drug remains in custody of the court as evidence.',
     []),
    ('Police arrested 30 men; five remain in detention.',
     [('arrested 30 men', 'arrested', 30), ('five remain in detention', 'arrested', 5)]),
    ('The escape room held 12 players; 3 were recaptured by the game master.',
     []),
    ('Of those taken to hospital, six are still missing their documents.',
     [('six are still missing', 'missing', 6)]),
    ('Of those held, 12 were players in the final.',
     []),
    ("The fund held 300 families' savings in custody accounts.",
     []),
]



@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalike(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected
