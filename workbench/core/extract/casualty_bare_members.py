"""The counted last member of a part named by bare plurals (round en118).

"Security forces have detained more than 300 people, among them teachers, students and a
local journalist" (en-65): the part after "among them" / "including" names some of the
people counted before it by bare plurals, which count no one, and closes with one
counted by its article. That member is a part of the figure before, as "among them two
soldiers and a policeman" gives two parts: the bare plurals between keep the list going
(each must name people, so "including shops, homes and a school" stays nothing).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .lang import en as EN
from .lang.build import alt

# a bare member: one to three words, the last a plural
_BARE = r"(?:[a-z][\w'’\-]*\s+){{0,2}}(?P<n{i}>[a-z][\w'’\-]*s)"


@cache
def _bare_list() -> re.Pattern[str]:
    first = _BARE.format(i=0)
    more = "".join(rf"(?:\s*,\s*{_BARE.format(i=i)})?" for i in range(1, 4))
    return re.compile(
        rf"\s*,\s*(?:{alt(EN.SUBGROUP_OPENERS)})\s+{first}{more}\s*,?\s+and\s+",
        re.IGNORECASE)


def bare_members_between(s: str, prev_tail: int, cstart: int,
                         person_like: Callable[[list[str]], bool]) -> bool:
    """Is ``s[prev_tail:cstart]`` the opener of a part and bare plurals of people, so the
    count at ``cstart`` closes a part of the figure ending at ``prev_tail``?"""
    if not 0 < cstart - prev_tail <= 120 or not s.endswith(" and ", 0, cstart):
        return False
    m = _bare_list().fullmatch(s, prev_tail, cstart)
    return m is not None and all(
        person_like([noun]) for i in range(4) if (noun := m.group(f"n{i}")) is not None)


@cache
def _bare_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.SUBGROUP_OPENERS)})\s+[a-z][^.;:!?\d]{{0,80}}\s+and\s+$",
                      re.IGNORECASE)


def bare_part_before(s: str, pos: int) -> bool:
    """Does an opener of a part stand before the article at ``pos``, with words and no
    count between (so the figure that the part is of may lie farther back)?"""
    return _bare_before().search(s, max(0, pos - 100), pos) is not None
