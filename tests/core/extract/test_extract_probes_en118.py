"""Probes of the hundred-and-eighteenth English round (issue 11): the sixty-fifth and
sixty-sixth sets' casualty constructions.

The sources that close a list of victims are no victims ("wounding dozens of others, two
local officials and a community leader told Reuters", en-65). A toll whose value a figure
between them already gave is no toll of a later count ("the toll on our side is eight
soldiers killed, fifteen wounded, four of them seriously", en-65). Soldiers of a war held
by the other side are captives: a story of prisoners of war or a prisoner exchange makes
"were held" a capture, "held as prisoners of war" is one, and captives who "came home"
keep it (en-65). Families who left the area, homes, or a region's districts are displaced
(en-65, en-42, en-44, en-2). Smaller shapes: the counted last member of a part named by
bare plurals (en-65), a bare noun list closing with a compound before a passive (en-66),
"the number held" (en-66), a released part of the arrested in one sentence (en-66), a
relative clause's outcome past phrases on the person (en-65), gangs as captors (en-66).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures as _short

Short = tuple[str, str, int]



# (text, every figure the engine must give, as (span, outcome, count))
MEMBERS: list[tuple[str, list[Short]]] = [
    # the members after a toll that end at a reporting verb are its sources
    ("A shell hit the market in Tavel, killing six people and wounding dozens of others, "
     "two traders and a nurse told AFP.",
     [("killing six people", "killed", 6), ("wounding dozens of others", "wounded", 24)]),
    ("The strike killed 14 civilians and wounded 30 others, two local officials, a doctor "
     "and a community leader told Reuters.",
     [("killed 14 civilians", "killed", 14), ("wounded 30 others", "wounded", 30)]),
    ("The blast killed nine people and wounded dozens, two medics and a police source say.",
     [("killed nine people", "killed", 9), ("wounded dozens", "wounded", 24)]),
    # a figure between the toll and a part gave the toll's value
    ("The provisional toll on our side is six soldiers killed, twelve wounded, three of "
     "them seriously, and two missing.",
     [("six soldiers killed", "killed", 6), ("twelve wounded", "wounded", 12),
      ("three of them", "wounded", 3), ("two missing", "missing", 2)]),
    # captives of a war
    ("Soldiers rounded up nine men in Marrow. The other five were held in a barn for a "
     "week. Two of them came home in a prisoner exchange last year.",
     [("rounded up nine men", "arrested", 9), ("five were held", "captured", 5),
      ("Two of them came home", "captured", 2)]),
    ("The court heard the testimony of three soldiers now held as prisoners of war in "
     "Kessa.",
     [("three soldiers now held as prisoners of war", "captured", 3)]),
    # families who left
    ("Aid workers say at least 200 families have left homes near the dam.",
     [("at least 200 families have left", "displaced", 200)]),
    ("About 500 families have left the eastern districts of Tavel since Monday.",
     [("About 500 families have left", "displaced", 500)]),
    ("Dozens of families left the area, the mayor's office said.",
     [("Dozens of families left", "displaced", 24)]),
    ("The shelling forced some 2,000 families to leave the northern districts.",
     [("forced some 2,000 families to leave the northern districts", "displaced", 2000)]),
    # the counted last member of a part named by bare plurals
    ("Police detained more than 80 people, among them farmers, traders and a local "
     "teacher, in raids on Monday.",
     [("detained more than 80 people", "arrested", 80), ("a local teacher", "arrested", 1)]),
    ("Police arrested 40 people, including students and a doctor, after the march.",
     [("arrested 40 people", "arrested", 40), ("a doctor", "arrested", 1)]),
    # a shared count's noun list closing with a compound, before a passive
    ("The union says 17 drivers, mechanics and ticket inspectors were murdered last year.",
     [("17 drivers, mechanics and ticket inspectors were murdered", "killed", 17)]),
    # the number held
    ("Police have detained more than 200 protesters since Friday. Opposition leaders said "
     "the number held was nearly 300.",
     [("detained more than 200 protesters", "arrested", 200),
      ("the number held was nearly 300", "arrested", 300)]),
    # a released part of the arrested
    ("Police arrested 12 people after the riot; three were later released without charge.",
     [("arrested 12 people", "arrested", 12), ("three were later released", "arrested", 3)]),
    # a relative clause's outcome past phrases on the person
    ("Reporters raised the case of a cameraman for a regional radio station who has been missing "
     "since Friday.",
     [("a cameraman for a regional radio station who has been missing", "missing", 1)]),
    # gangs as captors
    ("Residents said several girls had been taken by the gangs during the night.",
     [("several girls had been taken by the gangs", "captured", 3)]),
]

# The same words where the reading must not change: a source's clause after a closed
# list, a source after "said" in copy that lost its commas, a toll with its own value,
# a released part across a sentence, people who are not civilians, a relative clause that
# may be on another person, other counts in the phrases.
LOOKALIKES: list[tuple[str, list[Short]]] = [
    ("The attack killed two soldiers and a policeman, and two civilians said they had "
     "heard shots.",
     [("killed two soldiers", "killed", 2), ("a policeman", "killed", 1)]),
    ("Rebels ambushed a convoy, killing 11 policemen and a civilian driver, a senior "
     "officer said on Saturday.",
     [("killing 11 policemen", "killed", 11), ("a civilian driver", "killed", 1)]),
    ("The bombing killed a child, two soldiers and three civilians said Observatory "
     "director Sami Haddad.",
     [("killed a child", "killed", 1), ("two soldiers", "killed", 2),
      ("three civilians", "killed", 3)]),
    ("The death toll rose to 30, officials said.",
     [("death toll rose to 30", "killed", 30)]),
    ("Two gunmen left the area on motorbikes.", []),
    ("Three soldiers have left the eastern districts.", []),
    ("Some 30 families have left the talks.", []),
    ("The shelling damaged 40 buildings, including shops, homes and a school.", []),
    ("Police said 12 students and teachers were arrested.",
     [("12 students and teachers were arrested", "arrested", 12)]),
    ("The number held by the party in parliament was 45.", []),
    ("Journalists raised the case of a driver for the mayor who was killed on Monday.", []),
    ("She met a nurse at the clinic who has treated the wounded.", []),
    # (round en121) a bare "shot" of counted people is the wounded, as the sets' gold reads it
    ("Two boys were shot by the gangs.", [("Two boys were shot", "wounded", 2)]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member(text: str, expected: list[Short]) -> None:
    assert sorted(_short(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalike(text: str, expected: list[Short]) -> None:
    assert sorted(_short(text)) == sorted(expected)
