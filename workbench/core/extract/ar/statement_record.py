"""A monitor's record told with "سجل"/"رصد": the monitor's own statement, its words the
recorded event (a verbal noun) or a count of incidents."""

from __future__ import annotations

from operator import itemgetter

from ..lang import ar as V
from .normalise import fold_set, fold_word
from .statement_adjuncts import _COMP
from .statement_content_end import _QUOTE_PAIRS, _content_end
from .statement_nested import _INCIDENTS, _REPORTED_EVENTS, _SINCE_DURING, _count_at
from .statement_shared import (
    _VERBS,
    _medium_at,
    _negated,
    _Stmt,
    _verb_form,
    verb_form_words,
)
from .tokens import Token

_RECORDING = fold_set(V.RECORDING_VERBS)
_RECORDING_WORDS = verb_form_words(_RECORDING)  # (the words a recording verb can be)
_WORD = itemgetter(0)  # a token's folded word
_OPENERS = fold_set(V.RECORD_CLAUSE_OPENERS)
_PAST = fold_set(V.RECORD_PAST_BEFORE)
_QAD = fold_word("قد")
_RELATIVES = fold_set(V.RELATIVE_PRONOUNS)
_FI = fold_word("في")
_POSSESSIVE_ENDS = V.POSSESSIVE_SUFFIXES
RECORD_ROOTS: tuple[str, ...] = tuple({fold_word(v)[:3] for v in V.RECORDING_VERBS})


def _records(toks: list[Token], sa: int, sb: int, raw: list[_Stmt], first: int) -> None:
    """Each record in the sentence [sa, sb) that no statement found so far holds
    (``raw[first:]`` are the sentence's)."""
    if _RECORDING_WORDS.isdisjoint(map(_WORD, toks[sa:sb])):
        return  # (no word of the sentence can be a recording verb: the loop finds none)
    for k in range(sa, sb):
        t = toks[k]
        if not t.is_word or _verb_form(t, _RECORDING) is None:
            continue
        if any(st.a - 1 <= k < st.b for st in raw[first:]) or _negated(toks, sa, k):
            continue
        found = _record(toks, sa, sb, k)
        if found is not None:
            c, speaker = found
            raw.append(_Stmt(c, _content_end(toks, c, sb), speaker))
            return


def _record(toks: list[Token], sa: int, sb: int, k: int) -> tuple[int, tuple[int, int]] | None:
    """(where the words start, the monitor) for the recording verb at ``k``, or None."""
    if k > sa and toks[k - 1].w == _QAD:
        # "وكانت المفوضية قد سجلت خلال عام 2025 نحو 37 حالة": the monitor before "قد"
        past = next((r for r in range(k - 2, sa - 1, -1) if toks[r].w in _PAST), None)
        if past is None or past + 1 >= k - 1 or not all(
                toks[r].is_word and not _verb_form(toks[r], _VERBS)
                for r in range(past + 1, k - 1)):
            return None
        # (a relative clause on the monitor is no part of its name: "وكانت الحصيلة التي
        # نشرها الدفاع المدني ... قد سجلت")
        rel = next((r for r in range(past + 2, k - 1) if toks[r].w in _RELATIVES), k - 1)
        speaker = (past + 1, rel)
        c = _object_at(toks, k + 1, sb)
        return (c, speaker) if c is not None else None
    if not (k == sa or toks[k].w[:1] in "وف" or toks[k - 1].w in _OPENERS):
        return None
    end = _monitor_end(toks, k + 1, sb)
    if end == k + 1:
        return None
    c = _object_at(toks, end, sb)
    return (c, (k + 1, end)) if c is not None else None


def _monitor_end(toks: list[Token], m: int, sb: int) -> int:
    """Past the monitor named from ``m``: its words and a quoted name, up to a comma, a
    time phrase, its medium ("في حصيلتها الأسبوعية"، "في بيان") or the object."""
    r = m
    while r < sb and r < m + 10:
        t = toks[r]
        if t.w in _QUOTE_PAIRS:
            close = next((e for e in range(r + 1, min(sb, r + 8)) if toks[e].w == _QUOTE_PAIRS[
                t.w]), None)
            if close is None:
                return r
            r = close + 1
            continue
        if not t.is_word or t.w in _COMP or t.w in _SINCE_DURING or _verb_form(t, _VERBS):
            return r
        if t.w in _REPORTED_EVENTS or _count_at(toks, r, sb, None):
            return r
        if t.w == _FI and r + 1 < sb and (_medium_at(toks, r, sb) or toks[r + 1].w.endswith(
                _POSSESSIVE_ENDS)):
            return r
        r += 1
    return r


def _object_at(toks: list[Token], c: int, sb: int) -> int | None:
    """The recorded event's verbal noun or a count of incidents, at most
    ``RECORD_OBJECT_MAX`` tokens on (past an aside, a time phrase, the medium), with no
    complementizer or verb of saying before it."""
    for r in range(c, min(sb, c + V.RECORD_OBJECT_MAX)):
        t = toks[r]
        if t.w in _COMP or _verb_form(t, _VERBS):
            return None
        if t.w in _REPORTED_EVENTS or _count_at(toks, r, sb, _INCIDENTS):
            return r
        if r == c and _count_at(toks, r, sb, None):
            return None  # "ورصدت اليابان 350 مليون دولار": a count of no incident at once
    return None
