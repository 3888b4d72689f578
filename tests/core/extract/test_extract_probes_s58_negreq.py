"""English probes: a negated request is no statement (issue 11).

"X asked Y to <do>" is a request statement, as "urged" and "called on" are. A request
that was never made, or is denied, reports nothing: a negator right before the request
verb ("never", "not", "n't", "no longer"), with perhaps one adverb between ("never once
asked", "has not really urged"), gives no entry. A negator inside the requested words
("asked residents not to travel", "urged them never to return") is part of a request
that was made, and keeps its entry.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

NEGATED_REQUESTS: list[tuple[str, Entries]] = [
    ("I recorded the album with a drummer who never once asked me to explain.", []),
    ("The mayor no longer asks residents of Tarvel to stay indoors.", []),
    ("The council no longer urges farmers in Brisk to burn their fields.", []),
    ("The union no longer calls on drivers to strike on Fridays.", []),
    ("Officials in Dunmere never really asked the villagers to leave.", []),
    ("The ministry no longer asks clinics to report new cases, nurses in Velk said.",
     [("nurses in Velk", "The ministry no longer asks clinics to report new cases")]),
]

REQUESTS_MADE: list[tuple[str, Entries]] = [
    # look-alikes: a request not to do something, "never" inside the requested words,
    # and the plain requests
    ("The mayor asked residents not to travel to Tarvel.",
     [("The mayor", "residents not to travel to Tarvel")]),
    ("The mayor urged them never to return to Tarvel.",
     [("The mayor", "them never to return to Tarvel")]),
    ("The council asked the army to leave Brisk.", [("The council", "the army to leave Brisk")]),
    ("The council called on residents to leave Brisk.",
     [("The council", "residents to leave Brisk")]),
    ("The elders once again urged the young men to stay home.",
     [("The elders", "the young men to stay home")]),
]


@pytest.mark.parametrize(("text", "expected"), NEGATED_REQUESTS + REQUESTS_MADE)
def test_negated_request(text: str, expected: Entries) -> None:
    assert statements(text) == expected
