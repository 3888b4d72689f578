"""What an attack left, told in three more ways (round 46): one body found, people who
have left a place by its name, and the wounded told in the present.

* One body found, in the passive: "A body was found in the river", "a second body was pulled
  from the canal", "Another body was pulled from the rubble", "The body of a third man was
  found in a ditch". The older rule read a body only as the object of a verb before it
  ("police found a body"). A body of evidence, a body camera, a governing body "found to
  have erred", a car or a weapons cache found stay nothing.
* Leaving in the perfect with a place by its name: "about 1,500 people have left Tawila
  and three nearby villages for the district town", "have abandoned Kessa", "had to leave
  Kessa" (civilians, or a crowd with no noun). The older rule read a place left only by a
  noun ("have left the villages"). Soldiers, pilgrims and tourists who left a town, and
  people who left a party or a company, stay nothing.
* The wounded in the present: "Four of them have injuries from beatings", "are reported to
  have injuries", "Two of the men have head injuries", "are nursing wounds". The past, "had
  injuries", was read. An illness, a player's sports injury and children or lawyers one
  "has" stay nothing.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

_FLEEING_CIVILIANS = frozenset(EN.FLEEING_CIVILIANS)


def fleeing_people(toks: list[str], low_n: int) -> bool:
    """Can the group ``toks`` of a count ``low_n`` be people in flight: civilians by their
    noun, or a crowd with no noun of at least `FLEEING_CROWD`?"""
    if toks:
        return toks[-1].lower() in _FLEEING_CIVILIANS
    return low_n >= EN.FLEEING_CROWD


@cache
def _found_after() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:(?:also|later|then|subsequently"
        r"|reportedly|eventually|finally)\s+)?"
        rf"(?:{alt(EN.BODY_FOUND_PARTICIPLES)})\b(?!\s+to\b)", re.IGNORECASE)


def one_body_found(s: str, gend: int, toks: list[str]) -> int | None:
    """The end of "(a third) body was found" after an article's group ``toks``, or None:
    the group is "body" with at most an ordinal or a word of the state of the dead."""
    if not toks or toks[-1].lower() != "body":
        return None
    if any(w.lower() not in EN.BODY_FOUND_MODIFIERS for w in toks[:-1]):
        return None  # "the governing body", "a body camera" ends elsewhere
    m = _found_after().match(s, gend)
    return m.end() if m else None


@cache
def _body_of_before() -> re.Pattern[str]:
    return re.compile(r"\b(?P<b>body)\s+of\s+$", re.IGNORECASE)


def body_of_one_found(s: str, cstart: int, gend: int) -> tuple[int, int] | None:
    """(start, end) of "body of a third man" when "was found" follows the person, else
    None: the dead named by the person whose body was found."""
    before = _body_of_before().search(s, max(0, cstart - 12), cstart)
    if before is None or _found_after().match(s, gend) is None:
        return None
    return before.start("b"), gend


@cache
def _left_named_place() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:(?:have|has|had)\s+(?:(?:now|already|since|reportedly|also|all)\s+)?"
        rf"(?:{alt(EN.LEAVING_VERBS)})|(?:(?:have|has)\s+)?had\s+to\s+(?:leave|abandon|flee))\s+"
        # a place by its name, not a day or a month
        rf"(?!(?:{alt((*EN.WEEKDAYS, *EN.MONTHS))})\b)"
        r"(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){0,2}"
        # ... or "had to leave" their home places
        # ("have had to leave" too, after round 47)
        r"|\s+(?:(?:have|has)\s+)?had\s+to\s+(?:leave|abandon|flee)\s+(?:their\s+|the\s+)?"
        rf"(?:{alt(EN.HOME_PLACES)})\b", re.IGNORECASE)


def left_named_place(s: str, gend: int, toks: list[str], low_n: int) -> int | None:
    """The end of "have left Tawila" after civilians (or a crowd with no noun), else
    None."""
    if not fleeing_people(toks, low_n):
        return None
    m = _left_named_place().match(s, gend)
    return m.end() if m else None


@cache
def _households_left_for() -> re.Pattern[str]:
    return re.compile(
        rf"\s+(?:{alt(EN.LEAVING_VERBS)})\s+(?!(?:{alt((*EN.WEEKDAYS, *EN.MONTHS))})\b)"
        r"(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){0,2}"
        rf"(?=\s+(?:{alt(EN.LEFT_FOR_WORDS)})\s)", re.IGNORECASE)


def households_left_for(s: str, gend: int) -> int | None:
    """The end of "left Sanyang" before where they went ("for Senegal") after whole
    households, in any tense (a few people who left a town for another travelled; whole
    families leaving one for another are displaced), else None."""
    m = _households_left_for().match(s, gend)
    return m.end() if m else None


@cache
def _present_wounds() -> re.Pattern[str]:
    return re.compile(
        # "are reported to have", "are nursing", "(still) have"
        # (the partitive may have taken the copula: "three of them are")
        r"\s+(?:(?:(?:are|is)\s+)?(?:(?:reported|said|believed|thought|known)\s+to\s+have"
        r"|nursing)"
        # (round en133) the care in the past, as news tells a day after: "were nursing wounds"
        r"|(?:were|was)\s+(?:still\s+)?nursing"
        r"|(?:(?:still|also)\s+)?(?:have|has))"
        # (round en102) one wound with its article: "has a gunshot wound"
        rf"\s+(?:(?:a|an)\s+(?=(?:[\w\-]+\s+){{0,3}}(?:{alt(EN.ONE_PRESENT_WOUND_NOUNS)})\b))?"
        rf"(?:(?:{alt(EN.INJURY_KINDS)}|or|and)\s+){{0,3}}"
        rf"(?:{alt((*EN.PRESENT_WOUND_NOUNS, *EN.ONE_PRESENT_WOUND_NOUNS))})\b"
        # (nor one before or after a game: "nursing injuries before the final")
        rf"(?!\s+(?:from|in|during|at|before|after|ahead\s+of)\s+(?:a|an|the)?\s*"
        rf"(?:{alt(EN.SPORT_WORDS)})\b)",
        re.IGNORECASE)


def present_wounds(s: str, pos: int) -> int | None:
    """The end of "have injuries from beatings" told of the people before ``pos``."""
    m = _present_wounds().match(s, pos)
    return m.end() if m else None
