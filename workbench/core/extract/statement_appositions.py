"""A description with a name in apposition after it ('A spokesman, Hassan al-Tayeb, said:
"..."'): which descriptions may give way to the name that follows them."""

from __future__ import annotations

from .lang import en as EN

_OPENERS = frozenset((*EN.ARTICLES, *EN.DESCRIPTION_POSSESSIVES))
_POSSESSIVE_ENDINGS = ("'s", "’s")


def determined_description(phrase: str) -> bool:
    """Does ``phrase`` open as a description of one post does: with an article ("The head
    of the OCHA sub-office"), a possessive pronoun ("His widow") or a possessor's name
    ("OCHA's head of sub-office in Bahir Dar"), each standing where the article would
    (round 94)? A name ("Meron Tadesse") does not, and keeps its own words."""
    first = phrase.split(None, 1)[0] if phrase.strip() else ""
    return first.lower() in _OPENERS or (
        first.endswith(_POSSESSIVE_ENDINGS) and first[:1].isupper())
