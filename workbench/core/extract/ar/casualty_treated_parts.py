"""Arabic casualty readings of a part of the hurt told by its care (round ar183).

After a count of the poisoned, the suffocating or the wounded, doctors tell how many of
them are still in hospital or have left it after treatment: "وقال الطبيب إن ثلاثة منهم ما
زالوا في العناية المركزة"، "وأن 15 منهم غادروا بعد تلقي العلاج"، "وأن خمسة آخرين ما زالوا
تحت المراقبة"، "وإن اثنين منهم يتلقون العلاج". Only the hurt are treated, so "N منهم" (or
"N آخرين") before such a state is a part of the wounded, when the last figure told before
it in the document is of the wounded and counts more. Staying with no care after it
("ما زالوا في عداد المفقودين"، "بقوا في منازلهم") and parts with no wounded before stay
unread. (Leaving the hospital itself is ``casualty_discharged``.)
"""

from __future__ import annotations

from operator import itemgetter
from typing import Any

from ..figure_spans import FigureSpans, new_figure, whole_before
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .casualty_parts import members_after_part
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans

_STAYED = fold_set(V.STAYED_UNDER_CARE_VERBS)
_LEFT = fold_set(V.LEFT_AFTER_CARE_VERBS)
_TREATED = fold_set(V.BEING_TREATED_VERBS)
_TAKEN = fold_set(V.TAKEN_TO_CARE_VERBS)  # (round ar187) "اثنين منهم نقلا إلى المستشفى"
_VERB_FIRST = fold_set(V.LEFT_VERB_FIRST)  # (round ar191) "حيث غادر خمسة منهم"
_CARE_VERBS = _STAYED | _LEFT | _TREATED | _TAKEN | _VERB_FIRST
_MEANS = fold_set(V.AMBULANCE_MEANS)
_AMBULANCE = fold_set(V.AMBULANCE_WORDS)
_PURPOSE = fold_set(V.CARE_PURPOSE_WORDS)
_WHOLES = fold_set(V.WOUNDED_DEFINITE_WHOLES)
# How many words the place after "إلى" may take before the ambulance that took a part there
_PLACE_WORDS = 4
_TO = fold_set(("إلى", "الى"))
_NEGATORS = fold_set(("ما", "لا"))
_MARKERS = fold_set((*V.OF_THEM, "آخرين", "آخرون", "أخريات", *V.REST_MARKERS))
_IN = fold_set(("في",))
_UNDER = fold_set(("تحت",))
_AFTER = fold_set(("بعد",))
_CARE_PLACES = fold_set((*V.HOSPITAL_WORDS, "العناية"))
_WATCH = fold_set(("المراقبة", "الملاحظة", "العلاج"))
_TREATMENT = fold_set(("تلقي", "تلقيهم", "تلقيهما", "العلاج", "علاجهم", "علاجهما",
                       *V.FIRST_AID_WORDS))
_END = itemgetter("end")
_AMONG = fold_set(V.PART_MARKERS)
_COMMAS = frozenset(("،", ","))
# How many tokens the rest of the care may take before "بينهم" lists the part's members.
_MEMBER_GAP = 10
_OPENING_QUOTES = frozenset(('"', "«", "“"))
# How many tokens a count before the marker may take ("خمسة"، "12"، "ثلاثة آلاف")
_COUNT_WORDS = 3


