"""The next part of a toll after a part told with its own description (round en212).

A toll is often split into who its people were, the first part with a short description:
"the remains of 19 people were recovered, 15 of them men in civilian clothes and four
women", "Gunmen killed 12 villagers, eight of them men from the same clan and four
women", "Police detained 30 people, 20 of them students at the university and ten
teachers". "eight of them men and four women" was read, but the description between cut
the second part off. After a part "N of them <people>" (or "of whom") that a figure holds,
a phrase opened by a preposition (``EN.PART_DESCRIBED_PREPOSITIONS``, up to six words with
no verb or clause word), then "and", a count and one or two words naming people, closed by
punctuation or the sentence's end, is a part too, with the toll's outcome, when both parts
together are no more than the toll. Unread: things after "and" ("... and four cows"), a
clause ("... and four were wounded"), parts that outgrow the toll.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache

from .figure_spans import FigureSpans, new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

_PART_END = re.compile(r"\bof\s+(?:them|whom)\s+[A-Za-z\-]+$", re.IGNORECASE)
_NOT = frozenset(EN.PART_DESCRIBED_NOT_WORDS)


@cache
def _description_then_and() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?P<desc>(?:{alt(EN.PART_DESCRIBED_PREPOSITIONS)})(?:\s+[\w'’\-]+){{1,6}}?)"
        r"\s+and\s+", re.IGNORECASE)


_CLOSE = re.compile(r"\s*(?:[.,;:!?)\"”]|$)")
_HEAD = re.compile(r"\s*([A-Za-z\-]+)(?:\s+([A-Za-z\-]+))?")


def next_described_parts(text: str, out: list[dict[str, object]],
                         people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` the part after "and" that a described first part cut off."""
    if len(out) < 2:
        return
    found: list[dict[str, object]] = []
    # (review 45) the wholes by outcome and end, and the spans read, looked up by bisection:
    # a long report of such tolls looked through every figure at each part (50 KB took
    # 1.7 s, four times that 28 times as long)
    ends: dict[object, list[tuple[int, int]]] = {}
    for i, w in enumerate(out):
        ends.setdefault(w["outcome"], []).append((int(str(w["end"])), i))
    for v in ends.values():
        v.sort()
    spans: FigureSpans | None = None
    for f in out:
        ftext = str(f["text"])
        if not ftext.endswith(tuple("abcdefghijklmnopqrstuvwxyz")) or (
                _PART_END.search(ftext) is None):
            continue
        fstart, fend = int(str(f["start"])), int(str(f["end"]))
        m = _description_then_and().match(text, fend)
        if m is None or any(w.lower() in _NOT for w in m.group("desc").split()) or (
                "," in m.group("desc")):
            continue
        c = COUNT_RE.match(text, m.end())
        if c is None or not (c.group("num") or c.group("dozen")):
            continue
        head_m = _HEAD.match(text, c.end())
        if head_m is None:
            continue
        head = [w for w in head_m.groups() if w]
        # the shortest head of people closed by punctuation: "four women.", "ten teachers,"
        chosen = None
        for n in (1, 2):
            if len(head) < n or not people(head[:n]) or head[n - 1][:1].isupper():
                continue
            after = head_m.start(1) + len(" ".join(head[:n]))
            if _CLOSE.match(text, after):
                chosen = (head[:n], after)
                break
        if chosen is None or (parsed := parse_count(c)) is None:
            continue
        # the figure of the same outcome ending last by the part's start (the first
        # added of those ending there)
        same = ends[f["outcome"]]
        j = bisect_right(same, (fstart, len(out))) - 1
        if j < 0:
            continue
        whole = out[same[bisect_left(same, (same[j][0], -1))][1]]
        low_count, high, qualifier = parsed
        if low_count + int(str(f["count_low"])) > int(str(whole["count_low"])):
            continue
        start, end = c.start(), chosen[1]
        if spans is None:
            spans = FigureSpans(out)
        if spans.overlaps(start, end):
            continue
        spans.add({"start": start, "end": end, "outcome": ""})
        found.append(new_figure(text, start, end, str(f["outcome"]), low_count, high,
                                qualifier, " ".join(chosen[0])))
    out.extend(found)
