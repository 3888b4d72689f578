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
from collections.abc import Callable
from functools import cache

from .figure_spans import new_figure
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


def next_described_parts(text: str, out: list[dict[str, object]],
                         people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` the part after "and" that a described first part cut off."""
    if len(out) < 2:
        return
    found: list[dict[str, object]] = []
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
        head_m = re.match(r"\s*([A-Za-z\-]+)(?:\s+([A-Za-z\-]+))?", text[c.end():])
        if head_m is None:
            continue
        head = [w for w in head_m.groups() if w]
        # the shortest head of people closed by punctuation: "four women.", "ten teachers,"
        chosen = None
        for n in (1, 2):
            if len(head) < n or not people(head[:n]) or head[n - 1][:1].isupper():
                continue
            after = c.end() + len(" ".join(head[:n])) + (len(text[c.end():]) - len(
                text[c.end():].lstrip()))
            if _CLOSE.match(text, after):
                chosen = (head[:n], after)
                break
        if chosen is None or (parsed := parse_count(c)) is None:
            continue
        wholes = [w for w in out if int(str(w["end"])) <= fstart
                  and w["outcome"] == f["outcome"]]
        if not wholes:
            continue
        whole = max(wholes, key=lambda w: int(str(w["end"])))
        low_count, high, qualifier = parsed
        if low_count + int(str(f["count_low"])) > int(str(whole["count_low"])):
            continue
        start, end = c.start(), chosen[1]
        if any(int(str(g["start"])) < end and start < int(str(g["end"]))
               for g in (*out, *found)):
            continue
        found.append(new_figure(text, start, end, str(f["outcome"]), low_count, high,
                                qualifier, " ".join(chosen[0])))
    out.extend(found)
