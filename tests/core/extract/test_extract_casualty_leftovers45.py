"""English casualty leftovers after the forty-fifth round: strict xfails turned readings.

Each construction is written with members and the look-alikes its rule must leave alone;
the larger families are grid families too (``tests/casualty_grid.py``: ``forced`` with
the causes and "made to leave", ``whole``, ``emptied``). Every sentence is fictional and written for
these tests; names and places are invented or used only as settings.

1. Made to leave: "were made to leave the village" (the passive of forcing knew "forced"
   and "compelled" only), and set to leave by a cause too common to be a cue word,
   "caused 900 families to leave their villages": such a sentence is read only where "to
   leave" or "to abandon" follows a verb of causing closely.
2. The whole group named before the count of those driven out: "drove the 600 residents
   from the village", "forced all 3,000 residents to leave".
3. A place emptied of its people: "The raid emptied the village of its 300 residents",
   "Tor was emptied of its 3,000 residents" (a home place or a name, and civilians).
4. A share of the wounded or the dead, and who they were: "Of the injured, 40 (31.5%) were
   children" (the people named by their outcome before the share).
5. People held on the terms of a detention, "had been held without charge", "held for
   more than a year without charge", "are being held in police custody": detainees.
6. A bulletin's row with no colons, "Dead 12, injured 30, missing 4": one figure per
   outcome word and its count ("12, injured" gave 12 wounded).
7. Another source's toll given "of" a number after the first, "the army gave a figure of
   9" (as "put the figure at 9" was read).
8. A natural hazard's displaced are no figure (the corpus rules count people harmed in
   violence): "Flooding drove 2,000 people from Kessa".
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures, figures

_MISSES: tuple[tuple[str, str], ...] = ()

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. made to leave, and set to leave by a cause too common to wake a sentence alone
    ('Some 300 families were made to leave the village.',
     [('Some 300 families were made to leave the village', 'displaced', 300, None, 'about',
       'families')]),
    ('About 2,000 people have been made to leave their homes since March.',
     [('About 2,000 people have been made to leave their homes', 'displaced', 2000, None,
       'about', 'people')]),
    ('More than 400 villagers were made to leave Kessa at gunpoint, witnesses said.',
     [('More than 400 villagers were made to leave Kessa', 'displaced', 400, None,
       'more_than', 'villagers')]),
    ('Some 300 families were made to flee their homes.',
     [('Some 300 families were made to flee their homes', 'displaced', 300, None, 'about',
       'families')]),
    ('The shelling caused 900 families to leave their villages.',
     [('caused 900 families to leave their villages', 'displaced', 900, None, 'exact',
       'families')]),
    ('Air strikes have caused some 5,000 residents to abandon their homes.',
     [('caused some 5,000 residents to abandon their homes', 'displaced', 5000, None,
       'about', 'residents')]),
    ('The siege prompted 2,000 residents of the old town to leave, the agency said.',
     [('prompted 2,000 residents of the old town to leave', 'displaced', 2000, None,
       'exact', 'residents')]),
    # ... look-alikes: a room, a meeting, a cabinet, a ship; rebels and protesters; made to
    # do something else; a verb of making far from "to leave"
    ('About 30 reporters were made to leave the room.', []),
    ('Some 40 delegates were made to leave the meeting early.', []),
    ('The dispute caused 12 ministers to leave the cabinet.', []),
    ('The storm caused 40 passengers to leave the ship.', []),
    ('Police caused 40 protesters to leave the square.', []),
    ('The army made 200 rebels leave the town.', []),
    ('Some 300 families were made to wait outside the village.', []),
    ('The council made its decision after a long debate, and 300 families are expected to'
     ' leave the camp next week.', []),

    # 2. the whole group named before the count
    ('Gunmen drove the 600 residents from the village.',
     [('drove the 600 residents from the village', 'displaced', 600, None, 'exact',
       'residents')]),
    ('The militia drove all 3,000 villagers from Kessa.',
     [('drove all 3,000 villagers from Kessa', 'displaced', 3000, None, 'exact',
       'villagers')]),
    ('The offensive forced all the 1,200 families of the valley to flee.',
     [('forced all the 1,200 families of the valley to flee', 'displaced', 1200, None,
       'exact', 'families')]),
    ('Gunmen chased the 300 families from Tor on Sunday.',
     [('chased the 300 families from Tor', 'displaced', 300, None, 'exact', 'families')]),
    # ... look-alikes: rebels beaten back, a crowd dispersed, a ride, animals
    ('The army drove the 300 rebels from the town.', []),
    ('Police chased all 30 protesters from the square.', []),
    ('The bus drove the 40 passengers from Tor to the capital.', []),
    ('He pushed the 200 sheep from the hill.', []),

    # 3. a place emptied of its people: a home place or a name, civilians
    ('The raid emptied the village of its 300 residents.',
     [('emptied the village of its 300 residents', 'displaced', 300, None, 'exact',
       'residents')]),
    ('Two weeks of shelling have emptied Kessa of some 5,000 inhabitants.',
     [('emptied Kessa of some 5,000 inhabitants', 'displaced', 5000, None, 'about',
       'inhabitants')]),
    ('Two weeks of shelling have emptied Kessa of its 5,000 inhabitants.',
     [('emptied Kessa of its 5,000 inhabitants', 'displaced', 5000, None, 'exact',
       'inhabitants')]),
    ('The offensive emptied whole districts of their 20,000 residents, the UN said.',
     [('emptied whole districts of their 20,000 residents', 'displaced', 20000, None,
       'exact', 'residents')]),
    ('Tor was emptied of its 3,000 residents within a week.',
     [('emptied of its 3,000 residents', 'displaced', 3000, None, 'exact', 'residents')]),
    # ... look-alikes: a school, a prison, a square, a warehouse; fighters; a hazard
    ('The fire drill emptied the school of its 300 children.', []),
    ('The amnesty emptied the prison of its 300 inmates.', []),
    ('Police emptied the square of its 300 protesters.', []),
    ('The strike emptied the warehouse of its 300 sacks.', []),
    ('The army emptied the town of its 400 rebels.', []),
    ('Flooding emptied the village of its 300 residents.', []),

    # 4. a share of the wounded or the dead, and who they were
    ('Of the injured, 40 (31.5%) were children.',
     [('40 (31.5%) were children', 'wounded', 40, None, 'exact', 'children')]),
    ('Of the 127 injured, 40 (31.5%) were children and 25 (19.7%) were women.',
     [('127 injured', 'wounded', 127, None, 'exact', None),
      ('40 (31.5%) were children', 'wounded', 40, None, 'exact', 'children'),
      ('25 (19.7%) were women', 'wounded', 25, None, 'exact', 'women')]),
    ('Among those killed, 12 (20%) were women.',
     [('12 (20%) were women', 'killed', 12, None, 'exact', 'women')]),
    ('Of the 300 people wounded in the blasts, 90 (30%) were children.',
     [('300 people wounded', 'wounded', 300, None, 'exact', 'people'),
      ('90 (30%) were children', 'wounded', 90, None, 'exact', 'children')]),
    # ... look-alikes: a sample, patients of no harm named, casualties (the dead and the
    # wounded together), a share that is no person, harm named in another sentence
    ('Of the 300 respondents, 120 (40%) were women.', []),
    ('Of the 200 patients, 120 (60%) were men.', []),
    ('Of the 80 casualties, 30 (37%) were children.', []),
    ('Of the injured, 40 (31.5%) were discharged on the same day.', []),
    ('Eight people were wounded. Of the 300 households, 90 (30%) were women.',
     [('Eight people were wounded', 'wounded', 8, None, 'exact', 'people')]),

    # 5. held on the terms of a detention: without charge or trial, in custody
    ('Police said 40 people had been held without charge.',
     [('40 people had been held', 'arrested', 40, None, 'exact', 'people')]),
    ('Some 40 activists have been held without charge since March.',
     [('Some 40 activists have been held', 'arrested', 40, None, 'about', 'activists')]),
    ('Two dozen had been held for more than a year without charge, the group said.',
     [('Two dozen had been held', 'arrested', 24, None, 'about', None)]),
    ('At least 12 journalists are being held without trial.',
     [('At least 12 journalists are being held', 'arrested', 12, None, 'at_least',
       'journalists')]),
    ('Lawyers said 30 students were being held in police custody in Tor.',
     [('30 students were being held', 'arrested', 30, None, 'exact', 'students')]),
    # ... look-alikes: meetings and elections held, things in custody, captives held for
    # ransom (captured, as before)
    ('Three meetings have been held without incident.', []),
    ('Elections were held without violence in 12 districts.', []),
    ('The three passports are being held in custody by the court.', []),
    ('The 12 hostages were held for ransom.',
     [('12 hostages', 'captured', 12, None, 'exact', 'hostages')]),

    # 6. a bulletin's row with no colons: each count after its outcome word
    ('Dead 12, injured 30, missing 4 - provincial bulletin.',
     [('Dead 12', 'killed', 12, None, 'exact', None),
      ('injured 30', 'wounded', 30, None, 'exact', None),
      ('missing 4', 'missing', 4, None, 'exact', None)]),
    ('Tor district: dead 2, injured 7; Kessa district: dead 1, injured 3.',
     [('dead 2', 'killed', 2, None, 'exact', None),
      ('injured 7', 'wounded', 7, None, 'exact', None),
      ('dead 1', 'killed', 1, None, 'exact', None),
      ('injured 3', 'wounded', 3, None, 'exact', None)]),
    ('Casualties so far: dead 3, injured 2,400, abducted 17.',
     [('dead 3', 'killed', 3, None, 'exact', None),
      ('injured 2,400', 'wounded', 2400, None, 'exact', None),
      ('abducted 17', 'captured', 17, None, 'exact', None)]),
    # ... prose with verbs reads as before; a league table's row names no outcome
    ('The attack killed 5, wounded 9 and left 3 missing.',
     [('killed 5', 'killed', 5, None, 'exact', None),
      ('wounded 9', 'wounded', 9, None, 'exact', None),
      ('3 missing', 'missing', 3, None, 'exact', None)]),
    ('Tor United: played 12, won 7, drawn 3, lost 2.', []),

    # 7. another source's toll given as "a figure of", after the first
    ('Local sources said 14 were killed; the army gave a figure of 9.',
     [('14 were killed', 'killed', 14, None, 'exact', None),
      ('a figure of 9', 'killed', 9, None, 'exact', None)]),
    ('The ministry said 45 people were killed. Activists cited a total of 61, the monitor'
     ' said.',
     [('45 people were killed', 'killed', 45, None, 'exact', 'people'),
      ('a total of 61', 'killed', 61, None, 'exact', None)]),
    ('Twenty people were wounded. A doctor gave the figure of 25 in an interview.',
     [('Twenty people were wounded', 'wounded', 20, None, 'exact', 'people'),
      ('the figure of 25', 'wounded', 25, None, 'exact', None)]),
    # ... look-alikes: a count with a noun of its own, a number of things, no figure before
    ('The ministry said 45 people were killed. The minister gave a figure of 60 troops'
     ' deployed.',
     [('45 people were killed', 'killed', 45, None, 'exact', 'people')]),
    ('The ministry said 45 people were killed. The report gave a number of reasons.',
     [('45 people were killed', 'killed', 45, None, 'exact', 'people')]),
    ('The army gave a figure of 9 for the month.', []),

    # 8. a natural hazard's displaced, told as violence's are told
    ('Flooding drove 2,000 people from Kessa.', []),
    ('The floods have driven some 3,000 families from their homes.', []),
    ('Heavy rains forced 900 families to leave their villages.', []),
    ('The earthquake caused 5,000 residents to abandon their homes.', []),
    ('Landslides made 300 families leave the valley, and 300 families were made to leave'
     ' the village after the landslide.', []),
    # ... the same words with violence as the cause keep their figure
    ('Fighting drove 2,000 people from Kessa.',
     [('drove 2,000 people from Kessa', 'displaced', 2000, None, 'exact', 'people')]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


def test_caused_to_leave_wakes_only_its_own_sentence() -> None:
    # the verb of causing woke the sentence of "to leave", not the report's other sentences
    text = ("The strike caused 12 cancellations on Monday. The shelling caused 900 families"
            " to leave their villages. 40 families live in the camp.")
    assert figures(text) == [('caused 900 families to leave their villages', 'displaced',
                              900, None, 'exact', 'families')]
