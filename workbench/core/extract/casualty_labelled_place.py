"""A key-figure line whose label names a place (round en181).

An update's bullets give a figure by a label and a colon: "- People killed: 14" is read by
the outcome word before the colon. A label often names where the people were hurt or went
between its participle and its colon: "- People displaced to Kessa town: about 6,500",
"- Civilians wounded in Kessa district: 31", "- Families displaced from three villages:
400". Such a line is read as the label without its place: a noun of people (or of
households), an outcome participle, a preposition of place and its words, the colon, then
the count closing the line. A label with no count after it gives nothing.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count


@cache
def _participles() -> dict[str, str]:
    return {form: outcome for outcome, forms in EN.OUTCOME_PARTICIPLES.items()
            for form in forms if " " not in form}


@cache
def _label() -> re.Pattern[str]:
    # the bullet's mark, a noun (one word before it may qualify it: "Palestinian
    # civilians"), the participle, the place up to the colon (one line, 60 characters)
    return re.compile(
        r"^[ \t]*(?:[-•*–][ \t]*)?(?:(?P<pre>[A-Za-z][\w'’\-]*)[ \t]+)?(?P<noun>[A-Za-z]+)"
        rf"[ \t]+(?P<p>[a-z]+)[ \t]+(?:{alt(EN.LABEL_PLACE_PREPOSITIONS)})[ \t]+"
        r"[^:\n]{1,60}:[ \t]*", re.MULTILINE | re.IGNORECASE)


_LINE_END = re.compile(r"[ \t]*(?:\(|$)", re.MULTILINE)


def _counted(noun: str) -> bool:
    low = noun.lower()
    return low in EN.PERSON_WORDS or low in EN.COUNTED_FAMILIES or (
        low.endswith("s") and low[:-1] in EN.PERSON_WORDS)


def labelled_places(s: str, base: int, out: list[dict[str, object]]) -> None:
    """Add the key-figure lines of ``s`` (at ``base``) whose label names a place."""
    if ":" not in s:
        return  # the cheap gate
    parts = _participles()
    for m in _label().finditer(s):
        outcome = parts.get(m.group("p").lower())
        if outcome is None or not _counted(m.group("noun")):
            continue
        c = COUNT_RE.rx.match(s, m.end())
        if c is None or not _LINE_END.match(s, c.end()) or (parsed := parse_count(c)) is None:
            continue  # a label with no count, or more words after it
        start, end = base + m.start("p"), base + c.end()
        if any(int(o["start"]) < end and start < int(o["end"])  # type: ignore[call-overload]
               for o in out):
            continue
        low, high, qual = parsed
        out.append({
            "start": start, "end": end, "text": s[m.start("p"):c.end()],
            "outcome": outcome, "count_low": low, "count_high": high, "qualifier": qual,
            "group": m.group("noun").lower(),
        })
