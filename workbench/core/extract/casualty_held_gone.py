"""People told by being held, or by what became of them after they were counted (round en134).

News often counts the held by their state, with no verb of arrest or capture beside the
count: a part of those arrested ("Of those arrested, 12 are juveniles", "Among the detained
were 19 minors"), people who "remained in detention" or are "held without charge", escaped
people "recaptured", and captives of whom a part is "still missing". Who holds people told
by their state is the story's: the state's own terms (custody, a charge, a trial) make
them arrested; detention and a plain "held" take the last capture or arrest told before
them, as the release reader chooses for people freed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from .casualty_released import _COUNT, FigureSpans, _last_cue
from .lang import en as EN
from .lang.build import alt
from .numbers import COUNT_RE, parse_count

_WORDS = r"(?:\s+[\w\-]+){0,2}?"


@cache
def _held_part() -> re.Pattern[str]:
    """"Of those arrested, 12", "Among the detained were 19 minors"."""
    return re.compile(
        rf"\b(?:of|among)\s+(?:those|the)\s+(?P<p>{alt(EN.HELD_PART_PARTICIPLES)})"
        rf"(?:\s*,\s*|\s+(?:{alt(EN.HELD_PART_LINKS)})\s+)(?P<count>{_COUNT})"
        rf"(?P<noun>{_WORDS})(?=\s*(?:$|[,;:.]|\s(?:and|who|were|are|was|is|had|have|aged"
        r"|remain|remains|remained|still)\b))",
        re.IGNORECASE)


@cache
def _held_state() -> re.Pattern[str]:
    """"Thousands of people remained in detention", "214 people held without charge"."""
    return re.compile(
        rf"(?<![\w,\-])(?P<count>{_COUNT})(?P<noun>(?:\s+of)?{_WORDS})"
        # ... with their ages between: "two men aged 19 and 22 are still in custody"
        r"(?:,?\s+aged\s+(?:between\s+)?\d+(?:\s+(?:and|to)\s+\d+)?,?)?\s+"
        rf"(?:(?P<state>{alt(EN.HELD_STATE_VERBS)})\s+(?P<place>{alt(EN.HELD_STATE_PLACES)})"
        rf"|(?:(?:are|were|have\s+been|had\s+been|being|still)\s+)?held\s+"
        rf"(?:(?P<terms>{alt(EN.HELD_TERMS)})|(?P<held_place>{alt(EN.HELD_STATE_PLACES)})))\b",
        re.IGNORECASE)


@cache
def _state_anchor() -> re.Pattern[str]:
    """The last words of a state, looked for in the lower-cased text: a case-blind pattern
    with word bounds cost as much as the state's own pattern."""
    ends = {p.split()[-1] for p in EN.HELD_STATE_PLACES} | set(EN.HELD_TERMS)
    return re.compile("|".join(sorted(map(re.escape, ends), key=len, reverse=True)))


# How far before the words of a state its counted people may begin.
_STATE_REACH = 160


def _held_states(text: str, low: str) -> list[re.Match[str]]:
    """The matches of ``_held_state`` in ``text``, each looked for only before the words of
    detention or custody that end it (a count-first pattern tried at every position of a
    report cost two per cent of the whole engine's time)."""
    found: list[re.Match[str]] = []
    if len(low) != len(text):
        # (a lower-cased text of another length has no offsets of the text's)
        return list(_held_state().finditer(text))
    for a in _state_anchor().finditer(low):
        lo = max(0, a.start() - _STATE_REACH)
        lo = max((e.end() for e in _SENTENCE_END.finditer(text, lo, a.start())), default=lo)
        for m in _held_state().finditer(text, lo, a.end()):
            if m.end() == a.end() and (not found or m.start() >= found[-1].end()):
                found.append(m)
    return found


@cache
def _recaptured() -> re.Pattern[str]:
    """"Nineteen have been recaptured", "17 of the escapees had been recaptured", "19
    recaptured", or the active "police recaptured 17 escapees"; (round en176) after a
    speaker's "said", and by the plainer "have been caught" or "are back in custody"
    (group ``plain``, which ``_plain_whom`` checks)."""
    verb = alt(EN.RECAPTURE_VERBS)
    return re.compile(
        rf"(?:(?:^|(?<=[.;:,•(\n])|(?<=\bthat)|(?<=\band)|(?<=\bbut)|(?<=\bsaid)|(?<=\bsays))\s*"
        rf"(?P<count>{_COUNT})(?P<noun>\s+of\s+(?:them|(?:the|those){_WORDS})|{_WORDS})\s+"
        r"(?:(?:have|has|had)\s+(?:since\s+|now\s+|also\s+|already\s+)?been\s+|were\s+|was\s+)?"
        rf"(?:later\s+|since\s+|quickly\s+|also\s+)?(?:{verb}"
        rf"|(?P<plain>(?:{alt(EN.RECAPTURE_PLAIN_VERBS)})"
        rf"(?!\s+(?:{alt(EN.RECAPTURE_CAUGHT_NOT)})\b)"
        rf"|(?:are|were|is|was)\s+(?:now\s+|already\s+)?(?:{alt(EN.BACK_IN_CUSTODY)})))"
        rf"|\b(?:{verb})\s+(?P<a_count>{COUNT_RE.rx.pattern.replace('(?P<', '(?P<a_')})"
        r"(?P<a_noun>(?:\s+[\w\-]+){1,2}))\b",
        re.IGNORECASE | re.MULTILINE)


