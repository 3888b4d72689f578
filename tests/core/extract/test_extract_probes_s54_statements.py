"""English probes, fifty-second round: the nineteenth blind set's statement families.

Each family is probed as a whole, with the look-alikes its rule must leave alone:

1. "Within the hour the governor's office said ...", "By the evening NATO said ...": a
   span of time fronted before the subject without its comma (a capitalised preposition,
   at most two determiners, a noun of time in lower case or a weekday) is no part of who
   spoke, whether the subject is a name or a description, and whether the verb of saying
   is the clause's own or comes after "and" ("... gave a toll ... and said ...").

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import statement_words as statements

Entries = list[tuple[str | None, str]]

FRONTED_TIME: list[tuple[str, Entries]] = [
    ("Within the hour the district office gave a toll of 9 dead and said four people were"
     " wounded.", [("the district office", "four people were wounded")]),
    ("Within hours the health ministry raised the toll to 9 and said 40 people were"
     " wounded in Dorva.", [("the health ministry", "40 people were wounded in Dorva")]),
    ("On Monday the district office gave a toll of 9 dead and said four people were"
     " wounded.", [("the district office", "four people were wounded")]),
    ("By the evening NATO said it was investigating the raid on Kessa.",
     [("NATO", "it was investigating the raid on Kessa")]),
    ("By nightfall Human Rights Watch said 40 families had fled Dubra.",
     [("Human Rights Watch", "40 families had fled Dubra")]),
    ("Within days the army said the road to Kessa was open.",
     [("the army", "the road to Kessa was open")]),
    ("At dawn Colonel Ivo Pardo said the town had fallen.",
     [("Colonel Ivo Pardo", "the town had fallen")]),
    ("On Monday Brandt said the road was closed.", [("Brandt", "the road was closed")]),
    # look-alikes: a name that opens with a time word in capitals; a time already read
    ("After Hours Radio said 12 people had died in Kessa.",
     [("Hours Radio", "12 people had died in Kessa")]),
    ("The district office gave a toll of 9 dead and said four people were wounded.",
     [("The district office", "four people were wounded")]),
    ("Over the weekend the Red Cross said 40 families had fled Dubra.",
     [("the Red Cross", "40 families had fled Dubra")]),
]

CASES = [
    *(("fronted time", t, e) for t, e in FRONTED_TIME),
]


@pytest.mark.parametrize(("family", "text", "expected"), CASES,
                         ids=[f"{c[0]}:{c[1][:50]}" for c in CASES])
def test_round_52_statement_families(family: str, text: str, expected: Entries) -> None:
    assert statements(text) == expected
