"""An accusation told by a past verb with the accused as its pronoun ("أعدمت الحركة ثلاثة
رجال بعد أن اتهمتهم بالتجسس"، "وخطفت الجماعة صحفيا واتهمته بالتجسس"): the pronoun points
back to the ones the sentence's act fell on, and the accuser is that act's subject; the
words are the charge, from its "بـ" on. With the accuser named after the verb ("واتهمتهم
الحركة بالتجسس") the words between are the accuser."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_content_end import _content_end
from .statement_shared import _ACCUSED_THEM_PAST, _VERBS, _negated, _Stmt, _verb_form
from .statement_subject import _main_subject
from .tokens import Token

_COMMAS = frozenset(("،", ","))
_NOT_CHARGES = fold_set(V.BI_WORDS_NOT_DEMANDS)


def _charge_at(toks: list[Token], r: int, sb: int) -> bool:
    """Does the charge open at ``r``: "بـ" with a noun ("بالتجسس") or a quotation after it?"""
    w = toks[r].w
    return w[:1] == "ب" and w not in _NOT_CHARGES and (
        len(w) > 2 or (r + 1 < sb and toks[r + 1].w in ('"', "«", "“")))


def accused_them(toks: list[Token], sa: int, sb: int, k: int, raw: list[_Stmt],
                 max_subject: int = 4) -> int:
    """Read the accusation whose verb with its pronoun is at ``k``; returns where its words
    end, or ``k`` when it is none (no charge after "بـ", a negation, no accuser found)."""
    if k + 1 >= sb or _negated(toks, sa, k):
        return k
    past = _ACCUSED_THEM_PAST[toks[k].w]
    if _charge_at(toks, k + 1, sb):
        # "بعد أن اتهمتهم بالتجسس": the accuser is the subject of the sentence's act
        speaker = _main_subject(toks, sa, k, past, feminine=past.endswith("ت"))
        c = k + 1
    else:
        # "واتهمتهم الحركة بالتجسس": the accuser between the verb and the charge
        c = next((r for r in range(k + 2, min(sb, k + 2 + max_subject))
                  if _charge_at(toks, r, sb)), None)
        if c is None or not all(toks[r].is_word and not _verb_form(toks[r], _VERBS)
                                for r in range(k + 1, c)):
            return k
        speaker = (k + 1, c)
    if speaker is None:
        return k
    end = _content_end(toks, c, sb)
    comma = next((r for r in range(c + 1, end) if toks[r].w in _COMMAS), end)
    raw.append(_Stmt(c, comma, speaker, verb=k))
    return comma
