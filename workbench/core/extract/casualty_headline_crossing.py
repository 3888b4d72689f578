"""A crossing told in a headline's present (ninety-third round).

"Over 10,000 Sudanese cross into Chad in a week as fighting rages in Darfur - UNHCR"
(en-31) and "Thousands cross into South Sudan's Renk as fighting spreads - UNHCR" (en-45):
both missed, both displaced by the gold, their bodies telling the same crossing in the
perfect ("More than 6,000 people have crossed ..."). A headline writes what has just
happened in the present, as "thousands flee" is read; in running text the present of
"cross into" tells a habit ("Some 2,000 traders cross into Chad every day"), so it is read
only in a sentence with no closing stop, as a headline is written. Peoples named by a
name in "-ese" ("Sudanese", "Congolese") are a crowd by name as "Uzbeks" are.
"""

from __future__ import annotations

import re

from .lang import en as EN

_CROSS_VERBS = frozenset(p.split()[0] for p in EN.PRESENT_FLIGHT if " " in p)
_INTO_AFTER = re.compile(r"\s+into\b", re.IGNORECASE)
_CLOSED = re.compile(r"[.!?][\"'”’)]*\s*$")


def crossing_verb_at(sent: str, word: str, end: int) -> bool:
    """Is ``word`` (lowered, ending at ``end``) the verb of "cross into", no noun?"""
    return word in _CROSS_VERBS and bool(_INTO_AFTER.match(sent, end))


def present_crossing_in_text(s: str, verb: str) -> bool:
    """A present "cross into" in a sentence closed by a stop: a habit, no flight."""
    return verb.lower().split()[0] in _CROSS_VERBS and bool(_CLOSED.search(s))


def people_name_in_ese(name: str) -> bool:
    """A people named by a capitalised name in "-ese": "Sudanese", "Congolese"."""
    return len(name) > 5 and name[0].isupper() and name[1:].islower() and name.endswith("ese")
