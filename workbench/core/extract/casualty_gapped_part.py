"""A second part of the counted, its "of them" left out after a first part (round en111).

"310 of the dead were children and 190 were women" is read: the second count takes the
first part's outcome, its "of the dead" understood. A part of the people given care, of
"them" or of any counted people is such a first part too, and its description may run past
a word or two: "Six of those treated were police officers hit by stones, and four were
children under 14 who had breathed in smoke" (en-60), "at least 20 of the detainees are
Bubi men from villages on the south of Bioko island, and two are teenagers" (en-49), "Nine
of them were women, and three were children under 15" (en-56). The second count is of the
same people, told by who they are ("were" or "are" and a person noun after it, as the rule
above asks).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _part_opening() -> re.Pattern[str]:
    # (the figure's own qualifier first: "at least 20 of the detainees")
    return re.compile(
        r"(?:(?:at\s+least|more\s+than|about|some|nearly|around)\s+)?\S+\s+of\s+"
        rf"(?:them|whom|those\s+(?:{alt(EN.THOSE_IN_CARE)})|the\s+[\w\-]+$)",
        re.IGNORECASE)


# The first part's own description, then the comma and "and" before the second count (no
# other clause mark between: a new sentence or a semicolon ends the list).
_DESCRIBED_THEN_AND = re.compile(
    r"(?:\s+(?:were|are)\s+[^,;:.!?\"“”()]{1,60}?)?\s*,\s*and\s+", re.IGNORECASE)


def after_first_part(s: str, prev_text: str, prev_end: int, cstart: int) -> bool:
    """Whether the count at ``cstart`` follows a first part (the figure ``prev_text``,
    ending at ``prev_end`` in ``s``) as its gapped second: "..., and four were"."""
    return _part_opening().match(prev_text) is not None and (
        _DESCRIBED_THEN_AND.fullmatch(s, prev_end, cstart) is not None)
