"""Where and when, between a figure and the value it replaced (round en103).

", up from 38" is read as the value a figure replaced when it follows the figure within 50
characters (casualties.py, round 87: an adjunct after the verb belongs to the new figure).
Where and when a figure holds may take more room than that: "14 people were injured in
knife attacks in the capital area in 2025, up from six the year before" (en-54), as "have
now been arrested across the country, up from 90" (en-39) is read. A run of phrases of
place and time, each a preposition and at most four words, with no comma, verb or count of
its own, is no gap: the old value still answers the figure before it.
"""

from __future__ import annotations

import re

# The reach of such a run: two or three short phrases.
ADJUNCT_REACH = 90

# (round en114) ... and what the figure counts people for, with its "of": "arrested 27 people
# for robberies of delivery riders in the department last year, up from 15 in 2024" (en-63),
# closed perhaps by a bare "last year"
_PREPOSITIONS = "in|at|on|across|around|throughout|over|during|for|of"
_ADJUNCTS = re.compile(
    # (round en119) the bodies' own passive of finding may open the run: "11 bodies were
    # found buried in the sand near the compound, up from seven this morning"
    r"(?:\s+(?:were|have\s+been)\s+(?:found|recovered|discovered)(?:\s+buried)?)?"
    rf"(?:\s+(?:{_PREPOSITIONS})\s+"
    r"(?:(?:the|a|an)\s+)?(?:(?!(?:were|was|are|is|had|have|has|and|or|but)\b)"
    r"[A-Za-z][\w\-]*|(?:19|20)\d\d)(?:\s+(?!(?:were|was|are|is|had|have|has|and|or|but"
    rf"|{_PREPOSITIONS}|last|this)\b)(?:[A-Za-z][\w\-]*|(?:19|20)\d\d)){{0,3}})+"
    r"(?:\s+(?:last|this)\s+(?:year|month|week))?",
)


def adjuncts_only(s: str, start: int, end: int) -> bool:
    """Whether ``s[start:end]`` is a run of place and time phrases, within reach."""
    return end - start <= ADJUNCT_REACH and _ADJUNCTS.fullmatch(s, start, end) is not None
