"""(round ar166) The masculine verb of promising opening its sentence or a clause: "ووعد
وزير الاقتصاد بتوزيع 5 آلاف طن ..."، "..., فيما وعد المحافظ بتوزيع خزانات المياه".

"وعد" spells the noun as often as the verb ("ذكرى وعد بلفور"), so the masculine was read
only after "قد" or a relative pronoun. Opening its sentence with "و"/"ف" glued to it, or
right after "فيما"/"بينما", with a subject of its own and then its act in "ب" (a word of
three letters or more, not a pronoun: "بتوزيع"، "بإرسال"، "بحل"), it is the verb: the
noun in that place would need a predicate after its complement, and a negation there
("ووعد الحكومة بالإصلاح لم يتحقق") keeps it the noun.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import _COMP
from .statement_content_end import _NEW_CLAUSE
from .statement_object_subject import _COMMAS
from .statement_shared import _VERBS, _verb_form
from .tokens import Token, is_end

_OPENING_FORMS = fold_set(V.PROMISE_MASCULINE_OPENING)
_BARE = fold_set(V.PROMISE_MASCULINE_OPENING[:1])
_NEGATIONS = fold_set(V.SPEECH_NEGATIONS)
_SUBJECT_MAX = V.PROMISE_SUBJECT_MAX_WORDS
_ACT_MIN_LETTERS = 3
_FEMININE_END = "ه"  # (the folded "ة")
# "ب" with a pronoun ("به"، "بها"، "بهم") is no act
_WITH_PRONOUN = fold_set(V.BI_PRONOUNS)


def masculine_promise(toks: list[Token], sa: int, sb: int, k: int) -> bool:
    """Is the masculine "وعد" at ``k`` the verb, opening its sentence ("ووعد"/"فوعد") or
    a clause after "فيما"/"بينما" ("وعد"), with a subject and then its act in "ب"?"""
    w = toks[k].w
    if w not in _OPENING_FORMS:
        return False
    if w in _BARE:
        if k == sa or toks[k - 1].w not in _NEW_CLAUSE:
            return False
    elif k != sa and toks[k - 1].w != "\n":
        return False
    act = None
    for r in range(k + 1, min(sb, k + 2 + _SUBJECT_MAX)):
        t = toks[r]
        if not t.is_word or t.w in _COMP or _verb_form(t, _VERBS):
            return False
        if t.w[:1] == "ب" and len(t.w) >= _ACT_MIN_LETTERS and t.w not in _WITH_PRONOUN:
            act = r
            break
    if act is None or act == k + 1:
        return False  # "ووعد بلفور": no subject before the word in "ب"
    if toks[k + 1].w.startswith("ال") and toks[k + 1].w.endswith(_FEMININE_END):
        # (review 44) a feminine subject right after it takes "وعدت": "فيما وعد الحكومة
        # بالإعمار ما زال حبرا على ورق" is the government's promise, the noun
        return False
    for r in range(act + 1, sb):
        if is_end(toks[r]) or toks[r].w in _COMMAS:
            break
        if toks[r].w in _NEGATIONS:
            return False  # "ووعد الحكومة بالإصلاح لم يتحقق": the noun and its predicate
    return True
