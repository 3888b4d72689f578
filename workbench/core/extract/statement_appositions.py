"""A description with a name in apposition after it ('A spokesman, Hassan al-Tayeb, said:
"..."'): which descriptions may give way to the name that follows them."""

from __future__ import annotations

from .lang import en as EN

_OPENERS = frozenset((*EN.ARTICLES, *EN.DESCRIPTION_POSSESSIVES))
_POSSESSIVE_ENDINGS = ("'s", "’s")
_ONE_OF = ("One of the ", "One of them", "One of those ")
_PLACE_PREPOSITIONS = tuple(f" {w} " for w in EN.POST_PLACE_PREPOSITIONS)
# How long the description before the place may be.
_PLACE_POST_WORDS = 6
_PLACE_POST_CHARS = 60


def determined_description(phrase: str) -> bool:
    """Does ``phrase`` open as a description of one post does: with an article ("The head
    of the OCHA sub-office"), a possessive pronoun ("His widow") or a possessor's name
    ("OCHA's head of sub-office in Bahir Dar"), each standing where the article would
    (round 94)? A name ("Meron Tadesse") does not, and keeps its own words."""
    first = phrase.split(None, 1)[0] if phrase.strip() else ""
    return first.lower() in _OPENERS or (
        first.endswith(_POSSESSIVE_ENDINGS) and first[:1].isupper()) or (
        # (round en169) one picked out of a group, "One of the three, Musa Adeyemi,":
        # the name speaks, as the older sets' gold has it
        phrase.startswith(_ONE_OF))


def described_before_place(text: str, sent_start: int, a: int) -> bool:
    """Is the capitalised word at ``a`` the place or the field of a post whose description
    opens the sentence at ``sent_start``: "The group's researcher for Sudan, Leila
    Haroun-Ali, said": a determined description, a preposition, then the place, all in a
    few words with no comma (round en169)?"""
    seg = text[sent_start:a]
    if len(seg) > _PLACE_POST_CHARS or "," in seg or not seg.endswith(_PLACE_PREPOSITIONS):
        return False
    words = seg.split()
    return 2 < len(words) <= _PLACE_POST_WORDS and determined_description(seg.strip(' "“'))
