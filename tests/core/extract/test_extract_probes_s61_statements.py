"""English statement probes of the fifty-ninth round (from the twenty-fifth and
twenty-sixth blind sets).

1. A humanitarian update's title line: a country's label, a colon, a place and the page's
   name after a dash ("MALI: Kessa Region - Flash Update No. 4", perhaps with its date in
   brackets). The page's name standing last, after a dash, makes the line a title of any
   length, not the country's words; a source before a colon whose words are a sentence
   ("Army: We will ...", "UN envoy: Talks ... will resume") still speaks.

The strict xfails are statement errors of the two sets left for later rounds (see
``bench/blind/README.md``, "The statement errors, classified").

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words

DASHED_PAGE_TITLE: list[tuple[str, list]] = [
    ("MALI: Kessa Region - Flash Update No. 4\nSituation as of 3 May 2024.\n"
     "At least 40 families fled.", []),
    ("NORDLAND: Kessa and Varo Districts - Flash Update No. 3 (as of 12 June 2024)\n"
     "More than 900 people left their homes.", []),
    ("Nordland: Kessa and Varo Districts - Weekly Bulletin No. 7 (as of 12 June 2024)\n"
     "More than 900 people left their homes.", []),
]
DASHED_PAGE_TITLE_KEPT: list[tuple[str, list]] = [
    ("Army: We will restore order in Kessa within days\nKESSA, May 3 - The army said on "
     "Friday it would send more troops to the town.",
     [("Army", "We will restore order in Kessa within days"),
      ("The army", "it would send more troops to the town")]),
    ("UN envoy: Talks on prisoner swap will resume in Varo\nVARO, June 2 - Talks between "
     "the two sides stalled last week.",
     [("UN envoy", "Talks on prisoner swap will resume in Varo")]),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_PAGE_TITLE)
def test_a_dashed_page_title_is_no_words(text: str, expected: list) -> None:
    assert statement_words(text) == expected


@pytest.mark.parametrize(("text", "expected"), DASHED_PAGE_TITLE_KEPT)
def test_a_dashed_page_title_look_alikes(text: str, expected: list) -> None:
    assert statement_words(text) == expected
