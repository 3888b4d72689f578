"""A count in the phrase that tells where a person comes from (round en95): "a farmer from
one community was found dead", "seven women from one camp were abducted". The people the
outcome befalls are the noun before "from"; the count after it numbers the places or
bodies they belong to, so it counts no victims, as "members of one family" does not."""

from __future__ import annotations

import re
from collections.abc import Callable

# The word right before "from" and the count: "a farmer from ", "women from ".
_NOUN_BEFORE_FROM = re.compile(r"(?:^|[\s(])(?P<w>[a-z][\w'’\-]*)[ \t]+from[ \t]+$")
_REACH = 40


def count_of_origin(s: str, cstart: int, person_like: Callable[[list[str]], bool]) -> bool:
    """Does the count at ``cstart`` follow "from" after a person noun (in lower case, so
    a name or a headline's capitals are no person here)?"""
    m = _NOUN_BEFORE_FROM.search(s, max(0, cstart - _REACH), cstart)
    return bool(m) and person_like([m["w"]])
