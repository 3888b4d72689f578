"""A headline's "adds" that gains things, not words (round en233).

"Portugal adds 1,500 police to guard summer fairs", "Norlan adds exits and stewards before
harvest festival": a country, a city or a body gains officers, exits or patrols, and the
line runs on to its purpose ("to guard ...") or its occasion ("before ...", "for ...",
"near ..."). A reported clause after a headline's "adds" needs a verb of its own ("adds
talks will resume", "adds 20 were killed"); these lines have none. The older rule of round
en107 (``_ADDED_COUNT_ENDS``) reads a count and a plural noun to the line's end; this one
takes a collective head after a count ("1,500 police"), two things joined by "and", and a
purpose in "to".
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# Words that cannot stand inside the gained thing's phrase: a determiner or a preposition
# opens a clause's subject ("adds the port is shut"), an auxiliary or a past form is a verb.
_NOT_IN_PHRASE = alt((*EN.FUNCTION_WORDS, *EN.FINITE_AUXILIARIES, *EN.ADDED_COUNT_NOT_MODIFIERS))
_WORD = rf"(?!(?:{_NOT_IN_PHRASE})\b)(?![a-z]+(?:ed|en)\b)[a-z][\w'’\-]*"
_COUNT = rf"(?:\d[\d,]*|{alt([*EN.UNITS, *EN.TENS])})"
# A noun phrase of one to three words; a plural head in "-s" when no count stands before it.
_COUNTED = rf"{_COUNT}(?:[ \t]+{_WORD}){{1,3}}"
_PLURAL = rf"(?:{_WORD}[ \t]+){{0,2}}[a-z][\w'’\-]*s"
# Where the line may go on: a purpose ("to guard markets") or an occasion or a place; the
# rest has no auxiliary and no past form, no clause of its own.
_REST = (rf"(?:[ \t]+(?:to[ \t]+[a-z]+|{alt(EN.ADDED_GAIN_PREPOSITIONS)})"
         rf"(?:[ \t]+(?!(?:{alt(EN.FINITE_AUXILIARIES)})\b)(?![a-z]+ed\b)[\w'’\-]+){{1,6}})?")
_GAINS = re.compile(
    rf"[ \t]+(?:{_COUNTED}|{_PLURAL}(?:[ \t]+and[ \t]+{_PLURAL})?){_REST}[ \t]*$",
    re.IGNORECASE | re.MULTILINE)


def added_gains(text: str, after: int) -> bool:
    """Does a headline's "adds" ending at ``after`` gain things, with no clause after it?"""
    line_end = text.find("\n", after)
    return _GAINS.match(text[:len(text) if line_end < 0 else line_end], after) is not None


# (round en233) A relative clause whose object is the thing added: "The carnival, which
# UNESCO added to its heritage list in 2003, draws ...", "the names that the army added to
# the list": "added to" a list, a register or a total, right after the relative's subject;
# nothing is said ("which the ministry said was closed" still reports).
_GAPPED_BEFORE = re.compile(
    r"(?<![\w'’])(?:which|that|whom)\s+(?:the\s+)?(?:[A-Z][\w'’\-]*|[a-z][\w'’\-]*)"
    r"(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w'’\-]*){0,4}\s+(?:had\s+|has\s+|have\s+)?$")
_GAPPED_AFTER = re.compile(r"\s+to\s+(?:the|a|an|its|his|her|their|this|that)\b")


def added_to_gapped_object(text: str, verb_start: int, verb_end: int) -> bool:
    """Is the "added" between ``verb_start`` and ``verb_end`` a relative clause's "added
    to" whose object is the thing the clause describes?"""
    return _GAPPED_AFTER.match(text, verb_end) is not None and (
        _GAPPED_BEFORE.search(text, max(0, verb_start - 60), verb_start) is not None)
