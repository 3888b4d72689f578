"""English probes, fifty-third round: the nineteenth blind set's casualty and date
families (figures dated 10 March 2015 by ``figures``; dates published on Tuesday 12 March
2024).

1. A noun of the outcome with the verb that lists its people, the first member named
   with "the": "Among the dead were the mayor and four policemen", "The injured included
   the driver and three passengers". The article is the noun's own, not the mark of a
   participle used as an adjective: "The released crew, five Indians and four
   Ukrainians, landed" stays no figure, and so do people no outcome names ("Among the
   survivors were ...").
2. A first member named by a possessive or "the", with the person's name set off by
   commas before the counted one: "Among the dead were our teacher, Amos Kerel, and three
   children", "killed the village chief, Tomas Arep, and two of his guards". A source set
   off by commas ("killed the driver, police said, and two passengers were hurt") names
   no victim, and mourners are no outcome.
3. A partitive of captives with a participle of release before their noun: "Four of the
   freed hostages were children", "Two of the released detainees were women" (freed
   captives stay captives, released detainees stay arrested). A noun that names no
   captive ("the freed men", "the rescued miners") and a possessive ("the freed hostages'
   relatives") give nothing.
4. A weekday after "tomorrow" in its sentence, its own clause saying nothing of the past:
   "Tomorrow I hand over command, and on Monday I leave the capital" is the Monday ahead.
   A past verb nearest the day ("the men killed on Monday"), a past speech verb after the
   cue ("the organisers said on Monday") and "since" keep it behind, and a weekday with
   no "tomorrow" stays the latest.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures
from workbench.core.extract import extract

PUBLISHED = "2024-03-12"


def dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED)["dates"]]


LISTED_WITH_THE: list[tuple[str, list]] = [
    ("Among the dead were the mayor and four policemen.",
     [("dead were the mayor and four policemen", "killed", 4, None, "exact", "policemen")]),
    ("The injured included the driver and three passengers.",
     [("injured included the driver and three passengers", "wounded", 3, None, "exact",
       "passengers")]),
    ("The dead were the bus driver and six passengers, police said.",
     [("dead were the bus driver and six passengers", "killed", 6, None, "exact",
       "passengers")]),
]
LISTED_WITH_THE_LOOKALIKES: list[tuple[str, list]] = [
    ("The released crew, five Indians and four Ukrainians, landed in Mombasa.", []),
    ("Among the survivors were the driver and three passengers.", []),
]

APPOSED_NAMES: list[tuple[str, list]] = [
    ("Among the dead were our teacher, Amos Kerel, and three children.",
     [("dead were our teacher, Amos Kerel, and three children", "killed", 3, None, "exact",
       "children")]),
    ("Gunmen killed the village chief, Tomas Arep, and two of his guards.",
     [("killed the village chief, Tomas Arep, and two of his guards", "killed", 2, None,
       "exact", "his guards")]),
    ("The raiders abducted our pastor, Father Jonas Ebi, and four girls from the choir.",
     [("abducted our pastor, Father Jonas Ebi, and four girls", "captured", 4, None,
       "exact", "girls")]),
]
APPOSED_NAMES_LOOKALIKES: list[tuple[str, list]] = [
    ("Gunmen killed the driver, police said, and two passengers were hurt.",
     [("two passengers were hurt", "wounded", 2, None, "exact", "passengers")]),
    ("Among the mourners were our mayor, Ines Varo, and two ministers.", []),
]

FREED_CAPTIVES: list[tuple[str, list]] = [
    ("Four of the freed hostages were children, a spokesman said.",
     [("Four of the freed hostages", "captured", 4, None, "exact", "the freed hostages")]),
    ("Two of the released detainees were women.",
     [("Two of the released detainees", "arrested", 2, None, "exact",
       "the released detainees")]),
    ("Three of the rescued captives needed surgery.",
     [("Three of the rescued captives", "captured", 3, None, "exact",
       "the rescued captives")]),
]
FREED_CAPTIVES_LOOKALIKES: list[tuple[str, list]] = [
    ("Four of the freed men went home.", []),
    ("Four of the rescued miners went home.", []),
    ("Two of the freed hostages' relatives spoke to reporters.", []),
]

AFTER_TOMORROW: list[tuple[str, list]] = [
    ("Tomorrow I hand over command to my successor, and on Monday I leave the capital.",
     [("Tomorrow", "2024-03-13"), ("Monday", "2024-03-18")]),
    ("The talks end tomorrow, and on Friday the envoy flies home.",
     [("tomorrow", "2024-03-13"), ("Friday", "2024-03-15")]),
    ("I hand over command tomorrow; on Monday I leave.",
     [("tomorrow", "2024-03-13"), ("Monday", "2024-03-18")]),
]
AFTER_TOMORROW_LOOKALIKES: list[tuple[str, list]] = [
    ("Tomorrow we bury the men killed on Monday.",
     [("Tomorrow", "2024-03-13"), ("Monday", "2024-03-11")]),
    ("The march goes ahead tomorrow, the organisers said on Monday.",
     [("tomorrow", "2024-03-13"), ("Monday", "2024-03-11")]),
    ("Tomorrow marks a week since the attack on Monday.",
     [("Tomorrow", "2024-03-13"), ("Monday", "2024-03-11")]),
    ("Tomorrow the court hears the case of the men arrested on Monday.",
     [("Tomorrow", "2024-03-13"), ("Monday", "2024-03-11")]),
    ("On Monday I leave the capital.", [("Monday", "2024-03-11")]),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_WITH_THE)
def test_outcome_noun_lists_a_member_with_the(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), LISTED_WITH_THE_LOOKALIKES)
def test_adjective_participle_or_no_outcome_stays(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), APPOSED_NAMES)
def test_first_member_with_name_in_apposition(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), APPOSED_NAMES_LOOKALIKES)
def test_source_or_mourners_between_commas_name_no_victim(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), FREED_CAPTIVES)
def test_partitive_of_freed_captives(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), FREED_CAPTIVES_LOOKALIKES)
def test_freed_people_no_captive_noun_names_stay(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), AFTER_TOMORROW)
def test_weekday_after_tomorrow_lies_ahead(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), AFTER_TOMORROW_LOOKALIKES)
def test_weekday_told_as_past_stays_behind(text: str, expected: list) -> None:
    assert dates(text) == expected
