"""English probes, thirty-sixth round (issue 11): the constructions a third blind set
(`bench/blind/en-3.jsonl`) found missing, each written here anew as wire, aid-agency
and feature language, with the look-alikes where the old reading, or none, must stay.

Casualty figures:

1. A vague part of the people an outcome names: "Several of the wounded were children"
   (as "Four of the wounded" already was); not "Several of the buildings".
2. A victim named by a pronoun before a counted part of a family or a guard: "killing
   him and two of his nephews".
3. Victims and their passive verb with a participle of employment or command between
   them: "Three surveyors employed by a Dutch relief group were abducted".
4. A captive whose noun was no person word: "still holds a Nepali cook"; talks, meetings
   and seats held are no captives.
5. Displacement in a relative clause on the count: "about 2,000 people who fled
   the clashes"; a few people, gunmen and prisoners who fled are not displaced.
6. The same people counted again in brackets: "4,100 households (some 24,000
   people)"; a second source's figure or trucks in brackets are not.
7. "a body" as the object of a verb of finding or carrying: "carrying a body"; "a body
   of evidence", "the governing body said" are nobody.

Statements:

8. "he" / "she" after a sentence that opens with a count ("Three soldiers were killed
   ..., he said. He also said ..."): the count is no person.
9. "he" / "she" agree with the sex an earlier pronoun gave a speaker.
10. A thing "promised to them" is no speech.
11. "A quoting B said" in copy without commas: one entry for each source.
12. "call on" / "call for" in the plural present of an aid agency's report, only after a
    plural subject.
13. A speaker with a participial apposition between commas ("run by", "built by", "led
    by").
14. "saying" after a figure or a document given by the subject ("gave a new toll of 31
    dead and 70 hurt saying ...").
15. A reporting verb closing an object relative on a counted noun: "higher than the four
    deaths he reported on Thursday".
16. A rejection in a noun phrase after the words: ", a charge Varo rejected as "pure
    fiction."" is Varo's, and ends the accusation's words.
17. "They say ..." inside one person's quote: the group of people named before the
    quote in its paragraph ("the years the rebels ran the market").
18. "told our correspondent" closing the sentence: the outlet's reporter heard the words
    before it, as "told reporters" does.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures, check_report

# Probes the engines miss: (opening words, engine). A strict xfail makes a later silent
# fix show, and the probe leaves this list.
_MISSES: tuple[tuple[str, str], ...] = (
    # scraped copy: the clause first, then its speaker, with no comma between (the port
    # authority's is read since the forty-second round)
    ("The talks ended before dark", "statements"),
)

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. a vague part of the wounded or the dead
    ("A mortar round hit the bus station, wounding 22 people. Several of the wounded were "
     "children, a nurse said.",
     [("wounding 22 people", "wounded", 22, None, "exact", "people"),
      ("Several of the wounded", "wounded", 3, None, "vague", None)]),
    ("The bomb killed nine people and wounded 40 others. Dozens of the wounded were taken "
     "to Kessa.",
     [("killed nine people", "killed", 9, None, "exact", "people"),
      ("wounded 40 others", "wounded", 40, None, "exact", "others"),
      ("Dozens of the wounded", "wounded", 24, None, "vague", None)]),
    ("A few of the injured were soldiers, the army said.",
     [("A few of the injured", "wounded", 2, None, "vague", None)]),
    ("Several of the dead were women, residents said.",
     [("Several of the dead", "killed", 3, None, "vague", None)]),
    # ... look-alike: a part of things
    ("Several of the buildings were destroyed.", []),
    # 2. a pronoun victim, then a counted part of his family or his guards
    ("Raiders set fire to the mill, killing him and two of his nephews, police said.",
     [("killing him and two of his nephews", "killed", 2, None, "exact", "his nephews")]),
    ("The raiders killed them and four of their guards.",
     [("killed them and four of their guards", "killed", 4, None, "exact",
       "their guards")]),
    ("A shell hit the house, wounding her and three of her children.",
     [("wounding her and three of her children", "wounded", 3, None, "exact",
       "her children")]),
    ("The army said it had captured him and two of his aides.",
     [("captured him and two of his aides", "captured", 2, None, "exact", "his aides")]),
    # ... look-alikes: a verb of no outcome, a shot that missed
    ("He told them and two of his aides to leave.", []),
    ("Gunmen shot at him and two of his guards but missed.", []),
    # 3. a participle of employment between the victims and their passive verb
    ("Three surveyors employed by a Dutch relief group were abducted near Bor on Friday.",
     [("Three surveyors", "captured", 3, None, "exact", "surveyors")]),
    ("Four guards hired by the mining company were killed in the ambush.",
     [("Four guards", "killed", 4, None, "exact", "guards")]),
    ("Two drivers contracted by the UN were wounded when the convoy was hit.",
     [("Two drivers", "wounded", 2, None, "exact", "drivers")]),
    ("Six engineers sent by the ministry were kidnapped on the road to Tessit.",
     [("Six engineers", "captured", 6, None, "exact", "engineers")]),
    # ... look-alike: a passive of no outcome
    ("Five workers hired by the council were seen at the gate.", []),
    # 4. a captive whose noun is a trade
    ("The gang let four drivers go on Friday but still holds a Nepali cook, the firm said.",
     [("holds a Nepali cook", "captured", 1, None, "exact", "Nepali cook")]),
    ("The pirates still hold a ship's mechanic and two sailors.",
     [("hold a ship's mechanic", "captured", 1, None, "exact", "ship's mechanic"),
      ("two sailors", "captured", 2, None, "exact", "sailors")]),
    # ... look-alikes: things held; the trade as a speaker
    ("The two sides will hold talks in Geneva on Monday.", []),
    ("The ministry will hold a meeting with 30 donors on Friday.", []),
    ("The rebels hold 12 seats in the council.", []),
    ("The cook said the gunmen came at night.", []),
    # 5. displaced in a relative clause on the count
    ("The school in Tarvo now shelters about 2,000 people who fled the clashes in the "
     "hills.",
     [("about 2,000 people who fled", "displaced", 2000, None, "about", "people")]),
    ("The town is sheltering nearly 5,000 people who have fled the shelling.",
     [("nearly 5,000 people who have fled", "displaced", 5000, None, "about", "people")]),
    ("More than 3,000 families who fled their villages are living in schools.",
     [("More than 3,000 families who fled", "displaced", 3000, None, "more_than",
       "families")]),
    # ... look-alikes: a few people in the simple past, attackers, prisoners
    ("Officials met 40 people who fled the camp last year.", []),
    ("Police are looking for three gunmen who fled the scene.", []),
    ("The army caught 200 prisoners who fled the jail.", []),
    # 6. the same people counted again in brackets
    ("Since Sunday the clashes have displaced 4,100 households (some 24,000 people), the "
     "agency said.",
     [("displaced 4,100 households", "displaced", 4100, None, "exact", "households"),
      ("some 24,000 people", "displaced", 24000, None, "about", "people")]),
    ("Fighting displaced some 900 households (roughly 5,400 people) in the district.",
     [("displaced some 900 households", "displaced", 900, None, "about", "households"),
      ("roughly 5,400 people", "displaced", 5400, None, "about", "people")]),
    # ... look-alikes: a sub-group, a second source, things in brackets
    ("The shelling killed 12 people (including three children) in the town.",
     [("killed 12 people", "killed", 12, None, "exact", "people"),
      ("including three children", "killed", 3, None, "exact", "children")]),
    ("The army said it killed 40 rebels (the rebels said 12) in the raid.",
     [("killed 40 rebels", "killed", 40, None, "exact", "rebels")]),
    ("The rebels seized 30 trucks (about 20 tonnes of food) near the border.", []),
    # 7. "a body" found or carried
    ("Neighbours were seen carrying a body out of the burnt house.",
     [("carrying a body", "killed", 1, None, "exact", None)]),
    ("Police found a body in the river on Tuesday.",
     [("found a body", "killed", 1, None, "exact", None)]),
    ("Rescuers pulled a body from the rubble of the mosque late on Sunday.",
     [("pulled a body", "killed", 1, None, "exact", None)]),
    # ... look-alikes: a body of evidence or of water, a body that speaks
    ("The report was a body of evidence against the militia.", []),
    ("The inquiry found a body of evidence that the army fired first.", []),
    ("The governing body said the vote would go ahead.", []),
    ("A body of water separates the two towns.", []),
    ("The body said it would investigate the killings.", []),
    # ... and the compounds of "body"
    ("Police found a body bag near the road.", []),
    ("Officers carrying a body camera filmed the raid.", []),
    ("Divers recovered a body part from the lake.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


STATEMENT_SENTENCES: list[tuple[str, list]] = [
    # 8. a pronoun after a sentence that opens with a count
    ("The army's spokesman Colonel Ivan Dorosh briefed reporters. Three soldiers were "
     "killed overnight, he said. He also said two villages had been retaken.",
     [("The army's spokesman Colonel Ivan Dorosh", "Three soldiers were killed overnight"),
      ("The army's spokesman Colonel Ivan Dorosh", "two villages had been retaken")]),
    ("Police chief Amir Khalid spoke on Monday. Twelve people were arrested at the border, "
     "he says. He says the checkpoint will stay closed.",
     [("Police chief Amir Khalid", "Twelve people were arrested at the border"),
      ("Police chief Amir Khalid", "the checkpoint will stay closed")]),
    ("The governor's aide Lena Osei met the press. Dozens of families have left the "
     "valley, she said. She said more tents were on the way.",
     [("The governor's aide Lena Osei", "Dozens of families have left the valley"),
      ("The governor's aide Lena Osei", "more tents were on the way")]),
    # ... look-alike: "One witness" is a person
    ("One witness said the shooting lasted an hour. He said police did nothing.",
     [("One witness", "the shooting lasted an hour"), ("One witness", "police did nothing")]),
    # 9. "he" and "she" agree with the sex an earlier pronoun told
    ('Rosa Mendez, who runs a bakery, remembers the war. "We will see," she said. The '
     "camp's manager, a former fighter, says the money has not come. \"We are still "
     'waiting," he said.',
     [("Rosa Mendez", "We will see"), ("The camp's manager", "the money has not come"),
      ("The camp's manager", "We are still waiting")]),
    ('Omar Haddad said the road was open. "It is safe," he said. The aid group\'s '
     'coordinator says trucks are still blocked. "Nothing has moved," she said.',
     [("Omar Haddad", "the road was open"), ("Omar Haddad", "It is safe"),
      ("The aid group's coordinator", "trucks are still blocked"),
      ("The aid group's coordinator", "Nothing has moved")]),
    ('The Peace Mission said the talks had resumed. Rosa Mendez remembers the war. "We '
     "will see,\" she said. The camp's manager says the money has not come. \"We are still "
     'waiting," he said.',
     [("The Peace Mission", "the talks had resumed"), ("Rosa Mendez", "We will see"),
      ("The camp's manager", "the money has not come"),
      ("The camp's manager", "We are still waiting")]),
    # no speaker after her: the nearest earlier person who agrees
    ('Omar Haddad said the road was open. Rosa Mendez remembers the war. "We will see," '
     'she said. "We are still waiting," he said.',
     [("Omar Haddad", "the road was open"), ("Rosa Mendez", "We will see"),
      ("Omar Haddad", "We are still waiting")]),
    # ... look-alike: a named person between keeps the nearest reading
    ('Omar Haddad said the road was open. "It is safe," he said. Layla Saleh disagreed. '
     '"Nothing has moved," she said.',
     [("Omar Haddad", "the road was open"), ("Omar Haddad", "It is safe"),
      ("Layla Saleh", "Nothing has moved")]),
    ('Colonel Omar Haddad said the road was open. The aid group\'s coordinator says trucks '
     'are still blocked. "Nothing has moved," she said.',
     [("Colonel Omar Haddad", "the road was open"),
      ("The aid group's coordinator", "trucks are still blocked"),
      ("The aid group's coordinator", "Nothing has moved")]),
    # 10. a thing promised to someone
    ("Fishermen in Marra say the new jetty promised to them last year has not been built.",
     [("Fishermen in Marra", "the new jetty promised to them last year has not been built")]),
    ("Farmers say land promised to them in the accord was never handed over.",
     [("Farmers", "land promised to them in the accord was never handed over")]),
    ("Teachers say the salaries pledged to them in March have not been paid.",
     [("Teachers", "the salaries pledged to them in March have not been paid")]),
    # ... look-alike: a promise made
    ("The minister promised to resign if the vote failed.",
     [("The minister", "to resign if the vote failed")]),
    # 11. "A quoting B said" without commas
    ("The agency quoting a police official said the attackers had fled into the hills.",
     [("The agency", "the attackers had fled into the hills"),
      ("a police official", "the attackers had fled into the hills")]),
    ("State television quoting the governor said four people had died.",
     [("State television", "four people had died"), ("the governor", "four people had died")]),
    # ... look-alikes: with its commas; a reason cited
    ("Interfax, quoting a local official, said the fire was under control.",
     [("a local official", "the fire was under control"),
      ("Interfax", "the fire was under control")]),
    ("The agency citing security concerns said the office would close.",
     [("The agency citing security concerns", "the office would close")]),
    # 12. "call on" / "call for" after a plural subject
    ("Aid agencies call on both sides to open the road to the besieged town.",
     [("Aid agencies", "both sides to open the road to the besieged town")]),
    ("Rights groups call on the authorities to investigate the killings.",
     [("Rights groups", "the authorities to investigate the killings")]),
    ("Residents call for the reopening of the market.",
     [("Residents", "the reopening of the market")]),
    # ... look-alikes: the noun, and a visit after "to"
    ("The minister will make a call on Friday to the families.", []),
    # (the call is the noun; since "asked ... to" is a request told, the call on the radio
    # asks, as "urged" has it: after the fifty-second round)
    ("A call on the radio asked residents to stay indoors.",
     [("A call on the radio", "residents to stay indoors")]),
    ("Officials plan to call on the governor next week.", []),
    # ... and things that "call for" what they require
    ("The plans call for 300 new homes in the district.", []),
    ("The new rules call for stricter checks at the border.", []),
    # 13. a participial apposition on the speaker
    ("The commander of the border brigade, made up of about 900 former rebels, said the "
     "convoy had been fired on.",
     [("The commander of the border brigade", "the convoy had been fired on")]),
    ("The director of the hospital, built by a Swiss charity in 2004, said supplies would "
     "run out by Friday.",
     [("The director of the hospital", "supplies would run out by Friday")]),
    ("A spokeswoman for the mission, led by a Norwegian general, said the talks would "
     "resume.",
     [("A spokeswoman for the mission", "the talks would resume")]),
    # 14. "saying" after a figure or a document given
    ("The ministry gave a new toll of 31 dead and 70 hurt saying the earlier count had "
     "missed two villages.",
     [("The ministry", "the earlier count had missed two villages")]),
    ("The ministry issued a statement on the fighting in the north saying the army had "
     "lost no men.",
     [("The ministry", "the army had lost no men")]),
    ("The governor gave a figure of 40 dead saying more bodies were still under the "
     "rubble.",
     [("The governor", "more bodies were still under the rubble")]),
    # ... look-alikes: no figure given
    ("Police put the bodies on display saying the men were bandits.",
     [("Police", "the men were bandits")]),
    ("TV showed the minister saying the war was over.",
     [("the minister", "the war was over")]),
    # 15. a counted object relative
    ("The governor said on Friday that six people were killed. The figure is higher than "
     "the four deaths he reported on Thursday.",
     [("The governor", "six people were killed"), ("The governor", "the four deaths")]),
    ("The ministry said 40 people had been detained. That figure is higher than the 25 "
     "arrests it announced on Monday.",
     [("The ministry", "40 people had been detained"), ("The ministry", "the 25 arrests")]),
    # 16. a rejection inside a noun phrase after the words
    ('Kessa accused Varo on Tuesday of massing troops on the border, a charge Varo '
     'rejected as "pure fiction."',
     [("Kessa", "Varo on Tuesday of massing troops on the border"),
      ("Varo", "pure fiction")]),
    ('The army said 40 militants were killed, a figure the rebels rejected as "a lie".',
     [("The army", "40 militants were killed"), ("the rebels", "a lie")]),
    # ... look-alikes: no quote, no words of the rejecter; the note still ends the words
    ("The ministry said the dam was safe, a claim engineers rejected as false.",
     [("The ministry", "the dam was safe")]),
    ("Police said the protest was illegal, a charge organisers rejected on Monday.",
     [("Police", "the protest was illegal")]),
    # 17. "they" inside one person's quote: the group named before the quote
    ('Maria Ruiz still keeps the receipts from the years the rebels ran the market. "They '
     'say they are different now. I will wait and see," she said.',
     [("Maria Ruiz", "They say they are different now. I will wait and see"),
      ("the rebels", "they are different now")]),
    ('The soldiers left the village at dawn. Ali Varo, a farmer, said: "They say the road '
     'is safe now."',
     [("Ali Varo", "They say the road is safe now"),
      ("The soldiers", "the road is safe now")]),
    # ... look-alikes: no group of people before the quote; the hearsay of a "they" that
    # names no one is part of the quote (round en203: no entry of its own)
    ('Ali Varo, a farmer, said: "They say the road is safe now."',
     [("Ali Varo", "They say the road is safe now")]),
    ('Officials said the army had left. "They say they will not come back," the governor '
     'said.',
     [("Officials", "the army had left"),
      ("the governor", "They say they will not come back")]),
    # 18. the outlet's own correspondent is who heard the words, not the words
    ("The road stayed closed all day, council member Idris Bako told our correspondent.",
     [("council member Idris Bako", "The road stayed closed all day")]),
    ("Idris Bako told our correspondent.", []),
    ("The convoy reached the depot before dark south of the river district chief Omar "
     "Sule told our correspondent.",
     [("district chief Omar Sule",
       "The convoy reached the depot before dark south of the river")]),
    # ... look-alike: the words after "that"
    ("Council member Idris Bako told our correspondent that the talks lasted six hours.",
     [("Council member Idris Bako", "the talks lasted six hours")]),
    # the classes left (strict xfails above; the port authority read since the forty-second
    # round)
    ("Fishing boats may leave the harbour again from Friday the port authority in Sarn "
     "said.",
     [("the port authority in Sarn", "Fishing boats may leave the harbour again from Friday")]),
    ("The talks ended before dark in the village of Sarn west of the town council member "
     "Idris Bako told our correspondent.",
     [("council member Idris Bako",
       "The talks ended before dark in the village of Sarn west of the town")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_SENTENCES)
def test_sentence_statements(request: pytest.FixtureRequest, text: str,
                             expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)
