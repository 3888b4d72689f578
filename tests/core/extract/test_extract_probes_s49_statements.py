"""English probes, forty-seventh round: the fourteenth blind set's statement families.

Each family is probed as a whole, with the look-alikes its rule must leave alone:

1. An inverted attribution with a post and a name in commas, then ", adding (that)":
   "..., said the district chief, Col. X, adding that ..." gives the named person both
   the words before and the words after "adding".
2. "has informed / notified <hearer> that ...": read as "told <hearer> that" is; the
   passive "were informed that", "informed ... of ..." and "Informed sources" are not.
3. A denial whose words are one abstract noun ("denied involvement", "denies
   responsibility for the shelling"): the noun is the words; "denied entry / bail" stays
   an act.
4. "declared three days of national mourning", "a state of emergency", "martial law":
   acts of office, no words; "declared that ..." stays a statement.
5. "said <Name>, <a long description>, who told us ...": the relative's words go to the
   name, not to the description.
6. A review page's section label before a title line's colon ("Television: pick of the
   week") is no speaker; "Police: 12 killed ..." stays a headline attribution.
7. A caption, wall text or timeline that "says" / "notes" / "states" is a speaker as
   written; a sign, a plaque and a label stay things that show words.
8. '"He told us to run ...," Lina said': the words "he" told are not Lina's own (inside
   her quote "he" is someone else); the quote stays hers, the inner reading goes.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

INVERTED_ADDING: list[tuple[str, Entries]] = [
    ("Three more guards were hurt, said the governor, Mara Feld, adding that the attackers"
     " had fled.",
     [("Mara Feld", "Three more guards were hurt"), ("Mara Feld", "the attackers had fled")]),
    ("Three more guards were hurt, said a police spokesman, Lt. Omar Desh, adding the"
     " attackers fled on foot.",
     [("Lt. Omar Desh", "Three more guards were hurt"),
      ("Lt. Omar Desh", "the attackers fled on foot")]),
    ("Three more guards were hurt, says the camp director, Dr. Ines Amari, adding that water"
     " was short.",
     [("Dr. Ines Amari", "Three more guards were hurt"), ("Dr. Ines Amari", "water was short")]),
    # a cut-off wire item: the words after "adding that" run to the end of the text
    ("Two drivers were also killed, said the district chief, Col. Amos Tirelli, adding that"
     " the gunmen had crossed the river from",
     [("Col. Amos Tirelli", "Two drivers were also killed"),
      ("Col. Amos Tirelli", "the gunmen had crossed the river from")]),
    # look-alikes read before the round, unchanged
    ("Three more guards were hurt, said the governor, adding that the attackers had fled.",
     [("the governor", "Three more guards were hurt"),
      ("the governor", "the attackers had fled")]),
    ("Three more guards were hurt, said the official, Col. Amos Tirelli.",
     [("Col. Amos Tirelli", "Three more guards were hurt")]),
]

INFORMED: list[tuple[str, Entries]] = [
    ("The contractor has informed the ministry that two drivers were missing.",
     [("The contractor", "two drivers were missing")]),
    ("The contractor has notified the Company that the pipeline was shut.",
     [("The contractor", "the pipeline was shut")]),
    ("The operator informed us that the site was evacuated.",
     [("The operator", "the site was evacuated")]),
    ("The insurer notifies its clients that the policy has lapsed.",
     [("The insurer", "the policy has lapsed")]),
    ("Two weeks later the contractor informed the ministry that the road was open.",
     [("the contractor", "the road was open")]),
    # look-alikes: a passive with no agent, "informed ... of", an adjective
    ("The families were informed that the bodies would be returned.", []),
    ("The ministry has informed parliament of the closure.", []),
    ("Informed sources said the talks had stalled.",
     [("Informed sources", "the talks had stalled")]),
]

BARE_DENIALS: list[tuple[str, Entries]] = [
    ("The rebels denied involvement.", [("The rebels", "involvement")]),
    ("The army denied responsibility.", [("The army", "responsibility")]),
    ("The suspect denied wrongdoing.", [("The suspect", "wrongdoing")]),
    ("Both sides denied involvement.", [("Both sides", "involvement")]),
    ("The militia again denied responsibility for the shelling.",
     [("The militia", "responsibility for the shelling")]),
    ("The army denied responsibility, saying its units were far away.",
     [("The army", "responsibility"), ("The army", "its units were far away")]),
    ("The Taliban denied involvement and said the bomb was planted by criminals.",
     [("The Taliban", "involvement"), ("The Taliban", "the bomb was planted by criminals")]),
    # look-alikes: an act denied to someone; objects read before the round
    ("The soldiers were denied entry.", []),
    ("The rebels denied bail to the prisoners.", []),
    ("The group denied any involvement.", [("The group", "any involvement")]),
    ("The minister denied knowledge of the plan.", [("The minister", "knowledge of the plan")]),
]

DECLARED: list[tuple[str, Entries]] = [
    ("The government declared three days of national mourning.", []),
    ("The government declares a day of mourning.", []),
    ("The president declared a state of emergency.", []),
    ("The president declared martial law in the north.", []),
    # look-alike: a "that" clause is words
    ("The prime minister declared that the mourning would last three days.",
     [("The prime minister", "the mourning would last three days")]),
]

APPOSED_RELATIVES: list[tuple[str, Entries]] = [
    ('"I have six children to feed and my cart is my only work," said Musa Keita, a taxi'
     " rider in the Lowa neighbourhood, who told us he would park his motorbike and walk the"
     " ten kilometres to the depot.",
     [("Musa Keita", "I have six children to feed and my cart is my only work"),
      ("Musa Keita", "he would park his motorbike and walk the ten kilometres to the depot")]),
    ('"We waited all night," said Lina Sarr, a nurse at the district clinic in Orun, who told'
     " reporters that the ward had run out of beds.",
     [("Lina Sarr", "We waited all night"), ("Lina Sarr", "the ward had run out of beds")]),
    # look-alikes: a relative inside a subject, and one with no words
    ("Musa Keita, a taxi rider in the Lowa neighbourhood, who told us he would park his"
     " motorbike, was not at home.", []),
    ('"We waited all night," said Musa Keita, a taxi rider in the Lowa neighbourhood, who'
     " said nothing more.", [("Musa Keita", "We waited all night")]),
]

SECTION_LABELS: list[tuple[str, Entries]] = [
    ("Television: pick of the week\n\nA film about the war in Orun opens on Friday.", []),
    ("Theatre: the season ahead\n\nA play about the siege of Orun opens in May.", []),
    # look-alike: a source before a headline's colon
    ("Police: 12 killed in market blast\n\nKESSA - A bomb killed 12 people.",
     [("Police", "12 killed in market blast")]),
]

CASES = [*INVERTED_ADDING, *INFORMED, *BARE_DENIALS, *DECLARED, *APPOSED_RELATIVES,
         *SECTION_LABELS]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_round_47_statement_families(text: str, expected: Entries) -> None:
    assert statements(text) == expected


DISPLAY_TEXTS: list[tuple[str, Entries]] = [
    ("A caption says 400 families left the valley.",
     [("A caption", "400 families left the valley")]),
    ("One caption, written by the photographer herself, says nine people died in the church.",
     [("One caption", "nine people died in the church")]),
    ("A wall text notes that the militia burned the market in 1994.",
     [("A wall text", "the militia burned the market in 1994")]),
    ("A timeline on the wall states that the siege lasted 90 days.",
     [("A timeline on the wall", "the siege lasted 90 days")]),
    ("The final room's wall text notes that relief workers at the time counted \"at least 40"
     " dead\" in the town.",
     [("The final room's wall text",
       "relief workers at the time counted \"at least 40 dead\" in the town")]),
    # look-alikes: things with writing on them stay no source; no words, no entry
    ("A plaque says the bridge was rebuilt in 2004.", []),
    ("The sign said the road was closed.", []),
    ("The caption said.", []),
    ("The timeline of the talks said nothing about prisoners.", []),
    ("Photographers caption their pictures in the field.", []),
]


@pytest.mark.parametrize(("text", "expected"), DISPLAY_TEXTS,
                         ids=[c[0][:60] for c in DISPLAY_TEXTS])
def test_display_texts_as_speakers(text: str, expected: Entries) -> None:
    assert statements(text) == expected


THIRD_PERSON_INSIDE_QUOTES: list[tuple[str, Entries]] = [
    ('"He told us to run," Lina said.', [("Lina", "He told us to run")]),
    ('"He told us the road was closed and we should wait," Lina said.',
     [("Lina", "He told us the road was closed and we should wait")]),
    ('Omar was hit as he ran back for his neighbour. "He told us to run and he went back for'
     ' the old man," his sister Lina told reporters on Sunday.',
     # (round 74: the teller is the one person named before the quote, as the sets' gold
     # reads "He told us to run" after "Eric was walking home")
     [("his sister Lina", "He told us to run and he went back for the old man"),
      ("Omar", "to run and he went back for the old man")]),
    ('"He told us to run," said Lina, "and then he went back."',
     [("Lina", "He told us to run"), ("Lina", "and then he went back")]),
    # look-alikes: the speaker's own "I told", and reported speech with no quote marks
    ('"I told them to run," Lina said.', [("Lina", "I told them to run")]),
    ("Lina said he told them the road was closed.", [("Lina", "the road was closed")]),
]


@pytest.mark.parametrize(("text", "expected"), THIRD_PERSON_INSIDE_QUOTES,
                         ids=[c[0][:60] for c in THIRD_PERSON_INSIDE_QUOTES])
def test_third_person_teller_inside_a_quote(text: str, expected: Entries) -> None:
    assert statements(text) == expected
