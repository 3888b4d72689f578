"""Small pieces every part of reading a statement uses: patterns compiled on first use, the
dateline, the last match of a pattern in a stretch."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from itertools import accumulate

from .lang import en as EN
from .lang.build import alt

# Patterns of rules that seldom run, compiled on first use (start-up time): name ->
# (source, flags).
_RARE: dict[str, tuple[str, int]] = {}


@cache
def _rare(name: str) -> re.Pattern[str]:
    return re.compile(*_RARE[name])


# A dateline opens a story and is nobody's words: "BEIRUT (Reuters) -", "KABUL, Afghanistan -",
# and, with a place in mixed case, only when an agency marks it ("Damascus, SANA -",
# "Beirut (Reuters) -", "Sidon, Nov 3 (NNA) -"), so "Rebels shell town - TV" is no dateline.
_ZONES = alt(EN.TIME_ZONES)
_CLOCK = rf"(?:\d{{1,2}}[:.]\d\d(?:\s*(?:{_ZONES}))?|\d{{3,4}}\s*(?:{_ZONES}))"
_DL_MONTH = alt(w.capitalize() for w in (*EN.MONTHS, *EN.MONTH_ABBREVIATIONS))
_DATELINE = re.compile(
    # "ORAN, Veltra, May 12 (Wire) -": a place, its country and the date
    # ("SANA'A, 9 April 2017 -": the day may come first)
    # ("BOGOTA, April 10, 2017 (Outlet) -": and the year after the day)
    # ("GAZA/JERUSALEM, April 10 -": two places of a joint report)
    # (a place in capitals keeps its accents: "SÃO TOMÉ -", "MÉKÉLÉ, Tanor (AFP) -")
    r"(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'/\-]{2,}(?:,\s*(?:\d{1,2}\s+)?[A-ZÀ-ÖØ-Þ][\w .]*?){0,2}"
    r"(?:,\s*\d{4})?"
    r"\s*(?:\([^)]{1,30}\))?"
    # (Gulf papers end it with "//": "BAGHDAD // Four soldiers ...")
    r"\s*(?:--|-|:|—|–|//)\s+"
    # a wire service's slug glued to its headline: "UPDATE 2-Rebels seize ...",
    # "REFILE-", "CORRECTED-"
    rf"|(?:{alt(EN.WIRE_SLUGS)})(?:\s*\d{{1,2}})?-(?=\S)"
    # ... or set off by spaces, after a clock or not: "UPDATE 3 - ", "09:12 URGENT - "
    rf"|(?:{alt(EN.FLASH_SLUGS)})(?:[ \t]*\d{{1,2}})?[ \t]*(?:--|-|—|–)[ \t]+(?=\S)"
    r"|[A-Z][a-z][\w'\-]*(?:\s[A-Z][\w'\-]*){0,2}"
    # the agency after a comma or a space ("Damascus, SANA -", "Beirut NNA -")
    r"(?:(?:,\s*|\s)[A-Z]{2,}[A-Za-z]*(?:\s[A-Z]{2,}[A-Za-z]*)?"
    # scraped copy without commas: "Kessa Mar 3 (NNA) -"
    r"|(?:(?:,\s*|\s+)[\w .]{1,20}?)?\s*\([A-Z][^)]{1,30}\))"
    # (round en228) Spanish-language wires close it with a full stop: "Lima (EFE).- "
    r"\.?\s*(?:--|-|—|–)\s+"
    r"|(?:AFP|AP|Reuters|Canadian Press|NNA|SANA)\s+-\s+"
    # a human-rights group's release: the place alone in brackets, "(Bangkok) - "
    r"|\([A-Z][\w .'\-]{1,30}\)\s*(?:--|-|—|–)\s+"
    # South Asian and African dailies: "Srinagar, Apr 9:", "Lahore, April 9 (APP) -": a
    # place in mixed case with the day, before a colon or a dash
    rf"|[A-Z][a-z][\w'\-]*(?:\s[A-Z][\w'\-]*){{0,2}},\s*(?:{_DL_MONTH}\.?\s+\d{{1,2}}"
    r"(?:,\s*\d{4})?"
    # ... or the day first, as a ministry's or an army's release dates it (round 70):
    # "Nouakchott, 22 April 2026 - The General Staff informs ..."
    rf"|\d{{1,2}}\s+{_DL_MONTH}\.?(?:\s+\d{{4}})?)"
    r"\s*(?:\([^)]{1,30}\))?\s*(?:--|-|:|—|–)\s+"
    # a live blog's entry: "14:05 GMT -", "0930 GMT:", "Update:", "Update, 16:20 GMT:"
    rf"|{_CLOCK}\s*(?:--|-|—|–|:)\s+"
    # a web page's stamp: "Posted: 09/04/2017 -", "Updated: 10.04.2017 14:05 -"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}(?:\s+{_CLOCK})?\s*(?:--|-|—|–|:)\s+"
    # ... and with its zone but no mark: "08.30 GMT Two people have been killed"
    rf"|(?:\d{{1,2}}[:.]\d\d|\d{{3,4}})\s*(?:{_ZONES})\s+(?=[A-Z])"
    # ... or a colon clock alone opening a live blog's entry: "09:42 The number of ..."
    r"|(?:[01]?\d|2[0-3]):[0-5]\d\s+(?=[A-Z])"
    # ... or a log's four-figure clock opening its line: "0615 Kessa station reports ..."
    # (a radio, deck or duty log; the number is the hour, not a count of the subject)
    r"|(?<![^\n])(?:[01]\d|2[0-3])[0-5]\d[ \t]+(?=[A-Z])"
    rf"|(?i:{alt(EN.LIVE_LABELS)})(?:\s+(?i:{alt(EN.LIVE_LABELS)}))?(?:\s*,\s*{_CLOCK})?\s*:\s+"
    # ... or its first word on what is known: "First reports:", "Early reports:" (the
    # plural noun of a label, not a verb with "First" as its subject, round en164)
    rf"|(?i:{alt(EN.REPORT_LABEL_ORDERS)})\s+(?i:reports?)(?:\s*,\s*{_CLOCK})?\s*:\s+)+"
)

# Every dateline ends in a dash or a colon, save a live blog's clock and zone at the start:
# without either the sentence has none, and a charset search skips there in C (the
# dateline pattern itself costs some 3 µs a sentence).
_DATELINE_MARK = re.compile("[-:—–/]")


# How far back from a speech verb its tail checks look: the widest window of the three
# (``_strip_adverbs``' clause, its adverbs, ``_it_passive_by``'s "it was").
VERB_TAIL_REACH = 110


def verb_tail(text: str, floor: int, at: int, width: int) -> str | None:
    """The last ``width`` characters of text[max(floor, at - VERB_TAIL_REACH):at] without
    its trailing whitespace, lower-cased; None when they hold letters outside ASCII.

    Read once a speech verb for the tail checks (``tails.tail_check``) of its rules, each
    of which sliced, stripped and lowered its own window. A check that asks whether this
    ends with one of its endings (``width`` at least the longest) says yes wherever its
    own narrower window would, and its pattern still decides: the same answers, with a
    pattern now and then tried where it cannot match."""
    end = text[at - VERB_TAIL_REACH if at - VERB_TAIL_REACH > floor else floor:at].rstrip()[
        -width:]
    return end.lower() if end.isascii() else None


def _dateline(text: str, s0: int, s1: int) -> re.Match[str] | None:
    """``_DATELINE.match(text, s0, s1)``, tried only where it can match."""
    return _DATELINE.match(text, s0, s1) if _DATELINE_MARK.search(text, s0, s1) or (
        text[s0:s0 + 1].isdigit()) else None


_AGENT_ENDS = ("or", "ors", "er", "ers", "ist", "ists", "ian", "ians")


def _agent_noun(word: str) -> bool:
    """A noun for a person by what they do ("mediator", "negotiators", "observer"), or a
    person word; not a page's label ("explainer", "timeline") nor a thing ("tanker")."""
    single = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    if word in EN.PAGE_TITLES or word in EN.NONPERSON or single in EN.NONPERSON:
        return False
    return (single in EN.PERSON_WORDS and single not in EN.GROUP_PERSON_WORDS) or (
        word.endswith(_AGENT_ENDS) and len(word) > 5)


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


