"""A promise's bound: what was promised by a month lies ahead of the promise (round en236).

A promise, a pledge or a vow sets a time by which something is to be done: "The report
had been promised before the end of the session in April", "the minister pledged a new
clinic by June", "a donor promised new batteries by September" (the older sets give such
months ahead of publication). Whatever the tense of the promising, the bound lies ahead of
the act, as a deadline granted does ("gave the army until Friday"), so the date is read as
one near ahead (``date_direction.NEAR``): the month ahead of publication, unless it falls
in the few months just before.

The bound ("by", "before", "until", "till", "for") stands right before the date or before
"the end of" a named period and its "in" ("before the end of the session in April"). The
promise governs it within a few words, with no other past verb between ("promised that
roads damaged before April would be fixed": the damage's date) and no comma; "promised in
April to build a road" dates the promise itself and has no bound.
"""

from __future__ import annotations

from .lang import en as EN

_PROMISES = frozenset(EN.PROMISE_VERBS)
_BOUNDS = frozenset(EN.PROMISE_BOUNDS)
_PERIOD_WORDS = frozenset(EN.PROMISE_PERIOD_WORDS)
# How many words before the bound the promise may stand: "had promised a full report on
# the killings before April".
_REACH = 8
_STOPS = frozenset((",", ";", ":", "(", ")", '"', "“", "”"))


def _bound_at(low: list[str]) -> int | None:
    """The index of the bound the date closes in ``low`` (lowered words before the
    date), else None."""
    if low and low[-1] in _BOUNDS:
        return len(low) - 1
    # "before the end of the session in": only period words between the bound and "in"
    if len(low) < 4 or low[-1] not in ("in", "of"):
        return None
    for j in range(len(low) - 2, max(-1, len(low) - 8), -1):
        if low[j] in _BOUNDS:
            return j if low[j + 1] == "the" else None
        if low[j] not in _PERIOD_WORDS:
            return None
    return None


def promised_by(before: list[str]) -> bool:
    """Whether the date after the words ``before`` closes a bound a promise set."""
    if not before:
        return False
    low = [w.lower() for w in before[-(_REACH + 10):]]
    b = _bound_at(low)
    if b is None:
        return False
    for j in range(b - 1, max(-1, b - 1 - _REACH), -1):
        word = low[j]
        if word in _PROMISES:
            return True
        if word in _STOPS or word.endswith("ed"):
            return False  # another verb, or another clause, governs the bound
    return False