@cache
def _captor_after() -> re.Pattern[str]:
    """A captor named in the rest of a state's clause: "in rebel prisons", "held by the
    Taliban", "in rebel-held areas"."""
    return re.compile(rf"[^.;:!?\n]{{0,60}}?\b(?:{alt(EN.CAPTOR_NOUNS)})\b", re.IGNORECASE)


@cache
def _still_missing() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alt(EN.STILL_MISSING)})\b", re.IGNORECASE)


def held_and_gone(text: str, out: list[dict[str, object]], low: str,
                  people: Callable[[list[str]], bool]) -> None:
    """Append to ``out`` each count of people told by being held or recaptured that no
    figure holds yet, and turn a part of captives still missing to missing; ``people``:
    whether a group's words name people; ``low``: ``text`` lower-cased."""
    found = _Found(out)
    if any(f"{whole} {p}" in low for whole in ("those", "the")
           for p in EN.HELD_PART_PARTICIPLES):
        for m in _held_part().finditer(text):
            outcome = ("arrested" if m.group("p").lower() != "held"
                       else _holder(text, m.start(), found))
            _add(text, m, outcome, out, found, people)
    if "detention" in low or "custody" in low or "held " in low or "detained" in low:
        for m in _held_states(text, low):
            rest = _rest_of_toll(text, m.start(), found)
            if m.group("terms") or "custody" in m.group(0).lower():
                outcome: str | None = "arrested"
            elif _captor_after().match(text, m.end()):
                outcome = "captured"  # "remained in detention in rebel prisons"
            elif rest:
                # the rest of a toll its clause tells is the state's: "police freed four
                # hostages; two kidnappers were killed and a third remains in detention"
                outcome = "arrested"
            else:
                # detention is the state's, as the README's "detained", unless the story
                # holds its people as captives
                outcome = _holder(text, m.start(), found) or "arrested"
            _add(text, m, outcome, out, found, people, need_noun=not rest)
        _detention_by_captors(text, out)
    if (any(v in low for v in _RECAPTURE_WORDS) and any(s in low for s in EN.ESCAPE_STEMS)
            and any(h in low for h in EN.ESCAPE_HOLDS)):
        for m in _recaptured().finditer(text):
            active = m.group("a_count") is not None
            if m.group("plain") and not _plain_whom(m.group("noun")):
                continue
            _add(text, m, "arrested", out, found, people, "a_count" if active else "count",
                 "a_noun" if active else "noun", need_noun=active)
    out.extend(found.figures)
    if "missing" in low or "unaccounted" in low:
        _parts_missing(text, out)


# The cue words of the recapture reader, the plain ones (round en176) among them.
_RECAPTURE_WORDS = (*EN.RECAPTURE_VERBS, *EN.RECAPTURE_PLAIN_VERBS,
                    *(p.split()[-1] for p in EN.BACK_IN_CUSTODY))
_ESCAPED_WHOM = frozenset((*EN.ESCAPED_NOUNS, *EN.RECAPTURED_PEOPLE, "them", "those"))


def _plain_whom(noun: str) -> bool:
    """Whether people told back by a plain "caught" or "back in custody" are the escaped:
    a bare count ("Thirteen have been caught"), "of them", or a noun of the escaped ("15
    of the escapees"); "ten people were caught" may be caught in anything."""
    words = [w for w in noun.lower().split() if w not in ("of", "the")]
    return not words or words[-1] in _ESCAPED_WHOM


_LAST_GAP = re.compile(r"\s+\S+$")
_JOINED = re.compile(r"(?:\band|\bbut|\bwhile|;)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _rest_of_toll(text: str, at: int, found: _Found) -> bool:
    """Whether the count at ``at`` is joined to a figure its sentence tells before it."""
    lo = max(0, at - 160)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, lo, at)]
    lo = ends[-1] if ends else lo
    return _JOINED.search(text, lo, at) is not None and found.ends_between(lo, at)