def treated_parts(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                  out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` the parts of the wounded told by their care, where no figure
    holds their words yet."""
    if not out and not any(w in folded.text for w in _WHOLES):
        return  # (round ar191: the hurt may be the whole by their definite noun alone)
    taken: FigureSpans | None = None
    for m, at in positions_in_spans(toks, _CARE_VERBS, spans):
        sa, sb = spans[at]
        cared = toks[m].w not in _VERB_FIRST and _cared(toks, sb, m, m + 1)
        part = _part_before(toks, sa, sb, m, count_at) if cared else None
        if part is None and cared and toks[m].w in _TAKEN:
            part = _bare_count_before(toks, sa, sb, m, count_at)  # "وإن اثنين نقلا إلى"
        if part is None and m + 2 < sb and (c := count_at(toks, m + 1, sb)) is not None and (
                c.b + 1 < sb and toks[c.b].w in _MARKERS and _cared(toks, sb, m, c.b + 1)):
            part = c, c.b  # "وما زال ثلاثة منهم في المستشفى": the verb first
        if part is None or part[0].qual == "vague" or part[0].high is not None:
            continue
        c, r = part
        s, e = folded.span(toks[c.a].s, toks[r].e)
        if taken is None:
            taken = FigureSpans(out)
            figs = sorted(out, key=_END)
            ends = [f["end"] for f in figs]
        if not whole_before(figs, ends, 0, s, c.low, "wounded") and not _definite_whole(
                folded, toks, sa, c.a, s, figs):
            continue
        if not taken.take(out, new_figure(folded.original, s, e, "wounded", c.low)):
            continue
        if (j := _members_marker(toks, max(m, r) + 1, sb)) is not None:
            # (round ar186) "وأن خمسة منهم بقوا تحت الملاحظة، بينهم طفلة": the members of
            # the part kept under care are of its wounded
            for member in members_after_part(folded, toks, j, sb, "wounded", c.low, out,
                                             count_at):
                out.append(member)
                taken.add(member)


def _part_before(toks: list[Token], sa: int, sb: int, m: int,
                 count_at: CountAt) -> tuple[Any, int] | None:
    """The count and its marker ("ثلاثة منهم"، "خمسة آخرين") right before the verb at ``m``
    (or before its negator: "ما زالوا"، "لا يزالون")."""
    r = m - 1
    if r > sa and toks[r].w in _NEGATORS:
        r -= 1
    if r > sa and toks[r].w in _OPENING_QUOTES:
        r -= 1  # (round ar186) the state quoted from the doctor: 'خمسة آخرين "ما زالوا'
    if r <= sa or toks[r].w not in _MARKERS:
        return None
    c = next((c for i in range(max(sa, r - _COUNT_WORDS), r)
              if (c := count_at(toks, i, sb)) is not None and c.b == r), None)
    return None if c is None else (c, r)


def _bare_count_before(toks: list[Token], sa: int, sb: int, m: int,
                       count_at: CountAt) -> tuple[Any, int] | None:
    """(round ar191) A count right before a verb of taking to care, with no "منهم": "وإن
    اثنين نقلا إلى مستشفى في البلدة" after a count of the hurt. The figure takes the verb."""
    c = next((c for i in range(max(sa, m - _COUNT_WORDS), m)
              if (c := count_at(toks, i, sb)) is not None and c.b == m), None)
    return None if c is None else (c, m)


def _definite_whole(folded: Folded, toks: list[Token], sa: int, k: int, s: int,
                    figs: list[dict[str, Any]]) -> bool:
    """(round ar191) Are the hurt the whole by their definite plural in the sentence before
    ``k`` ("وأوضح البيان أن الجرحى نقلوا إلى المستشفى، حيث غادر خمسة منهم"), with no
    figure told in the sentence before the part?"""
    if not any(toks[i].w in _WHOLES for i in range(sa, k)):
        return False
    start = folded.span(toks[sa].s, toks[sa].e)[0]
    return not any(start <= int(f["start"]) < s for f in figs)


def _members_marker(toks: list[Token], k: int, sb: int) -> int | None:
    """Where "بينهم" stands after the care told from ``k``, within a few words of the
    same clause ("بقوا تحت الملاحظة لاشتباه إصابتهم بالجفاف، بينهم"); None at a count or a
    clause of its own ("، وأن ...") met first."""
    for j in range(k, min(sb, k + _MEMBER_GAP)):
        t = toks[j]
        if t.w in _AMONG:
            return j
        if t.is_digit or (t.w in _COMMAS and j + 1 < sb and toks[j + 1].w[:1] == "و"):
            return None
    return None


def _by_ambulance(toks: list[Token], sb: int, k: int) -> bool:
    """(round ar191) Within a few words of the place from ``k``: the ambulance or the care
    a part was moved for ("إلى بنغازي بطائرة إسعاف"، "إلى العاصمة لتلقي العلاج")."""
    for i in range(k, min(sb, k + _PLACE_WORDS)):
        w = toks[i].w
        if not toks[i].is_word:
            return False
        if w in _PURPOSE or (w in _MEANS and i + 1 < sb and toks[i + 1].w in _AMBULANCE):
            return True
    return False


def _cared(toks: list[Token], sb: int, m: int, j: int) -> bool:
    """Does the verb at ``m``, with the words from ``j`` after it, tell care: still or left
    in hospital, under watch, after treatment, or being treated?"""
    w = toks[m].w
    n1 = toks[j].w if j < sb else ""
    n2 = toks[j + 1].w if j + 1 < sb else ""
    if w in _TREATED:
        return n1 in _WATCH  # "يتلقون العلاج"
    if w in _LEFT:
        return n1 in _AFTER and n2 in _TREATMENT  # "غادروا بعد تلقي العلاج"
    if w in _TAKEN:
        return n1 in _TO and (n2 in _CARE_PLACES or _by_ambulance(toks, sb, j + 2))
    if w in _VERB_FIRST:
        return n1 in _AFTER and n2 in _TREATMENT
    return (n1 in _IN and n2 in _CARE_PLACES) or (n1 in _UNDER and n2 in _WATCH) or (
        n1 in _TREATED and n2 in _WATCH)  # "ما زالوا في المستشفى"، "تحت المراقبة"
