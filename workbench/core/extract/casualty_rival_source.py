"""The source of an old toll told between its count and its verb (round en205).

"40 people were killed, up from the 31 police gave last week": the old value set against
the new one (casualties.py ``_EARLIER_VALUE``) has no noun of people; the word after its
count is who gave it, then the verb of giving ("police gave", "officials reported", "the
army had given" is read with "by" instead). The group read after the count is then that
one source noun, which is no victim noun.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_SOURCES = EN.RIVAL_BARE_SOURCES
_GAVE = re.compile(rf"\s+(?:(?:had|has|have)\s+)?(?:{alt(EN.RIVAL_BARE_SOURCE_VERBS)})\b",
                   re.IGNORECASE)


def source_gave(s: str, gend: int, toks: list[str]) -> bool:
    """Is the group ``toks`` read after an old value's count (ending at ``gend`` in ``s``)
    the one noun of the source that gave it, its verb of giving right after?"""
    return len(toks) == 1 and toks[0].lower() in _SOURCES and bool(_GAVE.match(s, gend))
