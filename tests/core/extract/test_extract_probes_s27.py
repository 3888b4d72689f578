"""English probes, twenty-seventh round (issue 11), casualty figures and dates first, on
whole fictional reports in styles no earlier round imitated: a hospital's admissions tally
("admitted 31 wounded people ..., discharged 12 ... and had 4 in critical condition"), a
refugee agency's weekly arrivals and deaths at a border crossing, a bombing anniversary
piece (the original toll, the date ten years ago, a victim's age then and now), a crush
in a stadium after police fired tear gas (a range, a clock time, a toll that rose, "1 in
3 of the injured"), a week in review with day names across two weeks ("Monday of last
week", "last Thursday", "This past weekend") and a detention report with figures in words
and digits mixed ("1 in 3 of the 90 detainees", "two dozen", "A half-dozen"); then single
sentences of the same classes.

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
    statement_words,
)

# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = ()  # "Detainees describe" ("two dozen had been held
# ... without charge") is read since the leftovers after the forty-fifth round


# Whole reports: (text, statements, casualty figures, dates).
REPORTS: list[tuple[str, list, list, list]] = [
    # A hospital's admissions tally: admitted, discharged (no figure), in critical
    # condition (a sub-group of the wounded), "a half-dozen injured", "two bodies".
    ("Marsa hospitals fill after fish market blast\n"
     "The Central Hospital admitted 31 wounded people after Saturday's explosion at the "
     "fish market, discharged 12 by Sunday evening and had 4 in critical condition, its "
     "director said.\n"
     "A second hospital, Al-Noor, received a half-dozen injured and two bodies.\n"
     "The health ministry put the overall toll at nine dead and 37 wounded.",
     [("its director",
       "The Central Hospital admitted 31 wounded people after Saturday's explosion at the "
       "fish market, discharged 12 by Sunday evening and had 4 in critical condition")],
     [("31 wounded people", "wounded", 31, None, "exact", "wounded people"),
      ("4 in critical condition", "wounded", 4, None, "exact", None),
      ("a half-dozen injured", "wounded", 6, None, "about", None),
      ("two bodies", "killed", 2, None, "exact", "bodies"),
      ("nine dead", "killed", 9, None, "exact", None),
      ("37 wounded", "wounded", 37, None, "exact", None)],
     [("Saturday", "2017-04-08"), ("Sunday", "2017-04-09")]),
    # A refugee agency's weekly update: arrivals, the week before, deaths on the way with
    # a sub-group, "some 40", a running total, "Two dozen ... are missing".
    ("Weekly update: Kessa border crossing\n"
     "In the week to 7 April, 1,240 refugees crossed into Tarem at the Kessa gate, down "
     "from 1,610 the week before. Eleven people died on the way, among them three "
     "children, and some 40 arrived with gunshot or blast wounds.\n"
     "Since January about 14,500 people have fled across the border. Two dozen "
     "unaccompanied minors have been missing since militiamen raided the transit camp on "
     "2 April.",
     [],
     [("1,240 refugees", "displaced", 1240, None, "exact", "refugees"),
      ("down from 1,610", "displaced", 1610, None, "exact", None),
      ("Eleven people died", "killed", 11, None, "exact", "people"),
      ("among them three children", "killed", 3, None, "exact", "children"),
      ("some 40 arrived with gunshot or blast wounds", "wounded", 40, None, "about", None),
      ("about 14,500 people have fled across the border", "displaced", 14500, None, "about",
       "people"),
      ("Two dozen unaccompanied minors have been missing", "missing", 24, None, "about",
       "unaccompanied minors")],
     [("7 April", "2017-04-07"), ("January", "2017-01"), ("2 April", "2017-04-02")]),
    # An anniversary piece: the toll of ten years ago, the date, ages then and now.
    ("Ten years on, Dahr market still counts its dead\n"
     "Ten years ago this week, on April 12, 2007, a truck bomb tore through the Dahr "
     "vegetable market, killing 63 people and wounding more than 200. The youngest victim "
     "was a girl of four; she would be 14 now.\n"
     "Nabil Sarraf was 22 when he lost both legs in the blast. Now 32, he runs a small "
     "workshop. \"I still hear it every spring,\" he said on Sunday.\n"
     "A memorial listing the 63 dead will be unveiled on Wednesday, the city council said "
     "last month.",
     [("Nabil Sarraf", "I still hear it every spring"),
      ("the city council",
       "A memorial listing the 63 dead will be unveiled on Wednesday")],
     [("killing 63 people", "killed", 63, None, "exact", "people"),
      ("wounding more than 200", "wounded", 200, None, "more_than", None),
      ("63 dead", "killed", 63, None, "exact", None)],
     [("Ten years ago", "2007"), ("April 12, 2007", "2007-04-12"), ("Sunday", "2017-04-09"),
      ("Wednesday", "2017-04-12"), ("last month", "2017-03")]),
    # A crush in a stadium after tear gas: "dozens hurt", a range, a sub-group "9 of them",
    # a clock time, the toll risen, "1 in 3 of the injured" (a proportion), "a half-dozen".
    ("Tear gas sparks deadly crush at Kora stadium\n"
     "At least 17 fans were killed and dozens hurt late on Saturday when police fired "
     "tear gas into the packed east stand of the Kora national stadium during a league "
     "match, setting off a stampede towards the exits.\n"
     "Between 70 and 80 people were treated for injuries, 9 of them with serious wounds, "
     "a health official said. By 11:30 pm the toll had risen to 19.\n"
     "Police arrested a half-dozen supporters on Sunday. Rights groups said 1 in 3 of the "
     "injured were children.",
     [("a health official",
       "Between 70 and 80 people were treated for injuries, 9 of them with serious wounds"),
      ("Rights groups", "1 in 3 of the injured were children")],
     [("At least 17 fans were killed", "killed", 17, None, "at_least", "fans"),
      ("dozens hurt", "wounded", 24, None, "vague", None),
      ("Between 70 and 80 people were treated for injuries", "wounded", 70, 80, "range",
       "people"),
      ("9 of them with serious wounds", "wounded", 9, None, "exact", None),
      ("toll had risen to 19", "killed", 19, None, "exact", None),
      ("arrested a half-dozen supporters", "arrested", 6, None, "about", "supporters")],
     [("Saturday", "2017-04-08"), ("Sunday", "2017-04-09")]),
    # A week in review over two weeks: "Monday of last week", "last Thursday", "on
    # Friday" after it, "This past weekend" and "the 18th" (no date, as ever), "since March 19".
    ("The week in review: Harun province\n"
     "Fighting returned to Harun on Monday of last week, when rebels shelled the airport "
     "road. By last Thursday the army had retaken two villages, and on Friday the "
     "governor lifted the curfew.\n"
     "This past weekend was the quietest in a month. On Saturday a convoy reached Tel "
     "Abyad for the first time since March 19, and on Sunday the two sides exchanged the "
     "bodies of 14 fighters.\n"
     "Talks are due to resume on Wednesday, and the UN envoy is expected on the 18th.",
     [],
     [("bodies of 14 fighters", "killed", 14, None, "exact", "fighters")],
     [("Monday of last week", "2017-04-03"), ("last Thursday", "2017-04-06"),
      ("Friday", "2017-04-07"), ("Saturday", "2017-04-08"), ("March 19", "2017-03-19"),
      ("Sunday", "2017-04-09"), ("Wednesday", "2017-04-12")]),
    # Words and digits mixed: "1 in 3 of the 90 detainees" (a proportion of a figure),
    # "two dozen had been held", "A half-dozen detainees were released", "2 ... 4 others".
    ("Detainees describe beatings at Wadi camp\n"
     "A monitoring group said on Thursday that 1 in 3 of the 90 detainees held at the "
     "Wadi camp had been beaten, and that two dozen had been held for more than a year "
     "without charge.\n"
     "A half-dozen detainees were released earlier this month. Guards shot dead 2 "
     "prisoners and wounded 4 others during a protest in the camp's yard on March 28, the "
     "group said.",
     [("A monitoring group",
       "1 in 3 of the 90 detainees held at the Wadi camp had been beaten, and that two "
       "dozen had been held for more than a year without charge"),
      ("the group",
       "Guards shot dead 2 prisoners and wounded 4 others during a protest in the camp's "
       "yard on March 28")],
     [("90 detainees", "arrested", 90, None, "exact", "detainees"),
      ("two dozen had been held", "arrested", 24, None, "about", None),
      ("A half-dozen detainees", "arrested", 6, None, "about", "detainees"),
      ("shot dead 2 prisoners", "killed", 2, None, "exact", "prisoners"),
      ("wounded 4 others", "wounded", 4, None, "exact", "others")],
     [("Thursday", "2017-04-06"), ("this month", "2017-04"), ("March 28", "2017-03-28")]),
]

(test_report_statements, test_report_casualties, test_report_dates,
 test_reports_meet_the_aims_as_the_evaluation_scores_them) = english_report_tests(REPORTS, _MISSES)


# Single sentences of the round's casualty classes: (text, figures).
FIGURE_SENTENCES: list[tuple[str, list]] = [
    ("Gunmen seized two dozen passengers and a half-dozen crew from the bus.",
     [("seized two dozen passengers", "captured", 24, None, "about", "passengers"),
      ("a half-dozen crew", "captured", 6, None, "about", "crew")]),
    # a clock time with a dot is no count
    ("Police said 40 to 50 protesters were rounded up after the 9.30 prayers.",
     [("40 to 50 protesters were rounded up", "arrested", 40, 50, "range", "protesters")]),
    ("Twenty-one soldiers and half a dozen civilians died in the fighting.",
     [("Twenty-one soldiers", "killed", 21, None, "exact", "soldiers"),
      ("half a dozen civilians died", "killed", 6, None, "about", "civilians")]),
    # the earlier toll is a mention of its own
    ("The death toll from Friday's attack rose to 28 from an earlier 19.",
     [("death toll from Friday's attack rose to 28", "killed", 28, None, "exact", None),
      ("from an earlier 19", "killed", 19, None, "exact", None)]),
    ("A further 130 refugees arrived at the Lado camp on Tuesday.",
     [("130 refugees", "displaced", 130, None, "exact", "refugees")]),
    # a proportion of a figure is no figure; the figure is
    ("One in four of the 60 hostages was a child.",
     [("60 hostages", "captured", 60, None, "exact", "hostages")]),
    ("Of the 45 people wounded, 6 remain in intensive care.",
     [("45 people wounded", "wounded", 45, None, "exact", "people"),
      ("6 remain in intensive care", "wounded", 6, None, "exact", None)]),
    # an age then and now is no count
    ("She was 9 when the militia burned the village and killed her parents; she is 19 now.",
     []),
    ("The clashes left a dozen villagers wounded and 3 missing.",
     [("a dozen villagers wounded", "wounded", 12, None, "about", "villagers"),
      ("3 missing", "missing", 3, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


# Single sentences of the round's date classes: (text, dates), published 2017-04-10.
DATE_SENTENCES: list[tuple[str, list]] = [
    ("Shelling continued from Friday to Sunday.",
     [("Friday", "2017-04-07"), ("Sunday", "2017-04-09")]),
    ("The bomb went off exactly five years ago, on 10 April 2012.",
     [("five years ago", "2012"), ("10 April 2012", "2012-04-10")]),
    ("The camp was raided twice in the first week of March.",
     [("March", "2017-03")]),
    ("Aid resumed on Tuesday of last week after a pause of nine days.",
     [("Tuesday of last week", "2017-04-04")]),
    ("The council met last Friday and again this past weekend.",
     [("last Friday", "2017-04-07")]),
]


@pytest.mark.parametrize(("text", "expected"), DATE_SENTENCES)
def test_sentence_dates(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "dates", expected)


# Where this round's rules stop (each read as it was before the round).
def test_where_the_rules_stop() -> None:
    assert statement_words("He admitted 3 men had died in custody.") == [
        ("He", "3 men had died in custody")]
    assert statement_words("He admitted two of the charges were true.") == [
        ("He", "two of the charges were true")]
    assert statement_words("The council said last year that the road was closed.") == [
        ("The council", "the road was closed")]
    assert figures("Two gunmen fled across the border.") == []
    assert figures("Police found 40 burned and mutilated bodies.") == [
        ("40 burned and mutilated bodies", "killed", 40, None, "exact", None)]
    assert figures("On March 4 gunmen killed 3 people.") == [
        ("killed 3 people", "killed", 3, None, "exact", "people")]
    assert figures("Gunmen killed 4 people from 2 villages.") == [
        ("killed 4 people", "killed", 4, None, "exact", "people")]
    assert engines_read("The town fell this week.")["dates"] == [("this week", "2017-04-10")]
