"""Arabic casualty reading of one of the injuries counted just before (round ar165).

Medical services tell the wounded by their injuries ("تعاملت الطواقم مع خمس إصابات بالرصاص
الحي") and then single one out with the feminine "one of them", as the plural of a thing
takes it: "، إحداها خطيرة"، "، إحداها بحالة حرجة". That one is a wounded person of the
count, as "أحدهم في حالة حرجة" is one of the wounded people. Read only right after the
comma that follows a count of injuries ("إصابات") read as wounded, with at most a few
words of weapon, time and place between, and only when a severity follows: "أطلقت خمسة
صواريخ، إحداها سقط في البحر" has no injuries before it, "، إحداها لمسعف" tells whose it
was. The body part hit ("، إحداها في الرأس") is read by one set and not by another, so it
is left unread.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .normalise import Folded, fold_set, fold_word
from .tokens import Token, positions_in_spans, word_in

_ONE = fold_set(w for w in V.ONE_INJURY_WORDS if " " not in w)
_INJURIES = fold_set(V.ONE_INJURY_COUNTED_NOUNS)
_STATE_OPENERS = fold_set(V.ONE_INJURY_STATE_OPENERS)
_SEVERITY = fold_set(V.SEVERITY_WORDS)
_COMMAS = frozenset(("،", ","))
_IN = fold_set(V.ONE_INJURY_IN_STATE[:1])
_STATE = fold_word(V.ONE_INJURY_IN_STATE[1])


def one_injury(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
               out: list[dict[str, Any]]) -> None:
    """Append to ``out`` one wounded for each "إحداها" that singles out one of the
    injuries counted right before it."""
    taken: FigureSpans | None = None
    for k, at in positions_in_spans(toks, _ONE, spans):
        sa, sb = spans[at]
        if k - 1 <= sa or toks[k - 1].w not in _COMMAS or not _injuries_before(
                folded, toks, sa, k - 1, out):
            continue
        end = _injury_told(toks, k + 1, sb)
        if end is None:
            continue
        s, e = folded.span(toks[k].s, toks[end - 1].e)
        if taken is None:
            taken = FigureSpans(out)
        taken.take(out, new_figure(folded.original, s, e, "wounded", 1))


def _injuries_before(folded: Folded, toks: list[Token], sa: int, comma: int,
                     out: list[dict[str, Any]]) -> bool:
    """Does a figure of two or more wounded, ending on a count of injuries ("خمس
    إصابات"), stand a few words before the comma at ``comma``, with only words between
    (the weapon, time and place) and no figure after it?"""
    n = next((r for r in range(comma - 1, max(sa, comma - V.ONE_INJURY_REACH - 1) - 1, -1)
              if word_in(toks[r], _INJURIES) is not None), None)
    if n is None or not all(toks[r].is_word for r in range(n + 1, comma)):
        return False
    lo, _ = folded.span(toks[sa].s, toks[sa].e)
    ns, ne = folded.span(toks[n].s, toks[n].e)
    hi, _ = folded.span(toks[comma].s, toks[comma].e)
    before = [f for f in out if lo <= f["start"] and f["end"] <= hi]
    if not before:
        return False
    last = max(before, key=lambda f: f["end"])
    return last["outcome"] == "wounded" and int(last["count_low"]) >= 2 and (
        last["start"] <= ns and last["end"] == ne)


def _injury_told(toks: list[Token], j: int, sb: int) -> int | None:
    """After "إحداها" at ``j - 1``: the end of the severity that tells the injury, alone
    ("خطيرة") or after a word of state ("بحالة حرجة"، "وصفت بالخطيرة"، "في حالة خطرة"),
    or None. Where it was taken ("إحداها في الرأس") or by what ("إحداها بالرصاص الحي")
    is left unread: the sets split on it."""
    if j >= sb or not toks[j].is_word:
        return None
    w = toks[j].w
    if w in _SEVERITY:
        return j + 1  # "إحداها خطيرة"
    if w in _STATE_OPENERS and j + 1 < sb and toks[j + 1].w in _SEVERITY:
        return j + 2  # "إحداها بحالة حرجة"، "إحداها وصفت بالخطيرة"
    if w in _IN and j + 2 < sb and toks[j + 1].w == _STATE and toks[j + 2].w in _SEVERITY:
        return j + 3  # "إحداها في حالة خطيرة"
    return None
