"""(round en116) A lone capital that opens a sentence is a person's name when a description
of a person follows it in commas: an age ("Sindre, 17, remembers ...", "Salvo, now 20,
helps ...") or a place in a group ("Luka, one of the friends wounded that night, still has
..."). Features bring their people in so by a given name alone, and a closing "he says" in
the same paragraph is theirs, not that of a speaker quoted earlier in the piece."""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_PERSON_APPOSITION = re.compile(
    rf",\s+(?:(?:{alt(EN.AGE_APPOSITION_WORDS)})\s+)?\d{{1,3}}\s*,|,\s+one\s+of\s+(?:the|his|her|their)\s")


def person_described_after(text: str, end: int) -> bool:
    """Does a person's age or "one of the ..." follow in commas at ``end``?"""
    return _PERSON_APPOSITION.match(text, end) is not None


# "One of the first members, Jamie, now 17, was stabbed ...": the one picked out of a group
# is named in commas after it, and the name is the sentence's person subject.
_NAMED_ONE = re.compile(
    r"One\s+of\s+(?:the|his|her|their|our)\s+[^,.;:!?\"“”]{1,60},\s+"
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){0,2}),")


def named_one(text: str, start: int, end: int) -> str | None:
    """The name given in commas to "One of the ..." that opens the sentence at ``start``."""
    m = _NAMED_ONE.match(text, start, end)
    return m.group("name") if m else None
