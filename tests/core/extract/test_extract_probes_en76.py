"""Probes of the seventy-sixth English round (issue 11): families that recur.

An accusing participle inside another source's reported words: "Witnesses said soldiers
went from house to house, accusing residents of feeding the rebels" holds two sources,
the witnesses and the soldiers who made the charge; nested attribution gives one entry
per source, so the reported clause's subject (a person, a speaker noun, or an armed group
or force, bare or with an article) makes the charge as well.

A quote after a colon that closes a sentence with no verb of speech, when the sentence
names a person by full name: its subject ("Government spokesman Alpha Soumah gave a
lower figure on state television: "...""), or the person it turns the reader to
("Listen now to Marija Kovac, whose father is one of the fourteen: "...""). A sentence
that names a thing with writing on it (a note, a sign) or no full name stays as before.

People given care, with what the care was for told right after the count: the harm of
"most of them" ("have treated at least 30 people, most of them for wounds") or the
violence the care followed ("About 40 people were treated and discharged after the
attacks"). Illnesses, the heat, floods and a match stay nothing.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words

ACCUSER_MEMBERS: list[tuple[str, list]] = [
    # a bare plural of a force
    ("Witnesses said soldiers went from farm to farm near Dalo, accusing families of "
     "hiding rebels.",
     [("Witnesses", "soldiers went from farm to farm near Dalo, accusing families of "
       "hiding rebels"),
      ("soldiers", "families of hiding rebels")]),
    # an armed group after a body, with "had"
    ("The monitoring group said militiamen had burned the market at Ruvo, accusing "
     "traders of paying the army.",
     [("The monitoring group", "militiamen had burned the market at Ruvo, accusing "
       "traders of paying the army"),
      ("militiamen", "traders of paying the army")]),
    # "that" and an article
    ("Residents said that the gunmen searched every bus, accusing drivers of carrying "
     "soldiers.",
     [("Residents", "the gunmen searched every bus, accusing drivers of carrying "
       "soldiers"),
      ("the gunmen", "drivers of carrying soldiers")]),
]

ACCUSER_LOOK_ALIKES: list[tuple[str, list]] = [
    # the reported clause's subject is a thing, no accuser
    ("Villagers said the town was quiet after the raid, accusing the council of neglect.",
     [("Villagers", "the town was quiet after the raid, accusing the council of neglect")]),
    ("The minister said the talks had failed, accusing nobody of anything.",
     [("The minister", "the talks had failed, accusing nobody of anything")]),
    # no charge after the participle
    ("Residents said the curfew began at six, accusing.",
     [("Residents", "the curfew began at six, accusing")]),
    # the finite verb, read as before
    ("Farmers accused soldiers of stealing their cattle.",
     [("Farmers", "soldiers of stealing their cattle")]),
]


@pytest.mark.parametrize(("text", "expected"), [*ACCUSER_MEMBERS, *ACCUSER_LOOK_ALIKES])
def test_accusing_inside_reported_words(text: str, expected: list) -> None:
    assert statement_words(text) == expected


COLON_MEMBERS: list[tuple[str, list]] = [
    # the sentence's subject, a person by full name
    ('Former mayor Ana Pell gave her own account on local radio: "Nobody came to help us '
     'that night."',
     [("Former mayor Ana Pell", "Nobody came to help us that night")]),
    # the person the sentence turns the reader to, with a relative on who the person is
    ('The ministry released its figures in May. Listen now to Tomas Brenner, whose son is '
     'still missing: "I wait for the phone every day. I am old now."',
     [("Tomas Brenner", "I wait for the phone every day. I am old now")]),
]

COLON_LOOK_ALIKES: list[tuple[str, list]] = [
    # a thing with writing on it, whose words the quote may be
    ('Ana Reyes found a note pinned to the door: "We will come back for the rest of you."',
     []),
    ('Maria Lopez pointed at the sign above the gate: "No entry after dark for anyone."',
     []),
    # no one named by a full name
    ('Listen now to the choir of the parish: "Glory to the fallen of the war."', []),
]


@pytest.mark.parametrize(("text", "expected"), [*COLON_MEMBERS, *COLON_LOOK_ALIKES])
def test_quote_after_a_colon_naming_a_person(text: str, expected: list) -> None:
    assert statement_words(text) == expected


CARE_MEMBERS: list[tuple[str, list]] = [
    ("Doctors at the district hospital have treated at least 25 people, most of them for "
     "gunshot wounds.",
     [("treated at least 25 people, most of them for gunshot wounds", "wounded", 25, None,
       "at_least", "people")]),
    # where and when between the people and the harm
    ("Medics treated more than 60 people in Tessit overnight, most of them for burns.",
     [("treated more than 60 people in Tessit overnight, most of them for burns",
       "wounded", 60, None, "more_than", "people")]),
    # the care after the violence, and the patients sent on
    ("About 35 people were treated and discharged after the attack on the market, he said.",
     [("About 35 people were treated and discharged after the attack", "wounded", 35, None,
       "about", "people")]),
    ("Twelve people were treated after the blast and sent home.",
     [("Twelve people were treated after the blast", "wounded", 12, None, "exact",
       "people")]),
]

CARE_LOOK_ALIKES: list[tuple[str, list]] = [
    ("Doctors treated 300 people, most of them for malaria.", []),
    ("The clinic treated 40 people, most of them for the effects of the heat.", []),
    ("About 35 people were treated and discharged after the floods.", []),
    ("Twelve people were treated after the match.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*CARE_MEMBERS, *CARE_LOOK_ALIKES])
def test_care_told_with_its_harm(text: str, expected: list) -> None:
    assert figures(text) == expected
