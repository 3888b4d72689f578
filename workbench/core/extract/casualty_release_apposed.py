"""A part of the held told by its release in commas (round en213).

After a story has told people detained or taken, it often lets one of them speak, told by
the release set off in commas: "One trader, released after nine days, said the room had
one window", "Two of them, freed on Tuesday, told reporters ...", "Three students,
released on bail last week, said they had been beaten". The release with an auxiliary
("Three students were released") or without commas ("Three students released on bail last
week told ...") is read by ``casualty_released``; the commas kept this one apart.

A count opening its sentence, one to three words of people (or "of them"), a comma,
"freed" or "released", up to 60 characters closed by a comma, is a part of the last figure
of people captured or arrested told before it, with that figure's outcome, when it is no
larger. Unread: a release from care, a contract or a term (``EN.RELEASE_NOT_HELD``: "One
patient, released from hospital on Monday, said ..."), no holding told before ("Doctors
treated 30 people. One patient, released after two days, said ..."), a part larger than
the held, things ("One report, released on Monday, said ..."), an article for the count
("A trader, released ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_spans import FigureSpans, new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

_HELD = ("captured", "arrested")
_COUNT = COUNT_RE.rx.pattern.replace("(?P<", "(?P<c_")  # named groups kept apart
_NOT_HELD = frozenset(EN.RELEASE_NOT_HELD)


@cache
def _apposed() -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|(?<=[.!?\n\"“”]\s)|(?<=\n))(?P<count>{_COUNT})"
        r"(?P<noun>\s+of\s+them|(?:\s+[a-z][a-z\-]*){1,3}?),\s+"
        rf"(?:(?:later|eventually|since|finally)\s+)?(?:{alt(EN.APPOSED_RELEASE_PARTICIPLES)})"
        r"\s+[^,.;:!?\"“”()]{1,60},", re.IGNORECASE)


def apposed_releases(text: str, out: list[dict[str, object]], low: str,
                     people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` each part of the held told by its release in commas."""
    if ("freed " not in low and "released " not in low) or not any(
            f["outcome"] in _HELD for f in out):
        return
    found: list[dict[str, object]] = []
    # (review 46) the figures read before this pass, by span, and the last held one by
    # bisection: each part looked through every figure twice (96 KB: 21 times 12 KB)
    spans: FigureSpans | None = None
    for m in _apposed().finditer(text):
        cm = COUNT_RE.rx.fullmatch(m.group("count"))
        if cm is None or cm.group("art") or (parsed := parse_count(cm)) is None:
            continue
        noun = m.group("noun").split()
        if noun[0].lower() != "of" and not people(noun):
            continue
        start, end = m.start(), m.end() - 1
        if any(w.strip(",").lower() in _NOT_HELD for w in text[start:end].split()):
            continue  # "released from hospital", "freed under an amnesty"
        if spans is None:
            spans = FigureSpans(out)
        whole = spans.last_held(start)
        if whole is None or parsed[0] > int(str(whole["count_low"])):
            continue  # no holding told before it, or a part larger than the held
        if spans.overlaps(start, end):
            continue
        group = None if noun[0].lower() == "of" else " ".join(noun).lower()
        found.append(new_figure(text, start, end, str(whole["outcome"]), parsed[0],
                                parsed[1], parsed[2], group))
    out.extend(found)
