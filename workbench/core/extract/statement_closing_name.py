"""The inverted speaker's description and the name closing its sentence, in two shapes
the quote pass met only in part (round en96): a title that ends in a dotted abbreviation
right before the comma of its apposition ('"...," said the Humanitarian Coordinator a.i.,
Mamadou Sy.'), and a name followed by a relative clause on the person with no age
between ('"...," said the head nurse, Anna Berg, who has worked there since 2001.')."""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# A dotted abbreviation of single letters whose last dot the attribution stopped short
# of: a comma never follows a sentence's end, so the dot is the title's ("a.i.,", "U.N.,").
_DOTTED_TAIL = re.compile(r"(?:\.[A-Za-z])+\.(?=,)")
# (the description's own last word must be a single letter: "Coordinator a" of "a.i.")
_SINGLE_LETTER_END = re.compile(r"(?:^|\s)[A-Za-z]$")

# The name in apposition, then "who" and its clause up to the sentence's end; the
# relative is on the person the name names, so the name speaks as when it closes the
# sentence itself.
_CLOSING_NAME_WHO = re.compile(
    r"\s*,\s*(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
    rf"\s+(?:(?:{alt(EN.NAME_PARTICLES)})-)?[A-Z][\w'’\-]*)"
    r"\s*,\s*who\s[^.;\"“”]{1,120}?\s*(?=[.;]|$)")


def dotted_title_end(text: str, a: int, b: int) -> int:
    """Where the description ``text[a:b]`` ends once the dotted abbreviation it was cut
    inside is whole ("the Humanitarian Coordinator a" before ".i.," ends after "a.i.")."""
    if not _SINGLE_LETTER_END.search(text, a, b):
        return b
    tail = _DOTTED_TAIL.match(text, b)
    return tail.end() if tail else b


def closing_name_then_who(text: str, b: int) -> re.Match[str] | None:
    """The name in apposition right after the description ending at ``b`` when a
    relative clause on the person closes the sentence after it."""
    return _CLOSING_NAME_WHO.match(text, b)
