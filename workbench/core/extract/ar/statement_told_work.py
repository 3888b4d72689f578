"""(round ar171) A headline that tells of a work, not of words: "طبيب يروي في كتاب جديد
أشهر الجوع خلال الحصار"، "افتتاح متحف صغير يوثق أيام الحصار".

A telling or documenting verb in a headline ("يروي"، "يوثق") is read as its subject's
words ("ناج يروي تفاصيل الهجوم"، "تقرير حقوقي يوثق وفاة 9 سجناء"). Two shapes tell of a
work instead, and the sets' gold gives them no entry. The verb followed by "في" and a
work ("في كتاب"، "في فيلم وثائقي"، "في مذكراته") says what the book or film holds: the
news is the work, and no one is quoted. And a subject that opens with the masdar of an
opening or a launch ("افتتاح متحف"، "إطلاق منصة"، "تدشين موقع") makes the verb a clause
on the thing opened ("a museum that documents"), which speaks for nobody. "يروي في
مقابلة"، "يروي للإذاعة" and "معرض" as a subject of its own keep their reading.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .tokens import Token

_TELLING = fold_set(V.WORK_TELLING_VERBS)
_WORKS = fold_set(V.TOLD_WORKS)
_OPENINGS = fold_set(V.OPENING_MASDARS)
_IN = "في"


def told_in_work(toks: list[Token], head: int, k: int, sb: int) -> bool:
    """Is the headline verb at ``k``, whose subject opens at ``head``, a work's telling:
    "في" and a work right after it, or a subject opening with an opening's masdar?"""
    if toks[head].w.removeprefix("و") in _OPENINGS:
        return True
    if toks[k].w.removeprefix("و") not in _TELLING or k + 2 >= sb or toks[k + 1].w != _IN:
        return False
    w = toks[k + 2].w
    return w in _WORKS or w.removeprefix("ال") in _WORKS
