"""Arabic casualty reading of one who fled wounded (round ar187).

"وأوضحت المديرية أن عنصرا ثالثا من العصابة فر جريحا"، "فر مسلح جريحا باتجاه الغابة"،
"فيما لاذ مهاجم آخر بالفرار مصابا": the accusative "جريحا"/"مصابا" right after the verb of
flight (or its "بالفرار") is his state as he ran, so one person was wounded. His flight
makes no one displaced: he ran from a fight. The one is an indefinite singular person
noun, after the verb ("فر مسلح جريحا") or before it, with an ordinal or "آخر" and a body
after "من" of up to three words ("عنصرا ثالثا من العصابة فر"). Without the state after the
verb ("فر مسلح باتجاه الغابة") there is no figure here.
"""

from __future__ import annotations

from typing import Any

from ..figure_spans import FigureSpans, new_figure
from ..lang import ar as V
from .normalise import Folded, fold_set
from .tokens import Token, positions_in_spans

_HURT = fold_set(V.FLED_HURT_HAL)
_FLED = fold_set(V.FLED_ONE_VERBS)
_ESCAPE = fold_set(w for w in V.FLED_ESCAPE_WORDS if " " not in w)
_PERSONS = fold_set(V.PERSON_SINGULAR)
_RANKS = fold_set(V.RANKS_AFTER_ONE)
_BODY_WORDS = 3


def fled_hurt(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
              out: list[dict[str, Any]]) -> None:
    """Append one wounded for each person told fleeing wounded; drop the displaced figure
    his flight was read as."""
    taken: FigureSpans | None = None
    for k, at in positions_in_spans(toks, _HURT, spans):
        read = _fled_one(toks, spans[at][0], k)
        if read is None:
            continue
        a, v = read
        s, e = folded.span(toks[a].s, toks[k].e)
        fs, fe = folded.span(toks[v].s, toks[v].e)
        out[:] = [f for f in out if not (f["outcome"] == "displaced" and f["count_low"] == 1
                                         and f["start"] <= fs and fe <= f["end"])]
        if taken is None:
            taken = FigureSpans(out)
        taken.take(out, new_figure(folded.original, s, e, "wounded", 1))


def _person(t: Token) -> bool:
    w = t.w
    if not t.is_word or w.startswith("ال"):
        return False
    return w in _PERSONS or (w.endswith("ا") and w[:-1] in _PERSONS) or (
        w.endswith("ه") and w[:-1] in _PERSONS)


def _fled_one(toks: list[Token], sa: int, k: int) -> tuple[int, int] | None:
    """(first token of the one who fled, the verb of flight) for the state at ``k``."""
    v = k - 1
    if v > sa and toks[v].w in _ESCAPE:
        v -= 1  # "لاذ بالفرار مصابا"
        if v > sa and toks[v].w == "من":
            v -= 1  # "تمكن مسلح من الفرار مصابا"
    after = None
    if v > sa and _person(toks[v]):  # "فر مسلح جريحا"
        after, v = v, v - 1
    if v < sa or toks[v].w not in _FLED:
        if v > sa and toks[v].w in _RANKS and _person(toks[v - 1]) and v - 2 >= sa and (
                toks[v - 2].w in _FLED):
            return v - 2, v - 2  # "فر مهاجم آخر جريحا"
        return None
    if after is not None:
        return v, v
    # before the verb: "عنصرا ثالثا من العصابة فر"، "مسلحا فر"
    r = v - 1
    if r >= sa and _person(toks[r]):
        return r, v
    for m in range(r, max(sa, r - _BODY_WORDS - 1) - 1, -1):
        if toks[m].w == "من" and m - 1 >= sa and all(
                toks[q].is_word for q in range(m + 1, v)):
            p = m - 1
            if p > sa and toks[p].w in _RANKS:
                p -= 1
            return (p, v) if p >= sa and _person(toks[p]) else None
    if r > sa and toks[r].w in _RANKS and _person(toks[r - 1]):
        return r - 1, v
    return None
