"""Probes of the eighty-eighth English round (issue 11): the forty-first set's statements.

A described source's name before a relative clause (en-41; en-19, en-27, en-32, en-33,
en-34 and en-41 itself read "according to the district mayor, Hawre Salih." with the name
closing the sentence): "..., according to the station's director, Serge Mabiala, who
called ..." gave the words to the description. "who" takes a person, so the name is the
source there too.

A count as a finding body (en-41; en-29, en-32 and en-40 read "A 2023 survey by a
university in Bo found that ..."): "A 2024 count by the school found that ..." gave
nothing. A count, a tally or a census finds as a survey does.

The writer's own people as a source, named at length and closing the sentence (en-41;
en-12 reads "According to information gathered by our team in Managua, ..."): "...,
according to information gathered by our colleagues in the UN Mission in South Sudan
(UNMISS)." gave nothing.

Families who have left a department (en-41; en-10 and en-22 read "nearly 4,000 people
have left the villages", "more than 300 residents have left the village"): the
administrative units a country is divided into are left as a district is.

New arrivals counted at a camp or by a refugee agency (en-7 and en-41, both missed):
"the agency had registered 6,400 new arrivals" gave no figure. They are people who fled;
travellers' arrivals (no camp, refugee or agency named) stay nothing.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

STATEMENT_MEMBERS: list[tuple[str, tuple[str, str]]] = [
    ("Two reporters are among those held, according to the paper's editor, Lina Varga, who "
     "called the arrests \"a warning to all of us\".",
     ("Lina Varga", "Two reporters are among those held")),
    ("The convoy turned back at the bridge, according to a district official, Omar Sall, "
     "who spoke on local radio.",
     ("Omar Sall", "The convoy turned back at the bridge")),
    ("A 2025 count by the clinic found that 70 per cent of the children were underweight.",
     ("A 2025 count by the clinic", "70 per cent of the children were underweight")),
    ("A tally by the parish found that 300 homes had been damaged.",
     ("A tally by the parish", "300 homes had been damaged")),
    ("At least 40 civilians have been killed since March, according to information "
     "gathered by our colleagues in the Peace Mission in Korra (PMK).",
     ("our colleagues in the Peace Mission in Korra (PMK)",
      "At least 40 civilians have been killed since March")),
    ("The market was shelled twice on Sunday, according to our staff in Lomar.",
     ("our staff in Lomar", "The market was shelled twice on Sunday")),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # "which" takes a thing: the description stays the source
    ("The road was closed, according to the ministry, Kessa Province, which lost ten "
     "villages.",
     [("the ministry", "The road was closed")]),
    # the name at the sentence's end, read before this round
    ("The road was closed, according to the district mayor, Hawre Salih.",
     [("Hawre Salih", "The road was closed")]),
    # the count as the object of people who found something, not the finder
    ("Voters who watched the count found that the boxes were sealed.", []),
]

FIGURE_MEMBERS: list[tuple[str, list]] = [
    ("At least 900 families have left the province because of the fighting since 2023.",
     [("At least 900 families have left", "displaced", 900, None, "at_least", "families")]),
    ("Some 3,000 people have left the department since the massacre.",
     [("Some 3,000 people have left", "displaced", 3000, None, "about", "people")]),
    ("A spokesman said the refugee agency had registered 5,200 new arrivals in the border "
     "region.",
     [("5,200 new arrivals", "displaced", 5200, None, "exact", "new arrivals")]),
    ("Officials said they had counted 800 new arrivals at a camp near Lomar.",
     [("800 new arrivals", "displaced", 800, None, "exact", "new arrivals")]),
]

FIGURE_LOOKALIKES: list[tuple[str, list]] = [
    # staff who left an office are no displaced people
    ("More than 200 employees have left the department since May.", []),
    ("Two doctors have left the province.", []),
    # arrivals with no refuge or flight named are travellers
    ("Hotels in the resort counted 2,000 new arrivals over the holiday weekend.", []),
    ("The island recorded 3 million arrivals at its airport last year.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: tuple[str, str]) -> None:
    assert expected in statement_words(text)


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), FIGURE_MEMBERS)
def test_figure_members(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), FIGURE_LOOKALIKES)
def test_figure_lookalikes(text: str, expected: list) -> None:
    assert figures(text) == expected
