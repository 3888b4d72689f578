"""English probes after the forty-fourth round: the rewordings left as strict xfails.

The rewording grid (``statement_grid.py``) and earlier probe files kept some
constructions as known limitations. Those the annotation rules and the development
gold settle are read now; each family is probed here in wordings of its own, with
look-alikes the rule must leave alone:

1. A hearer named by a collective noun and the people in it ("told a crowd of mourners",
   "told a group of foreign journalists") ends with the people's noun; the words follow
   it whatever they open with (a count, a bare noun, a phrase of time).
2. How the speaker spoke, closing a reported clause ("said the convoy had been fired on
   in a statement", "... on state television", "... in an interview on Monday"), is no
   part of the words: the rules give the reported clause without how it was said, and
   the development gold leaves a trailing day word out the same way. It stays in
   the words where the clause may own it: a form of "be" before it ("the names were in
   a statement") or a verb of showing, publishing or saying in the clause ("the footage
   was shown on state television", "the group claimed the raid in a statement").
3. An age that lost its commas in scraped copy ("A farmer 54 said", "According to a
   shopkeeper 38 the ...") after a description of one person: the description speaks, the
   age is no part of it. A count after a group or a body ("According to police 54
   people were killed") stays the words' count.
4. A relative with its own source in copy that lost its commas ("The militia which the
   government says is armed by smugglers said that ...", "According to the doctor who
   police say was beaten by soldiers the clinic ..."): the relative's gap is its words'
   subject, so they open with a finite verb; they end at the main verb of saying, or,
   after "according to", at the main clause's own subject before its finite verb. The
   relative's source speaks the first part, the noun before the pronoun the rest, as
   with the commas.
5. A fronted "according to" with no comma before words whose subject holds a phrase
   ("According to the army spokesman the wells in two villages had ...", "According to
   a local monitoring group the death toll in the town had ..."): the source ends before
   the article that opens a second phrase (not one after "of": "a transcript of the
   call"), and the words' subject is its earliest determiner, not the one inside its
   phrase ("the town").
6. A quote after a colon that closes an attribution whose subject carries a relative
   with its own source ('The militia, which the government says is armed by smugglers,
   told reporters: "..."', 'The council, which residents say ..., said: "..."'): the
   quote is the main speaker's only; the relative's source speaks to its comma (it was
   lost when a source noun opened the sentence, and given the quote after "told").
7. Another party's answer after a contrast closes the words: "The rebels claimed they
   had killed 12 soldiers, but the army rejected the claim", ", while the ministry
   disputed the figure". The development gold ends the words the same way before ", but"
   or ", while" and a second source's report. A contrast with no answer
   in it ("..., but the toll could rise") stays in the words, as does a quote.
8. A name of more than four words opening a sentence whose second verb is one of saying,
   after a first clause with a count ("The Ethiopian Human Rights Commission put the toll
   at 23 and said ..."), is the speaker whole; it was cut after four words.
9. A press release's label before a quote signed after a dash ('Quote: "..." - Joseph
   Okello, regional director') leaves the quote its signer's, as a quote opening its line.
10. The one told, named by a determiner and a noun or two, before words with no "that"
   that open with a subject pronoun and its verb ("told the panel he had ...", "told his
   cabinet colleagues they would ..."): the hearer is no part of the words.
11. Posts and how far they were shared, as the subject of the plain present "claim"
   ("Videos shared thousands of times on social media since Monday claim that ..."): a
   plural, however long the phrase, as before "say".

Beyond the xfails, sentences written in wire and regional-news style with attribution
shapes the grid does not hold showed one more general miss:

12. "quoted as saying" after a perfect passive ("The ministry has been quoted as saying
   ...", "had been quoted as saying"): the speaker is the subject, as after "was quoted";
   "has been told that" (the hearer) and "has been accused of" stay nothing.
13. A second relative on the speaker opened by ", and who" ("A police officer who saw
   the crash, and who asked not to be named, told reporters ..."): set off like ", who
   ...,"; before, nothing was read. The first relative, with no comma, stays in the
   speaker as written.
14. Who spoke for the speaker, set off by commas ("The general, through his lawyer,
   denied ..."): no part of the speaker; before, a denial after it was not read ("said"
   was).
15. South Asian press forms: how the speaker was reached, set off by commas ("DSP Ali
   Khan, while talking to Dawn, said", "The deputy commissioner, when contacted, said"),
   is no part of the speaker (nothing was read before); "As per police, ..." reads as
   "According to police, ..." (nothing was read before; "as per schedule" stays
   nothing).

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

COLLECTIVE_HEARERS: list[tuple[str, Entries]] = [
    ("The bishop told a crowd of worshippers at least nine churches had been looted.",
     [("The bishop", "at least nine churches had been looted")]),
    ("Governor Lam Akol told a gathering of elders cattle raids had doubled since May.",
     [("Governor Lam Akol", "cattle raids had doubled since May")]),
    ("The district nurse told a group of village women some of the pumps had been fixed.",
     [("The district nurse", "some of the pumps had been fixed")]),
    ("A police spokesman told a handful of reporters two suspects were in custody.",
     [("A police spokesman", "two suspects were in custody")]),
    # members read before, which the rule must keep
    ("The minister told a delegation of farmers that the dam would be finished in June.",
     [("The minister", "the dam would be finished in June")]),
    ("The governor told a group of foreign journalists the road would reopen on Friday.",
     [("The governor", "the road would reopen on Friday")]),
    # look-alikes: the collective as no hearer, or a hearer with no words after it
    ("A crowd of mourners gathered outside the hospital on Monday.", []),
    ("The pastor told a crowd of mourners.", []),
    ("A group of elders told the court of killings in the village.",
     [("A group of elders", "killings in the village")]),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTIVE_HEARERS)
def test_a_collective_hearer_ends_with_its_people(text: str, expected: Entries) -> None:
    assert statements(text) == expected


TRAILING_MEDIUM: list[tuple[str, Entries]] = [
    ("The county commissioner said two herders had been shot near the wells in a statement.",
     [("The county commissioner", "two herders had been shot near the wells")]),
    ("The interior ministry said the curfew would be lifted on Friday on state television.",
     [("The interior ministry", "the curfew would be lifted on Friday")]),
    ("Mr Okello said the ferry had sunk after leaving Bor in an interview on Sunday.",
     [("Mr Okello", "the ferry had sunk after leaving Bor")]),
    ("The governor said the road would reopen before the rains in his weekly address.",
     [("The governor", "the road would reopen before the rains")]),
    # look-alikes: the phrase may be the clause's own
    ("The army said the names of the dead were in a statement.",
     [("The army", "the names of the dead were in a statement")]),
    ("The mayor said footage of the raid was shown on state television.",
     [("The mayor", "footage of the raid was shown on state television")]),
    ("Police said the suspect had confessed to the killing in an interview.",
     [("Police", "the suspect had confessed to the killing in an interview")]),
    # an object, as before: the statement carried the act
    ("The army confirmed the release of the hostages in a statement.",
     [("The army", "the release of the hostages")]),
]


@pytest.mark.parametrize(("text", "expected"), TRAILING_MEDIUM)
def test_how_it_was_said_closes_the_words(text: str, expected: Entries) -> None:
    assert statements(text) == expected


SCRAPED_AGE: list[tuple[str, Entries]] = [
    ("A fisherman 47 said that the ferry had capsized near the island.",
     [("A fisherman", "the ferry had capsized near the island")]),
    ("The teacher 61 told reporters that her sons had been taken at night.",
     [("The teacher", "her sons had been taken at night")]),
    ("According to a shopkeeper 38 the market had been shelled twice.",
     [("a shopkeeper", "the market had been shelled twice")]),
    # look-alikes: a count after a group or a body, a count inside a description
    ("According to police 54 people were killed in the raid.",
     [("police", "54 people were killed in the raid")]),
    ("According to the ministry 12 soldiers had died in the ambush.",
     [("the ministry", "12 soldiers had died in the ambush")]),
    ("A mother of 5 said her house had burned.", []),
]


@pytest.mark.parametrize(("text", "expected"), SCRAPED_AGE)
def test_an_age_without_commas_is_no_count(text: str, expected: Entries) -> None:
    assert statements(text) == expected


SCRAPED_RELATIVE: list[tuple[str, Entries]] = [
    ("The rebel council which Juba says is funded by cattle traders said that the ceasefire "
     "had collapsed.",
     [("Juba", "is funded by cattle traders"),
      ("The rebel council", "the ceasefire had collapsed")]),
    ("The nurse who police say was beaten at the checkpoint told reporters that the clinic "
     "had run out of insulin.",
     [("police", "was beaten at the checkpoint"),
      ("The nurse", "the clinic had run out of insulin")]),
    ("According to the trader who residents say was kidnapped last year the market would "
     "stay shut.",
     [("residents", "was kidnapped last year"), ("the trader", "the market would stay shut")]),
    # the relative's words closing in a name after "by" (the passive's agent, no subject
    # of the main verb; a strict xfail until the round after the forty-fifth)
    ("The rebel council which Juba says is backed by Khartoum said that the ceasefire had "
     "collapsed.",
     [("Juba", "is backed by Khartoum"), ("The rebel council", "the ceasefire had collapsed")]),
    # the same with its commas, as before
    ("The rebel council, which Juba says is backed by Khartoum, said that the ceasefire had "
     "collapsed.",
     [("Juba", "is backed by Khartoum"),
      ("The rebel council", "the ceasefire had collapsed")]),
    # look-alike: a relative with no source of its own
    ("The doctor who treated him said he had been shot twice.",
     [("The doctor who treated him", "he had been shot twice")]),
]


@pytest.mark.parametrize(("text", "expected"), SCRAPED_RELATIVE)
def test_a_relatives_own_source_without_commas(text: str, expected: Entries) -> None:
    assert sorted(statements(text)) == sorted(expected)


SCRAPED_ACCORDING_TO: list[tuple[str, Entries]] = [
    ("According to the district spokesman the wells in two villages had been poisoned.",
     [("the district spokesman", "the wells in two villages had been poisoned")]),
    ("According to the governors office the bridge on the main road would stay closed.",
     [("the governors office", "the bridge on the main road would stay closed")]),
    ("According to a local monitoring group the death toll in the town had risen to 12.",
     [("a local monitoring group", "the death toll in the town had risen to 12")]),
    # members read before: a source with "of", the words' subject with no phrase
    ("According to a transcript of the call, the general said the army had lost no ground.",
     [("a transcript of the call", "the general said the army had lost no ground"),
      ("the general", "the army had lost no ground")]),
    ("According to residents of the camp the convoy had been fired on.",
     [("residents of the camp", "the convoy had been fired on")]),
]


@pytest.mark.parametrize(("text", "expected"), SCRAPED_ACCORDING_TO)
def test_a_fronted_source_without_its_comma(text: str, expected: Entries) -> None:
    assert statements(text) == expected


RELATIVE_THEN_COLON_QUOTE: list[tuple[str, Entries]] = [
    ('The council, which residents say is run by the army, told a news conference: "We '
     'have no soldiers in the town."',
     [("residents", "is run by the army"),
      ("The council", "We have no soldiers in the town")]),
    ('The doctor, who colleagues say was detained twice, told the radio: "The clinic is '
     'empty."',
     [("colleagues", "was detained twice"), ("The doctor", "The clinic is empty")]),
    # the relative's source was lost here before, as with "told"
    ('The council, which residents say is run by the army, said: "We have no soldiers in '
     'the town."',
     [("residents", "is run by the army"),
      ("The council", "We have no soldiers in the town")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_THEN_COLON_QUOTE)
def test_a_colon_quote_after_a_relatives_source(text: str, expected: Entries) -> None:
    assert sorted(statements(text)) == sorted(expected)


CONTRARY_REPLY: list[tuple[str, Entries]] = [
    ("The rebels claimed they had shot down a helicopter, but the army rejected the claim "
     "as propaganda.",
     [("The rebels", "they had shot down a helicopter")]),
    ("The council said 40 houses had burned, while the ministry disputed the figure.",
     [("The council", "40 houses had burned")]),
    ("Residents said the water was poisoned, but a health official dismissed the reports "
     "on Monday.",
     [("Residents", "the water was poisoned")]),
    # look-alikes: a contrast that answers nothing, a quote
    ("The army said 12 people died, but the toll could rise.",
     [("The army", "12 people died, but the toll could rise")]),
    ('"We took the hill, but the army rejected the claim," the commander said.',
     [("the commander", "We took the hill, but the army rejected the claim")]),
]


@pytest.mark.parametrize(("text", "expected"), CONTRARY_REPLY)
def test_an_answer_after_a_contrast_closes_the_words(text: str, expected: Entries) -> None:
    assert statements(text) == expected


LONG_NAME_AND_SAID: list[tuple[str, Entries]] = [
    ("The Kenya National Human Rights Commission counted 30 bodies and said 60 people had "
     "been arrested.",
     [("The Kenya National Human Rights Commission", "60 people had been arrested")]),
    ("The South Sudan Relief Agency put the toll at 17 and said more bodies were expected.",
     [("The South Sudan Relief Agency", "more bodies were expected")]),
    # as before: a name of four words, a description, no count in the first clause
    ("The Human Rights Commission counted 30 bodies and said 60 people had been arrested.",
     [("The Human Rights Commission", "60 people had been arrested")]),
    ("The regional commander counted 30 bodies and said 60 people had been arrested.",
     [("The regional commander", "60 people had been arrested")]),
    ("The Kenya National Human Rights Commission visited the camp and said 30 people were "
     "missing.",
     [("The Kenya National Human Rights Commission", "30 people were missing")]),
]


@pytest.mark.parametrize(("text", "expected"), LONG_NAME_AND_SAID)
def test_a_long_name_before_and_said(text: str, expected: Entries) -> None:
    assert statements(text) == expected


LABELLED_SIGNED_QUOTE: list[tuple[str, Entries]] = [
    ('Floods cut the road to Bor.\nQuote: "We need boats, not promises." - Mary Achol, '
     "camp manager",
     [("Mary Achol", "We need boats, not promises")]),
    ('The clinic reopened on Monday.\nStatement: "No patient was harmed." - Dr Peter Lual',
     [("Dr Peter Lual", "No patient was harmed")]),
    # as before: a signed quote opening its line; a label with no signature
    ('Floods cut the road to Bor.\n"We need boats, not promises." - Mary Achol, camp manager',
     [("Mary Achol", "We need boats, not promises")]),
    ('Floods cut the road to Bor.\nQuote: "We need boats, not promises."', []),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_SIGNED_QUOTE)
def test_a_labelled_quote_signed_after_a_dash(text: str, expected: Entries) -> None:
    assert statements(text) == expected


HEARER_THEN_PRONOUN: list[tuple[str, Entries]] = [
    ("The former warden told the panel he had never signed the release orders.",
     [("The former warden", "he had never signed the release orders")]),
    ("The minister told his cabinet colleagues they would have to wait for the budget.",
     [("The minister", "they would have to wait for the budget")]),
    ("The guard told the family she was moved to another prison in March.",
     [("The guard", "she was moved to another prison in March")]),
    # as before: a known hearer, a clause with a noun subject
    ("The witness told the court she had seen the soldiers.",
     [("The witness", "she had seen the soldiers")]),
    ("The driver told the police the road was closed.",
     [("The driver", "the road was closed")]),
]


@pytest.mark.parametrize(("text", "expected"), HEARER_THEN_PRONOUN)
def test_the_one_told_before_a_pronoun_subject(text: str, expected: Entries) -> None:
    assert statements(text) == expected


SHARED_POSTS_CLAIM: list[tuple[str, Entries]] = [
    ("Messages forwarded more than 2,000 times on WhatsApp this week claim that the bridge "
     "was blown up.",
     [("Messages forwarded more than 2,000 times on WhatsApp this week",
       "the bridge was blown up")]),
    ("Posts shared widely on Facebook claim that the dam had burst.",
     [("Posts shared widely on Facebook", "the dam had burst")]),
    # look-alikes: "claim" with no "that", the noun
    ("Videos shared on Facebook claim lives of nobody.", []),
    ("The claim that the dam had burst was false.", []),
    # the verb's form opening its sentence: no subject before it to look at
    ("The dam held. Claim that it burst spread on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_POSTS_CLAIM)
def test_shared_posts_claim(text: str, expected: Entries) -> None:
    assert statements(text) == expected


PERFECT_QUOTED_AS: list[tuple[str, Entries]] = [
    ("The interior ministry has been quoted as saying the border would reopen next week.",
     [("The interior ministry", "the border would reopen next week")]),
    ("The rebel spokesman had been quoted as saying that the hostages were unharmed.",
     [("The rebel spokesman", "the hostages were unharmed")]),
    # as before: the simple past; the hearer of a passive "told"; an accusation received
    ("The rebel spokesman was quoted as saying that the hostages were unharmed.",
     [("The rebel spokesman", "the hostages were unharmed")]),
    ("The mayor has been told that the bridge is unsafe.", []),
    ("The general has been accused of ordering the strike.", []),
]


@pytest.mark.parametrize(("text", "expected"), PERFECT_QUOTED_AS)
def test_quoted_as_saying_after_a_perfect_passive(text: str, expected: Entries) -> None:
    assert statements(text) == expected


AND_WHO_ASIDE: list[tuple[str, Entries]] = [
    ("A nurse who treated the wounded, and who asked not to be named, said the clinic had "
     "no more blood.",
     [("A nurse who treated the wounded", "the clinic had no more blood")]),
    ("A trader who fled the town, and who now lives in Bor, told reporters the market had "
     "burned.",
     [("A trader who fled the town", "the market had burned")]),
    # as before: one relative set off; a relative in the words
    ("A nurse, who asked not to be named, said the clinic had no more blood.",
     [("A nurse", "the clinic had no more blood")]),
    ("The army shelled the town, and who fired first is unclear, officials said.",
     [("officials", "The army shelled the town, and who fired first is unclear")]),
]


@pytest.mark.parametrize(("text", "expected"), AND_WHO_ASIDE)
def test_a_second_relative_opened_by_and_who(text: str, expected: Entries) -> None:
    assert statements(text) == expected


THROUGH_ASIDE: list[tuple[str, Entries]] = [
    ("The former governor, through his lawyer, denied that he had ordered the arrests.",
     [("The former governor", "he had ordered the arrests")]),
    ("The company, through its lawyers, denied dumping waste in the river.",
     [("The company", "dumping waste in the river")]),
    # as before: "said" after it; the phrase inside the words
    ("The general, through a spokesman, said the strike was lawful.",
     [("The general", "the strike was lawful")]),
    ("The convoy, through the night, was attacked twice, officials said.",
     [("officials", "The convoy, through the night, was attacked twice")]),
]


@pytest.mark.parametrize(("text", "expected"), THROUGH_ASIDE)
def test_who_spoke_for_the_speaker(text: str, expected: Entries) -> None:
    assert statements(text) == expected


SOUTH_ASIAN_FORMS: list[tuple[str, Entries]] = [
    ("SHO Imran Butt, while talking to Dawn, said the suspects had fled towards the river.",
     [("SHO Imran Butt", "the suspects had fled towards the river")]),
    ("The deputy commissioner, when contacted, said relief camps had been set up.",
     [("The deputy commissioner", "relief camps had been set up")]),
    ("As per police, the gunmen escaped on a motorcycle.",
     [("police", "the gunmen escaped on a motorcycle")]),
    ("As per the district administration, 40 houses were damaged.",
     [("the district administration", "40 houses were damaged")]),
    # look-alikes: "as per" with no source, an aside in the words
    ("The talks went on as per schedule.", []),
    ("The convoy, when attacked, turned back, officials said.",
     [("officials", "The convoy, when attacked, turned back")]),
]


@pytest.mark.parametrize(("text", "expected"), SOUTH_ASIAN_FORMS)
def test_south_asian_press_forms(text: str, expected: Entries) -> None:
    assert statements(text) == expected
