"""Probes of the seventy-ninth English round (issue 11): families that recur.

The deck under a headline: a report's release sets its headline in Title Case and under
it, on the next line, a second headline in Title Case that gives the main finding or its
source's word ("Witnesses Say Police Ignored Threats Before Attacks", "..., Human Rights
Watch Says"). Main read only the first line as a headline, so the second line, a sentence
in Title Case, gave nothing. A second line that is a paragraph of copy (lower case, or
with a sentence end inside) keeps its reading as copy, and a label line in capitals with a
colon gives nothing.

Members fail on main's code and pass on this round's; look-alikes pass on both. Every
sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

DECK_MEMBERS: list[tuple[str, list]] = [
    ("Karvia: Troops Shelled a Market in Osk\nResidents Say Soldiers Fired Without "
     "Warning\n\n(Osk, May 4) - Troops shelled the main market of Osk on Friday.",
     [("Residents", "Soldiers Fired Without Warning")]),
    ("Velmor: Police Detained Dozens After Protest\nCrackdown Must Stop, Civil Rights "
     "League Says\n(Velmor, June 2, 2024) - Police detained at least 40 people.",
     [("Civil Rights League", "Crackdown Must Stop")]),
    ("Relief Convoy Reaches Teval After Three Weeks\nAid Workers Say Food Stocks Are "
     "Nearly Gone\n\nTEVAL, March 3 - A convoy reached the town.",
     [("Aid Workers", "Food Stocks Are Nearly Gone")]),
]

DECK_LOOK_ALIKES: list[tuple[str, list]] = [
    # a second line in lower case is copy, read as before
    ("Convoy reaches Teval after three weeks\nAid workers say food stocks are nearly gone "
     "in the town, which has been cut off since May\n\nA convoy reached the town.",
     [("Aid workers",
       "food stocks are nearly gone in the town, which has been cut off since May")]),
    # a paragraph with its sentences under a Title Case headline
    ("Relief Convoy Reaches Teval\nThe convoy left on Monday. Aid workers say food is "
     "short.\n",
     [("Aid workers", "food is short")]),
    # a label line in capitals under the headline names no speaker
    ("Relief Convoy Reaches Teval After Three Weeks\nPRESS STATEMENT: ATTACK ON THE OSK "
     "DEPOT\n\nText.", []),
]


@pytest.mark.parametrize(("text", "expected"), [*DECK_MEMBERS, *DECK_LOOK_ALIKES])
def test_deck_under_headline(text: str, expected: list) -> None:
    assert statement_words(text) == expected
