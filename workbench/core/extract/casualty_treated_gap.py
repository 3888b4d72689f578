"""A second count treated for another harm, its verb and noun left out (round en187).

"Seven people were treated for burns and two for smoke inhalation" was read: the second
count keeps the first's "treated". The active clause of a medic or a clinic gaps the same
way ("She treated nine people for burns and two for gunshot wounds"), the first harm may
carry its cause ("treated six people for wounds from beatings and one for a stab wound"),
and the second harm may be one wound with its article ("one for a stab wound") or a kind
of wound by its weapon ("three for rubber bullet wounds"). The second count is read as
wounded when the figure before it ends on "treated ... for" a harm, only "and" (a cause of
a few words before it) stands between them, and only "for" a harm follows the count.
Illnesses stay out ("treated 30 people for cholera and two for malaria" names no harm
done), as they do for the first count.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


def _harms() -> str:
    return alt((*EN.TREATED_HARMS, *EN.TREATED_GAP_WOUNDS))


@cache
def _first_ends() -> re.Pattern[str]:
    # the figure before: "treated ... for <harm>", active or passive
    return re.compile(rf"\btreated\b.*\bfor\s+(?:{_harms()})$", re.IGNORECASE | re.DOTALL)


@cache
def _join() -> re.Pattern[str]:
    # "and", perhaps after the first harm's cause: "from beatings", "caused by shrapnel"
    return re.compile(
        rf"(?:\s+(?:{alt(EN.TREATED_GAP_CAUSES)})\s+(?:[\w'’\-]+\s+){{0,2}}?[\w'’\-]+)?"
        r"\s*,?\s+and\s+", re.IGNORECASE)


@cache
def _second_harm() -> re.Pattern[str]:
    # "for a stab wound", "for rubber bullet wounds", "for smoke inhalation"
    return re.compile(
        rf"\s+for\s+(?:an?\s+)?(?:[a-z\-]+\s+){{0,2}}?(?:{_harms()})\b", re.IGNORECASE)


def treated_gap_end(s: str, prev_text: str, prev_end: int, cstart: int,
                    cend: int) -> int | None:
    """The end of "for <harm>" after the bare count at ``cstart``..``cend`` of sentence
    ``s`` when the figure before it (``prev_text``, ending at ``prev_end``) was treated for
    a harm and only "and" joins them, else None."""
    if "treated" not in prev_text or not _first_ends().search(prev_text):
        return None
    if not (join := _join().match(s, prev_end)) or join.end() != cstart:
        return None
    harm = _second_harm().match(s, cend)
    return harm.end() if harm else None
