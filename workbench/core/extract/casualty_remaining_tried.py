"""The rest of the arrested, held for a trial to come (round en171).

A court or the police release part of those detained, and the story tells the rest by the
court's next step: "A court released 15 of the 48 people detained on bail. The remaining
33 are due before a judge on Monday", "the other 28 will be tried next week". The rest are
still held, so they are arrested as "the remaining 33 remain in custody" is (the custody
state of ``casualty_state``): the step is written as "are detained" for the engines to read.

Three things are asked for, so that a trial of no one counted as arrested stays unread: a
remainder word right before a bare count ("the remaining 33", "the other 28"; "Six
suspects will be tried" is the first news of a trial, no figure), the court's step right
after it, and an arrest told within a sentence or two before ("The floods destroyed 40
houses; the remaining 20 ..." holds none). A step that no one holds them for, told after
it in its clause ("will be tried in absentia", "after being released on bail"), stays
unread.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt
from .numbers import UNITS

# cheap words one of which the court's step holds, looked for before any pattern
_CUES = ("due ", "appear", "tried", "trial", "remand")


@cache
def _remaining_tried() -> re.Pattern[str]:
    count = rf"(?:\d[\d,]*|{alt((*UNITS, *EN.TENS))})"
    return re.compile(
        rf"\b(?:{alt(EN.REMAINDER_WORDS)})\s+{count}\s+(?P<step>(?:{alt(EN.TRIAL_AHEAD)})"
        # (the body they go before goes with the step: no person to count)
        rf"(?:\s+(?:a|the)\s+(?:[\w\-]+\s+)?(?:{alt(EN.TRIAL_BODIES)}))?)\b",
        re.IGNORECASE)


@cache
def _not_held_after() -> re.Pattern[str]:
    # within the step's clause: up to a stop, a semicolon or the reach
    return re.compile(rf"[^.;!?\n]{{0,{_NOT_HELD_REACH}}}?\b(?:{alt(EN.TRIAL_NOT_HELD)})\b",
                      re.IGNORECASE)


# How far after the step a word that no one holds them may stand (characters).
_NOT_HELD_REACH = 100


@cache
def _arrest_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.ARREST_PARTICIPLES)}|arrests?)\b")


def remaining_tried_edits(text: str, low: str) -> list[tuple[int, int, str]]:
    """(start, end, "are detained") of each court's step told of the rest of the arrested
    in ``text`` (``low`` is it lowered)."""
    if not any(cue in low for cue in _CUES) or not any(
            w in low for w in EN.REMAINDER_WORDS):
        return []
    edits = []
    for m in _remaining_tried().finditer(text):
        if _arrest_before().search(low, max(0, m.start() - EN.STILL_HELD_REACH), m.start()) and (
                not _not_held_after().match(text, m.end())):
            # ("the remaining 28 will be tried in absentia": no one holds them)
            edits.append((m.start("step"), m.end("step"), "are detained"))
    return edits
