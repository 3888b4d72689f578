"""Arabic casualty reading of executions carried out (round ar180).

An execution carried out is a killing: "أعدمت جماعة مسلحة أربعة أسرى"، "يعدمون ميدانيا 14
أسيرا" (the captives were killed, no longer held), "أعلنت الوزارة تنفيذ حكم الإعدام شنقا بحق
تسعة مدانين"، "نفذت السلطات حكم القصاص بحق ثلاثة رجال". A sentence only handed down (read
elsewhere as none), a penalty demanded ("طالبت النيابة بإيقاع عقوبة القتل على خمسة"), a stay
or a delay ("تأجيل تنفيذ حكم الإعدام بحق شابين") and a count of rulings ("أوقفت تنفيذ ستة
أحكام قصاص") count nobody.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set, fold_word
from .tokens import Token, positions_in_spans, word_in

_EXECUTING = fold_set(V.EXECUTING_VERBS)
_PENALTIES = fold_set(V.DEATH_PENALTIES)
_HEADS = fold_set(V.PENALTY_HEADS)
_CARRYING = fold_set(V.CARRYING_OUT)
_MANNERS = fold_set(V.EXECUTION_MANNERS)
_AGAINST = fold_set(V.AGAINST_WORDS)
_STAYS = fold_set(V.EXECUTION_STAYS)
_RULINGS = fold_set(V.RULING_NOUNS)
_PENALTY_WORDS = _PENALTIES | fold_set(V.EXECUTION_NOUNS_OTHER)
_PENALTY_NOUN = fold_word(V.PENALTY_NOUN)
# A verb of executing after these is wished, threatened or denied, not done ("هددت بأن
# تعدم"، "لم يعدم").
_NOT_DONE = fold_set(V.EXECUTING_NOT_DONE)
_HELD = frozenset(("captured", "arrested"))
# A relative or a report between a verb and a count: the count belongs to another clause
# ("أعدمت الحكومة الخطة التي قدمها ثلاثة وزراء").
_BREAKS = fold_set(V.EXECUTED_COUNT_BREAKS)
_BACK = 9  # tokens between a verb of executing and the captives' count (its doers)
# Tokens before a penalty where its carrying out or its stay is told, an aside of time
# included ("نفذت الجماعة، صباح اليوم الثلاثاء، حكم الإعدام").
_BEFORE = 10


def executions(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
               out: list[dict[str, Any]], count_at: CountAt,
               is_person: Callable[[list[Token], int | None], bool]) -> None:
    """Make captives executed killed, read people executed after a long subject and
    sentences carried out "بحق N" as killed, and drop penalties stayed or demanded and
    counts of rulings."""
    text = folded.text
    if out and ("حكام" in text or "حكما" in text or "قرارات" in text or "قضايا" in text):
        _drop_rulings(out)
    # (the folded stems: "أعدم"، "يعدمون" hold "عدم"; "الإعدام" holds "عدا")
    executing = "عدم" in text
    if executing:
        if out:
            _captives_executed(folded, toks, spans, out)
        _people_executed(folded, toks, spans, out, count_at, is_person)
    if executing or "عدا" in text or "قصاص" in text or "قتل" in text:
        _carried_out(folded, toks, spans, out, count_at)


def _drop_rulings(out: list[dict[str, Any]]) -> None:
    """"ستة أحكام قصاص": the count's noun is a ruling, no person."""
    out[:] = [f for f in out if not (f.get("group") and fold_word(str(f["group"]).split()[0])
                                     in _RULINGS)]


def _sentence(spans: list[tuple[int, int]], sent_starts: list[int], i: int
              ) -> tuple[int, int]:
    at = bisect_right(sent_starts, i) - 1
    return spans[at] if at >= 0 else (0, 0)


