"""Probes of the seventy-fourth English round (issue 11): families that recur.

Speech told to the quote's own first person, inside one person's quote: "They told us
...", "He told me ...". The teller is someone other than the quoted one: "they" are the
armed men or the police named before the quote ("the gunmen", "the attackers", also in
the paragraph before a quote that opens its own), and "he" is the one person named
before the quote ("he called the divisional police officer", "According to his family,
Eric was walking home").

Kin taken from the one who tells it: "They took my two brothers", "To those who took our
two sons, I say ..." are captives; one's own kin taken somewhere or along are not.

One of a figure's people named by post with "the": "shot dead three traders, among them
the market's treasurer," and "six dead, including the bus driver" give a figure of one
with the figure's outcome, as "including a bus driver" did.

Members fail on main's code and pass on this round's; look-alikes pass on both.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

MEMBERS: list[tuple[str, list]] = [
    # "they" and "the gunmen": a plural with no "s"
    ('Villagers said the gunmen also seized two tractors. "They told us the land was '
     'theirs now," said Ama Kudjo, a farmer.',
     [("Villagers", "the gunmen also seized two tractors"),
      ("Ama Kudjo", "They told us the land was theirs now"),
      ("the gunmen", "the land was theirs now")]),
    # "they" and "the police"
    ('Relatives said they had gone to the police in Kessa twice. "They told me to wait '
     'for a letter," said the brother of one of the men.',
     [("Relatives", "they had gone to the police in Kessa twice"),
      ("the brother of one of the men", "They told me to wait for a letter"),
      ("the police", "to wait for a letter")]),
    # the group named in the paragraph before a quote that opens its own
    ("The raiders came at dawn and burned the granaries, according to residents.\n"
     '"They gathered the men and told them to walk into the forest," said Halima Bako.',
     [("residents", "The raiders came at dawn and burned the granaries"),
      ("Halima Bako", "They gathered the men and told them to walk into the forest"),
      ("The raiders", "to walk into the forest")]),
    # "he" and a one-person description in the sentence before the quote
    ("A fisherman told the inquiry that he phoned the duty officer before the storm. "
     '"He told me the boats would be safe," he said.',
     [("A fisherman", "he phoned the duty officer before the storm"),
      ("A fisherman", "He told me the boats would be safe"),
      ("the duty officer", "the boats would be safe")]),
    # "he" and the subject after a fronted "according to"
    ("According to his parents, Tomas was cycling to school when the shooting began. His "
     'friend Pavel was hurt in the leg. "He told us to hide," Pavel said.',
     [("his parents", "Tomas was cycling to school when the shooting began"),
      ("Pavel", "He told us to hide"),
      ("Tomas", "to hide")]),
]

LOOK_ALIKES: list[tuple[str, list]] = [
    # no group named before the quote: "they" stays no one's
    ('"They told us to leave before dark," said Rosa Ibarra, 52.',
     [("Rosa Ibarra", "They told us to leave before dark"), (None, "to leave before dark")]),
    # no one but the quoted one named before: the inner words are not given to him
    ('Juma Okello, 60, lost his boat in the flood. "He told me to wait," Okello said.',
     [("Juma Okello", "He told me to wait")]),
    # "he" told the quoted one's hearers, not "me": the quoted one himself
    ('Captain Ivo Rask said the port was closed. "We told them the boats were safe," '
     'he said.',
     [("Captain Ivo Rask", "the port was closed"),
      ("Captain Ivo Rask", "We told them the boats were safe")]),
]


@pytest.mark.parametrize(("text", "expected"), [*MEMBERS, *LOOK_ALIKES])
def test_teller_inside_a_quote(text: str, expected: list) -> None:
    assert statement_words(text) == expected


KIN_MEMBERS: list[tuple[str, list]] = [
    ('"They took my three sons and my nephew. Nobody tells us where they are," said '
     'Amina Garba.',
     [("took my three sons", "captured", 3, None, "exact", "sons")]),
    ("To the men who took our two daughters, we say: send them home.",
     [("took our two daughters", "captured", 2, None, "exact", "daughters")]),
]

KIN_LOOK_ALIKES: list[tuple[str, list]] = [
    # one's own kin, taken along by the teller
    ("We took our two sons and fled to the hills.", []),
    # taken somewhere: no capture
    ("The neighbours took my two brothers to the clinic.", []),
    ("My uncle took my two sisters home after the rally.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*KIN_MEMBERS, *KIN_LOOK_ALIKES])
def test_kin_taken_from_the_teller(text: str, expected: list) -> None:
    assert figures(text) == expected


MEMBER_MEMBERS: list[tuple[str, list]] = [
    ("Gunmen shot dead four farmers, among them the cooperative's secretary, on Sunday.",
     [("shot dead four farmers", "killed", 4, None, "exact", "farmers"),
      ("among them the cooperative's secretary", "killed", 1, None, "exact",
       "cooperative's secretary")]),
    ("Police put the toll at nine dead, including the lorry driver.",
     [("nine dead", "killed", 9, None, "exact", None),
      ("including the lorry driver", "killed", 1, None, "exact", "lorry driver")]),
]

MEMBER_LOOK_ALIKES: list[tuple[str, list]] = [
    # a place or a thing after "including the": no person
    ("Shelling killed 12 people, including the village.",
     [("killed 12 people", "killed", 12, None, "exact", "people")]),
    # a group after "the", no one person
    ("Gunmen shot dead four farmers, among them the elders, on Sunday.",
     [("shot dead four farmers", "killed", 4, None, "exact", "farmers")]),
]


@pytest.mark.parametrize(("text", "expected"), [*MEMBER_MEMBERS, *MEMBER_LOOK_ALIKES])
def test_member_named_by_post(text: str, expected: list) -> None:
    assert figures(text) == expected
