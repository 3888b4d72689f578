"""(round en116) A lone capital that opens a sentence is a person's name when a description
of a person follows it in commas: an age ("Sindre, 17, remembers ...", "Salvo, now 20,
helps ...") or a place in a group ("Luka, one of the friends wounded that night, still has
..."). Features bring their people in so by a given name alone, and a closing "he says" in
the same paragraph is theirs, not that of a speaker quoted earlier in the piece."""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .statement_persons import _plural_people

_AGE_AFTER = re.compile(rf",\s+(?:(?:{alt(EN.AGE_APPOSITION_WORDS)})\s+)?\d{{1,3}}\s*,")
# "one of the (two) friends", "one of his brothers": the group's noun within three words
_ONE_OF_GROUP = re.compile(
    r",\s+one\s+of\s+(?:the|his|her|their)\s+((?:[\w'’\-]+\s+){0,2}[\w'’\-]+)")


def person_described_after(text: str, end: int) -> bool:
    """Does a person's age, or "one of" a group of people, follow in commas at ``end``?
    ("Split, one of the oldest towns on the coast," is a place.)"""
    if _AGE_AFTER.match(text, end):
        return True
    m = _ONE_OF_GROUP.match(text, end)
    return m is not None and any(_plural_people(w.lower()) for w in m.group(1).split())


# "One of the first members, Jamie, now 17, was stabbed ...": the one picked out of a group
# is named in commas after it, and the name is the sentence's person subject.
_NAMED_ONE = re.compile(
    r"One\s+of\s+(?:the|his|her|their|our)\s+[^,.;:!?\"“”]{1,60},\s+"
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){0,2}),")


def named_one(text: str, start: int, end: int) -> str | None:
    """The name given in commas to "One of the ..." that opens the sentence at ``start``."""
    m = _NAMED_ONE.match(text, start, end)
    return m.group("name") if m else None
