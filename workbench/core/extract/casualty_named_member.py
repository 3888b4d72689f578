"""One of a figure's people named by the post they held (round 74).

"shot dead three cooperative members, among them the cooperative's treasurer,", "put the
day's toll at six dead, including the bus driver.", "The other five, including the ship's
master, are still being held": the one named is a figure of one with the outcome of the
figure it belongs to, as "including a bus driver" already was (an article counts one;
"the" does not, so the rules of counts never saw it). The post must be one person's
("driver", "treasurer", "commander") and close its phrase; "including the village" and
"among them the wounded" stay nothing.
"""

from __future__ import annotations

import re

from .lang import en as EN

_POSTS = frozenset((*EN.TITLES, *EN.ONE_PERSON_POSTS, *EN.SOLE_POSTS, *EN.MEMBER_POSTS,
                    *(w for w in EN.PERSON_WORDS if w not in EN.GROUP_PERSON_WORDS)))

_MEMBER = re.compile(
    r",\s+(?P<ev>(?:including|among\s+them)\s+the\s+"
    r"(?P<who>(?:[a-z][\w\-]*(?:['’]s)?\s+){0,2}(?P<head>[a-z][\w\-]*)))(?=\s*[,.;])")


def members_named(text: str, out: list[dict[str, object]]) -> None:
    """Append to ``out`` the one person a figure's phrase names by post ("including the
    bus driver"), right after the figure's count or its evidence."""
    found: list[dict[str, object]] = []
    for f in out:
        start, end = int(f["start"]), int(f["end"])  # type: ignore[call-overload]
        if int(f["count_low"]) < 2:  # type: ignore[call-overload]
            continue
        window = text[start:end + 60]
        if "including the " not in window and "among them the " not in window:
            continue
        m = _MEMBER.search(text, start, end + 60)
        if m is None or m.start() > end or m["head"] not in _POSTS or any(
                int(g["start"]) < m.end() and m.start("ev") < int(g["end"])  # type: ignore[call-overload]
                and g is not f for g in out):
            continue
        found.append({"start": m.start("ev"), "end": m.end("ev"), "text": m["ev"],
                      "outcome": f["outcome"], "count_low": 1, "count_high": None,
                      "qualifier": "exact", "group": m["who"]})
    out.extend(found)
