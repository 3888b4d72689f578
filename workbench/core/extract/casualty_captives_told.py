"""Captives told with their taker's act or their place (round en232).

* A fronted participle of taking with the victim's companions: "Kidnapped with eight of his
  workers in 2023, the quarry owner now travels with guards", "Abducted with nine of her
  colleagues, the nurse ..." count the companions taken with the one the sentence is about
  (as "was abducted with nine of his colleagues" is read mid-sentence).
* A definite count held since a time or as captives: "the 17 lorry drivers held hostage
  since dawn were let go", "the 16 travellers held since Friday", "the nine
  workers held captive" are captives the report has told of, unless it has already counted
  that many (then "the 17" names the same captives again). The state's prisoners, inmates
  and suspects are no captives of this kind.

Unread: "Kidnapped with ransom in mind, ..." (no count), "the 30 meetings held there since
June" (no people), "the 40 inmates held there since the riot", and "the 40 people held
there" with no time or captivity told (a jail's or a camp's). Gated by plain words before
any pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_lookup import FigureLookup
from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import NUMBER, word_value

Figure = dict[str, object]


@cache
def _fronted() -> re.Pattern[str]:
    return re.compile(
        rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?:{alt(EN.FRONTED_TAKING)})\s+with\s+(?P<c>{NUMBER})"
        r"\s+of\s+(?:his|her|their|its)\s+(?P<g>[a-z][\w\-]*)\b", re.MULTILINE)


@cache
def _held_there() -> re.Pattern[str]:
    return re.compile(
        rf"\b[Tt]he\s+(?P<c>{NUMBER})\s+(?P<g>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*)\s+"
        rf"(?:being\s+)?held\s+(?:{alt(EN.HELD_THERE_AFTER)})\b")


@cache
def _held_after() -> re.Pattern[str]:
    # the holding's time or captivity alone, a literal start: searched before the pattern
    # that begins with "the" and a count
    return re.compile(rf"\bheld\s+(?:{alt(EN.HELD_THERE_AFTER)})\b")


_NOT_HELD = frozenset(EN.HELD_THERE_NOT)


def read_captives_told(text: str, out: list[Figure],
                       person_like: Callable[[list[str]], bool]) -> None:
    """Add to ``out`` (the figures every layer gave for ``text``, sorted) the captives told
    by a fronted taking with companions or held at a place or since a time."""
    fronted = " with " in text and any(w in text for w in EN.FRONTED_TAKING)
    held = " held " in text and _held_after().search(text) is not None
    if not (fronted or held):
        return
    known: FigureLookup | None = None
    added: list[Figure] = []
    for rx, on in ((_fronted(), fronted), (_held_there(), held)):
        if not on:
            continue
        for m in rx.finditer(text):
            words = m.group("g").split()
            count = word_value(m.group("c"))
            if count is None or words[-1].lower() in _NOT_HELD or not person_like(words):
                continue
            known = known or FigureLookup(out)
            if known.overlaps(m.start("c"), m.end()) or (
                    rx is not _fronted() and _told_before(out, m.start(), count)):
                continue
            added.append(new_figure(text, m.start(), m.end(), "captured", count,
                                    group=m.group("g")))
    if added:
        out.extend(added)
        out.sort(key=lambda f: (int(str(f["start"])), int(str(f["end"]))))


def _told_before(out: list[Figure], at: int, count: int) -> bool:
    """Whether a figure before ``at`` already counts ``count`` captives: "the 17 lorry
    drivers held hostage" then only names again the 17 the report took before."""
    return any(f["outcome"] == "captured" and int(str(f["count_low"])) == count
               and int(str(f["end"])) <= at for f in out)
