"""A bare "shot" of counted people as the wounded, and where it is not one (round en121).

The blind sets' gold reads a count of people who "was/were shot" or "has/have been shot"
with nothing after it as the wounded ("Two Guardia Civil officers were shot at a
checkpoint", "a hostage has been shot", "A cousin who was with them was shot"), as it reads
"shot in the leg". The same words tell no wound when:

* a death is told in the same sentence: the shooting is the death's ("Three patients were
  shot in their beds; two of them died", "the murder of two brothers who were shot"), but
  a part of them told dead keeps the whole ("five people were shot, two of them fatally");
* the people are named as the dead or the victims ("two of the dead were shot in the
  back", "The two victims, both farmers, were shot");
* "shot" takes a particle ("shot down", "shot at" with no place after it: "were shot at but
  not hit");
* it is the present of a plot or a film ("two men are shot"), or its subject is a thing
  ("Two scenes were shot in Tor");
* no auxiliary opens it outside a headline ("Two men shot outside the bar on Monday" in a
  body is a headline's wording or the active, read by the headline rule only);
* it struck the head or the trunk ("A guard was shot in the head"), as often a death, and
  nothing tells the person alive after it ("shot in the stomach and survived" is read);
* the clause tells a place by the shooting there ("a football pitch where a friend was
  shot", a feature's headline whose people are told of later).

The active with a counted person as its object is read the same way ("shot two
snowboarders", "shot a young worker"), unless a death is told after the object ("shot two
guests dead", "shot two farmers and buried them") or the shot struck the head or the trunk
("shot a guard in the head").
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

_PRESENT_AUX = frozenset(("is", "are", "am"))
_PASSIVE_AUX = frozenset(("was", "were", "been", "is", "are"))
_COMMA_RELATIVE = re.compile(r"\s*,\s*(?:who|which|that)\b", re.IGNORECASE)


@cache
def _vital_part() -> re.Pattern[str]:
    return re.compile(rf"\s+in\s+(?:the|his|her|their)\s+(?:{alt(EN.BARE_SHOT_VITAL_PARTS)})\b",
                      re.IGNORECASE)


@cache
def _alive() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.BARE_SHOT_ALIVE_WORDS)})\b", re.IGNORECASE)


@cache
def _camera() -> re.Pattern[str]:
    # what after a bare "shot" tells a camera's: its purpose, its operator, a rise
    return re.compile(
        rf"\s+(?:to\s+(?:{alt(EN.BARE_SHOT_RISE)})"
        r"|(?:[^,;:.!?]{0,40}?\s)?(?:for\s+(?:a|an|the|their|its)\s+(?:[\w\-]+\s+){0,2}?"
        rf"(?:{alt(EN.BARE_SHOT_MEDIA)})|by\s+(?:a|an|the)?\s*(?:[\w\-]+\s+)?"
        rf"(?:{alt(EN.BARE_SHOT_CAMERA_AGENTS)})))(?![\w\-])", re.IGNORECASE)


def _vital_unsurvived(s: str, end: int) -> bool:
    """Did the shot ending at ``end`` strike the head or the trunk, with no word after it
    that tells the person alive?"""
    part = _vital_part().match(s, end)
    return part is not None and _alive().search(s, part.end()) is None


@cache
def _place_before() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.BARE_SHOT_PLACE_WORDS)})\s+[^,;:.!?]{{0,40}}$",
                      re.IGNORECASE)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    particle = re.compile(
        rf"\s+(?:(?:{alt(EN.BARE_SHOT_PARTICLES)})\b|at\b(?!\s+(?:a|an|the)\s))",
        re.IGNORECASE)
    death = re.compile(rf"\b(?:{alt(EN.BARE_SHOT_DEATH_WORDS)})\b", re.IGNORECASE)
    fatal_part = re.compile(rf"\b(?:{alt(EN.BARE_SHOT_FATAL_PARTS)})\b", re.IGNORECASE)
    dead = re.compile(rf"\b(?:{alt(EN.BARE_SHOT_DEAD_NOUNS)})\b", re.IGNORECASE)
    return particle, death, fatal_part, dead


def bare_shot_reading(s: str, rm: re.Match[str], gend: int, people: bool) -> str | None:
    """What a bare "shot" in ``rm`` (the right-hand outcome match, groups "aux" and
    "wounded", after the group ending at ``gend`` in sentence ``s``) tells when it is no
    wound: "killed" when a death word stands in its verb group ("were fatally shot"), ""
    for no figure; None when the wound stands. ``people`` is False when the group's noun
    names no person."""
    if (rm.group("wounded") or "").lower() != "shot":
        return None
    aux = (rm.group("aux") or "").strip().lower()
    if _patterns()[1].search(aux):
        return "killed"
    if not aux:
        # (an auxiliary passed before the match: "Four of them were shot")
        aux = s[max(0, rm.start() - 12):rm.start()].rstrip().rsplit(" ", 1)[-1].lower()
        if aux not in _PASSIVE_AUX and not rm.group("rel"):
            return ""
    if (rel := _COMMA_RELATIVE.match(s, gend)) and rel.end() <= rm.end():
        # "A second woman, who was shot in the chest, remained in critical condition": the
        # people's own predicate after the relative clause decides
        return ""
    return "" if _dropped(s, rm.start(), rm.end(), aux.rsplit(" ", 1)[-1], gend, people) else None


def bare_shot_ending_dropped(s: str, end: int, gend: int, people: bool) -> bool:
    """Is a reading that ends at ``end`` on the word "shot" (a relative clause's own verb:
    "Three patients who could not be moved were shot") no wound?"""
    if not s.endswith("shot", 0, end) or s[end - 5:end - 4].isalnum():
        return False
    aux = s[:end - 4].rstrip().rsplit(" ", 1)[-1].lower()
    return _dropped(s, end - 4, end, aux, gend, people)


def bare_shot_missed(s: str, end: int) -> bool:
    """Does a reading that ends at ``end`` on the word "shot" go on with a particle or a
    camera's words ("were shot at but not hit", "shot down", "shot for the magazine
    cover")? For the readers past a reduced relative or an aside, whose own words may tell
    a death of others ("Two men wanted for murder were shot")."""
    return s.endswith("shot", 0, end) and (
        _patterns()[0].match(s, end) is not None or _camera().match(s, end) is not None)


def _dropped(s: str, start: int, end: int, aux: str, gend: int, people: bool) -> bool:
    if not people or aux in _PRESENT_AUX:
        return True
    particle, _, _, dead = _patterns()
    if particle.match(s, end) or _vital_unsurvived(s, end) or _camera().match(s, end):
        return True
    if dead.search(s, max(0, gend - 40), start) or _place_before().search(
            s, max(0, gend - 60), gend):
        return True
    return _death_told(s, 0)


def _death_told(s: str, pos: int) -> bool:
    """A death told in ``s`` from ``pos`` on, other than a part of the shot told dead."""
    _, death, fatal_part, _ = _patterns()
    told = [m.start() for m in death.finditer(s, pos)]
    if not told:
        return False
    parts = [m.span() for m in fatal_part.finditer(s, pos)]
    return any(not any(a <= at < b for a, b in parts) for at in told)


@cache
def _active_verb() -> re.Pattern[str]:
    # the verb right before the object's count or article, as the left patterns read it
    return re.compile(rf"(?P<wounded>\b(?:{alt(EN.SHOT_ACTIVE_VERBS)}))\s+$", re.IGNORECASE)


def shot_object(s: str, left: str, gend: int) -> tuple[re.Match[str], int] | None:
    """The verb's match in ``left`` (the context before the count, outcome group
    "wounded") and the end of the object at ``gend`` when a bare active "shot" has the
    counted people as its object and no death is told after them; None otherwise."""
    if not left.endswith(" ") or "sho" not in left[-8:].lower():
        return None
    verb = _active_verb().search(left)
    if verb is None:
        return None
    return None if _death_told(s, gend) or _vital_unsurvived(s, gend) or _camera().match(
        s, gend) else (verb, gend)
