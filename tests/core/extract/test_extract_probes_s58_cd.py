"""English probes, fifty-sixth round: the twenty-second blind set's casualty and date
families (figures dated 10 March 2015 by ``figures``; dates published on Friday 16 May
2025).

1. A series part's label and its number before a dash and a dated heading: "Update 2 -
   14 May 2025" is 14 May (the number is the label's), and the heading dates "yesterday"
   below it. A span of days with no label ("Fighting on 3 - 7 April 2025") keeps its
   first day.
2. A week's hours with dotted clock times: "Monday to Friday, 8:30 a.m. to 4 p.m." names
   every week, no day (the round that read "8 am to 6 pm" missed the dots); since the
   recurrences round these are dates of no value. A curfew's
   "from 6 p.m. Monday to 6 a.m. Tuesday" stays two days.
3. A label of what comes next before its date: "Next snapshot: 2 July" lies ahead. "Last
   update: 2 July" and "Next to the well:" keep the latest such day.
4. An arrangement's line, its label and venue first, then the weekday and a clock time:
   "Funeral service: St Odo's Church, Varn, Tuesday at 11 a.m." lies ahead; "The funeral
   was held ... on Tuesday at 11 a.m." stays the Tuesday before.
5. One member of a toll: "He was one of the 9 villagers killed" is the toll of 9, not a
   figure of one. "One of the 12 wounded men died later" (an outcome of its own) keeps
   its one.
6. Land and places counted near a casualty verb: "uprooted 3,000 hectares of poppy" is no
   displacement, "four girls from one camp were abducted" counts the girls only.
   "uprooted 3,000 villagers" stays.
7. Where the victims came from, between them and a bare "died": "Eight of the fort's
   prisoners from Lenz died there". A clause of its own in the phrase ("visitors from the
   town where a man died") counts only the man.
8. Sets of remains: "4 sets of remains found near Tolva" are four dead, as bodies found
   are. "3 sets of documents" are things.
9. Companions of one shot in a limb: "was shot in the right leg along with two other
   passengers" wounds the two. The other side of a clash ("shot in the leg in a clash
   with 20 rebels") gives nothing.

Left (strict xfail): a year after "around" with no noun after it ("stopped coming around
2009 and ...") reads like a hedged count; telling it from "displaced around 2000 and"
needs the verb's reading.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures
from workbench.core.extract import extract

PUBLISHED = "2025-05-16"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED)["dates"]]


SERIES_LABELS: list[tuple[str, list]] = [
    ("Appeal for the Orlo school roof\n\nUpdate 2 - 14 May 2025\nThe roofer came "
     "yesterday.\n\nUpdate 1 - 2 May 2025\nWe started the page today.",
     [("14 May 2025", "2025-05-14"), ("yesterday", "2025-05-13"),
      ("2 May 2025", "2025-05-02"), ("today", "2025-05-02")]),
    ("Part 3 – 9 April 2025\nThe river rose again.", [("9 April 2025", "2025-04-09")]),
]
SERIES_LABELS_LOOKALIKES: list[tuple[str, list]] = [
    ("Fighting on 3 - 7 April 2025 drove families out of Kessel.",
     [("3 - 7 April 2025", "2025-04-03")]),
]

WEEK_HOURS_DOTTED: list[tuple[str, list]] = [
    ("Enquiries: the district office, Monday to Friday, 8:30 a.m. to 4 p.m.",
     [("Monday", None), ("Friday", None)]),
    ("Visits: Tuesday to Saturday, 9 a.m. to 1 p.m.", [("Tuesday", None), ("Saturday", None)]),
]
WEEK_HOURS_DOTTED_LOOKALIKES: list[tuple[str, list]] = [
    ("A curfew runs from 6 p.m. Monday to 6 a.m. Tuesday.",
     [("Monday", "2025-05-12"), ("Tuesday", "2025-05-13")]),
]

NEXT_LABEL: list[tuple[str, list]] = [
    ("4. Next snapshot: 2 July. Partners should send their sheets by then.",
     [("2 July", "2025-07-02")]),
    ("Next hearing date: 11 August.", [("11 August", "2025-08-11")]),
]
NEXT_LABEL_LOOKALIKES: list[tuple[str, list]] = [
    ("Last update: 2 July. The sheets were late.", [("2 July", "2024-07-02")]),
    ("Next to the well: 2 July was the day the pump broke.", [("2 July", "2024-07-02")]),
]

ARRANGEMENT: list[tuple[str, list]] = [
    ("Funeral service: St Odo's Church, Varn, Tuesday at 11 a.m. Burial follows.",
     [("Tuesday", "2025-05-20")]),
    ("Memorial: Lome Town Hall, Saturday at 3 p.m.", [("Saturday", "2025-05-17")]),
]
ARRANGEMENT_LOOKALIKES: list[tuple[str, list]] = [
    ("The funeral was held at St Odo's Church, Varn, on Tuesday at 11 a.m.",
     [("Tuesday", "2025-05-13")]),
]

TOLL_MEMBER: list[tuple[str, list]] = [
    ("He was one of the 9 villagers killed in the raid.",
     [("9 villagers killed", "killed", 9, None, "exact", "villagers")]),
    ("Mara Velk, one of the 6 hostages seized in May, was freed.",
     [("6 hostages seized", "captured", 6, None, "exact", "hostages")]),
]
TOLL_MEMBER_LOOKALIKES: list[tuple[str, list]] = [
    ("One of the 12 wounded men died later.",
     [("One of the", "killed", 1, None, "exact", None),
      ("12 wounded men", "wounded", 12, None, "exact", "wounded men")]),
]

LAND_AND_PLACES: list[tuple[str, list]] = [
    ("Troops have uprooted 3,000 hectares of poppy near Dorvat.", []),
    ("A women's group said four girls from one camp were abducted on Monday.",
     [("four girls", "captured", 4, None, "exact", "girls")]),
]
LAND_AND_PLACES_LOOKALIKES: list[tuple[str, list]] = [
    ("Fighting uprooted 3,000 villagers near Dorvat.",
     [("uprooted 3,000 villagers", "displaced", 3000, None, "exact", "villagers")]),
]

ORIGIN_BEFORE_DIED: list[tuple[str, list]] = [
    ("Eight of the fort's prisoners from Lenz died there.",
     [("Eight of the fort's prisoners from Lenz died", "killed", 8, None, "exact",
       "the fort's prisoners")]),
    ("Five miners from the upper valley died in the blast.",
     [("Five miners from the upper valley died", "killed", 5, None, "exact", "miners")]),
]
ORIGIN_BEFORE_DIED_LOOKALIKES: list[tuple[str, list]] = [
    ("Eight visitors from the town where a man died were questioned.",
     [("a man died", "killed", 1, None, "exact", "man")]),
]

SETS_OF_REMAINS: list[tuple[str, list]] = [
    ("DNA from 4 sets of remains found near Tolva was compared.",
     [("4 sets of remains", "killed", 4, None, "exact", "sets")]),
    ("The team exhumed six sets of human remains near the chapel.",
     [("six sets of human remains", "killed", 6, None, "exact", "sets")]),
]
SETS_OF_REMAINS_LOOKALIKES: list[tuple[str, list]] = [
    ("Police seized 3 sets of documents at the border.", []),
]

SHOT_IN_A_LIMB_WITH: list[tuple[str, list]] = [
    ("Tomas Ilde was shot in the right leg along with two other passengers.",
     [("two other passengers", "wounded", 2, None, "exact", "other passengers")]),
    ("Tomas Ilde was shot in the arm with three other herders.",
     [("three other herders", "wounded", 3, None, "exact", "other herders")]),
]
SHOT_IN_A_LIMB_WITH_LOOKALIKES: list[tuple[str, list]] = [
    ("Tomas Ilde was shot in the leg in a clash with 20 rebels.", []),
]


@pytest.mark.parametrize(("text", "expected"), SERIES_LABELS + SERIES_LABELS_LOOKALIKES)
def test_series_label_before_a_dated_heading(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"),
                         WEEK_HOURS_DOTTED + WEEK_HOURS_DOTTED_LOOKALIKES)
def test_week_hours_with_dotted_clock_times(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEXT_LABEL + NEXT_LABEL_LOOKALIKES)
def test_next_label_looks_ahead(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), ARRANGEMENT + ARRANGEMENT_LOOKALIKES)
def test_arrangement_weekday_looks_ahead(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), TOLL_MEMBER + TOLL_MEMBER_LOOKALIKES)
def test_one_member_of_a_toll(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), LAND_AND_PLACES + LAND_AND_PLACES_LOOKALIKES)
def test_land_and_places_are_no_people(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"),
                         ORIGIN_BEFORE_DIED + ORIGIN_BEFORE_DIED_LOOKALIKES)
def test_origin_phrase_before_died(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), SETS_OF_REMAINS + SETS_OF_REMAINS_LOOKALIKES)
def test_sets_of_remains(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"),
                         SHOT_IN_A_LIMB_WITH + SHOT_IN_A_LIMB_WITH_LOOKALIKES)
def test_companions_of_one_shot_in_a_limb(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.xfail(strict=True, reason="a year after 'around' with no noun after it reads "
                   "as a hedged count; telling it from 'displaced around 2000 and' needs "
                   "the verb's reading (left, round 56)")
def test_year_after_around_before_a_clause() -> None:
    assert dates("She says visitors stopped coming around 2009 and only now return.") == [
        ("2009", "2009")]
