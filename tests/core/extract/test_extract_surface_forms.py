"""The same news in another surface form gives the same suggestions (issue 11).

A report copied from a web page keeps its no-break and doubled spaces; one copied from a
plain-text e-mail or a PDF keeps the hard line breaks inside its paragraphs. The engines
read that spacing as plain spaces (``surface.settle``); offsets stay on the text as given.
Each family: probes that the engines misread before, and look-alikes that must not change.
The sentences are fictional.
"""

from __future__ import annotations

import pytest

from workbench.core.extract import extract
from workbench.core.extract.surface import settle

NB = "\u00a0"


def _read(text: str, kind: str) -> list[tuple]:
    found = extract(text)[kind]
    for item in found:
        assert text[item["start"]:item["end"]] == item["text"]
    key = {"casualties": "count_low", "dates": "value", "statements": "speaker"}[kind]
    return [(" ".join(item["text"].split()), item[key]) for item in found]


# --- spacing from HTML: no-break spaces and runs of spaces --------------------------------

SPACING = [
    # A pronoun speaker after a no-break space was taken as "He\xa0", not the named man.
    (f"Village chief Oren Malik said the raiders came at night. He{NB}said the{NB}gunmen "
     "had burned 30 houses.", "statements",
     [("the raiders came at night", "Village chief Oren Malik"),
      ("the gunmen had burned 30 houses", "Village chief Oren Malik")]),
    (f"Ward nurse Talia Brenn said the clinic had run out of dressings. She{NB}said "
     f"four{NB}children were treated overnight.", "statements",
     [("the clinic had run out of dressings", "Ward nurse Talia Brenn"),
      ("four children were treated overnight", "Ward nurse Talia Brenn")]),
    # Families who left their homes, the verb after a no-break space and a double space.
    (f"Some 300 families{NB}had left  their{NB}homes in Darvo by Friday.", "casualties",
     [("Some 300 families had left their homes", 300)]),
]

SPACING_ALIKES = [
    # The same sentences with plain spaces: read as before.
    ("Village chief Oren Malik said the raiders came at night. He said the gunmen had "
     "burned 30 houses.", "statements",
     [("the raiders came at night", "Village chief Oren Malik"),
      ("the gunmen had burned 30 houses", "Village chief Oren Malik")]),
    ("Some 300 families had left their homes in Darvo by Friday.", "casualties",
     [("Some 300 families had left their homes", 300)]),
    # A no-break space inside a figure's own words was read already and still is.
    (f"Gunmen kidnapped five people, including two Danish{NB}engineers, near Korvel.",
     "casualties", [("kidnapped five people", 5), ("including two Danish engineers", 2)]),
    # Indentation at the start of a line is no space between two words: left alone.
    ("Raid on Korvel\n    Gunmen killed three guards in Korvel on Sunday, police said.",
     "casualties", [("killed three guards", 3)]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), SPACING + SPACING_ALIKES)
def test_spacing_from_html_reads_as_plain_spaces(text, kind, expected):
    assert _read(text, kind) == expected


# --- hard line breaks inside a paragraph (mail, PDF) --------------------------------------

WRAPPED = ("Fighting in Tesk\n"
           "TESK (Reuters) - Militia fighters burned the market in Tesk on Friday and the\n"
           "mayor said at least 40 shops had been destroyed, residents told Reuters. The\n"
           "regional governor said the attackers had been driven back by the army on\n"
           "Saturday. About 2,000 people fled to the hills, where the nights are cold.\n")
ONE_LINE = " ".join(WRAPPED.split("\n", 1)[1].split("\n")).strip()

HARD_WRAPS = [
    # The speaker was "the\nmayor" and "The\nregional governor"; the statement stopped
    # at "on" before the wrap's "Saturday".
    (WRAPPED, "statements",
     [("Militia fighters burned the market in Tesk on Friday", "residents"),
      ("at least 40 shops had been destroyed", "the mayor"),
      ("the attackers had been driven back by the army on Saturday",
       "The regional governor")]),
]

