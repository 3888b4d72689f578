"""People who left a place in an organised evacuation are no displaced count (round en163).

The corpus rules keep evacuations out of the casualties. A flight told by "have left the
town" is read as displacement (casualty_moving, casualty_went_away), and in a story of
war it usually is; but where the same sentence or the one before tells an evacuation
("since the evacuation began", "The evacuation of the town began on Monday. At least 1,500
people have left so far"), the leaving is the evacuation's own, and the figure is dropped.
Only a figure told by "left" is dropped: "have fled the town since the evacuation began"
keeps its flight.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_LEFT = re.compile(r"\bleft\b", re.IGNORECASE)
_EVACUATION = re.compile(rf"\b(?:{alt(EN.EVACUATION_WORDS)})\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+|\n")
_REACH = 400
_CLAUSE_MARKS = ",;:.!?"
_CLAUSE_REACH = 80
_WORD = re.compile(r"[\w'’]+")
_UNTOLD = frozenset((*EN.STAGE_NEGATIONS, *EN.MODAL_VERBS, *EN.HYPOTHETICAL,
                     *EN.EVACUATION_UNTOLD_WORDS))


def drop_evacuation_leaving(text: str, out: list[dict[str, object]], low: str) -> None:
    """Drop from ``out`` each displaced figure told by "left" whose sentence, or the one
    before it, tells an evacuation. ``low``: ``text`` lower-cased."""
    if not out or "evacuat" not in low or "left" not in low:
        return
    keep = [f for f in out if not _left_in_evacuation(text, f)]
    if len(keep) != len(out):
        out[:] = keep


def _left_in_evacuation(text: str, f: dict[str, object]) -> bool:
    if f["outcome"] != "displaced" or not _LEFT.search(str(f["text"])):
        return False
    start, end = int(f["start"]), int(f["end"])
    # the sentence before the figure's and its own, to the figure's sentence end
    breaks = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - _REACH), start)]
    begin = breaks[-2] if len(breaks) > 1 else max(0, start - _REACH)
    stop = _SENTENCE_END.search(text, end)
    return any(_told(text, m.start(), m.end()) for m in _EVACUATION.finditer(
        text, begin, stop.start() if stop else len(text)))


def _told(text: str, a: int, b: int) -> bool:
    """Is the evacuation word at [a, b) told as done or under way: no negation, modal,
    condition or call for it in its clause ("an evacuation was impossible", "no
    evacuation has been organised", "refused calls for an evacuation")?"""
    lo = max((text.rfind(c, max(0, a - _CLAUSE_REACH), a) for c in _CLAUSE_MARKS), default=-1)
    hi = min((i for c in _CLAUSE_MARKS if (i := text.find(c, b, b + _CLAUSE_REACH)) >= 0),
             default=min(len(text), b + _CLAUSE_REACH))
    words = _WORD.findall(text, max(lo + 1, a - _CLAUSE_REACH), hi)
    # (a capital "May" is the month: "the evacuation began on 3 May")
    return _UNTOLD.isdisjoint(w if w == "May" else w.lower() for w in words)
