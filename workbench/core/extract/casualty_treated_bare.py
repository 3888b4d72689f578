"""A bare count under treatment after deaths or an attack (round en174).

"The ministry says three people have died of their injuries, and 27 are being treated" and
"Four people died in the attack. Another 19 are being treated, five of them in intensive
care": the count has no noun, no wound and no place of care, so no rule of care read it (and
the part after it was handed to the dead). News tells the hurt so right after the toll, so
the count is wounded when its clause closes at "being treated" (a comma, "and", the
sentence's end) and a figure of the dead or the hurt, or a word of violence, stands in the
same sentence or the one before. Treatment for something named after it is read by the
rules of what it is for ("are being treated for cholera" stays out), and a count under care
with no violence near ("fell ill ...; 27 are being treated") or after an illness's deaths
("Two people died of cholera last week, and 27 are being treated") stays unread.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _bare_treated() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alt(EN.BARE_BEING_TREATED)})(?=\s*[,;.:]|\s*$|\s+and\b)",
                      re.IGNORECASE)


@cache
def _violence() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.VIOLENCE_CUES)})\b")


@cache
def _illness() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.BARE_TREATED_ILLNESS)})\b")


# How far past the count the illness is looked for ("27 are being treated" and its end).
_CLAUSE_REACH = 40


def bare_being_treated(s: str, gend: int, out: list[dict[str, object]], low: str,
                       at: int, before: int) -> int | None:
    """The end of "are being treated" at ``gend`` of sentence ``s`` when the clause closes
    there and deaths, wounds or violence were told since ``before`` (the document offset of
    the sentence before; ``at`` is the count's, ``low`` the document lowered), else None."""
    if "being treated" not in s or (m := _bare_treated().match(s, gend)) is None:
        return None
    since = max(before, 0)
    if _illness().search(low, since, at + _CLAUSE_REACH):
        return None  # the sick of an illness, told since the sentence before
    if out and out[-1]["outcome"] in EN.BARE_TREATED_AFTER and int(out[-1]["start"]) >= since:
        return m.end()
    return m.end() if _violence().search(low, since, at) else None
