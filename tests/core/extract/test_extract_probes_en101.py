"""Probes of the hundred-and-first English round (issue 11): the fifty-second set's errors.

A second toll for another period, its verb left out: "37 people were killed in 2024, ...,
and 41 in 2025", "compared with 12 in 2025", "42 homicides in 2024 ... and 39 last year"
(en-52); en-50's "compared with nine in the same period of 2025" is read.

A day named after a present "is available" lies ahead: notes to editors offering their
spokespeople "on Friday and Saturday" (en-51) and "on Thursday and Friday" (en-52).

A bone broken, suffered or sustained, is a wound as burns are (en-52 "one officer suffered
a broken arm"; en-12's "several of them with broken arms" is read). The body of one person
after "the body of" (en-52 "found the body of a young man"; en-26's "The remains of one of
the victims" and the plural "the bodies of two men" are read). "18 of the killings" (en-44)
and "one of the killings" (en-52) pick acts already counted, no toll.

A title line naming the kind of document before its country's colon ("Press briefing
notes: Belarus", en-52) names no speaker, as "Travel advice: Kyrgyzstan" (en-8). The figures
after "has released a new toll:" are the giver's words (en-49, en-52).

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
    # a second toll for another period after "and"
    ("Police recorded 28 murders in the district in 2023, a sharp rise, and 35 in 2024.",
     ("35 in 2024", "killed", 35, None, "exact", None)),
    # ... after "compared with"
    ("The agency counted the deaths of at least 14 fishermen at sea this year, compared with "
     "nine in 2025.",
     ("nine in 2025", "killed", 9, None, "exact", None)),
    # ... closed by "last year"
    ("Border guards arrested 120 people at the crossing in 2024 and 95 last year.",
     ("95 last year", "arrested", 95, None, "exact", None)),
    # a bone broken
    ("A guard suffered a broken leg when inmates rioted in Tala.",
     ("A guard suffered a broken leg", "wounded", 1, None, "exact", "guard")),
    # the body of one person
    ("Rescuers found the body of an elderly woman in the river near Kessa.",
     ("the body of an elderly woman", "killed", 1, None, "exact", "elderly woman")),
]

FIGURE_LOOKALIKES: list[tuple[str, str]] = [
    # counts of things set against another year, with no toll before them
    ("The board registered 41,700 candidates this year, against 63,900 in 2016.", "63,900"),
    # a year after "and", no count
    ("Seven people were killed in the storm in 2024, and 2025 was the wettest year.", "2025"),
    # a second count with its own noun and verb
    ("Four officers were injured in 2024, and 300 police were sent in 2025.", "300"),
    # ribs counted, no people
    ("He came home from the station with two broken ribs.", "two"),
    # a body of people, no dead
    ("The ruling came from a body of five judges.", "body"),
    ("Forensic officers recovered the remains of a gas cylinder bomb.", "the remains"),
]

# Parts of the killings: a figure on main, none now.
ACTS_PARTS: list[tuple[str, str]] = [
    ("Investigators examined police files on 18 of the killings.", "18 of the killings"),
    ("A driver who saw one of the killings spoke to reporters.", "one of the killings"),
]


@pytest.mark.parametrize(("text", "expected"), FIGURE_MEMBERS)
def test_figure_members(text: str, expected: tuple) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(("text", "absent"), FIGURE_LOOKALIKES + ACTS_PARTS)
def test_figure_lookalikes(text: str, absent: str) -> None:
    assert not [f for f in figures(text) if f[0].startswith(absent)]


def test_part_of_the_dead_stays() -> None:
    # look-alike: a part of the people, no acts
    assert ("Two of the dead", "killed", 2, None, "exact", None) in figures(
        "Two of the dead were children.")


DATE_MEMBERS: list[tuple[str, tuple[str, str]]] = [
    ("Notes to editors: Spokespeople are available for interviews on Thursday and Friday.",
     ("Thursday", "2026-11-19")),
    ("Notes to editors: Spokespeople are available for interviews on Thursday and Friday.",
     ("Friday", "2026-11-20")),
]

DATE_LOOKALIKES: list[tuple[str, tuple[str, str]]] = [
    # told in the past, the day is behind
    ("The website was unavailable for six hours on Tuesday.", ("Tuesday", "2026-11-17")),
]


@pytest.mark.parametrize(("text", "expected"), DATE_MEMBERS)
def test_date_members(text: str, expected: tuple[str, str]) -> None:
    assert expected in _dates(text)


@pytest.mark.parametrize(("text", "expected"), DATE_LOOKALIKES)
def test_date_lookalikes(text: str, expected: tuple[str, str]) -> None:
    assert _dates(text) == [expected]


_BRIEFING = ("Press briefing notes: Veltra\nUN Human Rights Office\nWe are alarmed by the "
             "arrests of students in Kessa.")


def test_document_title_names_no_speaker() -> None:
    assert not [s for s in statement_words(_BRIEFING) if s[0] == "Veltra"]


STATEMENT_MEMBERS: list[tuple[str, tuple[str, str]]] = [
    ("Live updates\n14:05 - The Kessa health ministry has released an updated toll: 12 people "
     "have been treated for gunshot wounds since Monday. Shops stayed shut.",
     ("The Kessa health ministry", "12 people have been treated for gunshot wounds since "
      "Monday")),
]

STATEMENT_LOOKALIKES: list[tuple[str, list[tuple[str | None, str]]]] = [
    # a statement issued before a colon is left to the rules that read statements
    ("The army issued a statement: troops will stay in Tala.", []),
    # a page title and its country, as before
    ("Travel advice: Veltra\nAvoid all travel to the border areas.", []),
]


@pytest.mark.parametrize(("text", "expected"), STATEMENT_MEMBERS)
def test_statement_members(text: str, expected: tuple[str, str]) -> None:
    assert expected in statement_words(text)


@pytest.mark.parametrize(("text", "expected"), STATEMENT_LOOKALIKES)
def test_statement_lookalikes(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert statement_words(text) == expected
