"""A second count given care with its auxiliary left out (round en205).

"Nine people had been killed and 26 treated for gunshot and machete wounds": the second
count shares the first clause's "had been", so its "treated for <wounds>" reads as the
ungapped "26 had been treated for ..." does (the care phrase with its wounds, casualties.py
``cared_for``). Only a bare count right after "and" and a passive clause before it (a
past participle after "were", "was", "had been", "have been", "has been", a few words of
place or time between) gaps its verb so; "He and 26 treated ..." has no such clause.
"""

from __future__ import annotations

import re

# the first clause's passive, its participle and a few words after, then "and"
_PASSIVE_BEFORE = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+[a-z]+"
    r"(?:\s+[\w'’\-]+){0,4}?,?\s+and\s+$", re.IGNORECASE)


def gapped_care(s: str, cstart: int, gend: int) -> bool:
    """Is the bare count ending at ``gend`` (starting at ``cstart``) in sentence ``s`` the
    second of two passive counts, its auxiliary left out before "treated"?"""
    return s.startswith(" treated ", gend) and s.endswith(" and ", 0, cstart) and bool(
        _PASSIVE_BEFORE.search(s, max(0, cstart - 60), cstart))
