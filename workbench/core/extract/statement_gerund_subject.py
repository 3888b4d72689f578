"""A gerund with its object is no teller (round en210).

"Cutting this budget tells 300 families to stop hoping", "Closing the clinic tells
mothers that nobody is coming", "Ignoring the warnings told the gunmen they were safe":
the subject of "tells" is an act, named by a capitalised "-ing" word and its object, and
the sentence is a figure of speech (often inside someone's quote), no report of words.

A participle before people stays a speaker: "Striking workers said", "Visiting officials
told reporters", "Fleeing residents say" end on a person noun or a source the engine
already knows as one (``speaks``), and "Acting President Ana Ruiz said" goes on with
capitals: a title, then a name.
"""

from __future__ import annotations

from collections.abc import Callable

from .lang import en as EN

_OBJECT_OPENERS = frozenset(EN.GERUND_OBJECT_OPENERS)


def gerund_act(speaker: object, speaks: Callable[[str], bool]) -> bool:
    """Is ``speaker`` a gerund and its object ("Cutting this budget", "Closing the
    clinic"), with no person or source as its head?"""
    if not isinstance(speaker, str) or " " not in speaker:
        return False
    first, rest = speaker.split(" ", 1)
    if not (first.endswith("ing") and len(first) >= 6 and first[:1].isupper()):
        return False  # the cheap gate: most speakers end here
    words = rest.split()
    if not words or words[0] not in _OBJECT_OPENERS or not all(
            w[:1].islower() or w[:1].isdigit() for w in words):
        return False
    return not speaks(speaker)
