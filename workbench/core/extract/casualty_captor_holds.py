"""An armed taker's "holds" of a bare count, and a body's "holds" of its members (round
en223).

A headline writes a hostage-taking in the present with the people's noun left out: "Gunman
holds 14 at bank branch", "Kidnappers hold 20 in forest camp", "Armed man holding 6 inside
pharmacy surrenders". The count is the people held when the subject right before the verb
is an armed taker (``EN.CAPTIVITY_HOLDERS``, ``EN.CAPTOR_MEN``, ``EN.CAPTOR_ONE_MAN``) and
the count is followed by where they are held ("at", "in", "inside") or by
"hostage" / "captive". A bare count after any other subject ("Swimmer holds 14 at
nationals", "Police hold 3 in Tarso probe") stays as it was.

The same verb of a club, a party or any body with members tells its membership, never a
captivity: "The club holds 300 members", "the party holds 120 members in the assembly".
Members held by no armed taker named in the sentence are left unread (crew members, family
members or members of a group named by more words keep their reading).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

# How far before the verb its subject's words may reach ("A lone armed man", "Gunmen").
_SUBJECT_REACH = 40
# The taking's place or state right after the bare count.
_WHERE_HELD = re.compile(r"[ \t]+(?:at|in|inside|hostage|captive)\b",
                         re.IGNORECASE)


@cache
def _captor_subject() -> re.Pattern[str]:
    # the taker right before the verb, perhaps with an adverb of a state kept between
    return re.compile(
        rf"\b(?:{alt((*EN.CAPTIVITY_HOLDERS, *EN.CAPTOR_MEN, *EN.CAPTOR_ONE_MAN))})"
        r"[ \t]+(?:(?:still|now|reportedly|allegedly)[ \t]+)?$", re.IGNORECASE)


@cache
def _captor_anywhere() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alt((*EN.CAPTIVITY_HOLDERS, *EN.CAPTOR_MEN, *EN.CAPTOR_ONE_MAN))})\b",
        re.IGNORECASE)


def captor_holding(s: str, verb_at: int, gend: int) -> bool:
    """Whether the bare count ending at ``gend`` after the verb of holding at ``verb_at``
    is the people an armed taker holds: a taker right before the verb, a place or
    "hostage" right after the count."""
    if not _WHERE_HELD.match(s, gend):
        return False
    return _captor_subject().search(s, max(0, verb_at - _SUBJECT_REACH), verb_at) is not None


def members_held(s: str, verb_at: int, toks: list[str]) -> bool:
    """Whether the people after the verb of holding at ``verb_at`` are a body's bare
    members ("The club holds 300 members") with no armed taker named before the verb in
    its sentence: a membership, not a captivity."""
    if len(toks) != 1 or toks[0].lower() not in EN.HELD_MEMBERSHIP_NOUNS:
        return False
    return _captor_anywhere().search(s, 0, verb_at) is None
