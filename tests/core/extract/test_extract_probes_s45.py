"""English probes, forty-fifth round: the families of the twelfth blind set's casualty misses.

Each family is written whole, in the wordings of wire copy, hospital and medical reports,
NGO and UN notes and tribunal prose, with the look-alikes its rule must leave alone. One
family is a grid family as well (``casualty_grid_np.py``, ``companion_agent_family``:
companions after the passive's agent); the probes below hold the others.

1. Driven out, with a place by its name: "drives hundreds from Bel Air", "drove thousands
   from Kessa", "forced hundreds from Bor", "chased 300 families from Tor", "pushed 3,000
   people from their villages", "drove out 400 residents". Civilians or a crowd with no
   noun only: rebels driven from a town, protesters chased from a square, a bus driving
   passengers from one town to another and sheep pushed from a hill stay nothing.
2. The notation of medical reports: a group and its size in brackets ("Patients who were
   dead on arrival (n = 12)", "Children who died before admission (n=14)", "Patients with
   gunshot wounds (n = 58)"), and a count with its share before its predicate ("120 (60%)
   had blast injuries and 50 (25%) had gunshot wounds", "12 (8%) died"). A sample of
   respondents or households, an illness, a negated outcome, displacement in a survey and
   a share with no harm stay nothing.
3. Treated for the harm done: "had been treated for beatings", "treated there for
   beatings", "treated 25 people for beatings", "for fractures and bruises", "at the
   scene for smoke inhalation", "locally for gunshot wounds", with the sub-group after it
   ("several of them with broken legs"). A clinic that "treats 200 patients a day" and
   patients treated for an illness stay nothing.
4. A toll told again as "the number": "puts the number at more than 300", "put the figure
   at nearly 100", "put the total even higher at 70", "the number had risen to 19", after
   a figure of the same or the sentence before, with its outcome. With no figure before,
   one in another paragraph, or a count of another order ("12 people were arrested.
   Organisers put the number at 10,000") it stays nothing.
5. A count of some "of those" a participle names, inside the phrase of those who speak
   for them: "Relatives of at least 15 of those detained say", "Lawyers for 12 of those
   arrested say", "Families of two of those abducted told reporters". Candidates and
   guests ("15 of the candidates", "five of those invited") stay nothing.

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures

# Members the rules still miss: (opening words, engine). A strict xfail makes a later
# silent fix show, and the probe leaves this list.
_MISSES: tuple[tuple[str, str], ...] = (
)

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. driven out, with a place by its name
    ('Gang violence drives hundreds from Bel Air - UN',
     [('drives hundreds from Bel Air', 'displaced', 200, None, 'vague', None)]),
    ('Fighting drove thousands from Kessa last week.',
     [('drove thousands from Kessa', 'displaced', 2000, None, 'vague', None)]),
    ('Clashes drive 500 families from Gedeb',
     [('drive 500 families from Gedeb', 'displaced', 500, None, 'exact', 'families')]),
    ('Militiamen forced hundreds from Bor overnight.',
     [('forced hundreds from Bor', 'displaced', 200, None, 'vague', None)]),
    ('Fighting has driven more than 5,000 from Tawila, the agency said.',
     [('driven more than 5,000 from Tawila', 'displaced', 5000, None, 'more_than', None)]),
    ('Clashes Drive Hundreds From Tor',
     [('Drive Hundreds From Tor', 'displaced', 200, None, 'vague', None)]),
    ('Gunmen chased 300 families from Tor.',
     [('chased 300 families from Tor', 'displaced', 300, None, 'exact', 'families')]),
    ('The fighting pushed some 3,000 villagers from Kessa.',
     [('pushed some 3,000 villagers from Kessa', 'displaced', 3000, None, 'about',
       'villagers')]),
    ('The fighting has pushed 3,000 people from their villages.',
     [('pushed 3,000 people from their villages', 'displaced', 3000, None, 'exact',
       'people')]),
    ('The militia drove out 400 residents of Tor.',
     [('drove out 400 residents', 'displaced', 400, None, 'exact', 'residents')]),
    ('The militia chased out hundreds of residents.',
     [('chased out hundreds of residents', 'displaced', 200, None, 'vague', 'residents')]),
    # ... members read before the round (the older rules)
    ('The offensive has driven some 20,000 people from the district.',
     [('driven some 20,000 people from the district', 'displaced', 20000, None, 'about',
       'people')]),
    ('The shelling sent 2,000 people fleeing.',
     [('2,000 people fleeing', 'displaced', 2000, None, 'exact', 'people')]),
    ('The violence uprooted 12,000 people in March.',
     [('uprooted 12,000 people', 'displaced', 12000, None, 'exact', 'people')]),
    ('The raid emptied the village of its 300 residents.',
     [('emptied the village of its 300 residents', 'displaced', 300, None, 'exact',
       'residents')]),
    ('Gunmen drove the 600 residents from the village.',
     [('drove the 600 residents from the village', 'displaced', 600, None, 'exact',
       'residents')]),
    # ... look-alikes: fighters, protesters, a journey, animals
    ('The army drove 300 rebels from the town.', []),
    ('Police chased 30 protesters from the square.', []),
    ('The bus drove 40 passengers from Tor to the capital.', []),
    ('The company drives 200 workers from the camp each morning.', []),
    ('He pushed 200 sheep from the hill.', []),
    ('Fighting drove hundreds from Friday prayers.', []),
    ('The clashes forced 300 families from March until June.', []),
    ('The army pushed out 40 rebels.', []),

    # 2. the notation of medical reports: a group's size in brackets
    ('Patients who were dead on arrival (n = 12) were excluded.',
     [('Patients who were dead on arrival (n = 12)', 'killed', 12, None, 'exact',
       'Patients')]),
    ('Children who died before admission (n=14) were not included.',
     [('Children who died before admission (n=14)', 'killed', 14, None, 'exact',
       'Children')]),
    ('Patients who died in the emergency room (n = 17) were excluded from the analysis.',
     [('Patients who died in the emergency room (n = 17)', 'killed', 17, None, 'exact',
       'Patients')]),
    ('Patients with gunshot wounds (n = 58) were younger than the others.',
     [('Patients with gunshot wounds (n = 58)', 'wounded', 58, None, 'exact', 'Patients')]),
    ('Casualties with burns (n = 23) were flown to the capital.',
     [('Casualties with burns (n = 23)', 'wounded', 23, None, 'exact', 'Casualties')]),
    ('Of those admitted, children with blast injuries (n = 31) needed the longest stays.',
     [('children with blast injuries (n = 31)', 'wounded', 31, None, 'exact', 'children')]),
    # ... a count with its share, before its predicate
    ('Of the 200 patients, 120 (60%) had blast injuries and 50 (25%) had gunshot wounds.',
     [('120 (60%) had blast injuries', 'wounded', 120, None, 'exact', None),
      ('50 (25%) had gunshot wounds', 'wounded', 50, None, 'exact', None)]),
    ('Of 90 wounded, 61 (68%) had shrapnel wounds, 20 (22%) had burns and 9 (10%) had'
     ' gunshot wounds.',
     [('90 wounded', 'wounded', 90, None, 'exact', None),
      ('61 (68%) had shrapnel wounds', 'wounded', 61, None, 'exact', None),
      ('20 (22%) had burns', 'wounded', 20, None, 'exact', None),
      ('9 (10%) had gunshot wounds', 'wounded', 9, None, 'exact', None)]),
    ('Of the 150 injured, 44 (29.3%) had fractures, and 12 (8%) died.',
     [('150 injured', 'wounded', 150, None, 'exact', None),
      ('44 (29.3%) had fractures', 'wounded', 44, None, 'exact', None),
      ('12 (8%) died', 'killed', 12, None, 'exact', None)]),
    ('Of the 80 patients, 12 (15%) were killed in a second strike.',
     [('12 (15%) were killed', 'killed', 12, None, 'exact', None)]),
    ('Of the injured, 40 (31.5%) were children.',
     [('40 (31.5%) were children', 'wounded', 40, None, 'exact', 'children')]),
    # ... look-alikes: a sample, households, an illness, a negated outcome, a survey's
    # displaced, a share with no harm, burns on roofs
    ('Respondents (n = 412) were asked about their health.', []),
    ('Households in the sample (n = 300) were visited twice.', []),
    ('Patients with diabetes (n = 29) were excluded.', []),
    ('Patients who were not injured (n = 40) were discharged.', []),
    ('Women who were displaced (n = 88) were interviewed.', []),
    ('Of the 300 respondents, 120 (40%) had lost their jobs and 60 (20%) had no income.', []),
    ('Eight people were killed. Of the 300 households, 90 (30%) had burns on their roofs.',
     [('Eight people were killed', 'killed', 8, None, 'exact', 'people')]),

    # 3. treated for the harm done
    ('Doctors said 25 people had been treated for beatings since Friday, several of them'
     ' with broken legs.',
     # (round en111: the part's span takes its harm after "with", as the gold's "several
     # of them with broken arms" of en-12 does)
     [('25 people had been treated for beatings', 'wounded', 25, None, 'exact', 'people'),
      ('several of them with broken legs', 'wounded', 3, None, 'vague', None)]),
    ('A nurse said 31 people had been treated there for beatings since Thursday, several'
     ' of them with broken arms.',
     [('31 people had been treated there for beatings', 'wounded', 31, None, 'exact',
       'people'),
      ('several of them with broken arms', 'wounded', 3, None, 'vague', None)]),
    ('Medics treated 25 people for beatings.',
     [('treated 25 people for beatings', 'wounded', 25, None, 'exact', 'people')]),
    ('Doctors at the clinic have treated 18 villagers for fractures and bruises.',
     [('treated 18 villagers for fractures', 'wounded', 18, None, 'exact', 'villagers')]),
    ('At least nine were treated at the scene for smoke inhalation.',
     [('At least nine were treated at the scene for smoke inhalation', 'wounded', 9, None,
       'at_least', None)]),
    ('A further 12 people had been treated locally for gunshot wounds.',
     [('12 people had been treated locally for gunshot wounds', 'wounded', 12, None,
       'exact', 'people')]),
    # ... members read before the round
    ('At least 40 people were treated for gunshot wounds.',
     [('At least 40 people were treated for gunshot wounds', 'wounded', 40, None,
       'at_least', 'people')]),
    ('The clinic treated 14 people for burns after the attack.',
     [('treated 14 people for burns', 'wounded', 14, None, 'exact', 'people')]),
    # ... look-alikes: a clinic's capacity, an illness
    ('The clinic treats 200 patients a day.', []),
    ('Doctors treated 40 people for malaria last week.', []),
    ('The hospital treated 300 patients for cholera.', []),

    # 4. a toll told again as "the number"
    ('We have documented 281 deaths since April, up from 264 a week ago. A national rights'
     ' group puts the number at more than 300.',
     [('281 deaths', 'killed', 281, None, 'exact', 'deaths'),
      ('up from 264', 'killed', 264, None, 'exact', None),
      ('the number at more than 300', 'killed', 300, None, 'more_than', None)]),
    ('The ministry said 45 people were killed in the clashes. Opposition groups put the'
     ' figure at nearly 100.',
     [('45 people were killed', 'killed', 45, None, 'exact', 'people'),
      ('the figure at nearly 100', 'killed', 100, None, 'about', None)]),
    ('At least 40 people were wounded, the hospital said. A local doctor put the total'
     ' even higher at 70.',
     [('At least 40 people were wounded', 'wounded', 40, None, 'at_least', 'people'),
      ('the total even higher at 70', 'wounded', 70, None, 'exact', None)]),
    ('The Red Cross said 14 people were wounded. Local officials put the figure higher,'
     ' at 20.',
     [('14 people were wounded', 'wounded', 14, None, 'exact', 'people'),
      ('the figure higher, at 20', 'wounded', 20, None, 'exact', None)]),
    ('Officials said 12 soldiers died in the ambush. By evening the number had risen'
     ' to 19.',
     [('12 soldiers died', 'killed', 12, None, 'exact', 'soldiers'),
      ('the number had risen to 19', 'killed', 19, None, 'exact', None)]),
    # ... look-alikes: a count of another order, another paragraph, no figure before, a
    # number of things
    ('Police said 12 people were arrested at the rally. Organisers put the number at'
     ' 10,000.',
     [('12 people were arrested', 'arrested', 12, None, 'exact', 'people')]),
    ('Twenty people were killed in the attack.\n\nThe government puts the number at 25 in'
     ' its report on the economy.',
     [('Twenty people were killed', 'killed', 20, None, 'exact', 'people')]),
    ('Organisers put the number at 10,000.', []),
    ('A local doctor estimated the number at around 60.', []),
    ('Rescuers found 30 bodies on Monday. The army said the number of houses destroyed'
     ' reached 200.',
     [('30 bodies', 'killed', 30, None, 'exact', 'bodies')]),

    # 5. a count "of those" a participle names, inside the phrase of those who speak for
    # them
    ('Relatives of at least 15 of those detained say they have had no news.',
     [('at least 15 of those detained', 'arrested', 15, None, 'at_least', None)]),
    ('Lawyers for 12 of those arrested say they were beaten in custody.',
     [('12 of those arrested', 'arrested', 12, None, 'exact', None)]),
    ('Families of two of those abducted told reporters they had paid a ransom.',
     [('two of those abducted', 'captured', 2, None, 'exact', None)]),
    ('The families of 12 of those killed want an independent inquiry.',
     [('12 of those killed', 'killed', 12, None, 'exact', None)]),
    # ... members read before the round
    ('Families of at least 30 of those killed have filed complaints.',
     [('at least 30 of those killed', 'killed', 30, None, 'at_least', None)]),
    ('Relatives of some 40 people arrested on Sunday gathered outside the prison.',
     [('some 40 people arrested', 'arrested', 40, None, 'about', 'people')]),
    # ... look-alikes: candidates, guests
    ('Relatives of 15 of the candidates say they were threatened.', []),
    ('Relatives of five of those invited say they were turned away.', []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)
