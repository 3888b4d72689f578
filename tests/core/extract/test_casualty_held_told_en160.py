"""People held or taken told without a verb beside the count (English round 160, issue 11).

Reports tell detentions and captures by the holding's circumstances rather than by
"arrested" or "kidnapped": held "pending trial" (the state's justice holds them), held "on
the top floor" or "on board" a craft after gunmen or hijackers took it, "taken from their
car" as a reduced relative read by its taker or the release after it, "held in the same
cell"; a pair split by "one" whose second is "the other"; and infinitives of purpose ("sent
to arrest") and bodies of troops ("a detachment of the guard") that count nobody.
``FIGURES`` holds texts with every (outcome, count) they must give, ``LOOKALIKES`` texts
that must give none. Every sentence is fictional; names and places are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract_probes import short_figures

FIGURES = [
    # held pending a step of the state's justice: detained, whoever holds them
    ("The army spokesman said eight soldiers are being held at the base pending trial.",
     [("arrested", 8)]),
    ("A military spokesman said 12 officers were being held pending an investigation.",
     [("arrested", 12)]),
    ("The ministry said 23 protesters are being held pending trial in Korvo.",
     [("arrested", 23)]),
    ("Nine cadets have been held at the academy pending a court martial.",
     [("arrested", 9)]),
    # held on a floor or a craft after captors took the place, or on a craft seized
    ("Gunmen stormed the mall on Saturday. Police believe about 40 shoppers and staff are "
     "being held on the top floor.", [("captured", 40)]),
    ("Gunmen stormed the hotel, and police believe about 60 guests are being held on the "
     "third floor.", [("captured", 60)]),
    ("Hijackers seized the plane; some 30 passengers are being held on board.",
     [("captured", 30)]),
    ("Officials said 31 passengers were being held on the hijacked bus.", [("captured", 31)]),
    # taken from a place, as a reduced relative: by its taker, or by the release after it
    ("Three engineers taken from their car on 2 May were released on Sunday.",
     [("captured", 3)]),
    ("Gunmen stopped the car. Three engineers taken from the vehicle were later freed.",
     [("captured", 3)]),
    ("Militants raided the village. The 12 women taken from the market were freed in May.",
     [("captured", 12)]),
    ("Five activists taken from their homes by soldiers have not been seen since.",
     [("arrested", 5)]),
    # held in the same cell, in a story of the state's detention
    ("Soldiers arrested a captain on Monday. A lieutenant held in the same cell said he "
     "was beaten.", [("arrested", 1), ("arrested", 1)]),
    # the other of a pair split by "one"
    ("Gunmen kidnapped two farmers. One of them was found dead; the other is still missing.",
     [("captured", 2), ("killed", 1), ("missing", 1)]),
    ("Gunmen kidnapped two farmers. One of them was found dead and the other remains "
     "missing.", [("captured", 2), ("killed", 1), ("missing", 1)]),
    ("Two soldiers were shot; one died and the other was wounded.",
     [("killed", 1), ("wounded", 1)]),
    ("Gunmen stopped the lorry and took two drivers into the forest. One of the two was "
     "found dead days later; the other, a 17-year-old mechanic, is still missing.",
     [("captured", 2), ("killed", 1), ("missing", 1)]),
    ("Militants took two drivers into the bush. One of the two was found dead; the other, "
     "a 19-year-old apprentice, is still missing.",
     [("captured", 2), ("killed", 1), ("missing", 1)]),
    # "N other ..." beside a named person, and a part of a figure of relatives
    ("Military police detained the brigade's commander and 14 other officers.",
     [("arrested", 14)]),
    ("Gunmen abducted 15 relatives of the mayor. At least three of the relatives were "
     "women.", [("captured", 15), ("captured", 3)]),
    # a soldier of a detachment is still a person
    ("A soldier of the detachment was killed.", [("killed", 1)]),
]

LOOKALIKES = [
    # purpose and intent: no one was arrested or taken yet
    "Special forces were sent to arrest a company commander.",
    "Special forces were sent to arrest two officers.",
    "Troops moved in to arrest the colonel and four other officers.",
    "Police launched an operation to detain three men.",
    "The gang had plans to abduct two businessmen.",
    "Four men could be detained under the new law.",
    # bodies of troops after an article are no person
    "A detachment of the presidential guard was killed in the ambush.",
    "A contingent was ambushed and killed near the river.",
    # doers held, suspects charged
    "Three suspects are being held pending trial.",
    "Five men taken from their homes by police were charged on Monday.",
    "The six suspects taken from the house were charged.",
    "Twelve protesters held pending trial were sentenced on Monday.",
    # held or taken with no people, no holder, or "on" no place of holding
    "The four men taken to hospital were discharged.",
    "Three samples taken from the site were tested.",
    "Five children taken from their parents were placed in care.",
    "Elections were held on Sunday in 12 provinces.",
    "About 40 shoppers were held on the top floor of the store for a sale.",
    # "the other" that is no person of a pair
    "Two rival groups clashed. One of them withdrew and the other is still in the town.",
    "One bus was burned and the other was damaged.",
]

# "the other" whose clause tells no fate of its own: care of one already counted, or the
# holding that goes on after the one was freed
OTHER_NO_FATE = [
    ("Two officers were hurt. One of the injured officers was taken to hospital; the other "
     "was treated for cuts.", "the other"),
    ("Two women were detained at a checkpoint. One was released after four days; the other "
     "has not been seen since.", "the other"),
    ("Gunmen seized two traders. One was freed on Monday; the other is still missing.",
     "the other"),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_held_and_taken_people_are_read(text: str, expected: list[tuple[str, int]]) -> None:
    got = Counter((outcome, low) for _, outcome, low in short_figures(text))
    assert got == Counter(expected)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_give_no_figure(text: str) -> None:
    assert short_figures(text) == []


def test_a_figure_read_before_keeps_its_span() -> None:
    text = "Gunmen kidnapped two farmers. One of them was found dead; the other is still missing."
    assert [span for span, _, _ in short_figures(text)] == [
        "kidnapped two farmers", "One of them was found dead", "the other is still missing"]


@pytest.mark.parametrize(("text", "words"), OTHER_NO_FATE)
def test_the_other_with_no_fate_of_its_own_is_no_figure(text: str, words: str) -> None:
    assert not any(words in span for span, _, _ in short_figures(text))
