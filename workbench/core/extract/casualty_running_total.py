"""A running total carried on from the figure just told (round 80).

Copy that adds later deaths to a toll often closes the sentence with the new total and no
toll noun: "Three of the wounded died later at a clinic, bringing the total to 22". The
toll rules read "the toll" or "the number of dead" before the value; "the total" alone
names nothing, so it counts what the figure before it in the same clause counted (its
outcome). With no figure before it ("The ministry opened four more schools, bringing the
total to 22", no figure of people) or another count between, it stays nothing.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

# how far the figure's own clause may run on before the total (where, when, how)
_CLAUSE_REACH = 90


@cache
def _total_before() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alt(EN.TOLL_CARRYING_VERBS)})\s+the\s+"
        rf"(?:(?:{alt(EN.RUNNING_TOTAL_ADJECTIVES)})\s+)?(?:{alt(EN.RUNNING_TOTAL_NOUNS)})"
        r"\s+to\s+$", re.IGNORECASE)


def running_total(s: str, cstart: int, prev: dict[str, object] | None,
                  base: int) -> tuple[str, int] | None:
    """(outcome, span start) of "bringing the total to 22" whose value opens at ``cstart``
    in ``s``, carrying the outcome of ``prev``, the figure before it in the sentence (its
    offsets counted from ``base``), or None."""
    if prev is None:
        return None
    verb = _total_before().search(s, max(0, cstart - 48), cstart)
    if verb is None:
        return None
    between = s[int(prev["end"]) - base:verb.start()]  # type: ignore[call-overload]
    # only the clause's own adjuncts between the figure and the total: no other count,
    # no new clause or sentence part
    if len(between) > _CLAUSE_REACH or not between.rstrip().endswith(",") or any(
            c.isdigit() or c in ";:" for c in between):
        return None
    return str(prev["outcome"]), verb.start()
