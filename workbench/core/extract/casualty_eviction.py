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
