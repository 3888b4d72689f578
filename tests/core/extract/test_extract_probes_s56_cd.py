"""English probes, fifty-fourth round: the twentieth blind set's casualty and date
families (figures dated 10 March 2015 by ``figures``; dates published on Friday 16 May
2025).

1. A roll's or a register's entry: "Two crewmen are still listed as missing", "Four
   villagers were officially listed as dead". Things listed ("six paintings are still
   listed as missing from the gallery") and a state no outcome names ("listed as
   damaged") give nothing.
2. Captives freed, counted in the sentence after the captives' figure, an adverb inside
   the passive: "Bandits seized 14 travellers. Six of them were later released", "Nine
   of them have since been freed" (the forty-ninth round read "were released" and "have
   since returned"; freed hostages stay captives). People released after an arrest stay
   arrested (round 59); things released give nothing.
3. A count after a fronted partitive on a figure, whatever its verb: "Of the 26 people
   injured, nine needed surgery". A partitive of people no outcome names ("Of the 300
   troops deployed") and a count of things after it give nothing.
4. A speaker's title with his name between commas after a list of victims: "wounded nine
   others, a district commissioner, Pita Arongo, said" (the commissioner is the source).
   A victim named after the verb ("wounded a district commissioner, Pita Arongo, the army
   said") and a member of the list before a source ("and a teacher, police said") stay.
5. A weekday written with a day and month and no year says the year: "the dinner on
   Saturday 4 October" in May 2025 is 4 October 2025, the year in which that day is a
   Saturday. A year written is kept, and a weekday that falls on the day in no year near
   publication, or only in a year further from it than the clause's reading ("The raid
   came on Monday, May 13" three days after a Tuesday 13 May), is the slip and joins
   nothing.
6. "Due" after a past verb is a day that came: "Rents fell due on 1 March", "came due in
   April". "Fall due", "will fall due" look ahead; "were due" keeps its reading.

7. A relative partitive before its count, after a figure: "90,000 people were
   displaced, of whom about 40,000 are in the capital". After people no outcome names
   ("30 nurses, of whom five were on duty") it gives nothing.
8. "Among them" after a figure whose postmodifier and place run long: "the 30 men of the
   Coastal Rifles killed in the hills of North Varia between 1990 and 1994, among them
   two brothers" (the distance is counted from the figure's verb, not its noun). "Among
   them" in another clause, far after the figure, stays apart.
9. People said to live or shelter somewhere "after fleeing": "More than 200,000 people
   live in camps after fleeing the fighting". Sheltering or living with no flight told,
   and soldiers, give nothing.

No class-1 family is left, so there is no strict xfail.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures
from workbench.core.extract import extract

PUBLISHED = "2025-05-16"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED)["dates"]]


LISTED_AS: list[tuple[str, list]] = [
    ("Two crewmen from the trawler are still listed as missing.",
     [("Two crewmen", "missing", 2, None, "exact", "crewmen")]),
    ("One of the guides is still listed as missing, the ministry said.",
     [("One of the guides is still listed as missing", "missing", 1, None, "exact",
       "the guides")]),
    ("Four villagers were officially listed as dead.",
     [("Four villagers were officially listed as dead", "killed", 4, None, "exact",
       "villagers")]),
]
LISTED_AS_LOOKALIKES: list[tuple[str, list]] = [
    ("Six paintings are still listed as missing from the gallery.", []),
    ("Two hotels were listed as damaged.", []),
]

FREED_NEXT: list[tuple[str, list]] = [
    # (released detainees keep their outcome too, round 59; this was a look-alike here)
    ("Police detained 14 traders in Velka on Sunday. Six of them were later released.",
     [("detained 14 traders", "arrested", 14, None, "exact", "traders"),
      ("Six of them were later released", "arrested", 6, None, "exact", None)]),
    ("Bandits seized 14 travellers on the Morava road on Sunday, police said. Six of them "
     "were later released.",
     [("seized 14 travellers", "captured", 14, None, "exact", "travellers"),
      ("Six of them were later released", "captured", 6, None, "exact", None)]),
    ("Gunmen abducted 22 pupils from a school in Tessaly. Nine of them have since been "
     "freed.",
     [("abducted 22 pupils", "captured", 22, None, "exact", "pupils"),
      ("Nine of them have since been freed", "captured", 9, None, "exact", None)]),
]
FREED_NEXT_LOOKALIKES: list[tuple[str, list]] = [
    ("Bandits seized 14 travellers on the Morava road. Six lorries were later released.",
     [("seized 14 travellers", "captured", 14, None, "exact", "travellers")]),
]

FRONTED_PARTITIVE: list[tuple[str, list]] = [
    ("Of the 38 wounded villagers admitted, 11 required amputation.",
     [("38 wounded villagers", "wounded", 38, None, "exact", "wounded villagers"),
      ("11 required amputation", "wounded", 11, None, "exact", None)]),
    ("Of the 26 people injured, nine needed surgery.",
     [("26 people injured", "wounded", 26, None, "exact", "people"),
      ("nine needed surgery", "wounded", 9, None, "exact", None)]),
]
FRONTED_PARTITIVE_LOOKALIKES: list[tuple[str, list]] = [
    ("Of the 300 troops deployed, 40 needed leave.", []),
    ("Of the 38 wounded villagers admitted, 11 beds were in the corridor.",
     [("38 wounded villagers", "wounded", 38, None, "exact", "wounded villagers")]),
]

SPEAKER_NAMED: list[tuple[str, list]] = [
    ("Raiders killed three herders and wounded nine others, a district commissioner, Pita "
     "Arongo, said.",
     [("killed three herders", "killed", 3, None, "exact", "herders"),
      ("wounded nine others", "wounded", 9, None, "exact", "others")]),
    ("The blast killed two guards and injured 14 more, a hospital director, Dr Amina Sefu, "
     "told reporters.",
     [("killed two guards", "killed", 2, None, "exact", "guards"),
      ("injured 14 more", "wounded", 14, None, "exact", None)]),
]
SPEAKER_NAMED_LOOKALIKES: list[tuple[str, list]] = [
    ("Raiders killed three herders and wounded a district commissioner, Pita Arongo, the "
     "army said.",
     [("killed three herders", "killed", 3, None, "exact", "herders"),
      ("wounded a district commissioner", "wounded", 1, None, "exact",
       "district commissioner")]),
    ("Raiders killed three herders and a teacher, police said.",
     [("killed three herders", "killed", 3, None, "exact", "herders"),
      ("a teacher", "killed", 1, None, "exact", "teacher")]),
]

WEEKDAY_YEAR: list[tuple[str, list]] = [
    ("Bookings for the dinner on Saturday 4 October are now open.",
     [("Saturday 4 October", "2025-10-04")]),
    ("Tickets for the concert on Friday 12 September go on sale today.",
     [("Friday 12 September", "2025-09-12"), ("today", "2025-05-16")]),
]
WEEKDAY_YEAR_LOOKALIKES: list[tuple[str, list]] = [
    ("The dinner on Saturday 4 October 2024 was cancelled.",
     [("Saturday 4 October 2024", "2024-10-04")]),
    ("Bookings for the dinner on Thursday 4 October are now open.",
     [("Thursday", "2025-05-15"), ("4 October", "2024-10-04")]),
    # the day three days before publication is meant, though 13 May was a Monday in 2024
    ("The raid came on Monday, May 13.", [("Monday", "2025-05-12"), ("May 13", "2025-05-13")]),
]

FELL_DUE: list[tuple[str, list]] = [
    ("Rents fell due on 1 March.", [("1 March", "2025-03-01")]),
    ("The first instalment came due in April.", [("April", "2025-04")]),
]
FELL_DUE_LOOKALIKES: list[tuple[str, list]] = [
    ("Rents fall due on 1 March.", [("1 March", "2026-03-01")]),
    ("The loan will fall due on 1 March.", [("1 March", "2026-03-01")]),
    ("Rents were due on 1 March.", [("1 March", "2025-03-01")]),
]

OF_WHOM: list[tuple[str, list]] = [
    ("Officials said 90,000 people were displaced, of whom about 40,000 are in the capital.",
     [("90,000 people were displaced", "displaced", 90000, None, "exact", "people"),
      ("of whom about 40,000", "displaced", 40000, None, "about", None)]),
    ("Gunmen killed 12 people, of whom five were children.",
     [("killed 12 people", "killed", 12, None, "exact", "people"),
      ("of whom five", "killed", 5, None, "exact", None)]),
]
OF_WHOM_LOOKALIKES: list[tuple[str, list]] = [
    ("The clinic has 30 nurses, of whom five were on duty.", []),
    ("The village has 400 residents, of whom 12 were killed.",
     [("12 were killed", "killed", 12, None, "exact", None)]),
]

LONG_POSTMODIFIER: list[tuple[str, list]] = [
    ("The plaque in the square carries the names of the 30 men of the Coastal Rifles killed "
     "in the hills of North Varia between 1990 and 1994, among them two brothers from this "
     "parish.",
     [("30 men of the Coastal Rifles killed", "killed", 30, None, "exact", "men"),
      ("among them two brothers", "killed", 2, None, "exact", "brothers")]),
]
LONG_POSTMODIFIER_LOOKALIKES: list[tuple[str, list]] = [
    ("The plaque carries the names of the 30 men of the Coastal Rifles killed in North "
     "Varia, and the hall beside it holds portraits of their old commanders, among them two "
     "generals.",
     [("30 men of the Coastal Rifles killed", "killed", 30, None, "exact", "men")]),
]

AFTER_FLEEING: list[tuple[str, list]] = [
    ("More than 200,000 people live in camps after fleeing the fighting, aid agencies said.",
     [("More than 200,000 people live in camps after fleeing", "displaced", 200000, None,
       "more_than", "people")]),
    ("About 3,000 families are now sheltering with relatives in Tessaly after fleeing the "
     "raids.",
     [("About 3,000 families are now sheltering with relatives in Tessaly after fleeing",
       "displaced", 3000, None, "about", "families")]),
]
AFTER_FLEEING_LOOKALIKES: list[tuple[str, list]] = [
    ("Some 60 other people were sheltering in a church basement in Tessaly.", []),
    ("About 400 people live in the old town.", []),
    ("Six soldiers live in the barracks after fleeing the front.", []),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_AS)
def test_listed_as_missing_or_dead(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), LISTED_AS_LOOKALIKES)
def test_things_or_no_outcome_listed_stay(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), FREED_NEXT)
def test_captives_freed_in_the_next_sentence(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), FREED_NEXT_LOOKALIKES)
def test_detainees_or_things_released_stay(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED_PARTITIVE)
def test_count_after_fronted_partitive(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED_PARTITIVE_LOOKALIKES)
def test_partitive_of_no_outcome_or_things_stays(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPEAKER_NAMED)
def test_speaker_title_with_name_is_no_victim(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPEAKER_NAMED_LOOKALIKES)
def test_victim_named_before_source_stays(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_YEAR)
def test_weekday_names_the_year(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), WEEKDAY_YEAR_LOOKALIKES)
def test_year_written_or_slip_stays(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), FELL_DUE)
def test_fell_due_is_past(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), FELL_DUE_LOOKALIKES)
def test_due_ahead_stays(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), OF_WHOM)
def test_relative_partitive_before_its_count(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), OF_WHOM_LOOKALIKES)
def test_of_whom_after_no_figure_stays(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), LONG_POSTMODIFIER)
def test_among_them_after_a_long_postmodifier(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), LONG_POSTMODIFIER_LOOKALIKES)
def test_among_them_of_another_clause_stays(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), AFTER_FLEEING)
def test_living_somewhere_after_fleeing(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), AFTER_FLEEING_LOOKALIKES)
def test_living_or_sheltering_without_flight_stays(text: str, expected: list) -> None:
    assert figures(text) == expected
