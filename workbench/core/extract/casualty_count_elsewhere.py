"""Figures whose number counts someone other than the dead or the hurt (round en238).

Three shapes of news put a number right before or inside a toll's words and count others:

* a state's adjective that is one noun's: "police held two of the dead man's cousins" reads
  "two of the dead" as a toll, but the possessive after "dead" makes it one dead man's, and
  the two are his cousins (held, no toll); the figure is dropped;
* an age in an apposition: "One of them, a corporal of 24, died before ..." read "24, died"
  as 24 dead; the number after "a <noun> of" is the noun's age, so the figure is the one
  noun ("a boy of 12, was killed" likewise);
* a crowd: "Hundreds of people lined the street as the body of ..., the peacekeeper who
  died ..., was carried" counts those who lined it; a count whose people take a verb of a
  crowd (lined, gathered, attended, watched ...) before the outcome is dropped.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_STATE_ENDS = re.compile(rf"\b(?:{alt(EN.STATE_ADJECTIVE_ENDS_EN238)})$", re.IGNORECASE)
# a noun's possessive right after the state's adjective: "the dead man's", "the dead's" is
# the whole's and stays
_POSSESSOR = re.compile(r"[ \t]+[a-z][a-z\-]*['’]s\b")
# ", a corporal of " right before the number (a lower-case noun: "a member of 24 ..." is no
# apposition's age when no comma opens it)
_AGE_OF = re.compile(r",[ \t]+(an?)[ \t]+([a-z][a-z\-]*)[ \t]+of[ \t]+$")
_AGE_AFTER = re.compile(r"(?:\d{1,3}|[a-z\-]+),[ \t]")
_CROWD = frozenset(EN.CROWD_VERBS_EN238)
_HARMED = frozenset(EN.HARMED_GROUP_ADJECTIVES_EN238)


def _possessed(text: str, f: dict[str, object]) -> bool:
    words = str(f.get("text") or "")
    return bool(_STATE_ENDS.search(words)) and bool(_POSSESSOR.match(text, int(f["end"])))


def _crowd(text: str, f: dict[str, object]) -> bool:
    group = f.get("group")
    # (the figure's own text may be stitched, "Thousands of people died": the source's
    # words between its ends tell what the people did first)
    words = text[int(f["start"]):int(f["end"])]
    if not isinstance(group, str) or not group or group.split()[0].lower() in _HARMED:
        return False  # "Dozens of wounded people filled the corridors" are the wounded
    at = words.find(group)
    if at < 0:
        return False
    rest = words[at + len(group):].split(None, 1)
    return bool(rest) and len(rest) > 1 and rest[0].lower() in _CROWD


def _age_apposed(text: str, f: dict[str, object]) -> bool:
    """Turn "24, died" after ", a corporal of" into the one corporal (True when done)."""
    start = int(f["start"])
    m = _AGE_OF.search(text, max(0, start - 40), start)
    count = f.get("count_low")
    if m is None or not isinstance(count, int) or count > 120 or f.get("group") is not None:
        return False
    if not _AGE_AFTER.match(str(f.get("text") or "")):
        return False
    f["start"] = m.start(1)
    f["text"] = text[m.start(1):int(f["end"])]
    f["count_low"] = 1
    f["count_high"] = None
    f["qualifier"] = "exact"
    f["group"] = m.group(2)
    return True


def count_elsewhere(text: str, out: list[dict[str, object]]) -> None:
    """Drop or mend in ``out`` the figures whose number counts others (see the module)."""
    keep = []
    for f in out:
        if _possessed(text, f) or _crowd(text, f):
            continue
        _age_apposed(text, f)
        keep.append(f)
    out[:] = keep
