"""Figures of things that news says were killed or hurt (round en125).

Turned through every voice and clause news tells a figure in ("Gunmen killed five
villagers", "Five villagers were killed by gunmen", "an attack that killed five villagers",
"..., leaving five villagers dead"), the engine kept every gold figure of the English blind
sets. What the same shapes also carry is a figure of things: "The committee killed five
amendments", "Two bills have been killed off", "The referee injured two players' chances",
"The driver killed the engine and five passengers got out". A kill or a harm whose counted
head is a bill, a plan, a deal, a crop or a chance (``EN.FIGURATIVE_VICTIM_HEADS``), or whose
verb takes one of them for its object before the count, is dropped.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_HEADS = frozenset(EN.FIGURATIVE_VICTIM_HEADS)
# A verb of harm with a listed thing for its object, then "and" and the count: the count
# opens another clause's subject ("killed the engine and five passengers got out").
_THING_OBJECT = re.compile(
    rf"\b(?:killed|killing|kills|kill|injured|injuring|hurt|hurting)\s+"
    # a possessive may stand for the determiner or after it ("injured the season's hopes")
    r"(?:(?:the|an?|its|his|her|their|our)\s+(?:[\w\-]+['’]s\s+)?|[\w\-]+['’]s\s+)"
    rf"(?:{alt(EN.FIGURATIVE_VICTIM_HEADS)})\s+and\b",
    re.IGNORECASE)


def figurative(figure: dict[str, object]) -> bool:
    """Whether a figure counts things news says were killed or hurt, not people."""
    group = str(figure.get("group") or "").split()
    if group and group[-1].lower().rstrip("'’") in _HEADS:
        return True
    words = str(figure.get("text") or "")
    # (speed round 7) every match ends on "and", whose letters fold to no other in a
    # case-blind pattern: a figure's words that hold no "and" in any case hold no match,
    # and most figures hold none ("killed at least 12 soldiers")
    return "and" in words.lower() and bool(_THING_OBJECT.search(words))


def drop_figurative(out: list[dict[str, object]]) -> None:
    """Remove from ``out`` each figure of things (``figurative``)."""
    out[:] = [f for f in out if not figurative(f)]
