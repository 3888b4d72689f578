"""English probes, thirty-ninth round (issue 11): the constructions a sixth blind set
(`bench/blind/en-6.jsonl`) found missing, each written here anew as wire, report and
feature language, with the look-alikes where the old reading, or none, must stay.

Casualty figures:

1. A counted sub-group set off after a figure's own predicate takes that figure's
   outcome, not the one of the next count ("40 were killed, 12 of them women, and 60 were
   wounded").
2. Sub-groups that point back: "four of those held" (the participle names the outcome;
   "held" and "taken" as the figure before says), "her two daughters ... were among them"
   (the figure of the sentence before).
3. Captives in the passive: "were carried off", "were taken (away)" with nothing saying
   where to (not to hospital, not on stretchers, not in for questioning, not the wounded
   or the dead), "the number of girls taken was ..."; "closer to 30" is an approximation.
4. A full relative clause between the victims and their verb ("Two men who stayed behind
   ... were found dead"); never one whose verb takes a clause ("who said the guards were
   killed").
5. One more of them after the predicate: "..., as well as a girl of nine".
6. Displacement in the passive: "have been forced to leave the district", "were forced to
   flee the fighting".

Statements:

7. An interview whose introduction names the interviewee as the object ("We spoke to
   Dr. X, who ...", "We interviewed X"), and its headline "Q&A: '...'"; what someone told
   the interviewee stays nested in the answer.
8. A quoted sentence opening a headline before a colon, spoken in the first person, with
   no subject after the colon: speaker unknown ("'Tired of war': a photo essay" is a
   title).
9. A time opening a sentence ("Last Tuesday", "This morning", "Yesterday") is nobody: the
   subject after it is who "he" or "she" may be, an indefinite one included ("a man of
   70 walked ..."), and the speaker of its verb ("This afternoon a spokesman said").
10. A trailing "citing X" or "quoting X" after "said ...": X shares the words after the
    verb, never the clause that holds the verb; with no source noun read, no entry.
11. The writer's apposition on the event after "police said," ("the third attack this
    week", "the deadliest ...") is no part of the words.
12. "urging X to ...", "calling on X to ...", "arguing that" after a clause of no speech,
    and the live blog's "..., witnesses tell us."
13. "who told the court that" on the second of two nouns joined by "and" after the first
    one's own relative.
14. "said nurse X Y": a title in lower case run into a full name; "said the nurse", "said
    a teacher at the school" closing the clause; "said the minister on Tuesday".
15. Not attributions: "No group has said ...", the report's own "We wrote to the ministry
    asking ...".
16. A leftover of the thirty-eighth round: "Two guards at the checkpoint were wounded
    (and later died)".
17. A live blog's clock time: "12:40 Among those killed ..." counts no 40.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures, check_report

# Probes the engines miss: (opening words, engine). A strict xfail makes a later silent
# fix show, and the probe leaves this list.
_MISSES: tuple[tuple[str, str], ...] = (
    # an apposition with no rank or superlative after "the army said,": the noun phrase
    # is read as the words
    ("NEWS\nThe bridge was hit at dawn, the army said", "statements"),
)

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. a sub-group after the figure's own predicate
    ("At least 40 people were killed, 12 of them women, and 60 were wounded.",
     [("At least 40 people were killed", "killed", 40, None, "at_least", "people"),
      ("12 of them women", "killed", 12, None, "exact", "women"),
      ("60 were wounded", "wounded", 60, None, "exact", None)]),
    ("In the raids 18 villagers were killed, six of them children, and 30 were injured.",
     [("18 villagers were killed", "killed", 18, None, "exact", "villagers"),
      ("six of them children", "killed", 6, None, "exact", "children"),
      ("30 were injured", "wounded", 30, None, "exact", None)]),
    ("Nine people were killed, four of them were children, and 20 were wounded.",
     [("Nine people were killed", "killed", 9, None, "exact", "people"),
      ("four of them were children", "killed", 4, None, "exact", "children"),
      ("20 were wounded", "wounded", 20, None, "exact", None)]),
    # ... the sub-group before the verb of the whole, and one by its condition, as before
    ("Twelve soldiers, three of them officers, and 40 civilians were killed.",
     [("Twelve soldiers", "killed", 12, None, "exact", "soldiers"),
      ("three of them officers", "killed", 3, None, "exact", "officers"),
      ("40 civilians were killed", "killed", 40, None, "exact", "civilians")]),
    ("At least 30 people were wounded, 10 of them seriously, and two died.",
     [("At least 30 people were wounded", "wounded", 30, None, "at_least", "people"),
      ("10 of them", "wounded", 10, None, "exact", None),
      ("two died", "killed", 2, None, "exact", None)]),
    # 2. sub-groups that point back
    ("Police arrested 12 men on Friday. Four of those held were students.",
     [("arrested 12 men", "arrested", 12, None, "exact", "men"),
      ("Four of those held", "arrested", 4, None, "exact", None)]),
    ("Troops detained 30 men on Sunday. Relatives said five of those detained were farmers.",
     [("detained 30 men", "arrested", 30, None, "exact", "men"),
      ("five of those detained", "arrested", 5, None, "exact", None)]),
    ("Seven of those killed were children, the doctor said.",
     [("Seven of those killed", "killed", 7, None, "exact", None)]),
    ("Three of those abducted were teachers.",
     [("Three of those abducted", "captured", 3, None, "exact", None)]),
    ("Eleven of those injured remain in hospital.",
     [("Eleven of those injured", "wounded", 11, None, "exact", None)]),
    # ... with a predicate of their own, which says what happened to them last
    ("Two of those wounded later died.",
     [("Two of those wounded", "killed", 2, None, "exact", None)]),
    ("Gunmen abducted 30 pupils on Monday. One mother said her two daughters, aged 9 and 12, "
     "were among them.",
     [("abducted 30 pupils", "captured", 30, None, "exact", "pupils"),
      ("two daughters", "captured", 2, None, "exact", "daughters")]),
    ("Gunmen seized 14 passengers from the bus near Dori. The driver's two brothers were "
     "among them, his employer said.",
     [("seized 14 passengers", "captured", 14, None, "exact", "passengers"),
      ("two brothers", "captured", 2, None, "exact", "brothers")]),
    # ... "them" two sentences back, "those present", "held" with no captives before
    ("Police killed three protesters on Friday. Thousands marched on Sunday. Two ministers "
     "were among them.",
     [("killed three protesters", "killed", 3, None, "exact", "protesters")]),
    ("Four of those present were journalists.", []),
    ("Crowds gathered at the gate. Three of those held were released.", []),
    # 3. captives in the passive
    ("Several girls were carried off by the raiders.",
     [("Several girls were carried off", "captured", 3, None, "vague", "girls")]),
    ("Six women were carried off into the bush.",
     [("Six women were carried off", "captured", 6, None, "exact", "women")]),
    ("Eleven herders were carried off, and their cattle were driven away.",
     [("Eleven herders were carried off", "captured", 11, None, "exact", "herders")]),
    ("Several children were taken, a teacher said.",
     [("Several children were taken", "captured", 3, None, "vague", "children")]),
    ("Three women were taken away.",
     [("Three women were taken away", "captured", 3, None, "exact", "women")]),
    ("The number of girls taken was about 50.",
     [("number of girls taken was about 50", "captured", 50, None, "about", None)]),
    ("Parents said the number of pupils abducted was closer to 30.",
     [("number of pupils abducted was closer to 30", "captured", 30, None, "about", None)]),
    # ... carried to care, by a flood, or the wounded carried; "taken to hospital"
    ("Two wounded soldiers were carried off on stretchers.",
     [("Two wounded soldiers", "wounded", 2, None, "exact", "wounded soldiers")]),
    ("Three men were carried off to hospital.", []),
    ("Six people were taken to hospital.", []),
    ("Five men were taken in for questioning.", []),
    ("Four wounded men were taken, the army said.",
     [("Four wounded men", "wounded", 4, None, "exact", "wounded men")]),
    ("Two children were carried away by the flood waters.", []),
    ("The number of people taken to hospital was about 50.", []),
    ("The number of cattle taken was about 400.", []),
    ("The village is closer to 20 km from the border.", []),
    # 4. a full relative between the victims and their verb
    ("Two men who stayed behind to guard the herd were found dead near the river.",
     [("Two men", "killed", 2, None, "exact", "men")]),
    ("Three women who went back for their goats were killed by a mine.",
     [("Three women", "killed", 3, None, "exact", "women")]),
    ("Five boys who ran into the forest were abducted by the gunmen.",
     [("Five boys", "captured", 5, None, "exact", "boys")]),
    # ... never one whose verb takes a clause: the clause's own subject was killed
    ("Two men who said the guards were killed were questioned by police.", []),
    ("Three witnesses who saw the soldiers were killed were interviewed.", []),
    # 5. one more of them after the predicate
    ("Six traders were among the dead, as well as a girl of nine.",
     [("Six traders", "killed", 6, None, "exact", "traders"),
      ("a girl", "killed", 1, None, "exact", "girl")]),
    ("Five policemen were among the wounded, as well as two children.",
     [("Five policemen", "wounded", 5, None, "exact", "policemen"),
      ("two children", "wounded", 2, None, "exact", "children")]),
    ("Two nurses were killed, as well as a driver.",
     [("Two nurses were killed", "killed", 2, None, "exact", "nurses"),
      ("a driver", "killed", 1, None, "exact", "driver")]),
    ("The soldiers killed two gunmen, as well as seizing 40 rifles.",
     [("killed two gunmen", "killed", 2, None, "exact", "gunmen")]),
    ("Ten houses were burned, as well as a school.", []),
    # 6. displacement in the passive
    ("Some 1,500 households have been forced to leave the district.",
     [("Some 1,500 households have been forced to leave the district", "displaced", 1500,
       None, "about", "households")]),
    ("About 2,000 people were forced to flee the fighting.",
     [("About 2,000 people were forced to flee the fighting", "displaced", 2000, None,
       "about", "people")]),
    ("More than 1,200 people were forced out of the valley last month.",
     [("More than 1,200 people were forced out of the valley", "displaced", 1200, None,
       "more_than", "people")]),
    ("More than 600 people were driven out of the district.",
     [("More than 600 people were driven out of the district", "displaced", 600, None,
       "more_than", "people")]),
    ("Three gunmen were forced to flee into the forest.", []),
    ("Two teachers were forced to leave the school.", []),
    # 16. the thirty-eighth round's leftovers: a place between the victims and their
    # verb, and the wounded who died in the same clause
    ("Two guards at the checkpoint were wounded.",
     [("Two guards", "wounded", 2, None, "exact", "guards")]),
    ("Ten people inside the mosque were killed.",
     [("Ten people", "killed", 10, None, "exact", "people")]),
    ("Two guards at the checkpoint were wounded and later died.",
     [("Two guards", "killed", 2, None, "exact", "guards")]),
    ("Four people were injured and died in hospital.",
     [("Four people were injured and died", "killed", 4, None, "exact", "people")]),
    ("Five people were wounded and four died.",
     [("Five people were wounded", "wounded", 5, None, "exact", "people"),
      ("four died", "killed", 4, None, "exact", None)]),
    ("Six men were wounded and later taken to hospital.",
     [("Six men were wounded", "wounded", 6, None, "exact", "men")]),
    ("Twelve houses in the village were burned.", []),
    ("Five policemen on the bridge were killed or wounded.", []),
    # 17. a live blog's time is no count: its minutes are not people (the councillor is
    # one of those killed, read since round 42)
    ("12:40 Among those killed was a local councillor.",
     [("Among those killed was a local councillor", "killed", 1, None, "exact",
       "local councillor")]),
    ("10:30 Twelve people were wounded.",
     [("Twelve people were wounded", "wounded", 12, None, "exact", "people")]),
    # a bare "figure is N" after a toll of the clause before (left here, read since round
    # 42 as a second source's toll by ellipsis)
    ("The earlier report gave the number of wounded as 50; the clinic figure is 38.",
     [("number of wounded as 50", "wounded", 50, None, "exact", None),
      ("the clinic figure is 38", "wounded", 38, None, "exact", None)]),
]

STATEMENT_SENTENCES: list[tuple[str, list]] = [
    # 7. interviews
    ("Q&A: 'We open the clinic at six, and by noon it is full'\nKABUL, March 3 - We spoke "
     "to Dr. Farida Noori, who runs the only clinic in Bagram district, by telephone on "
     "Sunday. Her answers have been shortened.\nQ: How many patients do you see?\nA: About "
     "a hundred a day. Most of them walk for hours.\nQ: What do you need most?\nA: Doctors. "
     "Last month a woman from the village walked in with her son. She told us she had "
     "carried him for ten hours.",
     [("Dr. Farida Noori", "We open the clinic at six, and by noon it is full"),
      ("Dr. Farida Noori", "About a hundred a day. Most of them walk for hours"),
      ("Dr. Farida Noori", "Doctors. Last month a woman from the village walked in with "
       "her son. She told us she had carried him for ten hours"),
      ("a woman", "she had carried him for ten hours")]),
    ("NEWS\nWe interviewed Tomas Reyes Vidal, head of the demining team in Caldas, on "
     "Friday.\nQ: How far have you got?\nA: We have cleared 60 hectares this year.",
     [("Tomas Reyes Vidal", "We have cleared 60 hectares this year")]),
    # ... the subject of the introduction still comes first
    ("NEWS\nSamia Haddad, who heads the clinic, spoke to The Courier by telephone.\nQ: How "
     "many?\nA: We see forty a day.",
     [("Samia Haddad", "We see forty a day")]),
    ("Q&A: the new border rules\nQ: What changes?\nA: The crossing closes at six.", []),
    # 8. a quoted sentence opening a headline
    ("'We left with nothing but the goats': the herders who fled the drought\nLODWAR, "
     "Kenya - Some 2,000 herders have left the valley since March, officials said.",
     [(None, "We left with nothing but the goats"),
      ("officials", "Some 2,000 herders have left the valley since March")]),
    ("'Tired of war': a photo essay from Kessa\nThe pictures were taken in March.", []),
    # 9. a time opening the sentence before a pronoun
    ("NEWS\nLast Tuesday a man of 70 walked onto a field. He told reporters that he had "
     "waited years for that.",
     [("a man of 70", "he had waited years for that")]),
    ("NEWS\nYesterday Colonel Ivo Brant visited the base. He said the troops would stay.",
     [("Colonel Ivo Brant", "the troops would stay")]),
    ('NEWS\nLast week the council met. "We have no money," he said.',
     [("he", "We have no money")]),
    ("NEWS\nLast week a man was shot near the gate. He told reporters that police had fired "
     "first.",
     [("He", "police had fired first")]),
    # ... and before a subject that is no pronoun, the time is no part of it
    ("NEWS\nThis afternoon a spokesman for the army said the road was open.",
     [("a spokesman for the army", "the road was open")]),
    ("NEWS\nYesterday police said two men were held.",
     [("police", "two men were held")]),
    ("NEWS\nLast month's report said 40 people had died.",
     [("Last month's report", "40 people had died")]),
    # 10. a trailing "citing" or "quoting" after the verb's words
    ("NEWS\nThe agency said 12 people had been killed, citing a hospital official.",
     [("The agency", "12 people had been killed"),
      ("a hospital official", "12 people had been killed")]),
    ("NEWS\nState radio said on Monday that the bridge had been destroyed, citing witnesses "
     "in the town.",
     [("State radio", "the bridge had been destroyed"),
      ("witnesses", "the bridge had been destroyed")]),
    ("NEWS\nThe agency said the bridge had been destroyed, quoting a police source.",
     [("The agency", "the bridge had been destroyed"),
      ("a police source", "the bridge had been destroyed")]),
    # ... and no entry of an empty speaker when no source noun is read after it
    ("NEWS\nThe ministry said 30 rebels had been killed, quoting field commanders.",
     [("The ministry", "30 rebels had been killed")]),
    # ... a correction's withdrawn text is no statement (an earlier round's convention)
    ("NEWS\nAn earlier version of this story, published on Friday, said 30 people had died, "
     "citing a doctor at the clinic.",
     [("a doctor", "30 people had died")]),
    ("NEWS\nTwo men died, the army said, citing witnesses, and four were hurt.",
     [("the army", "Two men died"), ("witnesses", "Two men died")]),
    # 11. the writer's apposition on the event
    ("NEWS\nA bomb killed two soldiers near Yala on Monday, police said, the third attack "
     "this week.",
     [("police", "A bomb killed two soldiers near Yala on Monday")]),
    ("NEWS\nNine people died in the blast, officials said, the deadliest in the city since "
     "March.",
     [("officials", "Nine people died in the blast")]),
    ("NEWS\nShells hit the market, residents said, the 4th such strike in a week.",
     [("residents", "Shells hit the market")]),
    ("NEWS\nThe bridge was hit at dawn, the army said, a key supply route.",
     [("the army", "The bridge was hit at dawn")]),
    # 12. "urging", "arguing that", "tell us"
    ("NEWS\nThe rebels will halt attacks for three days, a rebel statement said, urging the "
     "government to return to talks.",
     [("a rebel statement", "The rebels will halt attacks for three days"),
      ("a rebel statement", "the government to return to talks")]),
    ("NEWS\nThe minister spoke for an hour, urging farmers to plant early.",
     [("The minister", "farmers to plant early")]),
    ("NEWS\nThe UN said aid was running out, urging donors to give more.",
     [("The UN", "aid was running out"), ("The UN", "donors to give more")]),
    ("NEWS\nThe UN said aid was running out, calling on donors to give more.",
     [("The UN", "aid was running out"), ("The UN", "donors to give more")]),
    ("NEWS\nPolice fired tear gas, urging calm.", []),
    ("NEWS\nThey went from house to house, calling on neighbours.", []),
    ("NEWS\nThe lawyer had sought a lighter sentence, arguing that his client was only 17.",
     [("The lawyer", "his client was only 17")]),
    ("NEWS\nHeavy gunfire is coming from the compound, witnesses tell us.",
     [("witnesses", "Heavy gunfire is coming from the compound")]),
    ("NEWS\nThe road to the border is closed, drivers tell us.",
     [("drivers", "The road to the border is closed")]),
    ("NEWS\nThe police refused to tell reporters where the men were held.", []),
    ("NEWS\nWe tell them to stay inside.", []),
    ("NEWS\nShe wanted to tell the world what happened.", []),
    # 13. "who told the court" on the second noun
    ("NEWS\nThe prosecution called 12 witnesses, among them two officers who had followed "
     "the lorry and a trader who told the court in May that he had been paid to carry the "
     "crates.",
     [("a trader", "he had been paid to carry the crates")]),
    ("NEWS\nPolice arrested two men who said they had been paid.",
     [("two men", "they had been paid")]),
    # 14. a title in lower case run into a full name
    ("NEWS\nThe camp has no clean water, said teacher Aung Min, who fled in May.",
     [("teacher Aung Min", "The camp has no clean water")]),
    ("NEWS\nThe water is dirty, said farmer John Okello.",
     [("farmer John Okello", "The water is dirty")]),
    ("NEWS\nThe bridge will open next week, according to engineer Sara Lind.",
     [("engineer Sara Lind", "The bridge will open next week")]),
    ("NEWS\nThe road was closed, said residents of Kessa.",
     [("residents of Kessa", "The road was closed")]),
    # ... and a person by what they are, closing the clause; when they spoke after them
    ("NEWS\nThe well has run dry, said the nurse.",
     [("the nurse", "The well has run dry")]),
    ("NEWS\nThe well has run dry, said a teacher at the school.",
     [("a teacher at the school", "The well has run dry")]),
    ('NEWS\n"We have nothing," said one mother. "Nothing at all."',
     [("one mother", "We have nothing"), ("one mother", "Nothing at all")]),
    ("NEWS\nThe talks failed, said the minister on Tuesday.",
     [("the minister", "The talks failed")]),
    ("NEWS\nThe talks failed, said Colonel Ivo Brant late on Monday, adding that he was not "
     "surprised.",
     [("Colonel Ivo Brant", "The talks failed"), ("Colonel Ivo Brant", "he was not surprised")]),
    ("NEWS\nPolice said a teacher was killed.", [("Police", "a teacher was killed")]),
    ("NEWS\nPolice said the minister on Tuesday ordered an inquiry.",
     [("Police", "the minister on Tuesday ordered an inquiry")]),
    # 15. not attributions
    ("NEWS\nTwo gendarmes were kidnapped near Dori. No group has said it is holding them.", []),
    ("NEWS\nFive workers were seized on Monday. No armed group has said it carried out the "
     "kidnapping.", []),
    ("NEWS\nThe army had no comment. Officials have said the road is open.",
     [("Officials", "the road is open")]),
    ("NEWS\nThe army said 40 men had been arrested. We wrote to the Interior Ministry on 2 "
     "May asking for their names and have had no answer.",
     [("The army", "40 men had been arrested")]),
    ("NEWS\nThe minister wrote to the council asking for more time.", []),
    ("NEWS\nThe governor wrote to the president that the province could not hold out.",
     [("The governor", "the province could not hold out")]),
    ("NEWS\nThe monitor wrote on its website that 12 people had died.",
     [("The monitor", "12 people had died")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


@pytest.mark.parametrize(("text", "expected"), STATEMENT_SENTENCES)
def test_sentence_statements(request: pytest.FixtureRequest, text: str,
                             expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)
