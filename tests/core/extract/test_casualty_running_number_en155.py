"""Round en155: tolls told by the number a count brings them to, the army's idiom of
neutralising, people set apart from their verb by a clause that holds a year or a time, and
a part of the victims of a kidnapping; and their look-alikes."""

from __future__ import annotations

import pytest

from workbench.core.extract.casualties import find_casualties


def _read(text: str) -> set[tuple[str, int]]:
    return {(str(f["outcome"]), int(str(f["count_low"]))) for f in find_casualties(text)}


@pytest.mark.parametrize(("text", "figure"), [
    # the running number fronted before its toll, its people named by any participle
    ("The shootings bring to 19 the number of former rebels murdered this year, the UN"
     " mission said.", ("killed", 19)),
    ("The attack brings to 7 the number of reporters slain in the province since March.",
     ("killed", 7)),
    ("The killing raises to 12 the number of community leaders assassinated this year.",
     ("killed", 12)),
    # ... after any verb that carries a toll to its value
    ("The shootings raise to 22 the number of villagers murdered since January.",
     ("killed", 22)),
    ("The ambush pushed to 40 the number of guards slain in the district this year.",
     ("killed", 40)),
    # ... or by a noun that counts people or acts on them by itself
    ("The two deaths bring to 23 the number of homicides in the port district since"
     " January.", ("killed", 23)),
    ("The new killings took to 41 the number of murders recorded in the valley this year.",
     ("killed", 41)),
    ("The dawn raids brought to 600 the number of arrests since the strike began.",
     ("arrested", 600)),
    ("Another body was pulled from the river, bringing to 31 the number of bodies found"
     " near the dam.", ("killed", 31)),
    ("The search brings to 63 the number of bodies recovered from the grave.",
     ("killed", 63)),
    # the running number after its toll, a name of two words or a year between them
    ("Gunmen shot three men outside a bar, bringing the number of murders in Antigua and"
     " Barbuda this year to 18.", ("killed", 18)),
    ("The ambush raised the number of soldiers killed in Jammu and Kashmir this year to 52.",
     ("killed", 52)),
    ("The killing brings the number of ex-combatants murdered since the 2016 peace deal to"
     " 301.", ("killed", 301)),
    ("The death toll since the 2019 uprising has risen to 640, the committee said.",
     ("killed", 640)),
    # a noun of another outcome with a participle of harm after it is counted by the
    # participle
    ("The deaths bring the number of detainees killed in custody since the 2013 coup to 16.",
     ("killed", 16)),
    ("The number of refugees killed in the camp rose to 9, the agency said.",
     ("killed", 9)),
    # the army's idiom: criminals are people, the noun of the act counts its people
    ("Troops neutralised four of the criminals during the raid on the hideout.",
     ("killed", 4)),
    ("Soldiers neutralised six criminals who had ambushed the convoy.", ("killed", 6)),
    ("The operation led to the neutralisation of 19 others, the army said.", ("killed", 19)),
    ("The air force announced the neutralization of 12 terrorists near the border.",
     ("killed", 12)),
    # people apart from their verb by a clause that holds a year or a time
    ("Two former guerrillas who signed the 2016 peace agreement were shot dead on"
     " Saturday.", ("killed", 2)),
    ("Three men who had served 10 years in prison were killed in the attack.",
     ("killed", 3)),
    ("Five soldiers who had reached the town 3 days earlier were wounded in the blast.",
     ("wounded", 5)),
    ("Two activists who had returned from exile in 2019 were killed by gunmen.",
     ("killed", 2)),
    # a part of the victims of a kidnapping, and of the dead before the captives
    ("Bandits kidnapped 25 villagers on Sunday. Ten of the victims were women.",
     ("captured", 10)),
    ("Gunmen killed five people and abducted 20 others. Three of the victims were"
     " children.", ("killed", 3)),
])
def test_reads(text: str, figure: tuple[str, int]) -> None:
    assert figure in _read(text)


@pytest.mark.parametrize("text", [
    # a running number of things or of people no harm befell
    "The closure brings to 19 the number of schools closed in the district.",
    "The decision raises to 12 the number of countries that have recognised the state.",
    "The new hires bring to 40 the number of nurses working at the clinic.",
    "The arrivals bring to 200 the number of troops deployed in the province.",
    "The order brings to 3 the number of ministers dismissed this month.",
    # a noun that counts itself, told otherwise by what follows it
    "The amnesty brings to 300 the number of detainees freed since March.",
    # the idiom with things
    "The team neutralised the threat within minutes.",
    "Engineers neutralised two explosive devices on the road.",
    "The army reported the neutralisation of 14 improvised explosive devices.",
    # a count of things in a conjunct after the toll
    "The number of people killed since the attack and the 12 raids that followed reached"
    " 40.",
])
def test_stays_unread(text: str) -> None:
    assert not find_casualties(text)


@pytest.mark.parametrize(("text", "wrong"), [
    # the year or the clause's own number is never the people's count
    ("Two former guerrillas who signed the 2016 peace agreement were shot dead.",
     ("killed", 2016)),
    ("Three men who had served 10 years in prison were killed.", ("killed", 10)),
    # a clause with a count of people has a subject of its own
    ("A district official who said 27 people had died was later wounded.", ("wounded", 1)),
    # the dead come before the captives for a part of "the victims"
    ("Gunmen killed five people and abducted 20 others. Three of the victims were"
     " children.", ("captured", 3)),
])
def test_not_read_as(text: str, wrong: tuple[str, int]) -> None:
    assert wrong not in _read(text)
