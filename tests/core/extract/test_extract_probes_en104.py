"""Probes of the hundred-and-fourth English round (issue 11): the fifty-fifth set's errors
other than injuries.

Casualties: an age bound after a counted plural person noun is part of the group ("17
people under 21 were injured", en-55; en-12, en-22 and en-51 keep such bounds inside their
groups); people held for a span of time (en-55 "a shopkeeper was held for two days", en-53
"four were held for 30 days"); people evicted (en-55 "the evicted people"; en-49 "were
evicted by soldiers"); people left without shelter, as those left homeless (en-55; en-14);
a crowd that reached a border post or a camp in the simple past after a flight or refuge
told (en-55; en-1 and en-38 read the perfect).

Dates: a day after a present "can" of contact ("can be reached for comment on Thursday",
en-55) lies ahead, as "is available for interview" does (en-51, en-52, en-53); after
"could not be reached" it is behind.

Statements: a name of capitalised words before a headline's colon, confirmed by the body
(en-55; en-54's form, en-53 and en-44's joined names); a role and its holder's name closing
a clause after an inverted verb (en-55 "says its founder, Darren Wallace"; after a quote on
en-6, en-38); "emails:" before a reader's quote (en-55; "writes:" on en-53, en-54); a body
described, then its one-word short name (en-55; acronyms on en-1, en-10, en-46); "is
saddened to report that" (en-55; "regrets to announce that" on en-38, en-45, en-46); a
document "read on her behalf" (en-55; "read on state television", "read to the inquest" on
en-14, en-47, en-7, en-8); the writer's comparison after a trailing attribution (en-55;
en-1's ", more than a year after").

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import figures, statement_words
from workbench.core.extract import extract

_PUBLISHED = "2026-11-18"  # a Wednesday


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, _PUBLISHED)["dates"]]


FIGURE_MEMBERS: list[tuple[str, tuple]] = [
    # an age bound after the counted people, before the verb
    ("Police said 17 people under 21 were injured in knife attacks in the county last year.",
     ("17 people under 21 were injured", "wounded", 17, None, "exact", "people")),
    ("Thirty people over 60 were killed when gunmen stormed the care home in Tala.",
     ("Thirty people over 60 were killed", "killed", 30, None, "exact", "people")),
    # held for a span: captives in a story of kidnapping, else detainees
    ("Kidnappers seized two engineers near Kessa in March. The two were held for six weeks "
     "before the army freed them.",
     ("two were held for six weeks", "captured", 2, None, "exact", None)),
    ("Most of the protesters were released the next day, but four were held for 30 days on "
     "suspicion of rioting.",
     ("four were held for 30 days", "arrested", 4, None, "exact", None)),
    # evicted people
    ("About 250 of the evicted families are now sleeping in a school in Orvale.",
     ("About 250 of the evicted", "displaced", 250, None, "about", None)),
    # left without shelter
    ("Militiamen burned 80 houses in Tala, leaving some 600 people without shelter.",
     ("leaving some 600 people without shelter", "displaced", 600, None, "about", "people")),
    # a border post reached, after the flight told
    ("More than 900 people have fled into Kessa since the fighting began. On Monday alone, "
     "140 people reached the Orvale border post.",
     ("140 people reached the Orvale border post", "displaced", 140, None, "exact", "people")),
]

# False figures the round removes (members too: main reads them)
FIGURE_FALSE_READS: list[tuple[str, str]] = [
    # the bound after the counted men, after the verb, was read as "more than 18"
    ("Soldiers arrested 30 men over 18 in the village on Sunday.", "over 18"),
]

FIGURE_LOOKALIKES: list[tuple[str, str]] = [
    # "over 18 months" measures time, no age
    ("The militia recruited 200 boys over 18 months, the report said.", "over 18 months"),
    # a meeting held for two days counts no one
    ("The talks were held for two days in Geneva.", "held for two days"),
    # an active eviction may be a landlord's: no figure
    ("The court evicted two tenants for unpaid rent.", "two tenants"),
    # a journey's end with no flight told
    ("Two hundred pilgrims reached the border post on Friday.", "Two hundred pilgrims"),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_MEMBERS)
def test_figure_members(text: str, expected: tuple) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(("text", "span"), FIGURE_FALSE_READS + FIGURE_LOOKALIKES)
def test_figure_lookalikes(text: str, span: str) -> None:
    assert not any(span in f[0] for f in figures(text))


def test_age_bound_is_no_count() -> None:
    # "21" was read as the injured before the round
    assert not any(f[2] == 21 for f in figures(
        "Police said 17 people under 21 were injured in knife attacks last year."))


DATE_MEMBERS: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("Notes to editors: Ana Pelt can be reached for comment on Thursday and Friday through "
     "the press office.",
     [("Thursday", "2026-11-19"), ("Friday", "2026-11-20")]),
    ("Our director can be contacted on Monday.", [("Monday", "2026-11-23")]),
    ("Journalists can call Ana Pelt on Friday.", [("Friday", "2026-11-20")]),
    # a past attempt: the day is behind
    ("The minister could not be reached for comment on Tuesday.", [("Tuesday", "2026-11-17")]),
]

DATE_LOOKALIKES: list[tuple[str, list[tuple[str, str | None]]]] = [
    ("The mayor was reached by phone on Tuesday.", [("Tuesday", "2026-11-17")]),
    # the day is another clause's
    ("The town can be reached only by boat since the floods on Monday.",
     [("Monday", "2026-11-16")]),
    ("Residents can return on Monday.", [("Monday", "2026-11-16")]),
]


@pytest.mark.parametrize(("text", "expected"), DATE_MEMBERS + DATE_LOOKALIKES)
def test_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


STATEMENT_MEMBERS: list[tuple[str, tuple[str | None, str]]] = [
    # a name of capitalised words before a headline's colon, confirmed by the body
    ("Tala Refugee Network: attacks on asylum seekers in Orvale have doubled\n"
     "At least 12 people seeking asylum were attacked in Orvale this year, the Tala Refugee "
     "Network said today.",
     ("Tala Refugee Network", "attacks on asylum seekers in Orvale have doubled")),
    # a role and its holder's name closing the clause after an inverted verb
    ("Most of them would have been somewhere else, says its founder, Ivo Brant.",
     ("Ivo Brant", "Most of them would have been somewhere else")),
    ("The gym is full every night, says the coach, Ivo Brant.",
     ("Ivo Brant", "The gym is full every night")),
    # a reader's message sent in
    ('14:50 A reader, Tomas, emails: "I have never seen so many police on the high street."',
     ("Tomas", "I have never seen so many police on the high street")),
    # a body described, then its short name
    ("Workers demolished 200 homes in Orvale, the Kessa Centre for Human Rights, Tamarind, "
     "said in a report.",
     ("Tamarind", "Workers demolished 200 homes in Orvale")),
    # grief before the telling
    ("The Ministry of Health is saddened to report that two men died in the fighting.",
     ("The Ministry of Health", "two men died in the fighting")),
    # the writer's comparison after the attribution
    ("At least 19 people were injured in attacks in Orvale last year, the council said "
     "today, nearly double the figure for the year before.",
     ("the council", "At least 19 people were injured in attacks in Orvale last year")),
]

# False statements the round removes (members too: main reads them)
STATEMENT_FALSE_READS: list[tuple[str, str]] = [
    # a document read on someone's behalf: "read" is its participle, no verb of it
    ("Ms Pelt did not attend. A statement read on her behalf thanked the paramedics.",
     "on her behalf thanked the paramedics"),
]

STATEMENT_LOOKALIKES: list[tuple[str, str]] = [
    # a place label before the colon, no speaker in the body
    ("South Kessa: fighting spreads to three more villages\n"
     "Fighting spread to three more villages in South Kessa on Monday.",
     "fighting spreads to three more villages"),
    # a message verb with an object of its own
    ("She emails her mother every day from the camp.", "her mother every day from the camp"),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: tuple[str | None, str]) -> None:
    assert expected in statement_words(text)


@pytest.mark.parametrize(("text", "words"), STATEMENT_FALSE_READS + STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, words: str) -> None:
    assert not any(w == words for _, w in statement_words(text))


def test_place_label_keeps_trailing_source() -> None:
    # a place's name before the colon and the headline's own source after its words
    text = ("Kessa Highlands: Attacks push herding families out of the valley, MSF warns\n"
            "Attacks by settlers in the Kessa Highlands have pushed 40 families out of the "
            "valley, MSF said.")
    assert ("MSF", "Attacks push herding families out of the valley") in statement_words(text)


def test_document_that_reads_speaks() -> None:
    assert ("The statement", "We will not return to the talks") in statement_words(
        'The statement read: "We will not return to the talks."')


def test_writers_comparison_is_no_words() -> None:
    text = ("At least 19 people were injured in attacks in Orvale last year, the council said "
            "today, nearly double the figure for the year before.")
    assert not any(w.startswith("nearly double") for _, w in statement_words(text))
