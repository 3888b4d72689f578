"""The displaced told by the life they live as refugees (round en223).

A refugee agency counts people who fled their country by the life they now live abroad:
"more than 500,000 Kessans now live as refugees abroad", "About 9,000 people are living as
refugees in Oru", "Some 40,000 Oruvians have lived as refugees in Kessa since the war". The
forms with an auxiliary or an adverb are outcome phrases of ``EN.OUTCOME_PARTICIPLES``; the
plain present "live" is taken by the group's reading for a noun ("200,000 Tarsans live"),
and is read here: the group's last word a verb of residence, then "as refugees". A single
person ("She lived as a refugee") is a life story, no count; "people live near the refugee
camp" tells no refugees.
"""

from __future__ import annotations

import re

from .lang import en as EN

_AS_REFUGEES = re.compile(r"\s+as\s+refugees\b", re.IGNORECASE)
_RESIDENCE = frozenset(EN.REFUGEE_LIFE_VERBS)


def refugee_life(s: str, cend: int, gend: int, toks: list[str]) -> tuple[int, list[str]] | None:
    """(end, the group's words without the verb) of people whose group ends on a plain
    "live" right before "as refugees", or None."""
    if len(toks) < 2 or toks[-1].lower() not in _RESIDENCE:
        return None
    verb_at = s.rfind(toks[-1], cend, gend)
    if verb_at < 0:
        return None
    m = _AS_REFUGEES.match(s, verb_at + len(toks[-1]))
    return (m.end(), toks[:-1]) if m else None