def _captives_executed(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                       out: list[dict[str, Any]]) -> None:
    # (a held figure's token is found by bisection on the tokens' original starts, computed
    # only at the tokens the search visits: the same comparisons as over the full list)
    sent_starts = [sa for sa, _ in spans]
    for f in out:
        if f["outcome"] not in _HELD:
            continue
        i = bisect_right(toks, int(f["start"]), key=lambda t: folded.span(t.s, t.e)[0]) - 1
        if i < 0 or _another_act(toks[i]):
            continue  # ("ويختطف العشرات": its own verb of taking)
        sa, _ = _sentence(spans, sent_starts, i)
        for m in range(i - 1, max(sa, i - _BACK) - 1, -1):
            w = toks[m].w
            if w == "،" or word_in(toks[m], _STAYS) or _another_act(toks[m]):
                break  # ("يعدم تسعة مدنيين ويختطف العشرات": the taken were not executed)
            if w in _EXECUTING:
                if m > sa and toks[m - 1].w in _NOT_DONE:
                    break
                s = folded.span(toks[m].s, toks[m].e)[0]
                if any(g is not f and s <= g["start"] < f["start"] for g in out):
                    break  # another figure, the verb's own object, stands between
                f["outcome"] = "killed"
                f["start"] = s
                f["text"] = folded.original[s:int(f["end"])]
                if f.get("group") is None:
                    last = f["text"].split()[-1]
                    if not any(ch.isdigit() for ch in last):
                        f["group"] = last
                break


def _people_executed(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                     out: list[dict[str, Any]], count_at: CountAt,
                     is_person: Callable[[list[Token], int | None], bool]) -> None:
    """"أعدم عناصر من تنظيم "حراس الجبل" ثلاثة رعاة": the first count of people after a
    verb of executing, within its subject's reach, is of people killed."""
    # (the figures kept by span, built at the first count: each verb walked every figure
    # of the text, and a report of many executions grew as a square; review 48)
    taken: FigureSpans | None = None
    for m, at in positions_in_spans(toks, _EXECUTING, spans):
        sa, sb = spans[at]
        if m > sa and toks[m - 1].w in _NOT_DONE:
            continue
        for j in range(m + 1, min(sb, m + 1 + _BACK)):
            t = toks[j]
            if t.w == "،" or word_in(t, _STAYS) or t.w in _BREAKS or _another_act(t):
                break
            c = count_at(toks, j, sb)
            if c is None:
                continue
            if c.b < sb and toks[c.b].is_word and is_person(toks, c.b):
                s = folded.span(toks[m].s, toks[m].e)[0]
                gs, ge = folded.span(toks[c.b].s, toks[c.b].e)
                if taken is None:
                    taken = FigureSpans(out)
                taken.take(out, new_figure(folded.original, s, ge, "killed", c.low, c.high,
                                           c.qual, group=folded.original[gs:ge]))
            break


def _another_act(t: Token) -> bool:
    """A word joined by "و" ("ويختطف"، "وخطفوا"): another act, or another figure's."""
    return t.is_word and t.w[:1] == "و" and len(t.w) > 3


def _carried_out(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                 out: list[dict[str, Any]], count_at: CountAt) -> None:
    for k, at in positions_in_spans(toks, _PENALTY_WORDS, spans):
        sa, sb = spans[at]
        window = range(max(sa, k - _BEFORE), k)
        carry = next((m for m in window if toks[m].w in _CARRYING), None)
        stayed = any(word_in(toks[m], _STAYS) for m in window)
        demanded = toks[k - 1].w == _PENALTY_NOUN if k > sa else False
        s = folded.span(toks[k].s, toks[k].e)[0]
        if stayed or (demanded and carry is None):
            # nobody died: drop what was read from this penalty on
            out[:] = [f for f in out if not (f["outcome"] == "killed"
                                             and f["start"] == s)]
            continue
        if carry is None or toks[k].w not in _PENALTIES or k == sa or (
                toks[k - 1].w not in _HEADS):
            continue
        c = _count_after(toks, k + 1, sb, count_at)
        if c is None or c.b >= sb or not toks[c.b].is_word:
            continue
        gs, ge = folded.span(toks[c.b].s, toks[c.b].e)
        if any(f["start"] < ge and f["end"] > s and f["outcome"] == "killed"
               for f in out):
            continue  # read already
        out[:] = [f for f in out if not (f["start"] < ge and f["end"] > s)]
        out.append(new_figure(folded.original, s, ge, "killed", c.low, c.high,
                              c.qual, group=folded.original[gs:ge]))


def _count_after(toks: list[Token], j: int, sb: int, count_at: CountAt):  # type: ignore[no-untyped-def]
    """The count after "بحق" or "على", past up to three words of manner ("شنقا"، "رميا
    بالرصاص")."""
    for _ in range(3):
        if j < sb and toks[j].w in _MANNERS:
            j += 1
    if j >= sb or toks[j].w not in _AGAINST:
        return None
    return count_at(toks, j + 1, sb)
