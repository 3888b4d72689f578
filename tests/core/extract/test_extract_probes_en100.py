"""Probes of the hundredth English round (issue 11): the fifty-first set's errors.

Members of a list of victims after a phrase on the member before: "the dead include four
young men shot during ..., a gendarme and a shopkeeper" (en-51), "The dead were two
brothers from the La Luz neighbourhood and a forklift driver" (en-44), "Among the dead were
two brothers aged 16 and 19 and a community mayor" (en-40) were missed; the same lists
without the phrase are read.

Burns suffered are wounds (en-51 "A third officer suffered minor burns"; "treated for burns"
on en-7 and "with severe burns" on en-16 are read, as "sustained minor wounds" on en-26).

A part of the arrested still held, with the kind of detention named (en-51 "310 remain in
pre-trial detention"; "At least 70 remain in detention" on en-37 and "Nineteen remain in
custody" on en-38 are read).

Two people named with their ages between a count and its verb (en-37 "Two young men,
Sibusiso Dlamini, 19, and Mandla Shongwe, 23, have been missing", en-51 "the two men,
Osvaldo Pires, 31, and his cousin Ricardino Pires, 24, had been arrested").

"May" and "March" between "the" and a noun of an event are the months (en-49 "the May
operation", en-51 "the May unrest"; "the January unrest" on en-16 and "the December
attacks" on en-21 are read).

The gendarmerie closing a headline after a dash, as "- police" does (en-51; "the
gendarmerie said" is read on en-19 and en-49). "It" stands for the body named by its
capitalised name, not for a description that mentions the body (en-51 "It is also urging
donors"; en-45 and en-46 read "It urges" / "It also urges" so).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words
from workbench.core.extract import extract

_PUBLISHED = "2026-09-24"


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, _PUBLISHED)["dates"]]


FIGURE_MEMBERS: list[tuple[str, tuple]] = [
    # a participle phrase on the member before, then a comma
    ("Seven people were killed in the raid. The dead include three young men shot by "
     "soldiers during a search of the market, a teacher and a baker from Tala.",
     ("a teacher", "killed", 1, None, "exact", "teacher")),
    ("Seven people were killed in the raid. The dead include three young men shot by "
     "soldiers during a search of the market, a teacher and a baker from Tala.",
     ("a baker", "killed", 1, None, "exact", "baker")),
    # where the member before came from, then "and"
    ("Five people were killed. The dead were two sisters from the Kessa quarter and a bus "
     "driver.",
     ("a bus driver", "killed", 1, None, "exact", "bus driver")),
    # their ages, then "and"
    ("Six people died. Among the dead were two brothers aged 12 and 15 and a village elder.",
     ("a village elder", "killed", 1, None, "exact", "village elder")),
    # burns suffered
    ("Two firefighters were hurt by falling debris. A third firefighter suffered severe "
     "burns.",
     ("A third firefighter suffered severe burns", "wounded", 1, None, "exact",
      "third firefighter")),
    # a part of the arrested still in pre-trial detention
    ("Police arrested 450 people after the riots, and 120 remain in pre-trial detention.",
     ("120 remain in pre-trial detention", "arrested", 120, None, "exact", None)),
    # two names with their ages between the count and its verb
    ("Two students, Amal Tessa, 20, and her cousin Rami Tessa, 22, have been missing since "
     "Friday.",
     ("Two students", "missing", 2, None, "exact", "students")),
]

FIGURE_LOOKALIKES: list[tuple[str, str]] = [
    # an apposition on the last member is no member of its own
    ("Six people died. The dead were two sisters from the Kessa quarter and a bus driver, a "
     "father of four.", "a father"),
    # a thing's burns
    ("The pine forest suffered burns over 40 hectares.", "suffered burns"),
    # people still held with no arrests counted before them
    ("Twelve remain in pre-trial detention.", "Twelve"),
    # two people named with their ages, and no outcome
    ("Two friends, Amal Tessa, 20, and Rami Tessa, 22, were seen at the market.", "Two"),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_MEMBERS)
def test_figure_members(text: str, expected: tuple) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(("text", "absent"), FIGURE_LOOKALIKES)
def test_figure_lookalikes(text: str, absent: str) -> None:
    assert not [f for f in figures(text) if f[0].startswith(absent)]


DATE_MEMBERS: list[tuple[str, tuple[str, str]]] = [
    ("Police said 11 officers were hurt during the May unrest.", ("May", "2026-05")),
    ("The March attacks left the town empty.", ("March", "2026-03")),
]

DATE_LOOKALIKES: list[str] = [
    "Talks May Resume After Kessa Vote",  # the modal in a title-case headline
    "Under the May government, taxes rose.",  # a person's name, no event
]


@pytest.mark.parametrize(("text", "expected"), DATE_MEMBERS)
def test_date_members(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text)


@pytest.mark.parametrize("text", DATE_LOOKALIKES)
def test_date_lookalikes(text: str) -> None:
    assert _dates(text) == []


STATEMENT_MEMBERS: list[tuple[str, tuple[str, str]]] = [
    ("Kessa market blast wounds nine, two arrested - gendarmerie\nTALA (AFP) - A grenade "
     "wounded nine people at a market, the gendarmerie said.",
     ("gendarmerie", "Kessa market blast wounds nine, two arrested")),
    ("KESSA, 3 May 2026 - Floods have forced 2,000 families from their homes, ACT Relief "
     "Veltra said today. Teams from the organisation working in Tala and Moro say that the "
     "wells are contaminated. The organisation is calling on the government to open "
     "shelters. It is also urging donors to fund a water programme.",
     ("ACT Relief Veltra", "donors to fund a water programme")),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # the gendarmerie in a headline with no dash says nothing there
    ("Gendarmerie post burnt in Kessa\nTALA (AFP) - Gunmen burnt a border post overnight, "
     "police said.",
     [("police", "Gunmen burnt a border post overnight")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: tuple[str, str]) -> None:
    assert expected in statement_words(text)


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected
