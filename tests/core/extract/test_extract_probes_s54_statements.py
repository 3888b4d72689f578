"""English probes, fifty-second round: the nineteenth blind set's statement families.

Each family is probed as a whole, with the look-alikes its rule must leave alone:

1. "Within the hour the governor's office said ...", "By the evening NATO said ...": a
   span of time fronted before the subject without its comma (a capitalised preposition,
   at most two determiners, a noun of time in lower case or a weekday) is no part of who
   spoke, whether the subject is a name or a description, and whether the verb of saying
   is the clause's own or comes after "and" ("... gave a toll ... and said ...").
2. "That this House is shocked by ...; notes that ...; further notes reports from X that
   ...; calls on ...; and urges ...": a motion's clauses that note a fact or call on
   someone are the body's own statements ("this House"), and a source named for the fact
   ("according to X", "reports from X") has the same words; the body's feelings and what
   it recognises give none, and the sentence reader's subjects ("further notes") go.
3. "The Agency informs road users that ...", "The Agency reminds drivers that ...": a
   notice tells a bare plural of the people it addresses, as "informs the public that"
   does; "reminds" tells again, from a body or a person (a thing that reminds, "the
   burned houses", reports nothing); "informed residents of" has no words.
4. 'Source A: "We ran to the river. Then they fired." (A survivor, interviewed in 1992)': a
   quotation whole with its speaker in brackets after it (a textbook's sources) is one
   quote of that speaker; the brackets' part after a comma says when or where; a year
   alone or an agency's one-word credit in brackets names no speaker.
5. "The rebels said they were holding two men and demanded that ...", "The governor
   announced that 300 people are sheltering in schools and appealed for blankets": a
   demand or appeal joined by a bare "and" is the speaker's own second act, with words of
   its own, when the words before it speak of the speaker (a pronoun) or break the tense
   (the present before a past "appealed"); after a past clause with another subject
   ("the rebels had seized the mine and demanded ...") the demand is inside the words.
6. "But I must say what the families have told me: ...", "We must say it plainly: ...":
   saying by obligation, now, is the speaker's own voice and no report ("I must" is no
   speaker); a modal inside the reported words is left alone.
7. "need the payments the government promised them in 2017", "the clinic the Red Cross
   pledged": a relative without its "that" on a noun, its verb a promise, makes the noun
   the promise of the one named before the verb; a noun after "told" is a hearer, and a
   weekday before the verb is when, no promiser.
8. 'That was the mistake, and the local editor, Jonas Ferrell, admits it. "...," he told
   me.': the subject of a clause joined by ", and", a description with the name in
   apposition, is the person a later "he" stands for; a speaker named after it keeps
   the pronoun.

Left as a known miss (strict xfail): "The report says villagers from Kolo described
shelling of their homes": "described" with a noun object, inside another source's words,
is reported speech (the thirteenth set's call); the engine reads no "described" with a
noun object, and reading it everywhere would take in every description of a scene.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

FRONTED_TIME: list[tuple[str, Entries]] = [
    ("Within the hour the district office gave a toll of 9 dead and said four people were"
     " wounded.", [("the district office", "four people were wounded")]),
    ("Within hours the health ministry raised the toll to 9 and said 40 people were"
     " wounded in Dorva.", [("the health ministry", "40 people were wounded in Dorva")]),
    ("On Monday the district office gave a toll of 9 dead and said four people were"
     " wounded.", [("the district office", "four people were wounded")]),
    ("By the evening NATO said it was investigating the raid on Kessa.",
     [("NATO", "it was investigating the raid on Kessa")]),
    ("By nightfall Human Rights Watch said 40 families had fled Dubra.",
     [("Human Rights Watch", "40 families had fled Dubra")]),
    ("Within days the army said the road to Kessa was open.",
     [("the army", "the road to Kessa was open")]),
    ("At dawn Colonel Ivo Pardo said the town had fallen.",
     [("Colonel Ivo Pardo", "the town had fallen")]),
    ("On Monday Brandt said the road was closed.", [("Brandt", "the road was closed")]),
    # look-alikes: a name that opens with a time word in capitals; a time already read
    ("After Hours Radio said 12 people had died in Kessa.",
     [("Hours Radio", "12 people had died in Kessa")]),
    ("The district office gave a toll of 9 dead and said four people were wounded.",
     [("The district office", "four people were wounded")]),
    ("Over the weekend the Red Cross said 40 families had fled Dubra.",
     [("the Red Cross", "40 families had fled Dubra")]),
]

MOTIONS: list[tuple[str, Entries]] = [
    ("That this House is shocked by the raid on Dorva on 2 May; notes that 14 villagers were"
     " killed; calls on the Government of Tarnia to protect the villages; and urges the"
     " Minister to report to the House.",
     [("this House", "14 villagers were killed"),
      ("this House", "the Government of Tarnia to protect the villages"),
      ("this House", "the Minister to report to the House")]),
    ("That this House notes that, according to the Red Cross, 40 families have fled Dorva;"
     " further notes reports from the local mayor that the school was burned; recognises"
     " that the road is closed; and calls on the Government to act.",
     [("the Red Cross", "40 families have fled Dorva"),
      ("this House", "40 families have fled Dorva"),
      ("the local mayor", "the school was burned"),
      ("this House", "the school was burned"),
      ("this House", "the Government to act")]),
    ("That this Council also notes that the clinic at Dorva has closed; and calls upon the"
     " province to reopen it.", [("this Council", "the clinic at Dorva has closed"),
                                 ("this Council", "the province to reopen it")]),
    # look-alikes: a body's verbs outside a motion; a motion's feelings alone; a clause
    # that opens with "That this ..." and is no motion
    ("The Council notes that 14 villagers were killed and calls on the army to withdraw.",
     [("The Council", "14 villagers were killed"), ("The Council", "the army to withdraw")]),
    ("That this House is shocked by the raid on Dorva; and recognises that the road is"
     " closed.", []),
    ("That this Council will meet in Dorva is certain, the mayor said.",
     [("the mayor", "That this Council will meet in Dorva is certain")]),
]

NOTICES: list[tuple[str, Entries]] = [
    ("The Office informs residents that the bridge at Kolo is closed.",
     [("The Office", "the bridge at Kolo is closed")]),
    ("The Agency informs road users that the road between Kolo and Dabi remains closed.",
     [("The Agency", "the road between Kolo and Dabi remains closed")]),
    ("The Agency reminds drivers that the curfew applies on all roads and that cars may be"
     " searched.",
     [("The Agency", "the curfew applies on all roads and that cars may be searched")]),
    ("Police reminded residents that the curfew applies in Dabi.",
     [("Police", "the curfew applies in Dabi")]),
    # look-alikes: a thing that reminds; a hearer told "of" a thing; the public, as before
    ("The burned houses reminded visitors that the war was not over.", []),
    ("The ministry informed residents of the closure at Kolo.", []),
    ("The Office informs the public that the bridge at Kolo is closed.",
     [("The Office", "the bridge at Kolo is closed")]),
]

CITED_QUOTES: list[tuple[str, Entries]] = [
    ('Source A: "The soldiers burned every house in Kolo." (A farmer, interviewed in 1994)',
     [("A farmer", "The soldiers burned every house in Kolo")]),
    ('Source B: "We know nothing about that village." (A rebel spokesman in Paris, May'
     ' 1988)', [("A rebel spokesman in Paris", "We know nothing about that village")]),
    ('Source C: "We hid in the church. Then the shooting stopped." (A teacher from Kolo)',
     [("A teacher from Kolo", "We hid in the church. Then the shooting stopped")]),
    # look-alikes: a year in brackets; an agency's credit
    ('The film "The Long Road to Kolo." (2004) tells the story of the raid.', []),
    ('The crowd sang "We shall return to Kolo." (Reuters)', []),
]

JOINED_DEMANDS: list[tuple[str, Entries]] = [
    ("Rebels said on Tuesday they were holding two engineers and demanded that the firm"
     " leave Dabo.", [("Rebels", "they were holding two engineers"),
                      ("Rebels", "the firm leave Dabo")]),
    ("The governor announced that 300 people are sheltering in schools and appealed for"
     " blankets and food.", [("The governor", "300 people are sheltering in schools"),
                             ("The governor", "blankets and food")]),
    # look-alikes: "urged", a verb of saying of its own, read already; another subject in
    # the past, whose demand it is; no joined demand
    ("The rebels said they had seized the mine at Dabo and urged that talks resume.",
     [("The rebels", "they had seized the mine at Dabo"), ("The rebels", "talks resume")]),
    ("The army said the rebels had seized the mine and demanded that the company pay a"
     " ransom.", [("The army", "the rebels had seized the mine and demanded that the"
                  " company pay a ransom")]),
    ("The governor announced that 300 people had fled and appealed for blankets.",
     [("The governor", "300 people had fled and appealed for blankets")]),
    ("The mayor said they were holding two engineers and that the road was closed.",
     [("The mayor", "they were holding two engineers and that the road was closed")]),
]

OWN_VOICE: list[tuple[str, Entries]] = [
    ("We must say it plainly: the army left Kolo in March.", []),
    ("I will not accuse anyone. But I should say that the wells of Kolo are dry.", []),
    # look-alikes: a modal in the words; a reported "must"
    ("The mayor said residents should stay indoors in Kolo.",
     [("The mayor", "residents should stay indoors in Kolo")]),
    ("The army said the convoy must leave Kolo by noon.",
     [("The army", "the convoy must leave Kolo by noon")]),
]

PROMISED_NOUNS: list[tuple[str, Entries]] = [
    ("The farmers of Dabo need the payments the government promised them in 2017.",
     [("the government", "the payments")]),
    ("Kolo is still waiting for the school the governor pledged last year.",
     [("the governor", "the school")]),
    ("The village got the well the Red Cross had promised.", [("the Red Cross", "the well")]),
    # look-alikes: the promise with its own object; a time before the verb; "promised to"
    ("The government promised them land in 2017.", [("The government", "them land in 2017")]),
    ("The governor who visited the camp on Tuesday promised two platoons to guard it.",
     [("The governor who visited the camp", "two platoons to guard it")]),
    ("The army promised to leave Kolo.", [("The army", "to leave Kolo")]),
]

JOINED_SUBJECTS: list[tuple[str, Entries]] = [
    ('The army said the road was open. That was the mistake, and the local editor, Jonas'
     ' Ferrell, admits it. "We should have checked," he told me.',
     [("The army", "the road was open"), ("Jonas Ferrell", "We should have checked")]),
    ('Nine hours passed, and the night editor, Ruth Amadi, owns that delay. "I missed the'
     ' note," she said.', [("Ruth Amadi", "I missed the note")]),
    # look-alike: a speaker named after the joined subject keeps the pronoun
    ('That was the mistake, and the local editor, Jonas Ferrell, admits it. The mayor, Ada'
     ' Obi, said the road was open. "We checked," she said.',
     [("Ada Obi", "the road was open"), ("Ada Obi", "We checked")]),
]

CASES = [
    *(("fronted time", t, e) for t, e in FRONTED_TIME),
    *(("motions", t, e) for t, e in MOTIONS),
    *(("notices", t, e) for t, e in NOTICES),
    *(("cited quotes", t, e) for t, e in CITED_QUOTES),
    *(("joined demands", t, e) for t, e in JOINED_DEMANDS),
    *(("own voice", t, e) for t, e in OWN_VOICE),
    *(("promised nouns", t, e) for t, e in PROMISED_NOUNS),
    *(("joined subjects", t, e) for t, e in JOINED_SUBJECTS),
]


@pytest.mark.xfail(strict=True, reason="'described' with a noun object is no verb of saying yet")
def test_described_inside_a_report() -> None:
    assert statements("The report says villagers from Kolo described shelling of their homes"
                      " last month.") == [
        ("The report", "villagers from Kolo described shelling of their homes last month"),
        ("villagers from Kolo", "shelling of their homes last month")]


@pytest.mark.parametrize(("family", "text", "expected"), CASES,
                         ids=[f"{c[0]}:{c[1][:50]}" for c in CASES])
def test_round_52_statement_families(family: str, text: str, expected: Entries) -> None:
    assert statements(text) == expected
