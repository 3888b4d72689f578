"""English probes, thirty-eighth round (issue 11): the constructions a fifth blind set
(`bench/blind/en-5.jsonl`) found missing, each written here anew as wire, release and
feature language, with the look-alikes where the old reading, or none, must stay.

Casualty figures:

1. A phrase inserted between the victims and their passive verb: a counted sub-group
   with an age limit ("12 of them under the age of 15"), a quoted aside ('"many of them
   women"'), a participle phrase ("taken to the district clinic on Friday had died",
   "caught in the crossfire"; the wounded of such a phrase who "later died" are the dead),
   a list of some of them between dashes; the age itself is never a count.
2. Freed captives: an armed group as the subject of "free" / "release" ("Separatists free
   8 gendarmes"), and some of the captives just counted, freed ("...; six were released").
3. Wounded who got away: "several others escaped with shrapnel wounds", "survived with".
4. "paid the supreme price" / "the ultimate price", "made the supreme sacrifice": a death
   in service.
5. What attackers ride ("on about 20 motorcycles", "on 40 camels") and animals killed are
   never victims.

Dates:

6. A signature date in capitals: "3 JUNE 2016", "12 APR 2016".
7. "next to" and "next door" are places, not a day ahead.

Statements:

8. The antecedent of "he": never a phrase after "including" nor a preposition opening a
   sentence ("Despite the rain, ..."); a possessor's relative named in apposition
   ("Amina's elder brother, Yusuf, ...") and the subject after "Among ... was" are.
9. Where the speaker's place lies, between commas before "said" without "that"; a name
   of one word in apposition after a person noun ("The father of one of the boys, Karim,
   said").
10. "said" in a relative clause on a claim noun whose gap is the subject: "a figure that
    local doctors said was far too low".
11. A long subject of posts and how far they were shared before "say that".
12. A headline closed by a broadcaster or agencies: "... - state TV", "- Russian agencies".

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures, check_report

# Probes the engines miss: (opening words, engine). A strict xfail makes a later silent
# fix show, and the probe leaves this list.
_MISSES: tuple[tuple[str, str], ...] = (
)

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. inserted phrases
    ("Thirty-one villagers, 12 of them under the age of 15, were killed in the raid on "
     "Kolaba.",
     [("Thirty-one villagers", "killed", 31, None, "exact", "villagers"),
      ("12 of them under the age of 15", "killed", 12, None, "exact", None)]),
    ("Fourteen pupils, nine of them under the age of ten, were wounded when the roof of the "
     "school fell in.",
     [("Fourteen pupils", "wounded", 14, None, "exact", "pupils"),
      ("nine of them under the age of ten", "wounded", 9, None, "exact", None)]),
    ("Forty-one people, 15 of them younger than 16, were killed when the car bomb went off.",
     [("Forty-one people", "killed", 41, None, "exact", "people"),
      ("15 of them younger than 16", "killed", 15, None, "exact", None)]),
    ("Nine people, four of them under 18, were killed.",
     [("Nine people", "killed", 9, None, "exact", "people"),
      ("four of them under 18", "killed", 4, None, "exact", None)]),
    ("Twenty children, six of them aged under five, were wounded in the shelling.",
     [("Twenty children", "wounded", 20, None, "exact", "children"),
      ("six of them aged under five", "wounded", 6, None, "exact", None)]),
    ("Four boys aged under 12 were wounded.",
     [("Four boys", "wounded", 4, None, "exact", "boys")]),
    ('Eighteen people, "many of them women", were killed when shells hit the market in '
     "Dorvan.",
     [("Eighteen people", "killed", 18, None, "exact", "people")]),
    ('Eighteen people, "many of them women," were killed when shells hit the market.',
     [("Eighteen people", "killed", 18, None, "exact", "people")]),
    ("Nine miners, 'most of them teenagers', were wounded in the blast at the Suri pit.",
     [("Nine miners", "wounded", 9, None, "exact", "miners")]),
    ("Thirty-five villagers, nearly all of them women, were killed.",
     [("Thirty-five villagers", "killed", 35, None, "exact", "villagers")]),
    ('Forty pupils, "almost all of them girls," were abducted.',
     [("Forty pupils", "captured", 40, None, "exact", "pupils")]),
    # ... and a writer's note on a toll's figure counts no one of the toll
    ("Local officials gave a toll of eight, a figure that two doctors at the district "
     "hospital said was accurate.",
     [("toll of eight", "killed", 8, None, "exact", None)]),
    ("Three policemen taken to the district clinic on Friday had died of their injuries, "
     "the doctor said.",
     [("Three policemen", "killed", 3, None, "exact", "policemen")]),
    ("Five fishermen pulled from the river on Tuesday evening later died in hospital.",
     [("Five fishermen", "killed", 5, None, "exact", "fishermen")]),
    ("Four herders found near the well on Monday morning had been shot dead.",
     [("Four herders", "killed", 4, None, "exact", "herders")]),
    # ... the wounded of such a phrase who died are the dead
    ("Two soldiers wounded in the clash on Sunday later died in hospital.",
     [("Two soldiers wounded in the clash on Sunday later died", "killed", 2, None, "exact",
       "soldiers")]),
    ("Three people injured in the blast have since died.",
     [("Three people injured in the blast have since died", "killed", 3, None, "exact",
       "people")]),
    ("Two soldiers wounded in the clash were flown to Kabul.",
     [("Two soldiers wounded", "wounded", 2, None, "exact", "soldiers")]),
    ("Three civilians caught in the crossfire on Monday were killed.",
     [("Three civilians", "killed", 3, None, "exact", "civilians")]),
    ("Two journalists sent to cover the protests were detained by police.",
     [("Two journalists", "arrested", 2, None, "exact", "journalists")]),
    ("Six people - among them a nurse - were wounded.",
     [("Six people", "wounded", 6, None, "exact", "people"),
      ("among them a nurse", "wounded", 1, None, "exact", "nurse")]),
    # ... look-alikes: a log's clock time before a dash, a participle phrase with no
    # outcome after it, an age with no count,
    # a quoted aside before a verb of no outcome, an apposition read before this round
    ("01:15 - A 19-year-old was arrested after a brawl.",
     [("A 19-year-old was arrested", "arrested", 1, None, "exact", "19-year-old")]),
    ("Three men taken to the police station on Friday were questioned and released.", []),
    ("The 12 people brought in on Sunday were treated and sent home.", []),
    ("Children under the age of 12 were kept indoors.", []),
    ('Fifteen volunteers, "all of them students", were thanked by the mayor.', []),
    ("Twelve men, most of them farmers, were arrested after the clash.",
     [("Twelve men", "arrested", 12, None, "exact", "men")]),
    ("Five men aged 20 to 30 were arrested.",
     [("Five men", "arrested", 5, None, "exact", "men")]),
    ("Seven farmers, under the age of 40, were killed.",
     [("Seven farmers", "killed", 7, None, "exact", "farmers")]),
    # 2. freed captives
    ("Separatists free 8 Malian gendarmes",
     [("free 8 Malian gendarmes", "captured", 8, None, "exact", "Malian gendarmes")]),
    ("Insurgents free four Nigerien border guards",
     [("free four Nigerien border guards", "captured", 4, None, "exact",
       "Nigerien border guards")]),
    ("Taliban free two Turkish engineers",
     [("free two Turkish engineers", "captured", 2, None, "exact", "Turkish engineers")]),
    ("The Taliban on Saturday freed two engineers.",
     [("freed two engineers", "captured", 2, None, "exact", "engineers")]),
    ("She was one of 30 girls taken from Kuta by Boko Haram in 2014.",
     [("30 girls taken from Kuta by Boko Haram", "captured", 30, None, "exact", "girls")]),
    ("The gunmen seized 15 workers from the quarry; six were released on Monday after the "
     "company paid a ransom.",
     [("seized 15 workers", "captured", 15, None, "exact", "workers"),
      ("six were released", "captured", 6, None, "exact", None)]),
    ("Bandits abducted 20 travellers near Gusau; eleven were freed by police two days later.",
     [("abducted 20 travellers", "captured", 20, None, "exact", "travellers"),
      ("eleven were freed", "captured", 11, None, "exact", None)]),
    ("Nine passengers were abducted; four were later released.",
     [("Nine passengers were abducted", "captured", 9, None, "exact", "passengers"),
      ("four were later released", "captured", 4, None, "exact", None)]),
    ("Twelve passengers were kidnapped; nine have since been freed.",
     [("Twelve passengers were kidnapped", "captured", 12, None, "exact", "passengers"),
      ("nine have since been freed", "captured", 9, None, "exact", None)]),
    # ... look-alikes: a state freeing prisoners, detainees released, things released
    ("The government freed 200 prisoners under an amnesty.", []),
    ("The government on Monday freed 200 prisoners.", []),
    # (a released part of the arrested in the same sentence keeps its outcome since the
    # hundred-and-eighteenth English round, as the blind sets' gold gives it)
    ("Police arrested 30 protesters; 12 were released on bail.",
     [("arrested 30 protesters", "arrested", 30, None, "exact", "protesters"),
      ("12 were released", "arrested", 12, None, "exact", None)]),
    ("The rebels seized two trucks; both were released after a week.", []),
    ("Kidnappers release 14 truck drivers after talks",
     [("release 14 truck drivers", "captured", 14, None, "exact", "truck drivers")]),
    # 3. wounded who got away
    ("Two fighters were killed and several others escaped with shrapnel wounds.",
     [("Two fighters were killed", "killed", 2, None, "exact", "fighters"),
      ("several others escaped with shrapnel wounds", "wounded", 3, None, "vague",
       "others")]),
    ("Four militants were arrested while two others fled with bullet wounds.",
     [("Four militants were arrested", "arrested", 4, None, "exact", "militants"),
      ("two others fled with bullet wounds", "wounded", 2, None, "exact", "others")]),
    ("Six attackers were killed and about ten fled with gunshot injuries, the army said.",
     [("Six attackers were killed", "killed", 6, None, "exact", "attackers"),
      ("about ten fled with gunshot injuries", "wounded", 10, None, "about", None)]),
    ("Three others survived with gunshot wounds.",
     [("Three others survived with gunshot wounds", "wounded", 3, None, "exact", "others")]),
    ("Two attackers fled with the stolen cattle.", []),
    ("Most of the 40 residents escaped with their lives.", []),
    # 4. a death in service
    ("Two policemen paid the supreme price during the assault on the checkpoint.",
     [("Two policemen paid the supreme price", "killed", 2, None, "exact", "policemen")]),
    ("One ranger paid the ultimate price defending the reserve.",
     [("One ranger paid the ultimate price", "killed", 1, None, "exact", "ranger")]),
    ("Two soldiers made the supreme sacrifice in the ambush.",
     [("Two soldiers made the supreme sacrifice", "killed", 2, None, "exact", "soldiers")]),
    ("The ruling party paid the ultimate price at the polls, losing 40 seats.", []),
    ("Farmers paid a high price for the drought.", []),
    # 5. what attackers ride
    ("Attackers on about 20 motorcycles killed 14 herders near the river.",
     [("killed 14 herders", "killed", 14, None, "exact", "herders")]),
    ("Gunmen riding some 30 motorbikes killed nine farmers in Dansa.",
     [("killed nine farmers", "killed", 9, None, "exact", "farmers")]),
    ("The blast destroyed 14 buses and killed 3 drivers.",
     [("killed 3 drivers", "killed", 3, None, "exact", "drivers")]),
    # ... and animals, ridden or killed, are no victims either
    ("Raiders on 40 camels killed 12 herders and drove off 200 cattle.",
     [("killed 12 herders", "killed", 12, None, "exact", "herders")]),
    ("The militia killed 200 cattle and 40 goats.", []),
]

# Dates as read against the probes' publication date, Monday 10 April 2017.
DATE_SENTENCES: list[tuple[str, list]] = [
    # 6. a signature date in capitals
    ("12 APRIL 2016", [("12 APRIL 2016", "2016-04-12")]),
    ("Issued at Maiduguri, 3 JUNE 2016", [("3 JUNE 2016", "2016-06-03")]),
    ("Lagos, MARCH 7, 2016", [("MARCH 7, 2016", "2016-03-07")]),
    ("Abuja, 12 APR 2016", [("12 APR 2016", "2016-04-12")]),
    ("Signed 3 SEPT 2015", [("3 SEPT 2015", "2015-09-03")]),
    ("MAY 2016 be a better year", [("2016", "2016")]),  # a month alone in capitals: no
    # 7. "next to", "next door"
    ("He was shot next to the mosque on Friday night.", [("Friday", "2017-04-07")]),
    ("Crowds gathered next to the clinic on Thursday morning.", [("Thursday", "2017-04-06")]),
    ("The family lives next door to the school and was hit on Saturday.",
     [("Saturday", "2017-04-08")]),
    ("The talks will resume next Friday.", [("next Friday", "2017-04-14")]),
    ("He will speak next on Friday.", [("Friday", "2017-04-14")]),
]

STATEMENT_SENTENCES: list[tuple[str, list]] = [
    # 8. the antecedent of "he"
    ("NEWS\nAbout 200 people came to the service, including the regional health minister, "
     "who promised a new clinic. Amina's elder brother, Yusuf, who was twelve when the "
     'shells fell, now drives the ambulance. He lost an eye that day.\n"The children I '
     'drive were not born then," he said.',
     [("the regional health minister", "a new clinic"),
      ("Yusuf", "The children I drive were not born then")]),
    ('NEWS\nFarida\'s elder son, Tariq, runs the shop now. "My father built this counter," '
     'he said. "I will not close it."',
     [("Tariq", "My father built this counter"), ("Tariq", "I will not close it")]),
    # ... nor a preposition opening a sentence; "Among ... was" names its subject after
    ("NEWS\nAmong the speakers was Colonel Ivo Brant. \"We will stay,\" he said.",
     [("Colonel Ivo Brant", "We will stay")]),
    ("NEWS\nDespite the rain, crowds gathered. \"We came anyway,\" she said.",
     [("she", "We came anyway")]),
    ("NEWS\nHis grandson, Bilal, who was 14 and selling onions beside him, survived with "
     'burns. He now runs the stall.\n"My grandfather taught me to weigh onions," he said.',
     [("Bilal", "My grandfather taught me to weigh onions")]),
    # ... nor a quantifier opening a sentence, nor a byline
    ('NEWS\nMore than 90 were wounded. "It was chaos," he said.', [("he", "It was chaos")]),
    ('Ten years on\nBy Sana Kheri | Published 3 May 2021\n"We still remember," he said.',
     [("he", "We still remember")]),
    # ... look-alikes: a possessor of a place, and a person subject after a plural
    ("NEWS\nKenya's capital, Nairobi, was quiet. Colonel Omar Waki said the roads were "
     'open. "We are ready," he said.',
     [("Colonel Omar Waki", "the roads were open"), ("Colonel Omar Waki", "We are ready")]),
    ("NEWS\nColonel Dario Menes said the bridge would reopen in June. Army engineers had "
     "repaired two spans, he said. He promised that the rest would be finished by the end "
     "of the year.",
     [("Colonel Dario Menes", "the bridge would reopen in June"),
      ("Colonel Dario Menes", "Army engineers had repaired two spans"),
      ("Colonel Dario Menes", "the rest would be finished by the end of the year")]),
    # 9. where the speaker's place lies
    ("KALEB, Sudan - The head of the district hospital in Kaleb, about 40 km east of the "
     "capital, said on Tuesday his wards were full.",
     [("The head of the district hospital in Kaleb", "his wards were full")]),
    ("NEWS\nThe head of the clinic at Dor, some 20 miles north of Sabra, said on Monday that "
     "the wards were full.",
     [("The head of the clinic at Dor", "the wards were full")]),
    ("NEWS\nThe head of the clinic at Dor, near the border, said on Monday his wards were "
     "full.",
     [("The head of the clinic at Dor", "his wards were full")]),
    ("NEWS\nThe governor of Kunar, just outside the capital, said the roads were closed.",
     [("The governor of Kunar", "the roads were closed")]),
    # ... and a name of one word after its description: a person noun, "one of" people,
    # a possessor ("The mayor of the town, Kessa, said" may name the town: nothing)
    ("NEWS\nThe father of one of the boys, Karim, said his son had been taken. \"We have "
     'heard nothing," he said.',
     [("Karim", "his son had been taken"), ("Karim", "We have heard nothing")]),
    ("NEWS\nOne of the survivors, Halima, said she hid under a bed.",
     [("Halima", "she hid under a bed")]),
    ("NEWS\nThe head of the delegation, Musa, told reporters the talks were over.",
     [("Musa", "the talks were over")]),
    ("NEWS\nUsha's husband, Ramesh, said the bus had stopped.",
     [("Ramesh", "the bus had stopped")]),
    ("NEWS\nThe mayor of the town, Kessa, said the roads were closed.", []),
    ("NEWS\nOne of the villages, Kessa, said nothing.", []),
    # ... and what else the speaker is or was, or where the place is
    ("NEWS\nThe director, himself a survivor of the 2014 siege, said the wards were full.",
     [("The director", "the wards were full")]),
    ("NEWS\nThe director of the hospital, formerly an army surgeon, said the wards were full.",
     [("The director of the hospital", "the wards were full")]),
    ("NEWS\nThe director of the hospital, one of only two surgeons in the district, said the "
     "wards were full.",
     [("The director of the hospital", "the wards were full")]),
    ("NEWS\nThe governor of Kunar, home to about 450,000 people, said the roads were closed.",
     [("The governor of Kunar", "the roads were closed")]),
    ("NEWS\nThe governor of Kunar province, where the attack took place, said the roads were "
     "closed.",
     [("The governor of Kunar province", "the roads were closed")]),
    ("NEWS\nTwo civilians were killed, one of them a child, police said.",
     [("police", "Two civilians were killed, one of them a child")]),
    ("NEWS\nThe mayor of Dor, a town of 5,000 people near the border, said the wells were "
     "dry.",
     [("The mayor of Dor", "the wells were dry")]),
    ("NEWS\nSoldiers shelled Dor, 20 km from the border, residents said.",
     [("residents", "Soldiers shelled Dor, 20 km from the border")]),
    # 10. a relative clause whose gap is the subject of the words
    ("NEWS\nThe ministry put the toll at 200, a figure that local doctors said was far too "
     "low.",
     [("local doctors", "was far too low")]),
    ("NEWS\nThe army said it had hit a depot, a claim that the rebels said was false.",
     [("The army", "it had hit a depot"), ("the rebels", "was false")]),
    ("NEWS\nThe army said it had hit a depot, a claim the rebels said had no basis.",
     [("The army", "it had hit a depot"), ("the rebels", "had no basis")]),
    # (round 46: a denial, which the corpus rules list, is an entry with the claim's
    # words, as the thirteenth blind set's gold takes "a claim their families deny")
    ("NEWS\nThe army said it had hit a depot, a claim the rebels denied.",
     [("The army", "it had hit a depot"), ("the rebels", "it had hit a depot")]),
    ("NEWS\nThe ministry put the toll at 90, a toll that medics said could rise.",
     [("medics", "could rise")]),
    # 11. posts and how far they were shared
    ("NEWS\nPosts shared more than 9,000 times on Facebook and Telegram since Saturday say "
     "that 12 civilians were killed in Sarn.",
     [("Posts shared more than 9,000 times on Facebook and Telegram since Saturday",
       "12 civilians were killed in Sarn")]),
    ("NEWS\nMessages forwarded more than 2,000 times on WhatsApp this week say that the "
     "bridge was blown up.",
     [("Messages forwarded more than 2,000 times on WhatsApp this week",
       "the bridge was blown up")]),
    ("NEWS\nA post shared 5,000 times says that the bridge was blown up.",
     [("A post shared 5,000 times", "the bridge was blown up")]),
    ("NEWS\nVideos shared thousands of times on social media since Monday claim that the "
     "dam had burst.",
     [("Videos shared thousands of times on social media since Monday",
       "the dam had burst")]),
    ("NEWS\nOfficials said 1,200 homes were destroyed.",
     [("Officials", "1,200 homes were destroyed")]),
    ("NEWS\nThe toll rose to 1,200, officials said.",
     [("officials", "The toll rose to 1,200")]),
    # 12. a headline closed by a broadcaster
    ("Talks on prisoner swap stall - state TV\nDAMASCUS (Reuters) - Talks stalled on Monday.",
     [("state TV", "Talks on prisoner swap stall")]),
    ("Border crossing reopens after week-long closure - Iranian state media\nTEHRAN (AFP) - "
     "The crossing opened.",
     [("Iranian state media", "Border crossing reopens after week-long closure")]),
    ("Ceasefire holds in Idlib - state-run TV\nBEIRUT (Reuters) - The truce held.",
     [("state-run TV", "Ceasefire holds in Idlib")]),
    ("Ceasefire holds in Idlib - Russian agencies\nBEIRUT (Reuters) - The truce held.",
     [("Russian agencies", "Ceasefire holds in Idlib")]),
    ("Army retakes border post: state TV\nBEIRUT (Reuters) - The post fell.",
     [("state TV", "Army retakes border post")]),
    ("Army retakes border post - official media\nBEIRUT (Reuters) - The post fell.",
     [("official media", "Army retakes border post")]),
    ("Floods hit the south - state of emergency declared\nDHAKA (AFP) - Rivers rose.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


@pytest.mark.parametrize(("text", "expected"), DATE_SENTENCES)
def test_sentence_dates(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "dates", expected)


@pytest.mark.parametrize(("text", "expected"), STATEMENT_SENTENCES)
def test_sentence_statements(request: pytest.FixtureRequest, text: str,
                             expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)
