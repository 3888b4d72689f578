"""Probes of English round 138 (issue 11): figures told beside a toll.

A part of a group told in a clause of its own after the group ("; three were girls", "Four
of the seven are engineers"), the hurt told by the care they are in after a toll of the
wounded ("remain in hospital", "were airlifted"), the value a rising toll replaced ("revised
down from", "compared with", "from an earlier count of"), the military's press releases
(soldiers named by rank between their count and an idiom of martyrdom, "sent N to hell"),
and a count restated in brackets in households. ``READ`` are probes the engine reads
(family, text, outcome, count), ``LOOKALIKES`` give no figure of their count (or none of the
outcome named). Every sentence is fictional; names and places are invented, and none is the
wording of a blind set.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

READ = [
    ("part",
     "Raiders killed nine herders near Abyei on Sunday. Three of the nine were"
     " teenagers, and one was a village elder.",
     "killed", 3),
    ("part",
     "Raiders killed nine herders near Abyei on Sunday. Three of the nine were"
     " teenagers, and one was a village elder.",
     "killed", 1),
    ("part",
     "Pirates abducted 14 sailors off Lagos; five are Filipino nationals.",
     "captured", 5),
    ("part",
     "Twenty-three protesters were shot dead on Friday. Six of the protesters "
     "were schoolboys.",
     "killed", 6),
    ("part",
     "Soldiers detained 52 men in the sweep. Nineteen of those arrested are "
     "university students.",
     "arrested", 19),
    ("part",
     "Thirty villagers were injured in the shelling, and eleven were infants.",
     "wounded", 11),
    ("part",
     "Militants seized eight contractors at the dam site. Of the eight, two "
     "are Turkish citizens.",
     "captured", 2),
    ("part",
     "An air strike killed 16 people at the wedding. Nine were women and four "
     "were children.",
     "killed", 9),
    ("part",
     "Kidnappers took 11 villagers from Kaduna overnight; one is a pastor.",
     "captured", 1),
    ("part",
     "The bombing killed 40 people in the square. Several of the dead were "
     "foreign tourists.",
     "killed", 3),
    ("part",
     "Security agents arrested 70 opposition supporters. Twelve of the 70 are "
     "women.",
     "arrested", 12),
    ("care",
     "The car bomb wounded 54 people near the port. Around 18 people are still"
     " in hospital.",
     "wounded", 18),
    ("care",
     "Police fired on the march, injuring 33 people; eight remain "
     "hospitalised.",
     "wounded", 8),
    ("care",
     "The mortar strike injured 21 soldiers. Four were later airlifted to "
     "Kabul.",
     "wounded", 4),
    ("care",
     "Forty-two people were hurt in the explosion. Ten are still being treated"
     " at the district clinic.",
     "wounded", 10),
    ("care",
     "The grenade injured 12 shoppers. Three underwent surgery on Tuesday "
     "night.",
     "wounded", 3),
    ("care",
     "More than 70 people were wounded in the attack on the mosque. Some 25 "
     "patients remain in intensive care.",
     "wounded", 25),
    ("care",
     "The shooting left 19 people wounded. Six were transferred to the "
     "capital's trauma unit.",
     "wounded", 6),
    ("care",
     "Clashes injured scores of people on Sunday. About 30 remained in "
     "hospital on Monday.",
     "wounded", 30),
    ("earlier",
     "Officials now say 46 people were killed in the raid, compared with 31 "
     "reported on Tuesday.",
     "killed", 31),
    ("earlier",
     "The army put the toll at 19 dead, revised down from 23.",
     "killed", 23),
    ("earlier",
     "Health workers counted 88 injured, from an earlier count of 60.",
     "wounded", 60),
    ("earlier",
     "The ministry said 212 people had been detained, compared to 150 a day "
     "earlier.",
     "arrested", 150),
    ("earlier",
     "The death toll from the bombing climbed to 71, revised up from 64.",
     "killed", 64),
    ("military",
     "Two jawans, Rifleman Sanjay Thapa and Gunner Ravi Kumar, having "
     "displayed exemplary courage, attained martyrdom.",
     "killed", 2),
    ("military",
     "A Lieutenant of the battalion sustained gunshot wounds in the firefight.",
     "wounded", 1),
    ("military",
     "Three soldiers, Havildar Imran Khan, Naik Saleem and Sepoy Arif, laid "
     "down their lives fighting the terrorists.",
     "killed", 3),
    ("military",
     "The troops sent four militants to hell in the Tirah valley.",
     "killed", 4),
    ("military",
     "A soldier of the regiment sustained injuries and was shifted to "
     "hospital.",
     "wounded", 1),
    ("military",
     "One officer, Captain Asad Ali, having fought valiantly, embraced "
     "shahadat.",
     "killed", 1),
    ("military",
     "Two sepoys achieved martyrdom in the exchange of fire.",
     "killed", 2),
    ("bracket",
     "Gunmen overran Mapa, and an estimated 9,500 people (some 1,900 "
     "households) have fled.",
     "displaced", 9500),
    ("bracket",
     "Gunmen overran Mapa, and an estimated 9,500 people (some 1,900 "
     "households) have fled.",
     "displaced", 1900),
    ("bracket",
     "The offensive has uprooted about 15,000 people (roughly 3,000 "
     "households) in Ituri.",
     "displaced", 3000),
    ("bracket",
     "Some 2,400 residents (around 480 households) fled the shelling of the "
     "town.",
     "displaced", 2400),
    ("bracket",
     "Some 2,400 residents (around 480 households) fled the shelling of the "
     "town.",
     "displaced", 480),
    ("bracket",
     "Attacks forced nearly 6,000 people (1,100 households) to flee to Djibo.",
     "displaced", 1100),
]

LOOKALIKES = [
    ("Police arrested 22 youths in the raid, of whom eight were later charged "
     "with looting.",
     8, None),
    ("Troops detained 90 people; 40 of those detained have since been "
     "sentenced.",
     40, None),
    ("Police arrested 31 men, among them the gang's treasurer.",
     1, "killed"),
    ("The committee of nine members met on Monday. Four of the nine are "
     "lawyers.",
     4, None),
    ("The choir of 30 singers arrived in Accra; 12 were children.",
     12, None),
    ("The company's revenue rose to 80 million, compared with 64 million a "
     "year earlier.",
     64, None),
    ("The school enrolled 3,000 pupils (about 600 households) this year.",
     600, None),
    ("A Major of the regiment was promoted on Monday.",
     1, None),
    ("Eight buses were torched in the riot; two were new.",
     2, None),
    ("The bombing wounded 31 people. Nine were arrested at the scene.",
     9, "wounded"),
]


@pytest.mark.parametrize(("family", "text", "outcome", "count"), READ)
def test_figure_beside_a_toll_is_read(family: str, text: str, outcome: str, count: int) -> None:
    assert any(o == outcome and n == count for _, o, n in short_figures(text)), family


@pytest.mark.parametrize(("text", "count", "outcome"), LOOKALIKES)
def test_lookalike_gives_no_figure(text: str, count: int, outcome: str | None) -> None:
    assert not [f for f in short_figures(text)
                if f[2] == count and (outcome is None or f[1] == outcome)]


def test_a_part_of_a_toll_keeps_the_toll_and_its_own_span() -> None:
    text = "Eleven people died when gunmen opened fire on the bus; three were girls."
    assert short_figures(text) == [("Eleven people died", "killed", 11),
                                   ("three were girls", "killed", 3)]


def test_a_part_larger_than_its_toll_is_no_part() -> None:
    text = "Gunmen killed four guards at the mine. Forty were miners."
    assert [n for _, _, n in short_figures(text)] == [4]


def test_the_outer_figure_stops_before_its_bracket() -> None:
    text = "Shelling has driven some 4,000 people (about 800 households) from Kalo."
    found = short_figures(text)
    assert ("about 800 households", "displaced", 800) in found
    assert all("(" not in span for span, _, n in found if n == 4000)
