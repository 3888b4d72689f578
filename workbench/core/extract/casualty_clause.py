"""The clause around an English casualty figure, read by its shape rather than by lists.

A reporter rewords a sentence the engine reads without changing what it says: an adverb
goes into the verb group ("have since been displaced", "were then abducted"), a place
comes between the victims and their verb ("Five villagers in Tor were killed", "people
aboard the bus") or after a place of care ("taken to hospital in the town of Tor with
gunshot wounds"). These pieces are the classes such words belong to, as regular-expression
text the casualty rules build into their patterns, and two checks on the clause that
remove a toll: a count whose predicate is denied ("None of the 40 passengers were hurt")
and a place that holds people ("The camp, which holds 20,000 people"). The grid of
rewordings in ``tests/casualty_grid.py`` measures them.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

# One adverb inside a verb group: a word of the "-ly" shape (not a noun or name that
# ends so), an adverb of time or degree without it, or a reporter's hedge ("are thought
# to have been killed"). Lower-case letters only, so the
# text can serve a case-blind pattern and its lowered twin alike.
VERB_ADVERB = (rf"(?:{alt(EN.VERB_GROUP_ADVERBS + EN.VERB_GROUP_HEDGES)}"
               rf"|(?!(?:{alt(EN.NOT_LY_ADVERBS)})\b)[a-z]{{2,}}ly)")

PASSIVE_GET = alt(EN.GET_PASSIVES)

# A first passive of no outcome joined by "and" to a second participle: "were beaten and
# killed", "were rounded up and detained". The second participle is read without an
# auxiliary of its own ("were trapped and are feared dead" is another clause).
FIRST_OF_TWO_PASSIVES = re.compile(
    r"\s+(?:were|was|(?:had|have|has)\s+been)\s+"
    rf"(?:{VERB_ADVERB}\s+){{0,2}}[a-z]{{3,}}(?:ed|en)(?:\s+(?:up|away|off|out))?\s+and"
    r"(?=\s)", re.IGNORECASE)

# A place name of one to three capitalised words, perhaps with a settlement noun after
# it ("Tor", "Port Harcourt", "Tor town"). Case-sensitive on its capitals inside a
# case-insensitive pattern.
_NAME = r"(?-i:[A-Z])[\w'’\-]+(?:[\s-]+(?-i:[A-Z])[\w'’\-]+){0,2}"
PLACE = (
    rf"(?:(?:{alt(EN.PLACE_OPENERS)})\s+)?"
    rf"(?:{_NAME}(?:\s+(?:{alt(EN.SETTLEMENT_NOUNS)})\b)?"
    # and what the place is, set off by commas: "in Tor, the regional capital,"
    rf"(?:\s*,\s*the\s+(?:[a-z][\w\-]*\s+){{0,2}}?(?:{alt(EN.SETTLEMENT_NOUNS)})\b(?=\s*,))?"
    # a noun phrase with its determiner: "the capital", "the town of Tor", "a camp near
    # Tor" is left out (no second preposition); a name may stand among its modifiers and a
    # speaker's own place has "our" or "my" (round 58): "at the Kessa site", "at our depot"
    rf"|(?:the|a|an|their|his|her|its|our|my)\s+(?:[A-Za-z][\w\-]*\s+){{0,2}}?[a-z][\w\-]*"
    rf"(?:\s+of\s+{_NAME})?)"
)
# A place phrase after a preposition: "in Tor", "aboard the bus", "in nearby Tor".
# ... or a post the people held when it happened (round 50): "Two guards on duty were
# killed", "two officers of the Service on guard duty", "three soldiers on patrol near Tor".
PLACE_PHRASE = (rf"(?:(?:{alt(EN.GROUP_PLACE_PREPOSITIONS)})\s+{PLACE}"
                rf"|on\s+(?:{alt(EN.DUTY_POSTS)})\b"
                rf"(?:\s+(?:{alt(EN.GROUP_PLACE_PREPOSITIONS)})\s+{PLACE})?)")

# An insert between commas with no clause of its own and no count (a count there is a
# sub-group, read apart): an apposition or a source's aside. Five words at most.
INSERT = (
    rf"\s*,\s*(?!(?:{alt(EN.INSERT_NOT_OPENERS)})\b)"
    rf"(?:(?!(?:{alt(EN.FINITE_AUXILIARIES_BE_HAVE)})\b)[^\W\d][\w'’\-]*\s+){{0,4}}"
    rf"(?!(?:{alt(EN.FINITE_AUXILIARIES_BE_HAVE)})\b)[^\W\d][\w'’\-]*\s*,"
)

# A source's aside between the victims and their verb: ", a local official said,". Its
# article is no count of a sub-group ("Six people, a nurse among them, were hurt" is).
SOURCE_ASIDE = re.compile(
    rf"\s*,\s*(?:[^\W\d][\w'’\-]*\s+){{1,4}}(?:{alt((*EN.PAST_SPEECH_VERBS, 'says'))})\s*,"
    r"(?=\s+(?:were|was|had|have|has|are|is)\s)", re.IGNORECASE)

# A reduced relative with a hedge between the victims and their verb: "thought to be
# militants", "known to the family" (no count and no clause inside).
HEDGED_RELATIVE = (rf"\s+(?:{alt(EN.HEDGE_PARTICIPLES)})\s+to\s+"
                   r"(?!(?:have|be)\s+been\b)[^,;:.!?\"“”()\d]{2,40}?")

# A passive of holding whose complement says captivity: "were held for ransom", "had
# been held by kidnappers" (a bare "were held" may be a detention or a meeting's date).
HELD_CAPTIVE = re.compile(
    r"\s+(?:are|were|is|was|(?:had|have|has)\s+been)\s+(?:being\s+)?"
    rf"(?:{VERB_ADVERB}\s+){{0,2}}held(?:\s+hostage)?"
    # where, before the captors: "are being held in Tor by the rebels"
    rf"(?:\s+{PLACE_PHRASE}(?=\s+by\s))?"
    r"(?:\s+for\s+ransom\b"
    rf"|\s+by\s+(?:the\s+|their\s+|an?\s+)?(?:[\w'’\-]+\s+)?(?:{alt(EN.CAPTIVITY_HOLDERS)})\b)",
    re.IGNORECASE)

_NONE_OF_BEFORE = re.compile(
    rf"\b(?:{alt(EN.NONE_OF + EN.NONE_OF_GROUP_DENIALS)})\s+"
    rf"(?:(?:{alt(EN.NONE_OF_DETERMINERS)})\s+)?$", re.IGNORECASE)
_PLACE_BEFORE_HOLD = re.compile(
    # the place is the verb's subject, itself or through "which" ("the city centre,
    # holding 30 civilians" is the gunmen's participle after a comma)
    rf"\b(?:{alt(EN.HOLDING_PLACES)})"
    # (round en176) a capacity set off in commas: "The jail, built for 300, now holds"
    rf"(?:\s*,\s*(?:{alt(EN.CAPACITY_ASIDES)})\s+[\w,.]{{1,12}}(?:\s+[\w\-]+){{0,2}}\s*,)?"
    # (round en176) where the place is, before its "which": "the prison in Loja, which"
    r"(?:(?:\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}?[\w'’\-]+)?"
    r"\s*,\s*(?:which|that)|\s+(?:which|that))?"
    r"\s+(?:(?:now|still|currently|already|once|can|could|will|would|is|are|was|were|had"
    r"|has|have|only)\s+){0,3}$",
    re.IGNORECASE)


# A grave or a pit right before the verb of holding, itself or through "which"/"that": "grave
# holding at least 12 people", "a mass grave that held 30 men".
_GRAVE_BEFORE_HOLD = re.compile(
    rf"\b(?:{alt(EN.GRAVE_NOUNS)})(?:\s*,?\s+(?:which|that))?\s+(?:(?:still|now|had|has)\s+)?$",
    re.IGNORECASE)


def grave_holds(s: str, verb_at: int) -> bool:
    """Whether the verb of holding at ``verb_at`` has a grave or a pit as its subject: the
    people it holds are dead."""
    lo = max(0, verb_at - 40)
    before = s[lo:verb_at].lower()
    return ("grave" in before or "pit" in before) and (
        _GRAVE_BEFORE_HOLD.search(s, lo, verb_at) is not None)


_NOT_ONE_BEFORE = re.compile(rf"\b(?:{alt(EN.NOT_ONE_OPENERS)})\s+$", re.IGNORECASE)
_ONE_AT = re.compile(r"(?:one|a\s+single)\s", re.IGNORECASE)


def denied_count(s: str, cstart: int) -> bool:
    """Whether the count at ``cstart`` is "none of (the)" a group: its predicate is denied."""
    lo = max(0, cstart - 32)  # (round en220) "not a single member of our " is 27 long
    before = s[lo:cstart].lower()
    if "not " in before and _ONE_AT.match(s, cstart) and (
            _NOT_ONE_BEFORE.search(s, lo, cstart) is not None):
        return True  # "Not a single guard was hurt", "not a single one of the guards"
    return ("of " in before or "among " in before) and (
        _NONE_OF_BEFORE.search(s, lo, cstart) is not None)


def held_by_place(s: str, verb_at: int) -> bool:
    """Whether the verb of holding at ``verb_at`` has a place as its subject: a camp or a
    stadium holds people as a capacity, not as captives."""
    if _PLACE_BEFORE_HOLD.search(s, max(0, verb_at - 80), verb_at) is not None:
        return True
    # (round en225) the place opening the sentence, its verb the second of two joined by
    # "and": "The base, on a hill above the road, was built in 2022 and holds about 200
    # soldiers" ("The base was overrun and the rebels hold 20 soldiers" has a subject of
    # its own before the verb)
    return s.endswith(" and ", max(0, verb_at - 30), _before_adverbs(s, verb_at)) and (
        _PLACE_OPENS.match(s) is not None)


_PLACE_OPENS = re.compile(
    rf"\s*(?:the|this|that|its|their|an?)\s+(?:[\w'’\-]+\s+){{0,2}}?(?:{alt(EN.HOLDING_PLACES)})\b",
    re.IGNORECASE)
_HOLD_ADVERBS = re.compile(r"(?:(?:now|still|currently|usually|normally|typically)\s+)+$",
                           re.IGNORECASE)


def _before_adverbs(s: str, at: int) -> int:
    """Where the adverbs right before ``at`` start ("and now holds"), else ``at``."""
    m = _HOLD_ADVERBS.search(s, max(0, at - 30), at)
    return m.start() if m else at


# A sub-group opened by "among them" or "including" whose own noun is an outcome word,
# closed by a comma, a dash or the sentence's end: "evacuated 41 people, among them 12
# wounded, from ..." (round 68). The outcome is the part's: the whole, counted by another
# verb ("evacuated", "moved", "brought out"), takes none from it; "30 people, including 9
# children, were wounded" keeps its verb for the whole (the sub-group's noun is no outcome).
_SUBGROUP_OPENER = re.compile(rf"\s*[,\-–—]?\s*(?:{alt(EN.SUBGROUP_OPENERS)})\s*$")
_OWN_OUTCOME_HEAD = re.compile(
    rf"\s+(?:{alt(EN.SUBGROUP_OUTCOME_HEADS)})\s*(?:[,;.\-–—]|$)")


# (round en84) the bare count of the part with a relative clause of its own that tells its
# outcome: "interviewed 41 people, including 9 who were wounded, relatives of victims and
# ..." (en-37, en-38); the 41 were interviewed, only the 9 were wounded.
_OWN_OUTCOME_RELATIVE = re.compile(
    rf"\s+(?:who|that)\s+(?:{alt(EN.SUBGROUP_RELATIVE_BE)})\s+"
    rf"(?:(?:{alt(EN.SUBGROUP_RELATIVE_HOW)})\s+)?(?:{alt(EN.SUBGROUP_OUTCOME_HEADS)})\b",
    re.IGNORECASE)


def part_outcome_only(t: str, opener: str, count_end: int) -> bool:
    """Whether the sub-group counted up to ``count_end`` in ``t`` (its opener ``opener``,
    the text the skipping pattern matched) is named by its own outcome word, or told its
    outcome in a relative clause of its own, so that the outcome stays with the part."""
    return bool(_SUBGROUP_OPENER.match(opener.lower())) and bool(
        _OWN_OUTCOME_HEAD.match(t, count_end) or _OWN_OUTCOME_RELATIVE.match(t, count_end))
