"""Probes of English round 141 (issue 11): the displaced told by a journey, an arrival, a
registration or a stay.

News counts the people a war drove out by what they did next as often as by "fled":
households that "relocated to" a church, villagers who "trekked to" a town, people who
"have moved south", residents who "have left, a city official said", people "registered
at the transit site" or "registered as new arrivals", those who "arrived in the
neighbouring village" and those "living in makeshift shelters". In a story of violence
each is read as the flight it tells (``casualty_moving.py``), under the flight's own
checks. ``READ`` are probes the engine reads, each with its count, ``UNREAD`` those it still
leaves (kept so that a change that reads one moves it). Look-alikes give no displaced
figure: trucks, delegations, troops and journalists that move, pupils and voters who
register, tourist arrivals, people who return, patients and students where they live.
Every sentence is fictional; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

READ = [
    # a journey's verb right after the people, before where they went
    ("Armed men stormed the market town of Lusa on Saturday. Roughly 1,700 residents"
     " relocated to a church compound in the next valley.", 1700),
    ("Drone strikes hit the outskirts of Terbel. 430 families have since relocated towards"
     " the coast.", 430),
    ("Rebels torched the granaries around Kemo. Thousands of villagers trekked to the"
     " district capital over two days.", 2000),
    ("Militiamen killed a chief in Abeli. 90 households walked across the hills to Oton.", 90),
    ("Clashes erupted again in the northern province. More than 6,000 people have moved"
     " south since Monday, an aid worker said.", 6000),
    ("Insurgents overran the army post. 120 families moved into an abandoned school"
     " overnight.", 120),
    ("The rebels shelled Dorra for two days. At least 600 households relocated to the"
     " school, officials said.", 600),
    # crossing into a place or over a line
    ("The offensive on Bara entered its second week. Nearly 15,000 civilians have crossed"
     " into the neighbouring state.", 15000),
    ("Gunmen raided two hamlets near Moro. 300 farmers crossed the river to reach the"
     " market town.", 300),
    # a leaving told with its teller after it, the people far before
    ("The bombing of the capital continued. At least 5,000 residents, many of them elderly,"
     " have left, a city official said.", 5000),
    # a people named by their country, and the country left
    ("Fighting in the capital has raged for months. Some 40,000 Eritreans crossed into"
     " Sudan, the agency said.", 40000),
    ("The war has raged for a year. More than 12,000 residents have left the country.",
     12000),
    # registered at a place, or as arrivals
    ("Heavy shelling struck the border district. 820 people registered at the transit site"
     " in Kibu this week.", 820),
    ("Fighting between the army and rebels intensified. Around 2,400 people have registered"
     " as new arrivals at the camp.", 2400),
    ("Mortar fire hit the valley. Officials said 1,260 people registered at the border"
     " reception point.", 1260),
    ("Bombs fell on the city for a third day. 700 new arrivals reached the reception centre"
     " in Dovan on Sunday.", 700),
    # violence given as the cause later in the sentence
    ("Some 3,100 people have registered in the district since the violence began.", 3100),
    # an arrival in the next town, or at a crossing
    ("Gunfire echoed across the town for hours. 460 people arrived in the neighbouring"
     " village of Sado the next day.", 460),
    ("Airstrikes hit Umbo overnight. More than 800 people arrived at the Adre crossing on"
     " Wednesday.", 800),
    # living or sleeping in a place of refuge, now
    ("After the raid on the settlement, some 1,900 villagers are now living in makeshift"
     " shelters by the road.", 1900),
    ("Airstrikes flattened parts of the old town. More than 600 families are living in"
     " schools across the district.", 600),
    ("The militia burned the village on Tuesday. 250 residents are sleeping under plastic"
     " sheeting at the market.", 250),
    # (round en192) a crowd's flow as its journey: "poured into"
    ("After the massacre, about 1,000 people poured into the mission at Ebo.", 1000),
]

# Still unread: movement verbs outside the lists, a passive reception, a stay with no word
# of violence the gate knows ("pounded"), the people among arrivals.
UNREAD = [
    ("Fighting spread to the eastern suburbs. Some 700 residents have made their way to the"
     " port.", 700),
    ("Bandits attacked several villages last week. 4,500 people have been received at the"
     " reception centre in Gusau.", 4500),
    ("The shelling resumed. Among the arrivals were 58 children travelling alone.", 58),
]

# Each gives no displaced figure.
LOOKALIKES = [
    "After the clashes, 20 aid trucks crossed into the province.",
    "The rebels attacked the convoy. The delegation moved north to Bari.",
    "Despite the insurgency, 600 pupils registered for the new term.",
    "After the war the town welcomed 3,000 tourist arrivals.",
    "Amid the unrest, 40,000 voters registered in the district.",
    "After the attack, 30 lawmakers left the chamber, the speaker said.",
    "Following the raids the army moved 500 troops to the border.",
    "The convoy reached the camp with 200 tonnes of flour after the fighting.",
    "After the ceasefire about 8,000 people have returned to the town.",
    "The fighting ended in March. Some 1,500 families went back to their farms.",
    "After the attack, 40 soldiers relocated to the new base.",
    "After the shelling, 25 journalists crossed into the town.",
    "After the bombing, 300 patients are now living in the hospital's annex.",
    "Despite the clashes, 200 students are living in the school's dormitories.",
    "Some 300 families relocated to the new estate last spring.",
    "After the attack, the president left the country for talks.",
    "Despite the war, 40 Americans left the country on Friday.",
    "Amid the fighting, 1,000 people registered at polling stations in the city.",
    # the registered count of a body's own list: the gold leaves it to the flight's count
    "Rebels overran the town on Friday. Aid agencies registered some 1,100 households in"
    " the camp.",
    # people living somewhere when they were hit are where they lived, not a refuge taken
    "Shells hit the school, where 40 families were living in classrooms.",
]


@pytest.mark.parametrize(("text", "count"), READ)
def test_journey_arrival_or_stay_is_read_as_displacement(text: str, count: int) -> None:
    assert any(o == "displaced" and n == count for _, o, n in short_figures(text))


@pytest.mark.parametrize(("text", "count"), UNREAD)
def test_journey_left_unread(text: str, count: int) -> None:
    assert not any(o == "displaced" and n == count for _, o, n in short_figures(text))


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_gives_no_displaced_figure(text: str) -> None:
    assert not any(o == "displaced" for _, o, _ in short_figures(text))


def test_the_figure_keeps_the_words_as_written() -> None:
    text = ("Drone strikes hit the outskirts of Terbel. 430 families have since relocated"
            " towards the coast.")
    spans = [s for s, o, _ in short_figures(text) if o == "displaced"]
    assert spans and all(s in text for s in spans)


def test_the_killed_are_not_displaced_by_left() -> None:
    figures = short_figures("The bombing left 12 dead in the market.")
    assert [(o, n) for _, o, n in figures] == [("killed", 12)]
