"""English probes, twenty-second round (issue 11), statements first: whole fictional
reports of four to eight paragraphs in styles no earlier round imitated, where
attribution is hard, each read by all three engines: a long-form feature (a speaker
introduced once with a long apposition, quoted later by pronoun and by "the former
general" in the present tense, a quote running over two paragraphs with the opening mark
repeated and no closing mark), Security Council and parliamentary coverage (many
speakers in a row, "the representative of X", "speaking on behalf of", "echoing that
call", "countered", "retorted", "adding that"), an interview as Q&A and as prose ("Asked
whether ..., he replied:", "When pressed, the spokesman declined to comment"), documents
and posts (a leaked memo "seen by the paper", a post on Telegram, a video statement, "the
letter read"), several attributions in one sentence (officials who spoke on condition of
anonymity, "X said an informant told Y that Z had said"), tribunal reporting, a police
blotter, a live blog stamped with clock times and a UN flash update; then single
sentences of the same constructions, and the casualty leftovers of the last round.

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings. The publication date of every report is Monday 2017-04-10.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures, check_report, english_report_tests

# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = (
    # "the army reported 312 militants killed; two years later the figure was higher
    # still": the words run on past the semicolon into the writer's clause (after a
    # forward verb a semicolon may also join two reported clauses, so no rule yet)
    ("The general who changed", "statements"),
    # the interview's "A:" line is the mayor's answer: no rule reads a Q&A answer with
    # no quote marks and gives it to the person the introduction names
    ("'We are not leaving'", "statements"),
    # "One man, 24, was taken to hospital with a gunshot wound": a wound carried to
    # hospital is not read as wounded
    ("Police log", "casualties"),
)


# Whole reports: (text, statements, casualty figures, dates).
REPORTS: list[tuple[str, list, list, list]] = [
    # A long-form feature: a speaker introduced once with a long apposition and quoted
    # later by pronoun and as "the former general" in the present tense ("he says now",
    # "recalls"), a quote running over two paragraphs with the opening mark repeated and
    # no closing mark, the writer's clause after a semicolon, a critic's quote.
    ("The general who changed his mind\n"
     "For three decades Marcus Okonjo, a retired brigadier who commanded peacekeepers in two "
     "African wars and now teaches at a staff college outside Abuja, believed that force "
     "could end an insurgency.\n"
     'He no longer does. "We killed hundreds of young men and we made enemies of their '
     'brothers," he says now, sitting in his garden on a hot afternoon in March.\n'
     "The numbers bear him out. In the year he took command the army reported 312 militants "
     "killed; two years later the figure was higher still.\n"
     '"I signed the reports myself," the former general recalls. "Nobody asked what happened '
     "in the villages afterwards.\n"
     '"When we came back in 2009, half the houses were empty."\n'
     "Okonjo's critics say he is rewriting his own record. \"He was the loudest voice for the "
     'offensive," said Amina Bello, a researcher at a human-rights group in Lagos.\n'
     "The truth, as so often, lies somewhere in between.",
     [("Marcus Okonjo",
       "We killed hundreds of young men and we made enemies of their brothers"),
      ("the army", "312 militants killed"),
      ("the former general", "I signed the reports myself"),
      ("the former general", "Nobody asked what happened in the villages afterwards"),
      ("the former general", "When we came back in 2009, half the houses were empty"),
      ("Okonjo's critics", "he is rewriting his own record"),
      ("Amina Bello", "He was the loudest voice for the offensive")],
     [("killed hundreds of young men", "killed", 200, None, "vague", "young men"),
      ("312 militants killed", "killed", 312, None, "exact", "militants")],
     [("March", "2017-03"),
      ("2009", "2009")]),
    # Security Council coverage: many speakers in a row, "with several delegations
    # warning that", an official's title before the name, "the representative of X",
    # "speaking on behalf of the group of", "echoing that call, ... added that",
    # "countered", "retorted"; a meeting ahead.
    ("Security Council split over Yemen truce\n"
     "UNITED NATIONS, April 7 - Members of the Security Council clashed on Friday over a draft "
     "resolution on Yemen, with several delegations warning that the truce was close to "
     "collapse.\n"
     "Opening the meeting, the Under-Secretary-General for Humanitarian Affairs, Helen Marsh, "
     "said more than 40 civilians had been killed in the past week in Taiz alone.\n"
     "The representative of Sweden said the council could not stay silent while hospitals "
     "were shelled. Speaking on behalf of the group of Nordic countries, she urged all "
     "parties to return to the talks.\n"
     "Echoing that call, the delegate of Peru added that humanitarian access must be restored "
     "without conditions.\n"
     "The Russian ambassador, Pavel Grinev, countered that the draft ignored the role of "
     'outside powers. "This text is not balanced," he said.\n'
     "The representative of the United Kingdom retorted that nobody was asking Moscow to take "
     "sides.\n"
     "The council will meet again on Wednesday.",
     [("several delegations", "the truce was close to collapse"),
      ("Helen Marsh", "more than 40 civilians had been killed in the past week in Taiz alone"),
      ("The representative of Sweden",
       "the council could not stay silent while hospitals were shelled"),
      ("The representative of Sweden", "all parties to return to the talks"),
      ("the delegate of Peru", "humanitarian access must be restored without conditions"),
      ("Pavel Grinev", "the draft ignored the role of outside powers"),
      ("Pavel Grinev", "This text is not balanced"),
      ("The representative of the United Kingdom", "nobody was asking Moscow to take sides")],
     [("more than 40 civilians had been killed", "killed", 40, None, "more_than",
       "civilians")],
     [("April 7", "2017-04-07"),
      ("Friday", "2017-04-07"),
      ("the past week", "2017-03-31"),
      ("Wednesday", "2017-04-12")]),
    # An interview printed as Q&A and as prose: "Q:" and "A:" lines, "Asked whether ...,
    # he replied:" and a quote, "When pressed ..., the spokesman declined to comment"
    # (no words), a surname later.
    ("'We are not leaving': an interview with the mayor of Marawi\n"
     "Mayor Abdul Rahim Datu spoke to the paper by telephone on Saturday. The interview has "
     "been edited for length.\n"
     "Q: How many people are still in the city?\n"
     "A: Maybe 2,000. The rest have gone to the camps in Iligan.\n"
     "Asked whether the army had consulted him before the air strikes, he replied: \"Not "
     'once. We learned about them from the radio."\n'
     "When pressed on reports that 17 civilians died in a strike on a mosque, the mayor's "
     "spokesman declined to comment.\n"
     "Datu said at least 300 families had been displaced since the fighting began on March 3.",
     [("Mayor Abdul Rahim Datu", "Maybe 2,000. The rest have gone to the camps in Iligan"),
      ("Mayor Abdul Rahim Datu", "Not once. We learned about them from the radio"),
      ("Datu", "at least 300 families had been displaced since the fighting began on March 3")],
     [("17 civilians died", "killed", 17, None, "exact", "civilians"),
      ("at least 300 families had been displaced", "displaced", 300, None, "at_least",
       "families")],
     [("Saturday", "2017-04-08"),
      ("March 3", "2017-03-03")]),
    # Documents and posts: "a leaked memo ..., seen by the paper, says that", a post on
    # Telegram, a video statement, an open letter whose words "the letter read" (no
    # earlier speaker's), "did not respond to a request for comment" (no words).
    ("Leaked memo warns of 'catastrophic' losses in the east\n"
     "A leaked memo from the defence ministry, seen by the paper, says that at least 1,200 "
     "soldiers were wounded in the first two weeks of March and that field hospitals were "
     "'overwhelmed'.\n"
     "The memo, dated March 20, was written by the head of the army's medical service.\n"
     "A pro-government militia wrote in a post on Telegram that its fighters had captured "
     "four enemy soldiers near Avdiivka on Sunday.\n"
     "In a video statement released on Saturday night, the militia's commander said the "
     "prisoners would be exchanged.\n"
     "Relatives of 38 sailors held captive since February sent an open letter to the "
     'president on Friday. "We demand the immediate release of our men," the letter read.\n'
     "The ministry did not respond to a request for comment.",
     [("Leaked memo", "of 'catastrophic' losses in the east"),
      ("A leaked memo from the defence ministry",
       "at least 1,200 soldiers were wounded in the first two weeks of March and that field "
       "hospitals were 'overwhelmed'"),
      ("A pro-government militia",
       "its fighters had captured four enemy soldiers near Avdiivka on Sunday"),
      ("the militia's commander", "the prisoners would be exchanged"),
      ("the letter", "We demand the immediate release of our men")],
     [("at least 1,200 soldiers were wounded", "wounded", 1200, None, "at_least",
       "soldiers"),
      ("captured four enemy soldiers", "captured", 4, None, "exact", "enemy soldiers"),
      ("38 sailors held captive", "captured", 38, None, "exact", "sailors")],
     [("March", "2017-03"),
      ("March 20", "2017-03-20"),
      ("Sunday", "2017-04-09"),
      ("Saturday", "2017-04-08"),
      ("February", "2017-02"),
      ("Friday", "2017-04-07")]),
    # Several attributions in one sentence: officials who spoke on condition of
    # anonymity, "X said an informant told Y that Z had said", a spokesman's words that
    # end where "and declined to say more" begins, "was quoted as saying by".
    ("Two officials say army knew of plot\n"
     "WASHINGTON - Commanders were warned of the attack on Camp Hale two days before it "
     "happened, according to two officials who spoke on condition of anonymity because they "
     "were not authorised to speak to the media.\n"
     "One of the officials said an informant told Iraqi police that the attackers had said "
     "they would strike during the morning parade.\n"
     "The Pentagon spokesman, Captain Jeff Davis, told reporters on Thursday that the "
     'department was reviewing "all the intelligence available" and declined to say more.\n'
     "The attack killed six American soldiers and wounded 11, and three Iraqi interpreters "
     "remain missing, the military said.\n"
     "Senator Ann Whitley, a Democrat of Ohio, was quoted as saying by The Hill that the "
     'reports were "deeply troubling".',
     [("Two officials", "army knew of plot"),
      ("two officials",
       "Commanders were warned of the attack on Camp Hale two days before it happened"),
      ("One of the officials",
       "an informant told Iraqi police that the attackers had said they would strike during "
       "the morning parade"),
      ("an informant", "the attackers had said they would strike during the morning parade"),
      ("the attackers", "they would strike during the morning parade"),
      ("Captain Jeff Davis", 'the department was reviewing "all the intelligence available"'),
      ("the military",
       "The attack killed six American soldiers and wounded 11, and three Iraqi interpreters "
       "remain missing"),
      ("Senator Ann Whitley", 'the reports were "deeply troubling"')],
     [("killed six American soldiers", "killed", 6, None, "exact", "American soldiers"),
      ("wounded 11", "wounded", 11, None, "exact", None),
      ("three Iraqi interpreters remain missing", "missing", 3, None, "exact",
       "Iraqi interpreters")],
     [("Thursday", "2017-04-06")]),
    # Tribunal reporting: a judgment, the presiding judge, the accused's testimony
    # reported by surname, his lawyer by apposition, a victim's relative, the
    # prosecution's argument; the sentence's years and the accused count nobody.
    ("Former commander guilty of ordering killing of 31 villagers\n"
     "THE HAGUE - Judges at the international tribunal on Thursday found a former militia "
     "commander guilty of ordering the killing of 31 villagers in 1999 and sentenced him to "
     "25 years in prison.\n"
     "Presiding judge Marit Lund said the evidence showed that Dragan Vuk had \"personally "
     'selected" the men who were shot.\n'
     "Vuk, who listened to the verdict without expression, had told the court during the "
     "trial that he was nowhere near the village that day. His lawyer, Ivo Maric, said "
     "outside the courtroom that the defence would appeal.\n"
     '"Today the victims have been heard," said Sefija Hodzic, whose two sons were among the '
     'dead. "It took eighteen years."\n'
     "The prosecution had argued that a further 12 men were taken away and are still missing.",
     [("Presiding judge Marit Lund",
       'the evidence showed that Dragan Vuk had "personally selected" the men who were shot'),
      ("Dragan Vuk", "he was nowhere near the village that day"),
      ("Ivo Maric", "the defence would appeal"),
      ("Sefija Hodzic", "Today the victims have been heard"),
      ("Sefija Hodzic", "It took eighteen years"),
      ("The prosecution", "a further 12 men were taken away and are still missing")],
     [("killing of 31 villagers", "killed", 31, None, "exact", "villagers"),
      ("killing of 31 villagers", "killed", 31, None, "exact", "villagers"),
      ("two sons", "killed", 2, None, "exact", "sons"),
      ("12 men were taken away and are still missing", "missing", 12, None, "exact", "men")],
     [("Thursday", "2017-04-06"),
      ("1999", "1999"),
      ("Today", "2017-04-10")]),
    # A police blotter: a label headline with a colon ("Police log: Eastfield") that is
    # nobody's words, weekday and clock-time entries whose times count nobody, a man
    # "taken to hospital with a gunshot wound".
    ("Police log: Eastfield\n"
     "Tuesday, 9:40 p.m. - Officers responded to a report of shots fired on Mill Street. One "
     "man, 24, was taken to hospital with a gunshot wound to the leg. Police said he was "
     "expected to survive.\n"
     "Wednesday, 2:15 a.m. - Two men were arrested after a fight outside a bar on Ferry Road, "
     "a police spokeswoman said.\n"
     "Thursday, 11 a.m. - A woman told officers that her car had been broken into overnight.\n"
     "Anyone with information is asked to call the police.",
     [("Police", "he was expected to survive"),
      ("a police spokeswoman",
       "Two men were arrested after a fight outside a bar on Ferry Road"),
      ("A woman", "her car had been broken into overnight")],
     [("One man, 24, was taken to hospital with a gunshot wound", "wounded", 1, None,
       "exact", "man"),
      ("Two men were arrested", "arrested", 2, None, "exact", "men")],
     [("Tuesday", "2017-04-04"),
      ("Wednesday", "2017-04-05"),
      ("Thursday", "2017-04-06")]),
    # A live blog, newest entry first, each stamped with a clock time: a witness, state
    # TV, a volunteer's post whose reported clause is followed by a colon and his quote,
    # a ministry and the rebels in one sentence, a quote "told our correspondent".
    ("Live: Aleppo evacuation\n"
     "14:05 - The first buses have left eastern Aleppo, a Reuters witness said. State TV said "
     "1,000 people were on board.\n"
     "13:48 - Ahmed Kurdi, a volunteer with the White Helmets, says on Twitter that four people "
     'were wounded by sniper fire near the crossing: "They are shooting at the ambulances."\n'
     "13:30 - Russia's defence ministry said the ceasefire had been breached 12 times since "
     "Sunday; rebels said the figure for government breaches was higher.\n"
     '12:55 - "We have waited four days in the cold," a mother of three told our '
     "correspondent at the crossing.",
     [("a Reuters witness", "The first buses have left eastern Aleppo"),
      ("State TV", "1,000 people were on board"),
      ("Ahmed Kurdi", "four people were wounded by sniper fire near the crossing"),
      ("Ahmed Kurdi", "They are shooting at the ambulances"),
      ("Russia's defence ministry", "the ceasefire had been breached 12 times since Sunday"),
      ("rebels", "the figure for government breaches was higher"),
      ("a mother of three", "We have waited four days in the cold")],
     [("four people were wounded", "wounded", 4, None, "exact", "people")],
     [("Sunday", "2017-04-09")]),
    # A UN flash update: a title of labels ("Syria: Flash Update No. 3 - Idlib") that is
    # no headline attribution, a "Highlights:" label before the reported words, partners
    # who "report that", a coordinator's statement, WHO.
    ("Syria: Flash Update No. 3 - Idlib\n"
     "Highlights: At least 58 civilians, including 11 children, were killed and over 200 "
     "injured in air strikes on Khan Sheikhoun on 4 April, according to local health "
     "authorities.\n"
     "Some 6,000 people have fled towards the Turkish border since Tuesday. Humanitarian "
     "partners report that shelters in Atmeh are at full capacity.\n"
     "The Humanitarian Coordinator, Ali Al-Za'tari, said in a statement that he was "
     '"appalled" by the reports of the use of chemical weapons.\n'
     "WHO said it had delivered trauma kits to three hospitals in the area.",
     [("local health authorities",
       "At least 58 civilians, including 11 children, were killed and over 200 injured in "
       "air strikes on Khan Sheikhoun on 4 April"),
      ("Humanitarian partners", "shelters in Atmeh are at full capacity"),
      ("Ali Al-Za'tari", 'he was "appalled" by the reports of the use of chemical weapons'),
      ("WHO", "it had delivered trauma kits to three hospitals in the area")],
     [("At least 58 civilians", "killed", 58, None, "at_least", "civilians"),
      ("including 11 children", "killed", 11, None, "exact", "children"),
      ("over 200 injured", "wounded", 200, None, "more_than", None),
      # civilians who fled are displaced without their homes named (thirty-fifth round)
      ("Some 6,000 people have fled", "displaced", 6000, None, "about", "people")],
     [("4 April", "2017-04-04"),
      ("Tuesday", "2017-04-04")]),
    # Parliamentary coverage: "told MPs" and a clause ending in a quoted phrase, a
    # minister's reply, a backbencher's reported question, "echoed the call ...,
    # adding that".
    ("MPs clash over arms sales\n"
     "LONDON - The foreign secretary faced angry questions in the Commons on Monday over arms "
     "sales to the Gulf after reports that a British-made bomb had killed 21 people at a "
     "market in Yemen.\n"
     "Opening for the opposition, Sarah Quinn told MPs the government had \"blood on its "
     'hands". The foreign secretary, Mark Ellery, replied that every licence was assessed '
     '"with the greatest care".\n'
     # (round 78: Aske's reported question is no statement, so no entry of his)
     "Backbencher Tom Aske, who chairs the committee on arms export controls, asked whether "
     "ministers had seen the UN panel's report. Ellery said he had not.\n"
     "The SNP's defence spokesman echoed the call for an inquiry, adding that Scotland "
     '"wants no part of this".',
     [("Sarah Quinn", 'the government had "blood on its hands"'),
      ("Mark Ellery", 'every licence was assessed "with the greatest care"'),
      ("Mark Ellery", "he had not"),
      ("The SNP's defence spokesman", 'Scotland "wants no part of this"')],
     [("killed 21 people", "killed", 21, None, "exact", "people")],
     [("Monday", "2017-04-10")]),
]


(test_report_statements, test_report_casualties, test_report_dates,
 test_reports_meet_the_aims_as_the_evaluation_scores_them) = english_report_tests(REPORTS, _MISSES)


# Single sentences of the round's constructions: (text, statements).
SENTENCES: list[tuple[str, list]] = [
    ('Asked whether the talks would resume, the minister replied: "Not this week."',
     [("the minister", "Not this week")]),
    ('"We will not negotiate," the group wrote in a post on Telegram.',
     [("the group", "We will not negotiate")]),
    ("In a video statement, the rebel leader said his men would hold the town.",
     [("the rebel leader", "his men would hold the town")]),
    ('The corridor was shut on Sunday. "No one may pass," the letter read.',
     [("the letter", "No one may pass")]),
    ("The colonel told the BBC that his superiors had said the bridge was safe.",
     [("The colonel", "his superiors had said the bridge was safe"),
      ("his superiors", "the bridge was safe")]),
    ("According to a statement by the interior ministry, nine police officers were wounded.",
     [("the interior ministry", "nine police officers were wounded")]),
    ("The governor was quoted as saying by local media that the curfew would stay.",
     [("The governor", "the curfew would stay")]),
    ('Leila Haddad, a nurse at the hospital, was on duty that night. "It was a massacre," '
     "she recalls.",
     [("Leila Haddad", "It was a massacre")]),
    ("Speaking on behalf of the Arab Group, the representative of Egypt said the resolution "
     "was overdue.",
     [("the representative of Egypt", "the resolution was overdue")]),
    # an echo and a refusal with no words of their own report nothing
    ("The French ambassador echoed those concerns.", []),
    ("When pressed, the spokesman declined to give a figure.", []),
    ("A leaked memo, seen by the paper, says the base was warned.",
     [("A leaked memo", "the base was warned")]),
    ("The minister retorted that the figures were invented.",
     [("The minister", "the figures were invented")]),
    ("Talks stalled, with both sides warning that the truce could collapse.",
     [("both sides", "the truce could collapse")]),
    ("The envoy spoke for an hour, adding that aid must reach Taiz.",
     [("The envoy", "aid must reach Taiz")]),
    ('"The shelling has not stopped," the UN resident coordinator, Jane Holt, said, adding '
     "that 30 people had been killed.",
     [("Jane Holt", "The shelling has not stopped"), ("Jane Holt", "30 people had been killed")]),
    ("The ambassador told the council that the ministry had said no civilians were hurt.",
     [("The ambassador", "the ministry had said no civilians were hurt"),
      ("the ministry", "no civilians were hurt")]),
    # text without punctuation, as scraped copy prints it
    ("The Syrian Observatory for Human Rights said 12 civilians were killed in the shelling "
     "and the director of the Observatory Rami Abdel Rahman said the toll was likely to rise",
     [("The Syrian Observatory for Human Rights", "12 civilians were killed in the shelling"),
      ("the director of the Observatory Rami Abdel Rahman", "the toll was likely to rise")]),
    ('"We had no warning," said one resident, who asked not to be named for fear of '
     "reprisals.",
     [("one resident", "We had no warning")]),
    ("Ceasefire will hold, says UN envoy", [("UN envoy", "Ceasefire will hold")]),
    # the round's rules: a name after a fronted adverbial with no comma of its own is the
    # sentence's subject, whom a later "she" stands for
    ('For two years Dana Reyes, a nurse from Tacloban, kept a diary. "The shelling never '
     'stopped," she says now.',
     [("Dana Reyes", "The shelling never stopped")]),
    # a quote opened after a sentence and left open at the paragraph's end runs on
    ('"We waited," the nurse recalls. "Then the trucks came.\n"Nobody got out."',
     [("the nurse", "We waited"), ("the nurse", "Then the trucks came"),
      ("the nurse", "Nobody got out")]),
    # a speech participle's speaker when no quote or statement comes before it: the
    # subject after "with", the main clause's subject (a pronoun is resolved as ever);
    # no clause of its own, no words
    ("He left, with his lawyer insisting he was innocent.",
     [("his lawyer", "he was innocent")]),
    ("Lena Orr arrived. She spoke for an hour, adding that aid must reach Taiz.",
     [("Lena Orr", "aid must reach Taiz")]),
    ("Talks stalled, with officials warning of reprisals.", []),
    ("Prices rose, with the roads closed.", []),
    # an irregular participle's clause set in commas between the source and its verb
    ("The letter, written in March, says the base was warned.",
     [("The letter", "the base was warned")]),
    ("Ivan Orr, held for a week, said the guards beat him.",
     [("Ivan Orr", "the guards beat him")]),
    # a document's words after a quote are the document's alone, not also the earlier
    # speaker's; a sign's are nobody's
    ('The commander said the men were safe. "We demand that our men come home now," the '
     "letter read.",
     [("The commander", "the men were safe"),
      ("the letter", "We demand that our men come home now")]),
    ('The mayor spoke. "No entry," the sign read.', []),
    # a page's title and its place joined by a colon or dash are nobody's words; a
    # source after them still speaks
    ("Weekly roundup: Kessa\nTwo shops were looted, police said.",
     [("police", "Two shops were looted")]),
    ("Situation Update No. 12 - Marib\nFighting went on.", []),
    ("Troops will stay in the north: Putin\nHe spoke in Moscow.",
     [("Putin", "Troops will stay in the north")]),
    # a summary's label opens the paragraph like a live blog's "Update:"
    ("Highlights: Nine people were killed in Kessa, officials said.",
     [("officials", "Nine people were killed in Kessa")]),
    # reported words that a colon joins to the speaker's quote are two statements, unless
    # the quote is what a verb before the colon reported
    ('The medic said four people were wounded near the crossing: "They are shooting at '
     'the ambulances."',
     [("The medic", "four people were wounded near the crossing"),
      ("The medic", "They are shooting at the ambulances")]),
    ('Police said the banner read: "Leave now."',
     [("Police", 'the banner read: "Leave now')]),
    # "told" and whom, then a clause ending in a quoted phrase: the clause is reported,
    # quote and all; whom one told and a colon still introduce the quote alone
    ('Sarah Quinn told MPs the government had "blood on its hands".',
     [("Sarah Quinn", 'the government had "blood on its hands"')]),
    ('Sarah Quinn told a news conference in Lagos: "We will not stop."',
     [("Sarah Quinn", "We will not stop")]),
    # the speaker's refusal to say more is no part of the words; a refusal inside them is
    ("Police said two men were held but would not say where.",
     [("Police", "two men were held")]),
    ("Police said two men were held and declined to give their names.",
     [("Police", "two men were held")]),
    ("The minister said the talks would go on but would not give up.",
     [("The minister", "the talks would go on but would not give up")]),
    ("The army said the rebels shelled the town and refused to let aid in.",
     [("The army", "the rebels shelled the town and refused to let aid in")]),
    # a quote closed in its paragraph is no run, whatever follows
    ('"We waited," the nurse recalls. "Then the trucks came."\n"Nobody got out," a '
     "driver said.",
     [("the nurse", "We waited"), ("the nurse", "Then the trucks came"),
      ("a driver", "Nobody got out")]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentence_statements(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)


# The casualty leftovers of the last round and the classes in single sentences.
FIGURE_SENTENCES: list[tuple[str, list]] = [
    # body bags are supplies for the dead, no toll
    ("Body bags for 200 dead were sent to the front.", []),
    # bags of aid for the displaced still count them
    ("Bags of flour for 200 displaced families arrived.",
     [("200 displaced families", "displaced", 200, None, "exact", "displaced families")]),
    # the outcome adjective before a person noun of two words keeps the group, with the
    # adjective as in "wounded soldiers"; a noun of no person stays out
    ("Two wounded aid workers were evacuated.",
     [("Two wounded aid workers", "wounded", 2, None, "exact", "wounded aid workers")]),
    ("Two wounded soldiers were evacuated.",
     [("Two wounded soldiers", "wounded", 2, None, "exact", "wounded soldiers")]),
    ("Two wounded were taken to aid stations.",
     [("Two wounded", "wounded", 2, None, "exact", None)]),
    ("Three aid workers were left wounded.",
     [("Three aid workers were left wounded", "wounded", 3, None, "exact", "aid workers")]),
    ("Between 20 and 30 people were killed.",
     [("Between 20 and 30 people were killed", "killed", 20, 30, "range", "people")]),
    ("Gunmen held 12 hostages for six hours.",
     [("held 12 hostages", "captured", 12, None, "exact", "hostages")]),
    # a clock time counts nobody
    ("The blast at 10:30 killed four.", [("killed four", "killed", 4, None, "exact", None)]),
    ("Strike kills 8, wounds 20 in Gaza; 3 missing",
     [("kills 8", "killed", 8, None, "exact", None),
      ("wounds 20", "wounded", 20, None, "exact", None),
      ("3 missing", "missing", 3, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)