HARD_WRAP_ALIKES = [
    # A full headline before a dateline and a wrapped paragraph: the headline's source and
    # the paragraph's statements stay as they were.
    ("Rebels in Orra to start handing in their weapons in July - mediator\n"
     "ORRA, June 12 (Reuters) - The last active rebel movement in Orra will\n"
     "begin moving its 3,000 fighters into camps in July, a mediator said on\n"
     "Monday, but a spokesman for the rebels said no date had been agreed.", "statements",
     [("Rebels in Orra to start handing in their weapons in July", "mediator"),
      ("The last active rebel movement in Orra will begin moving its 3,000 fighters into "
       "camps in July", "a mediator"),
      ("no date had been agreed", "a spokesman for the rebels")]),
    # Narrow lines that break before a lower-case word were read whole already and still
    # are (the statement runs on over the breaks).
    ("Aid convoy hit near Brask\nThe local council said rebels had shot dead\nnine "
     "drivers on the Brask road and that the convoy had been\nburned.", "statements",
     [("rebels had shot dead nine drivers on the Brask road and that the convoy had "
       "been burned", "The local council")]),
    # The headline keeps its break: its speaker after the dash and the dateline's wire.
    ("Gunmen kill six in Tesk - police\nTESK (Reuters) - Gunmen killed six traders at "
     "a market in Tesk on Friday, police said.", "statements",
     [("Gunmen kill six in Tesk", "police"),
      ("Gunmen killed six traders at a market in Tesk on Friday", "police")]),
    # Short paragraphs, each on a line of its own, with room left for the next word.
    ("Curfew in Tesk\nThe army said the curfew would be lifted on Monday.\nShops in the "
     "town stayed shut, traders said.\nThe mayor said schools would reopen.",
     "statements",
     [("the curfew would be lifted on Monday", "The army"),
      ("Shops in the town stayed shut", "traders"),
      ("schools would reopen", "The mayor")]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), HARD_WRAPS + HARD_WRAP_ALIKES)
def test_a_hard_wrap_inside_a_paragraph_reads_as_a_space(text, kind, expected):
    assert _read(text, kind) == expected


def test_a_wrapped_report_reads_as_the_same_report_on_one_line():
    text = "Fighting in Tesk\n" + ONE_LINE
    for kind in ("casualties", "dates", "statements"):
        assert _read(WRAPPED, kind) == _read(text, kind)


def test_a_full_headline_keeps_its_break_before_a_dateline():
    text = ("Troops retake Orra district, 12 militants dead - defence ministry\n"
            "ORRA (dpa) -- Troops backed by tribal fighters recaptured a district\n"
            "of Orra from the militants on Sunday, killing 12 of them, the defence\n"
            "ministry said. Two soldiers also died in the fighting, a source said.")
    moved = settle(text)
    assert moved is not None
    assert moved.text.split("\n") == [
        "Troops retake Orra district, 12 militants dead - defence ministry",
        "ORRA (dpa) -- Troops backed by tribal fighters recaptured a district of Orra from "
        "the militants on Sunday, killing 12 of them, the defence ministry said. Two "
        "soldiers also died in the fighting, a source said."]


def test_settle_leaves_a_text_without_copied_spacing_alone():
    assert settle("Curfew in Tesk\nThe army said the curfew would end.") is None
    moved = settle(f"a{NB}b  c\nd")
    assert moved is not None and moved.text == "a b c d"
    assert [moved.origin[i] for i in range(len(moved.text) + 1)] == [0, 1, 2, 3, 5, 6, 7, 8]


# --- counts in digits or in words ---------------------------------------------------------

def _counts(text: str) -> list[tuple]:
    return [(" ".join(c["text"].split()), c["outcome"], c["count_low"], c["count_high"])
            for c in extract(text)["casualties"]]


# A count in digits after a dateline's or a chronology's dash was read as a range with the
# date's day or year ("3 - 2", "2018 - 2") and lost; in words it was read.
DATELINE_DASH = [
    ("Shelling on the front\nKORVA, Feb. 3 \u2013 2 soldiers were killed and 5 wounded "
     "overnight, the army said.",
     [("2 soldiers were killed", "killed", 2, None), ("5 wounded", "wounded", 5, None)]),
    ("Timeline of the conflict\nAug. 3, 2018 - 2 engineers are kidnapped near Tarsk.\n"
     "May 2019 - 3 soldiers are killed in an ambush near Velm.",
     [("2 engineers are kidnapped", "captured", 2, None),
      ("3 soldiers are killed", "killed", 3, None)]),
    # a span of years is no count
    ("In 1990 - 1995 about 3,000 people were killed.",
     [("about 3,000 people were killed", "killed", 3000, None)]),
]

