"""A count's people with a relative clause that has no "that", before their verb (round en236).

News drops the relative word after a count's people: "two of the poachers the syndicate
hired were shot dead", "three of the men the gang recruited were arrested", "four guards
the company hired were wounded". The relative (a determiner, one or two words and a past
verb) stood between the people and their verb, and the readers found no verb for them.
The relative is read as left out, on the copy ``casualty_state`` reads, so the count meets
its verb as in "two of the poachers were shot dead"; the older rules then decide whether
the people are people ("two of the houses the army shelled were destroyed" stays unread)
and what the verb makes them. "Five of the people treated were under 16" has no relative
of this shape ("of" is no people's noun) and is read as before.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .numbers import NUMBER

Edit = tuple[int, int, str]


@cache
def _reduced_relative() -> re.Pattern[str]:
    pasts = alt((*EN.FAR_IRREGULAR_PARTICIPLES, *EN.REDUCED_RELATIVE_PASTS))
    return re.compile(
        rf"\b(?:{NUMBER})\s+(?:of\s+(?:the|those)\s+)?(?!of\b)[a-z][\w\-]*"
        rf"(?P<rel>\s+(?:{alt(EN.REDUCED_RELATIVE_DETERMINERS)})\s+[a-z][\w\-]*"
        rf"(?:\s+[a-z][\w\-]*)?\s+(?:[a-z]{{2,}}ed|{pasts}))"
        r"\s+(?=(?:was|were|(?:had|has|have)\s+been)\s)", re.IGNORECASE)


def reduced_relative_edits(text: str, low: str) -> list[Edit]:
    """(start, end, "") of each relative with no "that" between a count's people and
    their verb in ``text`` (``low`` its lowered copy)."""
    if " were " not in low and " was " not in low and " been " not in low:
        return []
    return [(m.start("rel"), m.end("rel"), "") for m in _reduced_relative().finditer(text)]
