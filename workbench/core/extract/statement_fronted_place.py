"""(round en116) A fronted place phrase that lost its comma is no part of the speaker:
"Outside court he said ...", "Inside the hall she told reporters ...". The speaker is the
pronoun or the article's phrase that closes the words before the verb; where the words
were said belongs to the clause, as a fronted time does ("On Monday the army said")."""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt
from .speakers import backward_np

_FRONTED_PLACE = re.compile(rf"(?:{alt(EN.FRONTED_PLACE_PREPOSITIONS)})\s", re.IGNORECASE)
_OPENS_SUBJECT = frozenset((*EN.ARTICLES, *EN.PERSON_PRONOUN_SUBJECTS, *EN.PRONOUNS))


def subject_after_fronted_place(text: str, a: int, b: int, vcut: int) -> tuple[int, int] | None:
    """The span of the subject after a fronted place phrase that opens ``text[a:b]``,
    when it opens with an article or a pronoun; None otherwise (a name after a place
    phrase, "Outside court Ana Reyes", is left as it was read)."""
    if not _FRONTED_PLACE.match(text, a, b):
        return None
    pa, pb = backward_np(text, vcut, floor=a)
    if pb > pa > a and text[pa:pb].split()[0].lower() in _OPENS_SUBJECT:
        return pa, pb
    return None
