"""English round 191 (issue 11): people confined in a room by captors, the held referred to
later after a site taken, parts of a held group told by origin, people taken away by boat
or taken to a port after a naval stop, and the members of a toll's colon list past a
participle phrase. The probe sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts as _pairs


@pytest.mark.parametrize("text, expected", [
    # 1. confined by force in a room
    ("The attackers forced about 30 pupils into the library and locked the doors.",
     [(30, "captured")]),
    ("Militants seized the factory. They ordered the night shift, some 25 people, into the "
     "canteen.", [(25, "captured")]),
    ("The kidnappers locked six nurses in a storeroom before fleeing.", [(6, "captured")]),
    ("Armed men forced 12 workers into a storage room at gunpoint, a witness said.",
     [(12, "captured")]),
    ("Gunmen pushed eight teachers into a classroom and demanded money.", [(8, "captured")]),
    ("Attackers locked some 20 guests inside the hotel kitchen.", [(20, "captured")]),
    ("The gunmen locked up 10 workers in a storage room.", [(10, "captured")]),
    ("The gunmen ordered the night shift, some 25 people, into the canteen.",
     [(25, "captured")]),
    # 2. the held referred to later, after a site taken
    ("Gunmen took over the plant on Monday. Nine workers are still inside, the company says.",
     [(9, "captured")]),
    ("Militants occupied the oil platform on Sunday. Nine workers remain inside, the "
     "operator said.", [(9, "captured")]),
    ("Kidnappers stormed the hotel. The police say nine guests were still inside on Tuesday "
     "night.", [(9, "captured")]),
    ("Armed men took over the depot at dawn. Fourteen drivers are still inside.",
     [(14, "captured")]),
    ("Gunmen overran the mission on Friday. Six nuns remain inside, the bishop said.",
     [(6, "captured")]),
    ("Bandits took over the school overnight. Thirty pupils are still inside, officials "
     "said.", [(30, "captured")]),
    # 3. a held group's parts by origin
    ("Pirates kidnapped 15 crew members on Friday. Twelve of the sailors are Indonesian and "
     "three are from Ghana.", [(15, "captured"), (12, "captured"), (3, "captured")]),
    ("Pirates are holding 15 sailors. Ten are Indian nationals and five are from Sri Lanka.",
     [(15, "captured"), (10, "captured"), (5, "captured")]),
    ("Gunmen abducted 20 fishermen on Sunday. Fourteen are from Benin and six are Togolese.",
     [(20, "captured"), (14, "captured"), (6, "captured")]),
    ("Nine engineers were kidnapped near the border. Six are Chinese and three are from "
     "Pakistan.", [(9, "captured"), (6, "captured"), (3, "captured")]),
    ("Rebels abducted 15 aid workers last week. Ten of them are Kenyan and five are from "
     "Uganda.", [(15, "captured"), (10, "captured"), (5, "captured")]),
    ("Gunmen seized 11 seafarers off the coast. Eight are from the Philippines and three are "
     "Ukrainian.", [(11, "captured"), (8, "captured"), (3, "captured")]),
    # 4. taken away by boat; taken to a port after a naval stop, and a part released
    ("By the time help came two were dead and four had been taken away by boat.",
     [(2, "killed"), (4, "captured")]),
    ("Pirates raided the village overnight; three fishermen were taken away by canoe.",
     [(3, "captured")]),
    ("The navy patrol fired on the boat. The other five were taken to Port Blair.",
     [(5, "arrested")]),
    ("The coast guard stopped the boat off Lampedusa. The other five were taken to "
     "Lampedusa. Two of the five were released in May.", [(5, "arrested"), (2, "arrested")]),
    ("A navy vessel intercepted the dhow. Three crew were taken to Mombasa.",
     [(3, "arrested")]),
    ("Navy sailors opened fire on the dhow on Tuesday, killing one man. The other five were "
     "taken to Mombasa. Two of the five were released in May.",
     [(1, "killed"), (5, "arrested"), (2, "arrested")]),
    # 5. the members of a toll's colon list past a participle phrase
    ("That brings the dead to four: three guards protecting the depot and a cook.",
     [(4, "killed"), (3, "killed"), (1, "killed")]),
    ("The death toll rose to four: three guards protecting the depot and a cook.",
     [(4, "killed"), (3, "killed"), (1, "killed")]),
    ("The number of dead stands at six: three soldiers guarding the bridge and three women "
     "collecting firewood.", [(6, "killed"), (3, "killed"), (3, "killed")]),
    ("This brings the dead to five: two guards manning the gate, a driver, a cook and a "
     "nurse.", [(5, "killed"), (2, "killed"), (1, "killed"), (1, "killed"), (1, "killed")]),
    ("The toll rose to four: three soldiers and a cook.",
     [(4, "killed"), (3, "killed"), (1, "killed")]),
    ("That raises the death toll to seven: five miners working the night shift and two "
     "guards.", [(7, "killed"), (5, "killed"), (2, "killed")]),
])
def test_round_en191_reads(text: str, expected: list[tuple[int | None, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # people moved to flee or to shelter, or moved by no captors
    ("Soldiers forced about 30 villagers into a bus to flee the fighting.", []),
    ("Police ordered 40 shoppers into the building to shelter from the gunfire.", []),
    ("The teacher ordered 30 pupils into the library during the storm.", []),
    ("The attackers ordered 30 pupils into the library to shelter from the fighting.", []),
    ("Rescuers forced about 30 survivors into boats to evacuate them.", []),
    ("The men ordered 30 pupils into the library.", []),
    ("Gunmen forced 40 girls into marriage.", []),
    # still inside with no seizure, or of things
    ("Fire swept through the factory. Nine workers are still inside, the company says.", []),
    ("Police surrounded the house. Three suspects are still inside.", []),
    ("Gunmen seized the warehouse. Three trucks are still inside.", []),
    # origin of a group nobody held
    ("The ship has 15 crew. Twelve of the sailors are Indonesian and three are from Ghana.",
     []),
    ("The 40 students arrived on Monday. Twelve are Kenyan and eight are from Uganda.", []),
    ("Five people were killed in the crash. Three were from Tor.", [(5, "killed")]),
    # taken to care, or to a port with no force at sea
    ("The other five were taken to hospital.", []),
    ("Volunteers picked up the survivors. The other five were taken to Lampedusa.", []),
    ("The navy rescued 40 migrants from a sinking boat. The 40 were taken to Lampedusa.", []),
    ("The navy patrol fired on the boat. The other five were taken to Al-Amal Hospital.", []),
    ("Fishermen found the boat adrift. The other five were taken to Port Blair.", []),
    ("The injured were taken away by boat to a clinic.", []),
    # a colon after no toll
    ("The plan has three parts: two teams covering the north and a reserve.", []),
])
def test_round_en191_stays_unread(text: str, expected: list[tuple[int | None, str]]) -> None:
    assert _pairs(text) == expected
