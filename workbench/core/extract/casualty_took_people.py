"""People as the object of "took" after their captors (round en122).

"The kidnappers took six women" (en-71) was missed while "took away two traders", "took six
women hostage" and "took 14 villagers with them" were read: the bare object of "took" was
read only with a word of where the people went. After captors named just before the verb
(gunmen, kidnappers, "armed men"), people taken are their captives whatever follows, as
after "seized"; what the captors take that is no person ("took six hours", "took two
cars", "took 40 cattle") is no figure by its noun. A place the people were taken to that
is care, custody or home ("took six women to hospital") tells of moving, not of capture,
and a suspect taken is an arrest in all but the word.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# What after the people says they were moved, not captured: "to hospital", "back home".
_MOVED_AFTER = re.compile(rf"\s+(?:{alt(EN.TOOK_PEOPLE_MOVED)})\b", re.IGNORECASE)
_SUSPECTS = frozenset(EN.SUSPECT_NOUNS)


def took_people_moved(s: str, gend: int, toks: list[str]) -> bool:
    """Do the words after the people taken (ending at ``gend``) tell they were moved, or
    are they suspects?"""
    if toks and toks[-1].lower() in _SUSPECTS:
        return True
    return _MOVED_AFTER.match(s, gend) is not None


# Another taker named between the captors and "took": "Gunmen attacked the convoy, and
# soldiers took two civilians across the border" (the soldiers took them). The words of
# another clause's subject are those that end a series of verbs (SERIES_OTHER_CLAUSE_WORDS)
# but the relatives, which describe the captors ("Gunmen who stormed the school took ...");
# a new subject after "and" or "but" is any word before the verb but an adverb.
_OTHER_TAKER = re.compile(
    r"[;.]\s"
    rf"|\b(?:{alt(w for w in EN.SERIES_OTHER_CLAUSE_WORDS if w not in EN.PERSON_RELATIVES)})\b"
    r"|\b(?:and|but)\s+(?:the\s+)?(?!(?:then|also|later|again)\s)[a-z]+\s+$", re.IGNORECASE)


def captors_took(s: str, captor: re.Pattern[str], took_at: int, reach: int) -> bool:
    """Do captors named at most ``reach`` characters before "took" (at ``took_at``) take
    its object, with no other taker after the last of them?"""
    ends = [m.end() for m in captor.finditer(s, max(0, took_at - reach), took_at)]
    return bool(ends) and _OTHER_TAKER.search(s, ends[-1], took_at) is None


# People "taken" in a reduced relative, then still held (en-71: "a second group of six
# women taken the same day was still being held"): "taken" alone is also said of care
# ("taken to hospital"), so the holding that goes on after it is what says capture.
_TAKEN_STILL_HELD = re.compile(
    r"\s+taken\s+(?!to\b|into\b|ill\b|in\s+for\b)[^,.;:!?\"“”()]{1,40}?"
    r"\s+(?:(?:was|were|is|are)\s+still\s+(?:being\s+)?held|(?:remain|remains)\s+(?:held"
    r"|in\s+captivity|missing))\b", re.IGNORECASE)


def taken_still_held(s: str, gend: int) -> int | None:
    """The end of "taken the same day was still being held" after the people ending at
    ``gend``, else None."""
    m = _TAKEN_STILL_HELD.match(s, gend)
    return m.end() if m else None
