"""A part named after a fronted "Of those," (round en209).

"More than 1,200 people have fled their homes, the office said. Of those, about 400 are
children." A report counts a toll and then says who some of them were, with the partitive
fronted and a pronoun for the whole ("Of those,", "Of them,", "Of these,"). The sentence
rules read "Of the dead, 12 were children" (the whole named by its outcome) but not the
pronoun, which names none. The part takes the outcome of the last figure before it, in its
own sentence or the one before (one paragraph), when the part is no larger than that figure
and its predicate names people ("are children", "were women"): "Of those, about 400 are
under five" or "Of those, 12 were in their twenties" stay unread, as after "of them".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count
from .wake_words import cue_set, wakes

_FRONTED = re.compile(
    rf"(?:^|(?<=[.!?;]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))[\"“]?Of\s+(?:{alt(EN.FRONTED_PART_PRONOUNS)})"
    r"\s*,\s+", re.IGNORECASE)
_PREDICATE = re.compile(
    r"\s+(?:are|were)\s+(?:(?:all|also)\s+)?"
    r"(?P<who>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)(?=\s*[.,;]|\s+(?:and|aged|under|who)\b)")
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_GATE = tuple(f"of {w}," for w in EN.FRONTED_PART_PRONOUNS)
# (speed round 15) each of those holds its pronoun whole (a space before, a comma after)
_WAKE = cue_set(EN.FRONTED_PART_PRONOUNS)


def fronted_parts(text: str, out: list[dict[str, object]], low: str,
                  people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` each part a fronted "Of those," names after a figure."""
    if not out or not wakes(text, _WAKE) or not any(g in low for g in _GATE):
        return
    found: list[dict[str, object]] = []
    for fm in _FRONTED.finditer(text):
        m = COUNT_RE.match(text, fm.end())
        if m is None or not (m.group("num") or m.group("vague") or m.group("dozen")):
            continue
        pred = _PREDICATE.match(text, m.end())
        if pred is None or not people(pred.group("who").split()):
            continue
        before = [f for f in out if int(str(f["end"])) <= fm.start()]
        if not before:
            continue
        prev = max(before, key=lambda f: int(str(f["end"])))
        between = text[int(str(prev["end"])):fm.start()]
        if "\n" in between or len(re.findall(r"[.!?][\"”’]?\s", between)) > 1:
            continue
        while m is not None and pred is not None and people(pred.group("who").split()):
            parsed = parse_count(m)
            if parsed is None or parsed[0] > int(str(prev["count_low"])):
                break
            start, end = m.start(), pred.end()
            if any(int(str(f["start"])) < end and start < int(str(f["end"])) for f in out):
                break
            low_count, high, qualifier = parsed
            found.append(new_figure(text, start, end, str(prev["outcome"]), low_count,
                                    high, qualifier, pred.group("who")))
            # the next part with its verb gapped or told again: "nine were women and 12
            # were children", "nine were women, 12 children"
            m = pred = None
            if (join := _JOIN.match(text, end)) is not None and (
                    nxt := COUNT_RE.match(text, join.end())) is not None and nxt.group("num"):
                m, pred = nxt, _PREDICATE.match(text, nxt.end())
    out.extend(found)
