"""A headline's people "held" at its end, after the harm it tells (round en106).

A headline joins the harm and the arrest that followed with a comma or a semicolon and drops
the verb "were": "Man dies after beating in Alice Springs town camp, two women held"
(en-57), as "Gunmen kill 6 at Mexican bar; 3 suspects held" (en-21), "12 held after bomb in
Manipur town" (en-24) and "Three held over Pemba island arson attacks" (en-49) are read by
their suspects or their bare count. People counted after the join, "held" closing the line
and a death or an attack told before the join, are detainees (captives in a story of
hostages, as the bare count is read). "Rebels free 3 soldiers held for years" has no join
before the count; a sentence of the body ends on its full stop.
"""

from __future__ import annotations

import re
from functools import cache

from .casualty_told_again import police_holding
from .lang import en as EN
from .lang.build import alt

_HELD_LAST = re.compile(r"\s+held[ \t]*(?:\n|$)")
_JOIN_BEFORE = re.compile(r"[,;][ \t]*$")


@cache
def _harm_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.HEADLINE_HARM_WORDS)})\b", re.IGNORECASE)


def headline_held(s: str, cstart: int, gend: int) -> int | None:
    """The end of "held" when the people counted at ``cstart`` (ending at ``gend``) close a
    headline after a comma or semicolon and a harm told before it, else None."""
    held = _HELD_LAST.match(s, gend)
    if not held or not _JOIN_BEFORE.search(s, max(0, cstart - 4), cstart):
        return None
    line = s.rfind("\n", 0, cstart) + 1
    if not _harm_before().search(s, line, cstart):
        return None
    return gend + len(s[gend:held.end()].rstrip())


_HOLDS_AFTER_JOIN = re.compile(r"[,;][ \t]*$")
_COUNT_LAST = re.compile(r"[ \t]*(?:\n|$)")
_OBJECT_AFTER = re.compile(r"[ \t]+(?:(?:the|a|an)[ \t]+)?([\w'’\-]+)", re.IGNORECASE)


@cache
def _taking_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.HEADLINE_TAKING_VERBS)})\b", re.IGNORECASE)


def headline_holding(s: str, verb_at: int, gend: int) -> str | None:
    """(round en199) The outcome of the bare count before ``gend`` after "holds" or "hold"
    at ``verb_at`` that closes a headline whose first half tells a taking: "Gang hijacks
    sugar trucks, holds five", "Rebels seize bus, hold 12" (captured). The comma joins the
    two presents of one subject; the count, its noun left out, is the people the taking
    held. A force of the state as the subject arrests them ("Police seize drugs, hold
    two"); a taking of no thing ("Party seizes control of assembly, holds 12": seats, a
    lead) holds nobody, and None is returned as with no taking."""
    if not _COUNT_LAST.match(s, gend) or not _HOLDS_AFTER_JOIN.search(
            s, max(0, verb_at - 4), verb_at):
        return None
    line = s.rfind("\n", 0, verb_at) + 1
    if "." in s[line:verb_at]:
        return None
    took = _taking_before().search(s, line, verb_at)
    if took is None:
        return None
    obj = _OBJECT_AFTER.match(s, took.end())
    if obj and obj.group(1).lower() in EN.HEADLINE_TAKEN_ABSTRACTS:
        return None
    return "arrested" if police_holding(s, took.start()) else "captured"
