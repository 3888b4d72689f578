"""A share of a whole, told by an article: "A third of the residents" (round en225).

"A third of the residents were wounded" counts no one person: "a third" is a share of
residents never counted, and the figure the rules read of "a third" (one more person after
two counted, as in "A third man was wounded") must not be reached by a rereading that cuts
"of the residents" as a post-modifier of its head.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_ARTICLE_SHARE_BEFORE = re.compile(rf"\b(?:a|an)\s+(?:{alt(EN.ARTICLE_SHARES)})\s*$",
                                   re.IGNORECASE)


def share_of_cut(text: str, start: int) -> bool:
    """Whether a cut opening at ``start`` with "of" follows an article and a share ("A
    third| of the residents"): the whole the share is of, never a post-modifier."""
    return text[start:start + 4].lstrip().startswith("of ") and (
        _ARTICLE_SHARE_BEFORE.search(text, max(0, start - 16), start) is not None)


# (round en225) "Of the 163, 58 were killed": the whole, by its bare count, opening the
# sentence or a clause after a semicolon, before the part it is cut into.
_WHOLE_OPENING = re.compile(rf"(?:^|;\s*)\s*(?:{alt(EN.WHOLE_OPENERS)})\s+$", re.IGNORECASE)


def whole_opening(s: str, cstart: int) -> bool:
    """Whether the count at ``cstart`` in sentence ``s`` follows "Of the" opening the
    sentence (or a clause after a semicolon): the whole a part after it is of."""
    return s.endswith(" ", 0, cstart) and "of " in s[max(0, cstart - 12):cstart].lower() and (
        _WHOLE_OPENING.search(s, max(0, cstart - 40), cstart) is not None)
