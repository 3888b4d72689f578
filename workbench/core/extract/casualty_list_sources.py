"""The sources that close a list of victims are no victims (round en118).

A toll is often followed by who told it, set off by a comma: "killing 14 civilians and
wounding dozens of others, two local officials and a community leader told Reuters"
(en-65). The count words of the sources look like one more member of the list, so each
member is read as a source when the list goes on, member by member, to a reporting verb
("told", "said", "say"). Copy that lost its commas may instead put the source after the
verb ("... and two soldiers said Observatory director Rami Abdel Rahman"): after "said"
a name that closes the sentence keeps the list's members victims. "told" takes its
hearer as object ("told Reuters"), never an inverted source, so it always ends a list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .numbers import NUMBER

# a speaker's office after his count: "two doctors at the hospital", "a spokesman for the
# army"; then the reporting verb
_OFFICE = r"(?:\s+(?:for|of|at|from|with)\s+(?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)?"
# ... and his name between commas: "a local police chief, Tariq Mehmood, said"
_NAME = r"(?:\s*,\s*(?:[A-Z][\w'’\-]*\.?\s+){0,3}[A-Z][\w'’\-]*\s*,)?"


@cache
def _speech_after() -> re.Pattern[str]:
    return re.compile(rf"{_OFFICE}{_NAME}\s+(?P<v>{alt(EN.LIST_SOURCE_VERBS)})\b")


@cache
def _next_count() -> re.Pattern[str]:
    # the count that opens one more member of the list: ", two", " and a"
    return re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:an?|one|{NUMBER})(?=\s)",
                      re.IGNORECASE)


_WORD = re.compile(r"\s+[a-z][\w'’\-]*", re.IGNORECASE)
# a verb of the sources closes the sentence, perhaps with its hearer or time ("told
# Reuters", "said on Sunday"); one that opens a clause ("said they had heard shots") has
# speakers of a new sentence, after a list that ended before them
_CLOSES = re.compile(
    r"(?!\s+(?:that|they|he|she|it|we|i|there|the|a|an|his|her|their)\b)"
    r"(?:\s+[\w'’.\-]+){0,6}?\s*(?:[.;:!?]|$)", re.IGNORECASE)


def speech_after(s: str, gend: int) -> re.Match[str] | None:
    """The reporting verb (with the speaker's office or name) right after a group."""
    return _speech_after().match(s, gend)


def _sources_ahead(s: str, pos: int) -> re.Match[str] | None:
    """The reporting verb the members after ``pos`` are the subject of, if the list goes on
    to one: ", two local officials and a community leader told"."""
    closed = False
    for _ in range(4):
        if closed or (count := _next_count().match(s, pos)) is None:
            return None
        # a member after "and" is the list's last
        closed, pos = "and" in count[0].lower().split(), count.end()
        for _ in range(4):
            if _next_count().match(s, pos) or (word := _WORD.match(s, pos)) is None:
                break
            pos = word.end()
            if (speech := speech_after(s, pos)) is not None:
                return speech
        else:
            return None
    return None


def list_ends_in_sources(s: str, gend: int, joined_by_and: bool,
                         inverted: Callable[[str, int], bool]) -> bool:
    """Is the member ending at ``gend`` one of the sources of a toll: it, or the members
    after it, are the subject of a reporting verb? ``joined_by_and`` says the member was
    joined to the one before by "and" (where the verb may take an inverted source,
    ``inverted`` tells)."""
    if (speech := speech_after(s, gend)) is not None:
        told = speech["v"].lower() in EN.OBJECT_TAKING_SPEECH_VERBS
        return told or not joined_by_and or not inverted(s, speech.end())
    if joined_by_and or (speech := _sources_ahead(s, gend)) is None or not _CLOSES.match(
            s, speech.end()):
        # (a member after "and" closed its list: "killing 11 policemen and a civilian
        # driver, a senior police officer said" keeps the driver)
        return False
    told = speech["v"].lower() in EN.OBJECT_TAKING_SPEECH_VERBS
    return told or not inverted(s, speech.end())
