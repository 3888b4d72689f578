"""Arabic prisoners a state holds and frees (round ar139).

The corpus counts a prisoner of a state's jail as a detainee (arrested), as "معتقلا" is,
and the prisoners an armed group holds as captives. A prisoner freed by a state in an
exchange was held by it: "حافلات تقل 73 أسيرا فلسطينيا أفرجت عنهم السلطات الإسرائيلية"،
"أفرجت السلطات عن 73 أسيرا من سجن عوفر"، and the headline "وصول 73 أسيرا محررا" (the
freed prisoners, counted on their own) are arrested. "أفرجت الحركة عن ثلاثة أسرى" (an
armed group's release) keeps its capture.

(round ar155) People of any kind a state has let go, counted before the release with "عنهم"
("وصل 37 صيادا يمنيا أفرجت عنهم السلطات الإريترية"، "عاد 40 بحارا أفرجت عنهم السلطات"),
were held by that state: detainees, arrested.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .casualty_freed_captives import CountAt
from .normalise import Folded, fold_set, fold_word
from .tokens import Token, positions_in_spans, word_in

_PRISONERS = fold_set(V.STATE_PRISONER_NOUNS)
_FREED = fold_set(V.FREED_PRISONER_ADJECTIVES)
_STATES = fold_set(V.RELEASING_STATES)
_THEM = fold_set(V.RELEASED_THEM_WORDS)
_RELEASES = fold_set((*V.RELEASE_ABOUT_VERBS, *V.RELEASE_SET_FREE_VERBS))
_JAILS = fold_set(V.JAILS)
_ABOUT = fold_set(("عن",))
_FROM = fold_set(("من",))
_REACH = V.STATE_RELEASE_REACH
_AFTER_ONE = fold_set(("بعدما",))
_AFTER_THAT = frozenset((fold_word("بعد"), fold_word(w)) for w in ("أن", "ان"))
_PEOPLE_ONE = fold_set(V.PERSON_SINGULAR)
_PEOPLE_MANY = fold_set(V.PEOPLE_PLURALS)


def freed_by_state(toks: list[Token], sa: int, sb: int, a: int, n: int, b: int) -> bool:
    """Is the captured figure of prisoners ([a, b), its count ending at ``n``) freed by a
    state or from a jail, told right after it ("أفرجت عنهم السلطات"، "من سجن عوفر") or
    by the release it is the object of ("أفرجت السلطات الإسرائيلية عن 73 أسيرا")?"""
    if not any(toks[r].w in _PRISONERS for r in range(n, b)):
        return False
    for r in range(b, min(sb, b + _REACH)):
        t = toks[r]
        if not t.is_word:
            break
        if r <= b + 1 and t.w in _FREED:
            return True  # "73 أسيرا فلسطينيا محررا": prisoners a state has freed
        if t.w in _FROM and r + 1 < sb and toks[r + 1].w in _JAILS:
            return True  # "73 أسيرا فلسطينيا من سجن عوفر": out of a state's jail
        if word_in(t, _RELEASES) and r + 1 < sb and toks[r + 1].w in _THEM:
            return any(toks[k].w in _STATES or (
                toks[k].w in _FROM and k + 1 < sb and toks[k + 1].w in _JAILS)
                for k in range(r + 2, min(sb, r + 2 + _REACH)))
    if a - 2 < sa or toks[a - 1].w not in _ABOUT:
        return False
    state = False
    for r in range(a - 2, max(sa, a - 2 - _REACH) - 1, -1):
        t = toks[r]
        if not t.is_word:
            return False
        if word_in(t, _RELEASES):
            return state  # "أفرجت السلطات الإسرائيلية عن": the state is the verb's subject
        state = state or t.w in _STATES
    return False


def counted_freed_prisoners(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                    out: list[dict[str, Any]], count_at: CountAt) -> None:
    """Append to ``out`` counts of freed prisoners no figure holds ("وصول 73 أسيرا
    محررا"): a state's released detainees, arrested."""
    taken: FigureSpans | None = None
    for m, at in positions_in_spans(toks, _FREED, spans):
        sa, sb = spans[at]
        # the prisoner noun right before the adjective, or a nisba between ("فلسطينيا")
        p = next((r for r in (m - 1, m - 2) if r > sa and toks[r].w in _PRISONERS), None)
        if p is None or (p == m - 2 and not toks[m - 1].is_word):
            continue
        c = next((c for i in range(max(sa, p - 3), p)
                  if (c := count_at(toks, i, sb)) is not None and c.b == p), None)
        if c is None:
            continue
        s, e = folded.span(toks[c.a].s, toks[m].e)
        if taken is None:
            taken = FigureSpans(out)
        gs, ge = folded.span(toks[p].s, toks[m].e)
        taken.take(out, new_figure(folded.original, s, e, "arrested", c.low, c.high, c.qual,
                                   folded.original[gs:ge]))


def _people_noun(t: Token) -> bool:
    """Is ``t`` a noun of people a count takes ("صيادا"، "بحارة"، "مهاجرين")?"""
    w = t.w
    return w in _PEOPLE_MANY or w in _PEOPLE_ONE or (w.endswith("ا") and w[:-1] in _PEOPLE_ONE)


def counted_released_by_state(folded: Folded, toks: list[Token],
                              spans: list[tuple[int, int]], out: list[dict[str, Any]],
                              count_at: CountAt) -> None:
    """(round ar155) Append to ``out`` the people counted right before a state's release of
    them ("37 صيادا يمنيا أفرجت عنهم السلطات الإريترية"): the count, its people noun, up to
    two words describing them, the verb of release with "عنهم" and a state as its subject
    within a few words after. Arrested, as a state's detainees are; no figure may hold
    those words yet."""
    taken: FigureSpans | None = None
    for m, at in positions_in_spans(toks, _THEM, spans):
        sa, sb = spans[at]
        v = m - 1
        if v - 2 < sa or not word_in(toks[v], _RELEASES) or not any(
                toks[k].w in _STATES for k in range(m + 1, min(sb, m + 1 + _REACH))):
            continue
        # (round ar186) the release told as what came first: "وصل 37 صيادا يمنيا بعد أن
        # أفرجت عنهم السلطات"، "بعدما أفرجت عنهم"
        q = v - 1 if toks[v - 1].w in _AFTER_ONE else v - 2 if v - 3 >= sa and (
            toks[v - 2].w, toks[v - 1].w) in _AFTER_THAT else v
        # the people noun right before the verb, or one or two describing words between
        # (a nationality is a person noun too: "صيادا يمنيا", the count before the first)
        found = next(((p, c) for p in (q - 1, q - 2, q - 3) if p > sa and _people_noun(
            toks[p]) and all(toks[r].is_word and not toks[r].w.startswith("و")
                             for r in range(p + 1, q)) and (c := next((
                                 c for i in range(max(sa, p - 3), p)
                                 if (c := count_at(toks, i, sb)) is not None and c.b == p),
                                 None)) is not None), None)
        if found is None:
            continue
        p, c = found
        s, e = folded.span(toks[c.a].s, toks[m].e)
        if taken is None:
            taken = FigureSpans(out)
        gs, ge = folded.span(toks[p].s, toks[p].e)
        taken.take(out, new_figure(folded.original, s, e, "arrested", c.low, c.high, c.qual,
                                   folded.original[gs:ge]))
