"""The dead told by their burial (round en212).

Where the dead were never counted by a verb of killing, a witness or a rights group tells
of them by their graves: "residents say at least 34 men were buried after the militia left
the area", "Villagers said 12 people had been buried in a mass grave behind the school",
"About 40 fighters were buried in the orchard". An indefinite count of people, then
"were buried" (or "had been", "have been"), is a figure of the dead. Unread: a burial of the
living ("Three miners were buried under rubble", "buried alive", "buried by a landslide":
``EN.BURIED_NOT_DEAD_AFTER``), dead counted before and named again with "the" ("The 12
victims were buried on Sunday": the funeral of a toll told already; and any burial after a
death the story has told, which is those dead told again), a bare count with no people
named ("Eighteen were buried").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .figure_spans import new_figure
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

# How far back from the auxiliary the count may stand ("at least 34 men").
_COUNT_REACH = 45
# Words before the count that make it definite, a toll named again.
_DEFINITE = ("the ", "their ", "his ", "her ", "its ", "these ", "those ", "our ")


@cache
def _buried() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:{alt(EN.BURIED_DEAD_AUXILIARIES)})\s+buried\b"
        rf"(?!\s+(?:{alt(EN.BURIED_NOT_DEAD_AFTER)})\b)", re.IGNORECASE)


@cache
def _aux_buried() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.BURIED_DEAD_AUXILIARIES)})\s+buried\b", re.IGNORECASE)


_HYPOTHETICAL = tuple(f" {w} " for w in EN.HYPOTHETICAL)
_MODALS = frozenset(EN.PROSPECTIVE_MODALS)
_CLAUSE_MARKS = re.compile(r"[.,;:!?\n]")
# How far back from the count a condition may open its clause ("If 20 more people ...").
_CONDITION_REACH = 40


def _unrealised(low: str, count_at: int, aux_at: int) -> bool:
    """(review 45) Is the burial under a condition or a modal, no burial told: "If 20 more
    people were buried in the field", "Unless ... , 30 people would have been buried"?"""
    if set(low[max(0, aux_at - 8):aux_at].split()[-1:]) & _MODALS:
        return True  # (a modal is five letters at most)
    lo = max(0, count_at - _CONDITION_REACH)
    marks = [m.end() for m in _CLAUSE_MARKS.finditer(low, lo, count_at)]
    before = f" {low[marks[-1] if marks else lo:count_at]}"
    return any(h in before for h in _HYPOTHETICAL)


def buried_dead(text: str, out: list[dict[str, object]], low: str,
                people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` each indefinite count of people told as buried."""
    if " buried" not in low:
        return
    # where the story has told of deaths before, a burial is of those dead, told again at
    # their funeral: "Gunmen killed 20 villagers ... 18 men were buried on Sunday"
    first_dead = min((int(str(f["start"])) for f in out if f["outcome"] == "killed"),
                     default=len(text))
    found: list[dict[str, object]] = []
    for b in _aux_buried().finditer(low):
        at = b.start() - 1
        if at > first_dead:
            break
        m = _buried().match(text, at)
        if m is None:
            continue
        for c in COUNT_RE.finditer(text, max(0, at - _COUNT_REACH), at):
            head = text[c.end():at].split()
            if not (1 <= len(head) <= 3) or not people(head) or any(
                    not w.isalpha() or w[:1].isupper() for w in head):
                continue
            if low[max(0, c.start() - 6):c.start()].endswith(_DEFINITE) or not (
                    c.group("num") or c.group("vague") or c.group("dozen")):
                break
            if (parsed := parse_count(c)) is None or _unrealised(low, c.start(), at):
                break
            start, end = c.start(), m.end()
            if not any(int(str(f["start"])) < end and start < int(str(f["end"])) for f in out):
                low_count, high, qualifier = parsed
                found.append(new_figure(text, start, end, "killed", low_count, high,
                                        qualifier, " ".join(head)))
            break
    out.extend(found)
