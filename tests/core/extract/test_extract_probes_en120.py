"""Probes of the hundred-and-twentieth English round (issue 11): whose quote it is.

A quote belongs to the person a feature or a statement has brought in, not to the last name
written before it. A commander named in commas after his post may carry a rank of two words
and two surnames (en-68). After a fronted place or time, a trade in lower case run into a
name brings the feature's person in, whatever the trade ("technician", en-67). The name a
source gave ("a street vendor who gave her name as ...") is the speaker, before a reported
clause or a quote (en-68). A source inside someone's words ("An official told me there is
no budget," she says) is no antecedent for the next "she" or "he" (en-68, en-28, en-59). A
subject its own sentence calls "he" ("Jonas was 19 when he was stabbed") is no antecedent
for a "she", and one it calls "she" is a person, not a stray capital (en-64). A second
fronted phrase after a first ("Every morning at six, before the first of his runs to the
port, Tomas Vey counts ...") still leaves the sentence's subject to be found (en-66). With
no comma or quote mark before "said", the phrase after it with a relative clause
("Organisers of the march said a third man, who was shot, remained ...") opens the reported
words and is no inverted speaker (en-68). A letterhead in capitals, a body, a dash and its
unit ("NATIONAL ARMY OF KESSA - THIRD DIVISION"), is nobody's words (en-68). One of a group
picked out by a body's own name ("One of them, the Valley Guard brigade, said") is that
body (en-65).

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

Said = tuple[str | None, str]

# (text, every statement the engine must give, as (speaker, words))
MEMBERS: list[tuple[str, list[Said]]] = [
    # a rank of two words before a name with two surnames, in commas after the post
    ('The commander of the Third Brigade, Brigadier General Tomas Irvana Delgado, said: '
     '"We will hold the bridge at Marro." He added that two more companies had been sent.',
     [("Brigadier General Tomas Irvana Delgado", "We will hold the bridge at Marro"),
      ("Brigadier General Tomas Irvana Delgado", "two more companies had been sent")]),
    # a trade the vocabulary does not know, run into the name after a fronted place or time:
    # the feature's person, not the body named last
    ('Kessa says the lists leave out half the names, a claim Vask denies.\n\nAt a workshop '
     'in Tessel, technician Liana Petek fits about 20 limbs a month. "Most come from '
     'Tessel," she says. "The children I cannot forget."',
     [("Kessa", "the lists leave out half the names"),
      ("Vask", "the lists leave out half the names"),
      ("technician Liana Petek", "Most come from Tessel"),
      ("technician Liana Petek", "The children I cannot forget")]),
    ('Kessa says the lists leave out half the names, a claim Vask denies.\n\nEvery morning, '
     'upholsterer Tomas Ruiz Vey opens at five. "Chairs first, then the news," he says.',
     [("Kessa", "the lists leave out half the names"),
      ("Vask", "the lists leave out half the names"),
      ("upholsterer Tomas Ruiz Vey", "Chairs first, then the news")]),
    # the name a source gave, after the source's trade: the named one speaks, and "she said"
    # after it is hers
    ('Shops on the avenue have closed. One witness, a street vendor who gave her name as '
     'Marisa, told us police had fired "over the heads" of the crowd near the gates. "I saw '
     'a boy fall," she said.',
     [("Marisa", 'police had fired "over the heads" of the crowd near the gates'),
      ("Marisa", "I saw a boy fall")]),
    ('One witness, who gave her name as Marisa, said: "They fired near the gates."',
     [("Marisa", "They fired near the gates")]),
    # a source inside someone's words is not the next pronoun's person
    ('Marta Quell runs the school in Tessel.\n\n"An officer at the district office told me '
     'there is no money," she says. "There is money for guns, though."',
     [("Marta Quell", "An officer at the district office told me there is no money"),
      ("An officer at the district office", "there is no money"),
      ("Marta Quell", "There is money for guns, though")]),
    ('Ivo Brant keeps the bakery open.\n\n"Yesterday a soldier told me our bread tastes like '
     'home," he said. "That is all I need."',
     [("Ivo Brant", "Yesterday a soldier told me our bread tastes like home"),
      ("a soldier", "our bread tastes like home"),
      ("Ivo Brant", "That is all I need")]),
    ('Ivo Brant keeps the bakery open. He said a soldier told him the bread tasted like '
     'home. "That is all I need," he said.',
     [("Ivo Brant", "a soldier told him the bread tasted like home"),
      ("a soldier", "the bread tasted like home"),
      ("Ivo Brant", "That is all I need")]),
    # the sex a subject's own sentence gives it
    ('Every evening at nine, Marta Quell lights a candle on the steps where her son died. '
     'Jonas was 19 when he was stabbed near the port last August.\n\n"People tell me to '
     'rest. I will rest when the calls stop," she says.\n\nPolice arrested three men within '
     "a week of Jonas's death.",
     [("Marta Quell", "People tell me to rest. I will rest when the calls stop")]),
    ('Tomas Vey runs the ferry. Lena was 30 when she took over the kiosk by the pier.\n\n'
     '"Nobody buys tickets after dark," she says.\n\nLena\'s kiosk shuts at six.',
     [("Lena", "Nobody buys tickets after dark")]),
    # a second fronted phrase before the subject
    ('Every morning at six, before the first of his runs to the port, Tomas Vey counts the '
     'coins.\n\n"We call it the road tax," he says.',
     [("Tomas Vey", "We call it the road tax")]),
    ('Every morning at six, before the first of his eleven runs between the port and the '
     'fishing village of Lisk Bay, Tomas Vey counts the coins.\n\n"We call it the road '
     'tax," he says.',
     [("Tomas Vey", "We call it the road tax")]),
    # no inverted speaker after "said" with nothing set off before it
    ("Two protesters were killed in Tessel on Friday, a district official said. Organisers "
     "of the march said a third man, who was shot in the chest, remained in hospital.",
     [("a district official", "Two protesters were killed in Tessel on Friday"),
      ("Organisers of the march",
       "a third man, who was shot in the chest, remained in hospital")]),
    # a letterhead in capitals: a body, a dash, its unit
    ("NATIONAL ARMY OF KESSA - THIRD DIVISION\nStatement No. 12 on the attack in Marro\n"
     "The Third Division reports that two soldiers were killed.",
     [("The Third Division", "two soldiers were killed")]),
    # one of a group picked out by the body's own name
    ('Both groups have blamed each other. One of them, the Valley Guard brigade, said in a '
     'post on Facebook that it had "only returned fire".',
     [("the Valley Guard brigade", 'it had "only returned fire"')]),
    ('One resident, a fisherman who asked to be identified only as Teo, said: "The boats '
     'stay in."',
     [("Teo", "The boats stay in")]),
]

LOOKALIKES: list[tuple[str, list[Said]]] = [
    # a trade the vocabulary knows was read before
    ('Kessa says the lists leave out half the names, a claim Vask denies.\n\nAt a clinic in '
     'Tessel, nurse Liana Petek sees about 20 patients a day. "Most come from Tessel," she '
     'says.',
     [("Kessa", "the lists leave out half the names"),
      ("Vask", "the lists leave out half the names"),
      ("nurse Liana Petek", "Most come from Tessel")]),
    # a trade with no name brought in keeps the description
    ("One witness, a street vendor who lives by the port, told us police had fired near the "
     "gates.",
     [("One witness", "police had fired near the gates")]),
    ('One witness, a street vendor from the port, said: "They fired near the gates."',
     [("One witness", "They fired near the gates")]),
    # a subject its own sentence calls "he" is still the next "he"
    ('Every evening at nine, Marta Quell lights a candle on the steps. Jonas was 19 when he '
     'was stabbed near the port last August.\n\n"I see them in every group of boys," he '
     "says.\n\nPolice arrested three men within a week of Jonas's death.",
     [("Jonas", "I see them in every group of boys")]),
    # one fronted phrase was read before
    ('Every morning at six, Tomas Vey counts the coins.\n\n"We call it the road tax," he '
     'says.',
     [("Tomas Vey", "We call it the road tax")]),
    # a subject read whole before "said" was no inversion before
    ("Leaders of the union said the manager, who was hired in May, had refused to meet them.",
     [("Leaders of the union", "the manager, who was hired in May, had refused to meet them")]),
    # an inverted speaker after words set off by a comma or a quote
    ("Two people died in the fire, said the army spokesman, who gave no details.",
     [("the army spokesman", "Two people died in the fire")]),
    ('"We will stay," said Ivo Brant, who leads the council.',
     [("Ivo Brant", "We will stay")]),
    # a headline's source after a dash, in capitals or not, and a unit in title case
    ("TWO KILLED IN MARRO ATTACK - POLICE\nTwo people were killed in an attack in Marro on "
     "Sunday.",
     [("POLICE", "TWO KILLED IN MARRO ATTACK")]),
    ("Two killed in Marro attack - Third Division\nTwo people were killed in an attack in "
     "Marro on Sunday.",
     [("Third Division", "Two killed in Marro attack")]),
    # a body's noun with no name of its own leaves "One of them"
    ("Both groups have blamed each other. One of them, the largest brigade, said it had only "
     "returned fire.",
     [("One of them", "it had only returned fire")]),
    # a speaker of words of one's own after another's is still the next pronoun's person
    ('Colonel Ana Ruiz spoke at the gate. "We have orders," she said. Her deputy, Major '
     'Tomas Vey, said: "The road stays shut." "No one passes," he added.',
     [("Colonel Ana Ruiz", "We have orders"), ("Major Tomas Vey", "The road stays shut"),
      ("Major Tomas Vey", "No one passes")]),
    # a name of two or three words in commas was read before, and a long one before "said
    # that" too
    ("The head of the Fourth Division, Major General Pavel Oskin Varga, said the roads to "
     "Kessa would reopen on Monday.",
     [("Major General Pavel Oskin Varga", "the roads to Kessa would reopen on Monday")]),
    ('The commander of the Third Brigade, General Tomas Delgado, said: "We will hold the '
     'bridge."',
     [("General Tomas Delgado", "We will hold the bridge")]),
    ("The mayor of Kessa, Lena Orr, said the market would open on Monday.",
     [("Lena Orr", "the market would open on Monday")]),
]


@pytest.mark.parametrize(("text", "expected"), MEMBERS)
def test_members(text: str, expected: list[Said]) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOOKALIKES)
def test_lookalikes(text: str, expected: list[Said]) -> None:
    assert statement_words(text) == expected
