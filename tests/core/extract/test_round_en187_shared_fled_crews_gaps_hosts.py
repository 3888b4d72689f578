"""English round 187 (issue 11): an outcome shared past a reduced relative, dozens who fled
somewhere, crews held aboard a craft taken, a part with its own apposition before another
member, a second count treated with its verb left out, and hosts and interviewees that count
no victims. The probe sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import en_counts as _pairs


@pytest.mark.parametrize("text, expected", [
    # 1. a shared outcome past a reduced relative (body and headline)
    ("Three police officers deployed to protect the reserve and at least 14 residents were "
     "injured on Friday when protesters stormed the gate.", [(3, "wounded"), (14, "wounded")]),
    ("Four nurses sent to the camp and two drivers were wounded when the convoy was "
     "ambushed.", [(4, "wounded"), (2, "wounded")]),
    ("Six guards posted at the mine and 11 workers were hurt in the attack.",
     [(6, "wounded"), (11, "wounded")]),
    ("Two journalists based in the capital and a driver were killed on Tuesday.",
     [(2, "killed"), (1, "killed")]),
    ("Four rangers guarding Virunga park hurt in clash with herders", [(4, "wounded")]),
    ("Two soldiers manning a checkpoint killed in ambush near border", [(2, "killed")]),
    ("Three medics sent to treat the wounded injured in second blast", [(3, "wounded")]),
    ("FIVE STUDENTS ATTENDING RALLY WOUNDED AS POLICE OPEN FIRE", [(5, "wounded")]),
    # 2. dozens who fled somewhere
    ("Dozens of herders fled on foot to the next district.", [(24, "displaced")]),
    ("Scores of residents fled to the hills after the raid.", [(40, "displaced")]),
    ("Scores of villagers fled across the river into Chad.", [(40, "displaced")]),
    ("Dozens of fishermen fled by boat across the lake.", [(24, "displaced")]),
    ("Dozens of farmers fled towards the county headquarters overnight.",
     [(24, "displaced")]),
    ("Dozens of residents fled into neighbouring Chad.", [(24, "displaced")]),
    # 3. a crew held aboard a craft taken
    ("Nineteen crew held aboard hijacked cargo ship off Somalia", [(19, "captured")]),
    ("TWENTY-TWO SAILORS HELD ABOARD SEIZED TANKER OFF GUINEA", [(22, "captured")]),
    ("Twelve sailors held on board hijacked trawler", [(12, "captured")]),
    ("15 seafarers held onboard seized vessel in Gulf of Guinea", [(15, "captured")]),
    ("Eight fishermen held aboard hijacked dhow, owner says", [(8, "captured")]),
    ("Pirates stormed the freighter on Monday; its 14 crew are being held aboard the "
     "hijacked freighter.", [(14, "captured")]),
    # 4. a part with its own apposition, then another member
    ("The company confirmed that three of its passengers, all Dutch, and a local driver were "
     "taken.", [(3, "captured"), (1, "captured")]),
    ("The ministry said two of its engineers, both Chinese, and a local guard were "
     "kidnapped.", [(2, "captured"), (1, "captured")]),
    ("Police said four of its employees, all foreigners, and a driver were abducted on "
     "Monday.", [(4, "captured"), (1, "captured")]),
    ("Five miners, all from the same village, and a foreman were killed in the "
     "collapse.", [(5, "killed"), (1, "killed")]),
    ("Two of the aid workers, both nurses, and an interpreter were seized at a roadblock.",
     [(2, "captured"), (1, "captured")]),
    ("Six pilgrims, all elderly, and a guide were injured when the bus overturned.",
     [(6, "wounded"), (1, "wounded")]),
    # 5. an elliptical count after an active "treated"
    ("She treated nine people for burns and two for gunshot wounds.",
     [(9, "wounded"), (2, "wounded")]),
    ("The clinic had treated six people for wounds from beatings and one for a stab wound.",
     [(6, "wounded"), (1, "wounded")]),
    ("Medics treated 12 people for fractures and three for burns.",
     [(12, "wounded"), (3, "wounded")]),
    ("Paramedics treated 14 protesters for injuries and four for rubber bullet wounds.",
     [(14, "wounded"), (4, "wounded")]),
    ("Doctors at the field hospital treated 20 men for gunshot wounds and five for shrapnel "
     "wounds.", [(20, "wounded"), (5, "wounded")]),
    ("Seven people were treated for burns and two for smoke inhalation.",
     [(7, "wounded"), (2, "wounded")]),
])
def test_round_en187_reads(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 1. no shared verb of harm
    ("Three police officers deployed to protect the reserve and 14 residents attended the "
     "meeting.", []),
    ("Rangers guarding park hurt", []),
    ("Four rangers guarding Virunga park hurt", []),
    # 2. fighters who fled, a few who fled, flight with nowhere said
    ("The attackers fled into the bush.", []),
    ("Dozens of gunmen fled on foot to the next district.", []),
    ("Two women fled to a neighbour's house.", []),
    ("Dozens of villagers fled.", []),
    ("Some 40 villagers fled into the forest, the priest said.", []),
    ("The president took office in May.", []),
    # 3. held aboard with no craft taken; today's reading of a crew that remains held
    ("Twelve sailors held aboard the training ship for a ceremony", []),
    ("The 22 crew remain held aboard the tanker, the owner said.", [(22, "arrested")]),
    # 4. no shared verb after the apposition
    ("Four people, all farmers, and police said the attackers were armed.", []),
    # 5. illnesses and no harm after the second count
    ("The clinic treated 30 people for cholera and two for malaria.", []),
    ("She treated nine people for burns and two for free.", [(9, "wounded")]),
    # 6. hosts and interviewees
    ("Aid went to 280 households hosting displaced families.", []),
    ("Cash grants reached 150 families sheltering displaced relatives.", []),
    ("Some 90 households housing internally displaced people received kits.", []),
    ("The city is hosting a conference on displacement.", []),
    ("Aid went to 280 households hosting 1,400 displaced people.", [(1400, "displaced")]),
    ("The group interviewed 25 people, among them four of the wounded, and three doctors.",
     [(4, "wounded")]),
    ("The report is based on interviews with 30 people, including five of the injured and "
     "two doctors.", [(5, "wounded")]),
    ("HRW interviewed 25 people, including four wounded protesters and three doctors.",
     [(4, "wounded")]),
    ("Amnesty interviewed 18 witnesses, four of the wounded and three doctors at the "
     "hospital.", [(4, "wounded")]),
    ("Investigators interviewed relatives of 12 people killed in the raid.", [(12, "killed")]),
    ("In interviews, residents said 25 people were killed.", [(25, "killed")]),
    ("Reporters interviewed six wounded soldiers at the hospital.", [(6, "wounded")]),
])
def test_round_en187_unread_or_kept(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == expected
