"""The hurt described by their harm before the verb of their care (round en212).

A clinic's or a medic's tally often counts people by what they suffered and only then says
they were cared for: "at least 14 people with fractures and head wounds were treated at a
private clinic", "Dozens of protesters with burns or cuts were taken to hospital", "Some 30
miners with broken bones had been airlifted". The sentence rules read a single wound right
after the head ("14 people with head wounds"), but a harm they do not list ("fractures") or
a list of harms ("burns and fractures") broke the figure. Here the count, a head of people,
"with", a list of harms (each noun in ``EN.HARM_DESCRIBED_NOUNS`` with up to two words
before it, joined by commas, "and" or "or"), then "were"/"had been"/"have been" and a verb of
care (``EN.HARM_DESCRIBED_CARE``) make a figure of the wounded. Unread: a verb that is no
care ("... with burns were questioned"), a head that names no people ("20 cars with broken
windows were towed"), a count another rule has read already.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

# How far back from "with" the count may stand ("at least 14 people", "dozens of protesters").
_COUNT_REACH = 60
_NOT = frozenset(EN.HARM_DESCRIBED_NOT_WORDS)


@cache
def _harm_then_care() -> re.Pattern[str]:
    # (review 45) a word before a harm is never "and" or "or": those part two harms, and a
    # list of harms could otherwise be split two ways at each of them ("burns and burns
    # ..." took 16 s for 32 harms that no verb of care followed)
    word = r"(?!(?:and|or)\b)[a-z][a-z\-]*"
    harm = rf"(?:{word}\s+){{0,2}}?(?:{alt(EN.HARM_DESCRIBED_NOUNS)})"
    return re.compile(
        rf"\bwith\s+(?P<harms>{harm}(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+){harm})*)"
        r"\s+(?:were|had\s+been|have\s+been|are\s+being|were\s+being)\s+(?:later\s+|also\s+)?"
        rf"(?:{alt(EN.HARM_DESCRIBED_CARE)})\b")


_GATE = tuple(f" {w}" for w in EN.HARM_DESCRIBED_CARE)


def harm_described(text: str, out: list[dict[str, object]], low: str,
                   people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` each count of people described by their harm, then cared for."""
    if " with " not in low or not any(g in low for g in _GATE):
        return
    found: list[dict[str, object]] = []
    for hm in _harm_then_care().finditer(low):
        if any(w in _NOT for w in re.findall(r"[a-z\-]+", hm.group("harms"))
               if w not in ("and", "or")):
            continue
        w_at = hm.start()
        count = None
        for m in COUNT_RE.finditer(text, max(0, w_at - _COUNT_REACH), w_at):
            head = text[m.end():w_at].split()
            if 1 <= len(head) <= 3 and text[m.end():m.end() + 1].isspace() and people(head) and (
                    not any(h.lower() in _NOT for h in head)):
                count = m
                break
        if count is None or (parsed := parse_count(count)) is None:
            continue
        start, end = count.start(), hm.end()
        if any(int(str(f["start"])) < end and start < int(str(f["end"])) for f in out):
            continue  # read by the sentence rules ("14 people with head wounds")
        low_count, high, qualifier = parsed
        group = text[count.end():w_at].strip()
        found.append(new_figure(text, start, end, "wounded", low_count, high, qualifier,
                                group))
    out.extend(found)
