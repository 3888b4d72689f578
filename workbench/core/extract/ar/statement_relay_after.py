"""A relay after the clause it reports: "قتل خمسة جنود فجر السبت ...، ذكرت إذاعة "..." نقلا
عن ضابط في الموقع." The verb, its outlet and the relayed source close the sentence with no
words of their own after them; the words are the clause before the comma, given by the
outlet and by the source, as after "بحسب ما نقلت الوكالة عن مصدر" (round ar162)."""

from __future__ import annotations

from ..lang import ar as V
from .normalise import fold_set
from .statement_adjuncts import _QUOTES
from .statement_object_subject import _COMMAS
from .statement_speaker_end import _closing_place, _speaker_end
from .tokens import Token, is_end

CLOSING_RELAY = fold_set(V.CLOSING_RELAY_VERBS)
_RELAYING_FROM = tuple(V.RELAYING_FROM)
# the least number of words the clause before the comma must hold to be a report
_MIN_CLAUSE_WORDS = 3


def relay_after_clause(toks: list[Token], sb: int, k: int, seg_start: int,
                       ) -> tuple[int, int, list[tuple[int, int]]] | None:
    """At the verb ``k`` (one of ``CLOSING_RELAY_VERBS``, with no "و", right after a
    comma): the clause [a, b) from ``seg_start`` to the comma and the two speakers, the
    outlet after the verb and the source after "نقلا عن", when the source closes the
    sentence; None otherwise (a relay with words of its own after it, or with no clause
    before it, is read by the verb's own rules)."""
    if k - 1 <= seg_start or toks[k - 1].w not in _COMMAS:
        return None
    e = _speaker_end(toks, k + 1, sb)
    if e <= k + 1 or e + 2 >= sb or (toks[e].w, toks[e + 1].w) != _RELAYING_FROM or not (
            toks[e + 2].is_word):
        return None
    r1 = _speaker_end(toks, e + 2, sb)
    if r1 > e + 2:
        r1 = _closing_place(toks, r1, sb)  # "عن ضابط في الموقع.": the source's body
    if r1 <= e + 2 or not (r1 >= sb or is_end(toks[r1])):
        return None
    a = seg_start
    while a < k and not toks[a].is_word and toks[a].w not in _QUOTES:
        a += 1
    b = k - 1
    while b > a and toks[b - 1].w in _COMMAS:
        b -= 1
    if sum(toks[r].is_word for r in range(a, b)) < _MIN_CLAUSE_WORDS or any(
            is_end(toks[r]) for r in range(a, b)):
        return None
    return a, b, [(k + 1, e), (e + 2, r1)]


_RELAYING = _RELAYING_FROM[0]
_AND = "و"


def bare_relay(toks: list[Token], sb: int, k: int, seg_start: int) -> bool:
    """"ذكرت إذاعة "..." نقلا عن ضابط في الموقع." with nothing reported: the relay's own
    verb opens the clause at ``seg_start`` and its outlet runs up to "نقلا" at ``k``, so
    the words before "نقلا" are the outlet's name, never the source's words."""
    if toks[k].w != _RELAYING:
        return False
    # (the verb's own reading, which found no words, leaves the clause after it)
    v = seg_start if toks[seg_start].w.removeprefix(_AND) in CLOSING_RELAY else seg_start - 1
    return v >= 0 and k > v + 1 and toks[v].w.removeprefix(
        _AND) in CLOSING_RELAY and _speaker_end(toks, v + 1, sb) == k


def relay_as_words(toks: list[Token], raw: list, before: int) -> None:
    """Drop the entries from ``before`` on whose words open with "نقلا عن" ("أفادت
    الوكالة نقلا عن مصدر أمني." read with the relay as its words): the relay names who
    spoke, it says nothing."""
    raw[before:] = [st for st in raw[before:] if not (
        st.b > st.a + 1 and (toks[st.a].w, toks[st.a + 1].w) == _RELAYING_FROM)]
