"""The hurt told by the care they needed, no wound named (round en105).

"Three of the workers needed hospital treatment for their injuries" is read (round en103);
news of a fight or an attack often leaves the wound unsaid: "Four people needed hospital
treatment, including a steward" (en-56, after supporters fought), "Seven of the injured were
women, and four needed hospital treatment" (en-55). Where the care closes its clause (a
comma, "and", "including", the sentence's end) or is said to follow an act of violence
("after the attack"), the people needed it for their wounds. Care given for something else
is named after it and stays out: "needed hospital treatment for malnutrition" (en-19),
"after eating wild mushrooms".
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _care_needed() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:also\s+)?(?:{alt(EN.CARE_NEEDING_VERBS)})\s+(?:(?:{alt(EN.CARE_KINDS)})\s+"
        r"(?:treatment|care)"
        # (round en106) ... or the place of care named after it: "needed treatment at the
        # community's health clinic" (en-57)
        rf"|(?P<care>treatment)\s+(?:at|in)\s+(?:(?:the|a|an)\s+)?(?:[\w'’\-]+\s+){{0,3}}?"
        rf"(?:{alt(EN.CARE_PLACES)}))"
        r"(?=\s*[,;.:!?)\n]|\s*$|\s+(?:and|including)\b"
        r"|\s+(?:after|following)\s+(?:(?:the|a|an|this|that)\s+)?(?:[\w'’\-]+\s+){0,2}?"
        rf"(?:{alt(EN.VIOLENCE_CUES)}|{alt(EN.CARE_AFTER_VIOLENCE)})\b)",
        re.IGNORECASE)


def care_needed(s: str, pos: int) -> int | None:
    """The end of "needed hospital treatment" at ``pos`` when nothing but the clause's end
    or the violence it followed comes after it, else None."""
    if "stitches" in s and (stitched := stitches_needed(s, pos)):
        return stitched
    if "treatment" not in s and "care" not in s:
        return None
    if s.startswith(" had ", pos):
        pos += 4  # (round en114) the past before a past: "that 12 had needed hospital treatment"
    m = _care_needed().match(s, pos)
    return (m.end("care") if m.group("care") else m.end()) if m else None


@cache
def _stitches() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:who\s+)?(?:also\s+)?(?:had\s+)?(?:{alt(EN.CARE_NEEDING_VERBS)})\s+"
        rf"(?:{alt(EN.STITCHED_CARE)})\b"
        rf"(?:\s+(?:in|to|on)\s+(?:the|his|her|their)\s+(?:{alt(EN.BODY_SURFACE_PARTS)})\b)?",
        re.IGNORECASE)


def stitches_needed(s: str, pos: int) -> int | None:
    """(round en114) The end of "needed stitches" at ``pos``: the care a cut gets names the
    wound whatever follows ("two needed stitches" en-63, "a 16-year-old boy who needed
    stitches in his arm" en-62)."""
    m = _stitches().match(s, pos)
    return m.end() if m else None


@cache
def _being_treated() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alt(EN.BEING_TREATED_IN_CARE)})\b", re.IGNORECASE)


def being_treated(s: str, gend: int) -> int | None:
    """(round en114) The end of "are being treated in hospital" right after people counted
    with a noun ("three people are being treated in hospital", en-63), else None."""
    if "being treated" not in s:
        return None
    m = _being_treated().match(s, gend)
    return m.end() if m else None


# (round en184) A summary's line, a bullet then the count, with no auxiliary: "- 27 people
# being treated, according to civil protection".
_BULLET_OPEN = re.compile(r"\s*[-–—•*]\s*$")
_BARE_BEING_TREATED = re.compile(
    r"\s+(?:still\s+)?being\s+treated\b(?!\s+(?:unfairly|badly|well|fairly|as|like|differently)\b)",
    re.IGNORECASE)


def bulleted_being_treated(s: str, cstart: int, gend: int) -> int | None:
    """The end of "being treated" right after people counted at the start of a bulleted
    line (``s`` the sentence, the count at ``cstart``), else None."""
    if not _BULLET_OPEN.fullmatch(s, 0, cstart):
        return None
    m = _BARE_BEING_TREATED.match(s, gend)
    return m.end() if m else None
