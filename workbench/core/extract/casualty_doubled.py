"""An outcome word with one letter doubled or a doubled letter written once (round en110).

"Two police officers were injurred" (en-59) and "A man who stabed a fisherman" (en-55): the
commonest slip of spelling in English doubles a letter that is single or writes once a
letter that is doubled, and the word still tells the outcome. The swap of two neighbouring
letters is mended in ``casualty_slips``, keeping every offset; this slip changes the word's
length, so the mended text is read and each figure's offsets are carried back to the text
as written. Only the outcome words of six letters or more that ``casualty_slips`` mends are
taken, and only inner letters: no doubling or undoubling of one of them makes another
English word ("killed" to "kiled", "arrested" to "arested", "wounded" to "wounnded"; the
short "freed" would give the name "Fred" and is not among them). "kidnaped" is the American
spelling of the same word, mended to the same reading.
"""

from __future__ import annotations

from collections.abc import Callable

from .casualty_slips import slip_table
from .spans import low_words


def _doublings(word: str) -> dict[str, str]:
    """Every form of ``word`` with one inner letter doubled or one doubled pair written
    once, to the word."""
    out: dict[str, str] = {}
    for i in range(1, len(word)):
        if word[i] == word[i - 1]:
            out[word[:i] + word[i + 1:]] = word  # "stabbed" written "stabed"
        elif i < len(word) - 1 and word[i] != word[i + 1]:
            out[word[:i] + word[i] + word[i:]] = word  # "injured" written "injurred"
    return out


def _mended(slip: str, right: str) -> str:
    """``right`` in the letter case of ``slip`` (a capital first letter kept)."""
    if slip.isupper():
        return right.upper()
    return right[0].upper() + right[1:] if slip[0].isupper() else right


def mend_doubled(text: str) -> tuple[str, Callable[[int], int]] | None:
    """``text`` with each outcome word of a doubled or undoubled letter set right, and a
    function from an offset in it to the offset in ``text``; None when it holds none."""
    table, rx, tokens = slip_table(_doublings)
    if tokens.isdisjoint(low_words(text)):
        return None  # most texts hold no slip: a set test on their words is cheaper
    found = [m for m in rx.finditer(text) if m.group().lower() in table]
    if not found:
        return None
    parts: list[str] = []
    edits: list[tuple[int, int, int]] = []  # (end in the mended text, its start, shift)
    at = shift = 0
    for m in found:
        right = _mended(m.group(), table[m.group().lower()])
        parts.append(text[at:m.start()])
        start = m.start() - shift
        shift += len(m.group()) - len(right)
        edits.append((start + len(right), start, shift))
        parts.append(right)
        at = m.end()
    parts.append(text[at:])

    def back(pos: int) -> int:
        moved = 0
        for end, start, total in edits:
            if pos >= end:
                moved = total
            elif pos > start:
                return pos + moved
        return pos + moved

    return "".join(parts), back
