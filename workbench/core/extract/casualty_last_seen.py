"""Last seen, then missing, in one clause: "A third member, <name>, 34, was last seen running
towards the river and is missing" (briefed from en-135).

News tells a person gone in a fight by where they were last seen, and then that they are
missing; the verb right after the person ("was last seen") tells no outcome, the one after
"and" does. The words between hold no clause mark, so the state is the same person's.
"""

from __future__ import annotations

import re

_SEEN_AND_MISSING = (
    r"(?:was|were|had\s+been)\s+last\s+seen\b[^,.;:!?\"“”()\n]{0,80}?\s+and\s+"
    r"(?:is|are|remains?|has\s+been|have\s+been|was|were)\s+(?:still\s+)?"
    r"(?:missing|unaccounted\s+for)\b")
# ... after the person, or after a name and an age in commas ("A third member, <name>, 34,"):
# no relative pronoun and no verb of being in them, so "A man, who was ..." stays out
_APPOSED = r"(?:\s*,\s*(?!(?:who|which|whose|was|were|is|are)\b)[^,.;:!?\"“”()\n]{1,50}?){1,2}\s*,"
_SEEN_MISSING = re.compile(rf"(?:{_APPOSED})?\s+{_SEEN_AND_MISSING}", re.IGNORECASE)
# ... found after one person's article and a description in commas, beyond the reach an
# article's count has to its outcome word ("A third member, <name>, 34, was last seen ...")
_SEEN_MISSING_AHEAD = re.compile(_SEEN_AND_MISSING, re.IGNORECASE)
ARTICLE_REACH = 75


def seen_then_missing(s: str, gend: int) -> int | None:
    """The end of "was last seen ... and is missing" right after the people ending at
    ``gend``; None otherwise."""
    m = _SEEN_MISSING.match(s, gend)
    return m.end() if m else None


def seen_missing_ahead(s: str, pos: int) -> bool:
    """Does "was last seen ... and is missing" begin within an article's reach of ``pos``
    (the article of one person, described in commas before the verb)?"""
    at = s.find(" last seen ", pos, pos + ARTICLE_REACH + 16)
    if at < 0:
        return False
    m = _SEEN_MISSING_AHEAD.search(s, max(pos, at - 12), at + 200)
    return m is not None and m.start() < pos + ARTICLE_REACH + 12
