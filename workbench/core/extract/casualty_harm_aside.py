"""A predicate of harm that is no passive, past an aside on the counted people (round en121).

The passive of harm is read past an apposition or a relative clause ("The two men, both in
their twenties, were wounded", "A cousin who was with them was injured"); the predicates
that tell the hurt by what they suffered, their condition or the care they needed were read
right after the people only. Past a quantifier apposition ("The two men, both in their
twenties, are in a serious condition") or a short relative clause with no count or clause of
its own ("A cousin who was with them needed stitches"), they are read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _aside() -> re.Pattern[str]:
    # the apposition whole; the relative clause's longest reach (its end is found by the
    # predicate after it)
    return re.compile(
        rf"\s*,\s*(?:{alt(EN.HARM_ASIDE_QUANTIFIERS)})\s[^,;:.!?\"“”()\d]{{1,50}},"
        rf"|\s+(?:{alt(EN.HARM_ASIDE_RELATIVES)})\s+(?:was|were|had\s+been)\s"
        r"(?:(?!\b(?:who|that|which|and|but|when|after|before|while|said)\b)"
        r"[^,;:.!?\"“”()\d]){1,40}",
        re.IGNORECASE)


@cache
def _harm_verb() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alt(EN.HARM_ASIDE_VERBS)})\s", re.IGNORECASE)


def harm_past_aside(s: str, gend: int,
                    predicates: tuple[Callable[[str, int], int | None], ...],
                    harm_phrase: re.Pattern[str]) -> int | None:
    """The end of a predicate of harm read past an aside right after the group ending at
    ``gend``: one of ``predicates`` (each gives the end of its reading at a position: a
    condition, the care needed) or a harm suffered matched by ``harm_phrase`` (the
    right-hand outcome pattern, outcome "wounded"); None otherwise."""
    aside = _aside().match(s, gend)
    if aside is None:
        return None
    if aside.group().endswith(","):
        return _harm_at(s, aside.end(), predicates, harm_phrase)
    at = s.find(" ", s.find(" ", gend + 1) + 1)  # past "who was"
    while 0 <= at < aside.end():
        at = s.find(" ", at + 1)
        if at < 0 or at > aside.end():
            return None
        if (end := _harm_at(s, at, predicates, harm_phrase)) is not None:
            return end
    return None


def _harm_at(s: str, at: int, predicates: tuple[Callable[[str, int], int | None], ...],
             harm_phrase: re.Pattern[str]) -> int | None:
    for predicate in predicates:
        if (end := predicate(s, at)) is not None:
            return end
    if _harm_verb().match(s, at) and (m := harm_phrase.match(s, at)) and (
            m.lastgroup == "wounded"):
        return m.end()
    return None
