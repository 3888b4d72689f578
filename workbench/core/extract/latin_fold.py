"""Names written with Latin letters outside ASCII, read by rules written for ASCII.

The English statement rules find a name by its capital and its letters ("[A-Z][a-z]+"),
so "A lawyer, Óscar Ruiz, said ..." or "Ms Pérez told reporters ..." lost the statement:
the name's capital, or a letter inside it, is no letter of the class. Rather than widen
every class of every rule, the rules read a copy of the text in which each such letter
stands as its base letter ("Ó" as "O", "é" as "e", "ł" as "l"): one character for one, so
every offset the rules return holds in the text as written, from which the words are
then taken. A speaker the rules give as a string is taken back from the text as written
at the nearest place it stands before its words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left

# Letters that carry no decomposition but read as one base letter.
_PLAIN = {"Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "ı": "i", "Ħ": "H",
          "ħ": "h"}


def _table() -> dict[int, str]:
    table: dict[int, int | str] = {}
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base != ch and base.isascii() and base.isalpha():
            table[cp] = base
    for ch, base in _PLAIN.items():
        table[ord(ch)] = base
    return table  # type: ignore[return-value]


_TABLE = _table()
_FOLDABLE = re.compile("[" + "".join(map(chr, sorted(_TABLE))) + "]")


def folded(text: str) -> str:
    """``text`` with each foldable letter as its base letter; ``text`` itself when it
    holds none (ASCII text, and most other text, pays one scan)."""
    if text.isascii() or _FOLDABLE.search(text) is None:
        return text
    return text.translate(_TABLE)


def written_speaker(text: str, fold: str, speaker: str, before: int,
                    places: dict[str, list[int]] | None = None) -> str:
    """``speaker``, read from ``fold``, as ``text`` writes it: the last place before
    ``before`` (else the first place) where it stands as whole words in ``fold``.
    ``places`` keeps each speaker's places across the calls for one text: a long report's
    every statement searched the text from its start again before (quadratic)."""
    if speaker.isascii() is False or not any(ch.isalpha() for ch in speaker):
        return speaker
    starts = places.get(speaker) if places is not None else None
    if starts is None:
        pattern = re.compile(rf"(?<!\w){re.escape(speaker)}(?!\w)")
        starts = [m.start() for m in pattern.finditer(fold)]
        if places is not None:
            places[speaker] = starts
    if not starts:
        return speaker
    k = bisect_left(starts, before)
    at = starts[k - 1] if k else starts[0]
    return text[at:at + len(speaker)]
