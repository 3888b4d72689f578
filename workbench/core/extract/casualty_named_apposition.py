"""The counted people named by an apposition before their verb (round en110).

"Two police constables, Ali Nawaz and Ghulam Qadir, lost their lives in the operation"
(en-44) and "One police officer, 27-year-old Inspector Arben Dushku, was killed at the
scene" (en-54): the names between commas, perhaps after an age and a rank, say who the
counted people were, and the verb after them is theirs, as after a short apposition without
a number ("Five villagers, members of a local militia, were killed"). The names are words
with capitals (one to four each, two or more joined by "and"); an age in words with hyphens
may open them. The verb after them is read as right after the group, a verb of dying with
no auxiliary too ("lost their lives"); an apposition with no names ("Two soldiers, a
sergeant and a private, killed three attackers") is not this one, and an active verb after
names ("Two soldiers, Ola Berg and Tom Lund, killed three attackers") is left: only a
passive, a perfect or a verb of dying follows the names.
"""

from __future__ import annotations

import re

_NAME = r"(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){0,3}"
_NAMED = re.compile(
    r"\s*,\s*(?:\d{1,3}-year-old\s+)?"
    rf"{_NAME}(?:\s*,\s*{_NAME})*(?:\s*,?\s+and\s+{_NAME})?"
    # (round en207) the last name's age after it, as a court or an inquiry gives it:
    # "One of them, Sam Hale, then 19, was hit", "a soldier, Corporal Dan Obi, 29, lost
    # his life"
    r"(?:\s*,\s*(?:then\s+|aged\s+)?\d{1,3})?\s*,"
    r"(?=\s+(?:were|was|had|have|has|are|is|died|lost|perished|later)\s)")
# (the look-ahead keeps an active verb's subject out: "..., Tom Lund, killed three")


def named_apposition(s: str, pos: int) -> re.Match[str] | None:
    """The apposition of names right after the people counted up to ``pos``, else None."""
    if not s.startswith(",", pos) and not s.startswith(" ,", pos):
        return None
    return _NAMED.match(s, pos)


# (round en199) The counted people described by a bare plural with its own relative:
# "two of its members, security officers who were shot dead on Saturday". The noun
# phrase (lower case, no article, a plural head) is what they were; the relative after it
# tells their outcome as right after the group ("two of its members who were shot dead").
_DESCRIBED = re.compile(
    r"\s*,\s+(?P<words>(?:(?-i:[a-z])[\w'’\-]*\s+){0,2}(?-i:[a-z])[\w'’\-]*)"
    r"(?=\s+(?:who|that)\s+(?:were|had\s+been|have\s+been)\s)")
_PLURAL_ENDS = ("s", "men", "children", "people")


def described_apposition(s: str, pos: int) -> re.Match[str] | None:
    """The bare plural apposition with a relative after it, right after the people counted
    up to ``pos``, else None; the caller checks that its words name people."""
    if not s.startswith(",", pos):
        return None
    m = _DESCRIBED.match(s, pos)
    return m if m and m.group("words").endswith(_PLURAL_ENDS) else None
