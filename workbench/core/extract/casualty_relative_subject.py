"""People described by a relative clause, then what happened to them (round en102).

"A neighbour who was walking her dog at the time suffered burns and shrapnel wounds to her
legs" (en-53), "A 45-year-old man who was struck on the head during the clashes died"
(en-52, left by the hundred-and-first round) and "at least 40 porters, who carry goods
across the border with Iraq on their backs, had been killed" (en-37): the clause after
"who" says who the people were, and the sentence's own verb, after it, says what befell
them. "who was killed" itself is read already (the clause's own verb).

The verb after the clause must be finite, as a main clause's is: a form of "be" or "have"
before the participle ("had been killed"), or "died", "suffered", "sustained",
"received"; a bare participle may belong to the clause ("A man who was walking his dog
found a woman killed"), and a clause with a count or a verb of saying has a subject of its
own ("a district official who said 27 people had died", en-19). Only deaths and wounds
are read so: "Two men who were arrested were later freed" keeps its arrest in the clause.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_OPEN = re.compile(r"(?P<comma>\s*,)?\s+who\s+(?=[a-z])", re.IGNORECASE)
# What a relative clause may hold: no stop, quote or bracket, and no comma unless the
# clause is set off by commas (then it ends at the first one).
_CLAUSE_STOP = re.compile(r"[.;:!?\"“”()]")
_CLAUSE_REACH = 90
_READ_OUTCOMES = ("killed", "wounded")
# A clause holding a count or a verb of saying has a subject of its own for the verb after
# it: "a district official who said 27 people had died" names no death of the official.
_OWN_SUBJECT = re.compile(
    rf"(?P<n>\d[\d,.]*|\b(?:{alt(tuple(EN.UNITS))})\b)|\b(?:{alt(EN.RELATIVE_REPORT_VERBS)})\b",
    re.IGNORECASE)
# ... but a year or a count of things is no one's count (round en155): "Two former guerrillas
# who signed the 2016 peace agreement were shot dead", "Three men who had served 10 years in
# prison were killed" ("who said 27 people had died" keeps its subject)
_YEAR = re.compile(r"(?:19|20)\d\d(?![\d,.]\d)")
_THINGS_AFTER = re.compile(r"[\s\-]+(?:[^\W\d_]+[\s\-]+)?([^\W\d_]+)")
_NONPERSON = frozenset(EN.NONPERSON)


def _own_subject(s: str, start: int, end: int) -> bool:
    """Whether the relative clause from ``start`` to ``end`` has a subject of its own: a
    verb of saying, or a count that is neither a year nor a count of things."""
    for m in _OWN_SUBJECT.finditer(s, start, end):
        if not m.group("n"):
            return True
        if _YEAR.fullmatch(m.group("n")):
            continue
        after = _THINGS_AFTER.match(s, m.end(), end)
        if after is None or not _NONPERSON.intersection(after.group(0).lower().split()):
            return True
    return False
_FINITE_OPENERS = ("died", "suffered", "sustained", "received")


def relative_then_outcome(s: str, gend: int, predicate: re.Pattern[str]) -> (
        tuple[str, int] | None):
    """The outcome and the end of the main verb after a relative clause that opens at
    ``gend`` (after the people counted); ``predicate`` matches an outcome's verb at a
    position, with its auxiliaries in the group ``aux``. None when no such verb ends the
    clause."""
    m = _OPEN.match(s, gend)
    if m is None:
        return None
    start = m.end()
    stop = _CLAUSE_STOP.search(s, start, start + _CLAUSE_REACH)
    limit = stop.start() if stop else min(len(s), start + _CLAUSE_REACH)
    comma = s.find(",", start, limit)
    if m.group("comma"):
        if comma <= start or _own_subject(s, start, comma):
            return None
        return _outcome_at(s, comma, predicate)
    if comma >= 0:
        limit = comma
    pos = s.find(" ", start, limit)
    while pos >= 0:
        if (found := _outcome_at(s, pos, predicate)) is not None:
            return None if _own_subject(s, start, pos) else found
        pos = s.find(" ", pos + 1, limit)
    return None


def _outcome_at(s: str, pos: int, predicate: re.Pattern[str]) -> tuple[str, int] | None:
    p = predicate.match(s, pos)
    if p is None or p.group("rel"):
        return None
    outcome = next((k for k in _READ_OUTCOMES if p.group(k)), None)
    if outcome is None:
        return None
    verb = p.group(outcome).lower()
    if not p.group("aux").strip() and not verb.startswith(_FINITE_OPENERS):
        return None
    return outcome, p.end()
