"""English probes, fifty-eighth round: the twenty-fourth blind set's casualty and date
families (figures dated 10 March 2015 by ``figures``; dates published on Friday 16 May
2025).

Dates:

1. A document's number in four digits is no year: "resolution 2094 (2013)", "RESOLUTIONS
   1988 (2011) AND 2082 (2012)", "resolutions 1970 and 1973"; the bracketed years stay.
   "The 1999 resolution" and "a resolution adopted in 1998" keep their years.
2. A hedged year after a birth is a date, as after "since": "born around 1968", "born in
   about 1975". "Around 1968 people fled" stays a count.
3. A date something is booked or promised for lies ahead of the booking, which may be
   past: "booked the bus to Kessa for 2 June", "booked a flight for January", "the ward,
   promised for July". "Support for May" names a person; a booking for a day just past
   ("was booked for 3 May but ... was cancelled") stays that day.
4. A weekday excepted from every day, or after "on a", names no one day: "open daily
   except Sunday", "every day but Friday", "On a Saturday night the square fills" (dates
   of no value since the recurrences round). "told
   a Tuesday news conference" (no "on"), "shut all week except on Friday" (one week) and
   "continued daily, but Friday was calm" stay days.

Casualties:

5. A part of captives named again by their number, or with who they were set off by
   commas, freed or back: "Two of the six were later released", "One of them, a
   40-year-old midwife, was freed". A part of things, or of the dead
   buried stays nothing.
6. A partitive whose participle stands before its noun takes the predicate's outcome:
   "several of the abducted herders were shot dead", "Two of the injured miners later
   died". Without an outcome in the predicate the participle says it, as before.
7. A place with a name among its modifiers, or "our", between the victims and their verb:
   "A night watchman at our Kessel depot was killed", "Two cooks at the Varn field kitchen
   were wounded". Trucks at a depot are no people.
8. An article that opens a preposition's object before a plural verb counts no one:
   "Three engineers working for a road contractor have been missing" counts the
   engineers only.
9. A sub-group after two outcomes that share one verb is left out: "9 people were killed
   and 17 wounded, among them four children" (the rules leave a number two outcomes
   share). After one outcome, or after two verbs each with its own object, it is read.

Left (strict xfail): people "taken away from" a place with no captor in the sentence
("Twelve men ... were taken away from the school on the 3rd"): an evacuation is told the
same way. A weekday in brackets labelling a group, its verb after the brackets ("Convoy 2
(Tuesday) ... also go"): the timetable's present is not read across the brackets.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures
from workbench.core.extract import extract

PUBLISHED = "2025-05-16"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED)["dates"]]


DOCUMENT_NUMBERS: list[tuple[str, list]] = [
    ("The panel was set up under resolution 2094 (2013) to watch the border.",
     [("2013", "2013")]),
    ("COMMITTEE PURSUANT TO RESOLUTIONS 1988 (2011) AND 2082 (2012)",
     [("2011", "2011"), ("2012", "2012")]),
    ("Security Council resolutions 1970 and 1973 set up the Kessa panel.", []),
]
DOCUMENT_NUMBERS_LOOKALIKES: list[tuple[str, list]] = [
    ("The 1999 resolution on Kessa was renewed in 2013.", [("1999", "1999"), ("2013", "2013")]),
    ("A resolution adopted in 1998 still binds the Varn council.", [("1998", "1998")]),
]

BIRTH_YEARS: list[tuple[str, list]] = [
    ("Tamba Kallon, born around 1968 in Kessa, led the unit.", [("1968", "1968")]),
    ("The commander, born in about 1975 near Varn, was listed in Kessa.", [("1975", "1975")]),
]
BIRTH_YEARS_LOOKALIKES: list[tuple[str, list]] = [
    ("Around 1968 people fled the valley above Kessa.", []),
]

RESERVED_FOR: list[tuple[str, list]] = [
    ("We have booked the bus to Kessa for 2 June if the road is open.",
     [("2 June", "2025-06-02")]),
    ("I booked a flight for January.", [("January", "2026-01")]),
    ("The new ward, promised for July, is still closed.", [("July", "2025-07")]),
]
RESERVED_FOR_LOOKALIKES: list[tuple[str, list]] = [
    ("Support for May grew among the Varn delegates.", []),
    ("The hall was booked for 3 May but the rally was cancelled.", [("3 May", "2025-05-03")]),
]

NO_ONE_DAY: list[tuple[str, list]] = [
    ("The Orlo clinic is open daily except Sunday.", [("Sunday", None)]),
    ("The ferry to Kessa runs every day but Friday.", [("Friday", None)]),
    ("On a Saturday night the square in Varn fills with stalls.", [("Saturday", None)]),
]
NO_ONE_DAY_LOOKALIKES: list[tuple[str, list]] = [
    ("He told a Tuesday news conference that the road was open.", [("Tuesday", "2025-05-13")]),
    ("The market was shut all week except on Friday.", [("Friday", "2025-05-16")]),
    ("The shelling of Varn continued daily, but Friday was calm.", [("Friday", "2025-05-16")]),
]

CAPTIVES_NAMED_AGAIN: list[tuple[str, list]] = [
    # (released detainees keep their outcome too, round 59; this was a look-alike here)
    ("Police arrested six men near Dorvat. Two of the six were later released.",
     [("arrested six men", "arrested", 6, None, "exact", "men"),
      ("Two of the six were later released", "arrested", 2, None, "exact", None)]),
    ("Gunmen kidnapped six fishermen near Dorvat. Two of the six were later released.",
     [("kidnapped six fishermen", "captured", 6, None, "exact", "fishermen"),
      ("Two of the six were later released", "captured", 2, None, "exact", None)]),
    ("Three nurses were abducted near Orlo on Monday. One of them, a 40-year-old midwife, "
     "was freed on Friday.",
     [("Three nurses were abducted", "captured", 3, None, "exact", "nurses"),
      ("One of them, a 40-year-old midwife, was freed", "captured", 1, None, "exact", None)]),
]
CAPTIVES_NAMED_AGAIN_LOOKALIKES: list[tuple[str, list]] = [
    ("Gunmen kidnapped six fishermen near Dorvat. Two of the boats were later released.",
     [("kidnapped six fishermen", "captured", 6, None, "exact", "fishermen")]),
    ("Gunmen killed two guards near Varn. One of them, a father of four, was buried on Sunday.",
     [("killed two guards", "killed", 2, None, "exact", "guards")]),
]

PARTICIPLE_BEFORE_NOUN: list[tuple[str, list]] = [
    ("Witnesses said several of the abducted herders were shot dead.",
     [("several of the abducted herders were shot dead", "killed", 3, None, "vague",
       "abducted herders")]),
    ("Two of the injured miners later died.",
     [("Two of the injured miners later died", "killed", 2, None, "exact", "injured miners")]),
]
PARTICIPLE_BEFORE_NOUN_LOOKALIKES: list[tuple[str, list]] = [
    ("Two of the wounded patients were moved to Tor.",
     [("Two of the wounded", "wounded", 2, None, "exact", None)]),
    ("Three of the captured soldiers were shown on television.",
     [("Three of the captured", "captured", 3, None, "exact", None)]),
]

NAMED_PLACE_GAP: list[tuple[str, list]] = [
    ("A night watchman at our Kessel depot was killed in the raid.",
     [("A night watchman", "killed", 1, None, "exact", "night watchman")]),
    ("Two cooks at the Varn field kitchen were wounded.",
     [("Two cooks", "wounded", 2, None, "exact", "cooks")]),
    ("A guard at the Orlo mine was killed.", [("A guard", "killed", 1, None, "exact", "guard")]),
]
NAMED_PLACE_GAP_LOOKALIKES: list[tuple[str, list]] = [
    ("Two trucks at our Kessel depot were burned.", []),
]

ARTICLE_OBJECT: list[tuple[str, list]] = [
    ("Three engineers working for a road contractor have been missing since Sunday.",
     [("Three engineers", "missing", 3, None, "exact", "engineers")]),
]
ARTICLE_OBJECT_LOOKALIKES: list[tuple[str, list]] = [
    ("A driver working for the Orlo ministry has been missing since Sunday.",
     [("A driver", "missing", 1, None, "exact", "driver")]),
    ("Two women from a village near Orlo were abducted.",
     [("Two women", "captured", 2, None, "exact", "women")]),
]

TWO_OUTCOMES: list[tuple[str, list]] = [
    ("Police said 9 people were killed and 17 wounded, among them four children.",
     [("9 people were killed", "killed", 9, None, "exact", "people"),
      ("17 wounded", "wounded", 17, None, "exact", None)]),
]
TWO_OUTCOMES_LOOKALIKES: list[tuple[str, list]] = [
    ("At least 17 people were wounded, among them four children.",
     [("At least 17 people were wounded", "wounded", 17, None, "at_least", "people"),
      ("among them four children", "wounded", 4, None, "exact", "children")]),
    ("The rebels killed 12 soldiers and captured 9, among them a captain.",
     [("killed 12 soldiers", "killed", 12, None, "exact", "soldiers"),
      ("captured 9", "captured", 9, None, "exact", None),
      ("among them a captain", "captured", 1, None, "exact", "captain")]),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_NUMBERS + DOCUMENT_NUMBERS_LOOKALIKES)
def test_document_numbers_are_no_years(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), BIRTH_YEARS + BIRTH_YEARS_LOOKALIKES)
def test_hedged_birth_year(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), RESERVED_FOR + RESERVED_FOR_LOOKALIKES)
def test_booked_or_promised_for(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), NO_ONE_DAY + NO_ONE_DAY_LOOKALIKES)
def test_weekday_of_no_one_week(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"),
                         CAPTIVES_NAMED_AGAIN + CAPTIVES_NAMED_AGAIN_LOOKALIKES)
def test_captives_named_again(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"),
                         PARTICIPLE_BEFORE_NOUN + PARTICIPLE_BEFORE_NOUN_LOOKALIKES)
def test_partitive_participle_before_noun(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), NAMED_PLACE_GAP + NAMED_PLACE_GAP_LOOKALIKES)
def test_named_place_between_victims_and_verb(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), ARTICLE_OBJECT + ARTICLE_OBJECT_LOOKALIKES)
def test_article_of_a_prepositions_object(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), TWO_OUTCOMES + TWO_OUTCOMES_LOOKALIKES)
def test_sub_group_after_two_outcomes(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.xfail(strict=True, reason="people taken away from a place with no captor in "
                   "the sentence: an evacuation is told the same way")
def test_taken_away_from_a_place() -> None:
    assert figures("He said twelve men from Kessel were taken away from the school on the "
                   "3rd and that only 4 came back.") == [
        ("twelve men from Kessel were taken away", "captured", 12, None, "exact", "men"),
        ("only 4 came back", "captured", 4, None, "exact", None)]


@pytest.mark.xfail(strict=True, reason="a weekday in brackets labelling a group, its "
                   "timetable's present after the brackets, is not read across them")
def test_weekday_label_in_brackets() -> None:
    assert dates("Convoy 2 (Tuesday) and Convoy 3 (Thursday 22 May) also go via Tor.") == [
        ("Tuesday", "2025-05-20"), ("Thursday 22 May", "2025-05-22")]
