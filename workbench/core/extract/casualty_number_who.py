"""A running number whose people a relative clause tells (round en235).

"bringing to at least 230 the number of detainees who have died in custody" and "Residents
put the number of families who have fled the district since May at about 40" give the
count before or after a number whose people are told by "who have" and a verb of harm,
flight or disappearance (``EN.NUMBER_WHO_VERBS``): the verb decides the outcome ("the
detainees who have died" are dead). The fronted count and the count after "at" were read
only with a participle or a noun of outcome right after "the number of".

Unread: a noun that names no people ("the number of shops that have closed"), a verb of no
harm ("the number of detainees who have been released": the arrests are read elsewhere),
and a number told with no count. Gated by "the number of " and " who ha" in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_lookup import FigureLookup
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

Figure = dict[str, object]

_PEOPLE = r"(?P<people>(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)"


def _who(verbs: str) -> str:
    return (rf"\s+who\s+(?:have|has|had)\s+(?:(?:been|since|now|also)\s+)?(?P<verb>{verbs})\b"
            # (review 50) "who have left the camp", "left hospital": no flight
            rf"(?!(?<=left)\s+(?:(?:the|their|a|an|its)\s+)?(?:{alt(EN.NUMBER_WHO_LEFT_NOT)})\b)")


@cache
def _fronted() -> re.Pattern[str]:
    # "bringing to at least 230 the number of detainees who have died"
    return re.compile(
        rf"\b(?:{alt(EN.TOLL_CARRYING_VERBS)})\s+to\s+(?P<count>[\w,\- ]{{1,30}}?)\s+the\s+"
        rf"number\s+of\s+{_PEOPLE}{_who(alt(tuple(EN.NUMBER_WHO_VERBS)))}", re.IGNORECASE)


@cache
def _put_at() -> re.Pattern[str]:
    # "put the number of families who have fled the district since May at about 40"
    return re.compile(
        rf"\b(?:{alt(EN.APART_PUT_VERBS)})\s+(?P<np>the\s+number\s+of\s+{_PEOPLE}"
        rf"{_who(alt(tuple(EN.NUMBER_WHO_VERBS)))}[^,;:.!?\d\"“”()\n]{{0,60}}?)\s+at\s+",
        re.IGNORECASE)


def read_number_who(text: str, out: list[Figure],
                    person_like: Callable[[list[str]], bool]) -> None:
    """Add to ``out`` (the figures every layer gave for ``text``, sorted) each running
    number told by "the number of <people> who have <verb>" that no figure covers."""
    if " who ha" not in text or "number of " not in text:
        return
    found: list[Figure] = []
    for m in _fronted().finditer(text):
        c = COUNT_RE.fullmatch(m.group("count"))
        if c is None or not person_like(m.group("people").split()):
            continue
        c = COUNT_RE.match(text, m.start("count"))
        if c is not None and (f := _figure(text, m.start(), m.end(), c, m)):
            found.append(f)
    if " at " in text:
        for m in _put_at().finditer(text):
            c = COUNT_RE.match(text, m.end())
            if c is None or not person_like(m.group("people").split()):
                continue
            if f := _figure(text, m.start("np"), c.end(), c, m):
                found.append(f)
    if not found:
        return
    known = FigureLookup(out)
    added = [f for f in found if not known.overlaps(int(str(f["start"])), int(str(f["end"])))]
    # a figure the sentence rules gave the count with the noun's outcome takes the verb's
    for f in found:
        if f in added:
            continue
        for g in out:
            if int(str(g["start"])) < int(str(f["end"])) and int(str(f["start"])) < int(
                    str(g["end"])) and g["count_low"] == f["count_low"]:
                g["outcome"] = f["outcome"]
    if added:
        out.extend(added)
        out.sort(key=lambda g: (int(str(g["start"])), int(str(g["end"]))))


def _figure(text: str, a: int, b: int, c: re.Match[str], m: re.Match[str]) -> Figure | None:
    parsed = parse_count(c)
    if parsed is None or not (c.group("num") or c.group("b1") or c.group("vague")):
        return None
    low, high, qualifier = parsed
    return {"start": a, "end": b, "text": text[a:b],
            "outcome": EN.NUMBER_WHO_VERBS[m.group("verb").lower()], "count_low": low,
            "count_high": high, "qualifier": qualifier, "group": None}
