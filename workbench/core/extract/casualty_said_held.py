"""People counted who say they were held by the state (round en199).

"At least six drivers said they had been held overnight in police cells until their
employers paid", "Four traders said they were detained by soldiers for two days": the count
and its people stand before the verb of saying, and "they" takes them up again in the clause
reported. Figures in reported speech are read as any other (the corpus rules), so the
people are detainees. "detained" and "arrested" say it alone; "held" and "locked up" need
the state in their clause, its forces after "by" or its cells and stations ("said they
had been held up in traffic" and "held by the gang" are no arrest), and no particle or
judgement after them ("held back a year at the police academy", "held responsible by
police": ``SAID_HELD_NOT_CUSTODY``). "said they had been
beaten" stays unread, as "were beaten" alone is.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _said_held() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:{alt(EN.SAID_HELD_VERBS)})\s+(?:that\s+)?they\s+"
        r"(?:had\s+(?:also\s+)?been|were|have\s+(?:also\s+)?been)\s+"
        r"(?:(?:briefly|repeatedly|also|illegally|arbitrarily|wrongly)\s+)?"
        r"(?:(?P<arrest>detained|arrested)|(?P<held>held|locked\s+up)"
        rf"(?!\s+(?:{alt(EN.SAID_HELD_NOT_CUSTODY)})\b))\b"
        r"(?P<rest>[^.;:!?\n\"“”]{0,80})", re.IGNORECASE)


@cache
def _state_in_clause() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alt((*EN.ARRESTING_FORCES, *EN.CUSTODY_STATE_HOLDERS))}"
        rf"|{alt(EN.SAID_HELD_STATE_PLACES)})\b", re.IGNORECASE)


@cache
def _captor_in_clause() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt((*EN.CAPTOR_NOUNS, *EN.CUSTODY_CAPTIVE_HOLDERS))})\b",
                      re.IGNORECASE)


def said_held(s: str, pos: int) -> int | None:
    """The end of "said they had been detained" (or held by the state) right after the
    people counted up to ``pos``, else None."""
    if " they " not in s[pos:pos + 40]:
        return None
    m = _said_held().match(s, pos)
    if m is None:
        return None
    if m.group("held") is not None:
        rest = m.group("rest")
        if not _state_in_clause().search(rest) or _captor_in_clause().search(rest):
            return None
        return m.end("held")
    return m.end("arrest")
