"""A source that "spoke of" a toll: the count or the event after "عن" is its claim."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_about_topic import quote_after_topic
from .statement_adjuncts import _COMP, _QUOTES, _SPOKE_OF
from .statement_nested import _REPORTED_EVENTS
from .statement_object_subject import _COMMAS
from .tokens import Token

_QUALIFIER_WORDS = fold_set(V.SPOKE_OF_QUALIFIER_WORDS)
_COUNT_WORDS = fold_set((*V.UNITS, *V.TENS, *V.HUNDREDS, *V.VAGUE))
_MAX_QUALIFIER_WORDS = 4
# How far the "عن" may stand from the verb: a subject with its place and a medium with its
# name in quotes ("مصدر طبي في مستشفى جنزور تحدث لقناة "المسار" عن").
_CLAUSE_REACH = 16
_ABOUT = fold_word(V.SPOKE_OF_PREPOSITION)


def _is_count(w: str) -> bool:
    return w[:1].isdigit() or w in _COUNT_WORDS


def spoke_of_prep(verb: str) -> str | None:
    """The preposition that ends the speaker of a verb of speaking of ("تحدث مصدر طبي
    لقناة "المسار" عن ..."): what comes before "عن" is the source and its medium."""
    return _ABOUT if verb in _SPOKE_OF else None


def _count_at(toks: list[Token], r: int, sb: int) -> bool:
    """Does a count open at ``r``, after at most a few qualifier words ("أكثر من"، "نحو")?"""
    stop = min(sb, r + _MAX_QUALIFIER_WORDS)
    while r < stop and toks[r].w in _QUALIFIER_WORDS:
        r += 1
    return r < sb and _is_count(toks[r].w)


def spoken_toll(toks: list[Token], verb: str, m: int, sb: int) -> bool:
    """Is ``m`` the "عن" of a verb of speaking of (``SPOKE_OF_VERBS``) whose object is a
    toll: a count, after a quote mark or a qualifier, or an event's verbal noun with its
    count ("عن مقتل أكثر من 400 متظاهر")? A source that spoke of a toll claims it; one
    that spoke of any other topic, or of deaths with no count ("تحدثت تقارير عن سقوط
    قتلى"), said nothing the text gives as its words."""
    if verb not in _SPOKE_OF or m + 1 >= sb or toks[m].w != _ABOUT:
        return False
    r = m + 1
    if toks[r].w in _QUOTES:
        r += 1
    if r < sb and toks[r].w in _REPORTED_EVENTS:
        r += 1
    return _count_at(toks, r, sb)


def not_spoken_toll(toks: list[Token], k: int, sb: int, verb: str) -> bool:
    """Is the verb at ``k`` one of speaking of with no toll after its "عن" in the clause
    (to a comma or a complementizer)? Then it reports nothing: a source's aside ("تحدث
    شريطة عدم الكشف عن هويته") or a topic. A topic closed by a colon and a quotation
    (round ar159: 'وتحدثت الممرضة فلانة لإذاعة "..." عن ساعات من الخوف: "..."') opens
    the teller's words, as after "قال ... عن"."""
    if verb not in _SPOKE_OF:
        return False
    for r in range(k + 1, min(sb, k + _CLAUSE_REACH)):
        w = toks[r].w
        if w in _COMMAS or w in _COMP:
            return True
        if w == _ABOUT:
            return not spoken_toll(toks, verb, r, sb) and quote_after_topic(
                toks, r, sb) is None
    return True
