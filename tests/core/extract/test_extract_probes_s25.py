"""English probes, twenty-fifth round (issue 11), all three engines on whole fictional
reports in styles no earlier round imitated: a human-rights group's investigation summary
(strikes documented "between January and June last year", a sub-group of children, a
researcher named once and then as "she" and by surname, "the group said in a 60-page
report"), an army's operational update claiming enemy dead with euphemisms
("neutralised", "eliminated", vehicles "put out of action") answered by the armed
group's denial, a migrant shipwreck (bodies recovered, survivors who are no casualties,
"remain unaccounted for and are feared drowned", a coastguard spokesman and an IOM
official), a city police blotter (ages, clock times, money and a telephone number that
count nobody, "pronounced dead at the scene"), an editor's correction and an updated
toll at the top of a story, and a chronology ("On March 3, ...", "Two days later, ...",
"By the end of the month, ..."); then single sentences of the issue's classes.

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings. The publication date of every report is Monday 2017-04-10.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import (
    check_figures,
    engines_read,
    english_report_tests,
    figures,
)

# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = (
)


# Whole reports: (text, statements, casualty figures, dates).
REPORTS: list[tuple[str, list, list, list]] = [
    # A human-rights group's investigation summary: a period of months "last year", a
    # sub-group of the dead, strikes, witnesses and pages that count nobody, a
    # researcher named once in full and then as "She" and "Haddad".
    ("Rights group documents deadly strikes on markets\n"
     "The Coalition for Civilian Protection said on Wednesday it had documented 14 air "
     "strikes that killed at least 97 civilians, including 30 children, between January "
     "and June last year.\n"
     "The group said in a 60-page report that 11 of the strikes hit markets or bakeries "
     "and that no military target was found near any of them.\n"
     "\"Each of these strikes should be investigated as a possible war crime,\" said "
     "Leila Haddad, a senior researcher at the group. She said the researchers had "
     "interviewed 212 witnesses and survivors.\n"
     "Haddad added that at least 160 people were wounded in the strikes. The air force "
     "did not respond to a request for comment.",
     [("The Coalition for Civilian Protection",
       "it had documented 14 air strikes that killed at least 97 civilians, including 30 "
       "children, between January and June last year"),
      ("The group",
       "11 of the strikes hit markets or bakeries and that no military target was found "
       "near any of them"),
      ("Leila Haddad", "Each of these strikes should be investigated as a possible war crime"),
      ("Leila Haddad", "the researchers had interviewed 212 witnesses and survivors"),
      ("Leila Haddad", "at least 160 people were wounded in the strikes")],
     [("killed at least 97 civilians", "killed", 97, None, "at_least", "civilians"),
      ("including 30 children", "killed", 30, None, "exact", "children"),
      ("at least 160 people were wounded", "wounded", 160, None, "at_least", "people")],
     [("Wednesday", "2017-04-05"),
      ("January", "2016-01"),
      ("June last year", "2016-06")]),
    # An army's operational update: the headline's claim, enemy dead "neutralised" and
    # "eliminated", vehicles "put out of action" (no casualty), arrests, and the armed
    # group's denial with its own claim ("it said, claiming ...").
    ("Army says 23 insurgents neutralised in forest raids\n"
     "Troops neutralised 23 terrorists and arrested 41 suspected collaborators in a week "
     "of clearance operations in the Kalgo forest, the army said in its operational update "
     "on Thursday.\n"
     "Army spokesman Colonel Ibrahim Musa told reporters that a further nine fighters were "
     "eliminated when they attacked a base at Dunari on Tuesday night and that three "
     "soldiers were wounded.\n"
     "Twelve gun trucks were put out of action, he said.\n"
     "In a statement posted online, the armed group denied losing any fighters. \"The "
     "army's numbers are pure fiction,\" it said, claiming its men had killed 17 soldiers "
     "in the raid on Dunari.",
     [("Army", "23 insurgents neutralised in forest raids"),
      ("the army",
       "Troops neutralised 23 terrorists and arrested 41 suspected collaborators in a week "
       "of clearance operations in the Kalgo forest"),
      ("Army spokesman Colonel Ibrahim Musa",
       "a further nine fighters were eliminated when they attacked a base at Dunari on "
       "Tuesday night and that three soldiers were wounded"),
      ("Army spokesman Colonel Ibrahim Musa", "Twelve gun trucks were put out of action"),
      ("the armed group", "losing any fighters"),
      ("the armed group", "The army's numbers are pure fiction"),
      ("the armed group", "its men had killed 17 soldiers in the raid on Dunari")],
     [("23 insurgents neutralised", "killed", 23, None, "exact", "insurgents"),
      ("neutralised 23 terrorists", "killed", 23, None, "exact", "terrorists"),
      ("arrested 41 suspected collaborators", "arrested", 41, None, "exact",
       "suspected collaborators"),
      ("nine fighters were eliminated", "killed", 9, None, "exact", "fighters"),
      ("three soldiers were wounded", "wounded", 3, None, "exact", "soldiers"),
      ("killed 17 soldiers", "killed", 17, None, "exact", "soldiers")],
     [("Thursday", "2017-04-06"),
      ("Tuesday", "2017-04-04")]),
    # A migrant shipwreck: bodies recovered, people on board and survivors (among them
    # women and a child) who are no casualties, "remain unaccounted for and are feared
    # drowned", a coastguard spokesman named later and his pronoun, an IOM official.
    ("At least 61 feared drowned as migrant boat sinks\n"
     "Coastguard crews recovered 23 bodies on Sunday after a wooden boat carrying about "
     "130 migrants capsized in heavy seas, a coastguard spokesman said.\n"
     "Forty-six survivors were brought ashore, among them 11 women and a child, spokesman "
     "Ayoub Kassem told the news agency. \"The sea was too rough to continue the search "
     "after dark,\" he said.\n"
     "At least 61 people remain unaccounted for and are feared drowned, said Flavia Rossi, "
     "a spokeswoman for the International Organization for Migration (IOM). More than 900 "
     "migrants have died on the route since January, she said.",
     [("a coastguard spokesman",
       "Coastguard crews recovered 23 bodies on Sunday after a wooden boat carrying about "
       "130 migrants capsized in heavy seas"),
      ("spokesman Ayoub Kassem",
       "Forty-six survivors were brought ashore, among them 11 women and a child"),
      ("spokesman Ayoub Kassem", "The sea was too rough to continue the search after dark"),
      ("Flavia Rossi", "At least 61 people remain unaccounted for and are feared drowned"),
      ("Flavia Rossi", "More than 900 migrants have died on the route since January")],
     [("At least 61 feared drowned", "killed", 61, None, "at_least", None),
      ("23 bodies", "killed", 23, None, "exact", "bodies"),
      ("At least 61 people remain unaccounted for", "missing", 61, None, "at_least",
       "people"),
      ("More than 900 migrants have died", "killed", 900, None, "more_than", "migrants")],
     [("Sunday", "2017-04-09"),
      ("January", "2017-01")]),
    # A city police blotter: ages, clock times, money and a telephone number count
    # nobody; "pronounced dead at the scene"; "Nobody was hurt".
    ("Police blotter: Riverside district\n"
     "A 24-year-old man was shot in the leg outside a bar on Canal Street at about 1.15 am "
     "on Saturday. He was taken to hospital in a stable condition, police said.\n"
     "Shortly after 10 pm on Saturday, a 31-year-old woman was pronounced dead at the "
     "scene after being stabbed in a flat on Mill Lane. A 35-year-old man was arrested at "
     "the address.\n"
     "Two men, aged 19 and 22, were arrested on Sunday after a robbery at a petrol "
     "station in which $400 was taken. Nobody was hurt.\n"
     "Anyone with information is asked to call detectives on 555 0192, Sergeant Paul "
     "Reyes said.",
     [("police", "He was taken to hospital in a stable condition"),
      ("Sergeant Paul Reyes",
       "Anyone with information is asked to call detectives on 555 0192")],
     [("A 24-year-old man was shot in the leg", "wounded", 1, None, "exact", "24-year-old man"),
      ("a 31-year-old woman was pronounced dead", "killed", 1, None, "exact",
       "31-year-old woman"),
      ("A 35-year-old man was arrested", "arrested", 1, None, "exact", "35-year-old man"),
      ("Two men", "arrested", 2, None, "exact", "men")],
     [("Saturday", "2017-04-08"),
      ("Saturday", "2017-04-08"),
      ("Sunday", "2017-04-09")]),
    # An editor's note and a correction at the top of an updated story: the toll of the
    # headline, an old toll, "the number of dead" with no count, the day corrected
    # ("Saturday, not Friday").
    ("Death toll in market bombing rises to 38\n"
     "This story has been updated to reflect a higher death toll given by the provincial "
     "health ministry on Monday.\n"
     "Correction: An earlier version of this story misstated the number of dead and the "
     "day of the bombing, which was Saturday, not Friday.\n"
     "At least 38 people were killed and 112 injured when a car bomb exploded in a "
     "crowded market in the town of Tshiko on Saturday, the ministry said. The toll had "
     "stood at 29 on Sunday.\n"
     "Governor Paul Ilunga said on Sunday that the bombers had wanted \"to kill as many "
     "people as possible\".",
     [("the ministry",
       "At least 38 people were killed and 112 injured when a car bomb exploded in a "
       "crowded market in the town of Tshiko on Saturday"),
      ("Governor Paul Ilunga",
       "the bombers had wanted \"to kill as many people as possible\"")],
     [("Death toll in market bombing rises to 38", "killed", 38, None, "exact", None),
      ("At least 38 people were killed", "killed", 38, None, "at_least", "people"),
      ("112 injured", "wounded", 112, None, "exact", None),
      ("toll had stood at 29", "killed", 29, None, "exact", None)],
     [("Monday", "2017-04-10"),
      ("Saturday", "2017-04-08"),
      ("Friday", "2017-04-07"),
      ("Saturday", "2017-04-08"),
      ("Sunday", "2017-04-09"),
      ("Sunday", "2017-04-09")]),
    # A chronology: paragraphs opened by a date, "Two days later" and "By the end of the
    # month" (no date of the gold rules), hostages taken, residents who fled.
    ("How the siege of Maro unfolded\n"
     "On March 3, fighters of the Northern Front overran the army's last checkpoint on "
     "the road into Maro, killing six soldiers.\n"
     "Two days later, the group seized the hospital and took 40 patients and staff "
     "hostage, a doctor who escaped told reporters.\n"
     "On March 12, an air strike on the old market killed 19 people. The army said it had "
     "targeted a weapons depot.\n"
     "By the end of the month, more than 20,000 residents had fled the town, the UN "
     "refugee agency said. The hostages were freed on April 2.",
     [("a doctor who escaped",
       "Two days later, the group seized the hospital and took 40 patients and staff "
       "hostage"),
      ("The army", "it had targeted a weapons depot"),
      ("the UN refugee agency",
       "By the end of the month, more than 20,000 residents had fled the town")],
     [("killing six soldiers", "killed", 6, None, "exact", "soldiers"),
      ("40 patients and staff hostage", "captured", 40, None, "exact",
       "patients and staff"),
      ("killed 19 people", "killed", 19, None, "exact", "people"),
      ("more than 20,000 residents had fled the town", "displaced", 20000, None, "more_than",
       "residents")],
     [("March 3", "2017-03-03"),
      ("March 12", "2017-03-12"),
      ("April 2", "2017-04-02")]),
]


# On the unchanged engines the reports scored casualties 0.936 and dates 0.947, under
# the aims.
(test_report_statements, test_report_casualties, test_report_dates,
 test_reports_meet_the_aims_as_the_evaluation_scores_them) = english_report_tests(REPORTS, _MISSES)


# Single sentences of the casualty classes: (text, figures).
FIGURE_SENTENCES: list[tuple[str, list]] = [
    # a headline with three outcomes, two of them vague
    ("Ferry attack: 4 killed, scores hurt, dozens missing",
     [("4 killed", "killed", 4, None, "exact", None),
      ("scores hurt", "wounded", 40, None, "vague", None),
      ("dozens missing", "missing", 24, None, "vague", None)]),
    # a four-digit clock time counts nobody
    ("By 0600 GMT, 14 more bodies had been pulled from the rubble.",
     [("14 more bodies", "killed", 14, None, "exact", "bodies")]),
    # hostages "some 30", a sub-group among them
    ("The militants are believed to be holding some 30 hostages, among them eight "
     "foreigners.",
     [("holding some 30 hostages", "captured", 30, None, "about", "hostages"),
      ("among them eight foreigners", "captured", 8, None, "exact", "foreigners")]),
    # two victims coordinated, ages that count nobody; "his" is no count word (the gold
    # rules), so the grandfather is no figure
    ("A 13-year-old boy and his 70-year-old grandfather were killed when the shell hit "
     "their home.",
     [("A 13-year-old boy", "killed", 1, None, "exact", "13-year-old boy")]),
    # a revision "rose to ... from"
    ("The number of dead rose to 27 by Tuesday evening from 19 a day earlier.",
     [("number of dead rose to 27", "killed", 27, None, "exact", None)]),
    ("Up to 300 families were displaced by the fighting.",
     [("Up to 300 families were displaced", "displaced", 300, None, "up_to", "families")]),
    # money and people in need count nobody
    ("The appeal seeks $45 million to help 1.2 million people in need, the agency said.",
     []),
    # the twenty-second round's leftover: "missing" after a second verb phrase
    ("Gunmen stormed the village at dawn; a further 12 men were taken away and are still "
     "missing.",
     [("12 men were taken away and are still missing", "missing", 12, None, "exact",
       "men")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


# Single sentences of statements and dates: (text, statements, dates).
SENTENCES: list[tuple[str, list, list]] = [
    ("According to a statement by the interior ministry, the curfew will remain in force "
     "until Friday.",
     [("the interior ministry", "the curfew will remain in force until Friday")],
     [("Friday", "2017-04-14")]),
    # a leading participle clause with its own day before the speaker
    ("Speaking to reporters in the capital on Monday, the prime minister said the talks "
     "had failed.",
     [("the prime minister", "the talks had failed")], [("Monday", "2017-04-10")]),
    # nested attribution: one entry per source
    ("Defence lawyer Sara Odeh told the court that her client had said he was beaten in "
     "custody.",
     [("Defence lawyer Sara Odeh", "her client had said he was beaten in custody"),
      ("her client", "he was beaten in custody")], []),
    # a day range within a month and "earlier this month"
    ("The fighting broke out earlier this month and peaked over the weekend of April 1-2.",
     [], [("this month", "2017-04"), ("April 1-2", "2017-04-01")]),
    # a passive of speech naming its medium: one entry per source, as nested attribution;
    # and a sentence with no comma at all
    ("The commander was quoted by state media as saying that 40 rebels had surrendered.",
     [("state media", "40 rebels had surrendered"),
      ("The commander", "40 rebels had surrendered")], []),
    ("witnesses said gunmen on motorbikes opened fire on the market killing five traders",
     [("witnesses", "gunmen on motorbikes opened fire on the market killing five traders")],
     []),
    ("The ceasefire is due to expire next Monday, officials said.",
     [("officials", "The ceasefire is due to expire next Monday")],
     [("next Monday", "2017-04-17")]),
]


@pytest.mark.parametrize(("text", "statements", "dates"), SENTENCES)
def test_sentence_statements_and_dates(request: pytest.FixtureRequest, text: str,
                                       statements: list, dates: list) -> None:
    read = engines_read(text)
    assert (read["statements"], read["dates"]) == (statements, dates)


# Where the rules written for this round stop: (text, figures).
PINS: list[tuple[str, list]] = [
    # a word that only stands between a count and its participle is no victim noun ...
    ("Three found dead near the border post.",
     [("Three found dead", "killed", 3, None, "exact", None)]),
    ("Ten still missing after the raid on the camp.",
     [("Ten still missing", "missing", 10, None, "exact", None)]),
    # ... but the adverb before an adjective and its noun stays in the group
    ("Six seriously wounded soldiers were flown to the capital.",
     [("Six seriously wounded soldiers", "wounded", 6, None, "exact",
       "seriously wounded soldiers")]),
    # shot in a limb is wounded; in the head it is as often a death, so no figure
    ("Two protesters were shot in the legs near the bridge.",
     [("Two protesters were shot in the legs", "wounded", 2, None, "exact", "protesters")]),
    ("A guard was shot in the head during the raid.", []),
    # two nouns of one count are one group; a second count is a figure of its own
    ("Twelve women and children were killed in the strike.",
     [("Twelve women and children were killed", "killed", 12, None, "exact",
       "women and children")]),
    ("The strike killed 12 soldiers and two civilians.",
     [("killed 12 soldiers", "killed", 12, None, "exact", "soldiers"),
      ("two civilians", "killed", 2, None, "exact", "civilians")]),
    # civilians fleeing a place or the fighting are displaced; gunmen fleeing it are not,
    # nor people fleeing "the area" (the scene, for a while)
    ("Some 3,000 people fled the fighting in the north.",
     [("Some 3,000 people fled the fighting", "displaced", 3000, None, "about", "people")]),
    ("Two gunmen fled the town on a motorbike.", []),
    ("Dozens of people fled the area after the blast.", []),
    ("Among the dead were nine women and three children.",
     [("dead were nine women", "killed", 9, None, "exact", "women"),
      ("three children", "killed", 3, None, "exact", "children")]),
    # a first passive of no outcome, then a clause that they are missing; an outcome in
    # the first passive is read there as ever, and no other outcome in the second clause
    # ("snatched", the verb here first, is a captors' verb since the fortieth round)
    ("Two boys were stopped and remain missing.",
     [("Two boys were stopped and remain missing", "missing", 2, None, "exact", "boys")]),
    ("Two boys were snatched and remain missing.",
     [("Two boys were snatched", "captured", 2, None, "exact", "boys")]),
    # the gapped verb after "and" is "treated" only with a harm after "for"
    ("Four men were treated for burns and two for no apparent reason.",
     [("Four men were treated for burns", "wounded", 4, None, "exact", "men")]),
    ("Twelve men were abducted and are still missing.",
     [("Twelve men were abducted", "captured", 12, None, "exact", "men")]),
    ("The 12 men were questioned and are now detained.", []),
]


@pytest.mark.parametrize(("text", "expected"), PINS)
def test_where_the_rules_stop(text: str, expected: list) -> None:
    assert figures(text) == expected


# Where the date rules of this round stop: (text, dates).
DATE_PINS: list[tuple[str, list]] = [
    # a month with "last year" / "next year" is one date of that year
    ("The talks are to resume in March next year.", [("March next year", "2018-03")]),
    # the first month of a span takes the year of the last, the year before when it comes
    # later in the calendar
    ("The offensive ran from November to February 2016.",
     [("November", "2015-11"), ("February 2016", "2016-02")]),
    ("Aid was cut between March and May last year.",
     [("March", "2016-03"), ("May last year", "2016-05")]),
    # two months of two clauses are no span: the first keeps its own year
    ("He arrived in January and left in June 2016.",
     [("January", "2017-01"), ("June 2016", "2016-06")]),
]


@pytest.mark.parametrize(("text", "expected"), DATE_PINS)
def test_where_the_date_rules_stop(text: str, expected: list) -> None:
    assert engines_read(text)["dates"] == expected


# Where the statement rules of this round stop: (text, statements).
STATEMENT_PINS: list[tuple[str, list]] = [
    # the medium after a trailing attribution is no part of the words, whatever its
    # determiner ...
    ("Troops killed 23 rebels, the army said in its weekly update on Thursday.",
     [("the army", "Troops killed 23 rebels")]),
    ("Troops killed 23 rebels, the army said in an update on Thursday.",
     [("the army", "Troops killed 23 rebels")]),
    # ... while a forward attribution keeps its words
    ("The army said in a statement 20 rebels were killed.",
     [("The army", "20 rebels were killed")]),
    # "claiming" with a clause of its own carries the speaker on (a possessive subject
    # too); with a noun alone it reports nothing
    ("\"We lost nobody,\" the group said, claiming its fighters had shot down a drone.",
     [("the group", "We lost nobody"), ("the group", "its fighters had shot down a drone")]),
    ("The minister spoke for an hour, noting his government had done its best.",
     [("The minister", "his government had done its best")]),
    ("Gunmen stormed the village, claiming the lives of six people.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_PINS)
def test_where_the_statement_rules_stop(text: str, expected: list) -> None:
    assert engines_read(text)["statements"] == expected
