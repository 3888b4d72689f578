"""The dead told as what an event cost them (round en125).

News tells the same deaths as "The attack claimed the lives of five villagers", "The attack
cost the lives of five villagers" and "The attack cost five villagers their lives". The
first two put the people after the verb's phrase and are read as a verb of killing
(``EN.OUTCOME_VERBS``); the third puts them between the verb and "their lives", which no
sentence rule reads. Here: a count after "cost", "costs" or "costing", up to three words of
its people, then "their lives" ("his life", "her life"). The price must be lives: "cost 300
workers their jobs" and "cost two players their places" give nothing.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

_COST = re.compile(rf"\b(?:{alt(EN.COST_LIVES_VERBS)})\s+", re.IGNORECASE)
# The people, then their lives: "at least 30 people their lives", "12 soldiers their lives".
_PEOPLE_THEN_LIVES = re.compile(
    rf"(?P<g>(?:[A-Za-z][\w'’-]*\s+){{0,3}}?)(?:{alt(EN.COST_LIVES_OWNERS)})\s+li(?:ves|fe)\b(?!['’])",
    re.IGNORECASE)


def cost_their_lives(s: str, base: int, out: list[dict[str, object]], n: int) -> None:
    """Append to ``out`` each "cost N X their lives" of sentence ``s`` (at document offset
    ``base``) that no figure of the sentence (``out[n:]``) already covers."""
    for verb in _COST.finditer(s):
        count = COUNT_RE.match(s, verb.end())
        if count is None or (parsed := parse_count(count)) is None:
            continue
        rest = _PEOPLE_THEN_LIVES.match(s, count.end() + (s[count.end():count.end() + 1] == " "))
        if rest is None:
            continue
        start, end = base + verb.start(), base + rest.end()
        if any(int(o["start"]) < end and start < int(o["end"]) for o in out[n:]):
            continue
        low, high, qualifier = parsed
        out.append({"start": start, "end": end, "text": s[verb.start():rest.end()],
                    "outcome": "killed", "count_low": low, "count_high": high,
                    "qualifier": qualifier, "group": " ".join(rest.group("g").split()) or None})
