"""Two wordings of harm told by what it took from people (after the forty-seventh round).

* Kin lost in violence: "she lost two sons in the attack", "lost her two sons in the
  shelling", "lost three cousins in the fighting", "lost a brother in the war" are the
  dead, the kin their group. The loss must be of kin and in an act or a time of
  violence: "lost two cows in the raid", "lost two games", "lost two brothers in a car
  crash" stay nothing.
* Kin taken from the one who tells it (round 74): "They took my two brothers and my
  neighbour's son", "To those who took our two sons, I say ..." are captives: taking
  someone's kin, with no place after it, is an abduction. The kin must be the teller's
  ("my", "our") and the taker someone else: "We took our two sons and fled", "I took my
  two daughters to the clinic" and "took my two brothers home" stay nothing.
* People left or made homeless by the act before them: "leaving hundreds of families
  homeless", "made some 500 people homeless", "rendered 200 families homeless" are
  displaced (as "were left homeless" and "were made homeless" already were). Things
  ("left 40 houses in ruins") and animals stay nothing; a natural hazard's homeless are
  dropped with the sentence's other figures of that hazard.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

_KIN = frozenset(EN.LOST_KIN)


@cache
def _lost_before() -> re.Pattern[str]:
    # a possessive may come between: "she lost her two sons in the attack"
    return re.compile(r"\blost\s+(?:(?:her|his|their|my|our|your)\s+)?$", re.IGNORECASE)


@cache
def _in_violence() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:in|during)\s+(?:(?:the|an?|that|this|last\s+\w+'s|their|its)\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?(?:{alt(EN.LOST_IN_EVENTS)})\b", re.IGNORECASE)


def kin_lost(s: str, cstart: int, gend: int, toks: list[str]) -> tuple[int, int] | None:
    """(start, end) of "lost two sons in the attack" around the count at ``cstart`` and
    its group ``toks`` (ending at ``gend``), or None."""
    if not toks or toks[-1].lower() not in _KIN:
        return None
    lost = _lost_before().search(s, max(0, cstart - 12), cstart)
    if lost is None:
        return None
    where = _in_violence().match(s, gend)
    return (lost.start(), where.end()) if where else None


@cache
def _taken_before() -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])(?P<who>\w+)\s+took\s+(?:away\s+)?(?:my|our)\s+$",
                      re.IGNORECASE)


@cache
def _taken_somewhere() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alt(EN.KIN_TAKEN_SOMEWHERE)})\b", re.IGNORECASE)


def kin_taken(s: str, cstart: int, gend: int, toks: list[str]) -> int | None:
    """Where "took my two brothers" starts, around the count at ``cstart`` and its group
    ``toks`` (ending at ``gend``), or None."""
    if not toks or toks[-1].lower() not in _KIN:
        return None
    took = _taken_before().search(s, max(0, cstart - 24), cstart)
    if took is None or took["who"].lower() in _OWN_TAKERS or _taken_somewhere().match(s, gend):
        return None
    return took.start("who") + len(took["who"]) + 1


_OWN_TAKERS = frozenset(("i", "we"))


@cache
def _making_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.HOMELESS_MAKING_VERBS)})\s+$", re.IGNORECASE)


@cache
def _homeless_after() -> re.Pattern[str]:
    # ("without shelter" too, round en104)
    return re.compile(rf"\s+(?:{alt(EN.HOMELESS_STATES)})\b", re.IGNORECASE)


@cache
def homeless_state() -> re.Pattern[str]:
    """A state of having no home, lowered: "homeless", "without shelter" (the word that
    wakes a sentence for ``made_homeless``)."""
    return re.compile(rf"\b(?:{alt(EN.HOMELESS_STATES)})\b")


def made_homeless(s: str, cstart: int, gend: int,
                  toks: list[str]) -> tuple[int, int, list[str]] | None:
    """(start, end, people) of "leaving hundreds of families homeless" around the count at
    ``cstart`` with its group ``toks`` ending at ``gend`` (the group reading may take
    "homeless" as its last word), or None; the caller checks the people are people."""
    if toks and (cut := _state_cut(toks)) is not None:
        people, end = toks[:cut], gend
    elif after := _homeless_after().match(s, gend):
        people, end = toks, after.end()
    else:
        return None
    verb = _making_before().search(s, max(0, cstart - 10), cstart)
    if verb is None or _weather_before().search(s, max(0, verb.start() - 60), verb.start()):
        return None  # "The storm left thousands homeless": no violence ("storm" is no
        # hazard word of the whole engine, as troops "storm" positions)
    return verb.start(), end, people


def _state_cut(toks: list[str]) -> int | None:
    """Where a state of having no home ends the group's words ("people without shelter"),
    or None."""
    for cut in range(max(0, len(toks) - 3), len(toks)):
        if " ".join(toks[cut:]).lower() in _STATES:
            return cut
    return None


_STATES = frozenset(EN.HOMELESS_STATES)


@cache
def _weather_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.HOMELESS_WEATHER)})\b", re.IGNORECASE)
