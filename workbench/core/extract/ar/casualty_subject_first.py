"""Arabic casualty readings where the counted subject comes before its outcome verb.

Small checks the casualty reader (``casualties.py``) calls for a nominal sentence: a
count or a person noun first, the verb that tells what befell them after it.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token, word_in

_PEOPLE_LEAVING = fold_set(V.PEOPLE_LEAVING_VERBS)
_PEOPLE_WHO_FLEE = fold_set(V.PEOPLE_WHO_FLEE)
_HOMES_LEFT = fold_set(V.HOMES_LEFT_BY_PEOPLE)
_HOMES_PREPS = fold_set(V.HOMES_LEFT_PREPOSITIONS)


def people_left_home(toks: list[Token], j: int, k: int, sb: int) -> bool:
    """Did the people counted before ``j`` flee by the verb of leaving at ``k``
    ("نحو 12 ألف شخص غادروا المخيم"، "آلاف السكان رحلوا عن البلدة")? Only the plural
    verb, after people of a place, with the home they left right after it: leaving a
    meeting or a delegation's departure is no flight."""
    if word_in(toks[k], _PEOPLE_LEAVING) is None or word_in(toks[j - 1], _PEOPLE_WHO_FLEE) is None:
        return False
    i = k + 1
    if i + 1 < sb and toks[i].w in _HOMES_PREPS:
        i += 1
    return i < sb and word_in(toks[i], _HOMES_LEFT) is not None
