"""Probes of the eighty-ninth English round (issue 11): the forty-second set's casualty
figures.

A displaced crowd told where it moved to (en-42; en-11 reads "some 300 nomad families have
moved closer to Agadez since May, fearing landmines", missed before): "about 3,500 people
had moved to Apatzingán town" and "more than 3,000 of them have left for the town centre"
gave no figure. A move is displacement when the story told of flight (or of people forced
from their homes) before it, or when fear is given as its cause after it; moves with
neither ("11 have moved to Belgrade since 2022", "14 young families have left for Italy")
are journeys, and people who are no civilians stay out.

A bracket between a counted group and its verb (en-39 reads "five members of the ... Army
(TPNPB) had been killed", en-42 "at least 870 people (about 260 families) have been
displaced", both missed): an acronym, or the same people counted in households, leaves
the verb after it the group's; the count inside keeps the outcome as a restated count.

The care for most of the treated (en-42; en-33 reads "have treated at least 30 people,
most of them for wounds caused by rubber bullets"): "have treated 27 people since the
morning, most for tear-gas inhalation and rubber-bullet wounds" gave nothing. A time
"since" may stand before the comma, "most" or "many" may go without "of them", and kinds
of wound may be joined before "wounds" as after an active "treated ... for".

A weekday's part of the day before a possessive (en-42; en-10 reads "Sunday night's
attack" in a past clause): "is appalled by Tuesday night's attack" was resolved to the
next Tuesday. "Tuesday night's attack" dates the attack as "Tuesday's attack" does.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import engines_read, figures

FIGURE_MEMBERS: list[tuple[str, list]] = [
    ("The camp held some 9,000 people who had fled the clashes. Since the raid, more than "
     "2,000 of them have left for the district town.",
     [("some 9,000 people who had fled", "displaced", 9000, None, "about", "people"),
      ("more than 2,000 of them have left", "displaced", 2000, None, "more_than", None)]),
    ("Gunmen have driven hundreds of families from their homes in the hills. Local officials "
     "said about 1,800 people had moved to Kessa town.",
     [("driven hundreds of families from their homes", "displaced", 200, None, "vague",
       "families"),
      ("about 1,800 people had moved", "displaced", 1800, None, "about", "people")]),
    ("Some 400 herder families have moved closer to Tamra since June, fearing the armed "
     "groups on the roads.",
     [("Some 400 herder families have moved", "displaced", 400, None, "about",
       "herder families")]),
    ("The army said four members of the Eastern Liberation Front (ELF) had been killed in "
     "the clash.",
     [("four members of the Eastern Liberation Front", "killed", 4, None, "exact",
       "members of the Eastern Liberation Front")]),
    ("At least 640 people (about 150 families) have been displaced to the town of Orvale "
     "since Friday.",
     [("At least 640 people", "displaced", 640, None, "at_least", "people"),
      ("about 150 families", "displaced", 150, None, "about", "families")]),
    ("A medic says they have treated 31 people since the morning, most for tear-gas "
     "inhalation and rubber-bullet wounds.",
     [("treated 31 people since the morning, most for tear-gas inhalation and rubber-bullet "
       "wounds", "wounded", 31, None, "exact", "people")]),
    ("Doctors have treated 19 people since Sunday, many for gunshot wounds.",
     [("treated 19 people since Sunday, many for gunshot wounds", "wounded", 19, None,
       "exact", "people")]),
]

FIGURE_LOOKALIKES: list[tuple[str, list]] = [
    # moves with no flight told and no fear given are journeys
    ("Of the 30 pupils in her class, 12 have moved to the capital since 2022.", []),
    ("The mayor says 20 young families have left for Spain since 2021.", []),
    # people who are no civilians
    ("About 900 police and soldiers have moved to the border with armoured cars.", []),
    ("Thousands have fled the fighting. The firm said 300 workers have moved to its new "
     "plant.", []),
    # an acronym before a verb of no outcome
    ("Some 40 delegates (ANC) were present at the meeting.", []),
    # an illness is no wound
    ("The clinic has treated 300 children since March, most for malaria.", []),
    # read before this round
    ("At least 870 people have been displaced to the urban centre since Monday.",
     [("At least 870 people have been displaced", "displaced", 870, None, "at_least",
       "people")]),
]

# (text, dates) for a report published on Thursday 3 September 2026
DATE_MEMBERS: list[tuple[str, list]] = [
    ("The agency is appalled by Tuesday night's attack on a camp near Kessa.",
     [("Tuesday", "2026-09-01")]),
    ("The council will look into Sunday morning's shooting at the market.",
     [("Sunday", "2026-08-30")]),
]

DATE_LOOKALIKES: list[tuple[str, list]] = [
    # a possessive on no act that is done: the event is ahead
    ("The group says Tuesday night's concert will go ahead as planned.",
     [("Tuesday", "2026-09-08")]),
    ("The minister will speak on Tuesday night.", [("Tuesday", "2026-09-08")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_MEMBERS)
def test_figure_members(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), FIGURE_LOOKALIKES)
def test_figure_lookalikes(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), DATE_MEMBERS + DATE_LOOKALIKES)
def test_dates(text: str, expected: list) -> None:
    assert engines_read(text, "2026-09-03")["dates"] == expected
