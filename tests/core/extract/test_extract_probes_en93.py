"""Probes of the ninety-third English round (issue 11): the forty-fifth set's casualty figures.

A body named with "and" after "members of" (en-45 missed; en-16 reads "24 members of the
Basij and police died", its second name a person noun): "three members of the Defence and
Security Forces lost their lives". The name after "and" goes on for one or two words when
the predicate follows at once; a count or a verb after "and" joins nothing.

People freed, told as held by captors in a relative clause (en-45 missed; en-44's "freed
three men who had been held by the gangs" is read there only because the story names a
kidnapping elsewhere): "freed 14 civilians, including six women and five children, who had
been held by the terrorists". Held by the police, or with no captors named, stays out.

People that soldiers "took away" (en-27 and en-45, both missed): "soldiers also took away
three men from her family". The police taking people, and suspects taken, stay out.

A crossing told in a headline's present (en-31 and en-45, both missed): "Over 10,000
Sudanese cross into Chad in a week", "Thousands cross into South Sudan's Renk". The same
present in a sentence closed by a stop tells a habit and stays out; troops crossing stay
out as before.

A victim named by a trade the "-er" ending does not mark (en-45 missed; herders, labourers,
porters and a schoolteacher are read on many sets): "including a midwife and her two sons".

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import Figure, figures

CASUALTY_MEMBERS: list[tuple[str, Figure]] = [
    # a body named with "and"
    ("Four members of the Defence and Security Forces lost their lives near Tobo.",
     ("Four members of the Defence and Security Forces lost their lives", "killed", 4, None,
      "exact", "members of the Defence and Security Forces")),
    ("Two members of the army and security forces were wounded in the ambush.",
     ("Two members of the army and security forces were wounded", "wounded", 2, None,
      "exact", "members of the army and security forces")),
    ("Six members of the police and the army died in the clash, the ministry said.",
     ("Six members of the police and the army died", "killed", 6, None, "exact",
      "members of the police and the army")),
    # freed, held by captors in a relative clause
    ("The raid also freed 11 farmers, including four women, who had been held by the "
     "rebels for weeks.",
     ("freed 11 farmers", "captured", 11, None, "exact", "farmers")),
    ("Troops freed 12 villagers who were being held by bandits in the forest.",
     ("freed 12 villagers", "captured", 12, None, "exact", "villagers")),
    ("The army freed nine traders who had been held for two months by the terrorists.",
     ("freed nine traders", "captured", 9, None, "exact", "traders")),
    # soldiers took away
    ("A witness said soldiers took away seven men from the market.",
     ("took away seven men", "captured", 7, None, "exact", "men")),
    ("Villagers say the troops also took away four boys aged between 12 and 15.",
     ("took away four boys", "captured", 4, None, "exact", "boys")),
    # a headline's present crossing
    ("Thousands cross into Tarvia as fighting spreads - UNHCR",
     ("Thousands cross into", "displaced", 2000, None, "vague", None)),
    ("Over 8,000 Congolese cross into Kessa in a week",
     ("Over 8,000 Congolese cross into", "displaced", 8000, None, "more_than", "Congolese")),
    # a trade that names a person
    ("At least 12 villagers were killed, including a midwife.",
     ("including a midwife", "killed", 1, None, "exact", "midwife")),
    ("At least nine people were wounded, including a blacksmith.",
     ("including a blacksmith", "wounded", 1, None, "exact", "blacksmith")),
]

# Look-alikes: the whole reading of each sentence, the same on main and here.
CASUALTY_LOOKALIKES: list[tuple[str, list[Figure]]] = [
    # a count after "and" is a figure of its own; a verb after it, the subject's next act
    ("Three members of the army and two civilians were killed.",
     [("Three members of the army", "killed", 3, None, "exact", "members of the army"),
      ("two civilians were killed", "killed", 2, None, "exact", "civilians")]),
    ("The troops killed three members of the militia and wounded two.",
     [("killed three members of the militia", "killed", 3, None, "exact",
       "members of the militia"),
      ("wounded two", "wounded", 2, None, "exact", None)]),
    # held by the police, or held with no captors: no captives
    ("Police released 20 protesters who had been held by police since Monday.", []),
    ("A court freed 12 men who had been held without charge.", []),
    # the police, and suspects: no captives
    ("Police took away 11 protesters.", []),
    ("The soldiers took away 20 suspects.", []),
    # a present crossing in running text is a habit; troops crossing are no flight
    ("Some 2,000 people cross into Kessa every day to trade.", []),
    ("300 troops cross into Tarvia", []),
    # "Cross" in a name stays a word of the group
    ("Two Red Cross workers were killed.",
     [("Two Red Cross workers were killed", "killed", 2, None, "exact", "Red Cross workers")]),
    # a coach is also a bus
    ("A coach was attacked near Tobo.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_MEMBERS)
def test_casualty_members(text: str, expected: Figure) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(("text", "expected"), CASUALTY_LOOKALIKES)
def test_casualty_lookalikes(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected
