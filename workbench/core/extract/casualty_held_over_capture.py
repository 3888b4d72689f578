"""People held over another's capture (round en112).

"Three held after student kidnapped for ransom in Uppsala" (en-60) was read as three
captives, because the story is one of a hostage. A bare "held" counts captives in such a
story, but here the kidnapping has its own subject after "after": the student was taken,
and the three are held over it, as suspects are ("Three held over Pemba island arson
attacks", en-49, arrested). Only when a noun stands between "after", "over" or "for" and
the participle of capture: "Three held after being kidnapped" are the captives themselves.

(round en171) The same holds when the captive's release closes the clause just before the
count: "Woman kidnapped at gas station found safe; two held", "Hostage freed unharmed, three
held": the captive is out, and those now held are held over the taking, as suspects are.
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


@cache
def _release_before() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alt(EN.RELEASE_PARTICIPLES)}|found\s+(?:safe|alive|unharmed))"
        r"(?:\s+[\w'’\-]+){0,3}\s*[;,]\s*$", re.IGNORECASE)


def held_after_release(s: str, cstart: int) -> bool:
    """True when the clause just before the count at ``cstart`` of sentence ``s`` ends with
    the captive's release ("... found safe; two held")."""
    gap = s[max(0, cstart - 3):cstart]
    return (";" in gap or "," in gap) and bool(
        _release_before().search(s, max(0, cstart - 60), cstart))
