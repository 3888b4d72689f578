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
    return _EVACUATION.search(text, begin, stop.start() if stop else len(text)) is not None
