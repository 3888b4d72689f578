"""A count after "No one was hurt:" is of people unharmed (round en195).

"No one was hurt: the two night staff hid in the office." A report denies a harm and then,
after a colon or a semicolon, tells who was there and how they came through. The outcome
word stands right before the count, so the sentence rules read "hurt: the two night staff"
as two wounded. A figure whose span opens inside such a denial (on its outcome word) is
dropped; a count after the colon with a verb of its own ("No one was hurt; two guards were
wounded later") keeps its figure. "None of the N was hurt" is read as
nothing already (the count is the denial's own subject).
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_DENIAL = re.compile(
    rf"\b(?:{alt(EN.NO_HARM_SUBJECTS)})\s+(?:was|were|has\s+been|had\s+been|got)\s+"
    rf"(?:(?:seriously|badly|physically)\s+)?(?:{alt(EN.NO_HARM_PARTICIPLES)})\s*[:;]\s*",
    re.IGNORECASE)
_GATE = ("no one", "no-one", "nobody")


def drop_no_one_hurt(text: str, out: list[dict[str, object]]) -> list[dict[str, object]]:
    """``out`` without the figures that count the people a denial of harm explains."""
    low = text.lower()
    if not any(g in low for g in _GATE):
        return out
    denials = list(_DENIAL.finditer(text))
    if not denials:
        return out
    kept = []
    for f in out:
        start = int(str(f["start"]))
        if any(m.start() <= start < m.end() for m in denials):
            continue
        kept.append(f)
    return kept if len(kept) != len(out) else out
