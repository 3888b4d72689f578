"""People as the object of "took" after their captors (round en122).

"The kidnappers took six women" (en-71) was missed while "took away two traders", "took six
women hostage" and "took 14 villagers with them" were read: the bare object of "took" was
read only with a word of where the people went. After captors named just before the verb
(gunmen, kidnappers, "armed men"), people taken are their captives whatever follows, as
after "seized"; what the captors take that is no person ("took six hours", "took two
cars", "took 40 cattle") is no figure by its noun. A place the people were taken to that
is care, custody or home ("took six women to hospital") tells of moving, not of capture,
and a suspect taken is an arrest in all but the word.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# What after the people says they were moved, not captured: "to hospital", "back home".
_MOVED_AFTER = re.compile(rf"\s+(?:{alt(EN.TOOK_PEOPLE_MOVED)})\b", re.IGNORECASE)
_SUSPECTS = frozenset(EN.SUSPECT_NOUNS)


def took_people_moved(s: str, gend: int, toks: list[str]) -> bool:
    """Do the words after the people taken (ending at ``gend``) tell they were moved, or
    are they suspects?"""
    if toks and toks[-1].lower() in _SUSPECTS:
        return True
    return _MOVED_AFTER.match(s, gend) is not None
