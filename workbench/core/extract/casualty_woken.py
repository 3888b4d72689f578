"""Sentences that no cue word wakes, woken by a phrase (after the forty-seventh round).

The casualty rules read only the sentences that hold one of their cue words (the first
words of the outcome verbs, participles and nouns, `triggers.py`). A few wordings whose
rules exist hold none: a home left under duress, "Some 600 people had to leave their
homes" ("leave" woke too many sentences when it was a cue word), and wounds named by
their kind in the present, "Two of the children have burns from the blast". A phrase of
`lang/en.py` `WAKING_PHRASES` found in the lowered text wakes its sentence; the rules then
decide as before (civilians and a home place for the first, a present "have" and a kind
of wound for the second).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from .lang import en as EN


@cache
def _by_anchor() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The waking phrases grouped under their longest word, which is looked for first:
    most documents hold none of these words, and a phrase is looked for only after it."""
    longest = {phrase: max(phrase.split(), key=len) for phrase in EN.WAKING_PHRASES}
    anchors = Counter(word for word in longest.values() if len(word) >= _SHARED_ANCHOR)
    groups: dict[str, list[str]] = {}
    for phrase, word in longest.items():
        groups.setdefault(_shared_anchor(phrase, anchors) or word, []).append(phrase)
    return tuple((anchor, tuple(phrases)) for anchor, phrases in groups.items())


# (round en106) A phrase that holds another phrase's anchor of this length or more is
# grouped under it ("cheekbone was broken" under "broken"): one look for the word serves
# both, and fewer words are looked for in every document. Which word is looked for first
# changes no phrase found.
_SHARED_ANCHOR = 6


def _shared_anchor(phrase: str, anchors: Counter[str]) -> str | None:
    """The anchor of most phrases among the words of ``phrase``, else None."""
    shared = [w for w in phrase.split() if w in anchors]
    return max(shared, key=lambda w: (anchors[w], len(w))) if shared else None


# Anchors that open with the same letters ("bruise", "bruises", "bruising") are looked for
# only where their shared opening ("bruis") stands: each is a scan of the whole text, and
# an anchor cannot stand where its own first letters do not.
_SHARED_OPENING = 4


def _opening_of(a: str, b: str) -> str:
    """The letters ``a`` and ``b`` both open with."""
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return a[:n]


@cache
def _by_opening() -> tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]:
    """The groups of ``_by_anchor()`` under the opening their anchors share (sorted, each
    anchor with the ones before it while they share ``_SHARED_OPENING`` letters or more);
    an anchor that shares none stands alone, its opening the whole anchor."""
    groups: list[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]] = []
    for anchor, phrases in sorted(_by_anchor()):
        shared = _opening_of(groups[-1][0], anchor) if groups else ""
        if len(shared) >= _SHARED_OPENING:
            groups[-1] = (shared, (*groups[-1][1], (anchor, phrases)))
        else:
            groups.append((anchor, ((anchor, phrases),)))
    return tuple(groups)


def woken_by_phrases(low: str, every: tuple[int, ...]) -> tuple[int, ...]:
    """``every`` (sorted cue offsets of the lowered text ``low``) with the offset of each
    waking phrase found; unchanged when there is none. (The phrases are looked for in
    another order than ``_by_anchor()`` lists them: the offsets are a set, sorted.)"""
    woken: list[int] = []
    for opening, group in _by_opening():
        if opening not in low:
            continue  # (no anchor of the group stands in the text)
        for anchor, phrases in group:
            if anchor is not opening and anchor not in low:
                continue
            for phrase in phrases:
                at = low.find(phrase)
                while at >= 0:
                    woken.append(at)
                    at = low.find(phrase, at + len(phrase))
    return tuple(sorted({*every, *woken})) if woken else every
