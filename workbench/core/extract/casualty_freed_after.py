"""People freed after their abduction, told by the abduction's noun (round en122).

Captives freed are counted as captured (corpus rules: hostages released). The engines read
them freed "by" their captors or "from captivity" (casualties._RARE["freed_from_captors"]),
with the auxiliary; a wire headline drops it and names the capture by its noun instead:
"14 Nigerian farmers freed after abduction in Borno" (en-71), "released after months in
captivity". People freed after questioning, a trial or bail were detainees and stay out:
only the nouns of a capture open the phrase.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt


@cache
def _freed_after() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:(?:were|was|are|is|(?:have|has|had)\s+been)\s+)?"
        r"(?:freed|released|rescued|set\s+free)"
        r"(?:\s+on\s+\w+day)?\s+(?:after|following)\s+"
        # "after abduction", "after their kidnapping", "after months in captivity"
        r"(?:(?:their|an?|the|his|her)\s+)?(?:[\w\-]+\s+){0,3}?"
        rf"(?:{alt(EN.CAPTURE_NOUNS_FREED_AFTER)})\b"
        rf"(?!\s+(?:{alt(EN.CAPTURE_NOUN_QUALIFIED)})\b)", re.IGNORECASE)


def freed_after_capture(s: str, gend: int) -> int | None:
    """The end of "freed after abduction" right after the people ending at ``gend``."""
    m = _freed_after().match(s, gend)
    return m.end() if m else None


# People handed over to those who take captives back (en-71: "41 children and 12 women
# handed over to local authorities"): in a story whose last people held were captured, the
# handover is their release ("Police handed over 12 suspects to the court" follows arrests).
_HANDED_OVER = re.compile(
    # (the last group of a list first: "41 children and 12 women handed over")
    r"(?P<list>,?\s+and\s+(?:\d[\d,]*|[a-z]+)\s+[a-z]+)?"
    r"\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?handed\s+(?:over|back)\s+to\s+"
    rf"(?:(?:the|their|local|[\w\-]+)\s+){{0,3}}?(?:{alt(EN.HANDED_OVER_TO)})\b", re.IGNORECASE)


def handed_over_end(s: str, gend: int) -> int | None:
    """The end of "handed over to local authorities" after the people ending at ``gend``
    (``gend`` itself when the people open a list: its next group's figure holds the verb),
    else None."""
    m = _HANDED_OVER.match(s, gend)
    if m is None:
        return None
    return gend if m.group("list") else m.end()


@cache
def _handed_to_law() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?(?:then\s+|later\s+)?"
        r"handed\s+(?:over\s+)?to\s+(?:(?:the|local|[\w\-]+)\s+){0,2}?"
        rf"(?:{alt(EN.HANDED_TO_LAW)})\b", re.IGNORECASE)


@cache
def _caught_told() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.CAUGHT_BY_CROWD)})\b")


_SUSPECTS = frozenset(EN.HANDED_SUSPECTS)


def first_catch(low: str) -> int:
    """Where the first word of a crowd's catch ends in the lowered document ``low``, or -1:
    read once per document, so that each count asks it by position."""
    m = _caught_told().search(low)
    return m.end() if m else -1


def handed_to_law_end(s: str, gend: int, toks: list[str], caught_at: int, at: int) -> int | None:
    """(round en178) The end of "have been handed to the authorities" after suspects counted
    up to ``gend`` (a bare count, "The seven", or a noun of suspects in ``toks``) when the
    document before them (at ``at``) tells their catch (its first word ending at
    ``caught_at``, -1 for none; ``first_catch``), else None: suspects given up to the police
    are arrested, as "the arrest of seven suspects, who have been handed over" is. Captives
    handed over on their release are read above; the caller asks that no captive was
    counted last."""
    if toks and toks[-1].lower() not in _SUSPECTS:
        return None
    m = _handed_to_law().match(s, gend)
    if m is None or not 0 <= caught_at <= at:
        return None
    return m.end()
