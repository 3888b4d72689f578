"""A death only feared, wished away or waited for (round en209).

"Are we waiting for another child to die?", "We will not let another miner die", "Nobody
wants another nurse to be killed": a speaker's plea names a person and the death that must
not come, with the infinitive after the person. The sentence rules read "another child to
die" as one more killed, as they read "another child died". A figure whose words end on
such an infinitive ("to die", "die", "to be killed") and stand right after a word of
waiting, letting or wanting ("for", "let", "want", "expect") tells no death that happened,
and is dropped. A death seen ("watched another child die") has no such cue, and an ordinal
("the third child to die this week", a death counted) no figure of the rules.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_CUE_BEFORE = re.compile(rf"\b(?:{alt(EN.WISHED_DEATH_CUES)})\s+$", re.IGNORECASE)
_INFINITIVE_END = re.compile(rf"\s(?:{alt(EN.WISHED_DEATH_INFINITIVES)})$", re.IGNORECASE)
# The last words of every infinitive: a figure's text ending otherwise (most) is kept
# without a pattern tried.
_ENDS = tuple(sorted({p.split()[-1] for p in EN.WISHED_DEATH_INFINITIVES}))


def drop_wished_deaths(text: str, out: list[dict[str, object]]) -> None:
    """Remove from ``out`` the figures of a death only pleaded against."""
    doomed = [
        f for f in out
        if str(f["text"]).endswith(_ENDS) and _INFINITIVE_END.search(str(f["text"]))
        and _CUE_BEFORE.search(text, max(0, int(str(f["start"])) - 16), int(str(f["start"])))
    ]
    for f in doomed:
        out.remove(f)
