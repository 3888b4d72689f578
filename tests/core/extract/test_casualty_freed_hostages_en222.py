"""English probes, round en222 (issue 11): people a security force frees from a siege, a
standoff, gunmen or kidnappers were captives, not detainees; a release by the state with no
captivity told stays an arrest's release.

Every sentence is fictional and written for these tests; names and places are invented.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import short_figures

FREED_FROM_SIEGE = [
    ("Nigerian troops free 23 held at Kaduna church", [("23 held", "captured", 23)]),
    ("Army frees 12 held at mosque in Tarso", [("12 held", "captured", 12)]),
    ("KALDERA, March 3 -- Army commandos freed 32 pupils and four teachers from the Santa "
     "Lira school after a standoff of six hours, killing two gunmen.",
     [("freed 32 pupils", "captured", 32), ("four teachers", "captured", 4),
      ("killing two gunmen", "killed", 2)]),
    ("Soldiers retook the clinic the gunmen had occupied on Sunday, freeing some 15 nurses.",
     [("freeing some 15 nurses", "captured", 15)]),
    ("Police freed 12 passengers after a siege at the bus depot in Vareno.",
     [("freed 12 passengers", "captured", 12)]),
    ("Marines freed 18 crew members from the hijacked tanker after a standoff with pirates.",
     [("freed 18 crew members", "captured", 18)]),
    ("Troops freed 40 villagers from a camp run by gunmen, the army said.",
     [("freed 40 villagers", "captured", 40)]),
    ("Police freed 12 villagers from a compound where gunmen had held them.",
     [("freed 12 villagers", "captured", 12)]),
    # the headline's count and the body's, one story
    ("Troops free 47 held at Kaldera school\n\nKALDERA, March 3 -- Army commandos freed 32 "
     "pupils from the school after a standoff of six hours.",
     [("47 held", "captured", 47), ("freed 32 pupils", "captured", 32)]),
]


@pytest.mark.parametrize(("text", "want"), FREED_FROM_SIEGE)
def test_freed_from_siege_are_captives(text: str, want: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == want


# Releases by the state with no captivity told: detainees freed, as before.
STATE_RELEASES = [
    ("Police freed two suspects on bail on Monday.", [("two suspects", "arrested", 2)]),
    ("The government released 30 detainees from prison on Friday.",
     [("30 detainees", "arrested", 30)]),
    ("Police free 20 held after protest in Dakar", [("20 held", "arrested", 20)]),
    ("Police freed 14 protesters arrested at the rally.",
     [("14 protesters arrested", "arrested", 14)]),
    ("Police released 25 people held for questioning after the raid.", []),
    # gunmen told, but the people's own noun says the state held them
    ("Police freed 10 detainees a day after gunmen attacked the station in Oru.",
     [("10 detainees", "arrested", 10)]),
    ("Police freed 10 suspects a day after gunmen attacked the station in Oru.", []),
    # "held in" or "held at" of something else is no captivity
    ("Police freed 30 people after talks held in Doha on Monday.", []),
    ("Troops freed 12 villagers after a meeting held at the district office.", []),
]


@pytest.mark.parametrize(("text", "want"), STATE_RELEASES)
def test_state_releases_stay_arrests(text: str, want: list[tuple[str, str, int]]) -> None:
    assert short_figures(text) == want
