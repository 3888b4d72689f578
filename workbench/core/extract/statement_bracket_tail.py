"""A bracket after a name read as the speaker (round en233).

A chamber's report writes a member's constituency or party in brackets after the name:
"Hon. Tunde Adeyemi-Coker (Ikeja II) told the House that ...", "Senator Dara Velt (D-Ohio)
said ...", "Sam Ortiz (left) said ..." under a photograph. The subject read back from the
verb stops at the opening bracket and keeps only its tail, "Ikeja II)"; the speaker is the
name before the bracket. A speaker whose brackets are whole ("Dr Ana Pell (WHO)") is left
as it is.
"""

from __future__ import annotations

import re
from bisect import bisect_left

# A person's name of two to four capitalised words, with a title before it if any.
_NAME = (r"(?:(?:Hon|Rt\.?\s+Hon|Dr|Mr|Mrs|Ms|Sen|Senator|Rep|Chief|Prof)\.?\s+)?"
         r"[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*){1,3}")


# A name, then a whole bracket after it on its line: every place a tail may be found.
_NAME_BRACKET = re.compile(rf"({_NAME})\s+\(([^()\n]*)\)")


def _brackets_of(text: str) -> list[tuple[int, str, str]]:
    """(start, name, inside) of each name with a bracket after it, in order."""
    return [(m.start(), m.group(1), m.group(2)) for m in _NAME_BRACKET.finditer(text)]


def _nearest(places: list[tuple[int, str]], at: int) -> str | None:
    """The name of ``places`` (sorted by start) nearest ``at``; the earlier of two as near."""
    i = bisect_left(places, (at, ""))
    near = places[max(0, i - 1):i + 1]  # the last before ``at`` and the first from it
    return min(near, key=lambda p: abs(p[0] - at))[1] if near else None


def name_before_bracket(text: str, out: list[dict[str, object]]) -> None:
    """Give a speaker that is a bracket's tail ("Ikeja II)") the name before the bracket."""
    brackets: list[tuple[int, str, str]] | None = None
    by_tail: dict[str, list[tuple[int, str]]] = {}
    for o in out:
        sp = o["speaker"]
        if not isinstance(sp, str) or not sp.endswith(")") or "(" in sp:
            continue
        start = int(o["start"])  # type: ignore[call-overload]
        # the nearest such bracket to the words, before or after them (its inside may hold
        # a party and a place: "(PDP, Ikeja II)")
        if ")" in sp[:-1] or "\n" in sp:  # (no whole bracket of one line holds it)
            best = min(re.finditer(rf"({_NAME})\s+\([^()\n]{{0,40}}?{re.escape(sp)}", text),
                       key=lambda m: abs(m.start() - start), default=None)
            if best is not None:
                o["speaker"] = best.group(1)
            continue
        # (review 49: each such speaker searched the whole text again, and a chamber's
        # report of many members grew as a square; the brackets are found once, and those
        # of each tail once)
        if sp not in by_tail:
            brackets = _brackets_of(text) if brackets is None else brackets
            tail = sp[:-1]
            by_tail[sp] = [(a, name) for a, name, inside in brackets
                           if inside.endswith(tail) and len(inside) - len(tail) <= 40]
        name = _nearest(by_tail[sp], start)
        if name is not None:
            o["speaker"] = name
