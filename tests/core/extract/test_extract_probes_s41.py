"""English probes, forty-first round: modality, and what a count belongs to.

The casualty rules read an outcome word and a count and proposed a figure whatever the
clause around them said. These probes test general principles, each with look-alikes
that must keep firing:

1. A passive outcome under a modal and "be" or after "are to be", or a bare verb after
   a modal, is a prospect, not a toll ("could be displaced", "would be killed", "are to
   be arrested", "risk being displaced", "will die"); so is a forecast with a condition
   after the figure ("fear 200,000 deaths if the harvest fails"). A hedge on a toll
   already taken stays ("might have been wounded", "may be dead", "may be missing"): the
   development gold counts "more than 90 people might have been wounded" and "the death
   count could be over 50".
2. An active outcome verb under a modal, a counterfactual or a verb of intent, promise,
   expectation or failure is no toll ("may kill", "can arrest", "intends to kill",
   "failed to capture", "would have killed", "could have killed"). "may have killed"
   stays (a hedge), and so does the month: "An attack in May killed 12 soldiers".
3. A release asked for, sought or bargained over says nothing of captivity ("demanded
   the release of 40 prisoners"); the captives a noun names stay ("talks on the release
   of 17 foreign hostages", "plans to free 30 detainees": detainees are arrested as the
   gold reads them).
4. A toll said to be heading somewhere is no toll ("the toll could rise to 50", "the
   number killed could pass 1,000"); "the death toll could be over 50" stays.
5. A count followed by "of whom" / "of them" and a predicate: the predicate is the
   part's, and the larger group the count belongs to gets no outcome from it ("housed
   250 recruits, six of whom died"). An apposition with a noun or an adverb ("18 of
   them children, have been killed", "eight of them seriously, were wounded") leaves the
   predicate to the whole.
6. An age is no count: "a boy of about 9", "a boy of seven" (the person is one).
7. The ninth blind set's general families: captives taken away by an armed group or
   taken and then kept or never seen again (police, hospitals and cattle stay out);
   "Among them were" opening a sentence after a figure; a hospital's tally by condition
   in a sentence with no outcome word ("three were in critical condition"; "on condition
   of anonymity" stays nothing); a name or a place of origin between the victims and
   their verb; "guide" and kin words as person nouns ("whose" ends a noun phrase: "an
   elder whose nephew was among those killed" counts no elder).

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures

# Members the rules still miss or read wrongly: (opening words, engine). A strict xfail
# makes a later silent fix show, and the probe leaves this list.
_MISSES: tuple[tuple[str, str], ...] = (
    # the price of principle 2: "could have killed" is read as a counterfactual, so a
    # monitor's hedged estimate in the active is lost (the passive "could have been
    # killed" stays). Left open by the corpus rules, which annotate what a text states:
    # "could have killed as many as 50" is a hedged toll after shelling and a toll that
    # never happened after a bomb defused, and no wording tells the two apart
    ("The shelling could have killed as many as 50", "casualties"),
)

FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 1. a passive outcome under a modal and "be": a prospect
    ("As many as 8,000 residents could be displaced if the dam is breached, engineers "
     "warned.", []),
    ("Thousands more would be killed if the siege went on, the mayor said.", []),
    ("The UN said 2,000 families may be displaced by the new offensive.", []),
    ("Up to 300 people might be arrested under the new decree.", []),
    ("Hundreds of people will be displaced if the dam is built.", []),
    ("Some 20,000 families would be forced to flee their homes.", []),
    ("Hundreds of villagers risk being displaced by the offensive.", []),
    ("Twelve suspects are to be arrested under the new warrant.", []),
    ("About 400 families are to be displaced by the new dam.", []),
    # ... and a bare verb after a modal
    ("Unless the siege is lifted, hundreds of children will die.", []),
    ("As many as 500 people could die if the fighting reaches the camp.", []),
    ("Doctors said 30 more could die without fuel for the generators.", []),
    # ... a forecast with a condition after the figure
    ("Relief groups fear 200,000 deaths if the harvest fails again.", []),
    # ... a hedge on a toll taken, and the outcome done, stay
    ("As many as 40 people may be dead, a medic said.",
     [("As many as 40 people may be dead", "killed", 40, None, "up_to", "people")]),
    ("Up to 12 fishermen may be missing after the attack on the boat.",
     [("Up to 12 fishermen may be missing", "missing", 12, None, "up_to", "fishermen")]),
    ("More than 60 people might have been wounded in the shelling.",
     [("More than 60 people might have been wounded", "wounded", 60, None, "more_than",
       "people")]),
    ("At least 30 people could have been killed, a monitor said.",
     [("At least 30 people could have been killed", "killed", 30, None, "at_least",
       "people")]),
    ("At least 7,000 people have been displaced by the clashes.",
     [("At least 7,000 people have been displaced", "displaced", 7000, None, "at_least",
       "people")]),
    ("Two aid workers were believed to be kidnapped.",
     [("Two aid workers were believed to be kidnapped", "captured", 2, None, "exact",
       "aid workers")]),
    ("Three journalists are said to have been detained.",
     [("Three journalists are said to have been detained", "arrested", 3, None, "exact",
       "journalists")]),
    ("Four soldiers have died of their wounds.",
     [("Four soldiers have died", "killed", 4, None, "exact", "soldiers")]),
    ("At least 12 people are feared to have died.",
     [("At least 12 people are feared to have died", "killed", 12, None, "at_least",
       "people")]),
    ("Twelve hostages will be freed on Monday.",
     [("Twelve hostages", "captured", 12, None, "exact", "hostages")]),
    # 2. an active outcome verb under a modal, a counterfactual or a verb of intent
    ("The offensive may kill thousands of civilians, aid groups warned.", []),
    ("The army can arrest 200 protesters a day under the emergency law.", []),
    ("Police may detain up to 40 people, the minister said.", []),
    ("The group intends to kill 20 soldiers, a spokesman said.", []),
    ("The fighters failed to capture 12 soldiers who escaped.", []),
    ("The bomb would have killed dozens of worshippers had it gone off.", []),
    ("The blast could have killed hundreds of people, police said.", []),
    ("The shelling could have killed as many as 50 people, a monitor said.",
     [("killed as many as 50 people", "killed", 50, None, "up_to", "people")]),
    # ... what the noun says of the people stays, and so does a toll taken
    ("The militants may kill the four captured guards, officials fear.",
     [("four captured guards", "captured", 4, None, "exact", "captured guards")]),
    ("The kidnappers threatened to behead the nine hostages.",
     [("nine hostages", "captured", 9, None, "exact", "hostages")]),
    ("The rebels said they would kill 12 soldiers they captured last week.",
     [("12 soldiers they captured", "captured", 12, None, "exact", "soldiers")]),
    ("The shelling may have killed dozens of people.",
     [("killed dozens of people", "killed", 24, None, "vague", "people")]),
    ("Relief workers fear 150 dead in the village after the raid.",
     [("150 dead", "killed", 150, None, "exact", None)]),
    ("The curfew followed outrage due to killings of 12 civilians.",
     [("killings of 12 civilians", "killed", 12, None, "exact", "civilians")]),
    ("An attack in May killed 12 soldiers.",
     [("killed 12 soldiers", "killed", 12, None, "exact", "soldiers")]),
    ("The army said its troops would hunt down the men who killed 14 villagers.",
     [("killed 14 villagers", "killed", 14, None, "exact", "villagers")]),
    # 3. a release asked for, sought or bargained over
    ("Relatives demanded the release of 40 prisoners.", []),
    ("Negotiators are seeking the release of nine crew members.", []),
    ("Marchers called for the release of 12 students held by the police.", []),
    # ... the captives a noun or a participle names stay, and a release won stays
    ("Hundreds marched to demand the release of two aid workers seized in Kessa.",
     [("two aid workers seized", "captured", 2, None, "exact", "aid workers")]),
    ("Talks on the release of 17 foreign hostages stalled on Sunday.",
     [("release of 17 foreign hostages", "captured", 17, None, "exact",
       "foreign hostages")]),
    ("The rebels secured the release of 14 hostages on Friday.",
     [("release of 14 hostages", "captured", 14, None, "exact", "hostages")]),
    ("The government plans to free 30 detainees next week.",
     [("30 detainees", "arrested", 30, None, "exact", "detainees")]),
    ("Officials could not say how many of the 30 detainees were freed.",
     [("30 detainees", "arrested", 30, None, "exact", "detainees")]),
    # 4. a toll heading somewhere
    ("The toll could rise to 50, officials said.", []),
    ("Officials fear the toll may reach 100.", []),
    ("The death toll is expected to climb above 200.", []),
    ("The number of people killed could eventually pass 1,000.", []),
    # ... the count as it stands stays
    ("The death toll could be over 50.",
     [("death toll could be over 50", "killed", 50, None, "more_than", None)]),
    ("The death toll rose to 30 and could rise further.",
     [("death toll rose to 30", "killed", 30, None, "exact", None)]),
    # 5. a predicate after "of whom" / "of them" is the part's
    ("The camp sheltered 250 recruits, six of whom died in the shelling.",
     [("six of whom died", "killed", 6, None, "exact", None)]),
    ("The convoy carried 40 pilgrims, 12 of whom were killed when the bus was hit.",
     [("12 of whom were killed", "killed", 12, None, "exact", None)]),
    ("The village had 600 residents, 35 of them were killed in the raid.",
     [("35 of them were killed", "killed", 35, None, "exact", None)]),
    # ... an apposition leaves the predicate to the whole; a whole with its own verb
    ("At least 70 civilians, 18 of them children, have been killed.",
     [("At least 70 civilians", "killed", 70, None, "at_least", "civilians"),
      ("18 of them children", "killed", 18, None, "exact", "children")]),
    ("Eleven guests were injured, two of whom later died.",
     [("Eleven guests were injured", "wounded", 11, None, "exact", "guests"),
      ("two of whom later died", "killed", 2, None, "exact", None)]),
    ("Some 40 people, eight of them seriously, were wounded in the blast.",
     [("Some 40 people", "wounded", 40, None, "about", "people"),
      ("eight of them", "wounded", 8, None, "exact", None)]),
    ("Gunmen seized 20 passengers, 12 of whom were later freed.",
     [("seized 20 passengers", "captured", 20, None, "exact", "passengers"),
      ("12 of whom were", "captured", 12, None, "exact", None)]),
    # 6. an age is no count
    ("A boy of about 9 and his uncle had been taken by the raiders.",
     [("A boy", "captured", 1, None, "exact", "boy")]),
    ("A boy of seven was among the dead.",
     [("A boy", "killed", 1, None, "exact", "boy")]),
    ("A boy aged 10 was killed.",
     [("A boy", "killed", 1, None, "exact", "boy")]),
    # 7. captives taken away, or taken and then kept or never seen again
    ("The militia took away six nurses from the clinic on Friday.",
     [("took away six nurses", "captured", 6, None, "exact", "nurses")]),
    ("Three teachers were taken from their school and never seen again.",
     [("Three teachers were taken from their school and never seen again", "captured", 3,
       None, "exact", "teachers")]),
    ("Two drivers were taken from a truck and held for 20 days.",
     [("Two drivers were taken from a truck and held for 20 days", "captured", 2, None,
       "exact", "drivers")]),
    ("Police took away 11 protesters from the square.", []),
    ("Four suspects were taken to the police station and held for two days.", []),
    ("Two men were taken to hospital and held overnight for observation.", []),
    ("The rebels took away 12 cows.", []),
    # ... "Among them were" opening a sentence
    ("Gunmen shot dead 14 people in Darra on Sunday. Among them were two teachers.",
     [("shot dead 14 people", "killed", 14, None, "exact", "people"),
      ("two teachers", "killed", 2, None, "exact", "teachers")]),
    ("The report lists 40 schools. Among them were two clinics.", []),
    # ... a hospital's tally by condition
    ("A bomb wounded 9 shoppers. A doctor said three were in critical condition.",
     [("wounded 9 shoppers", "wounded", 9, None, "exact", "shoppers"),
      ("three were in critical condition", "wounded", 3, None, "exact", None)]),
    ("Two officials spoke on condition of anonymity.", []),
    ("The old bridge is in a poor condition.", []),
    # ... a name or a place of origin between the victims and their verb
    ("A tailor, Yusuf Adamu Bello, was abducted near his shop.",
     [("A tailor", "captured", 1, None, "exact", "tailor")]),
    ("About 9,000 people from Kessa are displaced in camps near the border.",
     [("About 9,000 people", "displaced", 9000, None, "about", "people")]),
    ("Some 300 families from Upper Lorrin who fled their homes in May have returned.",
     [("Some 300 families from Upper Lorrin who fled", "displaced", 300, None, "about",
       "families")]),
    # ... person nouns
    ("Gunmen stormed the market, killing four traders and a tour guide.",
     [("killing four traders", "killed", 4, None, "exact", "traders"),
      ("a tour guide", "killed", 1, None, "exact", "tour guide")]),
    ("The ministry published a guide to the new rules.", []),
    # ... a kin word after "whose" is someone else: the relative ends the noun phrase
    ("\"They came at night,\" said Omar Dino, an elder whose nephew was among those "
     "killed.", []),
    # people freed from a place of their captors' (the span takes in whose it was)
    ("Dozens of migrants were freed from the rebels' prison.",
     [("Dozens of migrants were freed from the rebels' prison", "captured", 24, None,
       "vague", "migrants")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)
