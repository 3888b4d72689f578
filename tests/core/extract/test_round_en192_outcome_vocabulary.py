"""English round 192 (issue 11): the breadth of the outcome vocabulary. The wounded told by
the injury, the displaced told by their leaving, the captured told by the taking and the
dead told by the manner. Each class's probe list holds the wordings read after the round;
the ones already read before it are kept as guards. The probe sentences are our own,
written in the style of news."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _pairs(text: str) -> list[tuple[int | None, str]]:
    found = extract(text, None, language="en")["casualties"]
    return sorted((c["count_low"], c["outcome"]) for c in found)


WOUNDED = [
    # new in the round
    ("Two demonstrators lost the hearing in one ear after a stun grenade exploded.",
     [(2, "wounded")]),
    ("Three marchers lost their hearing when police threw stun grenades.", [(3, "wounded")]),
    ("Six soldiers had legs amputated after the bombing.", [(6, "wounded")]),
    ("Eight people were blinded by shotgun pellets fired by police.", [(8, "wounded")]),
    ("Four protesters were partially blinded by rubber bullets.", [(4, "wounded")]),
    ("Two teenagers were blinded in one eye during the crackdown.", [(2, "wounded")]),
    ("The clinic treated 16 students, five of them for baton injuries.",
     [(5, "wounded"), (16, "wounded")]),
    ("Volunteers treated 25 marchers after police fired tear gas.", [(25, "wounded")]),
    # read before the round, kept as guards
    ("Medics treated 30 protesters, 12 of them for tear gas inhalation.",
     [(12, "wounded"), (30, "wounded")]),
    ("Three protesters lost the sight of one eye after police fired rubber bullets.",
     [(3, "wounded")]),
    ("Four children lost a leg when the shell hit the school.", [(4, "wounded")]),
    ("Two of the miners had a hand amputated after the explosion.", [(2, "wounded")]),
    ("Seven people suffered burns in the attack on the bus.", [(7, "wounded")]),
    ("Nine protesters needed stitches after police baton charges.", [(9, "wounded")]),
    ("Four men underwent surgery for bullet wounds after the raid.", [(4, "wounded")]),
    ("Two teenagers were left paralysed after being shot by troops.", [(2, "wounded")]),
    ("Five officers sustained head injuries during the riot.", [(5, "wounded")]),
]

DISPLACED = [
    # new in the round
    ("At least 40 of its technicians have left the area since the attacks.",
     [(40, "displaced")]),
    ("About 90 families have moved out of the area since the attacks.", [(90, "displaced")]),
    ("About 90 villagers have left the area since the attacks.", [(90, "displaced")]),
    ("Twelve teachers have since left the town following the killings.", [(12, "displaced")]),
    ("About 1,000 residents have packed up and left since the attacks.", [(1000, "displaced")]),
    ("An estimated 3,000 people have moved from border villages to Kaya since the attacks.",
     [(3000, "displaced")]),
    ("About 200 families have relocated to the town after militants attacked their village.",
     [(200, "displaced")]),
    ("Some 2,500 people have streamed into the town since the militants attacked.",
     [(2500, "displaced")]),
    ("After the massacre, about 1,000 people poured into the mission at Ebo.",
     [(1000, "displaced")]),
    # read before the round, kept as guards
    ("Some 500 villagers abandoned their homes after the massacre.", [(500, "displaced")]),
    ("More than 1,200 people have sought refuge in the regional capital after the fighting.",
     [(1200, "displaced")]),
    ("Some 6,000 people have crossed into Chad since the fighting began.",
     [(6000, "displaced")]),
    ("About 90 families have left the area since the attacks.", [(90, "displaced")]),
]

CAPTURED = [
    # new in the round
    ("Three girls were spirited away by the kidnappers.", [(3, "captured")]),
    ("Militants carted off 11 fishermen.", [(11, "captured")]),
    ("Eight passengers went missing after gunmen stopped their bus.", [(8, "captured")]),
    ("Four drivers went missing after armed men intercepted their convoy.",
     [(4, "captured")]),
    # the police who take people away arrest them
    ("Police carted off 30 protesters.", [(30, "arrested")]),
    ("Thirty protesters were carted off by police.", [(30, "arrested")]),
    ("Police dragged away 30 protesters.", [(30, "arrested")]),
    # read before the round, kept as guards
    ("Gunmen spirited away three girls from the school.", [(3, "captured")]),
    ("Gunmen snatched three aid workers from their car on Tuesday.", [(3, "captured")]),
    ("Two nurses were bundled into a car by armed men.", [(2, "captured")]),
    ("Two journalists were whisked away by masked gunmen.", [(2, "captured")]),
    ("Six passengers were led away at gunpoint by the attackers.", [(6, "captured")]),
    ("Three protesters were led away by police.", [(3, "arrested")]),
]

KILLED = [
    # new in the round
    ("Four soldiers were cut down by machine-gun fire.", [(4, "killed")]),
    ("Militants butchered 15 villagers.", [(15, "killed")]),
    ("Four villagers were butchered by the militia.", [(4, "killed")]),
    ("Three of the wounded did not survive.", [(3, "killed")]),
    ("Two soldiers did not survive.", [(2, "killed")]),
    ("Four of the hostages did not survive the rescue operation.", [(4, "killed")]),
    ("Three of the injured did not survive their wounds.", [(3, "killed")]),
    ("Twelve people were wounded in the blast. Two of them did not survive.",
     [(2, "killed"), (12, "wounded")]),
    # read before the round, kept as guards
    ("Five villagers were gunned down on Sunday.", [(5, "killed")]),
    ("Twenty protesters were mowed down by troops.", [(20, "killed")]),
    ("Six farmers were hacked to death by attackers.", [(6, "killed")]),
    ("Nine people lost their lives in the attack.", [(9, "killed")]),
    ("Fourteen bodies were pulled from the rubble after the strike.", [(14, "killed")]),
    ("Eight people were confirmed dead after the bombing.", [(8, "killed")]),
    ("Two soldiers later died.", [(2, "killed")]),
]


@pytest.mark.parametrize("text, expected", WOUNDED + DISPLACED + CAPTURED + KILLED)
def test_outcome_read(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == sorted(expected)


@pytest.mark.parametrize("text", [
    # wounded: no ear, no projectile, a court's hearing, the sun
    "Three lawyers lost the hearing on Monday.",
    "Two drivers were blinded by the sun on the motorway.",
    "Millions were blinded by propaganda.",
    "The clinic treated 200 children for malnutrition this month.",
    "The school nurse treated 12 students for flu.",
    # displaced: no violence, troops, staff, a job, tourists, a move from one place to another
    "Three delegates left the meeting early on Tuesday.",
    "Two engineers moved to a new job in the capital.",
    "About 3,000 tourists left the island after the storm.",
    "Some 400 troops have left the area since the attacks.",
    "Some 400 troops moved from the capital to the border town after the attacks.",
    "The agency withdrew 40 of its staff from the area after the attacks.",
    "Five players have left the club since the season began.",
    "Two ministers have left since the attacks.",
    "Two engineers left the area after the attack.",
    "About 300 students moved from the old campus to the new one in September.",
    "Thousands of fans streamed into the stadium after the final.",
    # captured: things, a flood, a theft, no captor
    "The documents were spirited away by aides.",
    "Two statues were carted off by looters.",
    "The police took away 40 bags of rice.",
    # the police's "took away" stays no figure, as older rounds left it
    "Police took away three protesters.",
    "Two trucks were dragged away by the flood.",
    "The striker snatched two goals in the second half.",
    # killed: things cut down or not surviving
    "Three bills were cut down to size by the committee.",
    "The budget was cut down by 20 percent.",
    "Two bills did not survive the vote.",
    "Farmers butchered 40 cattle for the feast.",
])
def test_stays_unread(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize("text, expected", [
    # missing with no captor named stays missing
    ("Five hikers went missing in the mountains.", [(5, "missing")]),
    ("Five hikers went missing after the storm hit the valley.", [(5, "missing")]),
    ("Two boys are missing after soldiers raided the village.", [(2, "missing")]),
])
def test_missing_stays_missing(text: str, expected: list[tuple[int, str]]) -> None:
    assert _pairs(text) == sorted(expected)
