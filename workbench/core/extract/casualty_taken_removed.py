"""People "taken" in a story of captives, told by how or whence they were taken (round en207).

A kidnapping is often told with the plainest verb, "taken", and the words after it say how
the people were carried off rather than who held them: "About 40 of them were taken by
truck to a camp in the hills", "Two drivers were taken at gunpoint", "six pupils had been
taken from their dormitory", "two crew were taken and the ship was left adrift". Earlier
rules read "taken" only with captors as its agent ("taken by gunmen"), with a clause of
time after it and captors named, or with a sequel ("and never seen again").

Here the passive is read when the story is one of captives (a word of hostages, kidnapping
or ransom anywhere in it) or captors are named in the sentence, and what follows "taken"
(perhaps "away" and a short "from ..." or "off ..." first) is one of:

* "at gunpoint";
* "by" a vehicle ("by bus", "by car", "by boat"), or by men the story does not name ("by
  three men", "by armed men");
* the end of the clause (a mark, the end, or "and").

What is care, custody or rescue is no capture: "taken to hospital", "taken by ambulance",
"taken into custody", "taken by bus to a police station", "taken from the rubble", and a
vehicle or a "from" whose clause goes on to a place of care or of the law.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _taken_removed() -> re.Pattern[str]:
    not_from = alt(EN.TAKEN_NOT_FROM)
    return re.compile(
        # (a part of people told before: "About 40 of them were taken by truck")
        r"(?P<part>\s+of\s+(?:them|those|us))?"
        # (the auxiliary may be the group's already: the reader stops past "were")
        r"(?:\s*,)?(?:\s+(?:who|that))?(?P<aux>\s+(?:were|was|(?:had|have|has)\s+been))?\s+"
        rf"(?:(?:{alt(EN.TAKEN_ADVERBS)})\s+)?taken(?:\s+away)?"
        # whence, a short phrase with no mark: "from a jeep tour of the canyons"
        rf"(?P<whence>\s+(?:from|off)\s+(?!(?:the\s+|a\s+)?(?:{not_from})\b)"
        r"(?:[^\s,.;:!?\"“”()]+\s+){0,9}?[^\s,.;:!?\"“”()]+)?"
        # (a date of it: "on 14 March", "on Tuesday", "in May")
        r"(?:\s+(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?"
        r"(?P<how>\s+at\s+gunpoint\b"
        rf"|\s+by\s+(?:(?:{alt(EN.TAKEN_VEHICLE_DETERMINERS)})\s+)?"
        rf"(?:{alt(EN.TAKEN_BY_VEHICLES)})\b"
        rf"|\s+by\s+(?:(?:{alt(EN.TAKEN_MEN_DETERMINERS)}|\d+)\s+)?"
        rf"(?:(?:{alt(EN.UNNAMED_MEN)})\s+)?men\b"
        r"|(?=\s*[,.;!?]|\s*$|\s+and\s))", re.IGNORECASE)


# The auxiliary the group's reader took already ("Two of them were| taken")
_AUX_BEFORE = re.compile(r"\s(?:were|was|been)$", re.IGNORECASE)
# ... and "with" before the count: "left with dozens taken" is read as captors leaving
_WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)


@cache
def _care_after() -> re.Pattern[str]:
    places = alt((*EN.NOT_CAPTIVITY_PLACES, *EN.TAKEN_TO_CARE))
    return re.compile(rf"\b(?:{places})\b", re.IGNORECASE)


def taken_removed_end(s: str, cstart: int, gend: int, captives_told: bool) -> int | None:
    """The end of "were taken [away] [from ...] <how>" right after the people counted from
    ``cstart`` to ``gend`` (``captives_told``: the story speaks of captives, or captors are
    named shortly before), else None."""
    if not captives_told or "taken" not in s[gend:gend + 40].lower():
        return None
    m = _taken_removed().match(s, gend)
    if m is None or not (m.group("how") or m.group("aux") or _AUX_BEFORE.search(
            s, max(0, gend - 6), gend) or not (m.group("part") or _WITH_BEFORE.search(
                s, max(0, cstart - 6), cstart))):
        # a reduced participle at a clause's end after "with" ("left with dozens taken") or
        # on a part ("12 of those taken from one bus") is read by the readers of captives'
        # parts; "Pirates seize tanker, 3 crew taken" is read here
        return None
    # the rest of its clause goes to no place of care, the law or safety: "taken by bus to
    # a police station", "taken by car to the clinic"
    rest = re.split(r"[,.;:!?]", s[m.end():m.end() + 80], maxsplit=1)[0]
    if _care_after().search(s, m.start(), m.end()) or _care_after().search(rest):
        return None
    return m.end()
