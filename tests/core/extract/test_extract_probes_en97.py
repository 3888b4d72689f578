"""Probes of the ninety-seventh English round (issue 11): the forty-ninth set's casualty
figures.

The rest of flight after where the people came from, in the simple past (en-49 missed
"About 400 residents of Cambaju and two neighbouring hamlets left their homes"; en-18
reads "3,000 residents of Fula Abyad and the surrounding villages fled north", en-19
"10,000 people from Mavumbe and the surrounding villages fled", en-30 "60 families from
the village fled"): the origin let only "fled" through; homes left, borders crossed and
refuge sought are the same flight. A few people who left their homes, and soldiers who
crossed a border, stay out.

Places left named by a bare plural (en-49 missed "Some 3,200 people have left villages
along the Chobe river"; en-17 reads "Dozens of families have left nearby villages"): a
bare plural of settlements is where people lived. Tourists who left villages, people who
"left town" (a singular, a trip) and a disaster that "left villages cut off" stay out.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import Figure, figures

FIGURE_MEMBERS: list[tuple[str, list[Figure]]] = [
    # the rest of flight after an origin, in the simple past
    ("About 400 residents of Malo and two neighbouring hamlets left their homes after the "
     "raid.",
     [("About 400 residents of Malo and two neighbouring hamlets left their homes",
       "displaced", 400, None, "about", "residents")]),
    ("More than 900 villagers from Tamsi and three nearby settlements crossed into Niger "
     "on Friday.",
     [("More than 900 villagers from Tamsi and three nearby settlements crossed into",
       "displaced", 900, None, "more_than", "villagers")]),
    ("About 250 families from Kolo sought refuge in the parish church on Sunday.",
     [("About 250 families from Kolo sought refuge", "displaced", 250, None, "about",
       "families")]),
    # places left named by a bare plural
    ("Some 3,200 people have left villages along the Varo river since May.",
     [("Some 3,200 people have left", "displaced", 3200, None, "about", "people")]),
    ("Around 2,000 residents have abandoned hamlets in the hills.",
     [("Around 2,000 residents have abandoned", "displaced", 2000, None, "about",
       "residents")]),
]

FIGURE_LOOKALIKES: list[tuple[str, list[Figure]]] = [
    # the shapes already read keep their readings
    ("More than 3,000 residents of Fula and the surrounding villages fled north.",
     [("More than 3,000 residents of Fula and the surrounding villages fled", "displaced",
       3000, None, "more_than", "residents")]),
    ("Dozens of families have left nearby villages for the capital.",
     [("Dozens of families have left", "displaced", 24, None, "vague", "families")]),
    # a few people, or soldiers, after an origin
    ("Two women from Kolo left their homes to vote.", []),
    ("Three soldiers of the 5th battalion crossed into Lebanon.", []),
    # no civilians, a singular place, a disaster's subject
    ("Some 300 tourists have left villages along the coast.", []),
    ("About 500 people have left town for the holidays.", []),
    ("The floods killed 40 people and left villages cut off.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_MEMBERS)
def test_figure_members(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), FIGURE_LOOKALIKES)
def test_figure_lookalikes(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected
