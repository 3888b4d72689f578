"""The held as the group of another outcome, the recaptured, suspension from work and the
kin of the missing (round ar160).

A noun of the held ("معتقل"، "أسير"، "سجين"، "محتجز") counts people arrested or captured
when it stands alone. News also names them as the group of what befell them after:

* a verb of dying right after the counted ("معتقلين اثنين توفيا تحت التعذيب"): killed,
  as "وفاة معتقلين" already is;
* a state of the missing, a verb of vanishing or their own fate unknown after them,
  "still" before it or not, a place of origin between ("1300 معتقل من المنطقة ما زالوا
  مفقودين"، "12 معتقلا ما زال مصيرهم مجهولا"): missing.

Two shapes look like arrests or the missing and count neither: a suspension from work
("توقيف حارسين عن العمل") and the kin of the missing or the held gathered ("العشرات من ذوي
مفقودين"). And the escaped taken again ("سبعة من الفارين أعيد القبض عليهم") are arrested.

The tests run per figure on the words right after it; the recapture reader looks for the
letters of "أعيد" in the folded text before walking any word.
"""

from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter, itemgetter
from typing import Any

from ..figure_spans import FigureSpans
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .casualty_recorded_dead import recorded_dead_at
from .casualty_subject_first import dying_idiom_at
from .normalise import Folded, fold_set, fold_word
from .tokens import Token, word_in

_HELD_NOUNS = fold_set((*V.EXCHANGED_CAPTIVES, *V.INMATE_NOUNS, *V.HELD_ONE_NOUNS,
                        *V.HELD_NOUNS, *V.HELD_FATE_EXTRA_NOUNS))
_DEATH = fold_set(V.DEATH_AFTER_WOUNDED)
_MISSING = fold_set(V.HELD_MISSING_STATES)
_VANISHED = fold_set(V.HELD_VANISHED_VERBS)
_STILL_OPENERS = fold_set(V.HELD_STILL_OPENERS)
_STILL = fold_set((*V.STILL_VERBS, *V.DUAL_STILL_VERBS))
_STILL_JOINED = fold_set(V.HELD_STILL_JOINED)
_AMONG = fold_set(V.HELD_MISSING_AMONG)
_FATE_OWN = fold_set((*V.FATE_OWN_PLURAL, *V.FATE_OWN_SINGULAR))
_UNKNOWN = fold_set(V.UNKNOWN_FATE_STATES)
_NEGATED = fold_set(V.UNKNOWN_FATE_NEGATED)
_KNOWN = fold_set(V.UNKNOWN_FATE_KNOWN)
_FROM = fold_word("من")
_IN = fold_word("في")
_SUSPENSION_STEMS = tuple(fold_word(w) for w in V.SUSPENSION_STEMS)
_SUSPENSION_FROM = fold_set(V.SUSPENSION_FROM)
_WORK = fold_set(V.SUSPENDED_FROM_NOUNS)
_KIN = fold_set(V.KIN_OF_THE_COUNTED)
# The nouns whose kin gather: the missing and the held ("مفقودين"، "المعتقلين").
_KIN_OF_WHOM = fold_set(w for w, o in V.OUTCOME_NOUNS.items()
                        if o in ("missing", "captured", "arrested")) | _HELD_NOUNS
_AGAIN = fold_set(V.RECAPTURE_AGAIN)
_AGAIN_STEM = fold_word("عيد")
_ARRESTS = fold_set(V.RECAPTURE_ARRESTS)
_ESCAPED = fold_set(V.ESCAPED_NOUNS)


def told_by_held_noun(toks: list[Token], a: int, b: int, count_a: int) -> bool:
    """Is the figure ``[a, b)`` told by its held noun, not by a verb before the count
    ("معتقلين اثنين"، "1300 معتقل"; not "اعتقل 3 أشخاص")?"""
    return (a >= count_a or word_in(toks[a], _HELD_NOUNS) is not None) and any(
        word_in(toks[r], _HELD_NOUNS) for r in range(a, b))


def held_died_after(toks: list[Token], b: int, sb: int, one: bool) -> int | None:
    """A verb of dying right after the held counted up to ``b`` ("توفيا"، "استشهدوا"،
    "فارقوا الحياة"): where it ends, or None. A singular verb after many has a subject of
    its own ("23 معتقلا توفي اثنان منهم")."""
    if b >= sb:
        return None
    w = toks[b].w
    if not one and not w.endswith("ا"):
        return None
    if w in _DEATH:
        return b + 1
    if dying_idiom_at(toks, b, sb) or recorded_dead_at(toks, b, sb):
        return b + 2  # (round ar186: "900 معتقل سجلوا متوفين", recorded dead)
    return None


def held_missing_after(toks: list[Token], b: int, sb: int) -> int | None:
    """A state of the missing told of the held counted up to ``b``, a place of origin
    after "من" between ("ما زالوا مفقودين"، "اختفوا"، "ما زال مصيرهم مجهولا"، "في عداد
    المفقودين"): where it ends, or None."""
    starts = [b]
    if b + 1 < sb and toks[b].w == _FROM:
        starts.extend(range(b + 2, min(sb, b + 2 + V.HELD_FATE_GAP)))
    for j in starts:
        end = _missing_at(toks, j, sb)
        if end is not None:
            return end
    return None


def _still(toks: list[Token], j: int, sb: int) -> int:
    """Past "still" at ``j`` ("ما زالوا"، "لا يزال"، "مازالوا"), or ``j`` itself."""
    if j < sb and toks[j].w in _STILL_JOINED:
        return j + 1
    if j + 1 < sb and toks[j].w in _STILL_OPENERS and toks[j + 1].w in _STILL:
        return j + 2
    return j


def _missing_at(toks: list[Token], j: int, sb: int) -> int | None:
    k = _still(toks, j, sb)
    if k >= sb:
        return None
    w = toks[k].w
    if w in _MISSING:
        return k + 1
    if k == j and w in _VANISHED:
        return k + 1
    if w == _IN and k + 2 < sb and toks[k + 1].w in _AMONG and toks[k + 2].w[2:] in _MISSING:
        return k + 3
    if w in _FATE_OWN:
        m = _still(toks, k + 1, sb)
        if m < sb and (last := unknown_fate_end(toks, m, sb)) is not None:
            return last + 1
    return None


def unknown_fate_end(toks: list[Token], r: int, sb: int) -> int | None:
    """The last token of an unknown fate at ``r`` (`مجهول`, or `لا/لم` and `يعرف`), or None
    (shared with the exchanges' fates)."""
    if toks[r].w in _UNKNOWN:
        return r
    if toks[r].w in _NEGATED and r + 1 < sb and toks[r + 1].w in _KNOWN:
        return r + 1
    return None


def suspended_from_work(toks: list[Token], a: int, b: int, sb: int) -> bool:
    """Is the arrest ``[a, b)`` told by a word of stopping ("توقيف"، "إيقاف"، "أوقفت")
    with "عن" and a noun of work after it ("عن العمل"، "عن الخدمة")? A suspension."""
    w = toks[a].w
    if not any(stem in w for stem in _SUSPENSION_STEMS):
        return False
    for r in range(b, min(sb - 1, b + V.SUSPENSION_GAP)):
        if toks[r].w in _SUSPENSION_FROM and toks[r + 1].w in _WORK:
            return True
    return False


def kin_of_counted(toks: list[Token], group: tuple[int, int] | None, b: int) -> bool:
    """Is the group the kin, in construct, of the outcome's noun of the missing or the held
    that ends the figure ("العشرات من ذوي مفقودين"، "أهالي المختطفين")? The kin are
    counted, and they are neither. ("عشرات العائلات غادرت": the families themselves.)"""
    if group is None or b != group[0] + 2:
        return False
    kin = toks[group[0]]
    return not kin.w.startswith("ال") and word_in(kin, _KIN) is not None and word_in(
        toks[b - 1], _KIN_OF_WHOM) is not None


_start = attrgetter("s")
_first = itemgetter(0)


def recaptured(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
               out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append the escaped taken again that no figure holds: a count, "من" and a noun of
    the escaped, then "أعيد" and an arrest at most RECAPTURE_GAP words on ("سبعة من
    الفارين أعيد القبض عليهم"): arrested."""
    text = folded.text
    at = text.find(_AGAIN_STEM)
    if at < 0:
        return
    taken = FigureSpans(out)
    seen: set[int] = set()
    while at >= 0:
        v = bisect_right(toks, at, key=_start) - 1
        at = text.find(_AGAIN_STEM, at + 1)
        if v in seen or v < 3 or v + 1 >= len(toks) or toks[v].w not in _AGAIN or (
                toks[v + 1].w not in _ARRESTS):
            continue
        seen.add(v)
        k = bisect_right(spans, v, key=_first) - 1
        sa = spans[k][0] if k >= 0 else 0
        for e in range(v - 1, max(sa, v - 1 - V.RECAPTURE_GAP) - 1, -1):
            if word_in(toks[e], _ESCAPED) and e - 2 >= sa and toks[e - 1].w == _FROM:
                fig = _part(folded, toks, sa, e, count_at, v + 2)
                if fig is not None and not taken.overlaps(fig["start"], fig["end"]):
                    out.append(fig)
                    taken.add(fig)
                elif fig is not None:
                    _escaped_taken_again(out, fig)
                break


def _escaped_taken_again(out: list[dict[str, Any]], fig: dict[str, Any]) -> None:
    """A part of the escaped read as people who fled ("وتسعة من الفارين أعيد القبض
    عليهم" after "فر 30 سجينا") is the recaptured: the flight was the jailbreak."""
    for f in out:
        if f["outcome"] == "displaced" and f["start"] == fig["start"] and (
                f["count_low"] == fig["count_low"]):
            f.update(fig)
            return


def _part(folded: Folded, toks: list[Token], sa: int, e: int, count_at: CountAt,
          end: int) -> dict[str, Any] | None:
    """The count ending right before "من" at ``e - 1``, as a figure up to ``end``."""
    for a in range(max(sa, e - 4), e - 1):
        c = count_at(toks, a, e)
        if c is not None and c.a == a and c.b == e - 1:
            s, en = folded.span(toks[a].s, toks[end - 1].e)
            gs, ge = folded.span(toks[e - 1].s, toks[e].e)
            return {"start": s, "end": en, "text": folded.original[s:en],
                    "outcome": "arrested", "count_low": c.low, "count_high": c.high,
                    "qualifier": c.qual, "group": folded.original[gs:ge]}
    return None
