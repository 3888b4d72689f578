"""A role and its holder's name closing a sentence after an inverted verb (round en104).

"Two years ago most of them would have been somewhere else, says its founder, Darren
Wallace." (en-55) gave nothing: after the words and the verb, the role is written with a
possessive ("its founder", "her neighbour") or is a noun the speaker vocabulary does not
hold ("the founder", "the coach"), so no speaker phrase was read. After a quote the same
closing is read ('"...," said her neighbour, Saw Doe Meh', '"...," said the charity's chief
executive, Morag Fraser'); the name in apposition to the role is who speaks, whatever the
role, and it ends the sentence.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .statement_quotes import _CLOSING_NAME


@cache
def _role() -> re.Pattern[str]:
    # a determiner (an article, a possessive pronoun or a body's possessive), then one to
    # four lower-case words of the role, up to the comma before the name
    return re.compile(
        rf"\s*(?:(?:{alt(EN.ROLE_DETERMINERS)})|[A-Z][\w\-]*['’]s)\s+"
        r"(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*(?=\s*,)", re.IGNORECASE)


def closing_role_name(text: str, at: int, s1: int) -> tuple[int, int, int] | None:
    """(name start, name end, closing end) of "<role>, <Name>." right after an inverted
    verb of saying at ``at``; None otherwise."""
    if text.find(", ", at, min(s1, at + 60)) < 0:
        return None  # no name set off after a role
    role = _role().match(text, at, s1)
    if role is None:
        return None
    closing = _CLOSING_NAME.match(text, role.end(), s1)
    if closing is None:
        return None
    return closing.start("name"), closing.end("name"), closing.end()
