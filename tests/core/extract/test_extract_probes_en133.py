"""Probes of English round 133 (issue 11): captives told by their taking, people held and
exchanged between the sides of a war, the wounded told by their care.

The blind sets count people one side of a war holds and hands back in an exchange as
captured (detainees of the state stay arrested), a part of captives counted after "Of those
taken" as captured, and the wounded told by the care they get ("were nursing gunshot
wounds", "received treatment for smoke inhalation", "were still in hospital with shrapnel
wounds"). The look-alikes name a capture, an exchange or a care that is none of these.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

MEMBERS = [
    # exchanges (before: nothing, or arrested)
    ("Two warring parties carried out a prisoner exchange on Friday. "
     "The Red Cross will fly 318 detainees home.",
     [("318 detainees", "captured", 318)]),
    ("The two sides swapped prisoners on Sunday. In all, 318 detainees were flown home.",
     [("318 detainees", "captured", 318)]),
    ("The warring parties completed a swap of prisoners. Of the detainees, 218 were "
     "released, officials said.",
     [("218 were released", "captured", 218)]),
    ("The rebels accused the army of withholding 15 detainees from the exchange.",
     [("15 detainees", "captured", 15)]),
    ("Under the swap deal, 100 prisoners of war were returned to each side.",
     [("100 prisoners of war", "captured", 100)]),
    ("The two armies carried out a prisoner exchange on Friday. In the exchange, 84 "
     "servicemen returned home.",
     [("84 servicemen", "captured", 84)]),
    ("The Red Cross said more than 300 prisoners were home after the exchange.",
     [("more than 300 prisoners", "captured", 300)]),
    ("A second phase of the exchange, covering about 500 more prisoners, is due in June.",
     [("about 500 more prisoners", "captured", 500)]),
    # captives told by their taking (before: nothing)
    ("Bandits attacked a school in Dorvan. Of those taken, 19 escaped.",
     [("Of those taken, 19 escaped", "captured", 19)]),
    ("Of the 40 taken, 19 escaped on Monday.",
     [("Of the 40 taken, 19 escaped", "captured", 19)]),
    ("Gunmen raided the camp and left with dozens taken.",
     [("left with dozens taken", "captured", 24)]),
    # the wounded told by their care (before: nothing)
    ("After the shooting, 9 people were nursing gunshot wounds.",
     [("9 people were nursing gunshot wounds", "wounded", 9)]),
    ("Militants set fire to the building; a dozen received treatment for smoke inhalation.",
     [("a dozen received treatment for smoke inhalation", "wounded", 12)]),
    ("Nine needed treatment for burns after the firebombing.",
     [("Nine needed treatment for burns", "wounded", 9)]),
    ("Two soldiers were still in hospital with shrapnel wounds after the ambush.",
     [("Two soldiers were still in hospital with shrapnel wounds", "wounded", 2)]),
    # an apposition that holds its own (before: the man and the woman only)
    ("Two residents, a man aged 71 and his neighbour, a woman aged 66, were killed in the "
     "shelling.",
     [("Two residents", "killed", 2), ("a man", "killed", 1), ("a woman", "killed", 1)]),
]

LOOKALIKES = [
    # a state's detainees beside an exchange stay arrested
    ("The two sides agreed a prisoner exchange. Separately, police detained 40 protesters "
     "in the port; ten detainees were released on bail.",
     [("detained 40 protesters", "arrested", 40), ("ten detainees", "arrested", 10)]),
    ("The prisoner swap went ahead. Police said 12 detainees were released without charge "
     "in an unrelated case.",
     [("12 detainees", "arrested", 12)]),
    ("Police detained 40 protesters in a crackdown on Monday. Ten detainees were released "
     "on bail.",
     [("detained 40 protesters", "arrested", 40), ("Ten detainees", "arrested", 10)]),
    # exchanges of fire, letters, bodies; a market's exchange; a return told elsewhere
    ("The two sides exchanged fire across the border. Police later detained 20 people.",
     [("detained 20 people", "arrested", 20)]),
    ("The exchange rate fell. 300 prisoners went on strike.", []),
    # the prisoners a deal gives for hostages are its price, no captives of the story
    ("Four hostages were freed on Friday in exchange for 30 prisoners held by the state.",
     [("Four hostages", "captured", 4)]),
    ("After the prisoner swap, 12 students returned to class.", []),
    ("The prisoner swap was held. 12 students returned home.", []),
    # taken elsewhere, or things taken
    ("Of those taken to hospital, 19 died.", [("19 died", "killed", 19)]),
    ("Of the measures taken, two were approved.", []),
    ("The robbers left with two bags taken from the shop.", []),
    ("Police took 12 men into custody.", [("took 12 men into custody", "arrested", 12)]),
    ("The trip was taking 40 minutes.", []),
    ("Rebels attacked, taking control of 12 villages.", []),
    # care with no harm of violence
    ("The clinic treated 40 patients for cholera.", []),
    ("Forty patients received treatment for cholera.", []),
    ("Two hikers were treated at the scene after a fall.", []),
    ("Four players were nursing injuries from the football match.", []),
    ("Three patients were in hospital with pneumonia.", []),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalike(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == expected
