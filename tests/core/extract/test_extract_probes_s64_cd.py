"""English probes, sixty-second round: the twenty-eighth and twenty-ninth blind sets'
casualty and date families (figures dated 10 March 2015 by ``figures``; dates published
on Friday 16 May 2025).

Dates:

1. A supply's running out told in the present is a forecast: "funding runs out in
   December" is the December ahead, in a body and in a headline before a bare month
   (a headline's present with a month a season away is no news of the day). "ran out"
   stays behind; a headline's weekday keeps its past reading.
2. "next" before a place is a neighbour, no time: "a shell that struck the next village
   in April" is the April just past. "the next round of talks ... in April" is still
   ahead.

Casualties:

3. A noun before "members" keeps the members people whatever body they belong to: "seven
   staff members of a local farming cooperative" are captured 7, as "seven members of
   ..." were. Things of a body ("cargo containers of a shipping firm") stay nothing.
4. An auxiliary (a civilian serving beside an army) is a person noun, so "killed 12
   soldiers and a civilian auxiliary" gives the second figure. "an auxiliary engine"
   stays nothing.

5. A hospital's tally by the care a sub-group needed, as by its condition: "five needed
   surgery", "two underwent surgery" are wounded (group null). Rooms, theatres and
   surgeries performed count nothing.

Left (strict xfail): a sub-group of the displaced in its own clause ("about 2,000 of them
are children under five"; "some 900 have gathered at the mission" is read since the
eighty-first round, ``test_extract_probes_en81.py``); a possessive's counted kin taken
("my two sons were taken"). The sub-group of the wounded sent on to another hospital ("three were
referred to Varn") was left here and is read since the sixty-fourth round
(``test_extract_probes_s66_cd.py``); so is the running total after a later death
("bringing the total to 14"), since the eightieth round
(``casualty_running_total.py``).

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures
from workbench.core.extract import extract

PUBLISHED = "2025-05-16"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED)["dates"]]


RUNNING_OUT: list[tuple[str, list]] = [
    ("Water for the camps runs out in December, the agency said.",
     [("December", "2025-12")]),
    ("Clinics reopen in Varn, but funding runs out in December\nKESSA (Wire) - Two clinics "
     "reopened on Monday.", [("December", "2025-12"), ("Monday", None)]),
    ("Food stocks in Orlo run out in March, aid workers warned.", [("March", "2026-03")]),
]
RUNNING_OUT_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Funding for the clinics ran out in December, the agency said.",
     [("December", "2024-12")]),
    ("Fuel runs out at Varn hospital on Tuesday\nKESSA (Wire) - Generators stopped.",
     [("Tuesday", None)]),
    ("The next round of talks opens in April.", [("April", "2026-04")]),
]
NEXT_PLACE: list[tuple[str, list]] = [
    ("A shell that struck the next village in April killed two pupils.",
     [("April", "2025-04")]),
    ("The family fled to the next street in March, a neighbour said.",
     [("March", "2025-03")]),
]


@pytest.mark.parametrize(("text", "expected"), RUNNING_OUT)
def test_a_present_running_out_looks_ahead(text: str, expected: list) -> None:
    got = dates(text)
    assert [d for d in got if d[0] != "Monday"] == [d for d in expected if d[0] != "Monday"]


@pytest.mark.parametrize(("text", "expected"), RUNNING_OUT_LOOK_ALIKES)
def test_a_running_out_look_alike(text: str, expected: list) -> None:
    got = dates(text)
    assert [d for d in got if d[0] != "Tuesday"] == [d for d in expected if d[0] != "Tuesday"]


@pytest.mark.parametrize(("text", "expected"), NEXT_PLACE)
def test_next_before_a_place_is_no_time(text: str, expected: list) -> None:
    assert dates(text) == expected


MEMBERS: list[tuple[str, list]] = [
    ("Armed men abducted seven staff members of a local farming cooperative near Orlo.",
     [("abducted seven staff members of a local farming cooperative", "captured", 7, None,
       "exact", "staff members of a local farming cooperative")]),
    ("Gunmen seized nine crew members of a fishing boat off Kessa.",
     [("seized nine crew members of a fishing boat", "captured", 9, None, "exact",
       "crew members of a fishing boat")]),
]
MEMBERS_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Police seized seven cargo containers of a local shipping firm near Orlo.", []),
]
AUXILIARY: list[tuple[str, list]] = [
    ("Rebels killed at least 12 soldiers and a civilian auxiliary near Varn.",
     [("killed at least 12 soldiers", "killed", 12, None, "at_least", "soldiers"),
      ("a civilian auxiliary", "killed", 1, None, "exact", "civilian auxiliary")]),
]
AUXILIARY_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Rebels killed 12 soldiers and an auxiliary engine failed.",
     [("killed 12 soldiers", "killed", 12, None, "exact", "soldiers")]),
]


@pytest.mark.parametrize(("text", "expected"),
                         [*MEMBERS, *MEMBERS_LOOK_ALIKES, *AUXILIARY, *AUXILIARY_LOOK_ALIKES])
def test_members_and_auxiliaries(text: str, expected: list) -> None:
    assert figures(text) == expected


SURGERY: list[tuple[str, list]] = [
    ("The clinic received 20 of the wounded; doctors say five needed surgery.",
     [("20 of the wounded", "wounded", 20, None, "exact", None),
      ("five needed surgery", "wounded", 5, None, "exact", None)]),
    ("Shelling wounded 30 people in Orlo; two underwent surgery.",
     [("wounded 30 people", "wounded", 30, None, "exact", "people"),
      ("two underwent surgery", "wounded", 2, None, "exact", None)]),
]
SURGERY_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Surgeons at the clinic perform five surgeries a day.", []),
    ("The clinic needed 20 nurses and required three operations theatres.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*SURGERY, *SURGERY_LOOK_ALIKES])
def test_a_sub_group_by_the_care_it_needed(text: str, expected: list) -> None:
    assert figures(text) == expected


LEFT: list[tuple[str, tuple]] = [
    ('"My mother and my two sons were taken that night," said a farmer.',
     ("my two sons were taken", "captured", 2)),
]


@pytest.mark.xfail(strict=True, reason="left for a later round (bench/blind/README.md, "
                   "en-28 and en-29, the casualty and date errors, classified)")
@pytest.mark.parametrize(("text", "expected"), LEFT)
def test_left(text: str, expected: tuple) -> None:
    span, outcome, low = expected
    assert any(span in f[0] and f[1] == outcome and f[2] == low for f in figures(text))


def test_running_total_read_since_round_80() -> None:
    # left here; read since the eightieth round (the total carries the figure before it)
    assert any(f[0] == "bringing the total to 14" and f[1] == "killed" and f[2] == 14
               for f in figures("Two of the injured died in hospital, bringing the total "
                                "to 14, officials said."))


def test_displaced_part_in_a_reported_clause_read_since_round_73() -> None:
    # left here; read since the seventy-third round (the part's count opens a reported
    # clause)
    assert any(f[1] == "displaced" and f[2] == 2000 and f[5] == "children"
               for f in figures("Some 9,000 people have fled to Orlo. Officials said that "
                                "about 2,000 of them are children under five."))

