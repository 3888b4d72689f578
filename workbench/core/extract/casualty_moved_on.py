"""Patients a hospital moved on are no new figure (round en159).

A hospital's tally tells who it received, then where some of them went: "The hospital
received more than 80 of the injured; 31 were transferred to the capital for surgery". The
second count is a part of the people the hospital already counted, moved on; the care and
move readers take it for a part of the hurt. It is dropped when the figure right before it
(the same sentence or the one before, within ``_REACH``) is the wounded a place of care
took in ("received", "admitted"), the part smaller than that whole and told by a bare
count, its clause naming no wound ("eight were referred to the capital because of the
severity of their injuries" tells the harm again and stays read).
A part moved on after a toll of its own ("The shooting left 19 people wounded. Six were
transferred to the capital's trauma unit") stays read: only the intake makes it a flow of
patients. Gated by the move's word: most texts hold none.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from .lang import en as EN
from .lang.build import alt

Figure = dict[str, object]
_REACH = 200


@cache
def _moved_on() -> re.Pattern[str]:
    # right after the bare count: "31 were transferred", "nine of them were later moved"
    return re.compile(rf"(?:\s+of\s+them)?\s+(?:were|was)\s+(?:(?:later|then|also)\s+)?"
                      rf"(?:{alt(EN.MOVED_ON_VERBS)})\b", re.IGNORECASE)


@cache
def _intake() -> re.Pattern[str]:
    # the intake verb in the whole's clause, just before its count
    return re.compile(rf"\b(?:{alt(EN.CARE_INTAKE_VERBS)})\s+(?:[\w\-]+\s+){{0,3}}$",
                      re.IGNORECASE)


def drop_moved_on(text: str, out: list[Figure]) -> list[Figure]:
    """``out`` without the parts a hospital moved on after its intake (the module's
    docstring)."""
    if not any(v in text for v in EN.MOVED_ON_VERBS):
        return out
    ordered = sorted(out, key=lambda f: int(str(f["start"])))
    dropped: set[int] = set()
    for whole, part in pairwise(ordered):
        a, b = int(str(part["start"])), int(str(part["end"]))
        w_start, w_end = int(str(whole["start"])), int(str(whole["end"]))
        if (whole["outcome"] == "wounded" and part["outcome"] == "wounded"
                and 0 <= a - w_end <= _REACH
                and int(str(part["count_low"])) < int(str(whole["count_low"]))
                and (moved := _moved_on().match(text, _count_end(text, a, b)))
                and _intake().search(text, max(0, w_start - 40), w_start)
                and not _wound_told().search(text, moved.end(), _clause_end(text, moved.end()))):
            dropped.add(id(part))
    return [f for f in out if id(f) not in dropped] if dropped else out


@cache
def _wound_told() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.CARE_WOUNDS)})\b", re.IGNORECASE)


_CLAUSE_END = re.compile(r"[.;!?\n]")


def _clause_end(text: str, at: int) -> int:
    """The end of the part's clause, at most 150 characters on."""
    m = _CLAUSE_END.search(text, at, at + 150)
    return m.start() if m else min(len(text), at + 150)


_COUNT_WORD = re.compile(r"[\w,\-]+")


def _count_end(text: str, a: int, b: int) -> int:
    """Where the part's bare count ends (its first word)."""
    m = _COUNT_WORD.match(text, a, b)
    return m.end() if m else a
