"""One victim named by the crime a court tries is no casualty of the report (round en168).

"A court sentenced three men to life imprisonment for the murder of a polling agent" was
read as one killed: "the murder of a <noun>" counts one victim elsewhere ("revenge for the
murder of a gang member", "a dispute over the killing of a clan leader" are in the sets'
gold), but inside a charge, a trial or a sentence the killing is what the court judges, and
the gold of the older sets gives it no figure. Only one victim named by an article is let
go; a count ("convicted of the murders of 12 villagers") still reads.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

# How far before the act's noun the word of a charge may stand (one clause of a sentence).
_REACH = 90


@cache
def _charged_before() -> re.Pattern[str]:
    # the word of the court, then no sentence break, then "for/of/over/with the" and the act
    return re.compile(
        rf"\b(?:{alt(EN.CHARGING_WORDS)})\b[^.;!?]*?\b(?:for|of|over|with|in)\s+the\s+"
        r"(?:[\w-]+\s+)?$", re.IGNORECASE)


def charged_act(s: str, act_at: int) -> bool:
    """Does the act's noun at ``act_at`` ("murder", "killing") stand in a charge, a trial
    or a sentence told before it in the sentence?"""
    return _charged_before().search(s, max(0, act_at - _REACH), act_at) is not None
