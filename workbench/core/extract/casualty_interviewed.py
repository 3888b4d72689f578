"""People counted as those a report's authors interviewed are no victims (round en187).

A rights group's method tells whom it heard: "The group interviewed 25 people, among them
four of the wounded, and three doctors", "based on interviews with 30 people, including
five of the injured and two doctors". The part named by its outcome ("four of the
wounded", "four wounded protesters") is read as before; the whole of the interviewed and
the others listed with the part (doctors, witnesses, officials) took the part's outcome and
are dropped. A figure is dropped when a verb or noun of interviewing stands before it in
its sentence with no clause between them (no "who", "that", "said", ...) and the figure's
own words and the few after them name no harm: "interviewed relatives of 12 people killed
in the raid" names the killing and stays read. Gated by the interview's words: most texts
hold none.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

Figure = dict[str, object]
_REACH = 120  # characters from the interview's word to the figure
_AFTER = 30  # characters after the figure still its own words ("of the wounded")


@cache
def _interview() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.INTERVIEW_WORDS)})\b", re.IGNORECASE)


@cache
def _clause_between() -> re.Pattern[str]:
    return re.compile(rf"[.;:!?]|\b(?:{alt(EN.INTERVIEW_CLAUSE_BREAKS)})\b", re.IGNORECASE)


@cache
def _own_words_end() -> re.Pattern[str]:
    # the figure's own words run to a comma or a clause ("25 people, among them ...")
    return re.compile(rf"[,.;:!?(]|\b(?:and|{alt(EN.INTERVIEW_CLAUSE_BREAKS)})\b",
                      re.IGNORECASE)


@cache
def _harm_named() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.INTERVIEWED_HARM_STEMS)})", re.IGNORECASE)


def _interviewed(text: str, start: int, end: int) -> bool:
    open_at = max(0, start - _REACH)
    last = None
    for found in _interview().finditer(text, open_at, start):
        last = found  # the nearest before the figure
    if last is None or _clause_between().search(text, last.end(), start):
        return False
    own_end = min(len(text), end + _AFTER)
    stop = _own_words_end().search(text, end, own_end)
    return _harm_named().search(text, start, stop.start() if stop else own_end) is None


def drop_interviewed(text: str, out: list[Figure]) -> list[Figure]:
    """``out`` without the counts of people interviewed that name no harm (the module's
    docstring)."""
    if "nterview" not in text and "NTERVIEW" not in text:
        return out
    kept = [f for f in out if not _interviewed(text, int(str(f["start"])), int(str(f["end"])))]
    return kept if len(kept) != len(out) else out
