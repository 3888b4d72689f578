"""A speaker described by a relative "whose" clause that holds an apposition of its own
(round en214): "Maria Santos-Reyes, whose son, a taxi driver, was shot at the roadblock,
said ...", "Omar Haddad, whose brother, Karim, was killed in the blast, told reporters
...". The clause's own commas (around "a taxi driver", "Karim") split it in three, so the
inserted-clause rule, which reads one stretch without commas, kept the whole clause in
the subject and no speaker was read (or the kin named in it, "Karim", spoke). The
relative's owner speaks: the cut falls at the comma that opens "whose".

Only "whose" and its noun (at most three words) right before the inner comma, an inner
phrase of at most ``_INNER`` characters and the clause's rest of at most ``_REST`` before
the verb's comma: a longer stretch is a sentence of its own, not a speaker's description.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_INNER = 60
_REST = 100
# How far before the verb the relative may open.
REACH = 8 + 3 * 20 + _INNER + _REST
_WHOSE_APPOSED = re.compile(
    rf",\s*(?:{alt(EN.WHOSE_APPOSED_RELATIVES)})\s+(?:[a-z][\w'’\-]*\s+){{0,2}}[a-z][\w'’\-]*"
    rf",\s*[^,;:\"“”()]{{1,{_INNER}}},\s*[^,;:\"“”()]{{1,{_REST}}},\s*$")


def whose_apposed_cut(text: str, floor: int, end: int) -> int | None:
    """The comma that opens a "whose" clause with its own apposition, set off right
    before ``end`` (after the verb's subject), or None."""
    lo = end - REACH if end - REACH > floor else floor
    if text.find("whose", lo, end) < 0:  # the cheap gate: most verbs have no "whose"
        return None
    m = _WHOSE_APPOSED.search(text, lo, end)
    return m.start() if m and m.start() > floor else None
