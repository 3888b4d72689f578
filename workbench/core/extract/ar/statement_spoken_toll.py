"""A source that "spoke of" a toll: the count or the event after "عن" is its claim."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import _QUOTES
from .statement_nested import _REPORTED_EVENTS
from .tokens import Token

_SPOKE_OF = fold_set(V.SPOKE_OF_VERBS)
_QUALIFIER_WORDS = fold_set(V.SPOKE_OF_QUALIFIER_WORDS)
_COUNT_WORDS = fold_set((*V.UNITS, *V.TENS, *V.HUNDREDS, *V.VAGUE))
_MAX_QUALIFIER_WORDS = 4


def _is_count(w: str) -> bool:
    return w[:1].isdigit() or w in _COUNT_WORDS


def spoke_of_prep(verb: str) -> str | None:
    """The preposition that ends the speaker of a verb of speaking of ("تحدث مصدر طبي
    لقناة "المسار" عن ..."): what comes before "عن" is the source and its medium."""
    return "عن" if verb in _SPOKE_OF else None


def spoken_toll(toks: list[Token], verb: str, m: int, sb: int) -> bool:
    """Is ``m`` the "عن" of a verb of speaking of (``SPOKE_OF_VERBS``) whose object opens
    with a count, after a quote mark or a qualifier, or with an event's verbal noun? A
    source that spoke of a toll claims it; one that spoke of any other topic said nothing
    the text gives."""
    if verb not in _SPOKE_OF or m + 1 >= sb or toks[m].w != "عن":
        return False
    r = m + 1
    if toks[r].w in _QUOTES:
        r += 1
    if r < sb and toks[r].w in _REPORTED_EVENTS:
        return True
    stop = min(sb, r + _MAX_QUALIFIER_WORDS)
    while r < stop and toks[r].w in _QUALIFIER_WORDS:
        r += 1
    return r < sb and _is_count(toks[r].w)
