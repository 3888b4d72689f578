"""Captives told in four more ways (round 46): led off into a place, taken with no agent,
taken prisoner with companions, and a toll given as "the number taken".

* Captors leading people into a place: "the gunmen marched six men into the forest",
  "Militants herded 30 passengers into the hills", "bundled two engineers into a car",
  "The attackers led four men away". The captors must be named before the verb: "Police
  led 12 protesters into a van", "The guards led 40 prisoners into the courtyard", "The
  soldiers marched 20 km into the hills", cattle, and people led to safety stay nothing.
* A passive "taken" with no agent, then when it happened: "a nurse and her son were taken
  as the militants left", "Three fishermen were taken during the raid". A captor must be
  named in the sentence ("Three men were taken when police raided the house" is an arrest
  told loosely, and stays nothing); care and custody ("taken to hospital", "taken into
  custody", "taken ill") never come between.
* Companions of one "taken prisoner": "had been taken prisoner with four other men",
  "was taken captive along with 12 other soldiers". "taken prisoner" says the capture
  itself, so no story of hostages is asked for, as it is for a bare "taken with".
* A toll of an outcome's participle with no "of": "the number taken was closer to 40",
  "the number kidnapped was closer to 20", "the number abducted was at least 40". "the number
  killed" and "the number wounded" were toll nouns already; "the number taken by the new
  course" and "the number taken in by relatives" are no captives.

The functions take the sentence and offsets inside it and return a span or None; the
caller (``casualties._sentence`` and ``_right_outcome``) decides what the figure is.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import en as EN
from .lang.build import alt

_CAPTORS = (rf"\b(?:{alt(EN.CAPTIVITY_HOLDERS)}"
            rf"|(?:armed|masked)\s+(?:{alt(EN.ARMED_BAND_NOUNS)}))\b")


@cache
def _led_into_before() -> re.Pattern[str]:
    # "the" or "all (the)" may come between (after round 47): "The kidnappers marched the
    # 12 girls into the forest", as "drove the 600 residents from the village" is read
    return re.compile(rf"\b(?:{alt(EN.LED_INTO_VERBS)})\s+(?:(?:all\s+)?the\s+|all\s+)?$",
                      re.IGNORECASE)


@cache
def _led_into_after() -> re.Pattern[str]:
    # where they were led: into, towards or through a place, "to" and a determiner, away,
    # off ("to hospital", "to safety", "into an ambush" are care, rescue and battle; "to"
    # alone may open a verb: "forced 12 workers to leave")
    det = r"(?:a|an|the|their|his|her|nearby)\s+"
    not_places = rf"(?:{alt((*EN.NOT_CAPTIVITY_PLACES, *EN.LED_NOT_TO))})\b"
    return re.compile(
        rf"\s+(?:(?:into|onto|towards?|through)\s+(?!(?:{det})?{not_places})"
        rf"|to\s+{det}(?!{not_places}))[\w'’\-]+"
        r"|\s+(?:away|off)\b", re.IGNORECASE)


@cache
def _captor_near() -> re.Pattern[str]:
    return re.compile(_CAPTORS, re.IGNORECASE)


# (round en199) a second member coordinated with the people before the place: "took the two
# drivers and a young assistant into a plantation" (its count, then up to three words)
_MEMBER_WORD = r"(?!(?:into|onto|to|towards?|through|away|off)\b)[a-z][\w'’\-]*"
_AND_MEMBER = re.compile(
    r"\s+and\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+"
    rf"(?:{_MEMBER_WORD}\s+){{0,2}}{_MEMBER_WORD}(?=\s)")


def _place_after(s: str, gend: int) -> bool:
    """Is the place the people were led to right after them, or after a second member
    coordinated with them?"""
    if _led_into_after().match(s, gend):
        return True
    member = _AND_MEMBER.match(s, gend) if s.startswith(" and ", gend) else None
    return member is not None and _led_into_after().match(s, member.end()) is not None


def led_into(s: str, cstart: int, gend: int, toks: list[str]) -> int | None:
    """Where the span of people captors led into a place starts (the verb), or None: a
    verb of leading right before the count, a place after the group, captors named in the
    80 characters before the verb."""
    away = bool(toks) and toks[-1].lower() in ("away", "off")
    if away:
        toks = toks[:-1]  # "led four men away": the particle closed the group
    if toks and toks[-1].lower() in EN.OWN_SIDE_NOUNS:
        return None  # "marched 300 recruits into the barracks"
    verb = _led_into_before().search(s, max(0, cstart - 28), cstart)
    if verb is None or not (away or _place_after(s, gend)):
        return None
    if _captor_near().search(s, max(0, verb.start() - 80), verb.start()) is None:
        return None
    return verb.start()


@cache
def _confining_before() -> re.Pattern[str]:
    # the verb, perhaps "up", then the people, or a group named first and the count in
    # apposition after its comma: "ordered the night shift, some 25 people, into"
    verbs = alt((*EN.CONFINING_VERBS, *EN.LOCKING_VERBS, *EN.LED_INTO_VERBS))
    return re.compile(
        rf"\b(?P<v>{verbs})(?:\s+up)?\s+(?:(?:the|their|its|his|her)\s+"
        r"(?:[\w\-]+\s+){0,2}?[\w\-]+,\s+|(?:all\s+)?the\s+|all\s+)?$",
        re.IGNORECASE)


@cache
def _confined_in() -> re.Pattern[str]:
    # the room, its article and up to two words before its noun ("into a storage room",
    # "into the school library")
    return re.compile(
        r",?\s+(?P<p>into|in|inside)\s+(?:(?:a|an|the|their|its|one|another)\s+)?"
        rf"(?:[\w\-]+\s+){{0,2}}?(?:{alt(EN.CONFINEMENT_ROOMS)})\b"
        # (what the room is for may follow its own phrase: "into the library at the back
        # to shelter")
        rf"(?![^.;!?]{{0,40}}?\b(?:{alt(EN.CONFINEMENT_SHELTER)})\b)", re.IGNORECASE)


@cache
def _men_before() -> re.Pattern[str]:
    return re.compile(r"(?:\bthe\s+men|\bthey)\s+$", re.IGNORECASE)


def confined_into(s: str, cstart: int, gend: int, toks: list[str],
                  captors_before: bool) -> int | None:
    """Where the span of people captors forced, ordered or locked into a room starts (the
    verb), or None: an armed subject (captors named in the 80 characters before the verb,
    or "the men" or "they" right before it when ``captors_before`` says captors were named
    just before the sentence) and a room after the people, no shelter."""
    if toks and toks[-1].lower() in EN.OWN_SIDE_NOUNS:
        return None
    verb = _confining_before().search(s, max(0, cstart - 60), cstart)
    if verb is None:
        return None
    room = _confined_in().match(s, gend)
    if room is None or (room.group("p").lower() != "into"
                        and verb.group("v").lower() not in EN.LOCKING_VERBS):
        return None
    at = verb.start()
    if _captor_near().search(s, max(0, at - 80), at) is None and not (
            captors_before and _men_before().search(s, max(0, at - 12), at)):
        return None
    return at


@cache
def _taken_unsaid() -> re.Pattern[str]:
    return re.compile(
        r"\s+(?:were|was|(?:had|have|has)\s+been)\s+(?:(?:also|then|later)\s+)?taken"
        r"(?:\s+away)?"
        # where from, at most a short phrase: "from the village", "from their homes"
        r"(?:\s+from\s+(?:[^\s,.;:!?\"“”]+\s+){0,3}?[^\s,.;:!?\"“”]+)?"
        # ... and when, by its date (round en122): "were taken in March 2025 when armed
        # youths raided her village"
        rf"(?:\s+(?:in\s+(?:{alt(EN.MONTHS)})(?:\s+\d{{4}})?|on\s+(?:{alt(EN.WEEKDAYS)})"
        rf"|last\s+(?:week|month|year)))?"
        # ... then when: a clause of time, or the raid or the night
        r"(?=\s+(?:when|as|while|during|after|before|overnight|at\s+night|in\s+the\s+(?:raid"
        r"|attack|night|assault)|on\s+(?:the\s+)?way)\b)", re.IGNORECASE)


@cache
def _kind_of_group() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alt(EN.UNARMED_GROUP_KINDS)})\s+$", re.IGNORECASE)


def _captor_named(s: str) -> bool:
    """Is a captor named in ``s``? "group" and "gang" count unless a word before them says
    the group is no armed one ("the aid group", "a rights group")."""
    for m in _captor_near().finditer(s):
        if m.group().lower() not in ("group", "gang", "gangs") or not (
                _kind_of_group().search(s, max(0, m.start() - 24), m.start())):
            return True
    return False


def captor_named(s: str) -> bool:
    """Is a captor named in the sentence ``s`` (casualty_taken_removed asks too)?"""
    return _captor_named(s)


def taken_unsaid(s: str, pos: int) -> int | None:
    """The end of "were taken" with no agent when a clause of time follows and a captor
    is named in the sentence ("... were taken as the militants left"), else None."""
    m = _taken_unsaid().match(s, pos)
    if m is None or not _captor_named(s):
        return None
    return m.end()


@cache
def _prisoner_with() -> re.Pattern[str]:
    return re.compile(
        r"\b(?:was|were|been|being)\s+(?:(?:also|then|later)\s+)?taken\s+"
        r"(?:prisoner|prisoners|captive|captives|hostage|hostages)"
        # a time or a place between: "in 1992", "at the checkpoint"; one or two phrases,
        # each perhaps with an "of" (after round 53): "on the evening of 5 May", "at a
        # checkpoint near Tor" (an encounter is the other side: "in a clash with")
        r"(?:\s+(?:in|on|at|near|outside|inside)\s+"
        rf"(?!(?:a|an|the)\s+(?:{alt(EN.COMPANION_NOT_PLACES)})\b)"
        r"(?:[^\s,.;:!?\"“”]+\s+){0,3}?[^\s,.;:!?\"“”]+"
        r"(?:\s+of\s+(?:[^\s,.;:!?\"“”]+\s+){0,2}?[^\s,.;:!?\"“”]+)?){0,2}"
        r"\s+(?:(?:along|together)\s+)?(?:with|alongside)\s+(?:(?:his|her|their|its)\s+)?$",
        re.IGNORECASE)


def taken_prisoner_with(s: str, cstart: int) -> bool:
    """Is the count at ``cstart`` the companions of one taken prisoner, captive or
    hostage ("had been taken prisoner with four other men")?"""
    return _prisoner_with().search(s, max(0, cstart - 90), cstart) is not None


@cache
def _number_participle() -> re.Pattern[str]:
    parts = {k: alt(w for w in v if " " not in w) for k, v in EN.NUMBER_PARTICIPLES.items()}
    parts["held"] = alt(EN.NUMBER_HELD)
    return re.compile(
        r"\bthe\s+number\s+(?:of\s+those\s+)?(?:"
        + "|".join(f"(?P<{k}>{v})" for k, v in parts.items())
        + rf")\b(?!\s+(?:{alt(EN.NUMBER_TAKEN_NOT)})\b)"
        r"(?P<gap>[^.;:\d]{0,60}?)\s*$", re.IGNORECASE)


_CLAUSE_BETWEEN = re.compile(r"\b(?:and|but|because|while|although|whereas|if|unless)\b|,",
                             re.IGNORECASE)


def number_participle(s: str, cstart: int, held: str = "arrested") -> tuple[str, int] | None:
    """(outcome, start) for a count that is "the number taken / kidnapped / abducted" of a
    toll ("the number taken was closer to 40"), else None. "the number held" counts people
    in custody, of the outcome ``held`` (round en118: "the number held was nearly 450",
    arrested after a police round-up; captured in a story of hostages)."""
    left = s[max(0, cstart - 90):cstart]
    if "number" not in left.lower():
        return None
    m = _number_participle().search(left)
    if m is None or _CLAUSE_BETWEEN.search(m.group("gap")):
        return None
    outcome = next(k for k, v in m.groupdict().items() if v and k != "gap")
    return (held if outcome == "held" else outcome), cstart - len(left) + m.start()
