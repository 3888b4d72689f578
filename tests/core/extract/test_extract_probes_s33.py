"""English probes, thirty-third round (issue 11): the misses the thirty-first and
thirty-second rounds saw and left, each a common construction in wire copy, with the
look-alikes where the old reading, or none, must stay.

1. A document and how it came from its source after "according to": "a statement
   translated by the Crossline monitor" is the monitor's; "a recording obtained by the
   Kessa Herald" is the recording's (the paper holds it, it speaks in it no more than "a
   recording obtained" does).
2. The medium closing a speaker's words: "Rebel leader calls for strike in video message"
   (the words are "strike"; the video message carried them).
3. "Traders told the governor that ... She promised ...": "she" is the one told when the
   subject is no one "she" can be; a person subject stays first.
4. A surname whose full name came only outside a statement ("the envoy, Ivo Brandt,
   arrived ... Brandt said"): the full name.
5. "A number killed in the raid were children": a vague count whose "of people" is left
   out, no figure of one.
6. "up from the 40 announced on Monday": the old value, as "up from 40 announced" reads.
7. "earlier this month" (and "later this month"): the month of publication, also when the
   sentence looks ahead; the span stays "this month", the engine's recorded convention
   (the corpus leaves such periods out: no month name).

Every sentence is fictional and written for these tests; names and places are invented.
Dates are read against Monday 2017-04-10.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import check_figures, check_report, engines_read

# Probes the engines missed when they were written: (opening words, engine). Each is
# removed from here when a general rule reads it; the strict xfail makes a silent fix
# show.
_MISSES: tuple[tuple[str, str], ...] = ()

STATEMENT_SENTENCES: list[tuple[str, list]] = [
    # 1. a document made by its source: the source after "by"
    ("According to a statement translated by the Crossline monitor, the army shelled the "
     "town.",
     [("the Crossline monitor", "the army shelled the town")]),
    ("The army shelled the town overnight, according to a statement translated by the "
     "Crossline monitor.",
     [("the Crossline monitor", "The army shelled the town overnight")]),
    ("The militia had executed 12 prisoners, according to a video posted by the group.",
     [("the group", "The militia had executed 12 prisoners")]),
    ("The commander ordered the retreat, according to a recording released by the army.",
     [("the army", "The commander ordered the retreat")]),
    # ... a document held by someone: the document, never its participle
    ("According to a recording obtained by the Kessa Herald, the commander ordered the "
     "strike.",
     [("a recording", "the commander ordered the strike")]),
    ("The commander ordered the strike, according to a recording obtained by the Kessa "
     "Herald.",
     [("a recording", "The commander ordered the strike")]),
    ("Three officers were dismissed, according to a document seen by the Kessa Herald.",
     [("a document", "Three officers were dismissed")]),
    ("The convoy was attacked at dawn, according to a man detained by police.",
     [("a man", "The convoy was attacked at dawn")]),
    # ... look-alikes: a recording "of" what it recorded, a plain source, a translation
    ("The envoy rejected the offer, according to a recording of the call.",
     [("a recording of the call", "The envoy rejected the offer")]),
    ("The army shelled the town, according to the Crossline monitor.",
     [("the Crossline monitor", "The army shelled the town")]),
    ("The army shelled the town, according to a statement by the Crossline monitor.",
     [("the Crossline monitor", "The army shelled the town")]),
    ("The army shelled the town, according to a translation by the Crossline monitor.", []),
    # 2. the medium closing the words
    ("Rebel leader calls for strike in video message",
     [("Rebel leader", "strike")]),
    ("Opposition leader urges calm in televised address",
     [("Opposition leader", "calm")]),
    ("Minister warns of famine in radio interview",
     [("Minister", "of famine")]),
    ("The rebel leader called for a general strike in a video message posted on Sunday.",
     [("The rebel leader", "a general strike")]),
    ("The minister warned of famine in the north in an interview with a local radio "
     "station.",
     [("The minister", "of famine in the north")]),
    # ... look-alikes: a place or a purpose after "in", a clause that names a document
    ("Rebel leader calls for strike in capital",
     [("Rebel leader", "strike in capital")]),
    ("The union called for a strike in protest at the arrests.",
     [("The union", "a strike in protest at the arrests")]),
    ("The minister said the names were in a letter.",
     [("The minister", "the names were in a letter")]),
    ("The minister said in an interview that the talks had failed.",
     [("The minister", "the talks had failed")]),
    # 3. the one told, when the subject is no one "she" or "he" can be
    ("Traders told the governor that 120 stalls had burned. She promised to pay for the "
     "damage.",
     [("Traders", "120 stalls had burned"), ("the governor", "to pay for the damage")]),
    ("Residents told Governor Lena Haas on Sunday that the wells were dry. She promised to "
     "send water trucks.",
     [("Residents", "the wells were dry"),
      ("Governor Lena Haas", "to send water trucks")]),
    ("The committee told the minister that the budget had run out. He said more money "
     "would come.",
     [("The committee", "the budget had run out"), ("the minister", "more money would come")]),
    # ... look-alikes: a person subject stays first; a plural or a pronoun told is nobody
    # "she" refers to; a subject after the telling wins
    ("Ivo Brandt told the governor that 120 stalls had burned. He promised to pay for the "
     "damage.",
     [("Ivo Brandt", "120 stalls had burned"), ("Ivo Brandt", "to pay for the damage")]),
    ("Traders told the governors that 120 stalls had burned. She promised to pay for the "
     "damage.",
     [("Traders", "120 stalls had burned"), ("She", "to pay for the damage")]),
    ("Traders told reporters that 120 stalls had burned. She promised to pay for the "
     "damage.",
     [("Traders", "120 stalls had burned"), ("She", "to pay for the damage")]),
    ("Traders told the governor that 120 stalls had burned. They said the fire began at "
     "night.",
     [("Traders", "120 stalls had burned"), ("Traders", "the fire began at night")]),
    # 4. a surname whose full name came only in an apposition or a subject
    ("The envoy, Ivo Brandt, arrived in the capital on Sunday. Brandt said the talks would "
     "resume.",
     [("Ivo Brandt", "the talks would resume")]),
    ("Ivo Brandt arrived in the capital on Sunday. Mr. Brandt said the talks would resume.",
     [("Ivo Brandt", "the talks would resume")]),
    ("Police Chief Ivo Brandt toured the market. Brandt said two men had been arrested.",
     [("Ivo Brandt", "two men had been arrested")]),
    # ... look-alikes: a street named after someone, a weekday before the surname, a title
    # alone, a name across a line break after another capitalised word, no earlier mention
    ("Crowds gathered on Willy Brandt Avenue on Sunday. Brandt said the talks would "
     "resume.",
     [("Brandt", "the talks would resume")]),
    ("On Monday Brandt arrived. Brandt said the talks would resume.",
     [("Brandt", "the talks would resume")]),
    ("The envoy, Gen. Brandt, arrived on Sunday. Brandt said the talks would resume.",
     [("Brandt", "the talks would resume")]),
    ("Settlers march in the West Bank\nIsrael said the march was legal.",
     [("Israel", "the march was legal")]),
    ("Brandt said the talks would resume.", [("Brandt", "the talks would resume")]),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_SENTENCES)
def test_sentence_statements(request: pytest.FixtureRequest, text: str,
                             expected: list) -> None:
    check_report(request, _MISSES, text, "statements", expected)


FIGURE_SENTENCES: list[tuple[str, list]] = [
    # 5. "a number" with its "of people" left out is no count of one
    ("A number killed in the raid were children.", []),
    ("A number were wounded in the shelling, residents said.", []),
    # ... look-alikes: "a number of" people, a toll's "number killed", a person in "-er"
    ("A number of civilians were killed in the raid.",
     [("A number of civilians were killed", "killed", 2, None, "vague", "civilians")]),
    ("The number killed in the raid rose to 12.",
     [("number killed in the raid rose to 12", "killed", 12, None, "exact", None)]),
    ("A plumber was killed in the raid.",
     [("A plumber was killed", "killed", 1, None, "exact", "plumber")]),
    # 6. the old value of a revised toll, with an article before it
    ("Officials raised the toll to 52, up from the 40 announced on Monday.",
     [("toll to 52", "killed", 52, None, "exact", None),
      ("up from the 40", "killed", 40, None, "exact", None)]),
    ("The death toll rose to 52 on Thursday, up from the 38 reported a day earlier.",
     [("death toll rose to 52", "killed", 52, None, "exact", None),
      ("up from the 38", "killed", 38, None, "exact", None)]),
    # ... look-alikes: no count after the article, a count of things
    ("The death toll rose to 52, up from the day before.",
     [("death toll rose to 52", "killed", 52, None, "exact", None)]),
    ("The death toll rose to 52, up from the 38 villages of the district.",
     [("death toll rose to 52", "killed", 52, None, "exact", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_SENTENCES)
def test_sentence_figures(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_figures(request, _MISSES, text, expected)


DATE_SENTENCES: list[tuple[str, list]] = [
    # 7. "earlier / later this month": the month of publication, past or ahead
    ("Shelling intensified earlier this month along the line of contact.",
     [("this month", "2017-04")]),
    ("Earlier this month, 40 families fled the village.", [("this month", "2017-04")]),
    ("The talks will resume later this month.", [("this month", "2017-04")]),
    ("The talks are set for later this month.", [("this month", "2017-04")]),
    ("The envoy, who arrived earlier this month, will leave on Friday.",
     [("this month", "2017-04"), ("Friday", "2017-04-14")]),
    # ... look-alikes: "earlier" alone, then "this month" of its own; a week
    ("He had arrived earlier. This month the talks resume.", [("This month", "2017-04")]),
    ("Fighting flared earlier this week.", [("this week", "2017-04-10")]),
]


@pytest.mark.parametrize(("text", "expected"), DATE_SENTENCES)
def test_sentence_dates(request: pytest.FixtureRequest, text: str, expected: list) -> None:
    check_report(request, _MISSES, text, "dates", expected)


def test_where_the_rules_stop() -> None:
    # the one told is looked for in the sentence right before the pronoun only
    assert engines_read(
        "Traders told the governor that 120 stalls had burned. The fire began at night. "
        "She promised to pay.")["statements"] == [
        ("Traders", "120 stalls had burned"), ("She", "to pay")]
    # a surname resolves to the latest full name before it
    assert engines_read(
        "The envoy, Ivo Brandt, arrived on Sunday with Lena Brandt, the mediator. Brandt "
        "said the talks would resume.")["statements"] == [
        ("Lena Brandt", "the talks would resume")]
    # a medium with "the" keeps a clause that names a document
    assert engines_read("Rebel leader says truce is in the statement")["statements"] == [
        ("Rebel leader", "truce is in the statement")]
