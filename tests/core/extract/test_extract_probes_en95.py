"""Probes of the ninety-fifth English round (issue 11): the forty-seventh set's statements.

An honorific "Hon." before a name in apposition (en-47 missed "The chairman of Ikom council,
Hon. Bassey Ojong, said ..."; en-43 reads "the Minister, Hon. Peter Kaupa Yalo, said" after
a quote): its stop closed the sentence, so the description lost its verb. "Hon." now is an
abbreviation whose stop ends no sentence, as "Col." and "Dr." are.

A finding right after a quoted sentence closed by its own stop and mark (en-47 missed '...
of our house." Human Rights Watch found that ...'; en-43 reads "Amnesty found that ..."
after a quote and a line break, en-42 "Human Rights Watch found that ..." after a plain
stop): the closing mark ends the sentence, so the finding's subject opens its own. Who
found something by coming upon it stays out, as before.

Records of a body named in two words (en-47 missed "according to records of the district
hospital"; en-31 reads "according to records from the district hospital in Bishnupur"
through "from"): the owner after "of the" may hold a word or two before its noun. A
record kept with no "according to" stays out.

A count after a person's "from" (en-47 gave "one community was found dead" beside "a
farmer"; en-22 and en-24 read "seven women from one camp" and "15 men from one village"
with no figure for the camp or the village): the count tells where the person is from.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import Figure, figures, statement_words

STATEMENT_MEMBERS: list[tuple[str, list[tuple[str | None, str]]]] = [
    # "Hon." before a name in apposition
    ("The chairman of Kessa council, Hon. Tomas Ferro, said at least nine people had been "
     "treated at the clinic.",
     [("Hon. Tomas Ferro", "at least nine people had been treated at the clinic")]),
    ("Hon. Mara Voss told reporters the road would reopen on Monday.",
     [("Hon. Mara Voss", "the road would reopen on Monday")]),
    # a finding right after a quoted sentence
    ("\"They burned everything,\" said a farmer. \"Nothing is left.\" Human Rights Watch "
     "found that the police had stood by during the attack.",
     [("a farmer", "They burned everything"), ("a farmer", "Nothing is left"),
      ("Human Rights Watch", "the police had stood by during the attack")]),
    ("A trader said: \"We heard shots all night.\" The inquiry found that the soldiers had "
     "fired first.",
     [("A trader", "We heard shots all night"),
      ("The inquiry", "the soldiers had fired first")]),
    # records of a body named in two words
    ("At least 12 people were wounded, according to records of the district hospital.",
     [("records of the district hospital", "At least 12 people were wounded")]),
    ("According to minutes of the security council meeting, the army was told to withdraw.",
     [("minutes of the security council meeting", "the army was told to withdraw")]),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # a title already known keeps the reading it had
    ("The police chief, Col. Tomas Ferro, said two officers were wounded.",
     [("Col. Tomas Ferro", "two officers were wounded")]),
    # who found something by coming upon it reports nothing, after a quote as before
    ("A farmer said: \"Nothing is left.\" Residents found that their homes had been "
     "looted.",
     [("A farmer", "Nothing is left")]),
    ("\"Nothing is left,\" she said. The inquiry found that the police had fired first.",
     [("she", "Nothing is left"), ("The inquiry", "the police had fired first")]),
    # records with a one-word owner, and records kept with no "according to"
    ("At least 12 people were wounded, according to records of the hospital.",
     [("records of the hospital", "At least 12 people were wounded")]),
    ("The clinic keeps records of the district hospital's patients.", []),
]

FIGURE_MEMBERS: list[tuple[str, list[Figure]]] = [
    ("A farmer from one community was found dead on Tuesday.",
     [("A farmer", "killed", 1, None, "exact", "farmer")]),
    ("A teacher from two villages away was killed on Sunday.",
     [("A teacher", "killed", 1, None, "exact", "teacher")]),
]

FIGURE_LOOKALIKES: list[tuple[str, list[Figure]]] = [
    # the person counted before "from" keeps the figure; a toll's "from" is no origin
    ("Seven women from one camp were abducted on Tuesday.",
     [("Seven women", "captured", 7, None, "exact", "women")]),
    ("The death toll rose from 9 to 14, police said.",
     [("death toll rose from 9 to 14", "killed", 14, None, "exact", None),
      ("from 9", "killed", 9, None, "exact", None)]),
    ("Soldiers freed 12 hostages from two camps on Sunday.",
     [("freed 12 hostages", "captured", 12, None, "exact", "hostages")]),
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
