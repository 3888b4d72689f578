"""A body's data that point to an event: "وتشير بيانات الجمعية إلى مقتل 12 شخصا"."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_nested import _REPORTED_EVENTS
from .tokens import Token

_POINTING = fold_set(V.POINTING_PRESENT_VERBS)
_DATA = fold_set(V.DATA_POINTING_NOUNS)
_TO = fold_word(V.POINTING_PREPOSITION)
_RECORDED = fold_set(V.DATA_RECORDED_MASDARS)


def figures_point_to(toks: list[Token], verb: str, j: int, sp_end: int, m: int,
                     sb: int) -> bool:
    """Is ``m`` the "إلى" of a present "تشير" whose subject, ``j`` to ``sp_end``, is data
    in construct with whoever keeps them ("بيانات الجمعية"، "إحصاءات المرصد"), with an
    event's verbal noun after it, or a count recorded ("إلى تسجيل 900 بلاغ", round ar188)?
    Then the event is that body's claim, as with "إلى أن".
    Anything else pointed to (a place, a rise with nobody's figures) is no statement."""
    return (verb in _POINTING and sp_end > j + 1 and toks[j].w in _DATA
            and m + 1 < sb and toks[m].w == _TO and (
                toks[m + 1].w in _REPORTED_EVENTS or toks[m + 1].w in _RECORDED))
