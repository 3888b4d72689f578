"""Captives a force of order frees from the people holding them (round en229).

A headline or a lead tells a rescue by its freers and the holding of the freed: "PNG police
free six women held over sorcery claims", "Troops rescue 12 farmers held by bandits",
"Police freed four girls held for ransom". "hostages" and "captives" are read wherever they
are freed; a plain noun of people ("women", "farmers") is read only when a force of order
(``EN.FREEING_FORCES``) frees it and a holding follows with what it was over, by whom or for
what (``EN.FREED_HELD_AFTER``): captured, the people a crowd, a gang or a family held.

Unread: "Court frees six women held over the protest" (a court frees its own prisoners:
arrests, not ours), "Police free six women" (no holding told), "Police free six women held
in custody" and "held for questioning" (the force's own holding). Gated by " held " and a
freeing verb before any pattern runs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_lookup import FigureLookup
from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, NUMBER, QUALIFIER, parse_count

Figure = dict[str, object]


@cache
def _forces_free() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alt(EN.FREEING_FORCES)})\s+(?:have\s+|had\s+)?"
        r"(?:free|frees|freed|rescue|rescues|rescued)\s+"
        rf"(?P<c>(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}))\s+"
        r"(?P<g>[A-Za-z][\w\-]*(?:\s+[A-Za-z][\w\-]*){0,2}?)\s+held\s+"
        rf"(?:{alt(EN.FREED_HELD_AFTER)})\b(?!\s+questioning)", re.IGNORECASE)


def read_forces_free_held(text: str, out: list[Figure],
                          people: Callable[[list[str]], bool]) -> None:
    """Add to ``out`` (the figures every layer gave for ``text``) the people a force of order
    freed from their holders that no reader gave, sorted again when one was."""
    if " held " not in text and " HELD " not in text:
        return
    if not any(v in text for v in ("free", "rescue", "Free", "Rescue", "FREE", "RESCUE")):
        return
    known: FigureLookup | None = None
    added: list[Figure] = []
    for m in _forces_free().finditer(text):
        toks = m.group("g").split()
        if not people([t.lower() for t in toks]):
            continue
        known = known or FigureLookup(out)
        if known.overlaps(m.start("c"), m.end()):
            continue
        c = COUNT_RE.match(text, m.start("c"))
        if c is None or (parsed := parse_count(c)) is None:
            continue
        low, high, qualifier = parsed
        added.append(new_figure(text, m.start("c"), m.end(), "captured", low, high,
                                qualifier, m.group("g")))
    if added:
        out.extend(added)
        out.sort(key=lambda f: (int(str(f["start"])), int(str(f["end"]))))
