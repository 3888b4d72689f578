"""A patient's condition told of a person named again by an apposition (round en110).

"One protester, a man in his 60s, is in intensive care" (en-54) and "The fourth, a
70-year-old man, is in a critical condition" (en-59): the apposition between commas says
who the person is, often by an age, and the condition after it is the counted person's, as
"One protester is in intensive care" is read. Two shapes: the count before the apposition
("One protester, a man in his 60s,"), or the apposition's own article as the count of one
after an ordinal that counts one more person ("The fourth, a 70-year-old man,"), its
closing comma before the verb. After a noun ("The wounded man, a night watchman, is in
stable condition", en-44) the apposition names someone counted before: no figure. The
apposition opens with "a" or "an" and holds no verb of its own ("One protester, a man who
was hit by a tractor, is ..." is a relative, left).
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _ordinal_before() -> re.Pattern[str]:
    """An ordinal alone before the apposition: "The fourth, a 70-year-old man," counts one
    more of the people told before ("The wounded man, a night watchman," names one of them
    again and is no new figure)."""
    return re.compile(rf"\b(?:the\s+)?(?:{alt(EN.ONE_MORE_ORDINALS)})\s*,\s*$", re.IGNORECASE)


@cache
def _apposition() -> re.Pattern[str]:
    no_verb = alt((*EN.FINITE_AUXILIARIES_BE_HAVE, *EN.RELATIVE_OPENERS))
    return re.compile(
        rf"\s*,\s*(?:a|an)\s+(?:(?!(?:{no_verb})\b)[\w'’\-]+\s+){{0,5}}?"
        rf"(?!(?:{no_verb})\b)[\w'’\-]+\s*,", re.IGNORECASE)


def condition_after_apposition(s: str, cstart: int, gend: int, is_article: bool,
                               condition: re.Pattern[str]) -> int | None:
    """The end of a ``condition`` told after an apposition on the people counted at
    ``cstart`` (up to ``gend``), else None."""
    if not s.startswith(",", gend) and not s.startswith(" ,", gend):
        return None
    if is_article:
        if not _ordinal_before().search(s, max(0, cstart - 16), cstart):
            return None
        at = s.index(",", gend) + 1
    else:
        apposed = _apposition().match(s, gend)
        if apposed is None:
            return None
        at = apposed.end()
    cond = condition.match(s, at)
    return cond.end() if cond else None
