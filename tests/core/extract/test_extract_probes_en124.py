"""Probes of the hundred-and-twenty-fourth English round (issue 11): a figure read whichever
common word news uses for the same thing.

The lexical perturbation bench (``bench/blind/perturb_lexical.py``) swaps a casualty
sentence's word for its neighbour of the same kind. Each family below is a word the
engines read and its neighbour they did not: "killed" and the active "slain", "arrested"
and "taken into custody" before the people or a passive "picked up", "kidnapped" and a
plain "taken" followed by the people's being gone, "the injured were" and "the hurt
were", "treated 17 people" and "treated 17 villagers", "taken by gunmen" and "taken by
armed men", "hit by stray bullets" and "hit by a stray bullet", "Nine people were treated
for wounds" and "Nine people were treated" in a report of violence, and a verb "to death"
past a short description of its object, and "76 of the people freed" as "76 of the residents
freed".

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

CLASH = "Police fired on protesters in Darvel on Sunday. "

MEMBERS = [
    ("The army said it had slain 12 insurgents near Korvo.",
     [("slain 12 insurgents", "killed", 12)]),
    ("Police have taken into custody 14 men after the raid.",
     [("taken into custody 14 men", "arrested", 14)]),
    ("Twelve suspects had been picked up by Tuesday.",
     [("Twelve suspects had been picked up", "arrested", 12)]),
    ("Officers had picked up seven suspects in Tarn.",
     [("picked up seven suspects", "arrested", 7)]),
    ("Seven villagers were taken from Mesk and nothing has been heard of them since.",
     [("Seven villagers were taken", "captured", 7)]),
    ("Elders say 14 people, most of them girls, were taken from Obel; their whereabouts"
     " are unknown.",
     [("14 people", "captured", 14)]),
    (CLASH + "Among the hurt were three children.",
     [("hurt were three children", "wounded", 3)]),
    (CLASH + "The district hospital says it has treated 17 villagers.",
     [("treated 17 villagers", "wounded", 17)]),
    ("At least 15 people were taken by armed men on the road to Sarn.",
     [("At least 15 people were taken by armed men", "captured", 15)]),
    ("A woman was hit by a stray bullet in Darvel.",
     [("A woman was hit by a stray bullet", "wounded", 1)]),
    ("Two soldiers were hit by a piece of shrapnel.",
     [("Two soldiers were hit by a piece of shrapnel", "wounded", 2)]),
    (CLASH + "Nine people were treated.",
     [("Nine people were treated", "wounded", 9)]),
    (CLASH + "Nine people were treated at the municipal hospital.",
     [("Nine people were treated at the municipal hospital", "wounded", 9)]),
    ("Mobs beat a man accused of stealing sheep to death.",
     [("beat a man accused of stealing sheep to death", "killed", 1)]),
    ("Farm owners say two managers were taken in March.",
     [("two managers were taken", "captured", 2)]),
    ("Gunmen seized 120 people in May. The agency says 76 of the residents freed have now"
     " been registered at a shelter.",
     [("seized 120 people", "captured", 120), ("76 of the residents freed", "captured", 76)]),
]

LOOKALIKES = [
    # rescues and rides pick people up too
    "Rescuers said 25 survivors were picked up by a fishing boat.",
    "Forty passengers were picked up at the station.",
    "Thirty men were picked up from the sea after the ferry sank.",
    # taken to care or custody, then not heard of, is no capture
    "Three men were taken to hospital and their whereabouts are unknown.",
    "Two men, both farmers, were taken to a police station; their whereabouts are unknown.",
    # care for another cause, or "treated" in another sense
    CLASH + "Nine people were treated for flu.",
    CLASH + "Nine people were treated well.",
    CLASH + "Nine people were treated as suspects.",
    "Nine people were treated at the municipal hospital after eating bad fish.",
    # hit by a thing that is no projectile
    "A man was hit by a car in Darvel.",
    "Two women were hit by a bullet-proof car.",
    # things, not people, taken into custody; "slew" is no verb
    "Police have taken into custody 14 kilograms of heroin.",
    "A slew of 12 reports was published on Monday.",
    # "to death" that is a court's, past a clause of its own
    "Mobs beat two men before a court sentenced them to death.",
    # taken by armed men to care
    "At least 15 people were taken by armed men to the clinic.",
    # a date after "taken" where the police are named, or after samples
    "Police said three suspects were taken on Sunday.",
    "Three samples were taken on Sunday.",
    # "of the residents" with a participle that befalls no one
    "Five of the residents interviewed were women.",
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member_is_read(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_gives_no_figure(text: str) -> None:
    assert short_figures(text) == []
