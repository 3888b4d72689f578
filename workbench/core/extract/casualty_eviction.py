"""People evicted by a force, told in the active (round en236).

The passive "families were evicted by soldiers" reads as displacement (round en104), but the
active was left unread: a landlord who "evicted two tenants" puts nobody to flight. When a
force of the state or armed men are the verb's subject and a count follows, the eviction is
the forced removal the gold counts as displacement: "Riot police and soldiers evicted about
300 members of a peasant cooperative from the plantation", "Troops forcibly evicted some
1,200 villagers". The verb is rewritten as "displaced", on the copy ``casualty_state``
reads, so the older rules of "displaced <count> <people>" decide who is counted.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .numbers import NUMBER, QUALIFIER

Edit = tuple[int, int, str]
_AS_DISPLACED = {"evict": "displace", "evicts": "displaces", "evicted": "displaced",
                 "evicting": "displacing"}


@cache
def _forced_eviction() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:{alt(EN.EVICTING_FORCES)})\s+"
        rf"(?:(?:{alt(EN.HOLDING_AUXILIARIES)}|forcibly|violently)\s+){{0,3}}"
        rf"(?P<v>evict(?:s|ed|ing)?)\b"
        rf"(?=\s+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER}))", re.IGNORECASE)


def eviction_edits(text: str, low: str) -> list[Edit]:
    """(start, end, "displaced") of each active eviction by a force in ``text`` (``low``
    its lowered copy) before a count."""
    if "evict" not in low:
        return []
    return [(m.start("v"), m.end("v"), _AS_DISPLACED[m.group("v").lower()])
            for m in _forced_eviction().finditer(text)]


# How far before "eviction" a word of prospect may stand ("blocked the planned eviction"),
# and how far after its people the past time that dates it ("... from the settlement in
# January").
_PROSPECT_REACH = 48
_PAST_REACH = 90


@cache
def _eviction_of() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?P<n>evictions?)\s+of\s+(?:(?:{QUALIFIER})\s+)?(?:{NUMBER})\b[^.;:!?\n]{{0,{_PAST_REACH}}}",
        re.IGNORECASE)


@cache
def _prospect() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.EVICTION_PROSPECTS)})\b", re.IGNORECASE)


@cache
def _past_time() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.EVICTION_PAST_TIMES)}|(?:in|since)\s+(?:19|20)\d\d)\b",
                      re.IGNORECASE)


def eviction_of_edits(text: str, low: str) -> list[Edit]:
    """(start, end, "displacement") of each "eviction of <count>" told as done: a past time
    after its people in the clause and no word of a plan, a threat or a halt just before
    it ("the eviction of about 3,500 people from the settlement in January"; "halted the
    eviction of 300 families" and "the planned eviction of ..." stay unread)."""
    if "eviction" not in low:
        return []
    edits: list[Edit] = []
    for m in _eviction_of().finditer(text):
        past = _past_time().search(text, m.end("n"), m.end())
        if past is None or _prospect().search(text, m.end("n"), past.start()):
            continue  # ("The eviction of 300 families is due in May")
        line = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        if _prospect().search(text, max(line, m.start() - _PROSPECT_REACH), m.start()):
            continue
        edits.append((m.start("n"), m.end("n"),
                      "displacements" if m.group("n").lower().endswith("s") else "displacement"))
    return edits
