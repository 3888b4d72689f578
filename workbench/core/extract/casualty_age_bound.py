"""An age bound after a counted group is no count (round en104).

"Police Scotland says 17 people under 21 were injured" (en-55) gave 21 injured and lost the
17: the bound was read as a count with the verb after it, and "over 60" with its own
"more than". An age limit written after a plural person noun ("people under 21", "men over
18", "children under the age of 15") says who the people counted are, as "aged 15 to 17"
and "in their 20s" (read before) do; the sets' gold keeps the bound inside the group
("Children under 15 made up 87 of the injured", en-12; "14 of them children under 18",
en-51; "at least six children under 12", en-22). The number after the bound has one or two
digits, and no noun follows it ("over 18 months", "under 12 hours" measure time, not age).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _bound() -> re.Pattern[str]:
    # the bound ends where the clause goes on: a verb or auxiliary, a preposition or
    # punctuation ("people under 21 were injured", "men over 18 in the village", "children
    # under 15, medics said"), never a noun of its own ("over 18 months")
    return re.compile(
        # ("aged under 12" is read as the other ages are, with its span kept on the group)
        r"\s+(?:under|over|below|above)\s+(?:the\s+age\s+of\s+)?\d{1,2}(?!\d)"
        rf"(?=\s*(?:[,.;:)]|$)|\s+(?:{alt(EN.AGE_BOUND_FOLLOWERS)})\b)", re.IGNORECASE)


# (the bound's first words as written, a cheap test before the pattern)
_OPENERS = (" under ", " over ", " below ", " above ", " Under ", " Over ")


def age_bound_end(s: str, gend: int, toks: list[str], low_n: int) -> int | None:
    """The end of an age bound right after a counted plural person noun (``toks`` ends in
    it), or None."""
    if low_n < 2 or not s.startswith(_OPENERS, gend) or not toks or (
            toks[-1].lower() not in EN.AGE_BOUNDED_PLURALS):
        return None
    m = _bound().match(s, gend)
    return m.end() if m else None
