"""Probes of the seventy-fifth English round (issue 11): families that recur.

People taken with no captor named, when the sentence tells the day of the taking: "Two
of our lads were taken away that day", "my two brothers were taken that night", "23 men
from the village were taken away from the cellar on the 19th". A day told back and
closing the clause makes the taking the event itself, as the sets' gold reads every
"were taken away" of people; care and custody name their place ("taken to hospital that
night", "taken away from the clinic"), and the hurt and the dead keep their own outcome.
"lad" is a person word, and where the people were from may stand before the passive
("14 men from the camp were taken away ...").

A source named inside a quote that goes on with an earlier speaker: '"...," said Dr X.
"Several patients told us their houses had been burned."' gives the patients their words,
as a quote with its own attribution already did. Only a source named by a noun of people
or of a body: "They told us ..." and "We told them ..." are left to the passes that know
who the quote's speaker is, and a thing said to tell ("Every unpunished killing tells
the next gunman ...") is no source.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

TAKEN_MEMBERS: list[tuple[str, list]] = [
    # "taken away" and a day told back, then "and" and a new clause
    ("Two of our lads were taken away that day and nobody has seen them since.",
     [("Two of our lads were taken away", "captured", 2, None, "exact", "our lads")]),
    # taken away from a place that is no place of care, on a day of the month
    ("She said 14 men from the camp were taken away from the mosque on the 12th.",
     [("14 men from the camp were taken away", "captured", 14, None, "exact", "men")]),
    # a bare "taken" and "that night", closing the quote
    ('"My husband and my three sons were taken that night," said Amina Yusuf.',
     [("three sons were taken", "captured", 3, None, "exact", "sons")]),
]

TAKEN_LOOK_ALIKES: list[tuple[str, list]] = [
    # care named after the verb
    ("Four men were taken to hospital that night.", []),
    ("Twelve children were taken that day to the clinic.", []),
    # taken away from a place of care
    ("Two men were taken away from the clinic on the 4th.", []),
    # no people
    ("Two boxes were taken away that day.", []),
    # the hurt keep their own outcome
    ("Three of the injured were taken away that day.",
     [("Three of the injured", "wounded", 3, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [*TAKEN_MEMBERS, *TAKEN_LOOK_ALIKES])
def test_taken_on_a_day_told_back(text: str, expected: list) -> None:
    assert figures(text) == expected


INSIDE_MEMBERS: list[tuple[str, list]] = [
    ('"The clinic is full," said Dr Mira Santos. "Several patients told us their houses '
     'had been burned."',
     [("Dr Mira Santos", "The clinic is full"),
      ("Dr Mira Santos", "Several patients told us their houses had been burned"),
      ("Several patients", "their houses had been burned")]),
    ('"We opened two classrooms," said Hana Berg, the charity\'s director. "Parents told '
     'us they had walked since dawn."',
     [("Hana Berg", "We opened two classrooms"),
      ("Hana Berg", "Parents told us they had walked since dawn"),
      ("Parents", "they had walked since dawn")]),
]

INSIDE_LOOK_ALIKES: list[tuple[str, list]] = [
    # "they": who they are is the quote's context, not a noun inside it
    ('"The road is closed," said Ingrid Vold. "They told us the bridge was gone."',
     [("Ingrid Vold", "The road is closed"),
      ("Ingrid Vold", "They told us the bridge was gone")]),
    # a thing said to tell
    ('"Nobody has been charged," said Carla Ruiz. "Every unpunished killing tells the next '
     'gunman that he has nothing to fear."',
     [("Carla Ruiz", "Nobody has been charged"),
      ("Carla Ruiz", "Every unpunished killing tells the next gunman that he has nothing "
       "to fear")]),
    # the quoted one's own "we"
    ('"The road is closed," said Ingrid Vold. "We told them to come back on Monday."',
     [("Ingrid Vold", "The road is closed"),
      ("Ingrid Vold", "We told them to come back on Monday")]),
]


@pytest.mark.parametrize(("text", "expected"), [*INSIDE_MEMBERS, *INSIDE_LOOK_ALIKES])
def test_source_inside_a_quote_that_goes_on(text: str, expected: list) -> None:
    assert statement_words(text) == expected
