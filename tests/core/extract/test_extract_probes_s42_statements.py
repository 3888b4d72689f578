"""English probes, forty-second round: statements, recall by construction.

Each group is one way news copy attributes words that the statement rules did not
read, written as several shapes (wire copy, long-form, scraped copy that lost its
commas), with look-alikes that must keep their reading or stay silent:

1. A plural source placed by a name before a present-tense "report" / "estimate":
   "Aid workers in Kalemie report that ..." (the place's name is no modifier of a noun
   "report", as "the Human Rights report" is).
2. A described speaker with a name in apposition in a clause joined by "and": "...,
   and the regional governor, Amadou Kane, said ..."; the same with a body and its
   acronym.
3. An apposition with a possessive between the speaker and the verb: "The Netherlands,
   its largest donor, said ..."; a group's one hyphenated name in apposition speaks ("A
   little-known group, Harkat-ul-Nasr, claimed ...").
4. The writer's note after the words: "..., a claim for which they offered no
   evidence", "..., a figure we have not been able to verify" (the existing note
   "that could not be verified" keeps working).
5. A speaker with a relative clause of place or of anonymity before the verb: "A nurse
   at the clinic where the injured were brought said ...", "A doctor ... who asked that
   his name not be published said ...".
6. How a statement reached the press, after a trailing attribution: "..., a rebel
   spokesman said in a statement emailed to reporters." (the words are the clause
   before; "said in a statement posted online that ..." keeps its clause after).
7. Scraped copy with the speaker after the words and no comma, the speaker a person
   by what they are, with a few modifiers, whose or where they are, and a name: "... on
   Friday a relative said.", "... traders said.", "... the town's mayor Ahmad Salem
   said.", "... a member of the local council said."; a person who is the object of the
   clause is not taken with the speaker after it ("killed a shopkeeper witnesses said").
8. A speech verb inside a hyphenated adjective is no verb: "the self-declared
   authorities said ..." is one entry whose speaker is the whole phrase.
9. Words a speaker held back: "stopped short of saying who ...", "without saying
   why" report nothing.
10. A claim of an attack or of responsibility by a named group is an attribution whose
    words are the act claimed ("The Taliban claimed the bombing"); a negated claim ("No
    group has claimed the attack"), deaths ("claimed the lives of") and ground taken
    ("claimed the town") are none.
11. "but said" / "but reported" after the subject's own first predicate: "The agency
    made no mention of the raid but said ...": the sentence's subject speaks.
12. "saying" closing a long sentence whose subject opens it, past commas and adjuncts:
    "Judge X found the men guilty on ..., but acquitted them ..., saying ...".
13. A first-person possessive before a described speaker with a name in apposition:
    "Our correspondent in Goma, Paul Mbeki, told us that ...".
14. A relative clause whose speaker is a pronoun, "... a commander known as Abu Samir
    who it said had planned the ambush": the pronoun speaks, not the name before it.
15. A semicolon after a closing attribution ends the words: "The village had 90 houses,
    he said; he thinks half are gone" reports the clause before, not the one after.
16. "it" in a clause inside the sentence whose subject is a body: "The Kessa Courier put
    the toll at 14, ..., where it said police had fired ..." (the Courier speaks).
17. A pronoun whose antecedent is a description the text names: "the ship's owner said
    ... it added" with "the owner, Delta Marine Lines," elsewhere, or "The minister ...
    He said" after "Minister of the Interior Paul Ndeye said": the rules give a pronoun
    the name. A description with no name, or with two, keeps its reading.
18. A speaker by role closing the sentence after an inverted verb, with or without a
    name in apposition: "..., says the village head, Musa Garba.", "..., said the camp
    director.", "..., said the school's headmaster, Peter Ode."; a time after the verb
    is no speaker ("..., the army said the day after.").
19. The one interviewed, between the medium and "that": "said in an interview with the
    Kessa Times that ...", "told in a letter to the council that ...".
20. A headline whose subject acts and then speaks after a comma: "Navy sinks two rebel
    boats, says 15 fighters killed"; a source closing the headline keeps its reading
    ("Two soldiers killed in Kessa, says army").
21. A name brought in by how the source asked to be called, after a first relative
    clause and "and": "A militia leader who attended the talks, and who asked to be
    identified only by his nom de guerre, Abu Kessa, told reporters ..." (the name
    speaks, and a later "He added" is his).
22. "X quoted Y as saying" with a long carrier: "The state-run New Light of Kessa quoted
    a government negotiator as saying ..." gives both sources, as the shorter "The New
    Light of Kessa quoted ..." does.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

PLACED_PLURALS: list[tuple[str, Entries]] = [
    ("Aid workers in Kalemie report that some 4,000 families have left the camp.",
     [("Aid workers in Kalemie", "some 4,000 families have left the camp")]),
    ("Health sources in Mweka report that at least 9 civilians were killed.",
     [("Health sources in Mweka", "at least 9 civilians were killed")]),
    ("Church leaders at Bunia estimate that 60 homes were burned on Sunday.",
     [("Church leaders at Bunia", "60 homes were burned on Sunday")]),
    ("Local officials in Dapaong report that the road was reopened.",
     [("Local officials in Dapaong", "the road was reopened")]),
    # look-alikes: a document called a report, and a name before the noun
    ("The Human Rights Watch report that was published on Monday found 30 graves.", []),
    ("The Kalemie report that reached the ministry was never released.", []),
]

AND_APPOSITIONS: list[tuple[str, Entries]] = [
    ("Two police officers were wounded in the raid on Tuesday, and the regional governor, "
     "Amadou Kane, said the curfew would stay in place.",
     [("Amadou Kane", "the curfew would stay in place")]),
    ("The bridge was reopened at noon, and the UN mission, UNMOK, said it would send "
     "engineers.",
     [("UNMOK", "it would send engineers")]),
    ("The truce has held since March, and a rebel spokesman, Lotha Venuh, said the group "
     "would attend the next round.",
     [("Lotha Venuh", "the group would attend the next round")]),
    # look-alike: the same speaker opening its own sentence keeps its reading
    ("The regional governor, Amadou Kane, said the curfew would stay in place.",
     [("Amadou Kane", "the curfew would stay in place")]),
]

POSSESSIVE_APPOSITIONS: list[tuple[str, Entries]] = [
    ("The Netherlands, its largest donor, said on Monday it would halt payments to the "
     "ministry.",
     [("The Netherlands", "it would halt payments to the ministry")]),
    ("Japan, their main trading partner, said the talks would go on.",
     [("Japan", "the talks would go on")]),
    # look-alike: "the" in the apposition was read before and still is
    ("The Netherlands, the largest donor, said it would halt payments.",
     [("The Netherlands", "it would halt payments")]),
    # a group's one hyphenated name in apposition speaks, as two-word names do
    ("The militia, Al-Nasr, said it had taken the town.", [("Al-Nasr", "it had taken the town")]),
    ("A little-known group, Harkat-ul-Nasr, claimed responsibility in a telephone call to a "
     "local news agency.",
     [("Harkat-ul-Nasr", "responsibility")]),
]

WRITER_NOTES: list[tuple[str, Entries]] = [
    ("The rebels said the army had shelled the market, a claim for which they gave no "
     "proof.",
     [("The rebels", "the army had shelled the market")]),
    ("The army said 40 militants had been killed, a number we could not verify.",
     [("The army", "40 militants had been killed")]),
    ("A spokesman told reporters that dozens of fighters had died, a figure we have not "
     "been able to confirm.",
     [("A spokesman", "dozens of fighters had died")]),
    # look-alikes: the older note, and an apposition that is part of the words
    ("The ministry said 40 militants had been killed, a figure that could not be "
     "independently confirmed.",
     [("The ministry", "40 militants had been killed")]),
    ("The governor said the convoy reached Kessa, a town the army took in May.",
     [("The governor", "the convoy reached Kessa, a town the army took in May")]),
]

RELATIVE_SPEAKERS: list[tuple[str, Entries]] = [
    ("A nurse at the district clinic where the injured were brought said the clinic had "
     "treated 14 people.",
     [("A nurse at the district clinic", "the clinic had treated 14 people")]),
    ("A doctor at the hospital in the town of Sarmin who asked that his name be withheld "
     "said 12 bodies had arrived.",
     [("A doctor at the hospital in the town of Sarmin", "12 bodies had arrived")]),
    ("A teacher at the village school who asked that her name not be published said the "
     "pupils had been sent home.",
     [("A teacher at the village school", "the pupils had been sent home")]),
    # look-alikes: the relative with its own object, and an anonymity with "to"
    ("A nurse who treated the injured said the clinic had treated 14 people.",
     [("A nurse who treated the injured", "the clinic had treated 14 people")]),
    ("A teacher at the village school who asked not to be named said the pupils had been "
     "sent home.",
     [("A teacher at the village school", "the pupils had been sent home")]),
]

HOW_IT_REACHED: list[tuple[str, Entries]] = [
    ("Rebels freed 12 hostages on Sunday, a rebel spokesman said in a statement emailed "
     "to reporters.",
     [("a rebel spokesman", "Rebels freed 12 hostages on Sunday")]),
    ("The blockade of the capital was lifted, the movement said in a statement sent to "
     "news agencies on Monday.",
     [("the movement", "The blockade of the capital was lifted")]),
    ("Two soldiers were killed in the ambush, the army said in a statement posted on its "
     "website.",
     [("the army", "Two soldiers were killed in the ambush")]),
    ("Maoist rebels lifted the blockade of the capital, a rebel spokesman said in a "
     "statement faxed to newspapers.",
     [("a rebel spokesman", "Maoist rebels lifted the blockade of the capital")]),
    # look-alike: the medium before "that" keeps the words after it
    ("The army said in a statement posted online that 12 rebels had been killed.",
     [("The army", "12 rebels had been killed")]),
]

SCRAPED_CLOSINGS: list[tuple[str, Entries]] = [
    ("Gunmen seized two engineers near the pipeline on Friday a relative said.",
     [("a relative", "Gunmen seized two engineers near the pipeline on Friday")]),
    ("The engineer had received threats since March the relative added.",
     [("the relative", "The engineer had received threats since March")]),
    ("The market reopened after three weeks of closure traders said.",
     [("traders", "The market reopened after three weeks of closure")]),
    ("The market reopened after three weeks the town's mayor said.",
     [("the town's mayor", "The market reopened after three weeks")]),
    ("Four civilians were killed in the shelling of the market on Sunday a local council "
     "member said.",
     [("a local council member", "Four civilians were killed in the shelling of the market "
       "on Sunday")]),
    ("The shelling destroyed six houses the town's mayor Ahmad Salem said.",
     [("the town's mayor Ahmad Salem", "The shelling destroyed six houses")]),
    ("The shelling destroyed six houses a member of the local council Ahmad Salem said.",
     [("a member of the local council Ahmad Salem", "The shelling destroyed six houses")]),
    ("The fighters agreed to a truce to let civilians leave the area a council of elders "
     "from the Kessa region said.",
     [("a council of elders from the Kessa region",
       "The fighters agreed to a truce to let civilians leave the area")]),
    ("Many families have stocked up on flour fearing curfews a shopkeeper in the old market "
     "said.",
     [("a shopkeeper in the old market", "Many families have stocked up on flour fearing "
       "curfews")]),
    # look-alikes: the speaker nouns read before keep their reading, and a person word
    # that is the object of a clause is no speaker of the words before it
    ("The roads remain closed because of landmines aid workers said.",
     [("aid workers", "The roads remain closed because of landmines")]),
    ("Gunmen shot dead a tailor in the market police said.",
     [("police", "Gunmen shot dead a tailor in the market")]),
    ("Gunmen killed a shopkeeper witnesses said.",
     [("witnesses", "Gunmen killed a shopkeeper")]),
    ("Gunmen shot dead a police officer the ministry said.",
     [("the ministry", "Gunmen shot dead a police officer")]),
]

HYPHENATED_VERBS: list[tuple[str, Entries]] = [
    ("The self-declared authorities in Lurgan said the bridge had been shelled.",
     [("The self-declared authorities in Lurgan", "the bridge had been shelled")]),
    ("The movement's self-declared governor told reporters the town was calm.",
     [("The movement's self-declared governor", "the town was calm")]),
]

HELD_BACK: list[tuple[str, Entries]] = [
    ("The monitors said in a report that the shells had come from the east, but stopped "
     "short of saying who had fired them.",
     [("The monitors", "the shells had come from the east")]),
    ("The police said the road was closed, without saying why.",
     [("The police", "the road was closed")]),
]


CLAIMS: list[tuple[str, Entries]] = [
    ("The Taliban claimed the bombing.", [("The Taliban", "the bombing")]),
    ("The Islamic Front claimed the attack in a statement posted online.",
     [("The Islamic Front", "the attack")]),
    ("A little-known group, the Sons of Kessa, claimed responsibility in a telephone call "
     "to a local radio station.",
     [("A little-known group", "responsibility")]),
    ("The Dawn Brigade claimed responsibility for the ambush on Sunday.",
     [("The Dawn Brigade", "responsibility for the ambush")]),
    ("The Free Valley Front claimed the ambush two days later, saying the convoy had "
     "carried weapons.",
     [("The Free Valley Front", "the ambush"),
      ("The Free Valley Front", "the convoy had carried weapons")]),
    # look-alikes: a negated claim, deaths, ground taken
    ("No group has claimed the attack.", []),
    ("No group claimed responsibility for the blast.", []),
    ("Nobody has claimed the kidnapping so far.", []),
    ("The fighting claimed the lives of 12 soldiers.", []),
    ("The rebels claimed the town after two days of fighting.", []),
]

BUT_SAID: list[tuple[str, Entries]] = [
    ("The state broadcaster made no mention of the raid on the market but said the army "
     "had destroyed three rebel vehicles.",
     [("The state broadcaster", "the army had destroyed three rebel vehicles")]),
    ("The official news agency made no mention of the shelling but reported that soldiers "
     "had repelled an attack.",
     [("The official news agency", "soldiers had repelled an attack")]),
    ("The ministry ignored the report but said the border would stay open.",
     [("The ministry", "the border would stay open")]),
    # look-alikes: "and said" keeps its reading; a new subject after "but" speaks itself
    ("The ministry condemned the attack and said the border would stay open.",
     [("The ministry", "the border would stay open")]),
    ("The army ignored the report but a spokesman said the border would stay open.",
     [("a spokesman", "the border would stay open")]),
]

LONG_SAYING: list[tuple[str, Entries]] = [
    ("Judge Anna Berg found the two men guilty on five of the seven counts, but acquitted "
     "them of torture, saying the evidence was too thin.",
     [("Judge Anna Berg", "the evidence was too thin")]),
    ("The High Court of Veran on Monday adjourned for a second time the trial of 40 men "
     "accused over the 2012 riots in the capital, saying the courtroom was too small.",
     [("The High Court of Veran", "the courtroom was too small")]),
    # look-alike: the older reading with the object next to the verb
    ("The minister rejected the charge, saying every case had been checked.",
     [("The minister", "every case had been checked")]),
]

OUR_SPEAKERS: list[tuple[str, Entries]] = [
    ("Our correspondent in Goma, Paul Mbeki, told us that shops were shut.",
     [("Paul Mbeki", "shops were shut")]),
    ("Our parish priest in Lomo, Father Jean Tumba, told me that nine people had been "
     "killed.",
     [("Father Jean Tumba", "nine people had been killed")]),
    # look-alike: the description alone keeps its reading
    ("Our correspondent in Goma told us that shops were shut.",
     [("Our correspondent in Goma", "shops were shut")]),
]

RELATIVE_PRONOUN_SPEAKERS: list[tuple[str, Entries]] = [
    ("A statement from the army said troops had killed a rebel commander known as Abu "
     "Samir who it said had planned the ambush.",
     [("the army", "troops had killed a rebel commander known as Abu Samir who it said had "
                   "planned the ambush"),
      ("the army", "had planned the ambush")]),
]

SEMICOLON_AFTER: list[tuple[str, Entries]] = [
    ("Tomas Brel came back on Monday. The village had 90 houses, he said; he thinks half "
     "of them are gone.",
     [("Tomas Brel", "The village had 90 houses")]),
    ("Two shops were looted overnight, the mayor said; the police have made no arrests.",
     [("the mayor", "Two shops were looted overnight")]),
    # look-alike: a semicolon inside the words before the verb keeps them
    ("The road is closed; the bridge is down, the mayor said.",
     [("the mayor", "The road is closed; the bridge is down")]),
]


OWN_SENTENCE_IT: list[tuple[str, Entries]] = [
    ("The Kessa Courier put the number of dead at 14, most of them in the north, where it "
     "said police had fired on a crowd.",
     [("The Kessa Courier", "police had fired on a crowd")]),
    # look-alike: "It" opening the next sentence still goes to the body before
    ("The ministry issued a statement on Sunday. It said the talks would resume.",
     [("The ministry", "the talks would resume")]),
]

NAMED_DESCRIPTIONS: list[tuple[str, Entries]] = [
    ("Twelve crew were freed on Monday, the ship's owner said in a statement. Three others "
     "are still held, it added. According to the owner, Delta Marine Lines, the crew were "
     "in good health.",
     [("the ship's owner", "Twelve crew were freed on Monday"),
      ("Delta Marine Lines", "Three others are still held"),
      ("Delta Marine Lines", "the crew were in good health")]),
    ("Minister of the Interior Paul Ndeye said the curfew would be lifted on Friday. The "
     "minister told the assembly that 40 arrests had been made. He said more patrols would "
     "be sent to the north.",
     [("Minister of the Interior Paul Ndeye", "the curfew would be lifted on Friday"),
      ("The minister", "40 arrests had been made"),
      ("Minister of the Interior Paul Ndeye", "more patrols would be sent to the north")]),
    # look-alikes: no name for the description; two names for it
    ("A police officer in the town said the road was closed. He said the army had been "
     "called in.",
     [("A police officer in the town", "the road was closed"),
      ("A police officer in the town", "the army had been called in")]),
    ("The owner, Delta Marine Lines, and the former owner, Kessa Shipping, met on Monday. "
     "Ten crew were freed, the owner said. Two are still held, it added.",
     [("the owner", "Ten crew were freed"), ("the owner", "Two are still held")]),
]


ROLE_CLOSINGS: list[tuple[str, Entries]] = [
    ("Every family here has lost someone, says the village head, Musa Garba.",
     [("Musa Garba", "Every family here has lost someone")]),
    ("The road was cut for a week, says the district commissioner.",
     [("the district commissioner", "The road was cut for a week")]),
    ("The road was cut for a week, said the camp director.",
     [("the camp director", "The road was cut for a week")]),
    ("The road was cut for a week, said the village head.",
     [("the village head", "The road was cut for a week")]),
    ("The road was cut for a week, said the school's headmaster, Peter Ode.",
     [("Peter Ode", "The road was cut for a week")]),
    # look-alikes: read before and still; a time after the verb
    ("The road was cut for a week, said the hospital director, Dr. Ana Obi.",
     [("Dr. Ana Obi", "The road was cut for a week")]),
    ("The road was cut for a week, said the spokesman.",
     [("the spokesman", "The road was cut for a week")]),
    ("The bridge was repaired, the army said the day after.",
     [("the army", "The bridge was repaired")]),
]

INTERVIEWED_BY: list[tuple[str, Entries]] = [
    ("The governor said in an interview with the Kessa Times that 30 people had died.",
     [("The governor", "30 people had died")]),
    ("The commander said in a telephone interview with our correspondent that the town "
     "was surrounded.",
     [("The commander", "the town was surrounded")]),
    # look-alikes: a speech to a body, a letter to a person (read before)
    ("The president said in a speech to parliament that the war would end soon.",
     [("The president", "the war would end soon")]),
    ("The bishop said in a letter to the governor that 20 villagers had been killed.",
     [("The bishop", "20 villagers had been killed")]),
]


_BODY = "\nKESSA (Reuters) - Fighting went on in the north on Monday."
HEADLINES: list[tuple[str, Entries]] = [
    ("Navy sinks two rebel boats, says 15 fighters killed" + _BODY,
     [("Navy", "15 fighters killed")]),
    ("Army kills 12 militants, says border secure" + _BODY, [("Army", "border secure")]),
    ("Rebels free 12 hostages, say talks must resume" + _BODY,
     [("Rebels", "talks must resume")]),
    # look-alikes: the source closing the headline
    ("Two soldiers killed in Kessa, says army" + _BODY,
     [("army", "Two soldiers killed in Kessa")]),
    ("Floods hit Kessa, 20 dead, says ministry" + _BODY,
     [("ministry", "Floods hit Kessa, 20 dead")]),
]


NOMS_DE_GUERRE: list[tuple[str, Entries]] = [
    ("A militia leader who attended the talks, and who asked to be identified only by his "
     "nom de guerre, Abu Kessa, told reporters his men would lay down their arms. He added "
     "that many of them had not seen their families for years.",
     [("Abu Kessa", "his men would lay down their arms"),
      ("Abu Kessa", "many of them had not seen their families for years")]),
    ("A militia leader, who asked to be identified only by his nom de guerre, Abu Kessa, "
     "told reporters his men would lay down their arms.",
     [("Abu Kessa", "his men would lay down their arms")]),
    # look-alikes read before: "only as" with no commas, a first name given
    ("A militia leader who attended the talks and who asked to be identified only as Abu "
     "Kessa told reporters his men would lay down their arms.",
     [("Abu Kessa", "his men would lay down their arms")]),
    ("A fighter, who gave only his first name, Musa, said the road was mined.",
     [("Musa", "the road was mined")]),
]


LONG_CARRIERS: list[tuple[str, Entries]] = [
    ("The state-run New Light of Kessa quoted a government negotiator as saying the talks "
     "had been frank.",
     [("The state-run New Light of Kessa", "the talks had been frank"),
      ("a government negotiator", "the talks had been frank")]),
    ("On Monday, the state-run New Light of Kessa quoted a senior government negotiator as "
     "saying the talks had been frank.",
     [("the state-run New Light of Kessa", "the talks had been frank"),
      ("a senior government negotiator", "the talks had been frank")]),
    # look-alike read before: the shorter carrier
    ("The New Light of Kessa quoted a government negotiator as saying the talks had been "
     "frank.",
     [("The New Light of Kessa", "the talks had been frank"),
      ("a government negotiator", "the talks had been frank")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACED_PLURALS)
def test_placed_plural_sources(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), AND_APPOSITIONS)
def test_apposition_after_and(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_APPOSITIONS)
def test_possessive_apposition(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), WRITER_NOTES)
def test_writer_notes_after_the_words(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), RELATIVE_SPEAKERS)
def test_speaker_with_relative_clause(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), HOW_IT_REACHED)
def test_how_the_statement_reached_the_press(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), SCRAPED_CLOSINGS)
def test_scraped_closing_person(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), HYPHENATED_VERBS)
def test_hyphenated_speech_verb(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), HELD_BACK)
def test_words_held_back(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_claims_of_attacks(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), BUT_SAID)
def test_but_said_after_a_first_predicate(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), LONG_SAYING)
def test_saying_after_a_long_sentence(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), OUR_SPEAKERS)
def test_first_person_possessive_description(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), RELATIVE_PRONOUN_SPEAKERS)
def test_pronoun_speaker_in_a_relative(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), SEMICOLON_AFTER)
def test_semicolon_after_a_closing_attribution(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_SENTENCE_IT)
def test_it_in_a_clause_of_its_own_sentence(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), NAMED_DESCRIPTIONS)
def test_pronoun_of_a_named_description(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), ROLE_CLOSINGS)
def test_role_closing_an_inverted_attribution(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), INTERVIEWED_BY)
def test_interview_with_before_that(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), HEADLINES)
def test_headline_subject_acts_then_speaks(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), NOMS_DE_GUERRE)
def test_name_brought_in_by_a_nom_de_guerre(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), LONG_CARRIERS)
def test_long_carrier_quoted_as_saying(text: str, expected: Entries) -> None:
    assert statements(text) == expected
