"""Arabic casualty readings of the cases a hospital or a medical team received (round
ar183).

In a report of poisoning, suffocation or wounds, hospitals count the hurt as cases:
"استقبلت مستشفيات المدينة 90 حالة"، "وعالجت الفرق 25 حالة في المكان"، "أن عدد الحالات التي
استقبلها المستشفى بلغ 33 حالة"، "فيما نقلت 12 حالة أخرى إلى مستشفى المحافظة". The count of
"حالة/حالات" after a verb of receiving, treating, rushing, recording or carrying (or after
"بلغ" when such a verb is told before it in the sentence) is of people hurt, counted with
the wounded as the corpus counts those treated for gas or bad food. Only where the
document tells harm (poisoning, suffocation or a wounded figure read already): a hospital's
cases on a normal day ("استقبل المستشفى 300 حالة خلال العيد") stay unread, and so do cases
named by what they are ("حالة ولادة"، "حالات إسهال") and vague counts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans, word_in

_CASES = fold_set(V.CASE_NOUNS)
_RECEIVING = fold_set(V.CASES_RECEIVING_VERBS)
_REACHED = fold_set(V.CASES_REACHED_VERBS)
_AFTER = fold_set(V.CASES_AFTER_WORDS)
_HARM_STEMS: tuple[str, ...] = V.HARM_REPORT_STEMS
_CARRYING = fold_set(V.CARRIED_TO_HOSPITAL_VERBS)
_RUSHED = fold_set(V.RUSHED_VERBS)
_TAKING = _CARRYING | _RUSHED
_PATIENTS = fold_set(V.PATIENT_WORDS)
_OTHERS = fold_set(("آخرين", "آخرون", "أخريات"))
_TO = fold_set(("إلى", "الى"))
_HOSPITAL = fold_set(V.HOSPITAL_WORDS)
_OTHER_HOSPITAL = fold_set(("آخر", "أخرى"))
_OF_THEM = fold_set(V.PEOPLE_PARTITIVE_PRONOUNS)
# How many words of a subject may stand between the verb and the count ("وأسعفت فرق الدفاع
# المدني ستة أشخاص"، "ونقلت الطواقم اثنين منهم")
_CARRIER_WORDS = 3
# How many words may stand between the verb and the count (its subject: "مستشفيات
# القضاء"، "المركز الصحي في المديرية")
_SUBJECT_WORDS = 4
# How far back "بلغ" may find the verb its cases were received by ("عدد الحالات التي
# استقبلها المركز الصحي في البلدة بلغ")
_REACH_BACK = 9
# How many tokens a count before the case noun may take ("118"، "ثلاثة آلاف")
_COUNT_WORDS = 3


def cases_received(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                   out: list[dict[str, Any]], count_at: CountAt,
                   is_person: Callable[[list[Token], int | None], bool]) -> None:
    """Append to ``out`` the counts of cases received or treated, and of people carried to
    hospital or rushed, in a report of harm, where no figure holds their words yet."""
    if not any(f["outcome"] == "wounded" for f in out) and not any(
            s in folded.text for s in _HARM_STEMS):
        return
    taken: FigureSpans | None = None
    # the people carried first, then the cases counted, each where its own word stands
    readers = ((_TAKING, lambda sa, sb, i: _carried_at(toks, sa, sb, i, count_at, is_person)),
               (_CASES, lambda sa, sb, i: _cases_at(toks, sa, sb, i, count_at)))
    for words, read in readers:
        for i, at in positions_in_spans(toks, words, spans):
            sa, sb = spans[at]
            found = read(sa, sb, i)
            if found is None:
                continue
            a, b, low = found
            s, e = folded.span(toks[a].s, toks[b - 1].e)
            if taken is None:
                taken = FigureSpans(out)
            taken.take(out, new_figure(folded.original, s, e, "wounded", low))


def _cases_at(toks: list[Token], sa: int, sb: int, k: int,
              count_at: CountAt) -> tuple[int, int, int] | None:
    """The figure (first token, end, count) whose case noun is at ``k``, or None."""
    c = next((c for i in range(max(sa, k - _COUNT_WORDS), k)
              if (c := count_at(toks, i, sb)) is not None and c.b == k), None)
    if c is None or c.qual == "vague" or c.high is not None or c.a <= sa:
        return None
    b = k + 1
    if b < sb and toks[b].is_word and toks[b].w not in _AFTER:
        return None  # "300 حالة ولادة": cases named by what they are (outcomes read elsewhere)
    if b < sb and toks[b].w in _AFTER and toks[b].w.startswith(("أ", "ا")):
        b += 1  # "نقلت 34 حالة أخرى"
    for v in range(c.a - 1, max(sa, c.a - 1 - _SUBJECT_WORDS) - 1, -1):
        if not toks[v].is_word:
            return None  # (a comma or a quote between: another clause)
        if word_in(toks[v], _RECEIVING):
            return (v if v == c.a - 1 else c.a), b, c.low
        if word_in(toks[v], _REACHED):
            if any(word_in(toks[r], _RECEIVING) for r in range(max(sa, v - _REACH_BACK), v)):
                return c.a, b, c.low  # "عدد الحالات التي استقبلها المركز بلغ 47 حالة"
            return None
    return None


def _carried_at(toks: list[Token], sa: int, sb: int, v: int, count_at: CountAt,
                is_person: Callable[[list[Token], int | None], bool]
                ) -> tuple[int, int, int] | None:
    """The people (first token, end, count) carried to hospital ("نقل 28 طفلا إلى
    المستشفى") or rushed ("وأسعفت الفرق ستة أشخاص آخرين") by the verb at ``v``: the count
    right after the verb (or after a subject of up to three words), a person noun or
    "منهم" (a part of the hurt told before) after it and, for carrying, the hospital after
    "إلى". Patients moved between hospitals stay unread ("نقل 14 مريضا إلى مستشفى آخر")."""
    rushed = toks[v].w in _RUSHED
    c = None
    for i in range(v + 1, min(sb, v + 2 + _CARRIER_WORDS)):
        if (c := count_at(toks, i, sb)) is not None:
            break
        if not toks[i].is_word or (not toks[i].w.startswith("ال") and i > v + 1):
            return None  # (only a definite subject between: "الفرق"، "فرق الدفاع المدني")
    if c is None or c.qual == "vague" or c.high is not None or c.b >= sb:
        return None
    h = c.b
    part = toks[h].w in _OF_THEM
    if part and any(toks[r].w in _HOSPITAL for r in range(sa, v)):
        return None  # "استقبل المستشفى 30 جريحا، نقل خمسة منهم إلى مستشفيات": a transfer
    if not part and (toks[h].w in _PATIENTS or not is_person(toks, h)):
        return None
    b = h + 1
    if b < sb and toks[b].w in _OTHERS:
        b += 1
    if rushed:
        return (c.a if part else v), b, c.low
    if b + 1 < sb and toks[b].w in _TO and toks[b + 1].w in _HOSPITAL:
        if b + 2 < sb and toks[b + 2].w in _OTHER_HOSPITAL:
            return None  # "إلى مستشفى آخر": a transfer of patients
        # (a part, "ونقلت اثنين منهم إلى المستشفى", is its count and "منهم", as parts are)
        return (c.a, b, c.low) if part else (v, b + 2, c.low)
    return None
