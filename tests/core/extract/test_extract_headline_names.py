"""Headlines "Name: words" (issue 11): a bare capitalised name before the colon is as often
a dateline place as a person, so it is taken as a speaker only when its words are quoted,
when it is a title or a source noun, or when the body attributes speech to the same name.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements
from tests.extract_probes import statement_words as statements


@pytest.mark.parametrize(("text", "expected"), [
    # a place, which no one in the body is
    ("Benghazi: Heavy clashes near the airport\nA security source said the clashes had "
     "stopped.",
     [("A security source", "the clashes had stopped")]),
    ("Kessa: Five killed in overnight raid\nThe raid began before dawn.", []),
    # a person the body quotes
    ("Abbas: We will not accept a partial deal\nPalestinian President Mahmoud Abbas said "
     "on Sunday that Jerusalem was a red line.",
     [("Abbas", "We will not accept a partial deal"),
      ("Palestinian President Mahmoud Abbas", "Jerusalem was a red line")]),
    # quoted words, a title and a source noun stand on their own
    ('Brant: "We will win"\nThe fighting went on.', [("Brant", "We will win")]),
    ("Minister: Talks will resume next week\nThe talks broke down on Monday.",
     [("Minister", "Talks will resume next week")]),
    ("Report: Five killed in dawn raid\nThe raid took place at dawn.",
     [("Report", "Five killed in dawn raid")]),
    # an organisation's short acronym is a source; a longer capitalised word needs the body
    ("UN: 14 civilians killed in week of shelling\nThe fighting went on.",
     [("UN", "14 civilians killed in week of shelling")]),
    ("NATO: Talks with Kessa to resume\nThe talks broke down in May.",
     [("NATO", "Talks with Kessa to resume")]),
    ("KESSA: Five killed in raid\nThe raid began at dawn.", []),
    # the body's acronym with dots confirms the headline's without
    ("UNHCR: Thousands flee the valley\nThe U.N.H.C.R. said 4,000 people had fled.",
     [("UNHCR", "Thousands flee the valley"), ("The U.N.H.C.R.", "4,000 people had fled")]),
])
def test_english_headline_name(text: str, expected: list[tuple[str, str]]) -> None:
    assert statements(text) == expected


def test_arabic_quoted_headline_name_stands_alone() -> None:
    text = "عباس: «لن نقبل بأي حل»\nوالتقى عباس وفدا أوروبيا."
    assert ar_statements(text) == [("عباس", "لن نقبل بأي حل")]