DATELINE_DASH_ALIKES = [
    ("Shelling on the front\nKORVA, Feb. 3 \u2013 Two soldiers were killed and five "
     "wounded overnight, the army said.",
     [("Two soldiers were killed", "killed", 2, None),
      ("five wounded", "wounded", 5, None)]),
    # a range of counts, and a span of days after a month, stay as they were
    ("Rebels killed 10 - 15 soldiers near Velm.",
     [("killed 10 - 15 soldiers", "killed", 10, 15)]),
    ("The talks ran from March 3 - 5 and 12 soldiers were killed meanwhile.",
     [("12 soldiers were killed", "killed", 12, None)]),
    ("Tuesday - 2 soldiers were killed near Velm.",
     [("2 soldiers were killed", "killed", 2, None)]),
]


@pytest.mark.parametrize(("text", "expected"), DATELINE_DASH + DATELINE_DASH_ALIKES)
def test_a_count_after_a_dateline_dash_is_read_in_digits_too(text, expected):
    assert _counts(text) == expected


# (a strict xfail until the leftovers after the fifty-second round: a number that people
# follow is a count, no span of days)
def test_a_small_count_after_a_day_and_a_dash():
    assert _counts("Timeline of the conflict\nMarch 12 - 14 villagers are abducted from "
                   "Orra.") == [("14 villagers are abducted", "captured", 14, None)]


# "Nine of the 14 fishermen" gives two counts, the part and the whole; with the whole in
# words the part's group runs on over it ("Nine of the fourteen fishermen kidnapped", 9),
# the reading an earlier round chose ("freed three of the seven hostages", group "the
# seven hostages"), so the whole is not read as a count of its own.
@pytest.mark.xfail(strict=True, reason="the whole of a partitive in words is read as the "
                   "part's group, not as a count of its own, unlike in digits")
def test_the_whole_of_a_partitive_in_words_is_a_count_of_its_own():
    assert _counts("Nine of the fourteen fishermen kidnapped from the boat were freed on "
                   "Sunday.") == [("Nine of the", "captured", 9, None),
                                  ("fourteen fishermen kidnapped", "captured", 14, None)]


# --- a headline set in capitals --------------------------------------------------------

BODY = "\nVELM (Reuters) - Rebels attacked the town of Velm on Monday."


def _statements(text: str) -> list[tuple]:
    return [(s["text"], s["speaker"]) for s in extract(text)["statements"]]


# In capitals, "PLACE, 6 GUARDS KILLED - " was read as a dateline with its date, so the
# headline was taken for the first paragraph and its source lost; a source glued to the
# headline by a hyphen was read only in lower case.
CAPITAL_HEADLINES = [
    ("REBELS STORM VELM, 6 GUARDS KILLED - ARMY" + BODY,
     [("REBELS STORM VELM, 6 GUARDS KILLED", "ARMY")]),
    ("TROOPS RETAKE ORRA DISTRICT, 12 MILITANTS DEAD - MINISTRY" + BODY,
     [("TROOPS RETAKE ORRA DISTRICT, 12 MILITANTS DEAD", "MINISTRY")]),
    ("NO FOREIGN ROLE IN VELM TRIAL-OFFICIAL" + BODY,
     [("NO FOREIGN ROLE IN VELM TRIAL", "OFFICIAL")]),
    ("No Foreign Role in Velm Trial-Official" + BODY,
     [("No Foreign Role in Velm Trial", "Official")]),
    # ... and a prefix's hyphen glues none, in lower case either ("pro" was the headline
    # and "army" its source)
    ("Crowds join pro-army" + BODY, []),
]

CAPITAL_HEADLINE_ALIKES = [
    ("Rebels storm Velm, 6 guards killed - army" + BODY,
     [("Rebels storm Velm, 6 guards killed", "army")]),
    # a dateline in capitals with its month is still a dateline, its line a paragraph
    ("VELM, 4 MARCH 2019 - Rebels attacked the town of Velm, the army said.",
     [("Rebels attacked the town of Velm", "the army")]),
    ("VELM, March 4 - Rebels attacked the town of Velm, the army said.",
     [("Rebels attacked the town of Velm", "the army")]),
    # a hyphenated word at a headline's end is no glued source
    ("Crowds Join Pro-Army" + BODY, []),
    ("PRO-ARMY RALLY IN VELM\nVELM (Reuters) - Thousands marched in Velm on Monday, "
     "police said.", [("Thousands marched in Velm on Monday", "police")]),
]


