"""One shared first scan of a document's words, for the gates of the casualty readers
(speed round 15).

Some sixty readers of the casualty engine (the layers' edit functions and the passes after
the sentence loop) each asked the text on its own whether its construction could stand
in it at all: a substring test per cue word, a scan of a pattern, a word set of its own.
Here the document's lowered text is split once into its runs of ASCII letters, kept on the
shared ``Document``, and a reader declares the cue words without one of which none of its
patterns can match: ``wakes(text, cues)`` is then one set test.

Why a set of letter runs answers exactly: a cue is a lower-case ASCII word, and a reader
declares it only where each of its patterns needs that word whole (a word boundary, a space
or the text's edge on each side, or a non-letter character the pattern names). Such a
match, lowered, is a run of ASCII letters bounded by characters that are no ASCII letters,
so it is one of the runs. Lowering keeps every offset (``spans._lower``), and the regex
engine's case-blind match agrees with ``str.lower`` on every character but a few (``ſ``,
dotless ``ı``, ``İ``, which lowering keeps, and the combining dot): a text holding one of
those wakes every reader, as ``tails.cue_gate`` does. A stem (``wakes_stem``) stands for a
pattern that needs a word opening with it ("kidnap" in "kidnapped"): a run that starts
with it, found by bisection in the sorted runs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from .spans import document
from .tails import _FOLDED

_RUN = re.compile(r"[a-z]+")
_KEY = "wake_words"


def _scan(text: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The document's letter runs as a set and sorted; None when it holds a letter the
    case-blind patterns fold to an ASCII one where lowering does not (every gate wakes)."""
    doc = document(text)
    cache = doc.cache
    if _KEY in cache:
        return cache[_KEY]  # type: ignore[return-value]
    low = doc.low
    if not low.isascii() and any(map(low.__contains__, _FOLDED)):
        found = None
    else:
        runs = frozenset(_RUN.findall(low))
        found = (runs, tuple(sorted(runs)))
    cache[_KEY] = found
    return found


def cue_set(words: Iterable[str]) -> frozenset[str]:
    """``words`` as a gate's cue set, each checked to be a lower-case run of ASCII letters
    (a cue with any other character could never be a run)."""
    cues = frozenset(words)
    if not cues or any(not (w.isascii() and w.isalpha() and w.islower()) for w in cues):
        raise ValueError(f"cue words must be lower-case ASCII letters: {sorted(cues)}")
    return cues


def wakes(text: str, cues: frozenset[str]) -> bool:
    """False only when ``text`` holds none of ``cues`` as a whole run of letters, lowered
    (see the module's docstring)."""
    found = _scan(text)
    return found is None or not cues.isdisjoint(found[0])


def wakes_stem(text: str, stems: tuple[str, ...]) -> bool:
    """False only when no run of letters of ``text``, lowered, opens with one of
    ``stems`` (lower-case ASCII letters)."""
    found = _scan(text)
    if found is None:
        return True
    runs = found[1]
    for stem in stems:
        i = bisect_left(runs, stem)
        if i < len(runs) and runs[i].startswith(stem):
            return True
    return False
