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

# A person's name of two to four capitalised words, with a title before it if any.
_NAME = (r"(?:(?:Hon|Rt\.?\s+Hon|Dr|Mr|Mrs|Ms|Sen|Senator|Rep|Chief|Prof)\.?\s+)?"
         r"[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*(?:\s+[A-Z][a-z]+(?:[\-'’][A-Z]?[a-z]+)*){1,3}")


def name_before_bracket(text: str, out: list[dict[str, object]]) -> None:
    """Give a speaker that is a bracket's tail ("Ikeja II)") the name before the bracket."""
    for o in out:
        sp = o["speaker"]
        if not isinstance(sp, str) or not sp.endswith(")") or "(" in sp:
            continue
        start = int(o["start"])  # type: ignore[call-overload]
        # the nearest such bracket to the words, before or after them (its inside may hold
        # a party and a place: "(PDP, Ikeja II)")
        best = min(re.finditer(rf"({_NAME})\s+\([^()\n]{{0,40}}?{re.escape(sp)}", text),
                   key=lambda m: abs(m.start() - start), default=None)
        if best is not None:
            o["speaker"] = best.group(1)
