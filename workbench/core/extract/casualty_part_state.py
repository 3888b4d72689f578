"""A part of the dead told by the state of their bodies (round en128).

"Gunmen killed 12 villagers on Sunday. Two of them were charred." The second sentence
holds no outcome of its own that the rules take for a death, so it was read as nothing, or
"Three of the dead were burned" as three wounded. By the calls of the sets a part of a
group keeps its group's outcome ("two of them burned beyond recognition" of the bodies is
killed), so such a part is a figure of the dead: only after a figure of the killed, its
count opening the sentence, and its state one the living are not told by alone
(``EN.DEAD_PART_STATES``). The part is found as ``casualty_captives_back`` finds a part of
captives freed.
"""

from __future__ import annotations

import re

from .casualty_captives_back import _read_at as read_part_at
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE

_STATE = rf"(?:were|was)\s+(?:(?:all|also|later)\s+)?(?:{alt(EN.DEAD_PART_STATES)})\b"
# " of them were charred": what follows the count; "body" is the whole's noun of its outcome
_PART = re.compile(
    rf"\s+of\s+(?:them|the\s+(?P<body>victims)|{alt(EN.DEAD_PART_WHOLES)})\s+{_STATE}",
    re.IGNORECASE)
# A part of the dead the sentence rules read with the harm's outcome: "Three of the dead
# were burned" is no three wounded.
_DEAD = re.compile(rf"\s+of\s+(?:{alt(EN.DEAD_PART_WHOLES)})\s+{_STATE}", re.IGNORECASE)
_CUES = ("charred", "burn", "behead", "decapitat", "mutilat", "dismember", "disfigur")


def dead_parts(text: str, out: list[dict[str, object]], low: str) -> None:
    """Give the killed outcome to each part of the dead the rules read as wounded, and
    append each part of the previous sentence's dead told by the state of its bodies."""
    if not out or not any(c in low for c in _CUES):
        return
    for f in out:
        count = COUNT_RE.match(text, int(f["start"]))  # type: ignore[call-overload]
        if f["outcome"] == "wounded" and count and _DEAD.match(text, count.end()):
            f["outcome"] = "killed"
    found = []
    for key in (" of them ", " of the ", " of those "):
        at = low.find(key)
        while at >= 0:
            named = _PART.match(text, at)
            if named is not None and (part := read_part_at(text, out, at, named)) is not None \
                    and part["outcome"] == "killed":
                found.append(part)
            at = low.find(key, at + 1)
    out.extend(found)
