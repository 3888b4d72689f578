"""A body named after "members of" as two names joined by "and" (ninety-third round).

"three members of the Defence and Security Forces lost their lives" (en-45) and "24
members of the Basij and police died" (en-16, read): whose members the victims are may be
one body named with "and" inside it ("the Defence and Security Forces") or two bodies
named together ("the army and security forces", "the police and the army"). The phrase
after "members" (``casualties._of_kin_end``) took one or two words, and a second noun after
"and" only when it named people ("and police"), so the rest of the name cut the group
from its predicate and the figure was lost. The name after "and" goes on for one or two
words (an article may open it) when the predicate follows at once; a count after "and"
is a figure of its own ("and two civilians were killed"), and a verb after it is the
subject's second act ("killed three members of the militia and wounded two"), so
neither joins.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .numbers import COUNT_RE

_JOINED = re.compile(
    r"\s+and\s+(?:the\s+)?(?P<a>[A-Za-z][\w'’\-]*)(?:\s+(?P<b>[A-Za-z][\w'’\-]*))?")
_NEXT_WORD = re.compile(r"\s+(?P<w>[A-Za-z][\w'’\-]*)")
_CLOSING = re.compile(r"\s*(?:[,.;:!?)\"”]|$)")
_STOP = EN.GROUP_STOP
_PAST = frozenset((*EN.IRREGULAR_PAST, *EN.IRREGULAR_PASTS))


def _verb_like(word: str) -> bool:
    """A past tense, a participle or an adverb: the start of a predicate, no name."""
    low = word.lower()
    return low.endswith(("ed", "ing", "ly")) or low in _PAST


def _name_word(word: str) -> bool:
    return word.lower() not in _STOP and not _verb_like(word) and not COUNT_RE.rx.fullmatch(word)


def _predicate_at(sent: str, pos: int) -> bool:
    """The group ends here: punctuation, the text's end, or a predicate's first word."""
    if _CLOSING.match(sent, pos):
        return True
    nxt = _NEXT_WORD.match(sent, pos)
    return bool(nxt and (nxt.group("w").lower() in _STOP or _verb_like(nxt.group("w"))))


def joined_body_end(sent: str, pos: int) -> int:
    """End of "and [the] X [Y]" at ``pos`` that goes on naming the body before it, or -1."""
    m = _JOINED.match(sent, pos)
    if not m or not _name_word(m.group("a")):
        return -1
    b = m.group("b")
    if b is not None and _name_word(b) and _predicate_at(sent, m.end("b")):
        return m.end("b")
    return m.end("a") if _predicate_at(sent, m.end("a")) else -1
