"""(round ar168) "أقر" with a direct object approves, it does not admit: "أقر مجلس الوزراء
في جلسته أمس إحالة القضية إلى القضاء"، "وأقرت الحكومة تمديد حالة الطوارئ". An admission
takes its thing in "ب" or a complementizer ("أقر الجيش بمقتل ..."، "أقر بأن ..."); the
plain object after the subject, whatever its noun, is what a cabinet, a parliament or a
board decided, and no words are attributed (APPROVED_THINGS lists the objects that mark the
approval before the subject is known, ar/statement_not_speech.py)."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import _COMP, _QUOTES
from .statement_shared import _bi_content
from .tokens import Token

_APPROVING = fold_set(V.APPROVING_VERBS)
_VOTES = fold_set(V.APPROVAL_VOTE_WORDS)
_VOTE_TAILS = fold_set(V.APPROVAL_VOTE_TAILS)
_COMMAS = frozenset(("،", ","))
_CLAUSE_ENDS = frozenset((*_COMMAS, ".", "؛", ":", "\n"))


def approved_act(toks: list[Token], verb: str, c: int, sb: int, max_words: int = 16) -> bool:
    """Is the object at ``c`` of the approving verb ``verb`` (folded) a plain noun, with
    no "ب" of an admission and no quotation opening it? A vote in "ب" before it is
    passed over."""
    if verb not in _APPROVING or c >= sb:
        return False
    if toks[c].w in _VOTES:
        # "أقر البرلمان بالإجماع إحالة ...": how it voted, then what it approved
        c += 2 if c + 1 < sb and toks[c + 1].w in _VOTE_TAILS else 1
        if c >= sb:
            return False
    t = toks[c]
    if not t.is_word or t.w.startswith("ب") or t.w in _QUOTES or t.w in _COMP:
        return False
    if c > 0 and toks[c - 1].w in _COMMAS:
        return False  # "وأقر قائد اللواء، العقيد فلان، بمقتل": a name in commas, no object
    # the admission's "ب" and its event may still come after what the subject left ("وأقر
    # قائد القطاع العقيد فلان في حديث لإذاعة ... بمقتل"): none, and no complementizer, up
    # to the clause's end (a place's "بلدة" or an amount's "بقيمة" is no admission)
    for r in range(c + 1, min(sb, c + 1 + max_words)):
        w = toks[r].w
        if w in _CLAUSE_ENDS:
            break
        if w in _COMP or _bi_content(toks[r]):
            return False
    return True
