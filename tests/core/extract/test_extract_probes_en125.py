"""Probes of English round 125 (issue 11): a figure read whichever voice or clause carries
it, and things news says were killed that give none.

The clause perturbation bench (``bench/blind/perturb_clause.py``) tells each gold casualty
figure of the blind sets in another voice or clause: a passive made active and back, an
outcome sentence joined to its event as a participle ("..., killing five villagers",
"..., leaving five villagers dead"), an event made the subject ("An attack on Z killed N
X") or a relative inside a frame, and the verb's tense and frame of reporting varied. The
engine held every figure; the members below are each family's shapes, coordinated figures
among them, and pass on the code before the round and after. The look-alikes are the same
shapes with a thing for the counted head ("The committee killed five amendments", "Two
bills have been killed off"); the figurative ones gave a figure before the round. One shape
of the same deaths was unread: "The attack cost five villagers their lives" beside "claimed
the lives of five villagers" (``COST_LIVES``, failing before the round).

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

MEMBERS = [
    ("Gunmen killed five villagers in Dorn on Sunday.",
     [('killed five villagers', 'killed', 5)]),
    ("Attackers shot dead two young men and wounded a gendarme on Sunday.",
     [('shot dead two young men', 'killed', 2), ('wounded a gendarme', 'wounded', 1)]),
    ("Gunmen killed four passengers and kidnapped 17; survivors reached Kaduna.",
     [('killed four passengers', 'killed', 4), ('kidnapped 17', 'captured', 17)]),
    ("The militia killed 14 people and wounded 20 others.",
     [('killed 14 people', 'killed', 14), ('wounded 20 others', 'wounded', 20)]),
    ("Five villagers were killed by gunmen in Dorn on Sunday.",
     [('Five villagers were killed', 'killed', 5)]),
    ("Three traders were abducted by bandits near the river.",
     [('Three traders were abducted', 'captured', 3)]),
    ("Two young men were shot dead and a gendarme was wounded by attackers on Sunday.",
     [('Two young men were shot dead', 'killed', 2), ('a gendarme was wounded', 'wounded', 1)]),
    ("At least 4 civilians were killed and 9 injured by a landmine on a"
     " jade mine road.",
     [('At least 4 civilians were killed', 'killed', 4), ('9 injured', 'wounded', 9)]),
    ("Gunmen attacked the village of Dorn on Sunday, killing five villagers.",
     [('killing five villagers', 'killed', 5)]),
    ("Gunmen attacked the village of Dorn on Sunday, leaving five villagers dead.",
     [('five villagers dead', 'killed', 5)]),
    ("Gunmen attacked the village of Dorn on Sunday, leaving five villagers wounded.",
     [('five villagers wounded', 'wounded', 5)]),
    ("Armed separatists attacked the village, leaving at least six people"
     " dead and several others wounded.",
     [('at least six people dead', 'killed', 6), ('several others wounded', 'wounded', 3)]),
    ("Bandits raided the village, abducting three traders.",
     [('abducting three traders', 'captured', 3)]),
    ("A roadside bomb tore through their vehicle, killing three policemen"
     " and wounding two others.",
     [('killing three policemen', 'killed', 3), ('wounding two others', 'wounded', 2)]),
    ("An attack on the village of Dorn killed five villagers.",
     [('killed five villagers', 'killed', 5)]),
    ("Officials condemned an attack on the village of Dorn that killed five villagers.",
     [('killed five villagers', 'killed', 5)]),
    ("The shelling of the mining town killed at least eight people and wounded 26.",
     [('killed at least eight people', 'killed', 8), ('wounded 26', 'wounded', 26)]),
    ("Residents fled the attack, which left five villagers dead.",
     [('five villagers dead', 'killed', 5)]),
    ("Five villagers have been killed.",
     [('Five villagers have been killed', 'killed', 5)]),
    ("Five villagers had been killed.",
     [('Five villagers had been killed', 'killed', 5)]),
    ("Five villagers were reportedly killed.",
     [('Five villagers were reportedly killed', 'killed', 5)]),
    ("Five villagers are believed to have been killed.",
     [('Five villagers are believed to have been killed', 'killed', 5)]),
    ("Five villagers were confirmed killed.",
     [('Five villagers were confirmed killed', 'killed', 5)]),
    ("Three soldiers are believed to have been killed and two others wounded.",
     [('Three soldiers are believed to have been killed', 'killed', 3),
      ('two others wounded', 'wounded', 2)]),
    ("Three traders had reportedly been abducted.",
     [('Three traders had reportedly been abducted', 'captured', 3)]),
]

# What an event cost them: "cost N X their lives" beside "claimed the lives of N X" (these
# gave nothing before the round)
COST_LIVES = [
    ("The attack cost five villagers their lives.",
     [("cost five villagers their lives", "killed", 5)]),
    ("The fighting has cost at least 30 people their lives.",
     [("cost at least 30 people their lives", "killed", 30)]),
    ("A bomb exploded at the gate, costing 12 soldiers their lives.",
     [("costing 12 soldiers their lives", "killed", 12)]),
    ("The ambush cost a young soldier his life.",
     [("cost a young soldier his life", "killed", 1)]),
    ("Police said the raid cost three suspects their lives and two officers their jobs.",
     [("cost three suspects their lives", "killed", 3)]),
]

LOOKALIKES = [
    # the brief's own: a thing for the object, a state of things, an idiom
    "Gunmen killed the engine and fled on foot.",
    "The driver killed the engine and five passengers got out.",
    "The flood left five homes destroyed.",
    "The attack left five homes destroyed and two cars burned.",
    "The fighters spent the afternoon killing time at the checkpoint.",
    "Two bills have been killed off by the senate committee.",
    # a bill, a plan, a deal, a crop or a chance in every voice and clause
    "Three proposals were killed by the committee.",
    "Five amendments were killed in a vote on Tuesday.",
    "The committee killed five amendments.",
    "Lawmakers killed two bills on Tuesday, leaving three proposals dead.",
    "Three motions were defeated and two bills killed in the assembly.",
    "The strikes have killed two deals.",
    "Five deals are believed to have been killed.",
    "Three reforms were reportedly killed.",
    "The rain has killed two crops this year.",
    "The referee injured two players' chances.",
    # things hit by an event, joined as its participle
    "An explosion hit a warehouse in Dorn, destroying five trucks.",
    "The storm hit the town, leaving five boats wrecked.",
    "The shelling left five schools damaged and two clinics closed.",
    # a price that is no life, and a hazard's toll
    "The strike cost 300 workers their jobs.",
    "The mistake cost two players their places.",
    "The reforms cost five ministers their lives' work.",
    "Floods swept the valley, costing 12 villagers their lives.",
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS + COST_LIVES)
def test_member_is_read(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_gives_no_figure(text: str) -> None:
    assert short_figures(text) == []


def test_people_after_a_thing_killed_stay_read() -> None:
    # "killed the driver and five passengers": the object is a person, the count is read
    assert short_figures("Gunmen killed the driver and five passengers.") == [
        ("killed the driver and five passengers", "killed", 5)]
