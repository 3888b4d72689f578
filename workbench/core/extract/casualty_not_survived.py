"""People who did not survive (round en192).

News tells a death after an attack by the survival that failed as often as by "died": "Two
of the wounded did not survive", "Three passengers didn't make it to hospital". The phrase
opens on "did", a word nearly every sentence may hold, so it is no cue word: it wakes its
sentence (`WAKING_PHRASES`), and people counted right before it, the phrase ending its
clause or going on with what was not survived ("the attack", "their wounds", "in
hospital"), are killed. A part of the wounded keeps no outcome of its own here: its
predicate tells what became of it, as "Three of the wounded later died" does. Things that
did not survive ("Two bills did not survive the vote") have no people's noun.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

# the group reader may take the auxiliary for the people's last word ("Two soldiers did")
_AUXILIARY_TAKEN = frozenset(("did", "didn't", "didn’t", "never"))


@cache
def _not_survived() -> re.Pattern[str]:
    return re.compile(
        rf"\s*(?:(?:{alt(EN.NOT_SURVIVED_ADVERBS)})\s+)?(?:did\s+not|didn['’]t|never)\s+"
        r"(?:survive|make\s+it)"
        rf"(?=\s*(?:[,.;!?\"”]|$)|\s+(?:{alt(EN.NOT_SURVIVED_NEXT)})\b)", re.IGNORECASE)


_OF_THE_HURT = re.compile(r"\s+(?:wounded|injured)\b", re.IGNORECASE)


def not_survived(s: str, gend: int, toks: list[str]) -> tuple[int, list[str]] | None:
    """The end of "did not survive" right after the people ``toks`` ending at ``gend``, and
    the people's words (without an auxiliary the group took), else None. A part "of the
    wounded" or "of them" (toks end on "the", or are none after "of them") gives its whole's
    word as the people: ["wounded"], ["them"]."""
    at, people = gend, toks
    if toks and toks[-1].lower() in _AUXILIARY_TAKEN:
        at, people = gend - len(toks[-1]), toks[:-1]
    elif toks and toks[-1].lower() == "the" and (hurt := _OF_THE_HURT.match(s, gend)):
        at, people = hurt.end(), ["wounded"]
    elif not toks and s.endswith((" of them", " of whom"), 0, gend):
        people = ["them"]
    m = _not_survived().match(s, at) if people else None
    return (m.end(), people) if m else None
