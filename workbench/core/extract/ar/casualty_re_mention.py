"""Arabic casualty reading: a definite re-mention repeats a toll told before (round ar156).

"خطف مسلحون خمسة شيوخ ... واحتجزوا الشيوخ الخمسة في كوخ": a definite plural with its
numeral after it ("الشيوخ الخمسة"، "المهندسين الثلاثة") points back to people the story
has already counted. Kept somewhere by their holders (a verb of keeping before it), when
a figure before it gave the same count with the same outcome, the re-mention tells no new
figure: it says where the people taken were held, no new event befalling them. A new
event told of them again (an arrest, a release, their bodies, a mourning, "قتل الرهائن
الخمسة") is counted, as the sets count it, and so is a first mention; so is a toll noun
named again with its numeral ("القتلى الثلاثة"، "الجرحى الخمسة").
"""

from __future__ import annotations

from typing import Any

from ..lang import ar as V
from .normalise import Folded, fold_map, fold_set, fold_word
from .tokens import Token, positions_of, word_in

# The definite numerals of three to ten and of the tens, folded, with their values
# ("الخمسة"، "الثلاث"، "العشرين"): one and two follow their noun as adjectives of another
# kind ("الواحد"، "الاثنين" is also Monday).
_DEFINITE_NUMERALS: dict[str, int] = {
    "ال" + fold_word(w): v for w, v in (*V.UNITS.items(), *V.TENS.items()) if v >= 3}
_NUMERAL_WORDS = frozenset(_DEFINITE_NUMERALS)
_OUTCOME_NOUNS = fold_map(V.OUTCOME_NOUNS)
_KEEPING = fold_set(V.KEEPING_VERBS)
# How many words (the holders) may stand between the verb of keeping and the people kept.
_SUBJECT_WORDS = 2


def drop_repeats(folded: Folded, toks: list[Token], out: list[dict[str, Any]]) -> None:
    """Remove from ``out`` each figure that ends on a definite numeral after a definite
    noun ("الشيوخ الخمسة") when a figure before it gave that count with that outcome."""
    if not out:
        return
    gone: set[int] = set()
    for k in positions_of(toks, _NUMERAL_WORDS):
        if k < 2 or not toks[k - 1].w.startswith("ال") or word_in(
                toks[k - 1], _OUTCOME_NOUNS) is not None or not _kept(toks, k - 1):
            continue  # ("القتلى الثلاثة" names the toll itself again: the sets count it)
        end = folded.span(toks[k].s, toks[k].e)[1]
        value = _DEFINITE_NUMERALS[toks[k].w]
        for f in out:
            if f["end"] == end and f["count_low"] == value and any(
                    g["end"] <= f["start"] and g["count_low"] == value
                    and g["outcome"] == f["outcome"] for g in out):
                gone.add(id(f))
    if gone:
        out[:] = [g for g in out if id(g) not in gone]


def _kept(toks: list[Token], n: int) -> bool:
    """Is the definite noun at ``n`` the object of a verb of keeping right before it or
    before its subject ("واحتجزوا الشيوخ"، "واحتجز الخاطفون الشيوخ")?"""
    return any(word_in(toks[r], _KEEPING) is not None
               for r in range(n - 1, max(-1, n - 2 - _SUBJECT_WORDS), -1))
