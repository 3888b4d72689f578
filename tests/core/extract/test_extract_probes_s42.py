"""English probes, forty-second round: casualty recall by construction.

On the nine blind sets the English casualty rules keep their precision (0.97-1.00) and
lose recall on constructions news writes every day. These probes test the constructions
the sets' misses belong to, each in several shapes (wire copy and long-form), with
look-alikes that must stay as they are:

1. Groups joined by "and" or commas that share one outcome, each a figure of its own:
   the first group with a postmodifier ("nine fighters from the northern brigades and
   four members of the police were killed"), a list in copy that lost its commas before
   a trailing "said <source>", a person with an age in the list ("a boy of 12 and two
   women"), a list in apposition after "the dead" / "the freed hostages" / "the released
   crew" (captives only in a story of hostages), a list after "Among those killed were"
   or "Those abducted include", a headline's reflexive verb and its second object
   ("Bomber kills himself, three guards"), a part and its whole without the article
   ("Rebels release 12 of 30 hostages"), a sub-group after "including" counted by its
   article.
2. An outcome told as a state: captives "still held" with a bare count, cut off from
   "are still being held" by an "including ..." insert, held by captors or for a time,
   "in the group's hands" or "in the hands of the kidnappers", "taken by the militants"
   in a relative after a comma, people freed from captors named after them, captives who
   "have come back", and what became of people after a clause of their own ("before
   being executed").
3. Care words as the outcome's evidence: "brought in dead", "dead on arrival", an active
   "treated" or "treating" with kinds of wound, "took 15 people into custody", and some
   of the wounded by how badly with the verb left out ("were injured, 12 seriously").
4. A second source's toll by ellipsis: "...; local elders say 17", "...; the hospital
   figure is 38".
5. Captors who left with their captives: "before leaving with 14 of the 23 crew",
   "made off with two engineers".
6. A name and an age in apposition between the victim and the verb.

Look-alikes: nationalities with no outcome, "still held talks", "remain in the camp",
"remain in rebel hands" of districts, malaria (shock became a harm in round en114), people "taken by
ambulance", a second source's number that counts things, people who left with their own.
Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures

# Members the rules still miss: (opening words, engine). A strict xfail makes a later
# silent fix show, and the probe leaves this list.
_MISSES: tuple[tuple[str, str], ...] = ()

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. groups sharing one outcome: a postmodifier on the first group
    ("At least nine fighters from the northern brigades and four members of the police "
     "were killed in the ambush.",
     [("At least nine fighters", "killed", 9, None, "at_least", "fighters"),
      ("four members of the police were killed", "killed", 4, None, "exact",
       "members of the police")]),
    ("Six soldiers from the 3rd Battalion and two civilians were wounded when the convoy "
     "hit a mine.",
     [("Six soldiers", "wounded", 6, None, "exact", "soldiers"),
      ("two civilians were wounded", "wounded", 2, None, "exact", "civilians")]),
    ("Twelve officers from the northern brigades and four members of the police attended "
     "the funeral.", []),
    # ... a list in copy without commas, the source after it
    ("The blast killed a guard a cleaner and three nurses said the hospital director.",
     [("killed a guard", "killed", 1, None, "exact", "guard"),
      ("a cleaner", "killed", 1, None, "exact", "cleaner"),
      ("three nurses", "killed", 3, None, "exact", "nurses")]),
    ("The raid killed two farmers and four herders said Observatory director Ali Dabbas.",
     [("killed two farmers", "killed", 2, None, "exact", "farmers"),
      ("four herders", "killed", 4, None, "exact", "herders")]),
    ("Gunmen killed two policemen and three residents said they had heard shots.",
     [("killed two policemen", "killed", 2, None, "exact", "policemen")]),
    # ... a person with an age, then the rest of the list
    ("Gunmen fired on the minibus, killing a boy of 12 and two women.",
     [("killing a boy", "killed", 1, None, "exact", "boy"),
      ("two women", "killed", 2, None, "exact", "women")]),
    ("The shell wounded a girl aged nine and three men queuing for bread.",
     [("wounded a girl", "wounded", 1, None, "exact", "girl"),
      ("three men", "wounded", 3, None, "exact", "men")]),
    # ... a list in apposition after the people an outcome names
    ("The dead, two soldiers and a schoolteacher, were buried on Friday.",
     [("two soldiers", "killed", 2, None, "exact", "soldiers"),
      ("a schoolteacher", "killed", 1, None, "exact", "schoolteacher")]),
    ("Pirates kidnapped the crew of the trawler in March. The released crew, five Indians "
     "and four Ukrainians, were flown home on Sunday.",
     [("five Indians", "captured", 5, None, "exact", "Indians"),
      ("four Ukrainians", "captured", 4, None, "exact", "Ukrainians")]),
    ("The freed hostages, three Nepalis, two Kenyans and a Briton, landed in Nairobi on "
     "Monday.",
     [("three Nepalis", "captured", 3, None, "exact", "Nepalis"),
      ("two Kenyans", "captured", 2, None, "exact", "Kenyans"),
      ("a Briton", "captured", 1, None, "exact", "Briton")]),
    ("The crew, four Filipinos, three Ukrainians and two Greeks, were unhurt.", []),
    ("The new recruits, four Filipinos and two Greeks, joined the ship in Lagos.", []),
    ("The released report, four pages long, blames the army.", []),
    # ... a part and its whole in a headline without the article
    ("Rebels release 12 of 30 hostages",
     [("12 of", "captured", 12, None, "exact", None),
      ("30 hostages", "captured", 30, None, "exact", "hostages")]),
    ("Kidnappers free two of four abducted engineers",
     [("two of", "captured", 2, None, "exact", None),
      ("four abducted engineers", "captured", 4, None, "exact", "abducted engineers")]),
    ("Two of 12 soldiers wounded in the blast died later.",
     [("Two of", "killed", 2, None, "exact", None),
      ("12 soldiers wounded", "wounded", 12, None, "exact", "soldiers")]),
    ("Gunmen killed 3 of 12 passengers on the bus.",
     [("killed 3", "killed", 3, None, "exact", None)]),
    ("The rebels hold 3 of 12 provinces.", []),
    # ... a list after the people an outcome names: "Among those killed were", "Those
    # abducted include"
    ("Among those killed in the raid were a journalist and two aid workers.",
     [("Among those killed in the raid were a journalist", "killed", 1, None, "exact",
       "journalist"),
      ("two aid workers", "killed", 2, None, "exact", "aid workers")]),
    ("Those abducted include 12 women and eight children, the governor said.",
     [("Those abducted include 12 women", "captured", 12, None, "exact", "women"),
      ("eight children", "captured", 8, None, "exact", "children")]),
    ("Among those detained were four students.",
     [("Among those detained were four students", "arrested", 4, None, "exact",
       "students")]),
    ("Among those invited were four ministers.", []),
    ("Those attending included two generals.", []),
    # ... a headline's reflexive verb, then a second object
    ("Bomber kills himself, three guards at army checkpoint",
     [("Bomber kills himself", "killed", 1, None, "exact", "bomber"),
      ("three guards", "killed", 3, None, "exact", "guards")]),
    # ... a sub-group after "including", counted by its article
    ("Troops returned fire, killing seven militants including a senior commander known "
     "as Abu Talha.",
     [("killing seven militants", "killed", 7, None, "exact", "militants"),
      ("including a senior commander", "killed", 1, None, "exact", "senior commander")]),
    # 2. captives told as a state: a bare count "still held"
    ("Rebels free 12 hostages; three still held",
     [("free 12 hostages", "captured", 12, None, "exact", "hostages"),
      ("three still held", "captured", 3, None, "exact", None)]),
    ("Nine kidnapped engineers were freed on Friday. The three still held are believed to "
     "be in the hills.",
     [("Nine kidnapped engineers", "captured", 9, None, "exact", "kidnapped engineers"),
      ("three still held", "captured", 3, None, "exact", None)]),
    ("Police detained 30 people after the march; 12 are still held at the central station.",
     [("detained 30 people", "arrested", 30, None, "exact", "people"),
      ("12 are still held", "arrested", 12, None, "exact", None)]),
    ("The two sides still held talks on Monday.", []),
    ("Five ministers still held their seats after the vote.", []),
    ("Of the nine parties, three still held on to their seats.", []),
    # ... cut off from "are still being held" by an insert
    ("Seven of the 11 kidnapped surveyors were released on Monday. The other four, "
     "including the pilot, are still being held in the forest, the company said.",
     [("Seven of the", "captured", 7, None, "exact", None),
      ("11 kidnapped surveyors", "captured", 11, None, "exact", "kidnapped surveyors"),
      ("four, including the pilot, are still being held", "captured", 4, None, "exact",
       None),
      # (round 74: one of them named by post with "the" is a figure of one)
      ("including the pilot", "captured", 1, None, "exact", "pilot")]),
    # ... in the hands of captors
    ("More than 200 women and girls remain in the group's hands, activists said.",
     [("More than 200 women and girls remain in the group's hands", "captured", 200, None,
       "more_than", "women and girls")]),
    ("Two aid workers are still in the hands of the kidnappers.",
     [("Two aid workers are still in the hands of the kidnappers", "captured", 2, None,
       "exact", "aid workers")]),
    ("At least 40 soldiers remain in rebel hands after the battle for the pass.",
     [("At least 40 soldiers remain in rebel hands", "captured", 40, None, "at_least",
       "soldiers")]),
    ("Three districts remain in rebel hands after the battle.", []),
    # ... held by captors named after "held", or held for a time
    ("More than 100 girls are still being held by Boko Haram.",
     [("More than 100 girls are still being held", "captured", 100, None, "more_than",
       "girls")]),
    ("The 14 crew members remain held by the pirates.",
     [("14 crew members remain held", "captured", 14, None, "exact", "crew members")]),
    ("Kidnappers seized a bus on the northern highway. Nine passengers have been held for "
     "40 days.",
     [("Nine passengers have been held", "captured", 9, None, "exact", "passengers")]),
    ("The talks have been held since March.", []),
    ("About 300 families remain in the camp near the river.", []),
    # ... "taken" by captors in a relative after a comma
    ("She showed a photograph of her three cousins, who were taken by the militants in "
     "2015.",
     [("three cousins, who were taken by the militants", "captured", 3, None, "exact",
       "cousins")]),
    ("Two pupils, who were taken by gunmen last year, have not been found.",
     [("Two pupils, who were taken by gunmen", "captured", 2, None, "exact", "pupils")]),
    ("Two patients, who were taken by ambulance to the capital, are stable.", []),
    # ... people freed from captors named after them
    ("Police said they had freed 11 people held by a gang in the forest.",
     [("freed 11 people", "captured", 11, None, "exact", "people")]),
    ("Police released 20 protesters held by police since Friday.", []),
    # ... captives who came back
    ("Eleven girls were abducted from the school; only four have come back.",
     [("Eleven girls were abducted", "captured", 11, None, "exact", "girls"),
      ("four have come back", "captured", 4, None, "exact", None)]),
    ("Gunmen kidnapped 15 farmers last month, and six have since returned.",
     [("kidnapped 15 farmers", "captured", 15, None, "exact", "farmers"),
      ("six have since returned", "captured", 6, None, "exact", None)]),
    ("Gunmen abducted 30 students; five escaped on the way.",
     [("abducted 30 students", "captured", 30, None, "exact", "students"),
      ("five escaped", "captured", 5, None, "exact", None)]),
    ("Troops killed 12 militants; five escaped.",
     [("killed 12 militants", "killed", 12, None, "exact", "militants")]),
    ("Police arrested 20 protesters; 12 have come back to the square.",
     [("arrested 20 protesters", "arrested", 20, None, "exact", "protesters")]),
    ("Twelve soldiers were killed and three have returned to base.",
     [("Twelve soldiers were killed", "killed", 12, None, "exact", "soldiers")]),
    # ... what became of the victims after a clause of their own
    ("There was no resistance except in one house where a rebel opened fire at troops "
     "before being executed.",
     [("a rebel", "killed", 1, None, "exact", "rebel")]),
    ("Two men were beaten after being abducted from their farm.",
     [("Two men", "captured", 2, None, "exact", "men")]),
    ("Two ministers met the envoy before being sworn in.", []),
    ("Three soldiers searched the car after being told of a bomb.", []),
    # ... one more of them in an apposition closed by a reduced relative
    ("Three farmers were shot; two died and the third, a boy tending the goats, was badly "
     "wounded.",
     [("two died", "killed", 2, None, "exact", None),
      ("a boy", "wounded", 1, None, "exact", "boy")]),
    ("Gunmen killed two men working in a field, and were later arrested.",
     [("killed two men", "killed", 2, None, "exact", "men")]),
    # 3. care words as the evidence: brought in dead
    ("A doctor at the district hospital said three policemen and two children had been "
     "brought in dead.",
     [("three policemen", "killed", 3, None, "exact", "policemen"),
      ("two children had been brought in dead", "killed", 2, None, "exact", "children")]),
    ("Four soldiers were brought in dead overnight, a nurse said.",
     [("Four soldiers were brought in dead", "killed", 4, None, "exact", "soldiers")]),
    ("Seven people were dead on arrival at the clinic, staff said.",
     [("Seven people were dead on arrival", "killed", 7, None, "exact", "people")]),
    ("Two suspects were brought in for questioning.", []),
    ("Three ambulances were brought in from the capital.", []),
    # ... an active "treated" with kinds of wound
    ("Medics have treated more than 40 people for machete and gunshot wounds.",
     [("treated more than 40 people for machete and gunshot wounds", "wounded", 40, None,
       "more_than", "people")]),
    ("The clinic treated about 25 villagers for burns and shrapnel injuries.",
     [("treated about 25 villagers for burns and shrapnel injuries", "wounded", 25, None,
       "about", "villagers")]),
    ("Doctors were treating 40 people for gunshot wounds.",
     [("treating 40 people for gunshot wounds", "wounded", 40, None, "exact", "people")]),
    ("The clinic treated 300 children for malaria and measles.", []),
    ("Nurses were treating 30 children for malnutrition.", []),
    # (round en114) shock after a blast is a harm the sets' gold counts (en-60 007 "treated
    # for cuts and shock", en-63 015 "A third worker was treated for shock")
    ("Nurses treated 12 people for shock after the blast.",
     [("treated 12 people for shock", "wounded", 12, None, "exact", "people")]),
    # ... some of the wounded by how badly, the verb left out
    ("About 60 people were injured, 12 seriously.",
     [("About 60 people were injured", "wounded", 60, None, "about", "people"),
      ("12 seriously", "wounded", 12, None, "exact", None)]),
    ("The blast wounded 30 people, eight critically.",
     [("wounded 30 people", "wounded", 30, None, "exact", "people"),
      ("eight critically", "wounded", 8, None, "exact", None)]),
    ("Four people were killed, 12 seriously.",
     [("Four people were killed", "killed", 4, None, "exact", "people")]),
    # ... an active "took" into custody, as "were taken into custody" is read
    ("Police took 15 people into custody after the clashes.",
     [("took 15 people into custody", "arrested", 15, None, "exact", "people")]),
    ("Relatives took two children into the house.", []),
    # 4. a second source's toll by ellipsis
    ("The governor gave a toll of 12 dead; local elders say 17.",
     [("12 dead", "killed", 12, None, "exact", None),
      ("say 17", "killed", 17, None, "exact", None)]),
    ("Police said four people died, but residents said nine.",
     [("four people died", "killed", 4, None, "exact", "people"),
      ("said nine", "killed", 9, None, "exact", None)]),
    ("The first report gave the number of injured as 50; the hospital figure is 38.",
     [("number of injured as 50", "wounded", 50, None, "exact", None),
      ("the hospital figure is 38", "wounded", 38, None, "exact", None)]),
    ("Police said four people died; residents say 30 houses burned.",
     [("four people died", "killed", 4, None, "exact", "people")]),
    ("Officials said 20 people were killed in the raid, but local leaders said more than "
     "30.",
     [("20 people were killed", "killed", 20, None, "exact", "people"),
      ("said more than 30", "killed", 30, None, "more_than", None)]),
    ("Police said four people died, and said 12 were taken to hospital.",
     [("four people died", "killed", 4, None, "exact", "people")]),
    ("The governor gave a toll of 12 dead; elders say 2005 was worse.",
     [("12 dead", "killed", 12, None, "exact", None)]),
    # 5. captors who left with their captives
    ("The pirates wounded a guard before leaving with 14 of the 23 crew.",
     [("wounded a guard", "wounded", 1, None, "exact", "guard"),
      ("leaving with 14 of the 23 crew", "captured", 14, None, "exact", "crew")]),
    ("The kidnappers made off with two engineers and a driver.",
     [("made off with two engineers", "captured", 2, None, "exact", "engineers"),
      ("a driver", "captured", 1, None, "exact", "driver")]),
    ("Armed bandits stormed the farm at dawn and left with four workers.",
     [("left with four workers", "captured", 4, None, "exact", "workers")]),
    ("The delegation left with 14 of the 23 documents.", []),
    ("The rebels left with 20 recruits from the village.", []),
    ("Relatives left with two children after the visit.", []),
    # 6. a name and an age between the victim and the verb
    ("A Kenyan nurse, Mary Wanjiru Otieno, 41, was killed when the clinic was shelled.",
     [("A Kenyan nurse", "killed", 1, None, "exact", "Kenyan nurse")]),
    ("A local trader, Ali Hassan, 52, was abducted near the market.",
     [("A local trader", "captured", 1, None, "exact", "local trader")]),
    ("A local trader, Ali Hassan, 52, was elected mayor.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)
