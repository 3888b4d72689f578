"""Round en235: tolls the older blind sets still miss.

A toll's breakdown after its teller ("Three protesters died, the report says: one ... and two
..."), a time right after a verb that takes no object ("vanished the same month"), and
people "being held there" after an arrest was told. Probes are invented sentences in the
style of news; near-misses must stay unread.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract


def _casualties(text: str) -> list[tuple[str, int, str | None]]:
    return [(c["outcome"], c["count_low"], c["group"])
            for c in extract(text, language="en")["casualties"]]


def _texts(text: str) -> list[str]:
    return [c["text"] for c in extract(text, language="en")["casualties"]]


# a toll broken down after its teller and a colon or dash
@pytest.mark.parametrize(("text", "parts"), [
    ("Three protesters died, the report says: one from head injuries suffered during the"
     " clashes and two later in custody.",
     [("killed", 1, None), ("killed", 2, None)]),
    ("Five people were killed, police said: three in the market and two at the checkpoint.",
     [("killed", 3, None), ("killed", 2, None)]),
    ("Four soldiers died, the army said - two in the ambush and two later in hospital.",
     [("killed", 2, None)]),
    ("Six miners were killed, the company said: four in the shaft and two in the clinic.",
     [("killed", 4, None), ("killed", 2, None)]),
    ("Nine people were wounded, the ministry said: two in Bara and seven in Tolvane.",
     [("wounded", 2, None), ("wounded", 7, None)]),
])
def test_breakdown_after_teller(text: str, parts: list[tuple[str, int, str | None]]) -> None:
    found = _casualties(text)
    for part in parts:
        assert part in found


def test_breakdown_after_teller_keeps_member_span() -> None:
    texts = _texts("Three protesters died, the report says: one from head injuries and two"
                   " later in custody.")
    assert "one from head injuries" in texts
    assert "two later in custody" in texts


# near-misses: the teller's colon opens no parts
@pytest.mark.parametrize(("text", "want"), [
    # a clause of its own after the colon: its own figure, no part of the toll
    ("Five people were killed, police said: three suspects were arrested at the scene.",
     [("killed", 5, "people"), ("arrested", 3, "suspects")]),
    # the teller counted, no colon: no parts
    ("Twelve people died, two officers said.", [("killed", 12, "people")]),
    # a quote after the colon
    ("Five people were killed, police said: \"We are still counting.\"",
     [("killed", 5, "people")]),
    # parts that outnumber the toll are someone else's count
    ("Two people were killed, police said: three in the market and four at the depot.",
     [("killed", 2, "people")]),
])
def test_breakdown_after_teller_near_misses(
        text: str, want: list[tuple[str, int, str | None]]) -> None:
    assert _casualties(text) == want


# a time right after a verb that takes no object is no object
@pytest.mark.parametrize(("text", "want"), [
    ("Jhon Mera was last seen in May. Three of his friends vanished the same month.",
     ("missing", 3, "his friends")),
    ("Two reporters disappeared the next day, the union said.", ("missing", 2, "reporters")),
    ("Four of her cousins vanished the following week.", ("missing", 4, "her cousins")),
    ("Five activists vanished two days later, their lawyers said.",
     ("missing", 5, "activists")),
    ("Six students vanished a week after the march in Corrales.", ("missing", 6, "students")),
])
def test_vanished_then_time(text: str, want: tuple[str, int, str | None]) -> None:
    assert want in _casualties(text)


# near-misses: an active verb's object stays the victims', its subject no victim
@pytest.mark.parametrize(("text", "want"), [
    ("Two gunmen killed three villagers the same day.", [("killed", 3, "villagers")]),
    ("Gunmen killed the guards and freed the prisoners.", []),
    ("The rebels held the town for two days.", []),
    ("Four men who kidnapped the trader the next day were arrested on Friday.",
     [("arrested", 4, "men")]),
])
def test_vanished_then_time_near_misses(
        text: str, want: list[tuple[str, int, str | None]]) -> None:
    assert _casualties(text) == want


# people "being held there" after an arrest was told
@pytest.mark.parametrize(("text", "want"), [
    ("Soldiers rounded up dozens of young men in Dalmo on Friday. One resident said about"
     " 300 people were being held there.", ("arrested", 300, "people")),
    ("Soldiers rounded up dozens of young men in Dalmo on Friday. One resident said about"
     " 300 people were held there, some of them boys.", ("arrested", 300, "people")),
    ("Police detained more than 100 protesters in Kessa on Sunday. A lawyer said 40"
     " students were still being held there.", ("arrested", 40, "students")),
    ("Police arrested 60 men after the riot in Orvane. Officials said 25 of the men were"
     " being held there.", ("arrested", 25, "the men")),
])
def test_held_there_after_arrest(text: str, want: tuple[str, int, str | None]) -> None:
    assert want in _casualties(text)


# near-misses: no arrest told before, captives, a meeting, a preposition's object
@pytest.mark.parametrize(("text", "want"), [
    ("A resident said about 300 people were being held there.", []),
    ("Gunmen seized 30 passengers from a bus near Tiro. A freed driver said 12 people were"
     " being held there.", [("captured", 30, "passengers")]),
    ("Police arrested five men. A vigil for the victims was being held there.",
     [("arrested", 5, "men")]),
    ("Police arrested five men on Friday. A festival for 300 people was held there in May.",
     [("arrested", 5, "men")]),
])
def test_held_there_near_misses(text: str, want: list[tuple[str, int, str | None]]) -> None:
    assert _casualties(text) == want


# "the other N" after a part "N of the ..." and the members listed for it
@pytest.mark.parametrize(("text", "want"), [
    ("Six people were killed. He said four of the dead were gang members, and that the"
     " other two were a taxi driver and a 12-year-old girl hit by stray bullets.",
     [("killed", 2, None), ("killed", 1, "taxi driver"), ("killed", 1, "12-year-old girl")]),
    ("Five people were killed. Three of the dead were soldiers and the other two were"
     " civilians.", [("killed", 2, None)]),
    ("Five people were killed. Three of the dead were soldiers; the other two were a farmer"
     " and his son.", [("killed", 2, None)]),
    ("Seven people were wounded. Four of the injured were police officers, and the other"
     " three were a cook and two students.",
     [("wounded", 3, None), ("wounded", 1, "cook"), ("wounded", 2, "students")]),
    ("Nine people were detained. Six of the detainees were students, while the other three"
     " are teachers.", [("arrested", 3, None)]),
])
def test_other_part(text: str, want: list[tuple[str, int, str | None]]) -> None:
    found = _casualties(text)
    for w in want:
        assert w in found


def test_other_part_member_keeps_toll_outcome() -> None:
    found = _casualties("Six people were killed. He said four of the dead were gang members,"
                        " and that the other two were a taxi driver and a 12-year-old girl"
                        " hit by stray bullets.")
    assert not [f for f in found if f[0] == "wounded"]


# near-misses: a predicate of its own, members that are no people, no part before
@pytest.mark.parametrize(("text", "want"), [
    ("Two of the hostages were freed on Monday, and the other three were killed.",
     [("captured", 2, "the hostages"), ("killed", 3, None)]),
    ("Five people were killed. Three of the dead were soldiers and the other two were a car"
     " and a bus.", [("killed", 5, "people"), ("killed", 3, None)]),
    ("Five people were killed. Three of the dead were soldiers and the other two were never"
     " identified.", [("killed", 5, "people"), ("killed", 3, None)]),
    ("The other two were civilians, the mayor said.", []),
])
def test_other_part_near_misses(text: str, want: list[tuple[str, int, str | None]]) -> None:
    assert _casualties(text) == want


# a running number whose people "who have <verb>" tells
@pytest.mark.parametrize(("text", "want"), [
    ("Two more prisoners died at the jail, bringing to at least 230 the number of detainees"
     " who have died in custody, the group said.", ("killed", 230, None)),
    ("Two more prisoners died at the jail, bringing the number of detainees who have died in"
     " custody to at least 230, the group said.", ("killed", 230, None)),
    ("The attack raised to 17 the number of aid workers who have been killed in the province"
     " this year.", ("killed", 17, None)),
    ("Residents put the number of families who have fled the district since May at about"
     " 40.", ("displaced", 40, None)),
    ("Residents' groups put the number of families who have left Orvale since October at"
     " about 40.", ("displaced", 40, None)),
    ("Activists put the number of students who have disappeared since the march at 12.",
     ("missing", 12, None)),
])
def test_number_who(text: str, want: tuple[str, int, str | None]) -> None:
    assert want in _casualties(text)


# near-misses: no people, a verb of no harm, the noun's own outcome kept
@pytest.mark.parametrize(("text", "want"), [
    ("The union put the number of shops that have closed at 40.", []),
    ("The report brings to 40 the number of villages that have been burned.", []),
    ("Two more prisoners died at the jail, bringing the number of detainees who have died in"
     " custody to at least 230.", [("killed", 2, "prisoners"), ("killed", 230, None)]),
    ("The number of refugees who have fled to Chad has risen to 600,000.",
     [("displaced", 600000, None)]),
])
def test_number_who_near_misses(text: str, want: list[tuple[str, int, str | None]]) -> None:
    assert _casualties(text) == want


# a noun of harm and its "of" before an article's count, a plural verb after
@pytest.mark.parametrize(("text", "want"), [
    ("Demonstrations over the killing of a local activist have entered their second week.",
     ("killed", 1, "local activist")),
    ("Protests over the death of a student have spread to three cities.",
     ("killed", 1, "student")),
    ("Strikes over the abduction of a doctor were called in four towns.",
     ("captured", 1, "doctor")),
    ("Vigils for the arrest of a union leader are planned for Sunday.",
     ("arrested", 1, "union leader")),
])
def test_harm_nominal_then_plural_verb(text: str, want: tuple[str, int, str | None]) -> None:
    assert want in _casualties(text)


# near-misses: the article after a preposition with no noun of harm stays unread
@pytest.mark.parametrize("text", [
    "Relatives of a student have protested outside the court.",
    "Calls for the release of a journalist were growing.",
    "Supporters of a jailed poet have gathered outside the ministry.",
])
def test_harm_nominal_near_misses(text: str) -> None:
    assert _casualties(text) == []
