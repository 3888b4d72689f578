"""Arabic casualty reading: a definite re-mention repeats a toll told before (round ar156).

"خطف مسلحون خمسة شيوخ ... واحتجزوا الشيوخ الخمسة في كوخ": a definite plural with its
numeral after it ("الشيوخ الخمسة"، "المهندسين الثلاثة") points back to people the story
has already counted; when a figure before it gave the same count with the same outcome,
the re-mention tells no new figure. With another outcome it does ("قتل الرهائن الخمسة"
after five were taken: the five are now dead), and so does a first mention.
"""

from __future__ import annotations

from typing import Any

from ..lang import ar as V
from .normalise import Folded, fold_word
from .tokens import Token, positions_of

# The definite numerals of three to ten and of the tens, folded, with their values
# ("الخمسة"، "الثلاث"، "العشرين"): one and two follow their noun as adjectives of another
# kind ("الواحد"، "الاثنين" is also Monday).
_DEFINITE_NUMERALS: dict[str, int] = {
    "ال" + fold_word(w): v for w, v in (*V.UNITS.items(), *V.TENS.items()) if v >= 3}
_NUMERAL_WORDS = frozenset(_DEFINITE_NUMERALS)


def drop_repeats(folded: Folded, toks: list[Token], out: list[dict[str, Any]]) -> None:
    """Remove from ``out`` each figure that ends on a definite numeral after a definite
    noun ("الشيوخ الخمسة") when a figure before it gave that count with that outcome."""
    if not out:
        return
    gone: set[int] = set()
    for k in positions_of(toks, _NUMERAL_WORDS):
        if k == 0 or not toks[k - 1].w.lstrip("و").startswith("ال"):
            continue
        end = folded.span(toks[k].s, toks[k].e)[1]
        value = _DEFINITE_NUMERALS[toks[k].w]
        for f in out:
            if f["end"] == end and f["count_low"] == value and any(
                    g["end"] <= f["start"] and g["count_low"] == value
                    and g["outcome"] == f["outcome"] for g in out):
                gone.add(id(f))
    if gone:
        out[:] = [g for g in out if id(g) not in gone]
