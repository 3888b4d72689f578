"""Two counted groups that share one care in hospital (round en229).

"The health ministry said 23 protesters and six police officers were treated in hospital."
The sentence readers take "23 protesters were treated in hospital" where the story tells
violence (a bare stay in hospital may be an illness's, and they judge that), and share a
harm such as "were injured" between two groups joined by "and"; the care in hospital they
do not share, so neither group was read. Here the text is read again with one group alone
("... said 23 protesters were treated in hospital", then "... said six police officers
were treated in hospital"): where the readers take either as wounded, both groups are, each
with its own count and noun (the care and the violence around it are the same for both).
Where they do not (no violence told, "were treated in hospital for dehydration", things
rather than people) nothing is added, so the readers' judgment of the care is kept whole.

Gated by "treated in hospital" and " and " before any pattern runs; the text is read again
only for a pair of counted groups of people right before the care.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_spans import FigureSpans, new_figure
from .numbers import COUNT_RE, NUMBER, QUALIFIER, parse_count

Figure = dict[str, object]
People = Callable[[list[str]], bool]
Reader = Callable[[str], list[Figure]]


@cache
def _pair_in_care() -> re.Pattern[str]:
    word = r"[A-Za-z][\w\-]*"
    return re.compile(
        rf"(?<![\w,.\-])(?P<a>(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}))\s+(?P<g1>{word}(?:\s+{word}){{0,2}}?)"
        rf"\s+and\s+(?P<b>(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}))\s+(?P<g2>{word}(?:\s+{word}){{0,5}}?)"
        r"\s+(?:were|have\s+been|had\s+been)\s+(?:later\s+|also\s+)?treated\s+in\s+"
        r"(?:a\s+|the\s+)?hospitals?\b", re.IGNORECASE)


def _starts_read(text: str, cuts: list[tuple[int, int]], starts: list[int],
                 read: Reader) -> list[bool]:
    """Read ``text`` once with every span of ``cuts`` taken out (in order, apart) and say
    for each of ``starts`` (one before each cut) whether the readers give a wounded figure
    at it. (Review 49: each pair read the whole text again, and that reading read every
    other pair again in turn, so a report of twenty pairs never ended; one reading for all
    the pairs of a text keeps the work linear.)"""
    pieces: list[str] = []
    at = removed = 0
    moved: list[int] = []
    for (a, b), s in zip(cuts, starts, strict=True):
        pieces.append(text[at:a])
        moved.append(s - removed)
        removed += b - a
        at = b
    pieces.append(text[at:])
    wounded = {int(str(f["start"])) for f in read("".join(pieces)) if f["outcome"] == "wounded"}
    return [s in wounded for s in moved]


def _group(text: str, m: re.Match[str], which: str) -> Figure | None:
    a, g = ("a", "g1") if which == "first" else ("b", "g2")
    c = COUNT_RE.match(text, m.start(a))
    if c is None or (parsed := parse_count(c)) is None:
        return None
    low, high, qualifier = parsed
    end = m.end(g) if which == "first" else m.end()
    return new_figure(text, m.start(a), end, "wounded", low, high, qualifier, m.group(g))


def read_treated_pair(text: str, out: list[Figure], people: People, read: Reader) -> None:
    """Add to ``out`` (the figures every layer gave for ``text``) the groups of a pair that
    shares a care in hospital no figure holds, where the readers take either group alone
    as wounded; sorted again when any was added."""
    if "treated in hospital" not in text or " and " not in text:
        return
    pairs: list[tuple[re.Match[str], list[str]]] = []
    taken: FigureSpans | None = None  # (built at the first pair)
    for m in _pair_in_care().finditer(text):
        if not people(m.group("g1").split()) or not people(m.group("g2").split()):
            continue
        taken = taken or FigureSpans(out)
        free = [w for w, (a, b) in (("first", (m.start("a"), m.end("g1"))),
                                    ("second", (m.start("b"), m.end())))
                if not taken.overlaps(a, b)]
        if free:
            pairs.append((m, free))
    if not pairs:
        return
    starts = [m.start() for m, _ in pairs]
    # each group alone before the care: the first with the second taken out, then the
    # second with the first and its "and" taken out
    first = _starts_read(text, [(m.end("g1"), m.end("g2")) for m, _ in pairs], starts, read)
    second = _starts_read(text, [(m.start(), m.start("b")) for m, _ in pairs], starts, read)
    added: list[Figure] = []
    for (m, free), one, other in zip(pairs, first, second, strict=True):
        if one or other:
            added.extend(fig for w in free if (fig := _group(text, m, w)) is not None)
    if added:
        out.extend(added)
        out.sort(key=lambda f: (int(str(f["start"])), int(str(f["end"]))))
