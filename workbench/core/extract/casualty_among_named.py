""""Among the dead" pointing past a figure of another outcome (round en102).

A report counts its dead and its wounded, then names one of the dead: "two people were
killed and four others were injured ... Among the dead is a 15-year-old schoolgirl" (en-53),
"killed at least eight herders and wounded 15 others ... Among the dead was a 17-year-old
boy" (en-40). "Among them was" points to the figure just before; "Among the dead" names
its outcome, so it points to the latest figure of that outcome even when a figure of
another one (the wounded, counted after the dead) stands between. The dead must have been
counted close before, within a few sentences; "Among the injured" reads the same way.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_AMONG_THE = re.compile(
    r"\s*[\"“'‘]?(?:among|amongst)\s+the\s+(?P<who>"
    rf"{alt((*EN.AMONG_WOUNDED_NOUNS, *EN.AMONG_KILLED_NOUNS))})\s+(?:was|were|is|are)"
    r"\s+(?:also\s+)?", re.IGNORECASE)
_WHO_OUTCOME = {**dict.fromkeys(EN.AMONG_WOUNDED_NOUNS, "wounded"),
                **dict.fromkeys(EN.AMONG_KILLED_NOUNS, "killed")}
# A clause a source reports, opened by "among" (round en119): "A police spokesman told
# Reuters that among the dead was a 16-year-old girl", "Police said among the dead were".
_REPORTED_FRAME = re.compile(
    rf"\b(?:{alt(EN.AMONG_REPORTED_FRAMES)})\s+(?=among\b)", re.IGNORECASE)
# How far back, in characters from the figure's end to the sentence's start, the figure
# "among the dead" points to may lie: two or three sentences of a report.
_REACH = 400


def among_named_outcome(s: str, cstart: int, base: int,
                        out: list[dict[str, object]]) -> str | None:
    """The outcome of a sentence opening "Among the dead was" before the count at
    ``cstart`` (``s`` at ``base`` in the document) when the latest figure of that outcome
    in ``out`` lies close before and a figure of another outcome came after it; None
    otherwise (the figure just before is read by "among them")."""
    m = _AMONG_THE.fullmatch(s, among_clause_start(s, cstart), cstart)
    if m is None or not out:
        return None
    named = _WHO_OUTCOME[m.group("who").lower()]
    if out[-1]["outcome"] == named:
        return None
    last = next((f for f in reversed(out) if f["outcome"] == named), None)
    if last is None or not 0 <= base - int(last["end"]) <= _REACH:
        return None
    return named


def among_clause_start(s: str, cstart: int) -> int:
    """Where the clause that may open on "among" before the count at ``cstart`` starts: the
    sentence's start, or the end of a source's "said" or "that" before "among"."""
    if "among" not in s[max(0, cstart - 40):cstart].lower():
        return 0
    start = 0
    for frame in _REPORTED_FRAME.finditer(s, max(0, cstart - 60), cstart):
        start = frame.end()
    return start
