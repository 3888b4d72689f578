"""Cheap necessary conditions for patterns anchored at the end of a window (and, with
``opening_chars``, at its start).

Many rules ask whether the text just before a word ends with one of a few words
("the said", "reportedly said", "Tuesday, 12"): a ``search`` of a pattern that ends
in ``\\s*$``, which makes the regex engine try the pattern at every position of the
window, several microseconds a call. Such a pattern can match only if the window,
its trailing whitespace dropped, ends with one of the pattern's final words. A
tail check does that with one ``str.endswith`` and the search runs only when it
holds, so the answers are the same and most calls cost a slice.

The check lower-cases the end of the window, which matches the regex engine's
case-insensitive comparison only for ASCII: a window ending in other letters
("ſ", "K" sign) is always handed to the pattern.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

# The characters outside ASCII that Python's regex engine matches to an ASCII letter
# under re.IGNORECASE (the tests scan every code point for them).
_FOLDS_TO = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}


def final_words(phrases: Iterable[str]) -> tuple[str, ...]:
    """The lower-cased last word of each phrase (a pattern built by ``alt`` lets any
    whitespace run stand for a space, so only the last word is fixed)."""
    return tuple(sorted({p.split()[-1].lower() for p in phrases if p.split()}))


Tail = Callable[[str, int, int], bool]


def tail_check(endings: Iterable[str]) -> Tail:
    """A check ``(text, lo, hi)`` that is False only when ``text[lo:hi]``, trailing
    whitespace dropped, cannot end with any of ``endings`` (lower-case), compared without
    case. A closure, not an object: a method call would cost as much as a short search."""
    ends = tuple(sorted(set(endings)))
    if not ends or any(e != e.lower() or not e.isascii() or e != e.strip() for e in ends):
        raise ValueError("endings must be non-empty lower-case ASCII without outer spaces")
    width = -max(map(len, ends))

    def check(text: str, lo: int, hi: int) -> bool:
        end = text[lo:hi].rstrip()[width:]
        return not end.isascii() or end.lower().endswith(ends)  # other letters: ask the pattern

    return check


def tail_words(endings: Iterable[str]) -> tuple[str, ...]:
    """``endings`` as the tuple ``lowered_tail(window).endswith`` takes: the same test as
    ``tail_check(endings)``, for a caller that asks several tails of one window and
    lowers its end once for all of them."""
    ends = tuple(sorted(set(endings)))
    if not ends or any(e != e.lower() or not e.isascii() or e != e.strip() for e in ends):
        raise ValueError("endings must be non-empty lower-case ASCII without outer spaces")
    return ends


def lowered_tail(window: str) -> str | None:
    """``window`` without its trailing whitespace, lower-cased; None when it holds letters
    outside ASCII (there the regex engine's case folding differs from ``lower()``: the
    caller asks its pattern). With ``t = lowered_tail(window)``, ``t is None or
    t.endswith(tail_words(e))`` is True wherever ``tail_check(e)(window, 0, len(window))``
    is (and also for a window whose letters outside ASCII lie before its last word), so it
    is as safe a condition for the pattern's search."""
    end = window.rstrip()
    return end.lower() if end.isascii() else None


def cue_words(words: Iterable[str]) -> tuple[str, ...]:
    """The fewest of ``words`` that a text holding any of them holds one of (a word that
    contains another is left out: "regrets" holds "regret"). For a case-sensitive
    pattern that must match one of ``words`` literally, ``any(map(text.__contains__,
    cue_words(words)))`` is a necessary condition: a few C scans instead of a search that
    tries the pattern at every position of a document."""
    ws = set(words)
    if not ws or "" in ws:
        raise ValueError("cue words must be non-empty")
    return tuple(sorted(w for w in ws if not any(o != w and o in w for o in ws)))


def opening_chars(words: Iterable[str]) -> frozenset[str]:
    """Every character that can open one of ``words`` (ASCII) in a case-insensitive match:
    a pattern that must begin with one of them is skipped, without a call, at any other
    character."""
    out: set[str] = set()
    for w in words:
        if not w or not w.isascii():
            raise ValueError(f"not an ASCII word: {w!r}")
        c = w[0].lower()
        out.update((c, c.upper(), *_FOLDS_TO.get(c, "")))
    return frozenset(out)


# What a lowered text may hold where a case-blind pattern still matches ASCII letters:
# the letters above, and the combining dot that ``str.lower`` makes of "İ".
_FOLDED = "".join(sorted({*"".join(_FOLDS_TO.values()), "\u0307"}))

Gate = Callable[[str], bool]


def cue_gate(phrases: Iterable[str]) -> Gate:
    """A check on a lowered text (``Document.low``) that is False only when a
    case-blind pattern that must match one of ``phrases`` cannot match the text: none of
    the phrases' longest words stands in it (``alt`` lets any whitespace run stand for a
    space, so only a phrase's words are fixed, and its longest is the rarest), and it
    holds no letter the regex engine folds to an ASCII one where lowering does not."""
    longest = [max(p.lower().split(), key=len) for p in phrases if p.split()]
    if not longest or any(not w.isascii() for w in longest):
        raise ValueError("gate words must be ASCII")
    cues = cue_words(longest)

    def gate(low: str) -> bool:
        return any(map(low.__contains__, cues)) or (
            not low.isascii() and any(map(low.__contains__, _FOLDED)))

    gate.cues = cues  # type: ignore[attr-defined]
    return gate
