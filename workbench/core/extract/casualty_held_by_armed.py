"""People held by an armed group or an enemy, told by their holder (round en215).

"Held" alone is a detention as often as a captivity; the holder decides (the corpus: captured
by a non-state armed group or an enemy, arrested by a state's own police or courts). News
names the holder three ways after "held": as a word before the place ("at least 25 of those
villagers were being held in rebel prisons", "About 15 women were held in Houthi jails"),
by "by" after a place ("up to 40 men were held in a barn outside Korvel by the militia"),
or, for combatants, as the other side's army ("in return for 41 rebel fighters held by the
army"). A count of people (a part "N of those <people>" too), a passive or reduced "held"
and such a holder make a captive figure: a figure another rule read as an arrest over the
same words is read again as a capture. Unread (left to the older rules): "held in police
cells", "held by police", "14 suspects held by the army" (suspects are no combatants), "held
in a government prison".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache

from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

# How far back from "held" the count may stand ("at least 25 of those villagers were being").
_COUNT_REACH = 70
_HEAD_PARTS = re.compile(r"^(?:of\s+(?:those|these|the|them)\s+)?(?P<head>.*)$", re.IGNORECASE)
_AUX = (r"(?:(?:are|were|is|was)(?:\s+still)?(?:\s+being)?|remain|remains|remained"
        r"|(?:have|has|had)\s+(?:still\s+)?been)\s+")


@cache
def _held() -> re.Pattern[str]:
    holders = alt(EN.CAPTIVITY_HOLDERS)
    return re.compile(
        rf"\s+(?:{_AUX})?held"
        # a word of the holder before the place: "in Houthi prisons", "in rebel custody"
        r"(?:\s+(?:in|at|inside)\s+(?:(?:a|an|the|their)\s+)?(?:[\w\-]+\s+)?"
        rf"(?:{alt(EN.HELD_ARMED_ADJECTIVES)})\s+(?:[\w\-]+\s+)?"
        rf"(?:{alt(EN.CAPTIVITY_PLACES)})\b"
        # or "by" an armed group after a place of up to eight words, no clause between
        r"|(?:\s+(?:in|at|inside|near|outside)(?:\s+[\w'’\-]+){1,8}?)?"
        rf"\s+by\s+(?:the\s+|their\s+|an?\s+)?(?:[\w'’\-]+\s+)?(?P<captor>{holders})\b"
        # or a combatant held by the other side's forces
        r"|\s+by\s+(?:the\s+|their\s+)?(?:[\w'’\-]+\s+)?(?P<forces>"
        rf"{alt(EN.HELD_ENEMY_FORCES)})\b)", re.IGNORECASE)


class _ByStart:
    """(review 46) The figures read before this pass, sorted by start, for the ones over a
    span: each "held" looked through every figure (a long register of captives, 96 KB, took
    14 times as long as 12 KB)."""

    def __init__(self, out: list[dict[str, object]]) -> None:
        order = sorted(range(len(out)), key=lambda i: (int(str(out[i]["start"])), i))
        self._figs = [out[i] for i in order]
        self._starts = [int(str(f["start"])) for f in self._figs]
        self._longest = max((int(str(f["end"])) - int(str(f["start"])) for f in self._figs),
                            default=0)

    def over(self, start: int, end: int) -> list[dict[str, object]]:
        """The figures over [start, end) (by their start: the caller's order is no matter)."""
        lo = bisect_right(self._starts, start - self._longest)
        hi = bisect_left(self._starts, end, lo)
        return [f for f in self._figs[lo:hi] if start < int(str(f["end"]))]


def held_by_armed(text: str, out: list[dict[str, object]], low: str,
                  people: Callable[[list[str]], bool]) -> None:
    """Read again as captives the arrests held by an armed group or an enemy, and append to
    ``out`` such people no rule has read."""
    if " held " not in low:
        return
    combatants = frozenset(EN.HELD_COMBATANTS)
    found: list[dict[str, object]] = []
    by_start = _ByStart(out)
    for h in re.finditer(r"\bheld\b", low):
        # the auxiliary before "held", to anchor the match at the end of the people
        lo = max(0, h.start() - _COUNT_REACH)
        for c in COUNT_RE.finditer(text, lo, h.start()):
            between = text[c.end():h.start()]
            aux = re.search(rf"\s+(?:{_AUX})?$", between, re.IGNORECASE)
            head_text = between[:aux.start()] if aux else between
            hm = _HEAD_PARTS.match(head_text.strip())
            head = hm.group("head").split() if hm else []
            if not (1 <= len(head) <= 4) or not people(head) or any(
                    not re.fullmatch(r"[\w\-]+", w) for w in head):
                continue
            m = _held().match(text, c.end() + len(head_text))
            if m is None or (parsed := parse_count(c)) is None:
                break
            if m.group("forces") and not {w.lower() for w in head} & combatants:
                break
            start, end = c.start(), m.end()
            over = by_start.over(start, end)
            if not over:
                low_count, high, qualifier = parsed
                found.append(new_figure(text, start, h.end(), "captured", low_count, high,
                                        qualifier, " ".join(head)))
            for f in over:
                if f["outcome"] == "arrested" and int(str(f["end"])) <= end:
                    f["outcome"] = "captured"
            break
    out.extend(found)
