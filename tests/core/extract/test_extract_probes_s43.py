"""English probes, forty-third round: the families of the tenth blind set's misses.

The tenth blind set was missed on constructions the rules of the earlier rounds did not
reach, because those rules were written from the earlier sets' own sentences. These
probes test each family as a whole, in wordings of wire copy, local papers and NGO
releases, with the look-alikes the rule must leave alone:

Casualties.
1. Displacement told with a verb of driving ("drive", "drove", "driven") and where the
   people went: into a shelter after an article ("into a church compound", "into a U.N.
   base"), "to the hills", or from a home place named with a word or three ("from border
   town", "from district"). Look-alikes: suspects driven to a station, rebels driven from
   a town, girls forced into marriage.
2. Leaving told with the place left ("have left the town", "abandoned the villages"),
   under the checks of "fled" (civilians in the perfect, a crowd, households). Look-
   alikes: delegates who left a hall, ministers who left a cabinet, a few who left the
   area.
3. An adverb inside the verb group: "have since fled", "have reportedly fled", "had
   earlier fled".
4. Where the people came from, between them and a perfect "fled": "people from Kaya and
   two nearby hamlets have fled", "residents of the valley have fled". Gunmen stay
   nothing.
5. Care with a place and its town: "taken to hospital in Kisumu with gunshot wounds",
   with a bare count ("a further three were taken ..."). Checks are no wound.
6. The dead counted by a noun: "310 drug-related killings", "120 homicides".
7. A release still to come: an armed group that says it "will free", is "to free" or
   plans to free people holds them now (captured). Threats to kill stay nothing.
8. A headline's bare title before a counted group of the same outcome: "kill police
   chief, 2 bodyguards", "kill mayor and 3 guards".

Statements.
1. A denial whose words are one gerund: "denied firing and said ...", "denied shooting."
   ("denied everything" stays no words; "denied wrongdoing" is read since round 47).
2. A speech verb in a relative clause on someone who is not the clause's subject: a
   passive's agent ("stopped by soldiers who said ..."), the people a reporter heard
   ("spoke to Amina Yusuf, 54, who says ...", "interviewed residents who said ...").
3. "was quoted as saying by" a carrier that closes the sentence: the words are the clause
   before it, and the carrier is a second source of them.
4. A second speaker named in apposition after ", and" or ", but": "X said A, and a police
   spokesman, NAME, said B" ends X's words before the description.
5. A broadcast transcript's label with a clip's mark: "OKELLO (CLIP): ...", "MBEKI
   (through interpreter): ...".
6. A reactions roundup: each heading ("ARMY SPOKESMAN ..., ON RADIO:", "AMNESTY
   INTERNATIONAL:", "Ned Hale, spokesman for the mission, in a statement:") speaks the
   quote under it, whoever the lead named.
7. A relative clause with an attribution of its own between a subject and its verb:
   "The militia, which the government says is armed by smugglers, has said it ...".
8. An attribution inside a quotation that opened in an earlier sentence ends where the
   quotation closes: '"... Several mothers told us their children were missing," the
   charity said.'
9. "He" / "she" after a sentence opened by a post held by one person and a name in
   apposition ("The mayor's deputy for works, Engineer Samir Aziz, presented ...")
   takes the name, not a capitalised place later in that sentence.

Dates. A programme's name in capitals at the start of a line ("AFRICA TONIGHT - ...",
"WORLD TODAY: ...") names no day.

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures, check_report, engines_read

# Members the rules still miss: (opening words, engine). A strict xfail makes a later
# silent fix show, and the probe leaves this list.
_MISSES: tuple[tuple[str, str], ...] = (
    # a sub-group of the displaced in the next sentence, told with "of them" after a verb
    # that is no outcome ("registered"): nothing ties "them" to the people who fled.
    # Left open by the corpus rules, whose sub-groups share their figure's outcome in the
    # same sentence ("31 of them civilians"); a verb of no outcome in the next sentence
    # ("registered", "interviewed", "visited 10 of them") counts them for another reason
    ("Some 800 people have fled to Kasese since the raid.", "casualties"),
)

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. displacement told with a verb of driving: into a shelter, to the wild, from a home
    # place named with up to three words
    ('The fighting has driven about 2,000 families into a church compound in Malakal.',
     [('driven about 2,000 families into a church', 'displaced', 2000, None, 'about', 'families')]),
    ('Renewed shelling drove some 6,500 civilians into a U.N. base on the edge of the town.',
     [('drove some 6,500 civilians into a U.N. base',
       'displaced', 6500, None, 'about', 'civilians')]),
    ('Clashes drive hundreds from border town',
     [('drive hundreds from border town', 'displaced', 200, None, 'vague', None)]),
    ('The offensive drove 800 residents to the hills above the valley.',
     [('drove 800 residents to the hills', 'displaced', 800, None, 'exact', 'residents')]),
    ('Army drives 400 villagers from district in north',
     [('drives 400 villagers from district', 'displaced', 400, None, 'exact', 'villagers')]),
    # ... look-alikes: people driven somewhere by the police, fighters driven out, a forced
    # marriage
    ('Police drove 20 suspects to the station for questioning.',
     []),
    ('Troops drove 300 rebels from the town after a day of fighting.',
     []),
    ('The gang forced 40 girls into marriage.',
     []),
    # 2. leaving told with the place left, under the checks of "fled"
    ('An estimated 2,500 people have left the area since the clashes began.',
     [('An estimated 2,500 people have left', 'displaced', 2500, None, 'about', 'people')]),
    ('About 900 residents have left the town since Friday, a local official said.',
     [('About 900 residents have left', 'displaced', 900, None, 'about', 'residents')]),
    ('Some 600 families abandoned the villages along the river last week.',
     [('Some 600 families abandoned', 'displaced', 600, None, 'about', 'families')]),
    # ... look-alikes: a hall or a cabinet left, a few who left the area
    ('Forty delegates have left the hall in protest.',
     []),
    ('Three ministers left the cabinet last month.',
     []),
    ('Twelve people have left the area.',
     []),
    # 3. an adverb inside the verb group of "fled"
    ('More than 5,000 people have since fled to the provincial capital.',
     [('More than 5,000 people have since fled', 'displaced', 5000, None, 'more_than', 'people')]),
    ('About 800 people have reportedly fled to Kisoro.',
     [('About 800 people have reportedly fled', 'displaced', 800, None, 'about', 'people')]),
    ('Nearly 400 families had earlier fled to Goma.',
     [('Nearly 400 families had earlier fled', 'displaced', 400, None, 'about', 'families')]),
    # 4. where the people came from, between them and a perfect "fled" (gunmen stay
    # nothing)
    ('Some 500 people from Kaya and two nearby hamlets have fled to Tor.',
     [('Some 500 people from Kaya and two nearby hamlets have fled',
       'displaced', 500, None, 'about', 'people')]),
    ('About 1,000 residents of the valley have fled to Bamenda.',
     [('About 1,000 residents of the valley have fled',
       'displaced', 1000, None, 'about', 'residents')]),
    ('Three gunmen from the border villages have fled to Kasese town.',
     []),
    # 5. taken to hospital in a named town with wounds (checks are no wound)
    ('A further three were taken to hospital in Kisumu with gunshot wounds.',
     [('three were taken to hospital in Kisumu with gunshot wounds',
       'wounded', 3, None, 'exact', None)]),
    ('Two policemen were rushed to a clinic in Port Harcourt with burns.',
     [('Two policemen were rushed to a clinic in Port Harcourt with burns',
       'wounded', 2, None, 'exact', 'policemen')]),
    ('Four others were taken to hospital in Kisumu for checks.',
     []),
    # 6. the dead counted by the noun "killings" or "homicides" (no count, no figure)
    ('The state recorded 310 drug-related killings in 2008.',
     [('310 drug-related killings', 'killed', 310, None, 'exact', 'drug-related killings')]),
    ('There were 12 killings in the district last month.',
     [('12 killings', 'killed', 12, None, 'exact', 'killings')]),
    ('The city saw 120 homicides last year.',
     [('120 homicides', 'killed', 120, None, 'exact', 'homicides')]),
    ('The killings drew condemnation from 40 countries.',
     []),
    # 7. a release still to come: the people are held now (threats to kill stay nothing,
    # and so do comrades a group vows to free from a jail)
    ('Rebels to free 4 policemen',
     [('free 4 policemen', 'captured', 4, None, 'exact', 'policemen')]),
    ('Colombian guerrillas say they will free 3 soldiers',
     [('free 3 soldiers', 'captured', 3, None, 'exact', 'soldiers')]),
    ('Pirates plan to free 17 crew members next week.',
     [('free 17 crew members', 'captured', 17, None, 'exact', 'crew members')]),
    ('Islamist militants said on Sunday they would release 2 engineers.',
     [('release 2 engineers', 'captured', 2, None, 'exact', 'engineers')]),
    ('The army said it would kill 40 rebels.',
     []),
    ('Rebels say they will kill 3 soldiers.',
     []),
    ('Rebels vowed to free 500 comrades from the jail.',
     []),
    # 8. a headline's bare title before a counted group of the same outcome
    ('Gunmen kill mayor and 3 guards in Sinaloa',
     [('kill mayor and 3 guards', 'killed', 3, None, 'exact', 'guards')]),
    ('Gunmen kill police chief, 2 bodyguards in Durango',
     [('kill police chief, 2 bodyguards', 'killed', 2, None, 'exact', 'bodyguards')]),
    ('Blast kills district governor, four aides',
     [('kills district governor, four aides', 'killed', 4, None, 'exact', 'aides')]),
    ('Police arrest mayor, 4 councillors over fraud',
     [('arrest mayor, 4 councillors', 'arrested', 4, None, 'exact', 'councillors')]),
    ('Mayor meets governor, 3 ministers',
     []),
    ('Gunmen kill a mayor and 3 guards',
     [('kill a mayor', 'killed', 1, None, 'exact', 'mayor'),
      ('3 guards', 'killed', 3, None, 'exact', 'guards')]),
    # the known misses: a sub-group in the next sentence, bodies after "with"
    ('Some 800 people have fled to Kasese since the raid. The Red Cross said it had '
     'registered 310 of them.',
     [('Some 800 people have fled', 'displaced', 800, None, 'about', 'people'),
      ('registered 310 of them', 'displaced', 310, None, 'exact', None)]),
    ('Elders put the toll at 20 dead, with dozens of bodies still in the forest.',
     [('20 dead', 'killed', 20, None, 'exact', None),
      ('dozens of bodies', 'killed', 24, None, 'vague', 'bodies')]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


# Statement members the rules still miss (opening words, engine), as _MISSES above.
_STATEMENT_MISSES: tuple[tuple[str, str], ...] = ()  # none left of this round's members

STATEMENT_SENTENCES: list[tuple[str, list]] = [
    # 1. a denial whose words are one gerund ('denied wrongdoing', 'denied everything' stay
    # no words)
    ('The militia denied firing and said its men had been attacked first.',
     [('The militia', 'firing'),
      ('The militia', 'its men had been attacked first')]),
    ('Police denied shooting.',
     [('Police', 'shooting')]),
    ('The rebels have denied ever kidnapping.',
     [('The rebels', 'ever kidnapping')]),
    # the abstract noun denied is the words since round 47 ("denied involvement", the
    # en-14 gold); "everything" stays no words
    ('The army denied wrongdoing.',
     [('The army', 'wrongdoing')]),
    ('The company denied everything.',
     []),
    # 2. 'who said' / 'who says' after a passive's agent or a verb of hearing (a bomb 'which
    # said nothing' is no speaker)
    ('The convoy was stopped by soldiers who said they had no orders to let it pass.',
     [('soldiers', 'they had no orders to let it pass')]),
    ('We spoke to Amina Yusuf, 54, who says she has lost two sons in the war.',
     [('Amina Yusuf', 'she has lost two sons in the war')]),
    ('Reporters interviewed residents who said the shelling lasted all night.',
     [('residents', 'the shelling lasted all night')]),
    ('The bridge was destroyed by a bomb which said nothing.',
     []),
    # 3. 'was quoted as saying by' a carrier closing the sentence: the words are the clause
    # before (a road 'built by' engineers keeps its words)
    ('Gunmen seized two border guards, the provincial governor was quoted as '
     'saying by the state news agency on Monday.',
     [('the provincial governor', 'Gunmen seized two border guards'),
      ('the state news agency', 'Gunmen seized two border guards')]),
    ('The police chief was quoted as saying by local media that the road was closed.',
     [('The police chief', 'the road was closed')]),
    ('The minister said the road was built by Chinese engineers.',
     [('The minister', 'the road was built by Chinese engineers')]),
    # 4. a second speaker named in apposition after ', and' / ', but': the first words end
    # before the description (a relief worker who says nothing, a river, stay in them)
    ('Police in Jos have said 12 people died, and a police spokesman, Musa '
     'Ali, said on Friday that four suspects had been held.',
     [('Police in Jos', '12 people died'),
      ('Musa Ali', 'four suspects had been held')]),
    ("The governor said the road was reopened, but the county's police "
     'chief, Tom Oduya, said it stayed closed.',
     [('The governor', 'the road was reopened'),
      ('Tom Oduya', 'it stayed closed')]),
    ('Witnesses said the convoy was hit, and a relief worker, Ana Silva, was '
     'among the wounded.',
     [('Witnesses', 'the convoy was hit, and a relief worker, Ana Silva, was among the wounded')]),
    ('Officials said the dam held, and the river, swollen by rain, fell overnight.',
     [('Officials', 'the dam held, and the river, swollen by rain, fell overnight')]),
    # 5. a clip's mark after a transcript label ('KABUL (AP):' stays a dateline)
    ('EVENING REPORT - transcript\nANCHOR: Fighting has spread to the east of '
     'the country.\nOKELLO (CLIP): "The enemy is trying to scare the people. '
     'We are ready."\nMBEKI (through interpreter): We have nothing left, they '
     'took everything.',
     [('OKELLO', 'The enemy is trying to scare the people. We are ready'),
      ('MBEKI', 'We have nothing left, they took everything')]),
    ('KABUL (AP): The army said ten people died in the blast.',
     [('The army', 'ten people died in the blast')]),
    # 6. a reactions roundup's headings speak the quotes under them; a heading that names
    # no one ('What happens next:') leaves the quote to the speaker before
    ('Reactions to the massacre\nThe United Nations says about 3,000 people '
     'have since fled to the town.\nARMY SPOKESMAN JEAN KALALA, ON RADIO:\n"We '
     'will hunt down those who did this. No one will escape."\nAMNESTY '
     'INTERNATIONAL:\n"The authorities must protect civilians in the north."',
     [('The United Nations', 'about 3,000 people have since fled to the town'),
      ('ARMY SPOKESMAN JEAN KALALA', 'We will hunt down those who did this. No one will escape'),
      ('AMNESTY INTERNATIONAL', 'The authorities must protect civilians in the north')]),
    ('World leaders react to the attack\nThe UN says 40 people were killed in '
     'the raid on Monday.\nNed Hale, spokesman for the mission, in a '
     'statement:\n"We are shocked by the scale of this attack on unarmed '
     'villagers."\nWhat happens next:\n"The army will have to answer for what '
     'happened here on Monday."',
     [('The UN', '40 people were killed in the raid on Monday'),
      ('Ned Hale, spokesman for the mission',
       'We are shocked by the scale of this attack on unarmed villagers'),
      ('Ned Hale, spokesman for the mission',
       'The army will have to answer for what happened here on Monday')]),
    # ... and the carrier is a second source of the same words ("by local media that
    # ..." before the words is not this rule's)
    ('Three pilgrims were abducted on the highway, the district chief was quoted as '
     'saying by the Mehr news agency.',
     [('the district chief', 'Three pilgrims were abducted on the highway'),
      ('the Mehr news agency', 'Three pilgrims were abducted on the highway')]),
    # ... and a section's heading ("WHAT THEY SAID:", "UPDATE:") is no speaker
    ('Rebels take the town\nThe army says the rebels entered the town at dawn.\n'
     'WHAT THEY SAID:\n"We will retake every street of this town within a week."\n'
     'UPDATE:\n"The situation is under control and the roads are open again."',
     [('The army', 'the rebels entered the town at dawn'),
      ('The army', 'We will retake every street of this town within a week'),
      ('The army', 'The situation is under control and the roads are open again')]),
    # 7. a relative clause with an attribution of its own between a subject and its verb:
    # the relative's source speaks the clause to its comma, the subject the main clause
    ('The militia, which the government says is armed by smugglers, has said it holds '
     'the border post.',
     [('the government', 'is armed by smugglers'),
      ('The militia', 'it holds the border post')]),
    ('The commander, who police say was wounded in the raid, told reporters he would '
     'fight on.',
     [('police', 'was wounded in the raid'), ('The commander', 'he would fight on')]),
    ('On Monday the rebel leader, who the army says was killed last year, said in a video '
     'that the war would go on.',
     [('the army', 'was killed last year'), ('the rebel leader', 'the war would go on')]),
    # ... and with no speech verb in the main clause, only the relative's words
    ('The bridge, which engineers said was unsafe, collapsed on Monday.',
     [('engineers', 'was unsafe')]),
    # 8. an attribution inside a quotation opened in an earlier sentence: its words end
    # where the quotation closes (and words with quoted phrases of their own keep them)
    ('"Our clinic treated 14 people. Several mothers told us their children were still '
     'missing," the charity said.',
     [('the charity', 'Our clinic treated 14 people. Several mothers told us their '
       'children were still missing'),
      ('Several mothers', 'their children were still missing')]),
    ('The mayor said the "situation is grave" and residents said the water was "not safe '
     'to drink".',
     [('The mayor', 'the "situation is grave"'),
      ('residents', 'the water was "not safe to drink"')]),
    # 9. a pronoun after a sentence whose subject is a post held by one person and a name
    # in apposition takes the name, not a capitalised place later in the sentence (a
    # minister who "met" an envoy stays the subject)
    ("The mayor's deputy for works, Engineer Samir Aziz, presented the plan for the Old "
     "City of Basra. He said 900 houses had been surveyed.",
     [('Engineer Samir Aziz', '900 houses had been surveyed')]),
    ('The deputy for planning, Dr. Lina Haddad, visited the New Market of Aden. She said '
     'the stalls would reopen.',
     [('Dr. Lina Haddad', 'the stalls would reopen')]),
    ('The minister for works met the envoy, Lena Orr, in Kessa. He said the road would '
     'open.',
     [('The minister', 'the road would open')]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_SENTENCES)
def test_sentence_statements(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _STATEMENT_MISSES, text, "statements", expected)


# Dates: a programme's name in capitals at the start of a line, "TODAY" / "TONIGHT" before
# a dash, a bar or a colon, names no day; a headline's "TONIGHT" with no separator after
# it, a lower-case opening and an emphasis in running text stay dates.
DATE_SENTENCES: list[tuple[str, list]] = [
    ("EAST AFRICA TONIGHT - transcript of the 9pm bulletin, Monday 10 April 2017\n"
     "PRESENTER: Good evening.",
     [("Monday 10 April 2017", "2017-04-10")]),
    ("WORLD TODAY: programme notes for Sunday 9 April 2017",
     [("Sunday 9 April 2017", "2017-04-09")]),
    ("Fighting flared on Sunday.\nNEWS TODAY | Kessa edition",
     [("Sunday", "2017-04-09")]),
    ("PRESIDENT TO SPEAK TONIGHT", [("TONIGHT", "2017-04-10")]),
    ("Troops will leave TONIGHT, the army said.", [("TONIGHT", "2017-04-10")]),
    ("Talks TONIGHT: what to expect", [("TONIGHT", "2017-04-10")]),
]


@pytest.mark.parametrize(("text", "expected"), DATE_SENTENCES)
def test_sentence_dates(text: str, expected: list) -> None:
    assert engines_read(text)["dates"] == expected
