"""Round en218: detentions and killing-and-wounding chains in stories of floods and storms,
and populations that are no toll (issue 11).

Probes of my own writing, with invented people and places:

* arrests and captures are acts of people: a force that detains people after a flood or a
  landslide is the story, never the hazard's toll;
* a hazard word before a noun ("a flood relief camp", "quake survivors") names a place or a
  people, no cause: violence told before it is the cause of the figures after it;
* a place's population in an apposition ("a city of about 1.5 million people") is no
  captive, dead or displaced figure, whatever the place then undergoes;
* a natural hazard's toll goes on to the next sentence that names no cause of its own.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _read(text: str) -> list[tuple[str, int, str]]:
    return [(str(f["outcome"]), int(f["count_low"]), str(f["text"]))
            for f in extract(text, language="en")["casualties"]]


@pytest.mark.parametrize(("text", "expected"), [
    # arrests after a flood, a landslide or a storm: the force's act is the story
    ("A landslide buried half of the village of Kere Amba, and soldiers detained eight"
     " farmers who had come from the next valley to help dig, relatives said.",
     [("arrested", 8, "detained eight farmers")]),
    ("Since the floods, security forces have detained at least 14 local aid workers"
     " in Wadi Samar, among them four women, the agencies' forum said. Three of those"
     " detained were unloading tents when they were taken.",
     [("arrested", 14, "detained at least 14 local aid workers"),
      ("arrested", 4, "among them four women"),
      ("arrested", 3, "Three of those detained")]),
    ("After the earthquake, police arrested 17 looters in the market town of Olbek.",
     [("arrested", 17, "arrested 17 looters")]),
    ("After the floods cut the road to Tarsa, five drivers of a relief convoy were abducted"
     " on their way back, the governor said.",
     [("captured", 5, "five drivers of a relief convoy were abducted")]),
])
def test_arrests_after_a_hazard_are_read(text: str, expected: list[tuple[str, int, str]],
                                         ) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attack's chain of participles, a hazard word only naming the place attacked
    ("Gunmen stormed a checkpoint beside a flood relief camp in Kordi district late on"
     " Monday, killing three guards and wounding a nurse who was working there, police said.",
     [("killed", 3, "killing three guards"), ("wounded", 1, "wounding a nurse")]),
    ("Militants ambushed a convoy carrying food to quake survivors near Samir, killing two"
     " drivers and wounding four volunteers, officials said.",
     [("killed", 2, "killing two drivers"), ("wounded", 4, "wounding four volunteers")]),
    ("A drone struck the flood shelter in Beni Lota on Friday, killing five people,"
     " residents said.",
     [("killed", 5, "killing five people")]),
    ("Rebels shelled an earthquake relief centre outside Dorun on Sunday, killing four"
     " volunteers.",
     [("killed", 4, "killing four volunteers")]),
])
def test_violence_before_a_hazard_noun_keeps_its_chain(
        text: str, expected: list[tuple[str, int, str]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    # a place's population in an apposition: no captives, dead or displaced
    "Marova, a city of about 1.2 million people, has been held by the rebels since 2024.",
    "Kalemba, a town of some 200,000 residents, was captured by the militia in March.",
    "Sarko, a region with a population of about 2 million people, has been held by the"
    " army since 2023.",
    "The valley of Tessin, home to more than 80,000 people, was seized by rebels last week.",
    # the hazard's toll going on, sentence by sentence, with no cause of its own
    "Deaths from the landslide\nThe district's count rose from 21 dead on Monday to 35 on"
    " Wednesday. About 140 people have been treated for injuries, most in the school hall.",
    "Floods tore through the valley of Ambo on Sunday.\nThe toll rose to 31 dead by Monday."
    " Another 80 people were treated for injuries in the district hospital.",
    # near-misses of the detentions: no people, no figure
    "The army detained the convoy for hours at the bridge after the floods.",
    "The militia held the town through the storm season.",
    "About 40,000 people live in tents along the river.",
])
def test_populations_and_continued_tolls_are_no_figures(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a figure beside a population keeps its reading
    ("Kadda, a village of 400 people, was attacked on Sunday and 12 people were killed.",
     [("killed", 12, "12 people were killed")]),
    ("In Dorun, a town of 60,000 people, gunmen killed seven people at a wedding.",
     [("killed", 7, "killed seven people")]),
    # a count whose noun names its outcome is no plain population
    ("The rebels stormed the camp, home to 4,000 displaced people, killing 6.",
     [("displaced", 4000, "4,000 displaced people"), ("killed", 6, "killing 6")]),
    # ... nor one whose own relative clause tells the flight: the place is their refuge
    ("The camp at Beli, home to some 6,000 people who had fled the fighting in the hills,"
     " was shelled on Tuesday.",
     [("displaced", 6000, "some 6,000 people who had fled the fighting")]),
    # a family counted by its size is no place
    ("Soldiers detained a family of five at the checkpoint on Sunday.",
     [("arrested", 5, "detained a family of five")]),
    # the toll stops at a sentence that tells violence
    ("Floods tore through the valley of Ambo on Sunday.\nThe toll rose to 31 dead by Monday."
     " Gunmen later killed two guards at the depot.",
     [("killed", 2, "killed two guards")]),
])
def test_figures_beside_them_stay_read(text: str,
                                       expected: list[tuple[str, int, str]]) -> None:
    assert _read(text) == expected
