"""A source that "puts" a toll at a figure (round en211).

News gives a rival or a first count with the verb "put": "Tribal sources put the rebel toll
at more than 50", "Local medics put the number of dead at 31 and said ...", "The provincial
health office puts the death toll at 47". No verb of saying stands there, but the subject
gives the figure as a source does, so the words from the toll's determiner to the figure's
end are its statement. Only a toll noun ("toll", "number", "figure", "tally", "count") among
the first three words of the object, and a figure after "at", make it one: "put the blame on
the army", "put the children at risk" and "put the building at the disposal of ..." stay
unread; so does a passive "the toll was put at 40", which names no source.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .lang import en as EN
from .lang.build import alt
from .statement_record import _add

_PUT_TOLL = re.compile(
    rf"[ \t](?:{alt(EN.PUT_TOLL_VERBS)})[ \t]+(?P<obj>(?:the|their|its|a)[ \t]+"
    rf"(?:[\w'’-]+[ \t]+){{0,2}}(?:{alt(EN.PUT_TOLL_NOUNS)})\b[^.;:\"“”\n]{{0,80}}?"
    rf"[ \t]at[ \t]+(?:\d|(?:{alt(EN.PUT_TOLL_FIGURE_OPENERS)})\b))")
# Where the figure's words stop: the sentence's end, a semicolon, or "and" with a verb of
# the same subject after it.
_FIGURE_END = re.compile(
    rf"\.(?=\s|$)|[;\n]|,?[ \t]+and[ \t]+(?:{alt(EN.PUT_TOLL_NEXT_VERBS)})\b")


# The subject: a capital opening the sentence, then up to seven words, then the verb.
_SUBJECT = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,7}")
# What closes the sentence before the subject.
_SENTENCE_BREAKS = (". ", "! ", "? ", '." ', ".” ", "\n")


def _subject_before(text: str, verb_at: int) -> str | None:
    """The words from the sentence's start to the verb at ``verb_at``, when they are a
    short phrase opening on a capital ("Tribal sources", "The health ministry in X")."""
    floor = 0
    for mark in _SENTENCE_BREAKS:
        if (at := text.rfind(mark, 0, verb_at)) >= 0:
            floor = max(floor, at + len(mark))
    while floor < verb_at and text[floor] in " \t\"“":
        floor += 1
    m = _SUBJECT.fullmatch(text, floor, verb_at)
    return m.group(0) if m else None


def put_tolls(text: str, out: list[dict[str, object]], speaks: Callable[[str], bool]) -> None:
    """Add the toll each source "puts" at a figure, given to the subject that opens the
    sentence when it can speak (``speaks``) and no entry already holds the words."""
    if " put" not in text or " at " not in text:
        return
    for m in _PUT_TOLL.finditer(text):
        giver = _subject_before(text, m.start())
        if giver is None or not speaks(giver):
            continue
        start = m.start("obj")
        stop = _FIGURE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if any(int(o["start"]) < end and start < int(o["end"])  # type: ignore[call-overload]
               for o in out):
            continue
        _add(out, text, start, end, giver)
