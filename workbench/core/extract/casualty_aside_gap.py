"""The counted people's verb past an aside between commas (round en122).

News often sets what it says of the people between commas, then gives their verb: an
apposition on all of them ("The two men, both in their twenties, died at the scene",
en-72) or a relative clause that only describes them ("a third suspect, who had driven the
getaway car, was detained", en-72). The fixed gaps of casualties._RELATIVE_GAP read such an
apposition only before an auxiliary, and casualty_subject_gap a relative clause only
without commas; here the aside is read by its opener and its closing comma, and the verb
after it must be the finite outcome a main clause needs.

Nothing in the aside may open another clause (no verb that takes a clause, pronoun
subject, second relative word or count in figures): "Two men, who said the guards were
killed, ..." keeps its own subject.
"""

from __future__ import annotations

import re

from .casualty_subject_gap import _clause_free, _clause_then_verb, _finite_outcome, _limit
from .lang import en as EN
from .lang.build import alt

_ASIDE_OPEN = re.compile(rf",\s+(?:{alt(EN.ASIDE_GAP_OPENERS)})\s", re.IGNORECASE)
# The aside is short: a description, not a story.
_ASIDE_REACH = 90
# An age in the aside is no count of other people: "both aged 19", "aged 19 and 23".
_AGE = re.compile(r"\baged\s+\d{1,2}(?:\s+and\s+\d{1,2})?\b", re.IGNORECASE)


def aside_then_outcome(s: str, t: str, gend: int,
                       predicate: re.Pattern[str]) -> tuple[str, int] | None:
    """The outcome and its end after an aside between commas right after the group that
    ends at ``gend``, or None."""
    aside = _ASIDE_OPEN.match(s, gend)
    if aside is None:
        return None
    close = s.find(",", aside.end(), aside.end() + _ASIDE_REACH)
    if close < 0 or re.search(r"[.;:!?\"“”()]", s[aside.end():close]):
        return None
    ageless = _AGE.sub(lambda m: " " * len(m.group()), s[:close])
    if not _clause_free(ageless, aside.end(), close, coordinated=False):
        return None
    return _finite_outcome(t, close, predicate)


# A reduced passive relative with its complement between the people and their verb:
# "Three men wanted for murder were arrested", "Two men identified by survivors as the
# boat's pilots had been detained" (first-sight misses of en-38 and en-64).
_REDUCED_OPEN = re.compile(rf"\s+(?:{alt(EN.REDUCED_RELATIVE_OPENERS)})\s", re.IGNORECASE)


def reduced_relative_outcome(s: str, t: str, gend: int,
                             predicate: re.Pattern[str]) -> tuple[str, int] | None:
    """The outcome and its end after a reduced relative ("wanted for murder") right after
    the group that ends at ``gend``, or None."""
    rel = _REDUCED_OPEN.match(s, gend)
    if rel is None:
        return None
    return _clause_then_verb(s, t, rel.end() - 1, _limit(s, gend), predicate, commas=False)
