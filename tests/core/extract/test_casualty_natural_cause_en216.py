"""Round en216: tolls of natural disasters are no casualties (issue 11).

Probes of my own writing, with invented people and places: the dead, hurt and missing of a
storm, lightning, a landslide's mud, a flood told in the sentence before, or a quake told
in a toll headline are no figures; near-misses that tell of violence stay read.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _read(text: str) -> list[tuple[str, str]]:
    return [(str(f["outcome"]), str(f["text"])) for f in extract(text, language="en")["casualties"]]


@pytest.mark.parametrize("text", [
    # a weather word in a frame of cause
    "Seven people died when the storm brought down a market roof in Tessaly, officials said.",
    "Lightning killed four herders in the hills above Moroto on Tuesday, police said.",
    "Three fishermen were missing after a boat capsized in the storm off Kelam, the coastguard"
    " said, and 12 people were hurt by the storm in the port.",
    "A thunderstorm struck a school in Ombara on Friday and 23 pupils were injured by"
    " lightning, the district office said.",
    # mud and floodwater
    "Rescuers said 14 people were missing under the mud in the hamlet of Santa Ines.",
    "Two brothers were swept away and remain missing in the floodwaters near Tarsin, relatives"
    " said.",
    # the hazard told in the sentence before
    "Flash floods tore through the Wadi Merra settlement overnight, sweeping away 300 tents,"
    " aid workers said. Three boys were still missing on Monday morning, they said.",
    "An avalanche buried the road above the village of Ruska on Sunday. Nine climbers were"
    " killed and four were hurt, the mountain service said.",
    "The cyclone made landfall near Port Amani late on Tuesday. By Wednesday, 31 people had"
    " died and 140 had been injured, the disaster agency said.",
    # a quake's toll told in the headline over a body without a cause
    "Quake toll rises to 61 in Harun province\n\nThe provincial council said on Friday that 61"
    " people had died and about 180 were treated for injuries.",
    "Landslide leaves 20 dead in hill district\n\nTwenty people were killed and 11 remain"
    " missing, the governor of Pelo told reporters.",
    # a live blog's time before the toll
    "Updates from Harun province.\n\n10:15 Rescue teams say 52 people were killed by the"
    " quake in the hill towns and at least 200 were injured.",
])
def test_natural_disaster_tolls_are_no_figures(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # violence in the same sentence: the figure stays
    ("An air strike during the storm killed six people in Darra, medics said.",
     [("killed", "killed six people")]),
    ("Floods of displaced people reached the town after shelling killed nine civilians.",
     [("killed", "killed nine civilians")]),
    ("A storm of shelling killed 12 people in the old city on Sunday.",
     [("killed", "killed 12 people")]),
    ("Five people were killed in the fighting after the floods, residents said.",
     [("killed", "Five people were killed")]),
    ("Gunmen opened fire on a convoy carrying aid to the flood-hit district, killing three"
     " drivers, police said.", [("killed", "killing three drivers")]),
    # the hazard's clause goes, the violent one stays
    ("Eleven people were killed in the landslide, and gunmen later killed two soldiers guarding"
     " the site, police said.", [("killed", "killed two soldiers")]),
    # the sentence before tells of a hazard and the figure's of violence
    ("Heavy rains flooded the camp at Dabo last week. On Sunday, militiamen shot dead four"
     " men who were queueing for food, witnesses said.",
     [("killed", "shot dead four men")]),
    # arrests after a flood are never a hazard's
    ("Floods swept through the valley in August. Since then, soldiers have detained 15 aid"
     " workers in the district, a rights group said.",
     [("arrested", "detained 15 aid workers")]),
])
def test_violent_tolls_near_hazards_stay_read(text: str, expected: list[tuple[str, str]]) -> None:
    assert _read(text) == expected
