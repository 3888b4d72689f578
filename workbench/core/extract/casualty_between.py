"""What stands between a counted group and its verb (round 46): the ages of the people
counted, and their names after where they are from.

* Ages: "two boys of nine and eleven died", "two girls aged six and nine", "Four children,
  aged two to nine, were wounded", "two boys of about eight and ten". The ages are no
  counts: before the round "two boys of nine and eleven died" gave killed 9 and killed 11
  and lost the two boys. A list of ages after a plural person noun a child or an adult is
  named by (``AGED_PERSON_PLURALS``), after "of" or "aged", perhaps set off by commas, is
  read as part of the group: the outcome is looked for after it, and the numbers inside
  are no counts. Each age has one or two digits or is a number word, and the list holds
  at least two ages after "of" ("two brothers of Kessa" has none). "aged" and digits
  ("Two men, aged 19 and 22, were arrested") were skipped before, the span kept on the
  group, and keep that span. The singular ("a boy of eight died") was read before.
* Names after where they are from: "Two cameramen from a regional channel, Tomas Ibarra
  and Raul Medina, have been missing since April", "Three engineers of a Turkish firm, Ali
  Demir, Cem Kaya and Omer Tas, were kidnapped". Each of the two was read alone ("Two
  doctors from the same hospital have been missing", "Two doctors, Ana Ruiz and Maria
  Soto, have been missing"), not the one after the other. The names are
  capitalised words, two to four of them each, joined by commas and "and".
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _age_list() -> re.Pattern[str]:
    words = alt((*EN.UNITS, *EN.TENS))
    age = rf"(?:\d{{1,2}}(?!\d)|(?:{alt(EN.TENS)})-(?:{alt(EN.UNITS)})|(?:{words})\b)"
    joint = r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|to)\s+|\s*[-–]\s*)"
    return re.compile(
        r"(?P<comma>\s*,)?\s+(?P<w>of|aged)\s+"
        r"(?:(?:about|around|roughly|some|between|only|just)\s+)?"
        rf"{age}(?P<more>(?:{joint}{age})*)(?:\s+years?(?:\s+old)?)?"
        r"(?(comma)\s*,)", re.IGNORECASE)


def age_list_end(s: str, gend: int, toks: list[str], low_n: int) -> int | None:
    """The end of the ages after a counted plural person noun (``toks`` ends in it), or
    None when no list of ages follows."""
    if low_n < 2 or not toks or toks[-1].lower() not in EN.AGED_PERSON_PLURALS:
        return None
    m = _age_list().match(s, gend)
    if m is None or (m.group("w").lower() == "of" and not m.group("more")):
        return None
    return m.end()


_NAME = r"(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+){1,3}"
# where the people counted are from, up to the comma before their names
_ORIGIN = r"\s+(?:from|of|with|at|for)\s+[^,;:.!?\"“”()\d]{2,50}?\s*,\s*"


@cache
def _names_after_origin() -> re.Pattern[str]:
    return re.compile(
        rf"{_ORIGIN}{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+(?:and|&)\s+{_NAME}\s*,",
        re.IGNORECASE)


def names_after_origin(s: str, gend: int) -> int | None:
    """The end of ", Name Name and Name Name," after where the people are from ("from the
    same newspaper"), or None."""
    m = _names_after_origin().match(s, gend)
    return m.end() if m else None


@cache
def _name_after_origin() -> re.Pattern[str]:
    return re.compile(rf"{_ORIGIN}{_NAME}\s*,", re.IGNORECASE)


def name_after_origin(s: str, gend: int) -> int | None:
    """(round en112) The end of ", Name Name," after where the one person counted was ("a
    clerk at a gas station across town, Rajinder Gill, was stabbed to death", en-61), or
    None: the names of round 46 for one person, whose name stands alone."""
    m = _name_after_origin().match(s, gend)
    return m.end() if m else None
