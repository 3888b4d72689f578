"""One victim named by the crime a sentence punishes is no casualty (round en168).

"A court sentenced three men to life imprisonment for the murder of a polling agent" was
read as one killed: "the murder of a <noun>" counts one victim elsewhere ("revenge for the
murder of a gang member", "a dispute over the killing of a clan leader" are in the sets'
gold), but inside the sentence a court hands down ("sentenced to death for", "life
imprisonment for") the killing is the crime punished, no news of a death. A charge, a
conviction or a jailing is left to read ("charged with the killing of a student", "convicted
of the killing of a journalist": the sets' gold counts one such). Only one victim named by
an article is let go; a count ("sentenced for the murders of 12 villagers") still reads.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

# How far before the act's noun the word of the sentence may stand (one clause).
_REACH = 70


@cache
def _charged_before() -> re.Pattern[str]:
    # the word of the sentence, then no break of the clause, then "for/of/over the" and the act
    return re.compile(
        rf"\b(?:{alt(EN.SENTENCING_WORDS)})\b[^,.;!?]*?\b(?:for|of|over)\s+the\s+"
        r"(?:[\w-]+\s+)?$", re.IGNORECASE)


def charged_act(s: str, act_at: int) -> bool:
    """Does the act's noun at ``act_at`` ("murder", "killing") stand in a sentence handed
    down before it in its clause?"""
    return _charged_before().search(s, max(0, act_at - _REACH), act_at) is not None
