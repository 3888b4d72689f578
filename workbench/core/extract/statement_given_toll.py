"""A toll given before a colon, its figures after it (round en101).

A live page or a wire story gives a source's new figures as the object of a verb of
giving and then, after a colon, the figures themselves: "The Ministry of Health has
released a new toll: 31 people have been treated for injuries ..." (en-52), "The Malawi
Police Service has just issued a new toll: three people killed and 27 injured ..." (en-49).
No verb of saying stands there, but the colon opens what the toll says, as a headline's
colon does, so the words after it up to the sentence's end are the giver's. Only a toll
(its noun, perhaps "new" or "updated" before it) opens such words: "issued a statement:"
and "gave a toll of 19 dead" are left to the rules that read them (the sets do not agree
on a toll given without the colon).
"""

from __future__ import annotations

import re

from .figure_spans import FigureSpans
from .lang import en as EN
from .lang.build import alt
from .statement_record import _add
from .statement_sent_words import sender_before

# (round en214: "has just given" too; round en224: "has updated its count", "revised its toll")
_GIVING = (*EN.FIGURE_GIVING_VERBS, *EN.TOLL_GIVEN_PARTICIPLES_EN214, *EN.TOLL_CHANGING_VERBS_EN224)
_GIVEN_TOLL = re.compile(
    rf"[ \t]+(?:(?:has|have|had)[ \t]+)?(?:just[ \t]+)?(?:{alt(_GIVING)})"
    r"[ \t]+(?:a|an|its|their|the)[ \t]+"
    rf"(?:(?:{alt(EN.TOLL_GIVEN_MODIFIERS)})[ \t]+){{0,2}}"
    rf"(?:{alt(EN.TOLL_GIVEN_NOUNS)})[ \t]*:[ \t]+(?=[A-Za-z0-9])")
# What the text must hold for the pattern to be tried at all (most texts give no toll so):
# one of these nouns right before a ": ".
_NOUNS = tuple(EN.TOLL_GIVEN_NOUNS)
# The figures run to the sentence's end: a full stop before a space, a line break or the end.
_SENTENCE_END = re.compile(r"\.(?=\s|$)|\n")


def _noun_before_colon(text: str) -> bool:
    """Does ``text`` hold "<noun>: " for one of the toll nouns? Asked at each ": " (a few a
    document, none in most) with one ``endswith`` over the nouns, instead of one scan of
    the whole text per noun: a third of the time on the bench text."""
    i = text.find(": ")
    while i >= 0:
        if text.endswith(_NOUNS, 0, i):
            return True
        i = text.find(": ", i + 1)
    return False


# (round en214) A body named with what it is "of", longer than the sender's eight words:
# "The health ministry of the Government of National Unity has just given a new figure:".
# The article and the body's noun open it, then "of" and a capitalised name that may hold
# "of", "for", "and" and "the" ("the Ministry of Health and Population").
_BODY_OF = re.compile(
    r"(?P<sp>The[ \t]+(?:[a-z][\w'’\-]*[ \t]+){0,2}[a-z][\w'’\-]*[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?[A-Z][\w'’\-]*(?:[ \t]+(?:of|for|and|the|[A-Z][\w'’\-]*)){0,8})[ \t]*$")


def _body_of_before(text: str, verb_at: int) -> str | None:
    """The body "of" a named government or region that opens the sentence before the verb
    at ``verb_at``, when ``sender_before`` found none (too many words), or None."""
    stop = text.rfind(". ", 0, verb_at)
    floor = max(text.rfind("\n", 0, verb_at) + 1, stop + 2 if stop >= 0 else 0)
    m = _BODY_OF.match(text, floor, verb_at)
    return m["sp"] if m and not m["sp"].endswith((" of", " for", " and", " the")) else None


def given_tolls(text: str, out: list[dict[str, object]]) -> None:
    """Add the figures a source gave after "has released a new toll:" that no earlier pass
    read, given to the source that opens the sentence."""
    if not _noun_before_colon(text):
        return
    # (the entries kept by span, built at the first giver: each toll given walked every
    # entry of the text, and a report of many updated counts grew as a square; review 48)
    taken: FigureSpans | None = None
    kept: set[tuple[object, object, object]] = set()  # each entry's (start, end, speaker)
    for m in _GIVEN_TOLL.finditer(text):
        giver = sender_before(text, m.start()) or _body_of_before(text, m.start())
        if giver is None:
            continue
        stop = _SENTENCE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if taken is None:
            taken = FigureSpans(out)
            kept.update((o["start"], o["end"], o["speaker"]) for o in out)
        if not taken.overlaps(m.end(), end) and _add(out, text, m.end(), end, giver, seen=kept):
            taken.add(out[-1])
