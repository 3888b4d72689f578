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
# is named in commas after it, and the name is the sentence's person subject; so is the
# one picked out of a group the sentence before named ("One of them, Aung Min Thu, 19,
# wants ...", round en164).
# (round en180) so is one described and then named: "One of them, a nurse named Parveen,
# said ...", "One of the drivers, a man called Tomasz,".
_NAMED_ONE = re.compile(
    r"One\s+of\s+(?:them|those|(?:the|his|her|their|our)\s+[^,.;:!?\"“”]{1,60}),\s+"
    r"(?:an?\s+[a-z][^,.;:!?\"“”]{0,40}?\s(?:named|called)\s+)?"
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){0,2}),")


# (round en203) ... and one of a trade or a role named in commas right after it: "One
# herder, Juma Oloo, 46, was wounded ...", "A trader, Amina Said, lost her stall": the
# person the sentence opens on, whose "he says" follows, not a speaker quoted before.
_NAMED_DESCRIBED = re.compile(
    r"(?:One|A|An|Another)\s+(?P<head>(?:[a-z][\w'’\-]*\s+){0,2}[a-z][\w'’\-]*),\s+"
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){0,2}),")
# The words that open it, tested before the pattern.
NAMED_DESCRIBED_OPENERS = ("One ", "A ", "An ", "Another ")


def named_one(text: str, start: int, end: int) -> str | None:
    """The name given in commas to "One of the ..." that opens the sentence at ``start``, or
    to one person of a trade or role ("One herder, Juma Oloo,")."""
    m = _NAMED_ONE.match(text, start, end)
    if m:
        return m.group("name")
    m = _NAMED_DESCRIBED.match(text, start, end)
    if m is None:
        return None
    head = m["head"].rsplit(None, 1)[-1].lower()
    return m["name"] if head in _PERSON_HEADS or head in EN.WEAK_SUFFIX_PERSONS or (
        len(head) > 5 and head.endswith(EN.DESCRIBED_PERSON_SUFFIXES)
        and not head.endswith(EN.DESCRIBED_PERSON_SUFFIX_NOT)) else None


# Round en157: "One of the wounded, a corporal who lost his hand, gave evidence ...": the
# one picked out of a group is described in commas, not named; a "he" or "she" quoted
# after it is that person.
_DESCRIBED_ONE = re.compile(
    r"(?P<one>One\s+of\s+(?:the|his|her|their|our)\s+[^,.;:!?\"“”]{1,40}?),\s+(?:a|an)\s+"
    r"(?P<desc>[^,.;:!?\"“”]{1,80}),\s+[a-z]")
_PERSON_HEADS = frozenset((*EN.PERSON_WORDS, *EN.SEXED_NOUNS, *EN.TRADE_NOUNS))


def described_one(text: str, start: int, end: int) -> str | None:
    """"One of the <group>" opening the sentence at ``start`` when a person's description
    follows it in commas: one with a relative "who", or headed by a person noun ("a father
    of two", "a 40-year-old nurse"); a group of people will do with any description."""
    m = _DESCRIBED_ONE.match(text, start, end)
    if m is None:
        return None
    words = m["desc"].split()
    group = m["one"].split()[3:]
    cut = next((i for i, w in enumerate(words) if w.lower() in EN.HEAD_MODIFIER_OPENERS),
               len(words))
    head = words[cut - 1].lower() if cut else ""
    if "who" in words or any(_plural_people(w.lower()) for w in group) or (
            head in _PERSON_HEADS):
        # the group and the description to its head, as the sets write such a speaker
        # ("One witness, a 26-year-old vendor"): "One of the wounded, a fisherman"
        return text[m.start("one"):m.start("desc")] + " ".join(words[:cut]) if cut else None
    return None
