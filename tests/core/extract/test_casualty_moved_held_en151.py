"""Captives told by how they were moved, where they are held, and their release (English
round 151, issue 11).

News tells a taking without "kidnapped": by the move and its taker ("were bundled into a
van by masked men"), by an object relative with its taker ("the herders the raiders had
carried off"), by a holding ("held against their will", "prisoners of war remain in
captivity", "held a crew of 19", "three of the vessel's 24 sailors"), and by a return that
ends it ("returned in the prisoner swap", "handed back to their families" after a taking).
``FIGURES`` holds texts with every (outcome, count) they must give, ``LOOKALIKES`` texts
that must give none. Every sentence is fictional; names and places are invented.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests.extract_probes import short_figures

FIGURES = [
    # a passive move with its taker: an armed band takes, the state's men arrest
    ("Nine schoolboys were hauled out of their dormitory by bandits before dawn.",
     [("captured", 9)]),
    ("A local councillor was bundled into the boot of a car by unknown men on Thursday.",
     [("captured", 1)]),
    ("Three aid workers were frog-marched out of the clinic by militiamen, witnesses said.",
     [("captured", 3)]),
    ("Two reporters were bundled into an unmarked car by armed men outside their office.",
     [("captured", 2)]),
    ("An opposition activist was bundled into a police van by plain-clothes officers.",
     [("arrested", 1)]),
    ("Eight fishermen were forced into a speedboat by pirates.", [("captured", 8)]),
    ("Gunmen abducted four farmers, and a fifth was dragged into the bush by the attackers.",
     [("captured", 4), ("captured", 1)]),
    # an active move onto a vehicle
    ("Pirates herded 12 seafarers onto a skiff.", [("captured", 12)]),
    ("Militiamen herded 35 villagers onto trucks and drove off.", [("captured", 35)]),
    # carried off by a taker named right before the verb, in an object relative
    ("Police are still searching for nine people the raiders had carried off.",
     [("captured", 9)]),
    ("Some 25 women the fighters had taken away in March are still unaccounted for.",
     [("captured", 25)]),
    ("Kidnappers whisked away three engineers from the construction site.",
     [("captured", 3)]),
    # held against their will, prisoners of war still held, a crew by its size
    ("Investigators found 64 men held against their will on a fishing boat.",
     [("captured", 64)]),
    ("Police freed about 150 foreign workers held against their will at a compound.",
     [("captured", 150)]),
    ("A teenager had been kept against her will in a cellar for two years.",
     [("captured", 1)]),
    ("More than 300 prisoners of war remain in Russian captivity.", [("captured", 300)]),
    ("The pirates held a crew of 18 for two months.", [("captured", 18)]),
    # a part of a counted whole: the whole's count is no figure
    ("Gunmen abducted three of the vessel's 24 sailors.", [("captured", 3)]),
    ("Kidnappers seized seven of its 40 passengers.", [("captured", 7)]),
    ("Pirates kidnapped five of its 17 crew members.", [("captured", 5)]),
    # a return that is a release: an exchange, captivity, or the families after a taking
    ("Kyiv said 187 servicemen had been returned in the exchange.", [("captured", 187)]),
    ("Ukraine said 75 of its defenders had been returned from captivity.", [("captured", 75)]),
    ("Rebels abducted 18 loggers last week. Eleven of them were handed back to their families"
     " on Friday.", [("captured", 18), ("captured", 11)]),
    ("Security forces detained 30 protesters. Twelve of them were returned to their families"
     " on Monday.", [("arrested", 30), ("arrested", 12)]),
]

LOOKALIKES = [
    "The party marched 3,000 supporters to the square.",
    "The team carried off the trophy.",
    "She was bundled into the back of a taxi.",
    "Ten people were taken from their homes to the hospital.",
    "The governor held a meeting with 21 elders.",
    "The court freed 40 million in funds.",
    "The agency released 12 reports.",
    "The ship and the crew of 17 sailed on Monday.",
    "The two men were bundled into a car by relatives and driven home.",
    "A swimmer was dragged from the river by rescuers.",
    "About 300 protesters were herded into the stadium by police.",
    "Hundreds of fans were herded out of the stadium by stewards.",
    "The band was bundled into a minivan by its manager.",
    "The group took away 30 children on a trip to the coast.",
    "The thieves carried off 40 laptops.",
    "The rebels carried off 12 cattle.",
    "Three students were returned to their families after the school trip.",
    "Sixty students were returned to their school after the exchange programme.",
    "The company returned 40 workers to the site after the exchange of letters.",
    "Some 500 prisoners of war were remembered at a ceremony.",
    "The treatment of prisoners of war was discussed.",
    "Four of its 30 branches were closed.",
    "Two of the 300 delegates held talks.",
    "The workers were held up by traffic for three hours.",
    "The council held a meeting on Monday. Three students were returned to their families"
    " after the school trip.",
    "The school held a fair. Forty children were returned to their parents by bus.",
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_captives_told_by_move_holding_or_return_are_read(
        text: str, expected: list[tuple[str, int]]) -> None:
    got = Counter((outcome, low) for _, outcome, low in short_figures(text))
    assert got == Counter(expected)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_give_no_figure(text: str) -> None:
    assert short_figures(text) == []


def test_bodies_returned_in_an_exchange_stay_dead() -> None:
    text = "The bodies of 20 soldiers were returned in the exchange."
    assert [(o, n) for _, o, n in short_figures(text)] == [("killed", 20)]


def test_the_move_and_the_return_keep_their_words_in_the_span() -> None:
    text = "Two reporters were bundled into an unmarked car by armed men outside their office."
    (span, outcome, low), = short_figures(text)
    assert span.startswith("Two reporters were bundled") and (outcome, low) == ("captured", 2)
