"""A sub-group named in the aside of a released part (round en202).

"Police arrested 52 people. Fourteen of them, including three women, were freed on bail":
the part keeps the outcome of what held it (casualty_released.py), and the group the
aside names inside it ("including three women", "among them four minors") is a figure of
its own with that outcome, as "arrested 52 people, including three women" reads. Only a
count and a noun of people fill the aside ("including a lawyer", one told with no count,
and "including two from Tor" stay as they were).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, written_count


@cache
def _included() -> re.Pattern[str]:
    return re.compile(
        rf"\s*,\s*(?P<part>(?:{alt(EN.RELEASE_ASIDE_OPENERS)})\s+"
        rf"(?P<count>{COUNT_RE.rx.pattern.replace('(?P<', '(?P<c_')})"
        r"(?P<noun>(?:\s+[A-Za-z][\w\-’']*){1,3}))\s*,\Z", re.IGNORECASE)


def included_in_aside(text: str, m: re.Match[str], fig: dict[str, object],
                      people: Callable[[list[str]], bool]) -> dict[str, object] | None:
    """The figure of the group an aside in the release's match ``m`` names ("including three
    women"), with the outcome of the part ``fig``; None when the aside names no such
    group."""
    if not m.group("aside"):
        return None
    inc = _included().match(text, m.start("aside"), m.end("aside"))
    if inc is None or not people(inc.group("noun").split()):
        return None
    if (parsed := written_count(inc.group("count"))) is None:
        return None
    low, high, qualifier = parsed
    if low >= int(fig["count_low"]):  # type: ignore[call-overload]
        return None  # no part of the part
    start, end = inc.start("part"), inc.end("part")
    return new_figure(text, start, end, str(fig["outcome"]), low, high, qualifier,
                      inc.group("noun").strip())
