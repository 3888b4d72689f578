"""A bulletin's row of outcomes and counts written without colons.

A provincial bulletin or a live blog sets a toll as a row, "Dead 12, injured 30, missing
4", where a table would write "Dead: 12". The sentence rules read a word of an outcome
after a count as that count's predicate, so "12, injured" gave 12 wounded and the row's
other counts nothing. Here a row of two or more pairs, each an outcome word right before
its number and the pairs set off by commas, gives one figure per pair, in place of what
the sentence rules read over the row when that differs. Prose with verbs ("killed 5,
wounded 9") reads the same either way and is left as the rules read it.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_OUTCOME_OF = {w: o for o, words in EN.BULLETIN_ROW_LABELS.items() for w in words}
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_PAIR = rf"\b(?:{alt(_OUTCOME_OF)})\s+(?:{_NUMBER})(?![\d%])"
# two to five pairs set off by commas ("and" may open the last)
_ROW = re.compile(rf"{_PAIR}(?:\s*,\s*(?:and\s+)?{_PAIR}){{1,4}}", re.IGNORECASE)
_ONE_PAIR = re.compile(rf"(?P<label>{alt(_OUTCOME_OF)})\s+(?P<n>{_NUMBER})", re.IGNORECASE)
# A row opens with one of these after a comma: a cheap test before the pattern.
_CUES = tuple(f", {w} " for w in _OUTCOME_OF)


def bulletin_rows(text: str, low: str, out: list[dict[str, object]]) -> None:
    """Replace in ``out`` what the sentence rules read over each row of ``text`` (``low``
    its lower-cased twin) by the row's own figures, where they differ."""
    if not any(map(low.__contains__, _CUES)):
        return
    for row in _ROW.finditer(text):
        pairs = [_figure(text, m) for m in _ONE_PAIR.finditer(text, row.start(), row.end())]
        a, b = row.start(), row.end()
        over = [f for f in out if int(f["start"]) < b and a < int(f["end"])]
        if sorted((f["count_low"], f["outcome"]) for f in over) == sorted(
                (f["count_low"], f["outcome"]) for f in pairs):
            continue
        out[:] = [f for f in out if not any(f is o for o in over)]
        out.extend(pairs)


def _figure(text: str, m: re.Match[str]) -> dict[str, object]:
    return {"start": m.start(), "end": m.end(), "text": m.group(),
            "outcome": _OUTCOME_OF[m.group("label").lower()],
            "count_low": int(m.group("n").replace(",", "")), "count_high": None,
            "qualifier": "exact", "group": None}
