"""(round ar192) A call, then the count that moved it: "ودعت المنظمة إلى "حماية
المهاجرين"، بعد أن أحصت وفاة 28 مهاجرا منذ مطلع العام"، "ودعا المرصد إلى تحقيق، بعدما
وثق مقتل 12 مدنيا". The clause after "، بعد أن"/"، بعدما" is no part of what was called
for: its verb of counting or documenting (its own attribution, as "أحصى" opens one) has
the caller as its subject, so the call ends at the comma and the count is a second entry
of the same speaker, its words the object of that verb.

Not read: another verb after "بعد أن" ("، بعد أن غرق قارب"، "، بعد أن قتل 40 مدنيا بحسب
...": the writer's account of what came before, left as it was), and reported words that
are no call (the clause's subject may be someone else there)."""

from __future__ import annotations

from dataclasses import replace

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_shared import _insert, _Stmt
from .tokens import Token

_CALL_PREPS = fold_set(V.CALL_COUNT_PREPOSITIONS)
_COUNTING = fold_set(V.RECORD_COUNTING_VERBS) | fold_set(V.DOCUMENTING_VERBS)
_AFTER = fold_set(V.CALL_COUNT_AFTER)  # "بعدما"
_AFTER_THAT = tuple(fold_set(w) for w in V.CALL_COUNT_AFTER_THAT)  # "بعد"، "أن"
_COMMAS = frozenset(("،", ","))
# the folded roots a text must hold for any of this to be read
CALL_COUNT_ROOTS: tuple[str, ...] = tuple(fold_word(w) for w in V.CALL_COUNT_ROOTS)
# the shortest call: its preposition and a word
_MIN_CALL = 2


def _count_verb(toks: list[Token], c: int, b: int) -> int | None:
    """The verb of counting right after "بعد أن"/"بعدما" that follows the comma at ``c``,
    with at least a word after it before ``b``; None otherwise."""
    r = c + 1
    if r < b and toks[r].w in _AFTER:
        r += 1
    elif r + 1 < b and toks[r].w in _AFTER_THAT[0] and toks[r + 1].w in _AFTER_THAT[1]:
        r += 2
    else:
        return None
    return r if r + 1 < b and toks[r].w in _COUNTING and toks[r + 1].is_word else None


def count_after_call(toks: list[Token], raw: list[_Stmt], before: int) -> None:
    """Split the calls read from ``before`` on whose words a count follows (see above)."""
    for i in range(len(raw) - 1, before - 1, -1):
        st = raw[i]
        if st.b - st.a <= _MIN_CALL or toks[st.a].w not in _CALL_PREPS or st.same_as is not None:
            continue
        c = next((r for r in range(st.a + _MIN_CALL, st.b - 2) if toks[r].w in _COMMAS and (
            _count_verb(toks, r, st.b) is not None)), None)
        if c is None:
            continue
        v = _count_verb(toks, c, st.b)
        assert v is not None
        _insert(raw, i + 1, replace(st, a=v + 1, verb=v))
        st.b = c
