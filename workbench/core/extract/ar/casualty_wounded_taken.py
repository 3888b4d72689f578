"""Arabic casualty reading of the wounded taken by an arrest or a capture (round ar158).

"قوات تعتقل جريحين من داخل المستشفى"، "اعتقلت الشرطة ثلاثة جرحى"، "خطف مسلحون جريحا من
سيارة الإسعاف": the noun of the wounded is the object of the taking verb, and the people
counted are arrested (or captured), the verb's outcome; the wound describes them. The
sentence rules read the noun's own outcome (wounded); here that figure takes the verb's,
and a bare singular "جريحا" right after the verb and its subject is one person taken. A
later definite re-mention of the same number ("الجريحين"، "الجرحى الثلاثة") names those
taken again and is no new figure. Carrying and care ("نقل جريحين"، "أسعف جريحين") are no
taking, and a clause between the verb and the noun (a relative, another outcome) ends the
search.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from ..lang import ar as V
from .normalise import Folded, fold_map, fold_set
from .tokens import Token, positions_in_spans, word_in

_NOUNS = fold_set(V.WOUNDED_NOUNS_BEFORE_DEATH)
# (with "و", the article, or both: "وجريحين"، "الجرحى"، "والجرحى")
_FORMS = _NOUNS | {"و" + w for w in _NOUNS} | {"ال" + w for w in _NOUNS} | {
    "وال" + w for w in _NOUNS}
_SINGULAR = fold_set(("جريحا", "مصابا"))
_TAKEN = fold_map(V.WOUNDED_TAKEN_VERBS)
_HELD = fold_set(V.WOUNDED_HELD_VERBS)
_ARMED = fold_set(V.ARMED_HOLDERS)
_STOPS = fold_set((*V.OUTCOME_TRIGGERS, *V.RELATIVE_PRONOUNS))
_REACH = V.WOUNDED_TAKEN_REACH


def wounded_taken(folded: Folded, toks: list[Token], spans: list[tuple[int, int]],
                  out: list[dict[str, Any]]) -> None:
    """Give the figures of the wounded taken the outcome of the taking, add a bare
    singular taken, and drop the later definite re-mentions of their numbers."""
    taken: dict[int, int] = {}  # count -> the earliest end of a figure of it taken
    dropped: set[int] = set()  # (ids of the figures a taking read already)
    starts: list[int] | None = None
    figs: list[dict[str, Any]] = []
    longest = 0
    added: list[dict[str, Any]] = []
    for k, at in positions_in_spans(toks, _FORMS, spans):
        sa = spans[at][0]
        if toks[k].w.startswith(("ال", "وال")) and not (k > sa and toks[k - 1].w == "من"):
            continue  # (a definite wounded noun is taken only as "ثلاثة من الجرحى")
        found = _taker_before(toks, sa, k)
        if found is None:
            continue
        v, outcome = found
        if starts is None:  # (the figures by start, once: a report may hold thousands)
            figs = sorted(out, key=lambda f: f["start"])
            starts = [f["start"] for f in figs]
            longest = max((f["end"] - f["start"] for f in figs), default=0)
        s, e = folded.span(toks[k].s, toks[k].e)
        own = [f for f in figs[bisect_left(starts, s - longest):bisect_right(starts, s)]
               if f["end"] >= e and id(f) not in dropped]
        hurt = [f for f in own if f["outcome"] == "wounded"]
        for f in hurt:
            if any(g is not f and g["outcome"] == outcome and g["count_low"] == f[
                    "count_low"] for g in own):
                dropped.add(id(f))  # (the taking was read already: one figure, not two)
                continue
            f["outcome"] = outcome
            n = int(f["count_low"])
            taken[n] = min(taken.get(n, f["end"]), f["end"])
        if not own and toks[k].w in _SINGULAR and (
                k == v + 1 or toks[k - 1].w.startswith("ال")):
            # "اعتقلت قوات الاحتلال جريحا": one taken ("جنديا جريحا" is an adjective)
            vs = folded.span(toks[v].s, toks[v].e)[0]
            added.append({"start": vs, "end": e, "text": folded.original[vs:e],
                          "outcome": outcome, "count_low": 1, "count_high": None,
                          "qualifier": "exact", "group": None})
    if dropped or taken:
        out[:] = [f for f in out if id(f) not in dropped and not _named_again(f, taken)]
    out.extend(added)


def _taker_before(toks: list[Token], sa: int, k: int) -> tuple[int, str] | None:
    """The taking verb before the wounded noun at ``k`` and its outcome: a few words of
    subject, count or qualifier between, no mark, no clause of their own."""
    armed = False
    for i in range(k - 1, max(sa, k - 1 - _REACH) - 1, -1):
        t = toks[i]
        if not t.is_word and not t.is_digit:
            return None
        if (verb := word_in(t, _TAKEN)) is not None:
            if armed and verb in _HELD:
                return i, "captured"
            return i, str(_TAKEN[verb])
        if word_in(t, _STOPS) is not None:
            return None
        armed = armed or word_in(t, _ARMED) is not None
    return None


def _named_again(f: dict[str, Any], taken: dict[int, int]) -> bool:
    """Is ``f`` a definite wounded re-mention of a number taken before it?"""
    if f["outcome"] != "wounded" or not str(f["text"]).startswith(("ال", "وال")):
        return False
    end = taken.get(int(f["count_low"]) if f["count_low"] is not None else -1)
    return end is not None and end <= f["start"]
