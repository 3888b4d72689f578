"""Probes of the ninety-sixth English round (issue 11): the forty-eighth set's statements.

A title ending in a dotted abbreviation before the comma of its apposition (en-48 missed
'"...," said the Humanitarian Coordinator a.i., Mamadou Sy, who visited the site'; en-38
reads "said the Humanitarian Coordinator a.i. for Chad, Amina Kebir", en-33 "The
Humanitarian Coordinator a.i., Fatou Diallo-Mensah, condemned ..."): the attribution
stopped at "a" of "a.i.", and the name in apposition was lost. A comma never follows a
sentence's end, so the dotted abbreviation stays whole and the name after it speaks.

A closing name with a relative clause on the person and no age (the same en-48 sentence;
en-34 and en-6 read '"...," said the head teacher, Mavluda Rahimova, 52, who has taught
here since 1996' with the age): the name speaks, not the description. After a
description with "of" ("the father of the boy, Ali Musa, who ...") the name may be the
boy's, so the description keeps the words, as with an age.

Lists as a made record after "according to" (en-48 missed "According to lists compiled by
a local parish, 16 people were killed"; en-12 reads "According to information gathered by
our team in Managua", en-22 "According to the testimony gathered by the Truth and
Reconciliation Commission"): the maker of the lists is the source. "lists" as a verb
stays out.

People forced "off" their land (en-48 missed "more than 600 families were forced off
their land by armed groups", en-37 "at least 200 families were forced off their land"):
"off" with a home place is "from", as "forced from their homes" already reads. A vehicle
forced off the road, and fighters driven off a named place, stay out.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import Figure, figures, statement_words

STATEMENT_MEMBERS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # a dotted abbreviation in the title, then the name in apposition
    ("\"The bridge will not hold another flood,\" said the Resident Coordinator a.i., "
     "Tomas Ferro, who toured the valley on Monday.",
     [("Tomas Ferro", "The bridge will not hold another flood")]),
    ("\"We need trucks, not promises,\" said the Humanitarian Coordinator a.i., Lena Marsh. "
     "She urged donors to pay their pledges.",
     [("Lena Marsh", "We need trucks, not promises"),
      ("Lena Marsh", "donors to pay their pledges")]),
    # a closing name, then a relative clause on the person
    ("\"The clinic ran out of fuel on Friday,\" said the head nurse, Anna Berg, who has "
     "worked in Kessa since 2010.",
     [("Anna Berg", "The clinic ran out of fuel on Friday")]),
    # lists made by a source
    ("According to lists compiled by the camp committee, 23 people were killed in the raid.",
     [("the camp committee", "23 people were killed in the raid")]),
    ("At least nine people are missing, according to a list kept by the village elders.",
     [("the village elders", "At least nine people are missing")]),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # the shapes already read keep their readings
    ("\"The bridge will not hold,\" said the Humanitarian Coordinator a.i. for Velora, "
     "Tomas Ferro.",
     [("Tomas Ferro", "The bridge will not hold")]),
    ("The Humanitarian Coordinator a.i., Lena Marsh, said the road was cut.",
     [("Lena Marsh", "the road was cut")]),
    ("\"We need trucks,\" said the head nurse, Anna Berg, 40, who has worked there since "
     "2001.",
     [("Anna Berg", "We need trucks")]),
    # after a description with "of" the name may be another person's
    ("\"We need trucks,\" said the father of the boy, Ali Musa, who was shot in the leg.",
     [("the father of the boy", "We need trucks")]),
    # "lists" as a verb, and lists with no maker
    ("The committee lists the names of 23 people killed in the raid.", []),
    ("According to the lists, 23 people were killed.",
     [("the lists", "23 people were killed")]),
]

FIGURE_MEMBERS: list[tuple[str, list[Figure]]] = [
    ("Last year at least 200 families were forced off their land, the ombudsman said.",
     [("at least 200 families were forced off their land", "displaced", 200, None,
       "at_least", "families")]),
    ("Some 900 farmers have been driven off their farms since March.",
     [("Some 900 farmers have been driven off their farms", "displaced", 900, None,
       "about", "farmers")]),
]

FIGURE_LOOKALIKES: list[tuple[str, list[Figure]]] = [
    ("Two trucks were forced off the road by the gunmen.", []),
    ("Some 300 rebels were driven off Kessa by the army.", []),
    ("More than 600 families were forced from their homes.",
     [("More than 600 families were forced from their homes", "displaced", 600, None,
       "more_than", "families")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), FIGURE_MEMBERS)
def test_figure_members(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), FIGURE_LOOKALIKES)
def test_figure_lookalikes(text: str, expected: list[Figure]) -> None:
    assert figures(text) == expected
