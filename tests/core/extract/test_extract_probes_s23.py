"""English probes, twenty-third round (issue 11), casualty figures and dates first: whole
fictional reports of two to five paragraphs in styles no earlier round imitated, each
read by all three engines: a weekly conflict monitor's digest (per-province lines with
day ranges), a health ministry's situation report written as a table in text ("Deaths:
14 (new: 2)", "Of the deaths, five were children"), a landmine report (children maimed,
"lost a leg"), a kidnapping for ransom (hostages freed in stages, "the remaining four",
a hostage who died named in apposition), a stampede and a prison riot (a toll that
"rose to", "crushed to death", a weekday after "until"), a plane shot down (passengers
and crew as sub-groups), a capsized migrant boat ("bodies recovered", "unaccounted
for", "between N and M"), the two casualty leftovers of the last round; then single
sentences of the issue's casualty classes (headlines with several figures, vague
counts, captives, clock times, ranges, revisions).

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
    # "The two journalists, held since late February, were released": left open by the
    # corpus rules, which count hostages (captured) and detainees (arrested) apart, while
    # "held" with no holder named is either, and no hostage story is told
    ("The two journalists", "casualties"),
)


# Whole reports: (text, statements, casualty figures, dates).
REPORTS: list[tuple[str, list, list, list]] = [
    # A weekly monitor's digest: a title with a colon that names no speaker, lines
    # "Province: N killed, M injured (d-d Month)", a figure since the start of the year.
    ("Conflict monitor: weekly digest (3-9 April)\n"
     "Violence fell for a second week in the period to Sunday, the monitor said.\n"
     "North Province: 3 civilians killed, 5 injured in two incidents (4-5 April).\n"
     "East Province: one police officer killed and two abducted near Tarin on 6 April.\n"
     "Central Province: no incidents recorded.\n"
     "Since January the monitor has recorded 214 civilian deaths across the country.",
     [("the monitor", "Violence fell for a second week in the period to Sunday")],
     [("3 civilians killed", "killed", 3, None, "exact", "civilians"),
      ("5 injured", "wounded", 5, None, "exact", None),
      ("one police officer killed", "killed", 1, None, "exact", "police officer"),
      ("two abducted", "captured", 2, None, "exact", None),
      ("214 civilian deaths", "killed", 214, None, "exact", "civilian deaths")],
     [("3-9 April", "2017-04-03"),
      ("Sunday", "2017-04-09"),
      ("4-5 April", "2017-04-04"),
      ("6 April", "2017-04-06"),
      ("January", "2017-01")]),
    # A health ministry's situation report: a table written as text, new cases in
    # brackets, sub-groups of the dead in a sentence that begins "Of the deaths", a
    # reporting period that is a day range with its year.
    ("Ministry of Health situation report No. 31\n"
     "Reporting period: 8-9 April 2017\n"
     "Cumulative casualties since 28 March:\n"
     "Deaths: 14 (new: 2)\n"
     "Injured: 61 (new: 7)\n"
     "Of the deaths, five were children and three were women.",
     [],
     [("Deaths: 14", "killed", 14, None, "exact", None),
      ("new: 2", "killed", 2, None, "exact", None),
      ("Injured: 61", "wounded", 61, None, "exact", None),
      ("new: 7", "wounded", 7, None, "exact", None),
      # the gapped sub-groups are read as "Of the 500 dead, 310 were children" is: the
      # count alone
      ("five", "killed", 5, None, "exact", None),
      ("three", "killed", 3, None, "exact", None)],
     [("8-9 April 2017", "2017-04-08"),
      ("28 March", "2017-03-28")]),
    # A landmine report: "maims", "maimed", "lost a leg"; a bare headline noun ("kills
    # boy") is no figure.
    ("Landmine kills boy, maims two sisters near Kalo\n"
     "KALO, April 9 - A landmine left over from the fighting killed a 12-year-old boy and "
     "maimed his two sisters on Saturday as they herded goats near their village, a "
     "demining group said on Sunday.\n"
     "One of the girls lost a leg, the group said. It was the third such accident since "
     "late last month.\n"
     "Unexploded shells have maimed at least 40 children in the district since 2015, "
     "according to the group.",
     [("a demining group",
       "A landmine left over from the fighting killed a 12-year-old boy and maimed his two "
       "sisters on Saturday as they herded goats near their village"),
      ("the group", "One of the girls lost a leg"),
      ("the group",
       "Unexploded shells have maimed at least 40 children in the district since 2015")],
     [("maims two sisters", "wounded", 2, None, "exact", "sisters"),
      ("killed a 12-year-old boy", "killed", 1, None, "exact", "12-year-old boy"),
      ("maimed his two sisters", "wounded", 2, None, "exact", "sisters"),
      ("One of the girls lost a leg", "wounded", 1, None, "exact", "the girls"),
      ("maimed at least 40 children", "wounded", 40, None, "at_least", "children")],
     [("April 9", "2017-04-09"),
      ("Saturday", "2017-04-08"),
      ("Sunday", "2017-04-09"),
      ("late last month", "2017-03"),
      ("2015", "2015")]),
    # A kidnapping for ransom: hostages freed in stages ("the remaining four of 11", "two
    # more"), a hostage who died named again in apposition (one person, one figure).
    ("Last four hostages freed in Delta kidnapping\n"
     "PORT HARCOURT, April 10 - Gunmen have released the remaining four of 11 oil workers "
     "abducted from a barge on March 28, police said on Monday, after a ransom was paid.\n"
     "The kidnappers freed five of the hostages on Thursday and two more overnight into "
     "Saturday, a company spokesman said.\n"
     "One of the hostages, a Filipino engineer, died in captivity earlier this month, the "
     "spokesman added.",
     [("police",
       "Gunmen have released the remaining four of 11 oil workers abducted from a barge on "
       "March 28"),
      ("a company spokesman",
       "The kidnappers freed five of the hostages on Thursday and two more overnight into "
       "Saturday"),
      ("the spokesman",
       "One of the hostages, a Filipino engineer, died in captivity earlier this month")],
     [("four hostages", "captured", 4, None, "exact", "hostages"),
      ("released the remaining four", "captured", 4, None, "exact", None),
      ("11 oil workers abducted", "captured", 11, None, "exact", "oil workers"),
      ("freed five of the hostages", "captured", 5, None, "exact", "the hostages"),
      ("two more", "captured", 2, None, "exact", None),
      ("One of the hostages", "killed", 1, None, "exact", "the hostages")],
     [("April 10", "2017-04-10"),
      ("March 28", "2017-03-28"),
      ("Monday", "2017-04-10"),
      ("Thursday", "2017-04-06"),
      ("Saturday", "2017-04-08"),
      ("this month", "2017-04")]),
    # A stampede in a camp: "crushed to death", sub-groups of the dead, a revision "The
    # toll rose to 19" with the deaths that raised it.
    ("Stampede at aid distribution kills 17\n"
     "Seventeen people were crushed to death and about 40 injured when a crowd surged "
     "towards a food distribution point in the camp on Sunday morning, camp officials said.\n"
     "Among the dead were nine women and three children.\n"
     "The toll rose to 19 late on Sunday after two of the injured died in hospital, a "
     "doctor said.",
     [("camp officials",
       "Seventeen people were crushed to death and about 40 injured when a crowd surged "
       "towards a food distribution point in the camp on Sunday morning"),
      ("a doctor",
       "The toll rose to 19 late on Sunday after two of the injured died in hospital")],
     [("kills 17", "killed", 17, None, "exact", None),
      ("Seventeen people were crushed to death", "killed", 17, None, "exact", "people"),
      ("about 40 injured", "wounded", 40, None, "about", None),
      ("dead were nine women", "killed", 9, None, "exact", "women"),
      ("three children", "killed", 3, None, "exact", "children"),
      ("toll rose to 19", "killed", 19, None, "exact", None),
      ("two of the injured died", "killed", 2, None, "exact", None)],
     [("Sunday", "2017-04-09"),
      ("Sunday", "2017-04-09")]),
    # A prison riot: "left wounded", a past span "from Friday evening until dawn on
    # Saturday" (both days before publication), escapes that are no casualties (the
    # escapees recaptured are arrested: round en134).
    ("Riot at Karam prison leaves 6 inmates dead\n"
     "Six inmates were killed and 14 guards were left wounded in a riot at Karam central "
     "prison that lasted from Friday evening until dawn on Saturday, the justice ministry "
     "said.\n"
     "Forty-one prisoners escaped during the unrest; 23 had been recaptured by Sunday night.",
     [("the justice ministry",
       "Six inmates were killed and 14 guards were left wounded in a riot at Karam central "
       "prison that lasted from Friday evening until dawn on Saturday")],
     [("6 inmates dead", "killed", 6, None, "exact", "inmates"),
      ("Six inmates were killed", "killed", 6, None, "exact", "inmates"),
      ("14 guards were left wounded", "wounded", 14, None, "exact", "guards"),
      ("23 had been recaptured", "arrested", 23, None, "exact", None)],
     [("Friday", "2017-04-07"),
      ("Saturday", "2017-04-08"),
      ("Sunday", "2017-04-09")]),
    # A plane shot down: everyone on board, passengers and crew as sub-groups, wounded
    # soldiers among the passengers.
    ("All 38 aboard killed as military transport plane is shot down\n"
     "A military transport plane was shot down over the eastern mountains on Tuesday, "
     "killing all 38 people on board, including 31 passengers and seven crew, the air force "
     "said.\n"
     "Among the passengers were 12 wounded soldiers being flown to the capital for "
     "treatment.",
     [("the air force",
       "A military transport plane was shot down over the eastern mountains on Tuesday, "
       "killing all 38 people on board, including 31 passengers and seven crew")],
     [("38 aboard killed", "killed", 38, None, "exact", "aboard"),
      ("killing all 38 people", "killed", 38, None, "exact", "people"),
      ("including 31 passengers", "killed", 31, None, "exact", "passengers"),
      ("seven crew", "killed", 7, None, "exact", "crew"),
      ("12 wounded soldiers", "wounded", 12, None, "exact", "wounded soldiers")],
     [("Tuesday", "2017-04-04")]),
    # A capsized migrant boat: bodies recovered, "dozens unaccounted for", "between N and
    # M", survivors who are no casualties, "according to survivors who said".
    ("Boat capsizes off Zuwara; 23 bodies recovered, dozens unaccounted for\n"
     "At least 23 migrants drowned when their rubber boat capsized off the coast early on "
     "Saturday, the coast guard said on Sunday.\n"
     "Rescuers pulled 41 survivors from the water. Between 30 and 50 people are still "
     "unaccounted for, according to survivors who said about 110 had boarded the boat on "
     "Friday night.\n"
     "The bodies of 23 people, among them four children, were recovered by Sunday.",
     [("the coast guard",
       "At least 23 migrants drowned when their rubber boat capsized off the coast early on "
       "Saturday"),
      ("survivors", "Between 30 and 50 people are still unaccounted for"),
      ("survivors", "about 110 had boarded the boat on Friday night")],
     [("23 bodies", "killed", 23, None, "exact", "bodies"),
      ("dozens unaccounted for", "missing", 24, None, "vague", None),
      ("At least 23 migrants drowned", "killed", 23, None, "at_least", "migrants"),
      ("Between 30 and 50 people are still unaccounted for", "missing", 30, 50, "range",
       "people"),
      ("bodies of 23 people", "killed", 23, None, "exact", "people"),
      ("among them four children", "killed", 4, None, "exact", "children")],
     [("Saturday", "2017-04-08"),
      ("Sunday", "2017-04-09"),
      ("Friday", "2017-04-07"),
      ("Sunday", "2017-04-09")]),
    # The last round's leftovers: "missing" after a second verb phrase; a wound carried
    # to hospital, with a clock time that counts nobody.
    ("Former commander guilty of 2011 massacre\n"
     "Witnesses told the court that soldiers shot dead 31 men in the square, and a further "
     "12 men were taken away and are still missing.",
     [("Witnesses",
       "soldiers shot dead 31 men in the square, and a further 12 men were taken away and "
       "are still missing")],
     [("shot dead 31 men", "killed", 31, None, "exact", "men"),
      ("12 men were taken away and are still missing", "missing", 12, None, "exact", "men")],
     [("2011", "2011")]),
    ("Police log, Saturday\n"
     "One man, 24, was taken to hospital with a gunshot wound after a shooting on Elm Street "
     "at 11:40 pm.",
     [],
     # the figure ends before the age, as "One man, 24, was killed" does
     [("One man", "wounded", 1, None, "exact", "man")],
     [("Saturday", "2017-04-08")]),
]


(test_report_statements, test_report_casualties, test_report_dates,
 test_reports_meet_the_aims_as_the_evaluation_scores_them) = english_report_tests(REPORTS, _MISSES)


# Single sentences of the casualty classes: (text, figures).
FIGURE_SENTENCES: list[tuple[str, list]] = [
    # a headline with three figures and two outcomes joined by a semicolon
    ("Gunmen kill 5, abduct 9 in raid on village; 2 soldiers hurt",
     [("kill 5", "killed", 5, None, "exact", None),
      ("abduct 9", "captured", 9, None, "exact", None),
      ("2 soldiers hurt", "wounded", 2, None, "exact", "soldiers")]),
    ("Overnight shelling killed 4 people and wounded between 10 and 15 others, residents "
     "said on Monday.",
     [("killed 4 people", "killed", 4, None, "exact", "people"),
      ("wounded between 10 and 15 others", "wounded", 10, 15, "range", "others")]),
    # a revision with the figure it replaced: both are tolls the text states
    ("The death toll from Wednesday's car bomb rose to 52 on Thursday, up from 38 the "
     "previous day.",
     [("death toll from Wednesday's car bomb rose to 52", "killed", 52, None, "exact", None),
      ("up from 38", "killed", 38, None, "exact", None)]),
    # a four-digit clock time counts nobody
    ("At 0300 local time, two policemen were shot dead at a checkpoint.",
     [("two policemen were shot dead", "killed", 2, None, "exact", "policemen")]),
    ("The attack left 9 people wounded, three of them seriously.",
     [("9 people wounded", "wounded", 9, None, "exact", "people"),
      ("three of them", "wounded", 3, None, "exact", None)]),
    # hostages freed in stages: those still held are captives too
    ("Gunmen freed three of the seven hostages on Friday; the remaining four are still "
     "being held.",
     [("freed three of the seven hostages", "captured", 3, None, "exact",
       "the seven hostages"),
      ("four are still being held", "captured", 4, None, "exact", None)]),
    ("Fighting on 12-14 March displaced some 3,000 families.",
     [("displaced some 3,000 families", "displaced", 3000, None, "about", "families")]),
    ("Around 15-20 militants were killed in the air strike on Tuesday.",
     [("Around 15-20 militants were killed", "killed", 15, 20, "range", "militants")]),
    ("Scores were wounded and at least 7 killed in the blast on the 3rd of April.",
     [("Scores were wounded", "wounded", 40, None, "vague", None),
      ("at least 7 killed", "killed", 7, None, "at_least", None)]),
    # captives freed after months: "held since" makes them captives
    ("The two journalists, held since late February, were released on Friday.",
     [("The two journalists, held", "captured", 2, None, "exact", "journalists")]),
    ("Three children lost limbs when the device exploded.",
     [("Three children lost limbs", "wounded", 3, None, "exact", "children")]),
    ("A dozen fishermen were abducted at sea and remain in captivity.",
     [("A dozen fishermen were abducted", "captured", 12, None, "about", "fishermen")]),
    ("The number of dead has climbed to at least 60, with more than 200 hurt.",
     [("number of dead has climbed to at least 60", "killed", 60, None, "at_least", None),
      ("more than 200 hurt", "wounded", 200, None, "more_than", None)]),
    # passengers and crew as two groups; survivors are no casualties
    ("Rescuers said 14 passengers and two crew members died, while 30 passengers survived.",
     [("14 passengers", "killed", 14, None, "exact", "passengers"),
      ("two crew members died", "killed", 2, None, "exact", "crew members")]),
    ("Some 200 detainees were rounded up in dawn raids.",
     [("Some 200 detainees were rounded up", "arrested", 200, None, "about", "detainees")]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


# Where the round's rules stop: (text, figures). Each holds on the old engines too.
PIN_FIGURES: list[tuple[str, list]] = [
    # "released" counts the rest of a group only when it has no noun of its own
    ("The kidnappers released 3 videos.", []),
    # an apposition set off by commas names the one just counted; a list goes on
    ("One soldier, a policeman, and two civilians were killed.",
     [("One soldier", "killed", 1, None, "exact", "soldier"),
      ("a policeman", "killed", 1, None, "exact", "policeman"),
      ("two civilians were killed", "killed", 2, None, "exact", "civilians")]),
    # "up from" is a toll's old value only after a toll
    ("Prices rose to 52, up from 38.", []),
    # a sentence opening "Of the" gives its sub-groups an outcome only when it names one
    ("Of the candidates, five were women.", []),
    # a limb lost with no count is no figure
    ("He lost a leg in 2009.", []),
]


@pytest.mark.parametrize(("text", "expected"), PIN_FIGURES)
def test_pinned_figures(text: str, expected: list) -> None:
    assert figures(text) == expected


# Where the date and statement rules stop: (text, dates or statements).
def test_a_weekday_after_until_with_no_span_stays_ahead() -> None:
    assert engines_read("The strike will last until Saturday.")["dates"] == [
        ("Saturday", "2017-04-15")]


def test_a_count_after_of_stays_no_year() -> None:
    assert engines_read("A total of 2000 troops arrived.")["dates"] == []


def test_a_source_with_a_headline_that_is_no_page_title_keeps_its_words() -> None:
    text = "Army spokesman: curfew extended in the north\nThe curfew was extended."
    assert engines_read(text)["statements"] == [
        ("Army spokesman", "curfew extended in the north")]
