"""A part counted after a share of the hurt with no count (round en168).

"Most of the wounded were hit in the legs; two of them were children" tells a part of the
wounded by who they were, as "Twelve people were wounded. Two of them were children" does;
the part took the outcome of a figure before it, and a share ("most of", "many of", "all
of") gives none. Here the share's whole names the outcome: the wounded or injured, the dead,
the detained, in the same sentence or the one before, and the part must be people ("two of
them were children"; "two of them were in their twenties" stays unread, as after a figure).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

# How far before the part the share may stand (the sentence before it at most).
_REACH = 200


@cache
def _share() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alt(EN.SHARE_OF_WHOLE_WORDS)})\s+of\s+(?:the|those)\s+"
        rf"(?P<w>{alt(EN.SHARE_WHOLE_OUTCOMES)})\b(?![\s-]+(?:[\w-]+\s+)?(?:said|told))",
        re.IGNORECASE)


def share_whole_outcome(low: str, at: int) -> str | None:
    """The outcome of the share's whole before ``at`` (``share_whole_at``), or None."""
    found = share_whole_at(low, at)
    return found[0] if found else None


def share_whole_at(low: str, at: int) -> tuple[str, int] | None:
    """(outcome, end) of the whole a share named shortly before ``at`` in the document
    ``low`` (lowered or not: the share is read case-blind; "most of the wounded" ->
    wounded), None when there is none or another sentence's stop or a paragraph lies
    between (only the sentence before the part's own may hold it)."""
    start = max(0, at - _REACH)
    if " of the " not in low[start:at] and " of those " not in low[start:at]:
        return None  # the cheap gate before the pattern
    found = None
    for m in _share().finditer(low, start, at):
        found = m  # the last share before the part
    if found is None:
        return None
    # no more than one sentence's stop between the share and the part
    if low.count(". ", found.end(), at) + low.count(".\n", found.end(), at) > 1 or (
            "\n" in low[found.end():at]):
        return None
    return EN.SHARE_WHOLE_OUTCOMES[found.group("w").lower()], found.end()