class SpanIndex:
    """Spans (start, end), all known before they are asked many times whether one of them
    overlaps [a, b): answered by bisection over the spans sorted by start, with the
    furthest end reached so far, instead of reading every span (a long report's quotes
    were read again for each of its verbs)."""

    __slots__ = ("_reach", "_starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(accumulate((e for _, e in ordered), max))

    def __bool__(self) -> bool:
        return bool(self._starts)

    def overlaps(self, a: int, b: int) -> bool:
        """As ``_overlaps(spans, a, b)``."""
        i = bisect_left(self._starts, b)
        return i > 0 and self._reach[i - 1] > a


def _clause_floor(text: str, at: int) -> int:
    """The start of the sentence (or line) that holds ``at``."""
    dot = text.rfind(". ", 0, at)
    return max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, at) + 1)


def _last_match(rx: re.Pattern[str], text: str, a: int, b: int) -> re.Match[str] | None:
    found = list(rx.finditer(text, a, b))
    return found[-1] if found else None


# The verbs of saying (and the words that bring in a source) each sentence is read for.
_VERB_WORDS = (*EN.REPORTING_VERBS, *EN.QUOTED_AS, *EN.SOURCE_INTRODUCERS, *EN.CONTINUING,
               *EN.SPEECH_PARTICIPLES, *EN.TELLING_PARTICIPLES, *EN.PRESENT_SPEECH,
               *EN.PROGRESSIVE_ONLY_SPEECH)
_VERB = re.compile(rf"\b(?P<v>{alt(_VERB_WORDS)})\b", re.IGNORECASE)
