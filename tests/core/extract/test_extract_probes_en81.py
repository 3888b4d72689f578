"""Probes of the eighty-first English round (issue 11): the thirty-seventh set's casualty
figures.

1. A part of the displaced told where it stays or came together, the flight told before
   it: "About 5,200 of them are staying in schools", "some 1,200 have gathered at the
   Catholic mission". The sixty-ninth round read "are sheltering in" only.
2. One of a figure's people named in a clause of its own sentence opening on "among the
   <outcome noun> was": "Three people were killed ..., and among the dead was a 16-year-old
   student", as a sentence opening so is read since round 59.
3. A part of the arrested still held, the arrests counted just before: "At least 70 remain
   in detention", as "nine of them remain in captivity" is read of hostages.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures

STAYING: list[tuple[str, list]] = [
    ("An estimated 6,400 people have fled their villages. About 3,100 of them are staying "
     "in schools and churches in Tessit town.",
     [("An estimated 6,400 people have fled", "displaced", 6400, None, "about", "people"),
      ("About 3,100 of them are staying", "displaced", 3100, None, "about", None)]),
    ("Some 8,000 people have fled. Most are staying with relatives, while some 700 have "
     "gathered at the parish school.",
     [("Some 8,000 people have fled", "displaced", 8000, None, "about", "people"),
      ("some 700 have gathered", "displaced", 700, None, "about", None)]),
    ("Thousands of villagers have fled the fighting. Some 2,000 residents are camped near "
     "the river.",
     [("Thousands of villagers have fled the fighting", "displaced", 2000, None, "vague",
       "villagers"),
      ("Some 2,000 residents are camped", "displaced", 2000, None, "about", "residents")]),
]
STAYING_LOOK_ALIKES: list[tuple[str, list]] = [
    # no flight told before
    ("About 300 tourists are staying in hotels in the old town.", []),
    ("Some 600 fans had gathered at the stadium before the match.", []),
    # no civilians: the people who stay are not the crowd that fled
    ("Thousands of villagers have fled. About 40 journalists are staying at the hotel.",
     [("Thousands of villagers have fled", "displaced", 2000, None, "vague", "villagers")]),
    ("Thousands of people have fled. About 3,000 protesters have gathered in the square.",
     [("Thousands of people have fled", "displaced", 2000, None, "vague", "people")]),
    # no place after the verb
    ("Thousands of people have fled. Some 400 have gathered their belongings.",
     [("Thousands of people have fled", "displaced", 2000, None, "vague", "people")]),
    # who lived there before, and where people sleep: no count of the displaced in the gold
    ("Residents fled. About 500 people were living in the village before the attack.", []),
    ("Thousands of people have fled. Some 40 families were sleeping in the mission school.",
     [("Thousands of people have fled", "displaced", 2000, None, "vague", "people")]),
    # a part told by its place alone (round 73's look-alike)
    ("Some 7,000 people have fled. Officials said that 900 of them are in Tessit.",
     [("Some 7,000 people have fled", "displaced", 7000, None, "about", "people")]),
]

AMONG_ONE: list[tuple[str, list]] = [
    ("Four people were killed on Sunday in an ambush, and among the dead was a "
     "15-year-old pupil, police said.",
     [("Four people were killed", "killed", 4, None, "exact", "people"),
      ("a 15-year-old pupil", "killed", 1, None, "exact", "15-year-old pupil")]),
    ("Two guards were killed and four people were wounded in the blast; among the injured "
     "was a nurse.",
     [("Two guards were killed", "killed", 2, None, "exact", "guards"),
      ("four people were wounded", "wounded", 4, None, "exact", "people"),
      ("a nurse", "wounded", 1, None, "exact", "nurse")]),
]
AMONG_ONE_LOOK_ALIKES: list[tuple[str, list]] = [
    # the noun names another outcome than the figure's (as round 61 reads a sentence
    # opening on it)
    ("Shelling wounded six people in Orlo, and among the dead was a nurse.",
     [("wounded six people", "wounded", 6, None, "exact", "people")]),
    ("Two people were killed in the blast, police said, and among the injured was a "
     "nurse.",
     [("Two people were killed", "killed", 2, None, "exact", "people")]),
    # no person after the verb
    ("Three people were killed in the raid, and among the dead was a sense of calm.",
     [("Three people were killed", "killed", 3, None, "exact", "people")]),
]

STILL_HELD: list[tuple[str, list]] = [
    ("More than 90 people were arrested after the march. Five of them told reporters they "
     "were beaten. At least 40 remain in detention, their lawyers said.",
     [("More than 90 people were arrested", "arrested", 90, None, "more_than", "people"),
      ("At least 40 remain in detention", "arrested", 40, None, "at_least", None)]),
    ("Police arrested 14 men on Monday. Three suspects remain in custody, police said.",
     [("arrested 14 men", "arrested", 14, None, "exact", "men"),
      ("Three suspects remain in custody", "arrested", 3, None, "exact", "suspects")]),
]
STILL_HELD_LOOK_ALIKES: list[tuple[str, list]] = [
    # no arrests counted before: who is held, and since when, is not told (round 71's
    # look-alike of care)
    ("At least 40 remain in detention, their lawyers said.", []),
    ("Three remain in custody after the raid on the depot.", []),
    # things kept, no people
    ("Police arrested 14 men on Monday. The 12 files remain in the custody of the court.",
     [("arrested 14 men", "arrested", 14, None, "exact", "men")]),
]


@pytest.mark.parametrize(("text", "expected"), [*STAYING, *STAYING_LOOK_ALIKES])
def test_a_part_of_the_displaced_told_where_it_stays(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [*AMONG_ONE, *AMONG_ONE_LOOK_ALIKES])
def test_one_named_among_the_dead_or_the_wounded(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [*STILL_HELD, *STILL_HELD_LOOK_ALIKES])
def test_the_states_captives_still_held(text: str, expected: list) -> None:
    assert figures(text) == expected
