"""English probes, twenty-ninth round (issue 11), casualty figures and dates first, on
whole fictional reports in styles no earlier round imitated: a landmine survey with a
cumulative count since a year and a rate ("some 1,100 amputees", "one new casualty every
three days"), a prison report (deaths in custody, "six of them under torture", hunger
strikers, "released 140 of the 300 detainees", "The remaining 160 are still held"), a
flood and an earthquake in a war zone beside shelling and air strikes (the disaster's
dead are no casualty figures by the gold rules: counts of people killed in violence), a
militia's inflated claim beside the army's figure, a monthly report with provinces in
prose, percentages and "one in five", and a report with Islamic-calendar months, a fiscal
year, "mid-March", "late last year" and a dateline a day ahead of the publication date
(another time zone); then single sentences of the same classes.

Every sentence is fictional and written for these tests; names and places are invented
or used only as settings. The publication date of every report is Monday 2017-04-10.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import (
    check_figures,
    check_report,
    engines_read,
    english_report_tests,
    figures,
)

# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = (
    ("Detention report", "statements"),
)


# Whole reports: (text, statements, casualty figures, dates).
REPORTS: list[tuple[str, list, list, list]] = [
    # A landmine survey: a cumulative count since a year, a sub-group "four of whom lost a
    # leg", "more than half of the victims" (a proportion), amputees as the maimed, and a
    # rate ("one new casualty every three days", the headline's "a child every three
    # days") that counts nobody.
    ("Landmines maim a child every three days in Wadi Sur, survey finds\n"
     "Explosive remnants of war have killed 212 people and maimed 389 others in Wadi Sur "
     "province since 2014, a survey by the mine action group Clear Ground found. More than "
     "half of the victims were children.\n"
     "Last month alone, nine children were hurt by unexploded ordnance, four of whom lost a "
     "leg, and two shepherds were killed when their flock strayed into a minefield near "
     "Tal Hamra on March 21.\n"
     "The province now counts some 1,100 amputees and one new casualty every three days, "
     "the group said.",
     [("the group",
       "The province now counts some 1,100 amputees and one new casualty every three days")],
     [("killed 212 people", "killed", 212, None, "exact", "people"),
      ("maimed 389 others", "wounded", 389, None, "exact", "others"),
      ("nine children were hurt", "wounded", 9, None, "exact", "children"),
      ("four of whom lost a leg", "wounded", 4, None, "exact", None),
      ("two shepherds were killed", "killed", 2, None, "exact", "shepherds"),
      ("some 1,100 amputees", "wounded", 1100, None, "about", "amputees")],
     [("2014", "2014"), ("Last month", "2017-03"), ("March 21", "2017-03-21")]),
    # A prison report under a column label ("Detention report:", no source), deaths in
    # custody with "six of them under torture", hunger strikers taken to hospital (no
    # violence), detainees released and "The remaining 160" still held.
    ("Detention report: deaths behind the walls of Kessa Central\n"
     "At least 14 prisoners died in custody at Kessa Central prison between January and "
     "March, six of them under torture, the rights group Open Cells said on Friday.\n"
     "Some 35 inmates have been on hunger strike since 2 March; three were taken to "
     "hospital last week.\n"
     "Authorities released 140 of the 300 detainees arrested after the November protests. "
     "The remaining 160 are still held without charge.",
     [("the rights group Open Cells",
       "At least 14 prisoners died in custody at Kessa Central prison between January and "
       "March, six of them under torture")],
     [("At least 14 prisoners died", "killed", 14, None, "at_least", "prisoners"),
      ("six of them", "killed", 6, None, "exact", None),
      ("140 of the", "arrested", 140, None, "exact", None),
      ("300 detainees arrested", "arrested", 300, None, "exact", "detainees"),
      ("160 are still held", "arrested", 160, None, "exact", None)],
     [("January", "2017-01"), ("March", "2017-03"), ("Friday", "2017-04-07"),
      ("2 March", "2017-03-02"), ("last week", "2017-04-03"), ("November", "2016-11")]),
    # A flood beside shelling: the flood's dead, those trapped and the families the rains
    # displaced are no casualty figures; the shelling's are. "the night of the 14th" is
    # no date (no month), as "the 14th" never was.
    ("Floods and shelling compound misery in Bara valley\n"
     "Flash floods swept through the Bara valley on the night of the 14th, killing 23 "
     "people and leaving dozens still trapped under collapsed homes, civil defence said.\n"
     "Rescuers pulled 11 bodies from the mud by Sunday morning. Shelling on the valley's "
     "main town the same day killed four civilians and wounded 15, a local doctor said, "
     "adding that the dead were not counted in the flood's toll.\n"
     "Mid-March rains had already displaced 3,000 families.",
     [("civil defence",
       "Flash floods swept through the Bara valley on the night of the 14th, killing 23 "
       "people and leaving dozens still trapped under collapsed homes"),
      ("a local doctor",
       "Shelling on the valley's main town the same day killed four civilians and wounded "
       "15"),
      ("a local doctor", "the dead were not counted in the flood's toll")],
     [("killed four civilians", "killed", 4, None, "exact", "civilians"),
      ("wounded 15", "wounded", 15, None, "exact", None)],
     [("Sunday", "2017-04-09"), ("Mid-March", "2017-03")]),
    # An earthquake in a besieged city with a dateline a day ahead of the publication date
    # (written east of the publisher): "yesterday" and "Tuesday" read from the dateline's
    # day. The quake's toll is no casualty figure; the air strikes' are.
    ("Earthquake hits besieged Harun as air strikes go on\n"
     "HARUN, April 11 (GMT+3) - A magnitude 6.1 earthquake struck the besieged city of "
     "Harun late yesterday, killing at least 40 people, and some 200 people are still "
     "trapped, the city's relief committee said.\n"
     "Hours later, air strikes on the eastern districts killed 9 civilians and left 26 "
     "wounded, according to the White Crescent. \"We are digging with our hands while "
     "the planes circle,\" said rescuer Omar Qadi.\n"
     "The quake's toll rose to 57 by dawn on Tuesday.",
     [("the city's relief committee",
       "A magnitude 6.1 earthquake struck the besieged city of Harun late yesterday, "
       "killing at least 40 people, and some 200 people are still trapped"),
      ("the White Crescent",
       "Hours later, air strikes on the eastern districts killed 9 civilians and left 26 "
       "wounded"),
      ("rescuer Omar Qadi", "We are digging with our hands while the planes circle")],
     [("killed 9 civilians", "killed", 9, None, "exact", "civilians"),
      ("26 wounded", "wounded", 26, None, "exact", None)],
     [("April 11", "2017-04-11"), ("yesterday", "2017-04-10"), ("Tuesday", "2017-04-11")]),
    # A militia's inflated claim ("dozens of enemy fighters" in quotes, "more than 50 of
    # the regime's soldiers") beside the army's figure; a headline claim cut at its
    # semicolon; "none had been taken prisoner" counts nobody.
    ("Militia claims heavy losses for army; army gives lower figure\n"
     "The Red Hand militia said in a statement on Saturday that its fighters had killed "
     "\"dozens of enemy fighters\" and captured more than 50 of the regime's soldiers in "
     "an ambush near Dorra.\n"
     "The army denied the claim, saying three soldiers were killed and seven wounded, and "
     "that none had been taken prisoner.\n"
     "The figures could not be independently verified.",
     [("Militia", "heavy losses for army"),
      ("The Red Hand militia",
       "its fighters had killed \"dozens of enemy fighters\" and captured more than 50 of "
       "the regime's soldiers in an ambush near Dorra"),
      ("The army", "the claim"),
      ("The army",
       "three soldiers were killed and seven wounded, and that none had been taken "
       "prisoner")],
     [("killed \"dozens of enemy fighters", "killed", 24, None, "vague", "enemy fighters"),
      ("captured more than 50 of the regime's soldiers", "captured", 50, None, "more_than",
       "the regime's soldiers"),
      ("three soldiers were killed", "killed", 3, None, "exact", "soldiers"),
      ("seven wounded", "wounded", 7, None, "exact", None)],
     [("Saturday", "2017-04-08")]),
    # A monthly report: a total shared by two outcomes (no figure by the gold rules) with
    # its parts, provinces' shares of it, a 30% rise, "one in five", per cent shares,
    # "the past 48 hours" (no date); the title's month is a date and no speaker.
    ("Monthly civilian casualty report: March\n"
     "The monitoring mission recorded 186 civilian casualties in March (61 killed and 125 "
     "injured), a 30% rise on February. Kessa province accounted for 74 of them, Harun for "
     "52 and Dorra for 38; the remaining 22 occurred in the other provinces.\n"
     "Women and children made up one in five of the victims. Airstrikes caused 45 per cent "
     "of the casualties, shelling 30 per cent.\n"
     "Over the past 48 hours a further 7 civilians were reported killed.",
     [],
     [("61 killed", "killed", 61, None, "exact", None),
      ("125 injured", "wounded", 125, None, "exact", None),
      ("7 civilians were reported killed", "killed", 7, None, "exact", "civilians")],
     [("March", "2017-03"), ("March", "2017-03"), ("February", "2017-02")]),
    # Islamic-calendar months beside Gregorian dates: a Hijri month alone is no date (as
    # in the Arabic copy, the names are also names and words); "Ramadan last year" is the
    # Ramadan of 2016 (June; read since the thirty-second round, "last year" before); a
    # fiscal year's number is a year; "Late last year" as "late 2016".
    ("Aid cuts bite as Ramadan approaches\n"
     "KESSA, April 9 (local time) - Food parcels for 40,000 displaced people will be cut "
     "by half from May, the World Food Programme said, blaming a shortfall in the fiscal "
     "year 2017 budget.\n"
     "During Ramadan last year, the agency fed twice as many. Attacks on convoys peaked in "
     "the first week of Muharram, in late 2016, and again in mid-March.\n"
     "Late last year the agency suspended deliveries for three weeks.",
     [("the World Food Programme",
       "Food parcels for 40,000 displaced people will be cut by half from May")],
     [("40,000 displaced people", "displaced", 40000, None, "exact", "displaced people")],
     [("April 9", "2017-04-09"), ("May", "2017-05"), ("2017", "2017"),
      ("Ramadan last year", "2016-06"), ("late 2016", "2016"), ("mid-March", "2017-03"),
      ("Late last year", "2016")]),
]

(test_report_statements, test_report_casualties, test_report_dates,
 test_reports_meet_the_aims_as_the_evaluation_scores_them) = english_report_tests(REPORTS, _MISSES)


# A second batch, written after the first fixes and run on the engines as they then
# stood: a hostage release by a ministry abroad, a police log with clock times, a cyclone
# beside a militia raid, a quake's anniversary with later war deaths.
REPORTS_2: list[tuple[str, list, list, list]] = [
    # Hostages freed and still held: "freed 9 of the 23 ... drivers they seized", "The
    # other 14 are still held", a headline "hold 14", a dateline in local time.
    ("Kidnappers free nine Turkish drivers, hold 14\n"
     "ANKARA, April 10 (local time) - Kidnappers in northern Iraq freed 9 of the 23 Turkish "
     "truck drivers they seized last month, the foreign ministry said on Monday. The other "
     "14 are still held.\n"
     "The drivers were taken on March 18 when gunmen stopped their convoy near Tal Afar. "
     "\"We are working around the clock for the rest,\" a ministry official said.",
     [("the foreign ministry",
       "Kidnappers in northern Iraq freed 9 of the 23 Turkish truck drivers they seized last "
       "month"),
      ("a ministry official", "We are working around the clock for the rest")],
     [("free nine Turkish drivers", "captured", 9, None, "exact", "Turkish drivers"),
      ("hold 14", "captured", 14, None, "exact", None),
      ("9 of the", "captured", 9, None, "exact", None),
      ("23 Turkish truck drivers they seized", "captured", 23, None, "exact",
       "Turkish truck drivers"),
      ("14 are still held", "captured", 14, None, "exact", None)],
     [("April 10", "2017-04-10"), ("last month", "2017-03"), ("Monday", "2017-04-10"),
      ("March 18", "2017-03-18")]),
    # A police log: clock times opening the entries are no counts; "three others fled"
    # and "No injuries" count nobody hurt.
    ("Police log: Eastgate\n"
     "23:40 - Officers found two men with stab wounds outside a bar on Canal Street. Both "
     "were taken to hospital.\n"
     "01:15 - A 19-year-old was arrested after a brawl; three others fled.\n"
     "03:00 - Firefighters put out a car fire on Mill Road. No injuries.",
     [],
     [("two men with stab wounds", "wounded", 2, None, "exact", "men"),
      ("A 19-year-old was arrested", "arrested", 1, None, "exact", "19-year-old")],
     []),
    # A cyclone and a militia raid: the storm's dead, homeless and "Of the dead, six were
    # children" are no figures; the raid's are.
    ("Cyclone and militia raid leave trail of death in coastal Kessa\n"
     "Cyclone Mora tore through the coastal district of Kessa on Tuesday, killing 14 people "
     "and leaving some 40,000 homeless, officials said. Of the dead, six were children.\n"
     "Hours later, gunmen from the Red Hand militia raided a relief camp in the district, "
     "shooting dead three aid workers and abducting a doctor, police said.\n"
     "The storm's toll could rise, the governor warned.",
     [("officials",
       "Cyclone Mora tore through the coastal district of Kessa on Tuesday, killing 14 people "
       "and leaving some 40,000 homeless"),
      ("police",
       "Hours later, gunmen from the Red Hand militia raided a relief camp in the district, "
       "shooting dead three aid workers and abducting a doctor"),
      ("the governor", "The storm's toll could rise")],
     [("shooting dead three aid workers", "killed", 3, None, "exact", "aid workers"),
      ("abducting a doctor", "captured", 1, None, "exact", "doctor")],
     [("Tuesday", "2017-04-04")]),
    # A quake's anniversary: the quake's dead no figure, the war's since then are ("lost
    # 41 more to shelling and sniper fire"); "the first half of 2016"; a Hijri month with a
    # Hijri year (the Gregorian month of its 15th day, as in the Arabic copy).
    ("Grim toll a year after the Bara quake\n"
     "A year ago this week, an earthquake killed 2,300 people in the Bara valley. Since then "
     "the valley has lost 41 more to shelling and sniper fire, most of them since late last "
     "year.\n"
     "In the first half of 2016 relief groups rebuilt 900 homes; the fighting has since "
     "destroyed 200 of them. During Ramadan 1437 a single strike on a bakery killed 12 "
     "people.",
     [],
     [("lost 41 more to shelling", "killed", 41, None, "exact", None),
      ("killed 12 people", "killed", 12, None, "exact", "people")],
     [("A year ago", "2016"), ("late last year", "2016"), ("2016", "2016"),
      ("Ramadan 1437", "2016-06")]),
]

(test_report_2_statements, test_report_2_casualties, test_report_2_dates,
 test_reports_2_meet_the_aims_as_the_evaluation_scores_them) = english_report_tests(
    REPORTS_2, _MISSES)


# Single sentences of the round's casualty classes: (text, figures).
FIGURE_SENTENCES: list[tuple[str, list]] = [
    # a headline with three figures, "held" in headline style an arrest
    ("Quake, shelling leave 4 dead, 19 hurt and 30 held in Harun",
     [("4 dead", "killed", 4, None, "exact", None),
      ("19 hurt", "wounded", 19, None, "exact", None),
      ("30 held", "arrested", 30, None, "exact", None)]),
    ("The 40 hostages were freed on Sunday, but gunmen still hold 23 of the 60 captives "
     "seized at the oil field.",
     [("40 hostages", "captured", 40, None, "exact", "hostages"),
      # the verb joins the span since "hold" reads (the thirty-second round)
      ("hold 23 of the", "captured", 23, None, "exact", None),
      ("60 captives seized", "captured", 60, None, "exact", "captives")]),
    # hostages later freed are captured (a sub-group of the eleven)
    ("Four of the 11 kidnapped aid workers have been released; seven remain captive.",
     [("Four of the", "captured", 4, None, "exact", None),
      ("11 kidnapped aid workers", "captured", 11, None, "exact", "kidnapped aid workers"),
      ("seven remain captive", "captured", 7, None, "exact", None)]),
    # a clock time in digits is no count
    ("At 0400 GMT the convoy came under fire; 3 drivers were killed.",
     [("3 drivers were killed", "killed", 3, None, "exact", "drivers")]),
    # "a few dozen" is at least two dozen; "scores more fled" is no arrest
    ("A few dozen villagers were rounded up and scores more fled.",
     [("A few dozen villagers were rounded up", "arrested", 24, None, "vague", "villagers")]),
    # a natural disaster's dead beside an attack's
    ("The earthquake killed at least 300 people, while an air strike on the same day "
     "killed 5 civilians.",
     [("killed 5 civilians", "killed", 5, None, "exact", "civilians")]),
    ("The avalanche buried 14 soldiers at the border post.", []),
    # one number shared by two outcomes
    ("Since 2014, landmines have killed or maimed 601 people in the province.", []),
    ("The blast left 12 people wounded and two missing.",
     [("12 people wounded", "wounded", 12, None, "exact", "people"),
      ("two missing", "missing", 2, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


# Single sentences of the round's date classes: (text, dates), published 2017-04-10.
DATE_SENTENCES: list[tuple[str, list]] = [
    ("The talks resumed on the night of the 14th and ended on Wednesday.",
     [("Wednesday", "2017-04-05")]),
    ("Clashes erupted earlier this month and flared again over the past 48 hours.",
     [("this month", "2017-04")]),
    ("The attacks came between 3 and 5 April, and again from March 28 to April 2.",
     [("3", "2017-04-03"), ("5 April", "2017-04-05"), ("March 28", "2017-03-28"),
      ("April 2", "2017-04-02")]),
    # a dateline a day ahead (east of the publisher): its day is the day of writing
    ("SYDNEY, Tuesday April 11 - An aid worker kidnapped in Kessa on Sunday was freed "
     "yesterday.",
     [("Tuesday April 11", "2017-04-11"), ("Sunday", "2017-04-09"),
      ("yesterday", "2017-04-10")]),
    ("Early this year the militia laid mines along the road.",
     [("Early this year", "2017")]),
]


@pytest.mark.parametrize(("text", "expected"), DATE_SENTENCES)
def test_sentence_dates(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "dates", expected)


# Where this round's rules stop: what they must leave as a figure.
def test_where_the_rules_stop() -> None:
    # a hazard word used as a verb names no hazard
    assert figures("Refugees flood into Chad as 50 are killed.") == [
        ("50 are killed", "killed", 50, None, "exact", None)]
    assert figures("Rebels threatened to flood the valley and killed 3 guards.") == [
        ("killed 3 guards", "killed", 3, None, "exact", "guards")]
    # violence named in the figure's own clause is its cause
    assert figures("Since the earthquake, 50 people were killed in air strikes.") == [
        ("50 people were killed", "killed", 50, None, "exact", "people")]
    assert figures("Dozens died in the floods, while 4 soldiers were killed by gunmen.") == [
        ("4 soldiers were killed", "killed", 4, None, "exact", "soldiers")]
    assert figures("In the quake-hit town, gunmen killed 5 people.") == [
        ("killed 5 people", "killed", 5, None, "exact", "people")]
    # the sentence after a hazard's toll keeps a figure with a cause of its own
    assert figures("The quake killed 40 people. Gunmen later shot dead 3 rescuers.") == [
        ("shot dead 3 rescuers", "killed", 3, None, "exact", "rescuers")]
    # a dateline two days past publication is no time zone's: read from publication
    assert engines_read("KESSA, April 12 - Two guards were freed yesterday.")["dates"] == [
        ("April 12", "2017-04-12"), ("yesterday", "2017-04-09")]
    # a part of a period needs the period right after it
    assert engines_read("The convoy came late. Last year it came on time.")["dates"] == [
        ("Last year", "2016")]
    # a month after a headline's colon is a period only when it closes the line
    assert engines_read("Protesters: March on\nThe crowd marched to the square.")[
        "dates"] == []
    # the semicolon cuts a headline's words, not a body sentence's
    assert engines_read("Talks stall\nThe army claims the town fell; rebels deny it.")[
        "statements"] == [("The army", "the town fell; rebels deny it")]
    # "held" after a count: a copula only after a remainder word, bare only at a list's
    # or a headline's end
    assert figures("Police said 12 were held for questioning.") == []
    assert figures("Residents said 30 held talks with 4 wounded fighters.") == [
        ("4 wounded fighters", "wounded", 4, None, "exact", "wounded fighters")]
    # a sub-group from two up, and no proportion
    assert figures("One of the 12 hostages was a child.") == [
        ("12 hostages", "captured", 12, None, "exact", "hostages")]
    # a verb of a clause of its own after a listed count (found while fixing "scores
    # more fled"; "2 escaped" was killed with the group "escaped")
    assert figures("Gunmen killed 3 guards and 2 escaped.") == [
        ("killed 3 guards", "killed", 3, None, "exact", "guards")]
    assert figures("About 500 fled their homes.") == [
        ("About 500 fled their homes", "displaced", 500, None, "about", None)]
    # "of" and a year after a part of the year is a date, after a quantity none
    assert engines_read("Half of 2000 people fled.")["dates"] == []
    assert engines_read("Clashes eased in the second half of 2015.")["dates"] == [
        ("2015", "2015")]
    # lives "lost to" violence; "lost 12 men in the ambush" stays nothing (may count the
    # wounded), and things lost are none
    assert figures("The regiment lost 12 men in the ambush.") == []
    assert figures("The town lost 200 homes to shelling.") == []
    # an object relative with a pronoun subject takes the verb's outcome
    assert figures("We met 3 women they had married.") == []
    # a Hijri month alone is no date (as in the Arabic copy); with its year it is
    assert engines_read("Convoys were attacked during Ramadan.")["dates"] == []
    assert engines_read("The siege began on 10 Muharram 1438.")["dates"] == [
        ("10 Muharram 1438", "2016-10-12")]
