"""English statements after the forty-fifth round: the shapes earlier rounds saw and left.

Each shape is taken as a construction, held against the annotation rules (one entry per
attribution of speech; the speaker as written; the words without the verb of saying,
the speaker or how it was said) and probed in wordings of its own, with the look-alikes
the rule must leave alone:

1. The progressive of a reporting verb ("has been saying for weeks that ...", "are
   still insisting that ...", "was telling reporters that ..."): a form of "be" before
   the "-ing" form is no passive. It reports only with its "that" (or a colon) soon
   after, past a phrase of time or the one told ("The trick is telling fighters from
   civilians", "is telling stories that nobody believes" stay nothing).
2. Speech hedged by a passive ("The minister is reported to have said that ...", "was
   said to have told his officers that ..."): the subject speaks, as in "was quoted as
   saying"; "is reported to have died", "is said to have fled" stay nothing.
3. A platform's former name in apposition ("said on X, formerly Twitter, that ...",
   "posted on X, formerly known as Twitter, that ...", "wrote on X (formerly Twitter)
   that ..."): where the words were published, no part of them.
4. A subject whose determiner stands before a year or a count ("The 2021 report said",
   "Its 2020 annual report says", "The 300 residents said"): the speaker as written (the
   determiner and the year were cut, and "The 2,000 protesters said" gave nothing).
5. A relative clause whose own source's words end in the agent of a passive ("The front
   which the army says is armed by Tehran told ..."): the agent is no subject of the
   main verb.
6. A headline "Red Crescent: ..." whose name ends in the head of an organisation's name
   ("Crescent", "Cross", "International", "Front"): a source, as "Police: ..." is; a
   place's name ("Red Sea: ...", "North Kivu: ...") stays a section label.
7. The writer's own records ("According to our records, ...", "According to our data"):
   the document's own voice, no entry (the development gold keeps "according to our
   information" inside a speaker's quote as that speaker's words, and the writer's own
   first person has no entry); "According to our staff" (people) stays a source.
8. Papers of courts and petitions with the verb "states" ("The charge sheet states that
   ...", "The petition states that ..."): the paper speaks, as an indictment does; "The
   states that border the lake" stays the noun.
9. A subject's relative "that" right before a past verb ("A report that reached us on
   Friday said ...", "A source that spoke to the paper said ..."): the relative is part
   of the speaker as written, its day too; "that" before a clause of its own ("The claim
   that rebels fired first") stays no subject.
10. A nested source named in apposition at the start of earlier reported words ("told
   the Sentinel that its commander, Ali Dagan, had said ..."): one entry per source (the
   rules' nested attribution), the outer words whole.
11. An adverb between a clause's subject and its verb before ", saying" ("The army later
   repeated its denial, saying ..."): the subject speaks, not the object.
12. A person named in a phrase fronted by "For" or "To" ("For Yusra Khalil, the war
   began with a phone call."): the antecedent of the "she" / "he" of the next sentence;
   a place there ("For Kessa, ...") is none.

Then sentences of wire, regional-news and report style in shapes the rewording grid does
not hold (perfect and progressive verbs, modal reports, documents, posts, broadcasts,
unnamed bodies' spokesmen, quotes over paragraphs, attribution after a long quote). The
general misses they showed:

13. An adverb between an auxiliary and the reporting verb ("had long said that", "has
   since claimed that", "would only say that"): the subject before it speaks.
14. A modal and its verb opening the sentence's own predicate before "but said" ("The
   army could not confirm the report but said ..."): the sentence's subject speaks.
15. A paper and its date in the subject ("A leaked memo dated March 3 says ...", "A
   letter dated 12 May said ..."): the subject as written (a digit had made it none).

A third batch of thirty sentences (court, aid-agency, live-blog and wire copy) showed
three more:

16. The progressive "warning" / "telling" with a plural of people as the one told
   ("had been warning residents for days that ..."), and "saying" before a pronoun and
   its verb with no "that" ("are saying they have run out of blood"); "is telling
   stories that ..." (a thing) and "are saying the right things" stay nothing.
17. "was quoted by Reuters as having said that ...": the perfect of "as saying", read as
   it (the speaker was "having").
18. A "he" / "she" inside a sentence whose subject is a person, with no antecedent
   before the sentence ("The rebel leader posted a video in which he said ..."): the
   sentence's own subject.
19. A reflexive after a participle in the subject ("A spokesman for a group calling
   itself the Northern Shield said ..."): a reduced relative, the subject as written (it
   gave "the Northern Shield").

Left as they are: a speech in the future ("will tell parliament that ...": no words said
yet, as a hypothetical); "found that" (whether a finding reports is a class question);
"confirmed the incident and said ..." giving the incident as the confirmation's words, as
"claimed the bombing" does; a document "purportedly from" or "attributed to" a group
(given as the document), whose speaker shares its content words with the gold's; "The
report that police issued said ..." (an object relative read as two sources, as before);
"Save the Children said" (a place and a source glued in scraped copy read the same); and
"..., the army said, a key supply route." (a verbless apposition after the attribution
cannot be told from words whose verb the vocabulary does not list).

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

PROGRESSIVE: list[tuple[str, Entries]] = [
    ("The army has been saying for weeks that the road to Kessa is safe.",
     [("The army", "the road to Kessa is safe")]),
    ("Residents are still insisting that the well was poisoned.",
     [("Residents", "the well was poisoned")]),
    ("The water authority is warning that the dam could burst within days.",
     [("The water authority", "the dam could burst within days")]),
    ("Local leaders were telling reporters that the militia had left at dawn.",
     [("Local leaders", "the militia had left at dawn")]),
    ("The rebels have been claiming since March that they shot down two drones.",
     [("The rebels", "they shot down two drones")]),
    ("Aid agencies had been arguing privately that the camp was too close to the front.",
     [("Aid agencies", "the camp was too close to the front")]),
    ("The governor is saying that the curfew will stay.",
     [("The governor", "the curfew will stay")]),
    # look-alikes: no "that", a relative "that", nothing said, a rite
    ("The trick is telling fighters from civilians.", []),
    ("The army is telling stories that nobody believes.", []),
    ("The army is saying nothing about the raid.", []),
    ("Mourners were saying prayers at the grave.", []),
    ("The aid chief is warning of famine in the east.", []),
    ("She was being accused of spying.", []),
]

HEDGED: list[tuple[str, Entries]] = [
    ("The minister is reported to have said that the talks had failed.",
     [("The minister", "the talks had failed")]),
    ("The colonel was reported to have told aides that the town would fall.",
     [("The colonel", "the town would fall")]),
    ("Rebel commanders are reported to have said the bridge would be blown up.",
     [("Rebel commanders", "the bridge would be blown up")]),
    ("The general is said to have told his officers that no prisoners would be taken.",
     [("The general", "no prisoners would be taken")]),
    ("The envoy is believed to have warned that the ceasefire would not hold.",
     [("The envoy", "the ceasefire would not hold")]),
    # look-alikes: a hedged act, a state, an agentless passive
    ("Two soldiers were reported to have been killed.", []),
    ("The commander is said to have fled to the hills.", []),
    ("The minister is reported to have resigned.", []),
    ("The minister is reported to be unhappy with the deal.", []),
]

FORMER_NAME: list[tuple[str, Entries]] = [
    ("The commander said on X, formerly Twitter, that the town had fallen.",
     [("The commander", "the town had fallen")]),
    ("The ministry posted on X, formerly known as Twitter, that the border was closed.",
     [("The ministry", "the border was closed")]),
    ("The militia wrote on X (formerly Twitter) that its fighters had withdrawn.",
     [("The militia", "its fighters had withdrawn")]),
    ("The group said in a post on X, the platform formerly known as Twitter, that two of "
     "its members had been arrested.",
     [("The group", "two of its members had been arrested")]),
    # a former name inside the words stays there
    ("The town, formerly a market hub, was shelled, the army said.",
     [("the army", "The town, formerly a market hub, was shelled")]),
]

DETERMINED_DIGITS: list[tuple[str, Entries]] = [
    ("The 2021 report said that 40 villages had been burned.",
     [("The 2021 report", "40 villages had been burned")]),
    ("A 2019 UN report said the militia recruited children.",
     [("A 2019 UN report", "the militia recruited children")]),
    ("Its 2020 annual report says 300 people disappeared.",
     [("Its 2020 annual report", "300 people disappeared")]),
    ("The 300 residents said the water was poisoned.",
     [("The 300 residents", "the water was poisoned")]),
    ("The 2,000 protesters said they would march again.",
     [("The 2,000 protesters", "they would march again")]),
    # a fronted year is no part of the subject, and a count after "said" is the words'
    ("In 2021 the army said the road was safe.", [("the army", "the road was safe")]),
    ("The report said that 40 villages had been burned.",
     [("The report", "40 villages had been burned")]),
]

AGENT_IN_RELATIVE: list[tuple[str, Entries]] = [
    ("The front which the army says is armed by Tehran told reporters that its men would "
     "not withdraw.",
     [("the army", "is armed by Tehran"), ("The front", "its men would not withdraw")]),
    ("The brigade which residents say is paid by Kessa said that the checkpoint would stay.",
     [("residents", "is paid by Kessa"), ("The brigade", "the checkpoint would stay")]),
    # look-alikes: the agent with no relative of its own source, a who-relative's own verb
    ("A militia backed by Khartoum said on Monday that its fighters had taken the town.",
     [("A militia backed by Khartoum", "its fighters had taken the town")]),
]

HEADLINE_ORGANISATIONS: list[tuple[str, Entries]] = [
    ("Red Crescent: Convoy fired on near the river crossing\nJUBA, May 3 - Fighting went "
     "on north of the town on Tuesday.",
     [("Red Crescent", "Convoy fired on near the river crossing")]),
    ("Amnesty International: Militia executed 12 men in Kessa\nThe report was released on "
     "Monday.",
     [("Amnesty International", "Militia executed 12 men in Kessa")]),
    ("Red Cross: Two aid workers missing in Ituri\nThe two were last seen on Friday.",
     [("Red Cross", "Two aid workers missing in Ituri")]),
    # look-alikes: a place as a section label
    ("Red Sea: Ferry sinks off the coast\nThe ferry sank on Monday.", []),
    ("North Kivu: Talks to resume after rains\nFighting went on.", []),
    ("Blue Nile: Aid convoy reaches Damazin\nThe convoy arrived on Monday.", []),
]

OWN_RECORDS: list[tuple[str, Entries]] = [
    ("According to our records, 12 patients died in the ward.", []),
    ("According to our data, the clinic saw 300 patients in May.", []),
    # people of the writer's own are a source (the forty-fifth round)
    ("According to our staff, 12 patients died in the ward.",
     [("our staff", "12 patients died in the ward")]),
]

STATING_PAPERS: list[tuple[str, Entries]] = [
    ("The charge sheet states that the accused hid the rifles in a well.",
     [("The charge sheet", "the accused hid the rifles in a well")]),
    ("The petition states that the land was seized without notice.",
     [("The petition", "the land was seized without notice")]),
    ("The complaint states that the guards beat the prisoners.",
     [("The complaint", "the guards beat the prisoners")]),
    # look-alike: the plural noun
    ("The states that border the lake signed the deal.", []),
]

SUBJECT_RELATIVE_THAT: list[tuple[str, Entries]] = [
    ("A report that reached us on Friday said 12 people died in the raid.",
     [("A report that reached us on Friday", "12 people died in the raid")]),
    ("A letter that reached the governor said the wells had run dry.",
     [("A letter that reached the governor", "the wells had run dry")]),
    ("A source that spoke to the paper said the convoy was hit.",
     [("A source that spoke to the paper", "the convoy was hit")]),
    # look-alikes: "that" opening a clause of its own
    ("The claim that rebels fired first was denied.", []),
    ("The army denied reports that soldiers burned the village.",
     [("The army", "reports that soldiers burned the village")]),
]

NESTED_APPOSITION: list[tuple[str, Entries]] = [
    ("A spokesman for the militia told the Courier that its leader, Omar Wek, had said the "
     "truce was over.",
     [("A spokesman for the militia", "its leader, Omar Wek, had said the truce was over"),
      ("Omar Wek", "the truce was over")]),
    ("The envoy said that his deputy, Lina Morr, had told him the border would open.",
     [("The envoy", "his deputy, Lina Morr, had told him the border would open"),
      ("Lina Morr", "the border would open")]),
    # without the apposition, as before
    ("A spokesman told the Courier that Omar Wek had said the truce was over.",
     [("A spokesman", "Omar Wek had said the truce was over"),
      ("Omar Wek", "the truce was over")]),
]

ADVERB_BEFORE_SAYING: list[tuple[str, Entries]] = [
    ("The army later repeated its denial, saying no unit had fired that day.",
     [("The army", "no unit had fired that day")]),
    ("Police swiftly rejected the report, saying the men had been released.",
     [("Police", "the men had been released")]),
    # without the adverb, as before
    ("The rebels rejected the charge, saying the shells came from the army.",
     [("The rebels", "the shells came from the army")]),
]

FRONTED_PERSON: list[tuple[str, Entries]] = [
    ('For Amina Yusuf, the camp is now home. "We have nowhere else to go," she said.',
     [("Amina Yusuf", "We have nowhere else to go")]),
    ("To Omar Haddad, the ruling came too late. He said the family would appeal.",
     [("Omar Haddad", "the family would appeal")]),
    # look-alike: a place in the fronted phrase (since round en185 a lone "For <Name>,"
    # before a bare "she said" with no person named anywhere is the person the feature is
    # about, as "For Amina, the worst is the nights"; the place stays a place when the text
    # writes it as one, "in Kessa")
    ('For Kessa, the war began in the spring. "Nobody expected it," she said.',
     [("Kessa", "Nobody expected it")]),
    ('For Kessa, the war came in the spring, and the fighting in Kessa lasted a year. '
     '"Nobody expected it," she said.', [("she", "Nobody expected it")]),
]

ADVERB_AFTER_AUXILIARY: list[tuple[str, Entries]] = [
    ("Villagers had long said that the police never came.",
     [("Villagers", "the police never came")]),
    ("The opposition has since claimed that the vote was rigged.",
     [("The opposition", "the vote was rigged")]),
    ("A spokesman would only say that the matter was under review.",
     [("A spokesman", "the matter was under review")]),
    # look-alike: "only" inside the subject
    ("The only witness said the car sped away.", [("The only witness", "the car sped away")]),
]

MODAL_THEN_BUT: list[tuple[str, Entries]] = [
    ("The army could not confirm the report but said an inquiry would be opened.",
     [("The army", "an inquiry would be opened")]),
    ("The ministry did not give a figure but said the clinics were full.",
     [("The ministry", "the clinics were full")]),
    # as before: a past verb before "but said"
    ("The army declined to comment but said an inquiry would be opened.",
     [("The army", "an inquiry would be opened")]),
]

DATED_PAPER: list[tuple[str, Entries]] = [
    ("A leaked memo dated March 3 says the troops lacked ammunition.",
     [("A leaked memo dated March 3", "the troops lacked ammunition")]),
    ("A letter dated 12 May said the wells had been poisoned.",
     [("A letter dated 12 May", "the wells had been poisoned")]),
    # as before: a participle and a preposition
    ("The statement issued on March 3 said the talks had failed.",
     [("The statement issued on March 3", "the talks had failed")]),
]

# The sentences of wire, regional-news and report style, as the engine reads them after
# the mends above (each checked by hand against the rules); those it misread are in the
# families above or in the module's notes on what stays.
WIRE_SHAPES: list[tuple[str, Entries]] = [
    ('The ministry has repeatedly denied that its jets struck the market.',
     [('The ministry',
       'its jets struck the market')]),
    ('Villagers had long complained that the police never came.',
     [('Villagers',
       'the police never came')]),
    ('The governor has been warning for months that the levee would not hold.',
     [('The governor',
       'the levee would not hold')]),
    ('Officials had earlier insisted that no civilians were in the building.',
     [('Officials',
       'no civilians were in the building')]),
    ('The opposition has since claimed that the vote was rigged.',
     [('The opposition',
       'the vote was rigged')]),
    ('A spokesman would only say that the matter was under review.',
     [('A spokesman',
       'the matter was under review')]),
    ('The army could not confirm the report but said an inquiry would be opened.',
     [('The army',
       'an inquiry would be opened')]),
    ('Police may have understated the toll, a rights group said.',
     [('a rights group',
       'Police may have understated the toll')]),
    ('A leaked memo dated March 3 says the troops lacked ammunition.',
     [('A leaked memo dated March 3',
       'the troops lacked ammunition')]),
    ('A UN document seen by the agency says 40 schools were damaged.',
     [('A UN document seen by the agency',
       '40 schools were damaged')]),
    ('The court filing alleges that the company paid the militia.',
     [('The court filing',
       'the company paid the militia')]),
    ('Minutes of the meeting show that the commander ordered the strike.',
     []),
    ("The hospital's records list 14 dead and 30 wounded.",
     []),
    ('In a post on Facebook, the mayor said the curfew would be lifted.',
     [('the mayor',
       'the curfew would be lifted')]),
    ('The group wrote on Telegram that its fighters had seized two tanks.',
     [('The group',
       'its fighters had seized two tanks')]),
    ('The militia claimed in a tweet that it had downed a helicopter.',
     [('The militia',
       'it had downed a helicopter')]),
    ('A video posted online showed the men being marched away.',
     []),
    ("The ministry's spokesman tweeted that the border would reopen on Monday.",
     [("The ministry's spokesman",
       'the border would reopen on Monday')]),
    ('In a Facebook post, the brigade said three of its men had been killed.',
     [('the brigade',
       'three of its men had been killed')]),
    ('Speaking on state television, the president said the rebels would be crushed.',
     [('the president',
       'the rebels would be crushed')]),
    ('State radio reported that the airport had been closed.',
     [('State radio',
       'the airport had been closed')]),
    ('The minister told a local radio station that the road was safe.',
     [('The minister',
       'the road was safe')]),
    ('In an interview aired on Sunday, the general said the war could last years.',
     [('the general',
       'the war could last years')]),
    ('Al-Rasid TV, which is close to the government, reported that 20 fighters were killed.',
     [('Al-Rasid TV',
       '20 fighters were killed')]),
    ('A spokesman for the group, who did not give his name, said the hostages were alive.',
     [('A spokesman for the group',
       'the hostages were alive')]),
    ('A security official, speaking on condition of anonymity, said the attackers wore '
     'uniforms.',
     [('A security official',
       'the attackers wore uniforms')]),
    ('A senior diplomat familiar with the talks said a deal was close.',
     [('A senior diplomat familiar with the talks',
       'a deal was close')]),
    ('One official, who asked not to be identified, said the convoy was ambushed.',
     [('One official',
       'the convoy was ambushed')]),
    ('Sources close to the negotiations said the hostages would be freed.',
     [('Sources close to the negotiations',
       'the hostages would be freed')]),
    ('Dr Amal Nour, who runs the clinic, said: "We have no more insulin.\n"If the road stays '
     'closed, people will die."',
     [('Dr Amal Nour',
       'We have no more insulin'),
      ('Dr Amal Nour',
       'If the road stays closed, people will die')]),
    ('"The water is gone," said the village chief, Abu Tarek.\n"We drink from the river now."',
     [('Abu Tarek',
       'The water is gone'),
      ('Abu Tarek',
       'We drink from the river now')]),
    ('"We were sleeping when the first shell hit the house, and by the time we reached the '
     'road the whole street was burning and nobody came to help us," said Fatma Idris, 41.',
     [('Fatma Idris',
       'We were sleeping when the first shell hit the house, and by the time we reached '
       'the road the whole street was burning and nobody came to help us')]),
    ('"There is no food, no medicine and no way out of the town for anyone who is sick or '
     'old," the aid worker told reporters by phone.',
     [('the aid worker',
       'There is no food, no medicine and no way out of the town for anyone who is sick '
       'or old')]),
    ('Twelve soldiers were killed in the ambush, the army said in a statement on Sunday.',
     [('the army',
       'Twelve soldiers were killed in the ambush')]),
    ('The death toll rose to 31, local health officials told AFP.',
     [('local health officials',
       'The death toll rose to 31')]),
    ('At least nine people died, according to a tally by the Kessa Times.',
     [('the Kessa Times',
       'At least nine people died')]),
    ('Two policemen were wounded, the interior ministry said, without giving details.',
     [('the interior ministry',
       'Two policemen were wounded')]),
    ('The rebels said in a statement emailed to reporters that they had taken the hill.',
     [('The rebels',
       'they had taken the hill')]),
    ('Speaking to this newspaper, the district commissioner said relief had arrived.',
     [('the district commissioner',
       'relief had arrived')]),
    ('Confirming the attack, the police spokesperson said two suspects were arrested.',
     [('the police spokesperson',
       'two suspects were arrested')]),
    ('Residents of the area alleged that the police fired without warning.',
     [('Residents of the area',
       'the police fired without warning')]),
    ('The chief told journalists at his residence that the elders had agreed to talk.',
     [('The chief',
       'the elders had agreed to talk')]),
    ('The panel concluded that the strike was disproportionate.',
     [('The panel',
       'the strike was disproportionate')]),
    ('Witnesses interviewed by the mission described seeing bodies in the river.',
     []),
    ('The report documents 120 cases of torture.',
     []),
    ('In its annual report, the commission said arbitrary arrests had doubled.',
     [('the commission',
       'arbitrary arrests had doubled')]),
    # a survey's "found that" reports its finding, as the sets' calls take it since the
    # twenty-ninth set (round 72; pinned as nothing while it was a class question)
    ('The survey found that half of the families had lost a member.',
     [('The survey',
       'half of the families had lost a member')]),
    ('In a voice message sent to reporters, the commander said his men had withdrawn.',
     [('the commander',
       'his men had withdrawn')]),
    ("The governor's office said in a statement that schools would stay shut.",
     [("The governor's office",
       'schools would stay shut')]),
    ("Speaking to the BBC's Focus on Africa programme, the minister said talks had resumed.",
     [('the minister',
       'talks had resumed')]),
    ('The army has yet to comment, but a senior officer said the base had been evacuated.',
     [('a senior officer',
       'the base had been evacuated')]),
    ('The UN refugee agency has said that more than 10,000 people have fled.',
     [('The UN refugee agency',
       'more than 10,000 people have fled')]),
    ('Police have so far said little, but a source said three suspects were in custody.',
     [('a source',
       'three suspects were in custody')]),
    ('An aid worker in the camp, who spoke on condition of anonymity for fear of reprisals, '
     'said food had run out.',
     [('An aid worker in the camp',
       'food had run out')]),
    ('The broadcaster, citing a military source, reported that two jets had crashed.',
     [('a military source',
       'two jets had crashed'),
      ('The broadcaster',
       'two jets had crashed')]),
    ('"We have lost everything," Halima Bako told the Courier. "Our house, our goats, our '
     'seeds."',
     [('Halima Bako',
       'We have lost everything'),
      ('Halima Bako',
       'Our house, our goats, our seeds')]),
    ('The rebels are understood to have told mediators that they would release the pilot.',
     [('The rebels',
       'they would release the pilot')]),
    ('The envoy is expected to tell the council that the truce has collapsed.',
     []),
    ('The police chief was heard telling officers that the crowd must be dispersed.',
     []),
    ('Residents reached by phone said the shelling had stopped.',
     [('Residents reached by phone',
       'the shelling had stopped')]),
    ('The chairman of the relief committee, Mr. Ochieng, told the Nation that 300 families '
     'needed food.',
     [('Mr. Ochieng',
       '300 families needed food')]),
    ('In a televised address on Friday night, President Lara Voss said she would not resign.',
     [('President Lara Voss',
       'she would not resign')]),
    # the third batch (court, aid-agency, live-blog and wire copy)
    ('In comments to the Daily Monitor, the police commander said the suspects had fled.',
     [('the police commander',
       'the suspects had fled')]),
    ('The general was cited by state media as saying the offensive would continue.',
     [('state media',
       'the offensive would continue'),
      ('The general',
       'the offensive would continue')]),
    ('In a letter to the Security Council, the ambassador said the strikes violated the truce.',
     [('the ambassador',
       'the strikes violated the truce')]),
    ('He went on to say that the camps would be closed by June.',
     [('He',
       'the camps would be closed by June')]),
    ('The minister acknowledged that mistakes had been made.',
     [('The minister',
       'mistakes had been made')]),
    ("According to the governor's spokesman, six people were rescued.",
     [("the governor's spokesman",
       'six people were rescued')]),
    ('The statement added that the attackers had fled toward the border.',
     [('The statement',
       'the attackers had fled toward the border')]),
    ("The militia's account could not be independently verified.",
     []),
    ('OCHA reported that 12,000 people had been displaced since Monday.',
     [('OCHA',
       '12,000 people had been displaced since Monday')]),
    ('Humanitarian partners on the ground report that water supplies are running low.',
     [('Humanitarian partners on the ground',
       'water supplies are running low')]),
    ('The defence lawyer argued that the confession had been extracted under duress.',
     [('The defence lawyer',
       'the confession had been extracted under duress')]),
    ('The prosecution told the court that the accused had ordered the killings.',
     [('The prosecution',
       'the accused had ordered the killings')]),
    ('The judge noted that no witness had placed the accused at the scene.',
     [('The judge',
       'no witness had placed the accused at the scene')]),
    ('Eyewitnesses who spoke to our correspondent said the gunmen wore masks.',
     [('Eyewitnesses who spoke to our correspondent',
       'the gunmen wore masks')]),
    ("Speaking at the funeral, the victim's brother said the family wanted justice.",
     [("the victim's brother",
       'the family wanted justice')]),
    ('The mayor, who visited the site on Saturday, told reporters that 40 homes were '
     'destroyed.',
     [('The mayor',
       '40 homes were destroyed')]),
    ('14:32 - The health ministry says the death toll has risen to 27.',
     [('The health ministry',
       'the death toll has risen to 27')]),
    ('A senior Western diplomat, who was briefed on the talks, said the two sides remained far'
     ' apart.',
     [('A senior Western diplomat',
       'the two sides remained far apart')]),
    ('The Sudanese army has repeatedly accused the RSF of targeting civilians.',
     [('The Sudanese army',
       'the RSF of targeting civilians')]),
    ('Officials are yet to say how many people were killed.',
     []),
    ('It remains unclear who carried out the attack.',
     []),
    ('The group has not commented on the allegations.',
     []),
    ('The minister is due to brief parliament on Tuesday.',
     []),
    ('Local media reported the explosion shortly after midnight.',
     [('Local media',
       'the explosion shortly after midnight')]),
    ('Rights groups have long accused the police of torture.',
     [('Rights groups',
       'the police of torture')]),
    ('The ceasefire, the ministry has said, will hold until Friday.',
     [('the ministry',
       'The ceasefire will hold until Friday')]),
]

THIRD_BATCH: list[tuple[str, Entries]] = [
    ("The army had been warning residents for days that an assault was imminent.",
     [("The army", "an assault was imminent")]),
    ("Elders were telling families in the camp that the road was open.",
     [("Elders", "the road was open")]),
    ("The spokesman was quoted by Reuters as having said that no deal had been reached.",
     [("Reuters", "no deal had been reached"),
      ("The spokesman", "no deal had been reached")]),
    ("The envoy was quoted as having said the talks would resume.",
     [("The envoy", "the talks would resume")]),
    ("The rebel leader posted a video in which he said his forces would not retreat.",
     [("The rebel leader", "his forces would not retreat")]),
    ("Omar Wek sent a voice note in which he said the hostages were alive.",
     [("Omar Wek", "the hostages were alive")]),
    ("Doctors at the hospital are saying they have run out of blood.",
     [("Doctors at the hospital", "they have run out of blood")]),
    ("A spokesman for a group calling itself the Northern Shield said the hostages were "
     "alive.",
     [("A spokesman for a group calling itself the Northern Shield",
       "the hostages were alive")]),
    # look-alikes: a thing told, no pronoun and its verb after "saying", a pronoun with no
    # person before it in its sentence
    ("The army is telling stories that nobody believes.", []),
    ("Residents are saying the right things.", []),
    ("The convoy was hit before he said the road was safe.", [("he", "the road was safe")]),
]


@pytest.mark.parametrize(("text", "expected"), PROGRESSIVE)
def test_the_progressive_of_a_reporting_verb(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), HEDGED)
def test_speech_hedged_by_a_passive(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), FORMER_NAME)
def test_a_platforms_former_name_is_no_part_of_the_words(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), DETERMINED_DIGITS)
def test_a_year_or_count_after_the_determiner(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), AGENT_IN_RELATIVE)
def test_the_agent_closing_a_relatives_words(text: str, expected: Entries) -> None:
    assert sorted(statements(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), HEADLINE_ORGANISATIONS)
def test_an_organisations_name_before_a_headlines_colon(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_RECORDS)
def test_the_writers_own_records(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), STATING_PAPERS)
def test_papers_that_state(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), SUBJECT_RELATIVE_THAT)
def test_a_subjects_relative_that(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), NESTED_APPOSITION)
def test_a_nested_source_in_apposition(text: str, expected: Entries) -> None:
    assert sorted(statements(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), ADVERB_BEFORE_SAYING)
def test_an_adverb_before_the_verb_then_saying(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRONTED_PERSON)
def test_a_person_in_a_fronted_phrase(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), ADVERB_AFTER_AUXILIARY)
def test_an_adverb_after_the_auxiliary(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), MODAL_THEN_BUT)
def test_a_modal_predicate_then_but_said(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), DATED_PAPER)
def test_a_paper_and_its_date_in_the_subject(text: str, expected: Entries) -> None:
    assert statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), WIRE_SHAPES)
def test_wire_regional_and_report_shapes(text: str, expected: Entries) -> None:
    assert sorted(statements(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), THIRD_BATCH)
def test_the_third_batchs_misses(text: str, expected: Entries) -> None:
    assert sorted(statements(text)) == sorted(expected)
