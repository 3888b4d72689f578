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
those wakes every reader, as ``tails.cue_gate`` does.

The scan costs some ten microseconds a report, about what five readers' own tests cost:
a reader is gated here only where its own test was dearer than a set test, or where the
words its patterns need are rarer than the substrings it tested.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .spans import document
from .tails import _FOLDED

_RUN = re.compile(r"[a-z]+")
_KEY = "wake_words"
# (an ASCII document's bytes with every byte but a-z made a space: split, its runs of
# letters, at a third of the cost of the pattern)
_NOT_LETTERS = bytes.maketrans(bytes(range(256)),
                               bytes(c if 97 <= c <= 122 else 32 for c in range(256)))


def _runs(text: str) -> frozenset[bytes] | None:
    """The document's runs of ASCII letters, lowered (as bytes); None when it holds a letter
    the case-blind patterns fold to an ASCII one where lowering does not (every gate
    wakes)."""
    doc = document(text)
    cache = doc.cache
    if _KEY in cache:
        return cache[_KEY]  # type: ignore[return-value]
    low = doc.low
    found: frozenset[bytes] | None
    if low.isascii():
        found = frozenset(low.encode("ascii").translate(_NOT_LETTERS).split())
    elif any(map(low.__contains__, _FOLDED)):
        found = None
    else:
        found = frozenset(w.encode("ascii") for w in _RUN.findall(low))
    cache[_KEY] = found
    return found


def cue_set(words: Iterable[str]) -> frozenset[bytes]:
    """``words`` as a gate's cue set, each checked to be a lower-case run of ASCII letters
    (a cue with any other character could never be a run)."""
    cues = frozenset(words)
    if not cues or any(not (w.isascii() and w.isalpha() and w.islower()) for w in cues):
        raise ValueError(f"cue words must be lower-case ASCII letters: {sorted(cues)}")
    return frozenset(w.encode("ascii") for w in cues)


def wakes(text: str, cues: frozenset[bytes]) -> bool:
    """False only when ``text`` holds none of ``cues`` as a whole run of letters, lowered
    (see the module's docstring)."""
    found = _runs(text)
    return found is None or not cues.isdisjoint(found)