@pytest.mark.parametrize(("text", "expected"), CAPITAL_HEADLINES + CAPITAL_HEADLINE_ALIKES)
def test_a_headline_in_capitals_keeps_its_source(text, expected):
    assert _statements(text) == expected


# (a strict xfail until the leftovers after the fifty-second round: the subject that acts
# says the words after ", SAYS", in capitals as in Title Case)
def test_a_headline_in_capitals_with_says():
    assert _statements("NAVY SINKS REBEL BOATS, SAYS 20 REBELS KILLED" + BODY)[:1] == [
        ("20 REBELS KILLED", "NAVY")]


# --- dates set in capitals ---------------------------------------------------------------

def _dates(text: str) -> list[tuple]:
    return [(d["text"], d["value"]) for d in extract(text, "2019-03-20")["dates"]]


# A weekday with its day before its month, a weekday's possessive, and a month with its
# day in a dateline, all in capitals: dates in sentence case, lost in capitals.
CAPITAL_DATES = [
    ("POLICE LOG: FRIDAY 15 MARCH TO SUNDAY 17 MARCH 2019\nCompiled from the station's "
     "records.", [("FRIDAY 15 MARCH", "2019-03-15"), ("SUNDAY 17 MARCH 2019", "2019-03-17")]),
    ("VELM PAPERS COUNT THE COST OF SUNDAY'S BLAST\nThe papers led on the blast.",
     [("SUNDAY", "2019-03-17")]),
    ("KORVA, FEB. 3 \u2013 TWO SOLDIERS WERE KILLED ON THE FRONT, THE ARMY SAID.",
     [("FEB. 3", "2019-02-03")]),
]

CAPITAL_DATE_ALIKES = [
    ("TOLL MAY RISE AS MARCH ON CAPITAL NEARS\nPolice said 12 people were hurt.", []),
    ("MONDAY CLASHES LEAVE TWO DEAD", []),
    ("ORRA, AUGUST 20, 2017 \u2014 HEAVY FIGHTING RAGED IN ORRA, MEDICS SAID.",
     [("AUGUST 20, 2017", "2017-08-20")]),
    ("PROTESTERS MARCH 3 KM TO VELM - POLICE\nVELM (Reuters) - Thousands marched on "
     "Monday.", [("Monday", "2019-03-18")]),
    ("BY APRIL MENDEZ\nVELM (Reuters) - Rebels attacked on Monday.",
     [("Monday", "2019-03-18")]),
]


@pytest.mark.parametrize(("text", "expected"), CAPITAL_DATES + CAPITAL_DATE_ALIKES)
def test_a_date_in_capitals_that_says_it_is_one(text, expected):
    assert _dates(text) == expected


# --- a closing source after a clause that lost its comma (scraped copy) -----------------

# "... on Saturday a tribal mediator said": the rule for copy without commas read a
# closing person by a person word, title or source noun ("a resident", "the army"), not
# one named by what they do, which a headline's "- mediator" already reads.
CLOSING_AGENT = [
    ("Tribesmen in Velm freed two engineers on Saturday a tribal mediator said.",
     [("Tribesmen in Velm freed two engineers on Saturday", "a tribal mediator")]),
    ("The government and the rebels will meet again in Orra next week a government "
     "negotiator said.",
     [("The government and the rebels will meet again in Orra next week",
       "a government negotiator")]),
]

CLOSING_AGENT_ALIKES = [
    ("Tribesmen in Velm freed two engineers on Saturday, a tribal mediator said.",
     [("Tribesmen in Velm freed two engineers on Saturday", "a tribal mediator")]),
    # a person with a place after them is the clause's, the source comes after
    ("Gunmen shot dead a tailor in the market police said.",
     [("Gunmen shot dead a tailor in the market", "police")]),
    ("The crowd cheered as a computer monitor said nothing.", []),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_AGENT + CLOSING_AGENT_ALIKES)
def test_a_closing_source_named_by_what_they_do(text, expected):
    assert _statements(text) == expected
