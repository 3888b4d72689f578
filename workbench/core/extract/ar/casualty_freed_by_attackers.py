"""Arabic casualty reading of inmates freed by attackers (round ar191).

"اقتحم مسلحون مركز الشرطة وأطلقوا سراح 9 موقوفين كانوا محتجزين فيه"، "أطلق المهاجمون سراح
ستة محتجزين": the held noun after the release names inmates the attackers let go; no one
was arrested or taken in that sentence, so the count is no figure. A release by the
authorities ("أطلقت الشرطة سراح 9 موقوفين") keeps its figure, as the older sets count it.
"""

from __future__ import annotations

from typing import Any

from ..lang import ar as V
from .normalise import Folded, fold_set, fold_word

_ATTACKERS = fold_set(V.ATTACKER_NOUNS)
_PLURAL = fold_set(V.RELEASE_PLURAL_VERBS)
_SINGULAR = fold_set(V.RELEASE_SINGULAR_VERBS)
_RELEASE = fold_word(V.RELEASE_NOUN)
_STOPS = (".", "!", "؟", "\n")
# How far back the sentence is searched for the attackers (characters)
_REACH = 200


def drop_freed_by_attackers(folded: Folded, out: list[dict[str, Any]]) -> None:
    """Remove from ``out`` the arrested counted right after a release by attackers."""
    if not any(f["outcome"] == "arrested" for f in out) or V.RELEASE_NOUN not in (
            folded.original):
        return
    text = folded.original
    keep = [f for f in out if not (f["outcome"] == "arrested" and _freed(text, f["start"]))]
    if len(keep) != len(out):
        out[:] = keep


def _freed(text: str, start: int) -> bool:
    """Does "سراح" stand right before ``start``, its verb freed by attackers?"""
    before = text[max(0, start - _REACH):start]
    cut = max(before.rfind(s) for s in _STOPS)
    words = [fold_word(w.strip("،,")) for w in before[cut + 1:].split()]
    if len(words) < 2 or words[-1] != _RELEASE:
        return False
    if words[-2] in _PLURAL:  # "وأطلقوا سراح": the attackers are its subject before it
        return any(w in _ATTACKERS for w in words[:-2])
    # "أطلق المهاجمون سراح": the verb, its subject, then the noun of release
    return len(words) >= 3 and words[-2] in _ATTACKERS and words[-3] in _SINGULAR
