"""People held over another's capture (round en112).

"Three held after student kidnapped for ransom in Uppsala" (en-60) was read as three
captives, because the story is one of a hostage. A bare "held" counts captives in such a
story, but here the kidnapping has its own subject after "after": the student was taken,
and the three are held over it, as suspects are ("Three held over Pemba island arson
attacks", en-49, arrested). Only when a noun stands between "after", "over" or "for" and
the participle of capture: "Three held after being kidnapped" are the captives themselves.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _other_captured() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:after|over|for)\s+(?:(?:a|an|the|his|her|their)\s+)?"
        r"(?!being\b)(?:[\w'’\-]+\s+){1,3}(?:was\s+|were\s+)?"
        rf"(?:{alt(EN.OTHERS_CAPTURED_PARTICIPLES)})\b", re.IGNORECASE)


def held_over_capture(s: str, end: int) -> bool:
    """True when the holding that ends at ``end`` is told after another's capture."""
    return bool(_other_captured().match(s, end))
