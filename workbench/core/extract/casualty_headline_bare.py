"""A headline's count with a bare "shot" or "held" before a phrase of place or time (round
en110).

A headline drops the auxiliary: "Two men shot outside Chinatown bar, police say" (en-59),
"Gang violence: 3 shot in Francistown" (en-55) and "Nine held as water protests flare in
Guadeloupe" (en-59) are "were shot" and "were held". The other participles are read so
already ("Two officers hurt in Camborne disturbance", "11 injured as rival supporters clash",
"12 held after bomb in Manipur town"). A bare "shot" is left in the body, where it is as
often a death or the active verb ("Two men shot a guard"); a headline that means a death
says "shot dead" or "killed", so its bare "shot" with a count is the wounded, as the sets'
gold reads it. It is read only in the document's first sentence when no stop closes it (a
headline), before a preposition of place or time or a conjunction (a headline of the words
alone, "Two women held", tells no event and is left, as round en106 left it), and not when a
death is told after it ("Two shot in Halden bar; one dies"). "shot at" is the active
verb's ("Two men shot at police") and is left. "held" takes the words of time and cause
the body reading lacks ("as", "amid", "during", "following"), not "held as hostages".
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

_STOPS = (".", "!", "?", ".\"", ".”", "!\"", "?\"")


@cache
def _after(verb: str) -> re.Pattern[str]:
    words = EN.HEADLINE_SHOT_LINKS if verb == "shot" else EN.HEADLINE_HELD_LINKS
    return re.compile(rf"\s+{verb}(?=[ \t]+(?:{alt(words)})\b)", re.IGNORECASE)


@cache
def _held_captive() -> re.Pattern[str]:
    return re.compile(rf"\s+as\s+(?:{alt(EN.HELD_AS_CAPTIVES)})\b", re.IGNORECASE)


@cache
def _death_after() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.HEADLINE_DEATH_WORDS)})\b", re.IGNORECASE)


def headline_bare_participle(s: str, base: int, gend: int, verb: str) -> int | None:
    """The end of a bare ``verb`` ("shot" or "held") right after the people counted up to
    ``gend`` in a headline (sentence ``s`` at ``base``), else None."""
    if base or s.rstrip().endswith(_STOPS):
        return None
    bare = _after(verb).match(s, gend)
    if bare is None:
        return None
    if verb == "shot" and _death_after().search(s, bare.end()):
        return None
    if verb == "held" and _held_captive().match(s, bare.end()):
        return None
    return bare.end()


@cache
def _taken_listed() -> re.Pattern[str]:
    # (round en162) "THREE STAFF TAKEN, TWO DRIVERS WOUNDED": the bare "taken" of a
    # headline's list of harms, another count right after it; or the list's last item
    # ("Two drivers wounded, three staff taken") with the headline ending on it
    count = alt((*EN.UNITS, *EN.TENS, *EN.VAGUE))
    return re.compile(rf"\s+taken(?=\s*[,;]\s*(?:and\s+)?(?:\d|(?:{count})\b)|\s*$)",
                      re.IGNORECASE)


@cache
def _taken_in_attack() -> re.Pattern[str]:
    # (round en178) "Three staff taken in raid on aid office": the attack they were taken in
    return re.compile(
        rf"\s+taken(?=[ \t]+(?:in|during|after)[ \t]+(?:(?:an?|the)[ \t]+)?(?:[\w'’\-]+[ \t]+)"
        rf"{{0,2}}?(?:{alt(EN.HEADLINE_TAKING_ATTACKS)})\b)", re.IGNORECASE)


@cache
def _taken_after_harm() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # (round en195) "TWO OF OUR DRIVERS KILLED AND A COLLEAGUE TAKEN NEAR BARO": a harm and
    # "and" or a comma before the people, "taken" before a place or closing the headline
    harm = re.compile(rf"\b(?:{alt(EN.HEADLINE_TAKEN_HARMS)})[ \t]*(?:,|;|and\b)",
                      re.IGNORECASE)
    taken = re.compile(
        rf"\s+taken(?=[ \t]+(?:{alt(EN.HEADLINE_TAKEN_PLACES)})[ \t]+(?!for\b|custody\b"
        r"|hospital\b|the\s+hospital\b)|\s*$)", re.IGNORECASE)
    return harm, taken


def headline_taken(s: str, base: int, gend: int, captives_told: bool = False) -> int | None:
    """The end of a headline's bare "taken" in a list of harms right after the people
    counted up to ``gend`` (a taking with no place it was to: "two taken to hospital" has
    one and is left), else None. (round en178) A headline that is only the count and
    "taken" ("THREE STAFF TAKEN") is read when the story tells a seizing or a kidnapping
    (``captives_told``), and so is "taken" before the attack it happened in."""
    if base or s.rstrip().endswith(_STOPS):
        return None
    taken = _taken_listed().match(s, gend)
    if taken is None:
        taken = _taken_in_attack().match(s, gend)
        if taken is None and s.startswith(" ", gend):
            harm, bare = _taken_after_harm()
            if (taken := bare.match(s, gend)) is not None and not harm.search(s, 0, gend):
                taken = None
        return taken.end() if taken else None
    if taken.end() >= len(s.rstrip()) and "," not in s[:gend] and ";" not in s[:gend] and (
            not captives_told):
        return None
    return taken.end()
