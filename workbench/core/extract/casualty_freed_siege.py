"""People freed by troops or police from a siege are captives (round en222).

The corpus counts people held by attackers as captured and people the police or army
arrest as arrested. A release by a force of the state reads as the end of its own
detention ("Police freed two suspects on bail"), but when troops or police free people from
a siege, a standoff, gunmen or kidnappers, the force is the freer, not the holder: "Troops
free 30 held at village school", "Commandos freed 30 pupils and four teachers after a
standoff", "soldiers retook the clinic the gunmen had occupied, freeing some 15 nurses".
Read when the freeing verb has a security force before it in its sentence and the sentence
tells a captivity (``EN.SIEGE_CAPTIVITY_CUES``).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

# How far before its verb the force may stand: a subject with a few words of its own
# ("Pakistani troops", "soldiers of the 6th Infantry Division ... stormed ..., freeing").
_SUBJECT_REACH = 140
# How far from the verb, either side, its sentence's word of captivity may stand.
_CUE_REACH = 300


@cache
def _force() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt((*EN.ARRESTING_FORCES, *EN.SIEGE_FREERS))})\b",
                      re.IGNORECASE)


@cache
def _captivity() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.SIEGE_CAPTIVITY_CUES)})\b", re.IGNORECASE)


@cache
def _freeing_before() -> re.Pattern[str]:
    # the verb right before the count, a hedge between: "free 47", "freeing some 20"
    return re.compile(r"\b(?:free|frees|freed|freeing)\s+(?:(?:some|about|around|nearly"
                      r"|at\s+least|more\s+than|over)\s+)?$", re.IGNORECASE)


_NOT_CAPTIVES = frozenset(EN.SIEGE_NOT_CAPTIVES)


def freed_from_siege(s: str, verb_at: int, toks: list[str] | None = None) -> bool:
    """Whether the freeing verb at ``verb_at`` of sentence ``s`` has a security force before
    it and the sentence tells a captivity (``s`` is one sentence or headline); people whose
    noun (``toks``) tells a detention are never read so."""
    if toks and any(t.lower() in _NOT_CAPTIVES for t in toks):
        return False
    lo = max(0, verb_at - _SUBJECT_REACH)
    if not _force().search(s, lo, verb_at):
        return False
    # (the sentence near the verb only: a text without stops is one long "sentence", and a
    # search of all of it at each count would grow with the square of its length)
    lo, hi = max(0, verb_at - _CUE_REACH), verb_at + _CUE_REACH
    return any(not _siege_of_place(s, m) for m in _captivity().finditer(s, lo, hi))


@cache
def _of_place() -> re.Pattern[str]:
    places = alt((*EN.SETTLEMENT_NOUNS, *EN.POPULATION_PLACE_NOUNS))
    return re.compile(rf"\s+of\s+(?:(?:the\s+)?(?:{places})\b|[A-Z])")


def _siege_of_place(s: str, m: re.Match[str]) -> bool:
    """(review 47) Is the cue a siege of a town or of a named place ("lifted the siege of
    Marva, freeing 30,000 residents")? That is an army's siege of a population, whose
    people are no captives; "the siege at the bank", "the siege of the embassy" are."""
    return m.group().lower().startswith("siege") and _of_place().match(s, m.end()) is not None


# The freed people's own holding at a place: "free 47 held at ... school", "12 held inside
# a church" (the count, at most one word of its people, "held").
_HELD_AT_PLACE = re.compile(r"[\w,]+(?:\s+\w+)?\s+held\s+(?:at|in|inside)\b", re.IGNORECASE)


def freed_count_from_siege(s: str, cstart: int) -> bool:
    """The same for a count at ``cstart`` right after its freeing verb ("Troops free 47
    held at ... school", the people's holding at a place a sign of captivity too); a plain
    substring test first, as most counts have none."""
    lo = max(0, cstart - 24)
    if "free" not in s[lo:cstart].lower():
        return False
    m = _freeing_before().search(s, lo, cstart)
    if m is None or not _force().search(s, max(0, m.start() - _SUBJECT_REACH), m.start()):
        return False
    return bool(_HELD_AT_PLACE.match(s, cstart)) or freed_from_siege(s, m.start())
