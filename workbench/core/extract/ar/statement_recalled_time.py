"""(round ar159) A teller who recalls a time, then the words: 'ويتذكر الحرفي فلان صيف
2012 حين حملت النساء الصناديق إلى السوق: "..."'.

What is recalled (a time, "صيف 2012"، "يوم الفيضان") and a clause of time ("حين"،
"عندما") stand between the teller and the colon; they belong to the teller's sentence,
so the speaker ends before the time, and the words are the quotation after the colon
(within ``ABOUT_TOPIC_REACH`` tokens of the clause's opener, before the sentence ends).
Only for a verb of recalling; with no clause of time or no quotation nothing changes.
"""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import _QUOTES
from .tokens import Token, is_end

_RECALLING = fold_set((*V.RECALLING_VERBS, *("و" + v for v in V.RECALLING_VERBS)))
_TIME_NOUNS = fold_set(V.RECALLED_TIME_NOUNS)
_OPENERS = fold_set(V.RECALLED_TIME_OPENERS)
_TIME_REACH = V.RECALLED_TIME_REACH
_REACH = V.ABOUT_TOPIC_REACH


def recalled_time(toks: list[Token], verb: str, j: int, sb: int) -> tuple[int, int] | None:
    """(the speaker's end, the quotation's start) for a verb of recalling whose speaker
    opens at ``j`` and runs into a recalled time and its clause, or None."""
    if verb not in _RECALLING or j + 2 >= sb:
        return None
    end = next((r for r in range(j + 1, min(sb, j + 1 + _TIME_REACH))
                if toks[r].w in _TIME_NOUNS or toks[r].w in _OPENERS
                or not toks[r].is_word), None)
    if end is None or not toks[end].is_word:
        return None
    opener = next((r for r in range(end, min(sb, end + _TIME_REACH))
                   if toks[r].w in _OPENERS), None)
    if opener is None:
        return None
    for r in range(opener + 2, min(sb - 1, opener + 1 + _REACH)):
        t = toks[r]
        if t.w == ":":
            return (end, r + 1) if toks[r + 1].w in _QUOTES else None
        if is_end(t) or t.w in _QUOTES:
            return None
    return None
