"""Round en227: the hurt told by their escape and their care, lynchings told by their act.

Probes are invented sentences in the style of news; near-misses must stay unread.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _casualties(text: str) -> list[tuple[str, int, str | None]]:
    return [(c["outcome"], c["count_low"], c["group"])
            for c in extract(text, language="en")["casualties"]]


# got away, then treated for the harm, or got away somewhere with it
@pytest.mark.parametrize(("text", "want"), [
    ("A third guard escaped and was treated for burns, officials said.",
     ("wounded", 1, "third guard")),
    ("Two farmers escaped and were later treated in hospital for cuts.",
     ("wounded", 2, "farmers")),
    ("A fourth porter escaped over a wall with a broken leg.",
     ("wounded", 1, "fourth porter")),
    ("Two boys fled into the forest with gunshot wounds.", ("wounded", 2, "boys")),
    ("One driver got away through a back window with cuts and bruises.",
     ("wounded", 1, "driver")),
    ("A third guard escaped across a field with a fractured arm.",
     ("wounded", 1, "third guard")),
])
def test_escaped_then_hurt(text: str, want: tuple[str, int, str]) -> None:
    assert _casualties(text) == [want]


# ... and past an aside on the people (a quantifier apposition or a relative clause)
@pytest.mark.parametrize(("text", "want"), [
    ("Two guards, both from Lessa, escaped with burns.", ("wounded", 2, "guards")),
    ("The two girls, both from Kessa, escaped and were treated for cuts.",
     ("wounded", 2, "girls")),
    ("A cousin who was with them escaped with a broken arm.", ("wounded", 1, "cousin")),
    ("Three herders, all from Tarim, fled into the bush with gunshot wounds.",
     ("wounded", 3, "herders")),
])
def test_escaped_past_aside(text: str, want: tuple[str, int, str]) -> None:
    assert _casualties(text) == [want]


# beaten, then taken to hospital with the harm
@pytest.mark.parametrize(("text", "want"), [
    ("Three traders were beaten before police arrived and were taken to hospital with head"
     " injuries.", ("wounded", 3, "traders")),
    ("Two porters were beaten and rushed to the district hospital in Orvala with stab wounds.",
     ("wounded", 2, "porters")),
    ("A second guard was badly beaten and was taken to a clinic with a broken jaw.",
     ("wounded", 1, "second guard")),
    ("Four students were beaten by the crowd and later admitted to hospital in Kessin Vale"
     " with serious burns.", ("wounded", 4, "students")),
    ("Two companions of the man were beaten and were taken to hospital with head injuries.",
     ("wounded", 2, "companions")),
])
def test_beaten_then_taken_to_hospital(text: str, want: tuple[str, int, str]) -> None:
    assert _casualties(text) == [want]


# a lynching told by its act, one victim named by what the crowd accused him of
@pytest.mark.parametrize(("text", "want"), [
    ("A crowd burned a suspected motorcycle thief to death in the village, police said.",
     ("killed", 1, "suspected motorcycle thief")),
    ("A mob burned a suspected goat thief to death near the market.",
     ("killed", 1, "suspected goat thief")),
    ("Youths stoned an alleged pickpocket to death in the town centre.",
     ("killed", 1, "alleged pickpocket")),
    ("On Friday a crowd beat a suspected phone thief to death outside the station.",
     ("killed", 1, "suspected phone thief")),
])
def test_lynching_of_one(text: str, want: tuple[str, int, str]) -> None:
    assert _casualties(text) == [want]


@pytest.mark.parametrize("text", [
    "A third guard escaped across a field with the cash.",
    "Two men escaped and were treated kindly by villagers.",
    "Two women fled to the next village with their children.",
    "Two men were beaten and taken to hospital with their brother.",
    "Two men were beaten and taken to a police station with their hands tied.",
    "Three traders were beaten at the market.",
    "Rioters burned a car to death.",
    "A crowd burned a thief's motorbike.",
    "Car thieves stole a vehicle in Morva.",
    "Nurses treated the wounded through the night.",
    "Two guards, both from Lessa, escaped with the cash.",
    "A cousin who was with them fled with the children.",
])
def test_near_misses_stay_unread(text: str) -> None:
    assert _casualties(text) == []


def test_accused_noun_without_death_stays_unread() -> None:
    # a hypothetical in a quote: no one burned, no figure
    assert _casualties('"If your people burn a thief, you will answer for it," he said.') == []
