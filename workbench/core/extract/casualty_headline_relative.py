"""A headline's count past a reduced relative, its outcome a bare participle (round en187).

A headline drops the auxiliary and keeps the relative on the people: "Four rangers guarding
Virunga park hurt in clash with herders", "Two soldiers manning checkpoint killed in
ambush", "Three medics sent to treat the wounded injured in second blast". The count's
people, a present participle (or one of being sent: "sent to", "deployed at") and its few
words, then a bare participle of harm followed by a preposition of place, time or cause are
that harm's people. Only a headline is read (the document's first sentence, no stop closing
it), as the other bare headline participles are; in the body "Four rangers guarding the
park hurt a poacher" is an active verb, and a bare participle with nothing after it tells no
event ("Rangers guarding park hurt").
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

_STOPS = (".", "!", "?", ".\"", ".”", "!\"", "?\"")


@cache
def _relative_then_harm() -> re.Pattern[str]:
    return re.compile(
        rf"[ \t]+(?:(?!(?:{alt(EN.HEADLINE_RELATIVE_NOT)})\b)[a-z]{{3,}}ing"
        rf"|(?:{alt(EN.SENT_PARTICIPLES)})[ \t]+(?:to|at|in|on|near))\b"
        r"(?:[ \t]+[\w'’\-]+){1,5}?"
        rf"[ \t]+(?P<v>{alt(tuple(EN.HEADLINE_RELATIVE_HARMS))})"
        rf"(?=[ \t]+(?:{alt(EN.HEADLINE_RELATIVE_LINKS)})\b)", re.IGNORECASE)


def headline_relative_harm(s: str, gend: int) -> tuple[str, int] | None:
    """The outcome and end of the bare participle of harm after a reduced relative on the
    people counted up to ``gend`` in a headline ``s`` (its first sentence), else None."""
    if s.rstrip().endswith(_STOPS):
        return None
    found = _relative_then_harm().match(s, gend)
    if found is None:
        return None
    return EN.HEADLINE_RELATIVE_HARMS[found.group("v").lower()], found.end()
