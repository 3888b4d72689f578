"""A person hit by a round, then dead: "was hit ... and died" (round en184).

"A 16-year-old was hit in the chest by a rubber bullet and died on Sunday morning": the
verb of the hit is the wounded's, but "and died" after it tells the death, as "was shot in
the chest and died" is read as one phrase. The words between may name where the round hit
("in the chest") or what hit ("by a rubber bullet"), at least one of them: "A dog was hit
by a car and died" has no person, and "was hit by a car and died" no round or wound of
violence, so both stay unread.

The same holds for what else befell the person before the death, told in one clause: "One
driver, <name>, 46, was trapped inside his cab and died at the scene", "Two miners were pinned
under the rock and later died" (`DIED_AFTER_PARTICIPLES`).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _hit_died() -> re.Pattern[str]:
    parts = alt((*EN.SHOT_LIMBS, *EN.HIT_PARTS, *EN.SHOT_BODY_PARTS, *EN.GAPPED_HIT_PARTS))
    rounds = alt(EN.HIT_DIED_ROUNDS)
    # the gap holds no clause mark; it names where ("in the chest") or what ("by a stray
    # bullet", "by a rubber bullet fired by police")
    return re.compile(
        r"\s+(?:was|were)\s+(?:hit|struck)"
        r"(?=[^,.;:!?\"“”()\n]{0,80}?"
        rf"(?:\bin\s+(?:the|his|her|their)\s+(?:(?:left|right|upper|lower)\s+)?(?:{parts})\b"
        rf"|\bby\s+(?:an?\s+)?(?:[a-z][\w\-]*\s+){{0,2}}(?:{rounds})\b))"
        r"[^,.;:!?\"“”()\n]{0,80}?\s+and\s+(?:later\s+|then\s+|subsequently\s+)?died\b",
        re.IGNORECASE)


def hit_then_died(s: str, gend: int) -> int | None:
    """The end of "was hit ... and died" right after the people ending at ``gend``, the
    words between naming a part of the body or a round; None otherwise."""
    m = _hit_died().match(s, gend)
    return m.end() if m else None


@cache
def _befell_died() -> re.Pattern[str]:
    # no clause mark between the participle and "and died": the death is the same person's
    return re.compile(
        rf"\s+(?:was|were|had\s+been)\s+(?:{alt(EN.DIED_AFTER_PARTICIPLES)})\b"
        r"[^,.;:!?\"“”()\n]{0,80}?\s+and\s+(?:later\s+|then\s+|subsequently\s+)?died\b",
        re.IGNORECASE)


def befell_then_died(s: str, gend: int) -> int | None:
    """The end of "was trapped ... and died" right after the people ending at ``gend``;
    None otherwise."""
    m = _befell_died().match(s, gend)
    return m.end() if m else None
