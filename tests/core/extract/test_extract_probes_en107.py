"""Probes of the hundred-and-seventh English round (issue 11): the fifty-eighth set's pronoun
tellers.

Two persons a "he" or "she" stands for that the general pronoun rules left out: the outlet's
own reporter, named, who opens the sentence before the pronoun's ("Our reporter Hinatea Tapu
is outside the hospital. She says ...", en-58; "Our reporter Catrin Hughes, outside the
Castle, says ... She says ...", en-55), and, inside one person's quote, the one kin of the
pronoun's sex that the quote named before it ('A reader writes: "My uncle's shop was burnt.
He says ..."', en-58; '"My brother works nights there. He told me ..."', en-57).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

MEMBERS: list[tuple[str, tuple[str, str]]] = [
    # the outlet's named reporter opens the sentence before the pronoun's
    ("11:20 — Our reporter Lusia Fetu is outside the Kessa clinic. She says nurses have"
     " treated 12 people since dawn.",
     ("Lusia Fetu", "nurses have treated 12 people since dawn")),
    ("Our correspondent Ivo Marren is in the port. He says the ferries have stopped"
     " running.",
     ("Ivo Marren", "the ferries have stopped running")),
    ("09:05 Our reporter Nia Pryce, at the town hall, says the count has begun. She says"
     " turnout looks lower than in 2022.",
     ("Nia Pryce", "turnout looks lower than in 2022")),
    # inside one person's quote, the one kin of the pronoun's sex the quote named
    ('A reader, Moana, writes: "My cousin\'s bakery was looted on Friday. My uncle lives'
     ' above it. He says the police came an hour later."',
     ("My uncle", "the police came an hour later")),
    ('16:10 A listener, Dara, writes: "My sister is a nurse at the general hospital. She'
     ' told me they ran out of beds by noon."',
     ("My sister", "they ran out of beds by noon")),
]

LOOKALIKES: list[tuple[str, list[str | None]]] = [
    # a reporter left unnamed has no sex to agree with: the general rules keep the pronoun
    ("Our reporter in Kessa says the convoy has arrived. He says the road is open.",
     ["Our reporter in Kessa", "He"]),
    # a person named after the reporter's sentence is nearer, and is the one meant
    ("Our reporter Lusia Fetu is outside the clinic. The director, Ana Reyes, met her there."
     " She says the wards are full.",
     None),
    # the kin is of the other sex: the entry is left as it was
    ('A reader, Dara, writes: "My mother works nights there. He told me they had nine'
     ' guards for 200 inmates."',
     ["Dara", "Dara"]),
    # two kin of the pronoun's sex: no one person to choose
    ('A reader, Dara, writes: "My father and my brother were at home. He says the police'
     ' came."',
     None),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_member_read(text: str, expected: tuple[str, str]) -> None:
    assert expected in statement_words(text)


@pytest.mark.parametrize(("text", "speakers"), LOOKALIKES)
def test_lookalike(text: str, speakers: list[str | None] | None) -> None:
    found = [sp for sp, _ in statement_words(text)]
    if speakers is not None:
        assert found == speakers
    assert "Lusia Fetu" not in found and "My brother" not in found and "My father" not in found
