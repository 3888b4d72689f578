"""The four letters a case-blind pattern takes for ASCII ones, written as those ASCII ones.

Python's case-blind matching lets ``s`` match the long s (ſ), ``k`` the Kelvin sign (U+212A) and
``i`` the dotted capital and dotless small i (İ, ı), but their ``lower()`` is no ASCII word:
a rule that looks a matched word up in a table by its lowered spelling then fails
("remaın mıssıng", "laſt year" stopped ``extract()`` with a KeyError). Turkish names
("İdlib", "Kılıç") bring the i's into conflict news; the others come from old or scraped
text. Each letter becomes one ASCII letter, so every offset stays where it was.
"""

from __future__ import annotations

_OUTLIERS = "\u017f\u212a\u0130\u0131"
_AS_ASCII = str.maketrans({"\u017f": "s", "\u212a": "K", "\u0130": "I", "\u0131": "i"})


def fold_case_outliers(text: str) -> str:
    """``text`` with the four letters written as ASCII ones (the same string when it has
    none), of the same length."""
    if not any(c in text for c in _OUTLIERS):
        return text
    return text.translate(_AS_ASCII)
