"""People a state's force took away to be questioned (round en165).

"Police took 12 youths away for questioning" and "soldiers led away five men for
interrogation": the force took the people into its custody, as "took 15 people into
custody" says in words (round 42), and the figure is an arrest. "away" or "off" must stand
with the verb (before the people or after them) and the questioning right after them; the
force is named in the clause just before the verb. Suspects so taken stay out, as the
older rounds read them ("Police took two suspects away for questioning"). Without the
questioning the older readings stand ("Police took away 11 protesters" names no arrest;
soldiers taking people away are captors, ``casualty_soldiers_took``), and so does a
passive ("were taken in for questioning" stays no figure). People taken by rescuers or
relatives, or things taken ("took 40 minutes", "took away three vehicles"), are not read:
no force, or no people.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_VERB = rf"\b(?:{alt(EN.QUESTIONING_TAKING_VERBS)})"
# the verb right before the people, its particle there or after them
_VERB_BEFORE = re.compile(rf"{_VERB}(?P<away>\s+(?:away|off))?\s+$", re.IGNORECASE)
_QUESTIONED = re.compile(
    rf"(?P<away>\s+(?:away|off))?\s+(?:{alt(EN.QUESTIONING_TERMS)})\b", re.IGNORECASE)
_FORCE = re.compile(rf"\b(?:{alt(EN.QUESTIONING_TAKERS)})\b", re.IGNORECASE)
_SUSPECTS = frozenset(EN.SUSPECT_NOUNS)
_CLAUSE_BREAK = re.compile(r"[.;:!?]")
_NEGATED = re.compile(rf"\b(?:{alt(EN.NEGATORS)})\b", re.IGNORECASE)
_REACH = 60


def took_for_questioning(s: str, cstart: int, gend: int,
                         toks: list[str]) -> tuple[int, int] | None:
    """(start, end) of "took [away] N people [away] for questioning" around the people
    ``toks`` counted from ``cstart`` to ``gend`` when a state's force is named before the
    verb, else None. Suspects so taken stay out, as the older rounds read them ("Police
    took two suspects away for questioning" is no figure, ``casualty_soldiers_took``)."""
    if toks and toks[-1].lower() in _SUSPECTS:
        return None
    verb = _VERB_BEFORE.search(s, max(0, cstart - 20), cstart)
    if verb is None:
        return None
    asked = _QUESTIONED.match(s, gend)
    if asked is None or (verb.group("away") is None) == (asked.group("away") is None):
        return None  # no particle, or two of them
    lo = max(0, verb.start() - _REACH)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(s, lo, verb.start())]
    clause = breaks[-1] if breaks else lo
    if not _FORCE.search(s, clause, verb.start()):
        return None
    if _NEGATED.search(s, max(clause, s.rfind(",", clause, verb.start()) + 1), verb.start()):
        return None  # "Police did not take 12 youths away ...": nobody was taken
    return verb.start(), asked.end()
