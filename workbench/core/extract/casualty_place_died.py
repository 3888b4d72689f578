"""Where the dead were, between them and "died" (round en110).

"A 38-year-old man in Pangnirtung died in police custody" (en-59) and "another man in his
cell died on the third night" (en-49): a place phrase may stand between the people and a
bare "died", as it stands before a passive ("Five villagers in Tor were killed") and as
where they came from does ("Eight of the camp's prisoners from the village died there",
round 56). The phrase holds no clause of its own: no relative word, conjunction or verb in
"-ed" ("Two men in the car that was hit died", "a man in Tor who was shot died" are other
constructions), and no number.
"""

from __future__ import annotations

import re

_PLACE_GAP_DIED = re.compile(
    r"\s+(?:in|at|inside|near|aboard)\s(?:(?!\b(?:where|who|whom|whose|that|which|when|while"
    r"|after|before|as|and|but|or|[a-z]+ed)\b)[^,;:.!?\"“”()\d]){3,40}?\s+(?=died\b)")


def place_before_died(s: str, pos: int) -> int | None:
    """The end of "died" after a place phrase at ``pos``, else None."""
    if s.find(" died", pos, pos + 50) < 0:
        return None
    gap = _PLACE_GAP_DIED.match(s, pos)
    return gap.end() + 4 if gap else None
