"""A participle phrase on a member of the list that follows a toll's colon (round en191).

A running toll often names its dead after a colon, one member described by what the
people were doing: "That raises the number of dead to six: four soldiers guarding the
bridge and two civilians", "That brings the dead to four: three guards protecting the depot
and a cook." The list readers stop at the phrase, so the members after it are lost. The
phrase (a present participle after a counted member's noun, up to the next comma, "and" or
the sentence's end) is cut before the text is read, each figure carried back to the text
as written, as the "including" lists' phrases are (casualty_list_participle.py). "the dead"
before "to N:" is written as "the number of dead", the toll noun the rules read.

Gated by ":" and a toll's "to" before it; a colon after anything else, and a participle
after no count, are left alone.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

Edit = tuple[int, int, str]

_COUNT = (r"(?:\d{1,4}|" + alt((*EN.UNITS, *EN.TENS)) + r")")


@cache
def _toll_colon() -> re.Pattern[str]:
    # the toll and its rise to a count, then the colon: "the number of dead to six:",
    # "the death toll rose to at least four:", "brings the dead to four:"
    return re.compile(
        rf"\b(?:(?P<dead>the\s+dead)|{alt(EN.TOLL_NOUNS)})\s+"
        rf"(?:(?:{alt(EN.TOLL_LIST_RISES)})\s+)?(?:to|at)\s+(?:(?:at\s+least|some|about)\s+)?"
        rf"{_COUNT}:\s+", re.IGNORECASE)


@cache
def _member_phrase() -> re.Pattern[str]:
    # a counted member's noun (one or two words), then the participle's phrase up to the
    # next comma, "and" or the list's end (no count or mark inside: bounded, no backtracking
    # past 60 characters)
    return re.compile(
        rf"\b{_COUNT}\s+(?:[a-z\-]+\s+)?[a-z\-]+(?P<phrase>\s+[a-z]+ing\s[^,;:.!?\d\"“”()]{{1,60}}?)"
        r"(?=,\s|\s+and\s|\s*[.;!?]|\s*$)", re.IGNORECASE)


_LIST_END = re.compile(r"[.;!?\n]")
# A list after a toll's colon names a few members: it is read this far at most, and never
# into the next toll's list (text with no full stop would otherwise be read again to its
# end after each toll)
_LIST_REACH = 300


# (speed round 10) Every match of ``_toll_colon()`` ends on a count right before its colon,
# white space before the count and after the colon: the count is the whole run of
# non-space characters before the colon (no word of ``_COUNT`` holds a space). A text with
# no such colon (most headlines' "Verdan: police", a speaker's colon) holds no match, and
# the pattern, which opens on a choice of words and is tried at every place of the text,
# is not run there.
_COUNT_ALONE = re.compile(_COUNT, re.IGNORECASE)
_COUNT_LETTERS = max(4, *(len(w) for w in (*EN.UNITS, *EN.TENS)))


def _count_colon(text: str) -> bool:
    """Does a colon with white space after it stand right after a count that white space
    opens (as ``_toll_colon()``'s colon does)?"""
    at = text.find(":")
    while at >= 0:
        if at + 1 < len(text) and text[at + 1].isspace():
            start = at
            while start > 0 and not text[start - 1].isspace() and at - start <= _COUNT_LETTERS:
                start -= 1
            if start > 0 and text[start - 1].isspace() and _COUNT_ALONE.fullmatch(
                    text, start, at):
                return True
        at = text.find(":", at + 1)
    return False


def toll_list_edits(text: str) -> list[Edit]:
    """The edits that cut each participle phrase on a counted member of a list after a
    toll's colon, and write "the dead" there as "the number of dead"; none for most texts
    (one substring check)."""
    if ": " not in text or not _count_colon(text):
        return []
    edits: list[Edit] = []
    tolls = list(_toll_colon().finditer(text))
    for k, toll in enumerate(tolls):
        end = min(len(text), toll.end() + _LIST_REACH)
        if k + 1 < len(tolls):
            end = min(end, tolls[k + 1].start())
        close = _LIST_END.search(text, toll.end(), end)
        end = close.start() if close else end
        cuts = [m.span("phrase") for m in _member_phrase().finditer(text, toll.end(), end)
                if m.group("phrase").split()[0].lower() not in EN.NOT_LIST_PARTICIPLES]
        if not cuts:
            continue
        if toll.group("dead"):
            edits.append((*toll.span("dead"), "the number of dead"))
        edits.extend((a, b, "") for a, b in cuts)
    return edits
