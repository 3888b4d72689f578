"""(round ar187) A singular subject described by its age right before its own verb.

"أفادت الوزارة بأن مسنا يبلغ 70 عاما توفي وأصيب تسعة آخرون"، "إن امرأة في الأربعين من
عمرها قتلت وأصيب ستة أشخاص"، "إن عاملا (45 عاما) توفي وأصيب 12 عاملا": the age stands
between the indefinite person and the verb, so the verb has a subject of its own, as it
has right after the person ("شابا استشهد"), and the passive "وأصيب" after it counts other
people. Without a subject before it ("استشهد وأصيب عشرات المواطنين") the two verbs share
the count, as before.
"""

from __future__ import annotations

from collections.abc import Callable

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token, word_in

_REACHING = fold_set(V.AGE_REACHING_VERBS)
_AGE_WORDS = fold_set(V.AGE_WORDS)
_AGE_UNITS = fold_set(V.AGE_UNITS)
_TENS = frozenset(V.AGE_TENS_FOLDED_PREFIXES)
_NUMBER_WORDS = fold_set((*V.UNITS, *V.TENS))
_AGE_REACH = 7  # "تبلغ من العمر ثلاثة وسبعين عاما": the longest age told


def _number(t: Token) -> bool:
    w = t.w
    return t.is_digit or w in _NUMBER_WORDS or (w.startswith("و") and w[1:] in _NUMBER_WORDS)


def age_start(toks: list[Token], sa: int, v: int) -> int | None:
    """Where an age that ends right before the verb at ``v`` starts, or None. The age is
    "يبلغ [من العمر] <number> عاما", "(<number> عاما)", "عمره <number> عاما", or "في" and a
    definite word ending "من عمره/العمر" or a definite ten ("في الأربعين")."""
    e = v - 1
    if e <= sa:
        return None
    if toks[e].w == ")":
        if e - 3 >= sa and toks[e - 3].w == "(" and _number(toks[e - 2]) and word_in(
                toks[e - 1], _AGE_UNITS) is not None:
            return e - 3
        return None
    lo = max(sa, e - _AGE_REACH)
    if word_in(toks[e], _AGE_UNITS) is not None:
        k = e - 1
        while k > lo and _number(toks[k]):
            k -= 1
        if k == e - 1:
            return None  # no number before the unit
        if toks[k].w in _AGE_WORDS and k - 1 >= sa and toks[k - 1].w == "من":
            k -= 2  # "يبلغ من العمر 40 عاما"
        return k if k >= sa and (toks[k].w in _REACHING or toks[k].w in _AGE_WORDS) else None
    if toks[e].w in _AGE_WORDS and e - 1 > sa and toks[e - 1].w == "من":
        k = next((r for r in range(e - 2, lo - 1, -1) if toks[r].w == "في"), None)
        if k is not None and all(toks[r].is_word for r in range(k + 1, e - 1)):
            return k  # "في الحادية عشرة من عمره"
        return None
    if toks[e].w in _TENS and e - 1 > sa and toks[e - 1].w == "في":
        return e - 1  # "في الأربعين"
    return None


def aged_subject(toks: list[Token], sa: int, v: int,
                 bare_person: Callable[[list[Token], int, int], bool]) -> bool:
    """Has the verb at ``v`` an indefinite person subject with its age between them?"""
    start = age_start(toks, sa, v)
    return start is not None and bare_person(toks, sa, start - 1)


def age_end(toks: list[Token], i: int, sb: int) -> int:
    """Past an age that starts at ``i``, right after a person ("طفل في الحادية عشرة من
    عمره"، "طفلة في الثامنة من العمر"، "فتى في العشرين"، "طفل (9 أعوام)"): where the words
    after it start, or ``i`` when there is none."""
    if i + 3 < sb and toks[i].w == "(" and _number(toks[i + 1]) and word_in(
            toks[i + 2], _AGE_UNITS) is not None and toks[i + 3].w == ")":
        return i + 4
    if i + 1 >= sb or toks[i].w != "في":
        return i
    if toks[i + 1].w in _TENS:
        return i + 2
    for r in range(i + 2, min(sb - 1, i + 5)):
        if not toks[r].is_word:
            return i
        if toks[r].w == "من" and toks[r + 1].w in _AGE_WORDS:
            return r + 2
    return i
