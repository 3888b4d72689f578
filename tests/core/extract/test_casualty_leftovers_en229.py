"""Round en229: parts of a count, kinds summed with one person, the rest of a group in care,
captives freed by a force of order, and two groups sharing a care in hospital.

Probes are invented sentences in the style of news; near-misses must stay unread.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _casualties(text: str) -> list[tuple[str, int, str | None]]:
    return [(c["outcome"], c["count_low"], c["group"])
            for c in extract(text, language="en")["casualties"]]


# a part told by what its people were, after a toll of people
@pytest.mark.parametrize(("text", "want"), [
    ("The report says 31 people were killed in the clashes, and that four were children.",
     ("killed", 4, "children")),
    ("The survey recorded at least 90 people killed by crowds last year. Most were young men,"
     " but at least 12 were older women accused of witchcraft.",
     ("killed", 12, "older women")),
    ("Most of the 45 killed were young men accused of theft, but at least nine were elderly"
     " people accused of sorcery.", ("killed", 9, "elderly people")),
    ("The group says 60 people were wounded by police fire in March, and that 14 were"
     " schoolboys.", ("wounded", 14, "schoolboys")),
])
def test_part_that_were(text: str, want: tuple[str, int, str]) -> None:
    assert want in _casualties(text)


# ... the part of that part after it, and a part of the victims of a toll of the dead
@pytest.mark.parametrize(("text", "want"), [
    ("The survey recorded at least 90 people killed by crowds last year. At least 12 were"
     " older women accused of witchcraft, eight of them widows.", ("killed", 8, "widows")),
    ("Most of the 45 killed were young men, but at least nine were elderly people accused of"
     " sorcery, six of them women.", ("killed", 6, "women")),
    ("Police found 13 bodies in the ditch. Four of the victims had their hands tied.",
     ("killed", 4, "victims")),
    ("The army said 18 villagers were killed in the attack. Six of the victims had been bound"
     " with wire.", ("killed", 6, "victims")),
])
def test_part_of_part_and_victims(text: str, want: tuple[str, int, str]) -> None:
    assert want in _casualties(text)


# a counted kind summed with one person told before
@pytest.mark.parametrize(("text", "want"), [
    ("Health officials report that six men and the woman have died.", ("killed", 6, "men")),
    ("Officials said two soldiers and the driver were killed.", ("killed", 2, "soldiers")),
    ("Three nurses and their driver were injured when the ambulance was shot at.",
     ("wounded", 3, "nurses")),
    ("Police said four farmers and the herder had died of their wounds by Tuesday.",
     ("killed", 4, "farmers")),
])
def test_kinds_summed(text: str, want: tuple[str, int, str]) -> None:
    assert _casualties(text) == [want]


# the rest of a group in care at a named place
@pytest.mark.parametrize(("text", "want"), [
    ("A mob attacked four men on Sunday and one died. The other three are being treated at"
     " Kessin General Hospital.", ("wounded", 3, None)),
    ("The other two are being treated at Orvala Medical College Hospital, said the officer.",
     ("wounded", 2, None)),
    ("Two guards were killed and three others are being treated at Saint Mary's Hospital in"
     " Lessa.", ("wounded", 3, None)),
    ("The remaining two were being treated at Tarim District Clinic on Monday.",
     ("wounded", 2, None)),
])
def test_rest_in_care(text: str, want: tuple[str, int, None]) -> None:
    assert want in _casualties(text)


# captives a force of order freed from the people holding them
@pytest.mark.parametrize(("text", "want"), [
    ("PNG police free six women held over sorcery claims", ("captured", 6, "women")),
    ("Troops rescue 12 farmers held by bandits in the hills", ("captured", 12, "farmers")),
    ("Police freed four girls held for ransom in a house in Kessa, officials said.",
     ("captured", 4, "girls")),
    ("Soldiers have freed 30 villagers held captive by the militia since March.",
     ("captured", 30, "villagers")),
])
def test_forces_free_held(text: str, want: tuple[str, int, str]) -> None:
    assert _casualties(text) == [want]


# two counted groups sharing a care in hospital, where one alone is read
@pytest.mark.parametrize(("text", "want"), [
    ("Police fired tear gas at the marchers. The health ministry said 23 protesters and six"
     " police officers were treated in hospital.",
     [("wounded", 23, "protesters"), ("wounded", 6, "police officers")]),
    ("Police fired tear gas into the neighbourhood. The ministry said 40 protesters and five"
     " members of the security forces were treated in hospital.",
     [("wounded", 40, "protesters"), ("wounded", 5, "members of the security forces")]),
    ("Riot police charged the crowd with batons, and 14 students and two journalists were"
     " treated in hospital.", [("wounded", 14, "students"), ("wounded", 2, "journalists")]),
    ("Troops opened fire on the march, and 17 demonstrators and three bystanders were"
     " treated in hospital.",
     [("wounded", 17, "demonstrators"), ("wounded", 3, "bystanders")]),
])
def test_treated_pair(text: str, want: list[tuple[str, int, str]]) -> None:
    assert _casualties(text) == want


# near-misses that must stay unread
@pytest.mark.parametrize("text", [
    "Police shot dead 19 young men this year, and four were under investigation by the"
    " oversight body.",
    "The fire destroyed 40 homes; two were schools.",
    "Five people were killed on Monday. The two were brothers.",
    "Police found 13 bodies in the ditch. Four of the victims' relatives spoke to reporters.",
    "Police found 13 bodies in the ditch. One of the victims had been a teacher at the school.",
    "Officials said the two soldiers and the driver were killed.",
    "Six rooms and the hall were destroyed.",
    "The other two are being treated as suspects.",
    "The other two are being treated at the police station.",
    "The other two are being questioned at Kessin General Hospital.",
    "Court frees six women held over the protest",
    "Police free six women",
    "Police free six women held for questioning",
    "The charity hopes to free six women held back by debt",
    "The heatwave continued on Monday. Officials said 30 pilgrims and four guides were treated"
    " in hospital for dehydration.",
    "The flu season peaked: 40 people and two nurses were treated in hospital.",
])
def test_near_misses(text: str) -> None:
    got = _casualties(text)
    keep = {"Police shot dead 19": ("killed", 19, "young men"),
            "The fire destroyed": None, "Five people were killed": ("killed", 5, "people"),
            "Police found 13": ("killed", 13, "bodies")}
    expected = [v for k, v in keep.items() if text.startswith(k) and v is not None]
    assert got == expected
