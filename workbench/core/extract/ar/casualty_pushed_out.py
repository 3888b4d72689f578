"""Arabic displacement told by a push to leave a place (round ar131).

"دفعت المعارك آلاف العائلات إلى مغادرتها"، "أجبر القصف مئات الأسر على مغادرة المدينة": a
verb of pushing or forcing before the people counted, then "إلى"/"على" and the masdar of
leaving the place: with the place's pronoun, or with a town, a region or the country after
it, and violence named as what pushed them. The casualty reader's forward scan calls this
at the "إلى"/"على" after the count, so it costs two set look-ups there and nothing
elsewhere; a call to leave ("دعا الجيش السكان إلى مغادرة المدينة") has no verb of pushing,
and prices that push people abroad ("دفع الغلاء آلاف الشبان إلى مغادرة البلاد") no
violence: both stay unread.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token, is_end, word_in

_LEAVING = fold_set(V.LEAVING_MASDARS)
_LEAVING_IT = fold_set(V.LEAVING_IT_MASDARS)
_PLACES = fold_set(V.PLACES_LEFT_WHEN_PUSHED)
_PUSHING = fold_set(V.PUSHING_VERBS)
# What pushes people out as a flight: violence named around the verb, as for crossings.
_DRIVEN_BY = fold_set((*V.WOUNDING_AGENTS, *V.REPORTED_EVENTS, *V.PUSHED_ACROSS_BY))
# A push denied or only possible tells no flight: "لم تدفع المعارك ..."، "قد تدفع المعارك
# ..." ("قد" before the present is "may"; before the past, "قد دفعت", it affirms).
_NEGATIONS = fold_set(V.NOBODY_NEGATIONS)
_MAY = fold_set(V.MAY_PARTICLES)
_PRESENT_PREFIXES = tuple(V.PRESENT_PREFIXES_HE_SHE)
_FLIGHT_ALONE = fold_set(V.FLIGHT_MASDARS_ALONE)
# (the casualty reader's forward scan tests a word against these before calling)
FLIGHT_WITH_LI = fold_set(V.FLIGHT_MASDARS_WITH_LI)
_FORCED = fold_set(V.FORCED_VERBS)
_SINCE_DURING = fold_set(V.SINCE_DURING)
_RESULT_OPENERS = fold_set(V.RESULT_PUSH_OPENERS)
_RESULT_DRIVERS = fold_set((*V.RESULT_PUSH_DRIVERS, *V.FAMILIES_DISPLACEMENT_CONTEXT,
                            *V.WOUNDING_AGENTS, *V.PUSHED_ACROSS_BY))


def pushed_to_leave(toks: list[Token], j: int, k: int, sb: int) -> int | None:
    """Where the flight ends when the "إلى"/"على" at ``k``, after people counted up to
    ``j``, opens the masdar of leaving a place, and a verb of pushing stands before the
    count; None otherwise."""
    if k + 1 >= sb:
        return None
    if toks[k + 1].w in _LEAVING_IT:
        end = k + 2
    elif k + 2 < sb and toks[k + 1].w in _LEAVING and toks[k + 2].w in _PLACES:
        end = k + 3
    elif toks[k + 1].w in _FLIGHT_ALONE:
        end = k + 2  # (round ar140) "إلى الرحيل"، "على المغادرة"
    else:
        return None
    for m in range(j - 1, max(-1, j - 1 - V.PUSHING_VERB_REACH), -1):
        if is_end(toks[m]):
            return None
        if (verb := word_in(toks[m], _PUSHING)) is not None:
            return end if _driven(toks, m, j) and not _denied(toks, m, verb) else None
    return None


def pushed_to_flee(toks: list[Token], j: int, k: int, sb: int) -> int | None:
    """(round ar163) Where the flight ends when the word at ``k``, after people counted up
    to ``j``, is the masdar of flight with "ل" ("للنزوح") and a verb of pushing stands
    before the count: forced ("اضطر") alone, or another with violence named; None
    otherwise."""
    if toks[k].w not in FLIGHT_WITH_LI:
        return None
    for m in range(j - 1, max(-1, j - 1 - V.PUSHING_VERB_REACH), -1):
        if is_end(toks[m]):
            return None
        if (verb := word_in(toks[m], _PUSHING)) is not None:
            if _denied(toks, m, verb) or not (verb in _FORCED or _driven(toks, m, j)):
                return None
            return k + 1
    return None


def _denied(toks: list[Token], m: int, verb: str) -> bool:
    """Is the verb of pushing at ``m`` (``verb``, its bare form) negated, or a present
    after "قد"?"""
    if m == 0 or not toks[m - 1].is_word:
        return False
    before = toks[m - 1].w
    return before in _NEGATIONS or (before in _MAY and verb.startswith(_PRESENT_PREFIXES))


def _driven(toks: list[Token], m: int, j: int) -> bool:
    """Is violence named between the verb of pushing at ``m`` and the people counted up to
    ``j``, or in the few words before the verb ("معارك عنيفة دفعت")? Prices or a crisis
    that push people to leave ("دفع الغلاء آلاف الشبان إلى مغادرة البلاد") tell no
    flight."""
    timed = False
    for i in range(m - 1, max(-1, m - 1 - V.PUSHING_DRIVER_TIMED), -1):
        if is_end(toks[i]):
            break
        if toks[i].w in _SINCE_DURING:
            timed = True  # (round ar145) "عمليات خطف متكررة منذ 2022، دفعت"
        elif (timed or i >= m - V.PUSHING_DRIVER_BEFORE) and word_in(
                toks[i], _DRIVEN_BY) is not None:
            return True
    if m > 0 and toks[m - 1].w in _RESULT_OPENERS:
        # (round ar140) "هاجم مستوطنون القرية ...، ما دفع 9 عائلات": the clause before
        # is what pushed them
        for i in range(m - 2, max(-1, m - 2 - V.RESULT_PUSH_REACH), -1):
            if is_end(toks[i]):
                break
            if word_in(toks[i], _RESULT_DRIVERS) is not None:
                return True
    return any(word_in(toks[i], _DRIVEN_BY) is not None for i in range(m + 1, j))
