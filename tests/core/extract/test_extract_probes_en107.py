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

from tests.extract_probes import engines_read, figures, statement_words

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


# "friend" as a person: a victim named by whom they were with
FRIEND_MEMBERS: list[tuple[str, tuple]] = [
    ("A friend standing next to her was killed when the shell landed.",
     ("A friend", "killed", 1, None, "exact", "friend")),
    ("A 15-year-old boy was stabbed and a friend injured in a fight in Tala on Sunday.",
     ("a friend injured", "wounded", 1, None, "exact", "friend")),
]
FRIEND_LOOKALIKES: list[str] = [
    # a friend who speaks, or is only present, is no victim
    "A friend of the family said the boy had been threatened before.",
    "A friend was with him when the police arrived.",
]


@pytest.mark.parametrize(("text", "expected"), FRIEND_MEMBERS)
def test_friend_is_a_victim(text: str, expected: tuple) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize("text", FRIEND_LOOKALIKES)
def test_friend_lookalike(text: str) -> None:
    assert figures(text) == []


# a month between "the" and a noun of harm no one schedules names a past event
MONTH_MEMBERS: list[tuple[str, str]] = [
    ("The families urge the inspector to open an inquiry into the November death.", "2025-11"),
    ("The council will hold a vigil for the victims of the September attacks.", "2025-09"),
]
MONTH_LOOKALIKES: list[tuple[str, str]] = [
    # an election or a march may be planned: the clause's future keeps its reading
    ("Voters will go to the polls in the November election.", "2026-11"),
    ("The unions will march again in September.", "2026-09"),
]


@pytest.mark.parametrize(("text", "value"), MONTH_MEMBERS + MONTH_LOOKALIKES)
def test_month_of_past_event(text: str, value: str) -> None:
    dates = engines_read(text, "2026-04-22")["dates"]
    assert [v for _, v in dates] == [value]


# a headline's "adds" with a count of things it gains
ADDS_MEMBERS: list[str] = [
    "State budget adds 400 prison guards\nKESSA, May 2 -- The government will hire 400"
    " guards, the treasurer said.",
    "City plan adds 40 new buses\nTALA (Reuters) - The city will buy buses, the mayor said.",
]
ADDS_LOOKALIKES: list[tuple[str, tuple[str, str]]] = [
    # a clause or an outcome after the count is a report
    ("Police chief adds 20 were killed\nKESSA (Reuters) - Twenty were killed, police said.",
     ("Police chief", "20 were killed")),
    ("Ministry adds 12 killed in raids\nKESSA (Reuters) - Twelve were killed, police said.",
     ("Ministry", "12 killed in raids")),
]


@pytest.mark.parametrize("text", ADDS_MEMBERS)
def test_adds_a_count(text: str) -> None:
    assert not any(sp in ("State budget", "City plan") for sp, _ in statement_words(text))


@pytest.mark.parametrize(("text", "expected"), ADDS_LOOKALIKES)
def test_adds_lookalike(text: str, expected: tuple[str, str]) -> None:
    assert expected in statement_words(text)
