"""A source told in the middle of a sentence, with a clause before it and a verbless
count or note after it (round en185): "Nine of the wounded were flown to the capital, a
nurse there told us, three of them with burns." The words are the clause before the
source; the note after it goes on the same report in the writer's voice, no words of its
own (as "Two died, the army said, and four were wounded" is read)."""

from __future__ import annotations

import re

from .lang import en as EN

# What opens such a note: a count or a quantifier of the things just told ("three of
# them", "most of them children", "one of them still full of families"), or a word that
# narrows them ("including two children", "mostly women").
_NOTE_OPENERS = frozenset((*EN.UNITS, *EN.TENS, *EN.OPENING_QUANTIFIERS,
                           "including", "mostly", "mainly", "among", "half", "dozens"))
# A finite verb in the note makes it a clause of its own, which the source may have told.
_FINITE = frozenset((*EN.FINITE_AUXILIARIES, *EN.IRREGULAR_PAST, "did", "does", "do"))
_NOTE_WORDS = 14
_WORD = re.compile(r"[A-Za-z][\w'’\-]*")


def verbless_note(rest: str) -> bool:
    """``rest`` (the text after the source, to the words' end) is ", <note>" with no verb
    of its own: a count or a quantifier opening it and no finite verb in it."""
    if rest[:1] != ",":
        return False
    words = _WORD.findall(rest, 1, 200)
    counted = rest[1:].lstrip()[:1].isdigit()  # ", 3 of them children"
    if not words or len(words) > _NOTE_WORDS or not (
            counted or words[0].lower() in _NOTE_OPENERS):
        return False
    if any(c in rest for c in '"“”;:'):
        return False
    return not any(w.lower() in _FINITE or (len(w) > 3 and w.endswith("ed"))
                   for w in words[1:])