def _holder(text: str, at: int, found: _Found) -> str | None:
    """Who holds people told by a plain "held" or by detention: the last figure of people
    captured or arrested before them, else the last word of a capture or an arrest."""
    if (held := found.last_held(at)) is not None:
        return str(held["outcome"])
    arrest = _last_cue(text, at)
    if arrest is None:
        return None
    return "arrested" if arrest else "captured"


class _Found:
    """The figures the readers add, and the older ones by span and by end, indexed at the
    first look: each count of a report of many held people looked through every figure."""

    def __init__(self, out: list[dict[str, object]]) -> None:
        self.figures: list[dict[str, object]] = []
        self._out = out
        self._new = FigureSpans(())
        self._built: tuple[FigureSpans, list[int]] | None = None

    def _old(self) -> tuple[FigureSpans, list[int]]:
        if self._built is None:
            self._built = (FigureSpans(self._out),
                           sorted(int(f["end"]) for f in self._out))  # type: ignore[call-overload]
        return self._built

    def overlaps(self, start: int, end: int) -> bool:
        return self._old()[0].overlaps(start, end) or self._new.overlaps(start, end)

    def append(self, f: dict[str, object]) -> None:
        self.figures.append(f)
        self._new.add(f)

    def last_held(self, at: int) -> dict[str, object] | None:
        """The older figure of people captured or arrested ending last by ``at``."""
        return self._old()[0].last_held(at)

    def ends_between(self, lo: int, at: int) -> bool:
        """Whether an older figure ends from ``lo`` to ``at``."""
        ends = self._old()[1]
        i = bisect_left(ends, lo)
        return i < len(ends) and ends[i] <= at


def _add(text: str, m: re.Match[str], outcome: str | None, out: list[dict[str, object]],
         found: _Found, people: Callable[[list[str]], bool],
         key: str = "count", noun_key: str = "noun", need_noun: bool = False) -> None:
    """Add the figure of ``m`` (its count in group ``key``, its people in ``noun_key``)
    unless it names no people or a figure already holds its words."""
    if outcome is None:
        return
    noun_words = m.group(noun_key) or ""
    noun = [w for w in noun_words.split() if w.lower() not in ("of", "the", "those")]
    end = m.end()
    if noun_key == "a_noun" and len(noun) > 1 and noun[-1].lower() in EN.GROUP_STOP:
        # "recaptured six inmates on Monday": the people end before "on"
        # (at the last gap of any space: a tab found no " " and cut the count's word)
        end = m.start(noun_key) + _LAST_GAP.search(noun_words.rstrip()).start()  # type: ignore[union-attr]
        noun = noun[:-1]
    if need_noun and not noun:
        return
    cm = COUNT_RE.rx.fullmatch(m.group(key))
    if cm is None:
        return
    # one more of a toll told by its ordinal: "two bandits were killed and a third remains
    # in detention" (only where the count may stand alone, as the rest of that toll)
    ordinal = (not need_noun and cm.group("art") is not None and len(noun) == 1
               and noun[0].lower() in EN.CAPTIVE_ORDINALS)
    if noun and noun != ["them"] and not (
            ordinal or people(noun) or noun[-1].lower() in EN.ESCAPED_NOUNS):
        return
    # an article counts one only before a noun of people: "a 17-year-old boy remains in
    # custody"
    if (cm.group("art") and not noun) or (parsed := parse_count(cm)) is None:
        return
    if ordinal:
        noun = []
    # a part keeps the words that name its whole; a state or a passive opens at its count
    start = m.start() if key != "count" or m.re is _held_part() else m.start(key)
    if found.overlaps(start, end):
        return
    count_low, high, qualifier = parsed
    group = " ".join(noun) or None
    found.append({"start": start, "end": end, "text": text[start:end], "outcome": outcome,
                  "count_low": count_low, "count_high": high, "qualifier": qualifier,
                  "group": group})


def _detention_by_captors(text: str, out: list[dict[str, object]]) -> None:
    """People an older reading took as arrested by "remain in detention", whose clause
    names their captors: "Some 80 soldiers remain in detention in rebel-held areas"."""
    for f in out:
        # (the state reader of round en127 reads "remain in detention" as "are detained")
        if (f["outcome"] == "arrested"
                and str(f["text"]).lower().endswith((" in detention", " are detained"))
                and _captor_after().match(text, int(f["end"]))):
            f["outcome"] = "captured"


def _parts_missing(text: str, out: list[dict[str, object]]) -> None:
    """"Nine of those taken are still missing": the part of captives told missing is
    missing, not captured."""
    for f in out:
        words = str(f["text"]).lower().split()
        if (f["outcome"] != "captured" or "of" not in words
                or words[-1] not in EN.TAKEN_PART_PARTICIPLES):
            continue
        if (m := _still_missing().match(text, int(f["end"]))) is not None:
            f["outcome"] = "missing"
            f["end"] = m.end()
            f["text"] = text[int(f["start"]):m.end()]
