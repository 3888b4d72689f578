"""A relative clause inside a series of verbs whose last verb takes captives (round en202).

"Gunmen stormed a meeting of about 60 farmers who had gathered to settle a dispute and took
away three elders": the captors are the subject of the series, and the relative clause on
the object of its first verb ("who had gathered ...") is told in another tense, with an
auxiliary right after the pronoun (a past perfect, a progressive, a present). News copy goes
back to the main clause with "and" and a plain past verb after such a clause, so the
pronoun does not end the series there. A pronoun followed by a plain verb ("who fled and
took away"), or any other word that ends a series (a stop, "police", "they", "but"), still
does.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# A relative pronoun, then an auxiliary: the clause keeps its own tense.
_RELATIVE_WITH_AUX = re.compile(
    rf"(?:{alt(EN.RELATIVE_PRONOUNS)})\s+(?:{alt(EN.RELATIVE_ASIDE_AUXILIARIES)})\s",
    re.IGNORECASE)


def only_relative_asides(s: str, breaks: re.Pattern[str], start: int, end: int) -> bool:
    """Is every match of ``breaks`` in ``s[start:end]`` a relative pronoun with an auxiliary
    after it (and at least one match there)?"""
    found = False
    for m in breaks.finditer(s, start, end):
        if not _RELATIVE_WITH_AUX.match(s, m.start()):
            return False
        found = True
    return found
