"""Probes of the ninetieth English round (issue 11): the forty-third set's statements.

A feature's first "he" or "she" with no antecedent (en-41 and en-43, both missed): the
person is brought in outside the subject of the sentence before, marked as a person by an
age in commas ("set up by Abílio Chissano, 67, who ...") or by "named" after a person noun
or a trade ("a 31-year-old carpenter named Bienvenu Ngbaduma"). The pronoun stayed "he".

Words opened by "that" (en-43 missed; en-26 reads "told this paper yesterday that the
attackers, who numbered about 15, arrived ..."): after "said on Wednesday that", a subject
with a relative in commas was read as a speaker put after the verb.

"According to" opening a list item (en-43 missed; closing "according to" in list items is
read on en-2, en-9, en-26, en-30, en-34, en-35, en-37, en-39 and en-42): the capital after
the item's mark was taken for a name's.

A named rights group or monitor that "found that" (en-42 and en-43, both missed): its
research finds as an inquiry's does; police or rescuers who found something came upon it.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

STATEMENT_MEMBERS: list[tuple[str, tuple[str, str]]] = [
    ("The bakery was opened in 2019 by Marta Kollo, 58, who learned the trade in Lisk. "
     "She says flour now costs twice what it did.",
     ("Marta Kollo", "flour now costs twice what it did")),
    ("The choir, led by a 40-year-old teacher named Paulo Senda, sings every Sunday.\n\n"
     "\"We started with six voices,\" he says.",
     ("Paulo Senda", "We started with six voices")),
    ("The goalkeeper, a 19-year-old mechanic named Ivo Tamba, waves to the crowd.\n\n"
     "\"We train after work,\" he says.",
     ("Ivo Tamba", "We train after work")),
    ("The port authority said on Monday that the injured pilot, who was hit in the arm, "
     "was recovering.",
     ("The port authority", "the injured pilot, who was hit in the arm, was recovering")),
    ("The clinic opened in May.\n\n- According to the United Nations, 300 schools in "
     "Kessa are closed.",
     ("the United Nations", "300 schools in Kessa are closed")),
    ("Amnesty found that detainees in Lomar had been denied lawyers.",
     ("Amnesty", "detainees in Lomar had been denied lawyers")),
    ("Human Rights Watch found that none of the attacks had been investigated.",
     ("Human Rights Watch", "none of the attacks had been investigated")),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # a boat named, no person: the pronoun finds no one
    ("The yard sold a 20-year-old trawler named Blue Star last year. He says the old "
     "builders have retired.",
     [("He", "the old builders have retired")]),
    # two people marked in the sentence before: no one of them alone
    ("The coach, a former teacher named Ana Lopes, and her deputy, Rui Costa, 40, run the "
     "club. She says the girls train twice a week.",
     [("She", "the girls train twice a week")]),
    # a speaker put after the verb, no "that": read as before
    ("The road is closed, said the mayor, who visited the site.",
     [("the mayor", "The road is closed")]),
    # who came upon something reports nothing
    ("Police found that the door had been forced.", []),
    ("Rescuers found that the bridge had collapsed.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: tuple[str, str]) -> None:
    assert expected in statement_words(text)


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected
