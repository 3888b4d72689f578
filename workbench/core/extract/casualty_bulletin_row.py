"""A bulletin's row of outcomes and counts written without colons.

A provincial bulletin or a live blog sets a toll as a row, "Dead 12, injured 30, missing
4", where a table would write "Dead: 12". The sentence rules read a word of an outcome
after a count as that count's predicate, so "12, injured" gave 12 wounded and the row's
other counts nothing. Here a row of two or more pairs, each an outcome word right before
its number and the pairs set off by commas, gives one figure per pair, in place of what
the sentence rules read over the row, where they took the next pair's word for a count's.
Prose with verbs ("killed 5, wounded 9") is read well by the rules and left to them.
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
# Where the sentence rules met a row: a figure whose words end in a comma and the next
# pair's outcome word ("12, injured"), or one right after a count and a comma ("dead 2,
# injured 7" gave only the second). The row's pattern is tried only around such a figure.
_MISREAD_END = re.compile(rf",\s*(?:{alt(_OUTCOME_OF)})$", re.IGNORECASE)


def _meets_a_row(text: str, f: dict[str, object]) -> bool:
    fs = int(f["start"])
    if text[fs - 2:fs] == ", " and text[fs - 3:fs - 2].isdigit():
        return True
    words = str(f["text"])
    return ", " in words and _MISREAD_END.search(words) is not None


def bulletin_rows(text: str, out: list[dict[str, object]]) -> None:
    """Replace in ``out`` what the sentence rules read over each row of ``text`` by the
    row's own figures, where they differ ("killed 5, wounded 9" is read well already)."""
    done = -1
    for f in [f for f in out if _meets_a_row(text, f)]:
        fs = int(f["start"])
        if fs < done:
            continue
        row = next((r for r in _ROW.finditer(text, max(0, fs - 40), int(f["end"]) + 200)
                    if r.start() <= fs < r.end()), None)
        if row is None:
            continue
        done = a_end = row.end()
        pairs = [_figure(text, m) for m in _ONE_PAIR.finditer(text, row.start(), a_end)]
        over = [o for o in out if int(o["start"]) < a_end and row.start() < int(o["end"])]
        if sorted((o["count_low"], o["outcome"]) for o in over) == sorted(
                (p["count_low"], p["outcome"]) for p in pairs):
            continue
        out[:] = [o for o in out if not any(o is v for v in over)]
        out.extend(pairs)


def _figure(text: str, m: re.Match[str]) -> dict[str, object]:
    return {"start": m.start(), "end": m.end(), "text": m.group(),
            "outcome": _OUTCOME_OF[m.group("label").lower()],
            "count_low": int(m.group("n").replace(",", "")), "count_high": None,
            "qualifier": "exact", "group": None}
