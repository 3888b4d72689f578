"""An attribution set in commas before the last item of a list (round en221).

"She has landed on gravel, grass, mud and once, she says, a football pitch": the clause
before the aside ends on "and" or "or" (with a word or two of time or degree after it:
"and once", "or even"), so it is unfinished, and the words after the aside are the last
item of its list, not a clause of their own. The words are the whole sentence around the
attribution, as for "The house, she says, was built in 1920"; only the item was read.

A conjunction after a comma ("Two died, and, the army says, four were wounded") may join
two clauses, each with its own words, and is left to the rules that split them.
"""

from __future__ import annotations

import re

# The host's end: a conjunction with no comma right before it, then up to two lower-case
# words ("once", "even", "at times"), then the aside's opening comma.
_LIST_END = re.compile(r"[^,;:\"“”()\s]\s+(?:and|or)(?:\s+[a-z]+){0,2}\s*,\s*$")
# The host's start: a capital, no quote mark or bracket, and a comma of a list before the
# conjunction ("gravel, grass, mud and", "snow, flood and").
_HOST = re.compile(r"[A-Z][^;:\"“”()]{8,200}")
# After the attribution: an optional adjunct of when ("on Tuesday"), then the item in
# lower case or a number, running on to the sentence's end.
_AFTER = re.compile(
    r"(?:\s+(?:on|in|at|now|today|later)\b[^,;:\"“”]{0,30}?)?\s*,\s*(?=[a-z\d])")
# Who may speak in such an aside: a pronoun of a person, or a name of one to three words.
_ASIDE_SPEAKER = re.compile(
    r"(?:he|she|they|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}"
    r"|the\s+[\w'’\-]+(?:\s+[\w'’\-]+){0,2})")
# How far back from the aside the conjunction is looked for.
_REACH = 40
# How many words the list's item before the conjunction may have ("mud", "old tents").
_ITEM_WORDS = 3


def list_end_near(text: str, c0: int, a: int) -> bool:
    """Does a conjunction stand close enough before ``a`` to end a list? (plain test)"""
    lo = max(c0, a - _REACH)
    return text.find(" and", lo, a) >= 0 or text.find(" or", lo, a) >= 0


def list_end_aside(text: str, c0: int, a: int, b: int, after: int,
                   s1: int) -> tuple[int, int] | None:
    """The gap (the host's end, the item's start) when the attribution whose speaker runs
    from ``a`` to ``b`` and whose verb ends at ``after`` stands before the last item of a
    list in the clause from ``c0``; None otherwise."""
    if not text.startswith(", ", a - 2) or not list_end_near(text, c0, a):
        return None  # (the plain test before any pattern)
    if not _ASIDE_SPEAKER.fullmatch(text, a, b):
        return None
    end = _LIST_END.search(text, max(c0, a - _REACH), a)
    if end is None or not _HOST.fullmatch(text, c0, end.start() + 1):
        return None
    item = text.rfind(",", c0, end.start() + 1)
    if item < 0 or len(text[item + 1:end.start() + 1].split()) > _ITEM_WORDS:
        # "..., which would add 13 per cent to the cost and, they say, hit the poor":
        # a long clause before the conjunction, no list's item; the aside's words are
        # its own predicate
        return None
    close = _AFTER.match(text, after, s1)
    if close is None or text.find('"', close.end(), s1) >= 0 or text.find(
            "“", close.end(), s1) >= 0:
        return None
    g0 = text.rfind(",", c0, a)
    return g0, close.end()
