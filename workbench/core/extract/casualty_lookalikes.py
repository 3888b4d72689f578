"""Counts that look like casualty figures and are not (after the forty-seventh round).

* A pair of years after "between": "the war killed an estimated 250,000 people between
  1989 and 2003" gives the toll, never a range of 1,989 to 2,003 dead. A pair of counts
  with people after them stays a range ("between 1500 and 2000 people").
* A thing held in the hand after "holding": "a boy holding a rifle taller than he is" is
  no captive; "holding a journalist" still is.
* One member of a toll (round 56): "He was one of the 14 people killed" gives the toll of
  14, not a figure of one; "One of the 12 wounded men died" (an outcome of its own) stays.
* A source's term glossed as several outcomes (round 66): a report that says "neutralised"
  is "a term the army uses for those killed, captured or surrendered" gives no figure for
  the word ('17 militants were "neutralised"': one number for three outcomes); with no
  such gloss the word is read as killed.
* Some of the killings (round en101): "examined police reports of 18 of the killings"
  (en-44), "a woman who saw one of the killings" (en-52) pick acts the text has counted,
  by their definite noun; the part is no toll of its own, as "the killings" alone is none.
  A part of the people ("two of the dead", "four of the hostages") stays a sub-group.
* Inmates held (round en102): "the prison in Loja, which holds about 1,400 inmates" (en-45)
  is the jail's population; inmates, convicts and internees are held by their jail, and
  whoever else holds them takes them "hostage", a verb of its own. Warders held by rioters
  stay captives.
* Events held (round en201): "the chapel had held an evening prayer for about 60 people",
  "held a press conference" hold no one; the held's head is a gathering.
"""

from __future__ import annotations

import re

from .lang import en as EN
from .lang.build import alt

_HELD_THINGS = frozenset(EN.HELD_THINGS)
_GATHERINGS = frozenset(EN.CUSTODY_GATHERINGS)
# The gloss: a term noun, then, within the sentence, a death word and another outcome
# joined in a list ("a term ... for those killed, captured or surrendered").
_TERM_GLOSS = re.compile(
    rf"\b(?:{alt(EN.TERM_NOUNS)})\b[^.;:!?]{{0,60}}?\b(?:killed|dead)\b[^.;:!?]{{0,30}}?"
    rf"\b(?:{alt(EN.TERM_OTHER_OUTCOMES)})\b")
# Years a conflict's span is told in: four digits, no thousands comma.
_FIRST_YEAR, _LAST_YEAR = 1800, 2100


def year_pair(first: str, second: str) -> bool:
    """Whether "between ``first`` and ``second``" names two years, the second later."""
    if not (len(first) == len(second) == 4 and first.isdecimal() and second.isdecimal()):
        return False
    a, b = int(first), int(second)
    return _FIRST_YEAR <= a < b <= _LAST_YEAR


def held_thing(toks: list[str]) -> bool:
    """Whether the words after "holding a" / "holding" start or end with a thing in the
    hand ("a plastic folder": round en146)."""
    return bool(toks) and (toks[0].lower() in _HELD_THINGS or toks[-1].lower() in _HELD_THINGS)


def drop_toll_members(text: str, out: list[dict[str, object]]) -> None:
    """Remove from ``out`` each "one of the" figure that the toll it belongs to follows
    right after with the same outcome ("one of the 14 people killed"): the one is a member
    named, the count word is the toll's."""
    spans = {(int(f["start"]), str(f["outcome"])): f for f in out}
    members = [f for f in out if f["count_low"] == 1 and f["group"] is None and (
        str(f["text"]).lower() == "one of the") and (
        (toll := spans.get((int(f["end"]) + 1, str(f["outcome"])))) is not None) and (
        int(toll["count_low"]) > 1) and text[int(f["end"]):int(f["end"]) + 1] == " "]
    for f in members:
        out.remove(f)


def drop_glossed_terms(low: str, out: list[dict[str, object]]) -> None:
    """Remove from ``out`` each figure told by a verb of ``EN.NEUTRALISING_VERBS`` when
    the lower-cased text ``low`` glosses such a term as several outcomes."""
    if not any(map(low.__contains__, EN.NEUTRALISING_VERBS)) or not _TERM_GLOSS.search(low):
        return
    out[:] = [f for f in out if not any(
        stem in str(f["text"]).lower() for stem in EN.NEUTRALISING_VERBS)]


def part_of_acts(toks: list[str]) -> bool:
    """Whether the group read after a count is "of the" and a noun of the act of killing
    ("18 of the killings"): some of the acts already counted, no people."""
    return len(toks) == 3 and [w.lower() for w in toks[:2]] == ["of", "the"] and (
        toks[2].lower() in EN.KILLING_ACT_NOUNS)


def held_gathering(toks: list[str]) -> bool:
    """(round en201) Whether the group after a verb of holding is an event held ("held an
    evening prayer for about 60 people", "held a press conference"): no one is held."""
    return bool(toks) and toks[-1].lower() in _GATHERINGS


def held_inmates(toks: list[str]) -> bool:
    """Whether the group after a verb of holding is a jail's inmates ("holds about 1,400
    inmates"): its population, no captives."""
    return bool(toks) and toks[-1].lower().removesuffix("s") in EN.CUSTODY_INMATE_WORDS
