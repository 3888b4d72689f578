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
"""

from __future__ import annotations

from .lang import en as EN
from .lang.build import alt


def origin_flight_verbs() -> str:
    """The verbs of flight an origin ("of Cambaju and two hamlets") may stand before."""
    return alt(EN.FLEEING_VERBS + EN.REFUGE_MOVES)


def bare_left_places() -> str:
    """A lookahead alternative for places left named by a bare plural ("villages")."""
    return rf"\s+(?:{alt(EN.LEFT_BARE_PLACES)})\b"
