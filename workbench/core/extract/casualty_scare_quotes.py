"""A group noun in scare quotes after its count (round en84): 'He said 16 "terrorists" had
been killed', 'five "illegal miners" had died'. The marks only keep the writer's distance
from the speaker's word; the quoted words are still the head of the count's phrase, so the
figure is read as it is without them and its evidence keeps them as written."""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _quoted_group() -> re.Pattern[str]:
    # a count, then one to three lower-case words in marks, then the clause's next word in
    # lower case (a verb or "who"): a quoted title or a quoted clause does not qualify
    count = rf"(?:\d[\d,]*|(?:{alt([*EN.UNITS, *EN.TENS])}))"
    return re.compile(
        rf"(?<![\w,.])(?i:{count})[ \t]+(?P<o>[\"“])"
        r"[a-z][\w'’\-]*(?:[ \t]+[a-z][\w'’\-]*){0,2}"
        r"(?P<c>[\"”])(?=[ \t]+[a-z])")


def unquote_groups(text: str) -> str:
    """``text`` with the marks around a counted group noun blanked out (same length, so
    every offset stays), or ``text`` itself when it holds none."""
    if '"' not in text and "“" not in text:
        return text
    marks = [i for m in _quoted_group().finditer(text) for i in (m.start("o"), m.start("c"))]
    if not marks:
        return text
    chars = list(text)
    for i in marks:
        chars[i] = " "
    return "".join(chars)
