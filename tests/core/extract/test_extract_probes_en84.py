"""Probes of the eighty-fourth English round (issue 11): the thirty-eighth set's statements.

A dotted abbreviation of single letters inside a speaker's title after a quote's verb:
'"...," said the Humanitarian Coordinator a.i. for Chad, Amina Kebir' (en-38) gave the
speaker "the Humanitarian Coordinator a", the abbreviation's first dot taken for the
sentence's end, and the name closing the sentence was lost. The same titles are read
before their verb on the other sets ("The Humanitarian Coordinator a.i., ..., condemned",
en-33; "the U.N. refugee agency said", en-4, en-14, en-22, en-25, en-31 ...). Such a dot
is no sentence's end while a word of the speaker follows it on the line.

A displaced crowd that has reached a named place: "Around 7,000 of them have reached
Jalalaqsi" (en-38) is read as "Some 3,500 had reached the town" (en-19) and "have
arrived in Baraka" (en-8) are. "reached" takes its place as its object, so a place's name
may follow it with no article; the flight told before, and a crowd a flight can move, are
still asked for.

A counted group noun in scare quotes: 'He said 16 "terrorists" had been killed' (en-25)
and 'five "illegal miners" had died' (en-38) gave nothing. The marks keep the writer's
distance from the speaker's word; the quoted words are still the head of the count's
phrase. The figure is read as without the marks and its words keep them.

One person with one wound: "a young man with a head wound was brought in on a stretcher"
(en-38) gave nothing, though "two men brought in with gunshot wounds" (en-23), "23 of them
with gunshot wounds" (en-17, en-25, en-27, en-31, en-32) and "A man with gunshot wounds"
are read. A single wound takes its article; "with a ... wound" (or "injury") after the
person is the same predicate as "with ... wounds". What is carried ("a first aid kit"), a
hurt that is no wound ("a broken arm") and a wound after another verb ("arrested while
fleeing with a gunshot wound") stay as they were.

A counted part with a relative clause that tells its own outcome: "Human Rights Watch
interviewed 41 people, including 9 who were wounded, relatives of victims and ..." (en-38)
and "interviewed 38 people, including 12 who were wounded" (en-37) made the 41 and the 38
wounded. The relative clause is the part's predicate; the whole was counted by another verb
and takes no outcome from it, as "evacuated 41 people, among them 12 wounded," was read in
the sixty-eighth round. The part keeps its figure with its clause.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

DOTTED_TITLE_MEMBERS: list[tuple[str, list]] = [
    ('"The wells in the camps are running dry," said the Humanitarian Coordinator a.i. for '
     "Varnia, Sara Okelo.",
     [("Sara Okelo", "The wells in the camps are running dry")]),
    ('"We will reopen the northern road within days," said the U.N. envoy for Kessaland.',
     [("the U.N. envoy for Kessaland", "We will reopen the northern road within days")]),
    ('"The shelling has stopped for now," said the U.S. ambassador, Mark Tellen.',
     [("Mark Tellen", "The shelling has stopped for now")]),
]
DOTTED_TITLE_LOOKALIKES: list[tuple[str, list]] = [
    ('"We need more trucks," said U.N. envoy Jean Dorval.',
     [("U.N. envoy Jean Dorval", "We need more trucks")]),
    ('"We need more trucks," said Lt. Col. Jean Dorval.',
     [("Lt. Col. Jean Dorval", "We need more trucks")]),
    ('"The wells are dry," the Humanitarian Coordinator a.i. for Varnia said.',
     [("the Humanitarian Coordinator a.i. for Varnia", "The wells are dry")]),
]

_FLED = ("More than 6,000 people have fled the fighting", "displaced", 6000, None, "more_than",
         "people")
REACHED_PLACE_MEMBERS: list[tuple[str, list]] = [
    ("Clashes over farmland have forced some 9,000 villagers to flee. About 2,500 of them "
     "have reached Dorra, 40 kilometres to the east.",
     [("forced some 9,000 villagers to flee", "displaced", 9000, None, "about",
       "villagers"),
      ("About 2,500 of them have reached", "displaced", 2500, None, "about", None)]),
    ("More than 6,000 people have fled the fighting around Kessa. Some 1,800 had reached "
     "Orlo by Sunday.",
     [_FLED,
      ("Some 1,800 had reached", "displaced", 1800, None, "about", None)]),
]
REACHED_PLACE_LOOKALIKES: list[tuple[str, list]] = [
    ("Some 400 pilgrims have reached Dorra for the festival.", []),
    ("More than 6,000 people have fled the fighting around Kessa. Six trucks of food have "
     "reached Orlo.",
     [_FLED]),
    ("More than 6,000 people have fled the fighting around Kessa. About 2,500 have reached "
     "an agreement with the landlords.",
     [_FLED]),
]

SCARE_QUOTE_MEMBERS: list[tuple[str, list]] = [
    ('The provincial command said 14 "bandits" had been killed in the operation.',
     [('14 "bandits" had been killed', "killed", 14, None, "exact", "bandits")]),
    ("The army said seven “armed smugglers” died in an exchange of fire near Tessa.",
     [("seven “armed smugglers” died", "killed", 7, None, "exact", "armed smugglers")]),
]
SCARE_QUOTE_LOOKALIKES: list[tuple[str, list]] = [
    ('The party named 12 "traitors" in its statement on Sunday.', []),
    ('The coach said the 2 "Tigers" had won the final.', []),
    ('Police said 30 "suspicious" parcels were destroyed.', []),
]


@pytest.mark.parametrize(("text", "expected"), DOTTED_TITLE_MEMBERS + DOTTED_TITLE_LOOKALIKES)
def test_dotted_abbreviation_inside_a_speaker_after_the_verb(text: str,
                                                              expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), REACHED_PLACE_MEMBERS + REACHED_PLACE_LOOKALIKES)
def test_displaced_crowd_that_reached_a_named_place(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), SCARE_QUOTE_MEMBERS + SCARE_QUOTE_LOOKALIKES)
def test_counted_group_in_scare_quotes(text: str, expected: list) -> None:
    assert figures(text) == expected


ONE_WOUND_MEMBERS: list[tuple[str, list]] = [
    ("Staff at the clinic in Orlo said a woman with a gunshot wound was brought in before "
     "dawn.",
     [("a woman with a gunshot wound", "wounded", 1, None, "exact", "woman")]),
    ("The district hospital admitted a teenager with a stab wound on Sunday night.",
     [("a teenager with a stab wound", "wounded", 1, None, "exact", "teenager")]),
]
ONE_WOUND_LOOKALIKES: list[tuple[str, list]] = [
    ("Four bandits were killed and a fifth was arrested while fleeing with a gunshot wound.",
     [("Four bandits were killed", "killed", 4, None, "exact", "bandits"),
      ("a fifth was arrested", "arrested", 1, None, "exact", None)]),
    ("The boy with a broken arm was sent home.", []),
    ("A nurse with a first aid kit walked to the village.", []),
]


@pytest.mark.parametrize(("text", "expected"), ONE_WOUND_MEMBERS + ONE_WOUND_LOOKALIKES)
def test_one_person_with_one_wound(text: str, expected: list) -> None:
    assert figures(text) == expected


PART_RELATIVE_MEMBERS: list[tuple[str, list]] = [
    ("Investigators interviewed 26 people, including 8 who were wounded, and relatives of "
     "the dead.",
     [("8 who were wounded", "wounded", 8, None, "exact", None)]),
]
PART_RELATIVE_LOOKALIKES: list[tuple[str, list]] = [
    ("At least 30 people, including nine children, were wounded in the blast.",
     [("At least 30 people", "wounded", 30, None, "at_least", "people"),
      ("including nine children", "wounded", 9, None, "exact", "children")]),
    ("Investigators interviewed 26 people, including 8 who were present at the market.", []),
]


@pytest.mark.parametrize(("text", "expected"), PART_RELATIVE_MEMBERS + PART_RELATIVE_LOOKALIKES)
def test_part_with_its_own_outcome_clause(text: str, expected: list) -> None:
    assert figures(text) == expected
