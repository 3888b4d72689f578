"""English round 189 (issue 11): a headline's freed part after a taking, people marched into
the bush, people also hit after a shooting, a person beaten then treated, people still
inside a site taken or among those held, people on remand, and an apposition on one member
that is no second figure. The probe sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts as _pairs


@pytest.mark.parametrize("text, expected", [
    # 1. a headline's freed part after a taking
    ("Six engineers abducted in Niger Delta, three freed", [(6, "captured"), (3, "captured")]),
    ("Nine aid workers kidnapped in Mali, four released", [(9, "captured"), (4, "captured")]),
    ("12 miners seized in eastern Congo, five freed", [(12, "captured"), (5, "captured")]),
    ("Gunmen abduct 20 passengers in Zamfara, eight released",
     [(20, "captured"), (8, "captured")]),
    ("Seven tourists kidnapped in Sahel, two freed: officials",
     [(7, "captured"), (2, "captured")]),
    ("Fourteen pupils abducted from school in Kebbi; six freed after ransom paid",
     [(14, "captured"), (6, "captured")]),
    # 2. marched into the bush
    ("He and four members of his crew were marched into the bush and held for 19 days.",
     [(4, "captured")]),
    ("Three engineers were marched into the jungle at gunpoint.", [(3, "captured")]),
    ("Nine hostages were marched into the forest, where they were held for a month.",
     [(9, "captured")]),
    ("Six aid workers were marched into the desert by their captors.", [(6, "captured")]),
    ("The 14 students were marched into the bush overnight.", [(14, "captured")]),
    ("Two nurses had been marched into the forest before dawn.", [(2, "captured")]),
    # 3. also hit after a shooting
    ('"The bullet went through my thigh," he says. Two colleagues were also hit.',
     [(2, "wounded")]),
    ("A soldier was shot in the leg during the ambush. Three others were also hit.",
     [(1, "wounded"), (3, "wounded")]),
    ("The driver was shot dead at the checkpoint. Two passengers were also struck.",
     [(2, "wounded")]),
    ("A sniper shot a man crossing the bridge. Two women were also hit.",
     [(1, "wounded"), (2, "wounded")]),
    ("Police opened fire on the marchers. A teenager was killed and four students were also "
     "hit.", [(1, "killed"), (4, "wounded")]),
    ("Gunfire raked the market on Friday. Three traders were also hit, a witness said.",
     [(3, "wounded")]),
    # 4. beaten, then treated for an injury
    ("A second guard was beaten and tied to a fence; he was treated for a broken wrist.",
     [(1, "wounded")]),
    ("Another worker was beaten and robbed, and was treated for head injuries.",
     [(1, "wounded")]),
    ("A third man was beaten with sticks; he was treated for cuts to his face.",
     [(1, "wounded")]),
    ("A second officer was beaten and later treated for a fractured jaw.", [(1, "wounded")]),
    ("A second journalist was beaten by the crowd and treated in hospital for bruises.",
     [(1, "wounded")]),
    ("Another nurse was beaten and tied up; she was treated for a broken arm.",
     [(1, "wounded")]),
    # 5. still inside a site taken, among those held
    ("Gunmen seized the gas plant on Monday. Seven employees are still inside, it says.",
     [(7, "captured")]),
    ("Militants seized the refinery on Sunday. Nine workers are still inside, officials "
     "said.", [(9, "captured")]),
    ("Kidnappers seized the school at dawn. Twelve pupils are still inside the building.",
     [(12, "captured")]),
    ("Rebels seized the factory. A turbine operator who is among those held called his "
     "wife.", [(1, "captured")]),
    ("Gunmen stormed the hotel on Friday. Two of the guests are among those held.",
     [(2, "captured")]),
    ("The attackers seized the mine. A driver, who is among those abducted, phoned his "
     "brother.", [(1, "captured")]),
    # 6. on remand
    ("Police arrested nine people after the attack, and five remain on remand.",
     [(9, "arrested"), (5, "arrested")]),
    ("Police detained 14 people; eight remain on remand.", [(14, "arrested"), (8, "arrested")]),
    ("Police arrested 11 men on Friday. Six are on remand and five were bailed.",
     [(11, "arrested"), (6, "arrested")]),
    ("Officers arrested 23 protesters; at least ten remain on remand in Kigali.",
     [(23, "arrested"), (10, "arrested")]),
    ("Seven suspects were detained after the blast, and four remained on remand a month "
     "later.", [(7, "arrested"), (4, "arrested")]),
    ("Three men remain on remand after the riot.", [(3, "arrested")]),
    # 7. one member, one figure
    ("The union is mourning one of its members, a 41-year-old technician, who died in "
     "hospital on Monday.", [(1, "killed")]),
    ("The club lost one of its players, a 19-year-old striker, who died in the crash.",
     [(1, "killed")]),
    ("The army lost one of its officers, a young captain, who died in the ambush.",
     [(1, "killed")]),
])
def test_round_en189_reads(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 1. a bare count freed with no taking before it, one freed, a part of an arrest
    ("Storm hits coast, 38 freed from rubble", []),
    ("38 freed", []),
    ("Four nurses abducted in Kaduna; one freed", [(4, "captured")]),
    ("40 protesters arrested in capital, 12 freed", [(40, "arrested")]),
    # 2. marched of a protest, a parade, troops
    ("Thousands of students marched into the square on Monday.", []),
    ("About 200 protesters marched to the parliament.", []),
    ("Some 300 recruits were marched into the barracks.", []),
    ("Hundreds of soldiers were marched into the hills for training.", []),
    ("Ten veterans marched into the forest for the memorial.", []),
    # 3. things also hit; no shooting before
    ("Two houses were also hit.", []),
    ("The hospital was shelled. Two ambulances were also hit.", []),
    ("The storm flattened the village. Three farmers were also hit by falling trees.", []),
    ("Police fired tear gas. Two officers were also hit by stones.", []),
    # 4. beaten with no injury treated
    ("A second guard was beaten.", []),
    ("A guard was beaten and tied to a fence.", []),
    ("A second guard was beaten and tied to a fence; he was treated kindly by his captors.",
     []),
    ("A second guard was questioned and tied to a fence; he was treated for a broken wrist.",
     []),
    # 5. still inside of things, of the trapped, with no seizure
    ("Gunmen seized the depot. Three trucks are still inside the compound.", []),
    ("Firefighters said two people are still inside the burning building.", []),
    ("Two miners are still inside the mine after the collapse.", []),
    ("Gunmen seized the plant. Two workers are still inside the burning building.", []),
    ("Police said three suspects are still inside the house.", []),
    ("Gunmen stormed the hotel. Two guests were among those taken to hospital.", []),
    ("Police raided the camp. Two journalists are among those held.", [(2, "arrested")]),
    # 6. remand of a case or a court
    ("The case was remanded to the lower court.", []),
    ("The judge remanded the case for retrial.", []),
    ("Police arrested nine people. Five cases remain on remand.", [(9, "arrested")]),
    # 7. an ordinal, "another", a list: new people
    ("Gunmen killed one of the guards, a second was wounded, police said.",
     [(1, "killed"), (1, "wounded")]),
    ("The blast killed one of the workers, another was injured.",
     [(1, "killed"), (1, "wounded")]),
    ("Two soldiers, one of them a 19-year-old conscript, were killed.",
     [(2, "killed"), (1, "killed")]),
])
def test_round_en189_stays(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected
