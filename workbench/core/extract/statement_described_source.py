"""A named source with a description set off after it, closing the words (round en182).

"Police fired tear gas at a crowd near Kessa on Friday, the Lake Region Rights Desk, a
monitoring group based in the capital, said." The phrase right before "said" is the
description ("a monitoring group based in the capital"); the source is the phrase between
the two commas before it, and the words end at the first of them. Reading the description
as the speaker dropped the entry, and a place before the first comma ("near Kessa") could
be taken for the source.
"""

from __future__ import annotations

from .lang import en as EN
from .spans import trim_span
from .statement_subjects import _SUBJECT_BAD

_INDEFINITE = frozenset(EN.INDEFINITE_ARTICLES)
_OPENING_ARTICLES = frozenset(EN.ARTICLES)
_NOT_OPENERS = frozenset(EN.PREPOSITIONS)
# How long the source's own phrase may be (a body's name: "the Lake Region Rights Desk").
_SOURCE_WORDS = 7
_SOURCE_CHARS = 70
_DESCRIPTION_CHARS = 140
_MARKS = ('"', "“", "”", ";", ":", "(", ")")


def described_source(text: str, c0: int, vs: int) -> tuple[int, int, int] | None:
    """(where the words end, source start, source end) when the verb at ``vs`` follows
    "<source>, <a or an description>," closing the words that open at ``c0``; None
    otherwise. The source opens on a capital (an article before it may be lower case),
    holds a capitalised word, no digit and no auxiliary."""
    close = text.rfind(",", vs - 3 if vs - 3 > c0 else c0, vs)
    if close < 0 or text[close + 1:vs].strip():
        return None  # no comma right before the verb
    comma = text.rfind(",", max(c0, close - _DESCRIPTION_CHARS), close)
    if comma < 0:
        return None
    da, db = trim_span(text, comma + 1, close)
    first = text[da:db].split(None, 1)[0].lower() if db > da else ""
    if first not in _INDEFINITE or any(c in text[da:db] for c in _MARKS):
        return None
    prev = text.rfind(",", max(c0, comma - _SOURCE_CHARS), comma)
    if prev <= c0 or not text[c0:prev].strip():
        return None
    na, nb = trim_span(text, prev + 1, comma)
    words = text[na:nb].split()
    if not 0 < len(words) <= _SOURCE_WORDS or any(c in text[na:nb] for c in _MARKS):
        return None
    lead = words[0].lower()
    if lead in _NOT_OPENERS or (lead not in _OPENING_ARTICLES and not words[0][:1].isupper()):
        return None
    if not any(w[:1].isupper() for w in words[1:] or words) or _SUBJECT_BAD.search(text, na, nb):
        return None  # "the army" or "the crowd": no body named, the older readers decide
    return prev, na, nb
