"""English probes, forty-sixth round: the thirteenth blind set's statement families.

Each family is probed as a whole, in wordings of wires, write-throughs, memoirs, appeals
and editorials, with the look-alikes the rule must leave alone:

1. A wire's slug and flash words ("URGENT", "FLASH", "BREAKING", "UPDATE 3", "REFILE",
   "CORRECTED", "WRAPUP 1"), with or without a time stamp, on the first line or on a
   later one: never a speaker, never part of the words, and a headline's "- police"
   after them stands. A title line's label ("Extract:", "Excerpt:", "Opinion:") is no
   speaker either.
2. "he" / "she" after a description whose head is a post one person holds ("the regional
   ombudsman said ... He said"); and a body's name ("The UN", "NATO", "The Defence
   Ministry") is no "he": the pronoun goes to the person before it.
3. A denial or a dispute told as a note on the claim before it, the verb after its
   subject ("a claim their families deny", "an account witnesses dispute", "allegations
   the lawyers reject", ", which their relatives deny"): the claim's words end at the
   note, and the one who denies (not who disputes or rejects) gets an entry with the same
   words.
4. A reporting verb whose words are a bare figure set against another figure of the
   sentence ("People said six were killed there, and the radio said nine"; "Police said
   12 people died; residents said 20"); a lone "The radio said nine." stays nothing.
5. A reporting verb inside a series of verbs that share the sentence's subject ("flies
   in, promises more patrols, and flies out"): read as it would be right after the
   subject; an inverted attribution (", said a witness") and a verb of no speech stay as
   they were.
6. Where the words end: a second clause after "but" / "yet" / "although" whose own
   subject knows, believes or says something ("but it has not said whether ...", "yet we
   know ...", "but he did not believe it") is the writer's; inside a quotation, or "but
   that ...", it stays the speaker's.

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

BODY = "\n\nKESSA, Veltra (Wire) - A car bomb hit a market on Tuesday."

WIRE_SLUGS: list[tuple[str, Entries]] = [
    # the slug on a later line, under a title line, after a clock
    ("Kessa market bombing as it ran\n09:12 URGENT - Car bomb hits market in Kessa - police"
     + BODY, [("police", "Car bomb hits market in Kessa")]),
    ("Kessa market bombing as it ran\n10:05 FLASH - Car bomb hits market in Kessa - police"
     + BODY, [("police", "Car bomb hits market in Kessa")]),
    ("Kessa market bombing as it ran\n10:05 BREAKING - Gunmen storm bank in Orun - witnesses"
     + BODY, [("witnesses", "Gunmen storm bank in Orun")]),
    ("Kessa market bombing as it ran\nURGENT - Car bomb hits market in Kessa - army" + BODY,
     [("army", "Car bomb hits market in Kessa")]),
    # on the first line: the slug is no part of the words, its number no date
    ("UPDATE 2 - Car bomb hits market in Kessa - police" + BODY,
     [("police", "Car bomb hits market in Kessa")]),
    ("CORRECTED - Car bomb hits market in Kessa - police" + BODY,
     [("police", "Car bomb hits market in Kessa")]),
    ("REFILE-Car bomb hits market in Kessa - police" + BODY,
     [("police", "Car bomb hits market in Kessa")]),
    ("WRAPUP 1-Car bomb hits market in Kessa - police" + BODY,
     [("police", "Car bomb hits market in Kessa")]),
    # a write-through paragraph: the slug is no speaker of a quote's "he"
    ("14:20 UPDATE 3 - A district official, Karim Sabah Tawfiq, put the toll at 14 dead. "
     "\"Most of them were traders,\" he told the agency. \"The road was closed.\"",
     [("Karim Sabah Tawfiq", "Most of them were traders"),
      ("Karim Sabah Tawfiq", "The road was closed")]),
    ("UPDATE 3 - A district official, Karim Sabah Tawfiq, put the toll at 14 dead. "
     "\"Most of them were traders,\" he said.",
     [("Karim Sabah Tawfiq", "Most of them were traders")]),
    ("Kessa bombing\n09:40 UPDATE 1 - A car bomb hit a crowded market in Kessa on Tuesday, "
     "killing at least six people, police said.",
     [("police", "A car bomb hit a crowded market in Kessa on Tuesday, killing at least six "
                 "people")]),
    # a title line's label
    ("Extract: 'The Long Road' by Mira Hadzic\n\nThe nurses worked all night.", []),
    ("Excerpt: 'The Long Road' by Mira Hadzic\n\nThe nurses worked all night.", []),
    ("Opinion: 'We will not be silenced' by Amos Kerr\n\nThe nurses worked all night.", []),
    # look-alikes: no slug, a source's own colon, a slug word inside a sentence
    ("Car bomb hits market in Kessa - police" + BODY,
     [("police", "Car bomb hits market in Kessa")]),
    ("URGENT: Gunmen storm bank in Orun, witnesses say",
     [("witnesses", "Gunmen storm bank in Orun")]),
    ("15:00 UPDATE 4 - A doctor said 19 people had died.", [("A doctor", "19 people had died")]),
    ("Editor's note: The names of the nurses have been changed.", []),
]

SOLE_POSTS: list[tuple[str, Entries]] = [
    ("Some 300 families have left Pindu since the clashes began, the regional ombudsman "
     "said on Monday. He said two boys had been missing since Friday.",
     [("the regional ombudsman", "Some 300 families have left Pindu since the clashes began"),
      ("the regional ombudsman", "two boys had been missing since Friday")]),
    ("Some 300 families have left Pindu, the ombudsman said. He said two boys were missing.",
     [("the ombudsman", "Some 300 families have left Pindu"),
      ("the ombudsman", "two boys were missing")]),
    ("Some 300 families have left Pindu, the inspector-general said. He said two boys were "
     "missing.",
     [("the inspector-general", "Some 300 families have left Pindu"),
      ("the inspector-general", "two boys were missing")]),
    ("Some 300 families have left Pindu, the state prosecutor said. She said two boys were "
     "missing.",
     [("the state prosecutor", "Some 300 families have left Pindu"),
      ("the state prosecutor", "two boys were missing")]),
    ("Some 300 families have left Pindu, the district coroner said. He said two boys had "
     "drowned.",
     [("the district coroner", "Some 300 families have left Pindu"),
      ("the district coroner", "two boys had drowned")]),
    ("Some 300 families have left Pindu, the UN special rapporteur said. She said two boys "
     "were missing.",
     [("the UN special rapporteur", "Some 300 families have left Pindu"),
      ("the UN special rapporteur", "two boys were missing")]),
    # a body's name is no "he": the person before it is
    ("Our chief told the nurses to wait. The UN said 300 people had died in the siege. "
     "\"Dig the graves,\" he said.",
     [("Our chief", "the nurses to wait"), ("The UN", "300 people had died in the siege"),
      ("Our chief", "Dig the graves")]),
    ("Our chief told the nurses to wait. NATO said 300 people had died. \"Dig the graves,\" "
     "he said.",
     [("Our chief", "the nurses to wait"), ("NATO", "300 people had died"),
      ("Our chief", "Dig the graves")]),
    ("Dr Ana Ruiz told the nurses to wait. The Health Ministry said 300 people had died. "
     "\"Dig the graves,\" she said.",
     [("Dr Ana Ruiz", "the nurses to wait"), ("The Health Ministry", "300 people had died"),
      ("Dr Ana Ruiz", "Dig the graves")]),
    # look-alikes: the office of the post is "it"; the outlet's own reporter is no "he"
    ("Some 300 families have left Pindu, the ombudsman's office said. It said two boys "
     "were missing.",
     [("the ombudsman's office", "Some 300 families have left Pindu"),
      ("the ombudsman's office", "two boys were missing")]),
    ("Our correspondent in Pindu said the road was closed. \"We wait,\" he said.",
     [("Our correspondent in Pindu", "the road was closed"), ("he", "We wait")]),
]

DENYING_NOTES: list[tuple[str, Entries]] = [
    ("The Interior Ministry has said the students were \"vandals\" who attacked a post "
     "with stones, a claim their families deny.",
     [("The Interior Ministry",
       "the students were \"vandals\" who attacked a post with stones"),
      ("their families", "the students were \"vandals\" who attacked a post with stones")]),
    ("Police said the driver had fired first, an account witnesses deny.",
     [("Police", "the driver had fired first"), ("witnesses", "the driver had fired first")]),
    ("The governor said the camp was safe, a claim aid workers deny.",
     [("The governor", "the camp was safe"), ("aid workers", "the camp was safe")]),
    ("The ministry said the detainees were treated well, allegations the lawyers denied.",
     [("The ministry", "the detainees were treated well"),
      ("the lawyers", "the detainees were treated well")]),
    # a dispute or a rejection ends the claim's words and is no entry of its own (the corpus
    # rules list "denied", not "disputed", "rejected" or "refuted"; the blind sets' gold
    # calls say so for "reject")
    ("The governor said the camp was safe, a claim aid workers reject.",
     [("The governor", "the camp was safe")]),
    ("The ministry said the detainees were treated well, allegations the lawyers reject.",
     [("The ministry", "the detainees were treated well")]),
    ("The army says the village was empty, a version the villagers refute.",
     [("The army", "the village was empty")]),
    ("Police said the driver had fired first, an account witnesses dispute.",
     [("Police", "the driver had fired first")]),
    ("The army says the village was empty, a version the villagers contest.",
     [("The army", "the village was empty")]),
    ("The army said the men were bandits who raided a farm, which their relatives deny.",
     [("The army", "the men were bandits who raided a farm"),
      ("their relatives", "the men were bandits who raided a farm")]),
    # look-alikes: no one who denies, a repetition, a negated check
    ("The army said the men were bandits, a claim widely disputed.",
     [("The army", "the men were bandits")]),
    ("The army said the men were bandits, a claim first made in March.",
     [("The army", "the men were bandits, a claim first made in March")]),
    ("The army said the men were bandits, a claim the ministry repeated on Monday.",
     [("The army", "the men were bandits, a claim the ministry repeated on Monday")]),
    ("The rebels said they had taken the bridge, a claim Kessa did not confirm.",
     [("The rebels", "they had taken the bridge")]),
]

BARE_FIGURES: list[tuple[str, Entries]] = [
    ("People said six were killed there, and the radio said nine.",
     [("People", "six were killed there"), ("the radio", "nine")]),
    ("Police said 12 people died; residents said 20.",
     [("Police", "12 people died"), ("residents", "20")]),
    ("Residents said seven were killed, but the army said two.",
     [("Residents", "seven were killed"), ("the army", "two")]),
    ("The hospital counted 14 dead, while local activists said about 30.",
     [("local activists", "about 30")]),
    ("Twelve people were killed, the radio said, and the army said two.",
     [("the radio", "Twelve people were killed"), ("the army", "two")]),
    # look-alikes: no second figure, a year, a figure with its noun
    ("The radio said nine.", []),
    ("In 2019, the radio said nine.", []),
    ("The ministry put the toll at 12, and the rebels said 40.",
     [("the rebels", "40")]),
    ("The minister said in 2019 that the road was safe.", [("The minister", "the road was safe")]),
    ("Nine people were killed, the radio said.", [("the radio", "Nine people were killed")]),
]

SERIES_OF_VERBS: list[tuple[str, Entries]] = [
    ("The commissioner flies in, promises more patrols, and flies out.",
     [("The commissioner", "more patrols")]),
    ("The Inspector-General of Police flies in, promises more patrols, and flies out.",
     [("The Inspector-General of Police", "more patrols")]),
    ("The governor arrives, announces a curfew and leaves.", [("The governor", "a curfew")]),
    ("The governor condemned the attack, promised an inquiry, and left.",
     [("The governor", "an inquiry")]),
    ("The minister visited the camp, promised more tents and said the water would be fixed.",
     [("The minister", "more tents"), ("The minister", "the water would be fixed")]),
    # look-alikes: an inverted attribution, no words, no speech verb
    ("Gunmen stormed the village, said a witness.", [("a witness", "Gunmen stormed the village")]),
    ("The minister arrived, said nothing, and left.", []),
    ("The governor flies in, inspects the damage, and flies out.", []),
    ("The governor promises more patrols.", [("The governor", "more patrols")]),
]

WRITER_TURNS: list[tuple[str, Entries]] = [
    ("The prosecutor's office said it had opened an inquiry, but it has not said whether "
     "anyone has been detained.",
     [("The prosecutor's office", "it had opened an inquiry")]),
    ("The government insists that it does not pay ransoms, yet we know of two families "
     "who paid.",
     [("The government", "it does not pay ransoms")]),
    ("Our chief told the nurses to wait. The UN said 300 people had died, but he did not "
     "believe it.",
     [("Our chief", "the nurses to wait"), ("The UN", "300 people had died")]),
    ("The army said the road was open, although the police said it was mined.",
     [("The army", "the road was open"), ("the police", "it was mined")]),
    # look-alikes: the speaker's own "but" (quoted, "but that", no verb of knowing)
    ("\"We will rebuild, but we know it will take years,\" the mayor said.",
     [("the mayor", "We will rebuild, but we know it will take years")]),
    ("The army said the road was open, but that convoys could not pass.",
     [("The army", "the road was open, but that convoys could not pass")]),
    ("The army said the road was open, but it remained dangerous.",
     [("The army", "the road was open, but it remained dangerous")]),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_SLUGS)
def test_wire_slugs_and_title_labels(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), SOLE_POSTS)
def test_pronouns_after_sole_posts_and_bodies(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), DENYING_NOTES)
def test_a_denial_told_as_a_note(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), BARE_FIGURES)
def test_a_bare_figure_against_another(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), SERIES_OF_VERBS)
def test_a_reporting_verb_in_a_series(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), WRITER_TURNS)
def test_the_writers_turn_ends_the_words(text: str, expected: Entries) -> None:
    assert statements(text) == expected
