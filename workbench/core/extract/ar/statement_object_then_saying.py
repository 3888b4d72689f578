"""(round ar177) A verb with a noun object, a comma, then "قائلا إن": "ونفى الجيش علمه
بالغارة، قائلا إنه يراجع التقارير"، "وأكدت الوزارة سيطرتها على الموقع، قائلة إن ...".

"قائلا" right after its verb's subject repeats that verb ("وغرد الوزير قائلا إن"), and the
main pass reads the words after it as the verb's own. After an object verb (أكد، نفى،
أعلن ...) whose object stands before the comma, the participle is a second act of saying:
the object is the verb's words, and "قائلا" gives its own statement, as "مضيفا" and
"مؤكدا" do. Without the object ("وعلق المتحدث، قائلا إن"، "وأكد المتحدث، قائلا إن") the
participle still repeats the verb, and so it does after a title and a name ("وأكد الوزير
فلان الفلاني، قائلا إن"): the object must open as one, with a noun of announcing or denying
(OBJECT_NOUNS), a noun with the subject's pronoun ("سيطرتها"، "علمه بـ"، "تمسكه بـ") or a
derived verbal noun ("إغلاق المعبر"، "استئناف الرحلات"), not a name shaped as one
(MASDAR_SHAPED_NAMES: "إبراهيم"، "تيسير").
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_object_subject import _object_subject_end
from .statement_shared import _OBJECT_NOUNS, _own_object
from .tokens import Token

_OBJECT_VERBS = fold_set(V.OBJECT_VERBS)
_NAMES = fold_set(V.MASDAR_SHAPED_NAMES)
_PREPOSITIONS = fold_set(V.OBJECT_THEN_SAYING_PREPOSITIONS)
_COMMAS = frozenset(("،", ","))
_ARTICLED = fold_set(V.OBJECT_THEN_SAYING_ARTICLED)
_DERIVED_OPENINGS = tuple(V.DERIVED_MASDAR_OPENINGS)


def object_before_saying(toks: list[Token], verb: str, j: int, sp_end: int, m: int,
                         sb: int) -> bool:
    """Does the phrase ``toks[j:sp_end]`` after the object verb ``verb`` (folded) hold its
    subject and then its object, with the saying participle at ``m`` after a comma?"""
    if verb not in _OBJECT_VERBS or m < 1 or toks[m - 1].w not in _COMMAS:
        return False
    s_end = _object_subject_end(toks, j, sb)
    return j < s_end < sp_end and _object_opening(toks, s_end, sp_end)


def _object_opening(toks: list[Token], o: int, end: int) -> bool:
    """Does an object open at ``o`` (before ``end``, the comma)?"""
    t = toks[o]
    if t.w in _OBJECT_NOUNS or _own_object(t):
        return True
    nxt = toks[o + 1].w if o + 1 < end else ""
    if t.w.endswith("ه") and len(t.w) >= 4 and (
            nxt in _PREPOSITIONS or nxt[:3] in _ARTICLED or nxt[:2] in _ARTICLED):
        # "علمه بالغارة"، "تمسكه بالاتفاق": "him/its" and the preposition of the noun's
        # own object ("حمزة الخطيب", a name in ة, has a definite word after it)
        return True
    return len(t.w) >= 5 and t.w.startswith(_DERIVED_OPENINGS) and t.w not in _NAMES
