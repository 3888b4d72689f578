"""A dateline whose month is written in lower case, as Spanish and Portuguese agencies do
(round en194).

"Bogotá, 19 oct (EFE).- ...", "Lima, 3 mar (AFP) - ...", "Quito, 21 dic (Reuters).- ...":
the day and an abridged month in lower case between the town's comma and the agency's
tag or the dash are the dateline's date, the day of writing. The date engine reads month
names capitalised only, so :func:`titled` gives the text with such a month set as the
English abbreviation of the same length ("oct" as "Oct", "dic" as "Dec"), every offset
holding; the dateline rules of ``dates`` then read it as any other dateline. Only a line
among the story's first that opens with a capitalised town is looked at: the same words
in a sentence ("from 19 oct to ...", "ago") stay unread.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# How far into the text the dateline may stand (a headline and a byline may come first).
_HEAD_REACH = 400
# The town (capitalised words, perhaps a region after a comma), its comma, the day and the
# month in lower case, then the agency's tag and the dash that end a dateline.
_DATELINE = re.compile(
    r"(?:^|\n)[A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}(?:,[ \t]*[A-Z][\w'’.\-]*){0,2}"
    rf",[ \t]*\d{{1,2}}[ \t]+(?P<m>{alt(EN.LOWER_DATELINE_MONTHS)})\b\.?"
    r"(?=[ \t]*(?:\([^)\n]{1,30}\)[ \t]*\.?[ \t]*)?(?:--|-|—|–|:)[ \t])")


def titled(text: str) -> str:
    """``text`` with a lower-case dateline month near its start set as the English
    abbreviation (the same length), or ``text`` itself when there is none."""
    m = _DATELINE.search(text, 0, _HEAD_REACH)
    if m is None:
        return text
    at = m.start("m")
    return text[:at] + EN.LOWER_DATELINE_MONTHS[m.group("m")] + text[m.end("m"):]
