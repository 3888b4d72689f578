"""English probes, fifty-first round: the eighteenth blind set's statement families.

Each family is probed as a whole, with the look-alikes its rule must leave alone:

1. "The tribunal heard from Ms Ada Obi, ... She said ...": a hearing brings in the one who
   speaks next, and a later "she" in the same account is still that person; a person who
   is the subject of the hearing keeps the pronoun.
2. "The first witness, Mr X, said ... The second witness, a farmer, said ... He added
   ...": a description singled out by an ordinal or "other" is not the name the text gave
   another of the same description; a singular head in "-ss" ("the witness", "the boss")
   is one person a pronoun may stand for.
3. "..., the army said, in fighting that also left three soldiers dead": a prepositional
   phrase on a violent event after an inverted attribution, with "that" and a verb at once,
   is a relative on the event; the words are before the attribution.
4. "..., the UN said, urging their immediate release.": an appeal's object as a noun
   closing the sentence is a second entry, as "urging X to ..." is.
5. "The Panel also received reports that ...": "reports" after a verb of receiving or
   holding is the noun; what came in has no named sender.
6. 'The text of one leaflet shared by activists read in full: "..."': a text printed whole
   is one quote, its speaker the text as the sentence names it.
7. "will be pardoned according to the amnesty decree": a decree, regulation or statute is
   an instrument of law, as "the law" is, and reports nothing.
8. "a police report that gave the number of dead as ...": "that" and an irregular past
   verb with its object after "a report" / "a statement" open a relative on the paper (a
   toll given is a figure), as "a report that accused the army" does.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

HEARD_FROM: list[tuple[str, Entries]] = [
    ("The tribunal heard from Ms Amina Sesay, a nurse at the clinic in Kerewan. She said 12"
     " patients had died.", [("Ms Amina Sesay", "12 patients had died")]),
    ('In the morning the inquiry heard evidence from Dr Okon Bassey. He said the ward at Ikot'
     ' Edem was full. Asked whether any beds were left, he replied: "None at all."',
     [("Dr Okon Bassey", "the ward at Ikot Edem was full"),
      ("Dr Okon Bassey", "None at all")]),
    ("The committee heard testimony from Mr Tijan Faye, a ferry owner. He told the committee"
     " that three boats sank.", [("Mr Tijan Faye", "three boats sank")]),
    ("On Tuesday the Committee heard from Mrs Awa Njie, a teacher in Brikama. She said the"
     " school had closed in May.", [("Mrs Awa Njie", "the school had closed in May")]),
    # look-alikes: a person who hears keeps the pronoun; a person named in between speaks
    ("Colonel Tamba Kebbeh heard from Ms Ada Obi that the road was shut. He said the army"
     " would open it by Friday.",
     [("Colonel Tamba Kebbeh", "the army would open it by Friday")]),
    ("The tribunal heard from Ms Amina Sesay on Monday. The judge, Mr Kofi Mensah, said the"
     " case would resume. He said 12 witnesses were left.",
     [("Mr Kofi Mensah", "the case would resume"), ("Mr Kofi Mensah", "12 witnesses were left")]),
    ("The Ministry said 40 people had fled Kerewan. It added that the roads were closed.",
     [("The Ministry", "40 people had fled Kerewan"), ("The Ministry", "the roads were closed")]),
]

SINGLED_OUT: list[tuple[str, Entries]] = [
    ("The first witness, Mr Ebrima Ceesay, said soldiers came at dawn. The second witness, a"
     " farmer from Kuntaur Wharf, said the boats were burned. He added that two men were"
     " shot.",
     [("Mr Ebrima Ceesay", "soldiers came at dawn"),
      ("The second witness", "the boats were burned"),
      ("The second witness", "two men were shot")]),
    ("The first guard, Mr Lamin Dibba, said the gate was open. The other guard, a young"
     " recruit, said he saw nobody. He added that the lights were off.",
     [("Mr Lamin Dibba", "the gate was open"), ("The other guard", "he saw nobody"),
      ("The other guard", "the lights were off")]),
    ("The boss, a timber trader in Soma, said shops had closed. He added that two men were"
     " shot.", [("The boss", "shops had closed"), ("The boss", "two men were shot")]),
    # look-alikes: the same description without an ordinal is the name given it; a plural
    ("The witness, Mr Ebrima Ceesay, arrived late in Kuntaur. The witness said soldiers came"
     " at dawn. He added that two men were shot.",
     [("The witness", "soldiers came at dawn"), ("Mr Ebrima Ceesay", "two men were shot")]),
    ("The bosses in Soma said shops had closed. They added that two men were shot.",
     [("The bosses in Soma", "shops had closed"), ("The bosses in Soma", "two men were shot")]),
]

EVENT_RELATIVES: list[tuple[str, Entries]] = [
    ("Troops killed 14 militants in the Kolra hills on Friday, the army said, in fighting"
     " that also left three soldiers dead.",
     [("the army", "Troops killed 14 militants in the Kolra hills on Friday")]),
    ("Troops killed 14 militants in the Kolra hills on Friday, the army said, in clashes that"
     " lasted six hours.",
     [("the army", "Troops killed 14 militants in the Kolra hills on Friday")]),
    ("Rebels killed nine villagers near Dabo, police said, in an attack that left four"
     " wounded.", [("police", "Rebels killed nine villagers near Dabo")]),
    # look-alikes: "that" after a medium or a time opens the words; an "-ed" adjective
    # after "that" with no comma before the phrase
    ("The army said in a statement that troops killed 14 militants in Kolra.",
     [("The army", "troops killed 14 militants in Kolra")]),
    ("The army said after the attack that armed men had fled to Kolra.",
     [("The army", "armed men had fled to Kolra")]),
    ("Police said during the raid that wounded guards were taken to Dabo.",
     [("Police", "wounded guards were taken to Dabo")]),
    ("Troops killed 14 militants in Kolra, the army said, adding that three soldiers died.",
     [("the army", "Troops killed 14 militants in Kolra"),
      ("the army", "three soldiers died")]),
]

URGED_NOUNS: list[tuple[str, Entries]] = [
    ("Gunmen abducted five aid workers near Wuli on Saturday, the United Nations said,"
     " urging their immediate release.",
     [("the United Nations", "Gunmen abducted five aid workers near Wuli on Saturday"),
      ("the United Nations", "their immediate release")]),
    ("Rebels shelled the market in Dabo, the mission said, urging restraint on both sides.",
     [("the mission", "Rebels shelled the market in Dabo"),
      ("the mission", "restraint on both sides")]),
    # look-alikes: the addressee and an infinitive; a march's purpose, no speaker
    ("Gunmen abducted five aid workers near Wuli, the UN said, urging the gunmen to free"
     " them.", [("the UN", "Gunmen abducted five aid workers near Wuli"),
                ("the UN", "the gunmen to free them")]),
    ("Hundreds marched through Wuli urging an end to the raids.", []),
]

RECEIVED_REPORTS: list[tuple[str, Entries]] = [
    ("The Panel also received reports that the group collects a tax on every truck in"
     " Dabo.", []),
    ("The Panel received reports that the group collects a tax on every truck in Dabo.", []),
    ("The Panel also has reports that the group collects a tax on every truck in Dabo.", []),
    # look-alikes: the verb itself, after a plural subject and after "received ... and"
    ("The Panel reports that the group collects a tax on every truck in Dabo.",
     [("The Panel", "the group collects a tax on every truck in Dabo")]),
    ("Local officials received the delegation and reported that 12 men were shot.",
     [("Local officials", "12 men were shot")]),
    ("Health workers in Dabo report that 12 men were shot.",
     [("Health workers in Dabo", "12 men were shot")]),
]

GIVEN_WHOLE: list[tuple[str, Entries]] = [
    ('Army helicopters dropped leaflets over Kolra on Monday. The text of one leaflet shared'
     ' by activists read in full: "To the people of Kolra. The army is coming. Leave before'
     ' Friday."',
     [("The text of one leaflet",
       "To the people of Kolra. The army is coming. Leave before Friday")]),
    ('The note read in full: "We have taken your son. Do not call the police."',
     [("The note", "We have taken your son. Do not call the police")]),
    # look-alikes: a statement's "read:"; a banner; reading aloud
    ('A statement from the army read: "Leave Kolra within 48 hours."',
     [("the army", "Leave Kolra within 48 hours")]),
    ('A banner at the gate read "Welcome to Kolra".', []),
    ("A court clerk read the ruling aloud in Kolra.", []),
]

LAW_INSTRUMENTS: list[tuple[str, Entries]] = [
    ("Those who surrender will be pardoned according to the amnesty decree, the governor"
     " said.", [("the governor", "Those who surrender will be pardoned")]),
    ("The decree says every fighter who surrenders will be pardoned.", []),
    # look-alike: a body after "according to"
    ("According to the ministry, 40 prisoners were freed in Kolra.",
     [("the ministry", "40 prisoners were freed in Kolra")]),
]

PAPER_RELATIVES: list[tuple[str, Entries]] = [
    ('Counsel read into the record a 2011 police report that gave the number of dead as'
     ' "two raiders".', []),
    ("The army issued a statement that put the toll at 14.", []),
    # look-alikes: the content clause after the noun; a relative before "said"
    ("The army issued a statement that troops had killed 14 rebels.",
     [("a statement", "troops had killed 14 rebels")]),
    ("A report that reached the Panel on Friday said 14 people died.",
     [("A report that reached the Panel on Friday", "14 people died")]),
]

CASES = [
    *(("heard from", t, e) for t, e in HEARD_FROM),
    *(("singled out", t, e) for t, e in SINGLED_OUT),
    *(("event relative", t, e) for t, e in EVENT_RELATIVES),
    *(("urged noun", t, e) for t, e in URGED_NOUNS),
    *(("received reports", t, e) for t, e in RECEIVED_REPORTS),
    *(("given whole", t, e) for t, e in GIVEN_WHOLE),
    *(("law instruments", t, e) for t, e in LAW_INSTRUMENTS),
    *(("paper relatives", t, e) for t, e in PAPER_RELATIVES),
]


@pytest.mark.parametrize(("family", "text", "expected"), CASES,
                         ids=[f"{c[0]}:{c[1][:50]}" for c in CASES])
def test_round_51_statement_families(family: str, text: str, expected: Entries) -> None:
    assert statements(text) == expected
