"""(round ar144) A scene or a state summed up in a quotation: "ولخص الصياد فلان وضع البحارة
بقوله: "..."", "واختصرت صاحبة المقهى، فلانة، المشهد: "..."", "ويصف السائق الوضع بالقول".

The verbs of summing up and describing are words only with a noun of a scene or a state
as their object and the masdar of saying, or a colon and a quotation, right after it; the
subject runs from the verb to that noun. Without the object noun they describe a thing
("ووصف الوزير الهجوم بالجبان") or sum up a report ("ولخص التقرير أبرز التحديات")."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_adjuncts import _QUOTES, _content_start
from .statement_content_end import _content_end
from .statement_object_subject import _COMMAS
from .statement_shared import _ORIGIN_PREPOSITIONS, _Stmt
from .tokens import Token, word_in

_SUMMING = fold_set(V.SUMMING_VERBS)
_SUMMED = fold_set(V.SUMMED_UP_NOUNS)
_MASDARS = fold_set((*V.SAYING_MASDARS, *V.OWN_SAYING_MASDARS))
SUMMING_ROOTS = tuple(fold_word(w) for w in V.SUMMING_ROOTS_FOLDED)
# how many tokens the subject (a trade, a name, commas between) may take before the object
_SUBJECT_MAX = 10
# how many words of the object's genitive ("حال المدرسة الابتدائية") before the masdar
_OBJECT_MAX = 4
# the longest name set between commas after a title ("صاحبة المقهى، هالة زياد الشامي،")
_NAME_MAX = 4


def summed_up(toks: list[Token], sa: int, sb: int, raw: list[_Stmt], before: int) -> None:
    """The quotation after a verb of summing up, its subject and a noun of a state, added
    to ``raw``; an entry of the sentence that took the verb into its speaker (a colon's
    reading of all before it) is replaced."""
    for v in range(sa, sb - 4):
        if (v > sa and toks[v - 1].w not in _COMMAS) or word_in(toks[v], _SUMMING) is None:
            continue  # a verb at the clause's start only ("... الذي وصف ...")
        o = next((r for r in range(v + 2, min(sb, v + 2 + _SUBJECT_MAX))
                  if not (toks[r].is_word or toks[r].w in _COMMAS)
                  or word_in(toks[r], _SUMMED) is not None), sb)
        if o >= sb or not toks[o].is_word:
            continue
        c = _quoted_after(toks, o + 1, sb)
        if c is None:
            continue
        e = o
        while e > v + 1 and toks[e - 1].w in _COMMAS:
            e -= 1
        speaker = _named_between_commas(toks, v + 1, e) or (v + 1, e)
        wrong = [st for st in raw[before:]
                 if (st.speaker is not None and st.speaker[0] <= v < st.speaker[1])
                 or st.a == c]
        for st in wrong:
            raw.remove(st)
        raw.append(_Stmt(c, _content_end(toks, c, sb), speaker))
        return


def _quoted_after(toks: list[Token], m: int, sb: int) -> int | None:
    """Where the words start after the object's few plain words: past the masdar of saying
    and its colon or complementizer, or past a colon with a quotation after it."""
    for r in range(m, min(sb, m + _OBJECT_MAX + 1)):
        t = toks[r]
        if t.w in _MASDARS or word_in(t, _MASDARS) is not None:
            return _content_start(toks, r + 1, sb, max_skip=0)
        if t.w == ":":
            if r + 1 < sb and toks[r + 1].w in _QUOTES:
                return _content_start(toks, r, sb, max_skip=0)
            return None
        if not t.is_word:
            return None
    return None


def _named_between_commas(toks: list[Token], a: int, e: int) -> tuple[int, int] | None:
    """The name set between commas after the subject's title ("صاحبة أحد المقاهي، هالة زياد
    الشامي،"): the one who speaks, as the sets' gold names such a speaker."""
    first = next((r for r in range(a + 1, e) if toks[r].w in _COMMAS), None)
    if first is None or e - first - 1 < 2 or e - first - 1 > _NAME_MAX:
        return None
    if not all(toks[r].is_word for r in range(first + 1, e)):
        return None
    if toks[first + 1].w in _ORIGIN_PREPOSITIONS:
        # round ar148: "وأوجز التاجر فلان، من سوق المدينة، حاله بقوله": where he comes
        # from describes the one named before it, who speaks
        return a, first
    return first + 1, e
