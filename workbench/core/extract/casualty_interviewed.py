"""People counted as those a report's authors interviewed are no victims (round en187).

A rights group's method tells whom it heard: "The group interviewed 25 people, among them
four of the wounded, and three doctors", "based on interviews with 30 people, including
five of the injured and two doctors". The part named by its outcome ("four of the
wounded", "four wounded protesters") is read as before; the whole of the interviewed and
the others listed with the part (doctors, witnesses, officials) took the part's outcome and
are dropped.

The list of the interviewed is read from the interview's word ("interviewed", "interviews
with", "spoke to"), its first item a count: then items set off by commas, each opening on a
count (perhaps after "and", "including", "among them"), up to the first item that opens on
no count ("..., patients and local leaders, documents the killing of ..."), a full stop or a
clause ("who", "that", "said"). A figure that starts in that list and whose own words (up to
its next comma or clause) name no harm is dropped: "interviewed relatives of 12 people killed
in the raid" names the killing, and the report's findings after the list ("documents the
killing of five health workers, among them a midwife") are no part of it. Gated by the
interview's word: most texts hold none.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_FIRST_WORDS

Figure = dict[str, object]
_REACH = 240  # characters of the list after the interview's word
_OWN = 30  # characters after a figure still its own words ("four of the | wounded")
_COUNT_FIRST = frozenset(w.lower() for w in COUNT_FIRST_WORDS) | {"at", "more", "some"}


@cache
def _interview() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.INTERVIEW_WORDS)})\s+", re.IGNORECASE)


@cache
def _list_end() -> re.Pattern[str]:
    return re.compile(rf"[.;:!?()]|\b(?:{alt(EN.INTERVIEW_CLAUSE_BREAKS)})\b", re.IGNORECASE)


@cache
def _own_words_end() -> re.Pattern[str]:
    return re.compile(rf"[,.;:!?(]|\b(?:and|{alt(EN.INTERVIEW_CLAUSE_BREAKS)})\b",
                      re.IGNORECASE)


@cache
def _harm_named() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.INTERVIEWED_HARM_STEMS)})", re.IGNORECASE)


@cache
def _openers() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:(?:{alt(EN.INTERVIEW_LIST_OPENERS)})\s+)*", re.IGNORECASE)


def _opens_on_count(text: str, at: int) -> bool:
    at = _openers().match(text, at).end()  # type: ignore[union-attr]
    word = text[at:at + 12].split(" ", 1)[0].lower().rstrip(",")
    return bool(word) and (word[0].isdigit() or word in _COUNT_FIRST)


def _lists(text: str) -> list[tuple[int, int]]:
    """The spans of the lists of people interviewed in ``text``."""
    spans = []
    for m in _interview().finditer(text):
        start = m.end()
        if not _opens_on_count(text, start):
            continue
        limit = min(len(text), start + _REACH)
        stop = _list_end().search(text, start, limit)
        end = stop.start() if stop else limit
        comma = text.find(",", start, end)
        while comma >= 0 and _opens_on_count(text, comma + 1):
            comma = text.find(",", comma + 1, end)
        spans.append((start, comma if comma >= 0 else end))
    return spans


def _names_harm(text: str, start: int, end: int) -> bool:
    own_end = min(len(text), end + _OWN)
    stop = _own_words_end().search(text, end, own_end)
    return _harm_named().search(text, start, stop.start() if stop else own_end) is not None


def drop_interviewed(text: str, out: list[Figure]) -> list[Figure]:
    """``out`` without the counts of people interviewed that name no harm (the module's
    docstring)."""
    if "nterview" not in text and "NTERVIEW" not in text:
        return out
    spans = _lists(text)
    if not spans:
        return out
    kept = []
    for f in out:
        start, end = int(str(f["start"])), int(str(f["end"]))
        if any(a <= start < b for a, b in spans) and not _names_harm(text, start, end):
            continue
        kept.append(f)
    return kept if len(kept) != len(out) else out
