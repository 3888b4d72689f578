"""Arabic casualty reading: mourners are no toll (round ar176).

"شيع المئات الشاب القتيل"، "وشيع العشرات جثامين القتلى": the hundreds walked behind the
dead man; the count is the verb's subject, the dead its object, and nobody is counted. A
definite vague count cannot count a definite noun without "من" ("المئات من الشبان"), nor a
singular at all, so "حضر المئات الشاب القتيل" is a subject and an object as well. The dead
counted right after the verb ("شيع الأهالي 4 قتلى"، "وشيع 3 قتلى") stay a figure.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token, word_in

_FUNERAL = fold_set(V.FUNERAL_VERBS)
_DEFINITE_VAGUE = fold_set(V.DEFINITE_VAGUE_COUNTS)
_SINGULAR = fold_set(V.PERSON_SINGULAR)


def mourners_count(toks: list[Token], sa: int, sb: int, a: int, n: int, b: int) -> bool:
    """Is the count at [a, b) (its number from ``n``) the crowd of a funeral, or a definite
    vague count before a definite singular person: no figure?"""
    if toks[n].w not in _DEFINITE_VAGUE:
        return False
    if a > sa and word_in(toks[a - 1], _FUNERAL):
        return True  # "شيع المئات الشاب القتيل"، "وشيع العشرات جثامين القتلى"
    if b >= sb or not toks[b].is_word:
        return False
    after = toks[b].w  # (folded: "آلاف" reads "الاف", no article)
    return after.startswith("ال") and after[2:] in _SINGULAR  # "حضر المئات الشاب القتيل"
