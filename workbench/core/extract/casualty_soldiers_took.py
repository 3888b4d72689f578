"""People that soldiers "took away" (ninety-third round).

"Survivor Catarina Raymundo told the court that soldiers also took away three men from
her family" (en-27) and "Another witness said the soldiers took away five boys aged
between 14 and 16. Their families say they are still missing." (en-45): both missed, both
captives by the gold. "took away" with a count after it was read only after captors
(gunmen, rebels, "armed men": ``casualties._RARE["captor_near"]``), so that "Police took
away 11 protesters" stays out: the police taking people is an arrest, told without the
word. Soldiers have no such office over civilians; people they take away with no word of
arrest or detention are taken by force, as the corpus counts "seized" and "kidnapped".
Suspects so taken are arrests in all but the word, and stay out.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_SOLDIERS = re.compile(rf"\b(?:{alt(EN.ARMED_FORCE_TAKERS)})\b", re.IGNORECASE)
_SUSPECTS = frozenset(EN.SUSPECT_NOUNS)


def soldiers_took_away(s: str, away_at: int, toks: list[str]) -> bool:
    """Are soldiers named just before the "took away" at ``away_at``, its object no
    suspects?"""
    if toks and toks[-1].lower() in _SUSPECTS:
        return False
    return bool(_SOLDIERS.search(s, max(0, away_at - 80), away_at))
