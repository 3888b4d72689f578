"""A second person hit, the verb left out (round en105).

"One friend was hit in the hip and another in the hand" (en-56): after a figure whose own
words end on where a person was hit ("was hit in the hip", "was shot in the leg", "was
wounded in the arm"), "and" with a count or "another" and only "in the <part>" keeps the
verb of the clause before, as "Seven people were treated for burns and two for smoke
inhalation" keeps "treated". A body part is asked for on both sides: "and another in the
afternoon" names no wound.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

_PART_VERBS = ("shot", "hit", "wounded", "injured", "stabbed", "struck")


def _parts() -> str:
    return alt((*EN.SHOT_LIMBS, *EN.HIT_PARTS, *EN.SHOT_BODY_PARTS, *EN.GAPPED_HIT_PARTS))


@cache
def _part_before() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alt(_PART_VERBS)})\s+in\s+(?:the|his|her|their)\s+(?:(?:left|right)\s+)?"
        rf"(?:{_parts()})$", re.IGNORECASE)


@cache
def _part_after() -> re.Pattern[str]:
    return re.compile(
        rf"\s+in\s+(?:the|his|her|their)\s+(?:(?:left|right)\s+)?(?:{_parts()})\b",
        re.IGNORECASE)


def gapped_body_part(s: str, prev_start: int, cstart: int, cend: int) -> int | None:
    """The end of "in the hand" after the count at [cstart, cend) when "and" joins it to
    the clause of the figure at ``prev_start`` and that clause ends on a part of the body
    hit ("was hit in the hip", "was wounded in the shoulder"), else None."""
    if not s.endswith(" and ", 0, cstart):
        return None
    if not _part_before().search(s, prev_start, cstart - 5):
        return None
    m = _part_after().match(s, cend)
    return m.end() if m else None
