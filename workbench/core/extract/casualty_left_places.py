"""Two more shapes of leaving read as flight (round en97).

* The rest of the family of flight after where the people came from, in the simple past:
  "About 400 residents of Cambaju and two neighbouring hamlets left their homes", as
  "3,000 residents of Fula and the surrounding villages fled north" was read (round 51).
  The origin had let through only "fled"; a border crossed, refuge sought and homes left
  are the same flight, under the same checks of who moved and how many.
* Places left named by a bare plural: "Some 3,200 people have left villages along the
  river", as "have left nearby villages" and "have left the villages" were read. A bare
  plural of settlements is the places people lived in; a bare singular ("left town") is a
  trip, and stays as it was.
* Places left counted, then where the people went (round en202): "About 3,100 people have
  left eight villages for <town>". A count of settlements left for a town by its name is
  flight from them; counted things ("left six bags"), a time ("left three days ago for
  <town>") and places left for no town ("left two schools for the holidays") are not.
"""

from __future__ import annotations

from .lang import en as EN
from .lang.build import alt
from .numbers import NUMBER


def origin_flight_verbs() -> str:
    """The verbs of flight an origin ("of Cambaju and two hamlets") may stand before."""
    return alt(EN.FLEEING_VERBS + EN.REFUGE_MOVES)


def bare_left_places() -> str:
    """A lookahead alternative for places left named by a bare plural ("villages")."""
    return rf"\s+(?:{alt(EN.LEFT_BARE_PLACES)})\b"


def counted_left_places() -> str:
    """A lookahead alternative for places left by a count, then "for" a town by its name
    ("eight villages for Kalemie", "three camps for the town of Beni")."""
    return (rf"\s+(?:{NUMBER})\s+(?:{alt(EN.LEFT_COUNTED_PLACES)})\s+for\s+"
            rf"(?:the\s+(?:{alt(EN.LEFT_FOR_TOWN_NOUNS)})\s+of\s+)?(?-i:[A-Z])")
