"""(round en193) A person a feature only speaks of, who takes no later quote.

A feature opens a paragraph on a woman who speaks ("Amina Yusuf-Kora, whose son is held,
says ...") and then mentions another ("One of the crew, a 19-year-old, was killed."). A
later "she says", or a quoted sentence with no teller, is hers: the one mentioned is told
dead, or is a count standing for a person ("One", "Two of the six"), and says nothing
after. These tests tell such a subject from a speaker."""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# The subject's own predicate that tells its death, read after the subject and its
# description in commas: "One of the crew, a 19-year-old, was killed.", "Her brother died".
_FATE_AFTER = re.compile(
    # (a description cut at "of" runs on to its comma: "One of the crew, a boy of 17,")
    r"(?:(?:,|\s+of\s)[^,.;:!?\"“”]{1,60},)?,?\s+(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+"
    rf"(?:(?:later|also|then|reportedly)\s+)?(?:{alt(EN.SPOKEN_OF_FATES)})"
    rf"|(?:(?:later|also|then)\s+)?(?:{alt(EN.SPOKEN_OF_DEATHS)}))\b")
_COUNTS = frozenset(EN.NEUTRAL_GAP_COUNT_WORDS)
# (round en198) A person named into the dead: "Among the dead was ...", "The dead included
# ...", "One of those killed was ..." open the sentence; "... was among the dead" follows
# the subject (the subject with a description in commas, as above).
_DEAD_GROUP = alt(EN.NAMED_DEAD_GROUPS)
_NAMED_INTO_DEAD = re.compile(
    rf"(?i:among(?:st)?\s+{_DEAD_GROUP}\s+(?:was|were)"
    rf"|(?:one\s+of\s+)?{_DEAD_GROUP}\s+(?:{alt(EN.NAMED_DEAD_LISTING)}))\s")
_AMONG_DEAD_AFTER = re.compile(
    r"(?:(?:,|\s+of\s)[^,.;:!?\"“”]{1,60},)?,?\s+(?:was|were)\s+(?:also\s+)?"
    rf"among\s+(?i:{_DEAD_GROUP})\b")


def told_dead(text: str, after: int) -> bool:
    """Does the predicate right after a subject ending at ``after`` tell its death?"""
    return (_FATE_AFTER.match(text, after) is not None
            or _AMONG_DEAD_AFTER.match(text, after) is not None)


def named_into_dead(text: str, sent_start: int) -> bool:
    """Does the sentence at ``sent_start`` open by naming the dead, so that the person it
    names is one of them ("Among the dead was his brother, Emeka.")?"""
    return _NAMED_INTO_DEAD.match(text, sent_start) is not None


def only_spoken_of(text: str, subject: str, sent_start: int) -> bool:
    """Is ``subject``, the subject of the sentence at ``sent_start``, one the text only
    speaks of: a bare count ("One", "Two of the six") or one told dead?"""
    first = subject.split(None, 1)[0].lower() if subject.strip() else ""
    if first in _COUNTS:
        return True
    at = text.find(subject, sent_start)
    return at >= 0 and told_dead(text, at + len(subject))
