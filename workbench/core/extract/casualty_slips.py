"""An outcome word with two neighbouring letters swapped (round en106).

"Two tourists were woudned" (en-57): a slip of the keyboard in an outcome word still tells
the outcome. Only the swap of two neighbouring letters inside the word is mended, and only
for outcome words of six letters or more, where no such swap makes another English word
("woudned", "injrued", "detianed", "kidanpped" name nothing else). A letter dropped, added
or changed is left: it turns "injured" into "insured", "detained" into "retained",
"killed" into "filled" and "wounded" into "rounded". The mend keeps every offset, and each
figure's words are taken from the text as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .lang import en as EN
from .spans import low_words


def _swaps(word: str) -> dict[str, str]:
    """Every form of ``word`` with two neighbouring inner letters swapped, to the word."""
    out: dict[str, str] = {}
    for i in range(1, len(word) - 2):
        slip = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if slip != word:
            out[slip] = word
    return out


_OPENERS = ("", "\"", "“", "‘", "'", "(")
_CLOSERS = ("", ",", ".", ";", ":", "!", "?", "\"", "”", "’", "'", ")")


@cache
def slip_table(forms: Callable[[str], dict[str, str]]) -> tuple[
        dict[str, str], re.Pattern[str], frozenset[str]]:
    """The slips ``forms`` makes of the outcome words mended, each to its word (no right
    word is a slip), the pattern that finds them, and each slip as a whitespace-split word
    may stand, with a mark before or after it (the swaps here, the doubled letters of
    ``casualty_doubled``)."""
    table: dict[str, str] = {}
    for word in EN.SLIP_MENDED_OUTCOMES:
        table.update(forms(word))
    for word in EN.SLIP_MENDED_OUTCOMES:
        table.pop(word, None)
    rx = re.compile(rf"\b(?:{'|'.join(sorted(table, key=len, reverse=True))})\b", re.IGNORECASE)
    tokens = frozenset(f"{a}{slip}{b}" for slip in table for a in _OPENERS for b in _CLOSERS)
    return table, rx, tokens


def mend_slips(text: str) -> str:
    """``text`` with each swapped outcome word set right (same length, every offset kept),
    or ``text`` itself when it holds none."""
    table, rx, tokens = slip_table(_swaps)
    if tokens.isdisjoint(low_words(text)):
        return text  # most texts hold no slip: a set test on their words is cheaper
    # (a letter case-blind matching folds but lowering keeps, "ſ" in "arrſeted" or "İ", is
    # no slip of the table's)
    found = [m for m in rx.finditer(text) if m.group().lower() in table]
    if not found:
        return text
    chars = list(text)
    for m in found:
        slip = m.group()
        right = table[slip.lower()]
        for i, (got, want) in enumerate(zip(slip, right, strict=True)):
            if got.lower() != want:
                chars[m.start() + i] = want.upper() if got.isupper() else want
    return "".join(chars)
