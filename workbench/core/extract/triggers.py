"""One pass over a document that finds every word an English rule can start from.

The casualty, statement and claim engines each have a closed set of first
words (built from ``lang/en.py``), and the casualty and date engines try their
long patterns only where a count or a date can begin. Instead of one scan per
engine, one alternation of all these words (and digit runs) runs once over the
lower-cased text and sorts each hit out to the engines it concerns; each engine
then parses only the sentences that hold one of its own trigger words, and
tries its patterns only at its own candidate positions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import (
    DATE_FIRST,
    DATE_OPENERS,
    DATE_WORDS,
    NUMBER_OPENERS,
    UNIT_AHEAD,
    WORD_OPENER_BRANCHES,
    WORD_OPENERS,
)
from .lang import en as EN
from .lang.build import alt, first_chars, letter_branches
from .numbers import COUNT_CONTINUATION, COUNT_FIRST_WORDS
from .spans import document

CASUALTY = "casualty"
SPEECH = "speech"
CLAIM = "claim"
COUNT = "count"  # where a count phrase can begin (numbers.COUNT_RE)
ARTICLE = "article"  # the subset of COUNT that is "a" / "an"
DATE = "date"  # where a date can begin (dates.DATE_RE)


def _firsts(*groups: object) -> set[str]:
    return {str(w).split()[0].lower() for g in groups for w in g}  # type: ignore[attr-defined]


WORDS: dict[str, frozenset[str]] = {
    CASUALTY: frozenset(_firsts(
        *EN.OUTCOME_VERBS.values(), *EN.OUTCOME_NOMINALS.values(),
        *EN.BULLETIN_LABELS.values(),
        *EN.OUTCOME_PARTICIPLES.values(), EN.OUTCOME_HEAD_NOUNS, EN.CONTINUATIONS,
        EN.TOLL_NOUNS, EN.BOMBER_NOUNS, EN.BOMBER_SELF_VERBS,
        # "among the dead", "a body was found", "three were in critical condition"
        EN.TALLY_CUES_WITHOUT_OUTCOME,
        EN.FORCING_VERBS, EN.COMPELLING_VERBS, EN.REFUGE_MOVES, EN.CARE_VERBS, EN.LED_OFF,
        EN.DRIVING_OUT_VERBS, EN.EMPTYING_VERBS, EN.LED_INTO_VERBS,
        # (round en191) people confined in a room: "forced 30 pupils into the library"
        EN.CONFINING_VERBS, EN.LOCKING_VERBS,
        # ... or by the care a sub-group needed: "six needed surgery" (round 62)
        EN.SURGERY_NOUNS,
        # captives told by whose hands hold them, or by captors who left with them
        EN.CAPTIVITY_HANDS, EN.TAKEN_OFF_FIRST,
        # ... or where a displaced crowd came to: "3,500 had reached the town" (round 72)
        EN.ARRIVAL_PARTICIPLES,
        # ... or where it moved to: "3,500 people had moved to the town" (round en89)
        EN.MOVE_PARTICIPLES,
        # ... or as the newly arrived a camp counts: "6,400 new arrivals" (round en88)
        EN.NEWCOMER_NOUNS,
        # ... or as a state: "are still in captivity" (round en127)
        EN.CAPTIVITY_STATE_WORDS,
        # ... or by their recapture after an escape (round en134)
        EN.RECAPTURE_VERBS,
        # ... or by the plainer "have been caught" (round en176)
        EN.RECAPTURE_PLAIN_VERBS,
        # ... or by their hand-over on release (round en207)
        EN.HANDOVER_WAKE_WORDS,
    )),
    SPEECH: frozenset(_firsts(EN.REPORTING_VERBS, EN.QUOTED_AS, EN.SOURCE_INTRODUCERS,
                              EN.CONTINUING, EN.SPEECH_PARTICIPLES, EN.TELLING_PARTICIPLES,
                              EN.DOCUMENT_NOUNS, EN.PRESENT_SPEECH,
                              EN.PROGRESSIVE_ONLY_SPEECH)),
    CLAIM: frozenset(_firsts(EN.RESPONSIBILITY_VERBS, EN.DENIAL_VERBS, EN.RESPONSIBILITY_NOUNS)),
}
_KINDS_OF: dict[str, tuple[str, ...]] = {}
for _kind, _words in WORDS.items():
    for _w in _words:
        _KINDS_OF[_w] = (*_KINDS_OF.get(_w, ()), _kind)
_ALL = sorted(_KINDS_OF)
TRIGGER_RE = re.compile(rf"\b(?=[{first_chars(_ALL)}])(?:{alt(_ALL)})\b")


_COUNT_WORDS = frozenset(COUNT_FIRST_WORDS)
_DATE_WORDS = frozenset(DATE_WORDS)
_DATE_MAYBE = frozenset(DATE_OPENERS) - _DATE_WORDS  # a candidate only before the right word
_ANCHOR_WORDS = sorted(set(_ALL) | _COUNT_WORDS | _DATE_WORDS | _DATE_MAYBE)
# Words that matter only as the start of a count phrase ("in excess of", "at least") are
# found only with their continuation; a word with another role too ("as": "as saying",
# "as many as") is checked after the hit.
_COUNT_ONLY = {w for w in COUNT_CONTINUATION
               if w not in _KINDS_OF and w not in _DATE_WORDS and w not in _DATE_MAYBE}
# A hyphen joins a count's words as a space does ("half-dozen").
_COUNT_CHECK = {w: re.compile(rf"[\s-]+(?:{rest})") for w, rest in COUNT_CONTINUATION.items()
                if w not in _COUNT_ONLY}
_PHRASE_LIST = [rf"{w}(?=[\s-]+(?:{COUNT_CONTINUATION[w]}))" for w in sorted(_COUNT_ONLY)]
_PHRASE_BRANCHES = "|".join(_PHRASE_LIST)
# Words whose only role is a possible date start ("the", "last", "late", ...); see
# the scan (anchor_scan) for how it finds them.
_DATE_ONLY = frozenset(w for w in _ANCHOR_WORDS
                       if w in _DATE_MAYBE and w not in _KINDS_OF and w not in _COUNT_WORDS)
if not _DATE_ONLY.issubset(WORD_OPENERS):
    raise ValueError(f"date openers without a branch: {sorted(_DATE_ONLY - set(WORD_OPENERS))}")
_REST_WORDS = [w for w in _ANCHOR_WORDS if w not in _COUNT_ONLY and w not in _DATE_ONLY]
# (the prefix tree built once, for ANCHOR_PATTERN's group and the scan's branches)
_REST_PIECES = letter_branches(_REST_WORDS)
_REST_ALT = f"(?:{'|'.join(_REST_PIECES)})"  # alt(_REST_WORDS)
# Of whole words, two alternations match what one of all the words would; building
# that one as well cost some 1,100 calls at import, for a pattern only the tests compile.
_WORD_ALT = f"{_REST_ALT}|{alt(_DATE_ONLY)}"
# Every word is a whole letter run (\b on both sides), so a hit here starts exactly where
# each engine's own first-word pattern would match. The plain statement of the anchor
# pass, which the tests compare the scan with; only its text is kept here (compiling
# it cost 12 ms at import).
ANCHOR_PATTERN = (
    rf"\b(?=[{first_chars(_ANCHOR_WORDS)}0-9])(?:(?:{_WORD_ALT})\b|{_PHRASE_BRANCHES}|\d+)"
)

# The hits of ANCHOR_PATTERN that matter, found faster: each match opens with the non-word
# character before its word, so the pattern begins with a character class and the regex
# engine skips in C to the next space or punctuation instead of starting a match attempt
# at every character (23% fewer instructions for the scan). The text is scanned with a
# space before it (a word at offset 0 has its \b there), which also makes each match start
# at its word's offset in the unpadded text. ``[0-9]\d*`` is ``(?=[0-9])\d+``: the leading
# look-ahead is not needed, since every word of the alternation starts with a letter.
#
# The words whose only role is a possible date start (_DATE_ONLY: a third of all hits
# in news copy, nearly all of them "the") are found only where DATE_FIRST
# matches: a hit elsewhere would go nowhere, and a failed branch costs far less than a
# match object and a loop step per word. For these words DATE_FIRST is its
# WORD_OPENERS_AHEAD branch (no date word starts with one of them), so the scan carries
# that branch in place of the words; no other anchor word starts with one of them either.
#
# The words' prefix tree sits in the scan as one branch per first letter, each closed by
# its own \b ((?:a...|b...)\b is a...\b|b...\b: the branches are apart by their first
# letters), so at each position the engine compares the letter with each branch's first
# in one step instead of entering a group first (some 4% of the scan's instructions).
_REST_BRANCHES = [rf"{piece}\b" for piece in _REST_PIECES]


def _by_first_letter(branches: list[str]) -> str:
    """``branches`` (each opening with a lower-case letter of its own, not quantified) as
    one branch per first letter, the rest of each in the order given.

    A date opener ("the", "last") and a count phrase's first word ("at", "more") were
    branches of their own after the words' tree, so at every space the regex engine
    compared the next letter with some fifty branches' first letters (and entered the
    openers' group) before it failed; now it compares it with at most 26. Only branches
    that open with the letter at hand can match there, and among them the first that
    matches wins in either layout, so the scan finds the same hits."""
    tails: dict[str, list[str]] = {}
    for b in branches:
        if not ("a" <= b[0] <= "z") or b[1:2] in ("?", "*", "+", "{"):
            raise ValueError(f"a branch must open with a plain letter: {b[:20]!r}")
        tails.setdefault(b[0], []).append(b[1:])
    return "|".join(f"{ch}(?:{'|'.join(rest)})" if len(rest) > 1 else ch + rest[0]
                    for ch, rest in tails.items())


_SCAN_BODY = (
    "(?:" + _by_first_letter([*_REST_BRANCHES, *WORD_OPENER_BRANCHES, *_PHRASE_LIST])
    + r"|[0-9]\d*)"
)
# On the lower-cased text of an ASCII document \W is every character but a-z, 0-9 and
# "_" (no capital is left), and a plain set lets the engine skip to the next one with a
# table look-up instead of a Unicode category test per character (some 12% of the
# scan's time). \b, \s and \d further on stay as they are: Unicode \s also holds the
# ASCII controls \x1c-\x1f, which re.ASCII's does not.
_ANCHOR_SCAN_ASCII = re.compile(rf"[^a-z0-9_]{_SCAN_BODY}")


@lru_cache(maxsize=1)
def anchor_scan() -> re.Pattern[str]:
    """The scan for text of any script, compiled when a document with a character
    beyond ASCII first comes (some 6 ms that a run over ASCII copy never pays)."""
    return re.compile(rf"\W{_SCAN_BODY}")

_DATE_NO, _DATE_YES, _DATE_CHECK = "no", "yes", "check"  # is a word a date start?
# A number opener ("a", "two") starts a date exactly where DATE_FIRST's number branch
# finds a unit after it: UNIT_AHEAD, asked at the word's end, is that branch without the
# alternation of everything else DATE_FIRST tries first. That holds only while no other
# branch can match at such a word, which is checked here.
_DATE_UNIT = "unit"
_OTHER_STARTS = [*DATE_WORDS, *WORD_OPENERS]
if any(o == w or (o.startswith(w) and not o[len(w)].isalpha())
       for w in NUMBER_OPENERS for o in _OTHER_STARTS):
    raise ValueError("a number opener also opens another DATE_FIRST branch")
# Per anchor word: the position lists it always goes to, whether it starts a date, and
# the continuation it needs to start a count (None: no condition, or not a count word).
_ROLES: dict[str, tuple[tuple[str, ...], str, re.Pattern[str] | None]] = {
    w: ((*_KINDS_OF.get(w, ()), *((COUNT,) if w in _COUNT_WORDS and w not in _COUNT_CHECK
                                   else ()),
         *((ARTICLE,) if w in ("a", "an", "another") else ())),
        _DATE_YES if w in _DATE_WORDS else _DATE_UNIT if w in NUMBER_OPENERS
        else _DATE_CHECK if w in _DATE_MAYBE else _DATE_NO,
        _COUNT_CHECK.get(w))
    for w in _ANCHOR_WORDS
}
# The roles of the scan's hits: a date-only word found by the scan has passed DATE_FIRST.
_SCAN_ROLES = {**_ROLES, **{w: ((), _DATE_YES, None) for w in _DATE_ONLY}}


def triggers(text: str) -> dict[str, tuple[int, ...]]:
    """Sorted start offsets of trigger words in ``text``, by engine (CASUALTY, SPEECH,
    CLAIM), and of possible count and date starts (COUNT, ARTICLE, DATE).

    Kept on the shared ``Document``: the engines of one ``extract()`` call share it.
    """
    doc = document(text)
    done = doc.cache.get("triggers")
    if done is not None:
        return done  # type: ignore[return-value]
    low = doc.low
    found: dict[str, list[int]] = {k: [] for k in (*WORDS, COUNT, ARTICLE, DATE)}
    counts, dates = found[COUNT], found[DATE]
    date_first, unit_ahead = DATE_FIRST.match, UNIT_AHEAD.match
    roles = _SCAN_ROLES
    scan = _ANCHOR_SCAN_ASCII if doc.ascii else anchor_scan()
    for m in scan.finditer(" " + low):  # the hits of ANCHOR_PATTERN that matter
        pos = m.start()  # of the word in ``low``: the pad and the \W cancel out
        role = roles.get(m[0][1:])
        if role is None:  # a digit run
            counts.append(pos)
            if date_first(low, pos):
                dates.append(pos)
            continue
        kinds, date, count_if = role
        for kind in kinds:
            found[kind].append(pos)
        if count_if is not None and count_if.match(low, m.end() - 1):
            counts.append(pos)
        if date is _DATE_YES or (date is _DATE_UNIT and unit_ahead(low, m.end() - 1)) or (
                date is _DATE_CHECK and date_first(low, pos)):
            dates.append(pos)
    result = {kind: tuple(pos) for kind, pos in found.items()}
    doc.cache["triggers"] = result
    return result
