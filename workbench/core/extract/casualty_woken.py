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


def woken_by_phrases(low: str, every: tuple[int, ...]) -> tuple[int, ...]:
    """``every`` (sorted cue offsets of the lowered text ``low``) with the offset of each
    waking phrase found; unchanged when there is none."""
    woken: list[int] = []
    for anchor, phrases in _by_anchor():
        if anchor not in low:
            continue
        for phrase in phrases:
            at = low.find(phrase)
            while at >= 0:
                woken.append(at)
                at = low.find(phrase, at + len(phrase))
    return tuple(sorted({*every, *woken})) if woken else every
