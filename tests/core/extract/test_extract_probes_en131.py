"""Probes of English round 131 (issue 11): the displaced told by where they went.

News tells people who fled by their move or their refuge as often as by "fled": families
who "have moved into the town", residents who "sought shelter in the school", hundreds who
"spent the night in church halls", households who "arrived in the camp", people "in the
province" who "remain displaced". In a story of violence each is read as the flight it
tells (``casualty_went_away.py``), under the flight's own checks. ``READ`` are probes the
engine reads, each with its count (the last it left, a move after a relative clause, is
read since round en144). Look-alikes give no displaced figure: moves with no
violence told, soldiers, fighters, tourists, pilgrims, students and workers, evacuations,
the wounded in hospital, suspects in cells and people hiding in a basement. Every sentence
is fictional; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

READ = [
    # moved, in the perfect, after violence told
    ("Gunmen attacked Osk on Monday. Between 30 and 40 families from the nearest hamlet"
     " had moved into the town.", 30),
    ("Fighting has raged near Varn for a week. More than 40 families have moved.", 40),
    ("Since the army offensive began, the estimated 40,000 people who have moved into"
     " camps need food.", 40000),
    ("Rebels shelled the valley. Thousands of people had moved into the area.", 2000),
    ("Militants torched the market in Dera. Around 250 families have since moved to the"
     " district town.", 250),
    ("The army shelled Kessa for three days. About 3,000 villagers have moved away,"
     " officials said.", 3000),
    ("Bandits raided the farms last week. Some 600 residents have already moved out.", 600),
    ("After the massacre in Tul, at least 90 households had moved closer to the garrison.",
     90),
    # shelter sought, taken or found; the night spent away
    ("During the shooting up to 60 residents sought shelter in the school.", 60),
    ("Militiamen burned houses. About 40 residents of a nearby village took shelter in the"
     " church.", 40),
    ("Clashes spread through the district. Nearly 700 people have sought shelter at a"
     " mission.", 700),
    ("When the shelling began, about 1,200 civilians sought shelter inside the cathedral.",
     1200),
    ("Airstrikes hit the suburb overnight. Some 80 families found shelter with relatives in"
     " Mesk.", 80),
    ("Gunfire echoed through Lisa all night; more than 300 people took shelter at the UN"
     " base.", 300),
    ("After the bombing hundreds of people spent the night in church halls.", 200),
    ("Militia fighters burned the village. Scores of villagers spent the night in the"
     " forest.", 40),
    ("After the attack, about 900 people spent the nights at the mission compound.", 900),
    # sheltering or camped, a crowd or households, no flight told before
    ("Rebels attacked Bawa. Some 2,000 people are sheltering in schools and churches.", 2000),
    ("After the clashes some 500 residents were camped near the river.", 500),
    ("The fighting went on. Around 150 families have been sheltering at the stadium since"
     " Monday.", 150),
    ("Mobs clashed in the port. Some 900 residents were sheltering overnight in two"
     " mosques.", 900),
    # arrived at a camp or a border
    ("Since the attacks some 1,300 households arrived in the camp.", 1300),
    ("Since the offensive began, more than 5,000 people have arrived at the camp.", 5000),
    ("After the bombing some 700 families arrived at the border.", 700),
    ("Armed men raided Tessit. About 2,500 people have arrived in a camp near Gao.", 2500),
    ("Raiders burned the chapel. Since then some 1,800 people have arrived in Ombeni.", 1800),
    # left: a side of a place, or at the sentence's end
    ("Clashes erupted in Korvo. Between 25 and 30 families have left the north side.", 25),
    ("After the shelling some 2,000 residents have left the eastern outskirts.", 2000),
    ("Following the raids, about 800 families have left the old quarter.", 800),
    ("After the raid, some 160 people, nearly the whole community of the settlement, left.",
     160),
    # remain displaced past a phrase of place; driven from a place with no auxiliary
    ("After years of war, some 1.1 million people in the province remain displaced.",
     1100000),
    ("After the clashes, more than 23,000 people in the township remain displaced.", 23000),
    ("Two years after the war, about 300,000 people in the region remain displaced.",
     300000),
    ("The offensive has left about 15,000 people driven from the area.", 15000),
    ("Relief agencies are feeding some 12,000 villagers driven from the border area.", 12000),
    ("About 3,000 people forced out of the camp are sleeping in the open.", 3000),
    # (round en144: a relative clause with its own verb is read past up to the move)
    ("After the raid, some 400 families who lived beside the old market have moved to"
     " villages.", 400),
]

# Each gives no displaced figure.
LOOKALIKES = [
    # a move with no violence told is any move
    "The 40 families who moved into the new estate were welcomed by the mayor.",
    "Some 1,200 people have moved to the city for work this year.",
    "About 300 families sought shelter in the school during the flood.",
    "Tens of thousands of tourists arrived in Varn for the festival.",
    # who moves is no civilian crowd
    "After the attack, three fighters left the town.",
    "After the clashes some 400 troops have moved into the town.",
    "After the shelling 40 soldiers took shelter in the church.",
    "Gunmen attacked the bank. About 300 students have moved to the new campus.",
    "After the bombing about 200 workers have moved to the night shift.",
    "After the clashes, about 2,000 fans spent the night at the stadium.",
    "Some 200 pilgrims arrived at the camp for the feast.",
    "About 500 voters arrived at the polling station after the attack.",
    "After the clashes the team arrived in the camp.",
    "After the clashes some 300 troops have arrived in Ombeni.",
    "After the attack, 40 people have arrived at Kenyatta Hospital for treatment.",
    "Thirty gunmen were driven from the town by troops.",
    # evacuations are no casualties
    "About 800 residents were evacuated from the flooded area.",
    "After the attack the army evacuated 300 people from the village.",
    "After the attack, 600 students were moved to the basement.",
    # a stay in care, in custody or in hiding
    "Five people wounded in the attack spent the night in hospital.",
    "After the raid, 12 suspects spent the night in police cells.",
    "Police fired tear gas. About 60 people took shelter in the basement.",
    "Shells fell on the square. About 60 people were sheltering in a cellar.",
]


@pytest.mark.parametrize(("text", "count"), READ)
def test_move_is_read_as_displacement(text: str, count: int) -> None:
    assert any(o == "displaced" and n == count for _, o, n in short_figures(text))


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_gives_no_displaced_figure(text: str) -> None:
    assert not any(o == "displaced" for _, o, _ in short_figures(text))


def test_move_keeps_the_words_as_written() -> None:
    text = "Rebels shelled the valley. Thousands of people had moved into the area."
    assert short_figures(text) == [("Thousands of people had moved", "displaced", 2000)]
    stayed = "After the clashes, more than 23,000 people in the township remain displaced."
    assert [f[0] for f in short_figures(stayed)] == ["more than 23,000 people"]
