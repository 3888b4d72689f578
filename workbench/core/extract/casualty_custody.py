"""Arrests told with a verb and its particle (after the forty-seventh round).

Police and wire copy writes arrests with phrasal verbs the single-word verbs ("arrested",
"detained", "rounded up") left unread: "Police hauled in dozens of protesters", "Security
forces picked up 25 young men during overnight raids". The words are in `lang/en.py`
(`ARREST_PHRASAL_VERBS`, read as verbs of arrest before the count); this module says when
they are one:

* the object must be people: "hauled in a record catch", "picked up 40 tonnes of aid"
  stay nothing;
* "picked up" is a rescue or a ride as often as an arrest, so a force of the state must be
  named in the 60 characters before it (`ARRESTING_FORCES`), and the people must not be
  those a rescue picks up (`PICKED_UP_RESCUED`: "troops picked up 25 survivors").

People the police take from their homes are arrested (round 55): "police took two
brothers from their home at night", "gendarmes took him and his three sons from their
house" (the pronoun before has no count; the kin after it are the figure). Only a police
force named just before counts: soldiers or gunmen taking people from their homes may be
abducting them, and "relatives took two men from their home to the clinic" names no force.

People held with a term of detention after them are arrested, not captives: "The army held
12 villagers in detention", "Police are holding 40 activists in custody"
(`DETENTION_TERMS`). Held to be questioned ("Police are holding 30 people for
questioning", `QUESTIONING_TERMS`) is no captive and, as the earlier rounds keep "were
taken in for questioning", no arrest. Captors' holding ("The rebels are holding 12
soldiers") stays a capture.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

_RESCUED = frozenset(EN.PICKED_UP_RESCUED)
_STEMS = tuple(sorted({p.split()[0] for p in EN.ARREST_PHRASAL_VERBS}))


@cache
def _force_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.ARRESTING_FORCES)})\b", re.IGNORECASE)


def phrasal_arrest(verb: str) -> bool:
    """Whether the verb read before a count (as matched, any case) is one of the phrasal
    verbs of arrest this module checks."""
    return verb.lower().startswith(_STEMS)


def arrest_holds(s: str, verb_start: int, verb: str, toks: list[str],
                 person_like: bool) -> bool:
    """Whether the phrasal verb ``verb`` at ``verb_start`` in ``s``, with the group ``toks``
    after its count, reads as an arrest; ``person_like`` says the group names people."""
    if not person_like:
        return False
    if not verb.lower().startswith("pick"):
        return True
    if toks and toks[-1].lower() in _RESCUED:
        return False
    return _force_before().search(s, max(0, verb_start - 60), verb_start) is not None


@cache
def _detention_after() -> re.Pattern[str]:
    # a time may come first: "held 12 villagers for a week in detention"
    return re.compile(
        r"\s+(?:(?:for|over)\s+(?:a|an|one|two|three|several|\d+)\s+\w+\s+|overnight\s+)?"
        rf"(?:(?P<held>{alt(EN.DETENTION_TERMS)})|{alt(EN.QUESTIONING_TERMS)}"
        rf"|{alt(EN.HELD_AT_STATION)})\b",
        re.IGNORECASE)


@cache
def _state_before() -> re.Pattern[str]:
    # the force is the verb's subject: "Police held", "security forces have been holding"
    return re.compile(rf"\b(?:{alt(EN.QUESTIONING_HOLDERS)})\s+"
                      rf"(?:(?:{alt(EN.HOLDING_AUXILIARIES)})\s+){{0,3}}$", re.IGNORECASE)


def questioned_by_state(s: str, verb_at: int) -> bool:
    """(round en195) Whether a force of the state is the subject of the verb of holding at
    ``verb_at`` ("Police held three journalists for questioning": an arrest, as the sets'
    gold counts people "held ..., and all for questioning")."""
    return _state_before().search(s, max(0, verb_at - 60), verb_at) is not None


def held_for(s: str, gend: int) -> str | None:
    """What people held are, by the term after them (their group ends at ``gend``):
    "arrested" in detention ("holding 40 activists in custody"), "" when held for
    questioning (no figure), None when no term follows."""
    m = _detention_after().match(s, gend)
    if m is None:
        return None
    return "arrested" if m.group("held") else ""


@cache
def _took_before() -> re.Pattern[str]:
    # "took two brothers", "took him and his two brothers"
    return re.compile(r"\btook\s+(?:(?:him|her|them)\s+and\s+(?:his|her|their)\s+)?$",
                      re.IGNORECASE)


@cache
def _from_home_after() -> re.Pattern[str]:
    return re.compile(r"\s+from\s+(?:their|his|her|the)\s+(?:homes?|houses?|beds?)\b",
                      re.IGNORECASE)


@cache
def _police_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.HOME_TAKING_FORCES)})\s+(?:\w+\s+)?$", re.IGNORECASE)


def taken_from_home(s: str, cstart: int, gend: int) -> tuple[int, int] | None:
    """(start, end) of "took [him and his] two brothers from their home" around the count
    at ``cstart`` (its group ends at ``gend``) when the police took them, else None."""
    took = _took_before().search(s, max(0, cstart - 24), cstart)
    if took is None or (home := _from_home_after().match(s, gend)) is None:
        return None
    if _police_before().search(s, max(0, took.start() - 30), took.start()) is None:
        return None
    return took.start(), home.end()
