"""Probes of English round 128 (issue 11): a part of a group told apart from the group.

The part perturbation bench (``bench/blind/perturb_part.py``) moves each gold figure that is
a part of a group figure into a sentence of its own, puts a phrase of time or place between
the group's verb and the part, names the group otherwise in the part ("of them", "of the
victims", "of those hurt") and tells the part by what became of it. The members below are
each family's shapes; those marked ``# before: ...`` gave another reading before the round
(a part after "late on Saturday" took the next figure's outcome or none, "Two of them were
charred" after a killing gave nothing, "Three of the dead were burned" gave three wounded,
"of those hurt" after a comma and "of the victims" before a predicate that names no people
gave nothing). The look-alikes are the same shapes where the group counts no casualties
(guests, vehicles, houses, complaints) and give no figure, before the round and after.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

MEMBERS = [
    ('At least 71 civilians were killed in the attacks late on Saturday, 24 of them '
     'children, and 112 were wounded.',  # before: read otherwise
     [('At least 71 civilians were killed', 'killed', 71),
      ('24 of them children', 'killed', 24),
      ('112 were wounded', 'wounded', 112)]),
    ('Armed men shot dead three cooperative members on the outskirts of the town, '
     "among them the cooperative's treasurer.",  # before: read otherwise
     [('shot dead three cooperative members', 'killed', 3),
      ("among them the cooperative's treasurer", 'killed', 1)]),
    ("The state government put the day's toll at six dead on the outskirts of Varsk, "
     'including the bus driver.',  # before: read otherwise
     [('six dead', 'killed', 6), ('including the bus driver', 'killed', 1)]),
    ('At least 60 protesters have been arrested in Nacala since Tuesday, among them '
     'two journalists.',
     [('At least 60 protesters have been arrested', 'arrested', 60),
      ('among them two journalists', 'arrested', 2)]),
    ('At least 60 protesters have been arrested in Tolsa in four villages between '
     'Thursday and Sunday, among them two journalists.',
     [('At least 60 protesters have been arrested', 'arrested', 60),
      ('among them two journalists', 'arrested', 2)]),
    ('Some 23 people were killed in the two neighbourhoods between January and June, '
     'among them five teenagers.',
     [('Some 23 people were killed', 'killed', 23), ('among them five teenagers', 'killed', 5)]),
    ('The clinic director said that 19 people had been treated late on Saturday, '
     'three of them for gunshot wounds.',  # before: read otherwise
     [('19 people had been treated', 'wounded', 19), ('three of them', 'wounded', 3)]),
    ('Gunmen abducted 30 students in Kessa late on Friday, among them nine girls.',
     [('abducted 30 students', 'captured', 30), ('among them nine girls', 'captured', 9)]),
    ('At least 23 people were killed across the region overnight, including six children.',
     [('At least 23 people were killed', 'killed', 23), ('including six children', 'killed', 6)]),
    ('The army said it had killed 16 militants on the outskirts of the town, '
     'including a commander.',
     [('killed 16 militants', 'killed', 16), ('including a commander', 'killed', 1)]),
    ('Nine soldiers died in clashes in three districts of the province, two of whom were officers.',
     [('Nine soldiers died', 'killed', 9), ('two of whom were officers', 'killed', 2)]),
    ('At least 14 villagers were killed on 8 August, among them five women.',
     [('At least 14 villagers were killed', 'killed', 14), ('among them five women', 'killed', 5)]),
    # before: read otherwise
    ('Gunmen killed 12 villagers in Dorn on Sunday. Two of them were charred.',
     [('killed 12 villagers', 'killed', 12), ('Two of them were charred', 'killed', 2)]),
    ('Gunmen killed 12 villagers in Dorn on Sunday. Two of them were burned beyond '
     'recognition.',  # before: read otherwise
     [('killed 12 villagers', 'killed', 12),
      ('Two of them were burned beyond recognition', 'killed', 2)]),
    ('Gunmen killed 12 villagers in Dorn on Sunday. One of them was beheaded.',
     [('killed 12 villagers', 'killed', 12), ('One of them was beheaded', 'killed', 1)]),
    ('Gunmen killed 12 villagers in Dorn on Sunday. Three of the dead were burned '
     'beyond recognition.',  # before: read otherwise
     [('killed 12 villagers', 'killed', 12), ('Three of the dead were burned', 'killed', 3)]),
    ('Militiamen killed 30 herders near Garo. At least 11 of the bodies were charred.',
     [('killed 30 herders', 'killed', 30), ('At least 11 of the bodies', 'killed', 11)]),
    ('Gunmen killed 12 villagers in Dorn on Sunday. Four of the victims were members '
     'of one family, he said.',  # before: read otherwise
     [('killed 12 villagers', 'killed', 12), ('Four of the victims were', 'killed', 4)]),
    ('Gunmen killed 12 villagers in Dorn on Sunday. Three of the victims were under '
     '18, police said.',  # before: read otherwise
     [('killed 12 villagers', 'killed', 12), ('Three of the victims were', 'killed', 3)]),
    ('A car bomb killed six people and wounded 27 in Poso. Two of the victims were '
     'policemen directing traffic, police said.',  # before: read otherwise
     [('killed six people', 'killed', 6),
      ('wounded 27', 'wounded', 27),
      ('Two of the victims were', 'killed', 2)]),
    ('At least 17 people were wounded, six of those hurt with gunshot wounds, police '
     'said.',  # before: read otherwise
     [('At least 17 people were wounded', 'wounded', 17), ('six of those hurt', 'wounded', 6)]),
    ('The hospital had received 22 wounded since the morning, 11 of those hurt with '
     'machete wounds.',  # before: read otherwise
     [('22 wounded', 'wounded', 22), ('11 of those hurt', 'wounded', 11)]),
    ('At least 15 people were injured, five of those wounded with stab wounds, '
     'doctors said.',  # before: read otherwise
     [('At least 15 people were injured', 'wounded', 15), ('five of those wounded', 'wounded', 5)]),
    # before: read otherwise
    ('Gunmen abducted 40 passengers on the highway, 12 of those taken from one bus.',
     [('abducted 40 passengers', 'captured', 40), ('12 of those taken', 'captured', 12)]),
    ('Gunmen abducted six workers on Monday. Two of them were released on Tuesday.',
     [('abducted six workers', 'captured', 6), ('Two of them were released', 'captured', 2)]),
    ('Twelve people were wounded in the blast. Three of the wounded are in a critical condition.',
     [('Twelve people were wounded', 'wounded', 12), ('Three of the wounded', 'wounded', 3)]),
]

LOOKALIKES = [
    'The minister met 14 guests at the palace on Monday, among them two ministers from Chad.',
    'A fire destroyed 40 houses in Dorn on Sunday. Two of them were charred.',
    ('The police registered 300 complaints in four districts since January, among '
     'them 12 about theft.'),
    'The flood destroyed 40 homes in three villages on Sunday, among them two schools.',
    'The hospital treated 30 patients after the crash on Sunday. Two of them were burned.',
    'Officials counted 40 houses destroyed in the fire, six of those burned to the ground.',
    'The ministry listed 50 schools in four provinces since March, including 12 in the north.',
    'The court heard 20 witnesses over the weekend, among them three doctors.',
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member_is_read(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_gives_no_figure(text: str) -> None:
    assert short_figures(text) == []


def test_a_part_of_things_after_a_toll_gives_no_part() -> None:
    # "Two of them" after vehicles seized: the last group named is no casualty
    assert short_figures("Gunmen killed 12 villagers in Dorn on Sunday. Police seized six "
                         "vehicles. Two of them were new.") == [
        ("killed 12 villagers", "killed", 12)]
