"""Date expressions and their resolution against the publication date.

Spans are minimal (no preposition): "Sept. 7, 2004", "March 2011", "late
February", "last September", "Sunday", "yesterday". Resolution is done here,
not with dateparser, because the common news forms are few and a
deterministic resolver is both faster and easier to reason about:

* an expression with its own year resolves without a publication date;
* a month (or day and month) without a year takes the publication year, or
  the previous year when the month lies later in the year than publication;
  spoken of as still to come, it is the next such month (next year's when it lies
  earlier in the year than publication);
* a weekday is the latest such day on or before publication, or the next one
  on or after it when the sentence speaks about the future ("will", "starting");
* yesterday / today / tonight are publication - 1 / publication.
Without a publication date, anything that lacks its own year has value None.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from . import date_capitals, date_dateline_month
from .ar.hijri import to_gregorian
from .date_direction import (
    AHEAD,
    BACK,
    NEAR,
    direction,
    sets_state_until,
    turned_out,
    weekday_after_act_day,
)
from .date_listing import listing_weekday, signoff_line
from .date_month_event import month_before_event, month_of_past_event
from .date_names import (
    OPENS_A_DATE,
    byline,
    dated_group,
    named_day,
    named_month,
    programme,
    recurring,
    sentence_given_name,
)
from .date_ordinal_words import ordinal_day
from .date_spans import BETWEEN_BEFORE as _BETWEEN_BEFORE
from .date_spans import SPAN_JOINT as _SPAN_JOINT
from .date_spans import labelled_number, not_before_span_start, weekday_after_span_start
from .date_weekday_shift import shifted_weekday
from .date_weekday_year import weekday_year
from .lang import en as EN
from .lang.build import alt, first_chars

# Keyed by the first three letters, which is how _month() and _weekday() look names up.
MONTHS = {name[:3]: n for name, n in EN.MONTHS.items()}
WEEKDAYS = {name[:3]: n for name, n in EN.WEEKDAYS.items()}


def _cap(words: object) -> list[str]:
    return [str(w).capitalize() for w in words]  # type: ignore[attr-defined]


# Month names are matched capitalised only: "may" and "march" are verbs; a weekday's
# full name is one also in lower case ("on saturday" in copy that lost its capitals).
_MON = rf"(?:{alt(_cap(EN.MONTHS))}|(?:{alt(_cap(EN.MONTH_ABBREVIATIONS))})\.?)"
# ... and in capitals when a day and a year are with it, as a release's signature date is
# set: "7 MARCH 2016", "07 MAR 2016" ("MAY" alone may be a headline's verb).
_MON_DATED = (rf"(?:{_MON}|{alt(str(w).upper() for w in EN.MONTHS)}"
              rf"|(?:{alt(str(w).upper() for w in EN.MONTH_ABBREVIATIONS)})\.?)")
_WD = f"(?:{alt(_cap(EN.WEEKDAYS))})"
_WD_ABBR = rf"(?:{alt(_cap(EN.WEEKDAY_ABBREVIATIONS))})\.?,?"
# Alone, a weekday's abbreviation is read only in the forms that are no word, with their
# dot: "Tues." (not "Sun", "Sat", "Wed").
_WD_DOTTED = rf"(?:{alt(_cap(EN.WEEKDAY_DOTTED))})\."
_DAY = r"(?:[012]?\d|3[01])(?:st|nd|rd|th)?"
# Before the month an ordinal day may take "of": "the 3rd of March".
_DAY_OF = r"(?:[012]?\d|3[01])(?:(?:st|nd|rd|th)(?:\s+of)?)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY_NUMBER = r"(?:[012]?\d|3[01])"
_MOD = (r"(?:(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|end\s+of)"
        r"[\s-]+)")
_REL = r"(?:(?P<rel>last|next|this)\s+)"
# The end day of a span of days, "March 3-5" / "March 3 to 5" (the value is the first
# day); not before a counted noun, where "to 5" is a count ("March 3 to 5 civilians").
_DAY_RANGE = (
    r"(?:\s*[-–]\s*|\s+to\s+)(?:[012]?\d|3[01])(?!\d|:)"
    r"(?!\s+(?:of\b|[a-z]+(?:ers|ians|ans|men|people|ren|ies|ists|ees|nts)\b))"
)

# The leading lookahead lets the engine reject most word starts (lower-case
# words that cannot begin a date) before trying the alternatives: a 4x speed-up.
_START = (
    r"(?=[A-Z0-9ytlnmesawfhdoYTLNMESAWFHDO])\b(?=[A-Z0-9]|(?i:yesterday|today|tonight|tomorrow|last|next|this|the|early|late|mid"
    r"|end|spring|summer|autumn|fall|winter|an?\s|one|two|three|four|five|six|seven|eight"
    r"|nine|ten"
    # a full weekday name in copy that lost its capitals: "on saturday"
    rf"|{alt(EN.WEEKDAYS)})\b)"
)
DATE_RE = re.compile(
    _START
    # an ISO date, "2017-04-08" (web pages' stamps, scraped feeds): year, month, day
    + rf"(?:\b(?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])\b(?![-/.]\d)"
    # "14-02-2017": South Asian and African copy dashes a date written day first
    rf"|\b(?P<na>[012]?\d|3[01])(?P<sep>[/.-])(?P<nb>[012]?\d|3[01])(?P=sep)(?P<ny>{_YEAR})"
    r"\b(?![/.-]\d)"
    # "8-9 April 2017": a span of days with its year, valued at its first day as below
    rf"|\b(?:(?:{_WD_ABBR}|{_WD},?)\s+)?(?P<d1>{_DAY_OF})(?:\s*[-–]\s*{_DAY}|/{_DAY_NUMBER}(?=\s))?"
    rf"\s+(?P<m1>{_MON_DATED}),?"
    rf"\s+(?P<y1>{_YEAR})\b"
    rf"|\b(?:(?:{_WD_ABBR}|{_WD},?)\s+)?(?P<m2>{_MON_DATED})\s+(?P<d2>{_DAY})(?:{_DAY_RANGE})?,?\s+(?P<y2>{_YEAR})\b"
    # ("May the 4th", as speech says it; not before a name: "March the 3rd Brigade")
    rf"|\b(?P<m3>{_MON})\s+(?:the\s+(?=\d\d?(?:st|nd|rd|th)\b(?![ \t]+[A-Z])))?"
    rf"(?P<d3>{_DAY})(?:{_DAY_RANGE})?\b(?![:.,]?\d)"
    # "2 March." closing a sentence is a date; "2 Mar.2017" is not read as one.
    # "3-5 April": a span of days before the month, valued at its first day
    # ("9/10 March": a night across two days, valued at its first)
    rf"|\b(?P<d4>{_DAY_OF})(?:\s*[-–]\s*{_DAY}|/{_DAY_NUMBER}(?=\s))?\s+(?P<m4>{_MON})(?!\w|\.\w)"
    # "between 1 and 3 April", "from 3 to 7 April": the first day takes the month of the
    # second (which is read on its own after it)
    # ("between 12 and 14 July 1995": and its year)
    # ("between the 3rd and the 5th of March", as UN notes and speech write it)
    rf"|\b(?P<d10>{_DAY})(?=\s+(?:and|to|until|till)\s+(?:the\s+)?{_DAY_OF}\s+"
    rf"(?P<m10>{_MON})(?!\w|\.\w)"
    rf"(?:,?\s+(?P<y10>{_YEAR})\b)?)"
    rf"|\b(?i:{_MOD})?(?P<m5>{_MON}),?\s+(?:of\s+)?(?P<y5>{_YEAR})\b"
    rf"|\b(?i:(?P<season>{alt(EN.SEASONS)})\s+(?:of\s+)?)(?P<y6>{_YEAR})\b"
    # A part of a year: "mid-2015", "early 2016", "the end of 2013".
    rf"|\b(?i:{_MOD})(?P<y9>{_YEAR})\b(?![,.]?\d|s\b|['’]s\b|-year)"
    rf"|\b(?i:{_REL}|(?P<mod>{_MOD}))?(?P<m7>{_MON})(?![\w])"
    # "June last year": the month of the year named after it, one date
    rf"(?:\s+(?P<myrel>(?i:last|next|this))\s+(?i:year)\b)?"
    rf"|\b(?i:(?P<wrel>last|next|this)\s+)?(?P<wd>{_WD}|{alt(EN.WEEKDAYS)}|{_WD_DOTTED})"
    r"(?:s\b|(?=['’]s\b)|\b|(?<=\.))"
    # "Monday last week": the weekday of the week before (or after) publication's
    rf"(?:\s+(?i:(?:of\s+)?(?P<wweek>{alt(EN.WEEK_RELATIONS)})\s+week)\b)?"
    rf"|\b(?P<rday>(?i:{alt(EN.RELATIVE_DAYS)}))"
    rf"(?:\s+(?P<part>{alt(EN.DAY_PARTS)}))?\b"
    # "the past week", "the last 10 days": the span that ends at publication
    rf"|\b(?P<roll>(?i:the\s+(?:past|last)\s+(?:week|(?P<rolln>\d+|{alt(EN.SPAN_NUMBERS)})"
    # ... and "the past month", "the past year" ("the last month" may be a war's last)
    rf"\s+(?P<rollu>day|week)s)|the\s+past\s+(?P<rollp>month|year)))\b"
    # ... with a part of it before: "late last year", "Early this month" (as "late 2016")
    rf"|\b(?P<rperiod>(?i:(?:(?:early|late|mid)[\s-]+(?=(?:last|next|this)\s))?"
    rf"(?:last|next|this|the\s+past|the\s+previous)\s+(?:week|month|year)))\b"
    rf"|\b(?P<ago>(?i:(?P<agon>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
    rf"\s+(?P<agou>day|week|month|year)s?\s+ago))\b"
    # (after a year and a hyphen, the second year of a span: "1961-2012")
    rf"|(?:(?<=\b{_YEAR}-)|(?<![\d,.$£€#-]))\b(?P<y8>{_YEAR})\b(?![,.]?\d|s\b|['’]s\b|-year))"
)
# Where DATE_RE can start, on the lower-cased text: a month, weekday, relative day or
# season, or an opener or number followed by what a date needs after it ("last week",
# "mid-March", "two days ago", "7 Sept", "2004"), so that the many counts ("12 soldiers")
# and "this" / "one" in ordinary use are never tried. What follows is only looked at, not
# consumed: the next word stays a candidate of its own ("next Sat 3 Oct 2015").
_MON_LOW = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_UNIT_LOW = "(?:day|week|month|year)"
_YEAR_LOW = r"(?:1[89]|20)\d\d\b"
DATE_WORDS = [*EN.RELATIVE_DAYS, *EN.SEASONS, *EN.WEEKDAY_ABBREVIATIONS, *EN.MONTHS,
              *EN.MONTH_ABBREVIATIONS, *EN.WEEKDAYS, *(d + "s" for d in EN.WEEKDAYS)]
# Number words that open a date only before a unit ("two days ago", "a week ago").
NUMBER_OPENERS = ("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight",
                  "nine", "ten")
DATE_OPENERS = ("last", "next", "this", "early", "late", "mid", "end", "the", *NUMBER_OPENERS)
# The openers that are words and nothing else, each with what must follow it (the
# trigger pass checks these in its own scan, see triggers.py).
WORD_OPENERS = ("last", "next", "this", "early", "late", "mid", "end", "the")
_NEAR_AHEAD = rf"(?=\s+(?:{_MON_LOW}|mon|tue|wed|thu|fri|sat|sun|{_UNIT_LOW}))"
_PART_AHEAD = (rf"(?=(?:\s+of)?[\s-]+(?:{_MON_LOW}|{_YEAR_LOW}"
               rf"|(?:last|next|this)\s+{_UNIT_LOW}))")
# One branch per word, each opening with its word's letters, so that the trigger pass can
# file each under its first letter with the other anchor words (``(?:a|b)(?=x)`` is
# ``a(?=x)|b(?=x)``: the same matches, tried in the same order).
WORD_OPENER_BRANCHES = (
    *(rf"{w}{_NEAR_AHEAD}" for w in ("last", "next", "this")),
    *(rf"{w}{_PART_AHEAD}" for w in ("early", "late", "mid")),
    rf"end(?=\s+of){_PART_AHEAD}",
    rf"the(?=\s+(?:(?:past|previous)\s+(?:week|month|year)\b"
    rf"|(?:past|last)\s+(?:week\b|(?:\d+|{alt(EN.SPAN_NUMBERS)})\s+{_UNIT_LOW}s\b)"
    rf"|(?:end|beginning|start)\s+of[\s-]+(?:{_MON_LOW}|{_YEAR_LOW})))",
)
WORD_OPENERS_AHEAD = "|".join(WORD_OPENER_BRANCHES)
DATE_FIRST = re.compile(
    rf"\b(?=[{first_chars([*DATE_WORDS, *DATE_OPENERS])}0-9])(?:(?:{alt(DATE_WORDS)})\b"
    rf"|{WORD_OPENERS_AHEAD}"
    rf"|(?:{alt(NUMBER_OPENERS)}|\d+)(?=\s+{_UNIT_LOW})"
    rf"|\d\d?(?=(?:st|nd|rd|th)?(?:\s*[-–]\s*\d\d?(?:st|nd|rd|th)?|/\d\d?(?=\s)"
    rf"|\s+(?:and|to|until|till)\s+(?:the\s+)?\d\d?(?:st|nd|rd|th)?)?\s+(?:of\s+)?{_MON_LOW}"
    rf"|/\d\d?/{_YEAR_LOW}|\.\d\d?\.{_YEAR_LOW}|-\d\d?-{_YEAR_LOW})"
    r"|(?:1[89]|20)\d\d\b)"
)
# What DATE_FIRST asks after a whole number opener; triggers.py asks it in place of
# DATE_FIRST at those words (the words open no other branch of DATE_FIRST, which it checks).
UNIT_AHEAD = re.compile(rf"\s+{_UNIT_LOW}")
_NUMWORD = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
            "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30}
_FOR_MONTH = alt([*EN.PLANNED_FOR, *EN.MONTH_ACCOUNT_FOR])
_LONE_MONTH_OK = re.compile(rf"(?:\b(?:{alt(EN.MONTH_CONTEXT)}|(?:{_FOR_MONTH})\s+for)"
                            rf"[\s-]+)$", re.IGNORECASE)
# ... or after "for" with a verb of reserving a few words before (round 58): "booked a
# flight for March" ("support for May" names a person).
_RESERVED_FOR = re.compile(rf"\b(?i:{alt(EN.RESERVING_VERBS)})(?:[ \t]+[\w'’\-]+){{0,4}}?"
                           r"[ \t]+for[ \t]+$")
# ... or a lone "March" closing a title after its colon: "Monthly report: March" (the
# period a page covers; the verb would have words after it).
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
# "from January to March": "to" opens the second month only after "from" and a month ("to
# March" alone may be the verb in a title-case headline).
_MONTH_SPAN_TO = re.compile(rf"\bfrom\s+{_MON}(?:\s+{_YEAR})?\s+to\s+$")
# An undotted abbreviation before a capitalised word is a given name ("and Jun Reyes",
# Philippine and Korean copy), not June.
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_END_MOVERS = alt((*EN.ADJOURNING_VERBS, *EN.ADJOURNING_NOUNS, *EN.END_MOVING_VERBS,
                   *EN.END_MOVING_PHRASES))
_SITTING_BEFORE = re.compile(
    rf"\b(?:(?:{alt(EN.SITTING_VERBS)})\s+(?:on\s+)?"
    # ... and an end moved by an extension or a delay: "was extended until Friday",
    # "renewed the mission's mandate until January 31"
    rf"|(?:{_END_MOVERS})"
    rf"(?:\s+[\w'’]+){{0,3}}?"
    r"\s+(?:to|until|till)\s+)$")
_FOR_DAY = re.compile(rf"\b(?:{alt(EN.WEEKDAY_AHEAD_WORDS)})\s+$")
_DAY_BEFORE = re.compile(r"\b(?P<the>[Tt]he)\s+day\s+(?P<dir>before|after)\s+$")
# (the word before is looked up in a set, not compiled into an alternation)
_WORD_OF_END = re.compile(r"(\w+)\s+of\s+$")
_EVENT_NOUNS = frozenset((*EN.YEAR_EVENT_NOUNS, *EN.YEAR_PART_NOUNS, *EN.YEAR_SHARE_WORDS))
# (one modifier may come between, round 59: "over 1999 detention-site killings", "the
# 2011 post-election violence" keeps its own noun list; or, round en99, the name of the
# place of two or three capitalised words: "over 2023 Spanish Town killings")
_EVENT_AFTER = re.compile(
    r"\s+(?:[a-z]+(?:-[a-z]+)?\s+|(?-i:[A-Z][\w'’\-]*\s+){2,3})?"
    rf"(?:{alt(EN.YEAR_EVENT_NOUNS)})\b", re.IGNORECASE)
_WORD_END = re.compile(r"(\w+)\.?\s+$")
_NAMES_WITH_NUMBERS = frozenset(EN.NUMBERED_NAMES)
# A speech verb after "be" / "been" is a passive still to come, not the time the words were
# spoken: "the results will be announced on Wednesday" (Wednesday is ahead).
_PAST_SPEECH = re.compile(rf"\b(?:{alt(EN.PAST_SPEECH_VERBS)})\b")
_PASSIVE_BEFORE = (" be ", " been ")  # looked up after a match: a look-behind costs at
# every position the pattern tries
# The look-ahead names the first letters of the cues (a necessary condition), so the regex
# engine skips in C to a candidate letter instead of trying the alternation at every position.
_MONTH_FUTURE = re.compile(rf"\b(?:{alt(EN.MONTH_FUTURE_CUES)})\b", re.IGNORECASE)
_FUTURE = re.compile(rf"(?=[{first_chars((*EN.FUTURE_CUES, *EN.PROMISE_CUES))}])\b"
                     rf"(?:{alt((*EN.FUTURE_CUES, *EN.PROMISE_CUES))})\b",
                     re.IGNORECASE)


@lru_cache(maxsize=1)
def _revised_plan() -> re.Pattern[str]:
    """A plan named as first set, right before a month (compiled on first use)."""
    return re.compile(
        rf"\b(?:{alt(EN.PLAN_REVISION_ADVERBS)})\s+(?:{alt(EN.MONTH_FUTURE_CUES)})\b"
        r"[^.;,]*$", re.IGNORECASE)


_COUNTED = re.compile(
    r"\s+(?:people|persons|civilians|troops|soldiers|men|women|children|refugees|fighters"
    r"|militants|rebels|members|homes|houses|families|residents|tons|barrels"
    r"|dollars|police|policemen|workers|prisoners|students|others"
    # munitions and weapons counted: "fired 2000 rockets"
    r"|rockets|shells|missiles|mortars|rounds|drones|bombs|tanks|vehicles|weapons|rifles"
    # things handed out or counted: "only 2000 tents left"
    rf"|{alt(EN.COUNTED_THINGS)})\b",
    re.IGNORECASE,
)
# "a" or "an" counts no plural (round 51): "a 2009 police report" is a report of 2009,
# where "2009 police" alone reads as a count of officers.
_SINGULAR_ARTICLE_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_QUANT_BEFORE = re.compile(
    r"\b(?:at\s+least|more\s+than|over|some|about|nearly|around|up\s+to|than|almost"
    r"|estimated|of|to|killing|killed|wounding|wounded)\s+$",
    re.IGNORECASE,
)


# "from 2014 to 2016": after a year, "to" opens the second year, not a count
_YEAR_TO = re.compile(rf"\b{_YEAR}\s+to\s+$")
_NON_DIGIT = re.compile(r"\D")
_THE_BEFORE = re.compile(r"\bthe\s$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b")
_AGO_BEFORE = re.compile(r"\bago\s$", re.IGNORECASE)
# Indices of DATE_RE's groups in ``m.groups()``.
_G = {name: i - 1 for name, i in DATE_RE.groupindex.items()}
(_NA, _SEP, _NB, _NY, _D1, _M1, _Y1, _D2, _M2, _Y2, _D3, _M3, _D4, _M4, _D10, _M10, _Y10, _M5, _Y5,
 _Y6, _Y9, _REL, _MOD, _M7, _WREL, _WD, _WWEEK, _RDAY, _RPERIOD, _AGO, _AGON, _AGOU, _Y8) = (
    _G[n] for n in ("na", "sep", "nb", "ny", "d1", "m1", "y1", "d2", "m2", "y2", "d3", "m3", "d4",
                    "m4", "d10", "m10", "y10", "m5", "y5", "y6", "y9", "rel", "mod", "m7", "wrel",
                    "wd", "wweek", "rday", "rperiod", "ago", "agon", "agou", "y8"))
_ROLL, _ROLLN, _ROLLU, _ROLLP = _G["roll"], _G["rolln"], _G["rollu"], _G["rollp"]
_IY, _IM, _ID = _G["iy"], _G["im"], _G["id"]
_MYREL = _G["myrel"]
_YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}
# A bare month that opens a span closed by a month with its year takes that year (the
# year before when it comes later in the calendar): "between January and June last year",
# "from November to March 2016" (November 2015).
_MONTH_SPAN_END = re.compile(
    rf"(?:\s+(?:and|to|until|till|through)\s+|\s*[-–]\s*)(?:(?i:early|late|mid)[\s-]+)?"
    rf"(?P<m>{_MON})\.?,?\s+(?:of\s+)?(?:(?P<y>{_YEAR})\b|(?P<r>(?i:last|next|this))\s+"
    r"(?i:year)\b)")
# The joint between the two ends of a span of dates: "14 November to 31 May", "14
# November-31 May", and "and" after "between" ("between 14 November and 31 May").


def _span_last(text: str, m: re.Match[str], pub: date | None, way: str | None) -> str | None:
    """The value of the date that closes a span opened by the date at ``m`` (a day or a
    month, read as that date is read on its own), or None when no span's end follows.
    When the opening date's clause gave it a direction (``way``), only an end with its own
    year counts: "will run from 1 January to 30 June" in a June report looks ahead, though
    "30 June" alone is read as this June."""
    joint = _SPAN_JOINT.match(text, m.end())
    if joint is None or (joint.group(0).strip() == "and" and not _BETWEEN_BEFORE.search(
            text, max(0, m.start() - 9), m.start())):
        return None
    dm = DATE_RE.match(text, joint.end())
    if dm is None or not (dm.group("d1") or dm.group("d2") or dm.group("d3") or dm.group("d4")
                          or dm.group("m7")) or dm.group("wrel") or dm.group("rel"):
        return None
    if way is not None and not (dm.group("y1") or dm.group("y2")):
        return None
    res = _resolve(text, dm, pub)
    return str(res[0]) if res and res[0] and res[1] in ("day", "month") else None


# A four-digit clock time is no year: "1800 hours", "0930 GMT".
# "a 2000-strong force", "a 1500-member militia": a count joined to what it counts.
_COUNT_COMPOUND = re.compile(rf"-(?:{alt(EN.COUNT_COMPOUNDS)})\b", re.IGNORECASE)
# Two more groups of digits joined by hyphens make a phone number of a year-like first
# group ("1800-335-486"); a span of years has one ("1998-99", "2010-2011"). A word in
# capitals joined the same way spells the line's number in letters ("1800-DELITO"), and a
# capital letter alone closes a code ("flight 1800-A", "Form 1040-X").
_PHONE_GROUPS = re.compile(r"-(?:\d{2,4}-\d|[A-Z]+\b)")
_CLOCK_AFTER = re.compile(rf"\s*(?:{alt((*EN.CLOCK_UNITS, *EN.TIME_ZONES))})\b", re.IGNORECASE)


@lru_cache(maxsize=256)
def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError as exc:
        raise ValueError(f"published must be an ISO date (YYYY-MM-DD): {published!r}") from exc


def _month(name: str) -> int:
    return MONTHS[name[:3].lower()]


def _month_year(month: int, pub: date | None, rel: str | None) -> int | None:
    if pub is None:
        return None
    if rel == "last":
        return pub.year if month < pub.month else pub.year - 1
    if rel == "next":
        return pub.year if month > pub.month else pub.year + 1
    if rel == "near":
        return min((pub.year - 1, pub.year, pub.year + 1),
                   key=lambda y: abs((y - pub.year) * 12 + month - pub.month))
    if rel == "after-words":
        # ahead of words spoken or a plan made before publication: ahead of publication,
        # unless the month lies in the few months just before it
        behind = (pub.month - month) % 12
        if 0 < behind <= _WORDS_BEFORE_PUBLICATION:
            return pub.year if month < pub.month else pub.year - 1
        return pub.year if month >= pub.month else pub.year + 1
    return pub.year if month <= pub.month else pub.year - 1


# How many months before publication reported words or a plan that look ahead ("would
# meet starting in December", "vowed to rebuild the city by June") are taken to have been
# spoken or made: a month they point to is ahead of publication unless it lies within
# these months before it ("He said the troops would withdraw by March" in a June report
# is the March just past; in a November report, the coming one).
_WORDS_BEFORE_PUBLICATION = 3


# A month named for an account ("payments for March", "bookings for May") is the cycle
# running at publication, the nearest such month, whatever the tense around it.
_ACCOUNT_FOR = re.compile(rf"\b(?i:{alt(EN.MONTH_ACCOUNT_FOR)})\s+for\s+$")


def _month_way(text: str, m: re.Match[str], month: int, pub: date | None,
               day: bool = False) -> str | None:
    """"next", "after-words", "near" or None (the latest such month) for a month without
    its year, from the clause it stands in (``date_direction``): "elections are due in
    June", "will resume in January" (December) are ahead; "the committee would meet
    starting in December", "until March" under a verb that is not past look ahead from
    the time of the words (``_WORDS_BEFORE_PUBLICATION``); a plan since changed ("first
    set for late March") is the nearest such month."""
    if pub is None or month == pub.month:
        return None
    if day and _sitting(text, m.start()):
        return "next"  # "adjourned the case to 14 February"
    if _ACCOUNT_FOR.search(text, max(0, m.start() - 20), m.start()):
        return "near"  # "payments for March will be made", "bookings for May": this cycle's
    if not day and month_of_past_event(text, m.start(), m.end()):
        return None  # "an inquest into the November death": the event has happened
    way = direction(text, m.start(), m.end())
    if way == NEAR or (way is None and _date_to_start(text, m)):
        return "after-words"
    if way == AHEAD or (way is None and _future_context(text, m.start(), _MONTH_FUTURE)):
        return "near" if _revised_plan().search(text, max(0, m.start() - 70), m.start()) else (
            "next")
    return None


# "from", "effective", "with effect from" right before a month or a day and month, and the
# word before them.
_START_BEFORE = re.compile(rf"(?:\b([A-Za-z]+)[ \t]+)?\b(?i:{alt(EN.START_BEFORE_DATE)})[ \t]+$")
_DATE_NOT_START = frozenset((*EN.FROM_DAY_NOT_START, *EN.FROM_DATE_NOT_START,
                            *(str(w).lower() for w in EN.WEEKDAYS),
                            *(str(w).lower() for w in EN.MONTHS)))


def _date_to_start(text: str, m: re.Match[str]) -> bool:
    """"Pensions rise from April", "the measures, effective 1 April, cover ...": a month or
    a day after a start's word opens a time to come, as a weekday after "from" does
    (``_day_to_start``), when no verb of its clause has decided (a past one keeps it
    behind); not a record's date ("data from April"), an origin ("dating from March"),
    "apart from May", a possessive ("from April's floods") or a span's first end ("from
    April to June", read as its clause is)."""
    if "rom" not in text[max(0, m.start() - 6):m.start()] and (
            "ive" not in text[max(0, m.start() - 5):m.start()]):
        return False  # (a substring test first: few dates follow a start's word)
    before = _START_BEFORE.search(text, max(0, m.start() - 40), m.start())
    if before is None or (before.group(1) or "").lower() in _DATE_NOT_START:
        return False
    return not (text.startswith(("'s", "’s"), m.end()) or _SPAN_AFTER_DAY.match(text, m.end())
                # ("From April, 3,000 people have fled": a perfect counts up from a past start)
                or _PERFECT_AFTER.search(_sentence_rest(text, m.end())))


_PERFECT_AFTER = re.compile(r"\b(?:has|have|had)\b", re.IGNORECASE)


# (on the same line: a heading "Monday 5 May" ends at its line)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_MAY_MODAL_NEXT = frozenset(EN.MAY_MODAL_NEXT)
_DAY_PREPOSITIONS = frozenset(EN.DAY_PREPOSITIONS)


def _may_verb(text: str, day_start: int, month_end: int) -> bool:
    """"May" after a number is the modal verb, not the month, before the bare verb it
    takes ("200 May Have Died"), or before any capitalised word in a title-case headline
    ("30 May Flee") on the same line, unless a preposition or a weekday opens the date ("On
    17 May Colonel Bako said", "Monday 5 May Shelling resumed") or a word in lower case
    stands before the number, which no title-case headline has ("signed the 17 May
    Agreement", "took the town 17 May Reuters said"); before a bare verb in lower case
    after such a word it is the month too ("detained on 16 May have")."""
    nxt = _NEXT_WORD.match(text, month_end)
    if nxt is None:
        return False
    word = nxt.group(1)
    before = _WORD_BEFORE.search(text, max(0, day_start - 16), day_start)
    if word.lower() in _MAY_MODAL_NEXT:
        # running text writes the modal "may": a capital "May" between a word in lower
        # case and a verb in lower case is the month ("four men detained on 16 May have
        # not been charged"); a headline capitalises both ("200 May Have Died")
        return not (word.islower() and before is not None and before.group(1).islower())
    if not word[0].isupper():
        return False
    return before is None or (before.group(1).lower() not in _DAY_PREPOSITIONS
                              and before.group(1).lower() not in EN.WEEKDAYS
                              and not before.group(1).islower())


_SLASHED_DAYS = re.compile(r"(\d\d?)/(\d\d?)\s")


def _night_of_two_days(m: re.Match[str]) -> bool:
    """Whether the slashed days before a month name one night, the second the day after the
    first ("9/10 March"); the slash of a numeric date ("3/4/2015") is no such pair."""
    pair = _SLASHED_DAYS.match(m.group(0), m.start("d1") - m.start() if m.group("d1") else (
        m.start("d4") - m.start() if m.group("d4") else 0))
    return pair is None or int(pair.group(2)) == int(pair.group(1)) + 1


def _safe_date(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


# A day set in capitals as a heading, "MONDAY, JUNE 15" (a planning diary's, a blotter's
# days): the weekday and the month together make it a date, read as its capitalised self;
# "MAY" or "MARCH" alone in a headline set in capitals stays a word.
_CAPS_WEEKDAYS = tuple(str(w).upper() for w in EN.WEEKDAYS)
_CAPS_DAY = re.compile(rf"\b(?:{alt(_CAPS_WEEKDAYS)}),?[ \t]+"
                       rf"(?:{alt(str(w).upper() for w in EN.MONTHS)})[ \t]+\d")


# A month in capitals right after a time's preposition in capitals: "TALKS TO RESUME IN
# MARCH", "AID BLOCKED SINCE JANUARY" (the preposition says it is no verb).
_CAPS_MONTHS = tuple(str(w).upper() for w in EN.MONTHS)
# (and a month's abbreviation with its day, for a dateline in capitals: "KYIV, FEB. 3")
_CAPS_ABBREVIATIONS = alt(str(w).upper() for w in EN.MONTH_ABBREVIATIONS)
_CAPS_NAME = re.compile("|".join((*_CAPS_MONTHS, *_CAPS_WEEKDAYS)))
# (a search of its own: joined to the names' alternation it cost ten times both)
_CAPS_ABBREVIATION = re.compile(rf"(?:{_CAPS_ABBREVIATIONS})\.?[ \t]+\d")
_CAPS_MONTH = re.compile(
    rf"\b(?:(?:{alt(EN.CAPS_MONTH_OPENERS)})[ \t]+(?P<m>{alt(_CAPS_MONTHS)})"
    # ... and a weekday: "ON SUNDAY", "SINCE MONDAY"
    rf"|(?:{alt((*EN.CAPS_MONTH_OPENERS, *EN.CAPS_WEEKDAY_OPENERS))})[ \t]+"
    rf"(?P<w>{alt(_CAPS_WEEKDAYS)}))\b")


def _capitals_read(text: str) -> str:
    """``text`` with its days set in capitals, and its months in capitals after a
    preposition in capitals, capitalised (the same length, so every offset holds)."""
    # (one compiled search for any of the names costs what seven substring tests did)
    if _CAPS_NAME.search(text) is None and _CAPS_ABBREVIATION.search(text) is None:
        return text
    text = _CAPS_DAY.sub(lambda m: m.group(0).title(), text)
    return date_capitals.titled(_CAPS_MONTH.sub(_title_name, text))


def _title_name(m: re.Match[str]) -> str:
    """The words of ``m`` with the month or weekday at its end capitalised; a byline in
    capitals ("BY APRIL MENDEZ") is left as it is."""
    name = "m" if m.group("m") else "w"
    if name == "m" and m.group("m").title() in _MONTH_NAMES and byline(m.string, m.start("m")):
        return m.group(0)
    return m.group(0)[:m.start(name) - m.start()] + m.group(name).title()


def find_dates(text: str, published: str | None = None) -> list[dict[str, object]]:
    # DATE_FIRST hits, found by the shared trigger pass
    found = _triggers.triggers(text)
    read = _capitals_read(text)
    dateline = date_dateline_month.titled(read)
    if dateline is not read:
        # (round en194) a lower-case dateline month set as its English abbreviation: the
        # trigger pass is run again on the text so read ("out", "set" start no date)
        read, found = dateline, _triggers.triggers(dateline)
    out = _find_dates(read, published, found[_triggers.DATE])
    if read is not text:
        for d in out:
            d["text"] = text[int(d["start"]):int(d["end"])]  # type: ignore[call-overload]
    for d in out:
        if d["precision"] == "year" and d["value"]:
            _hijri_month_of_year(text, d)
    for y in _HIJRI_YEAR.finditer(text):
        # a Hijri year, 13xx-15xx (a pattern that opens with a plain "1" skips through
        # the text fast; a search for the month names cost 2% of the engines' time)
        if not text[y.start() - 1:y.start()].isalnum():
            _hijri_dates(text, out, y.start())
    return out


_HIJRI_YEAR = re.compile(r"1[345]\d\d\b")
# A Hijri month with its Hijri year (13xx-15xx, perhaps "AH"), a day perhaps before it.
@lru_cache(maxsize=1)
def _hijri() -> re.Pattern[str]:
    """Compiled on first use: Hijri dates are rare in English copy (start-up time)."""
    return re.compile(rf"(?:\b(?P<d>[12]?\d|30)(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
                      rf"\b(?P<m>{alt(EN.HIJRI_MONTHS)})\s+(?P<y>1[345]\d\d)\b(?:\s+AH\b)?")


# The last word of each Hijri month's name ("Ramadan", "al-Awwal"): a plain look at the
# word before a year, before the pattern below is compiled or run.
_HIJRI_LAST_WORDS = frozenset(name.split()[-1] for name in EN.HIJRI_MONTHS)


@lru_cache(maxsize=1)
def _hijri_before_year() -> re.Pattern[str]:
    """A Hijri month right before a Gregorian year, after a preposition or opening its
    sentence: "during Ramadan last year", "in Ramadan 2016" (no name: "Hazem Ramadan
    last year said")."""
    return re.compile(rf"(?:^|[.!?:\n]\s*|\b(?i:{alt(EN.HIJRI_MONTH_OPENERS)})\s+)"
                      rf"(?P<m>{alt(EN.HIJRI_MONTHS)})\s+(?:of\s+)?$")


def _hijri_month_of_year(text: str, d: dict[str, object]) -> None:
    """A year found right after a Hijri month is that month in that Gregorian year
    ("Ramadan last year" in a 2017 report: the Ramadan of 2016, June 2016), the Gregorian
    month holding its 15th day as for "Ramadan 1437"."""
    start = int(d["start"])  # type: ignore[call-overload]
    head = text[max(0, start - 48):start]
    words = head.split()
    if not words or (words[-1] if words[-1] != "of" or len(words) < 2 else words[-2]) not in (
            _HIJRI_LAST_WORDS):
        return
    m = _hijri_before_year().search(head)
    if m is None:
        return
    year, month = int(str(d["value"])[:4]), EN.HIJRI_MONTHS[m.group("m")]
    guess = (year - 622) * 33 // 32
    for hijri_year in range(guess - 1, guess + 3):
        day = to_gregorian(hijri_year, month, 15)
        if day.year == year:
            begin = start - len(head) + m.start("m")
            d.update(start=begin, text=text[begin:int(d["end"])],  # type: ignore[call-overload]
                     value=f"{day.year:04d}-{day.month:02d}", precision="month")
            return


def _hijri_dates(text: str, out: list[dict[str, object]], year_at: int) -> None:
    """The Hijri date whose year is at ``year_at``, if a Hijri month is right before it,
    converted by the tabular calendar as in the Arabic copy: a month and year is the
    Gregorian month holding its 15th day, a day is that day (a week's precision: the
    months begin with a sighting of the moon)."""
    for m in _hijri().finditer(text, max(0, year_at - 40), year_at + 7):
        if m.start("y") != year_at:
            continue
        start, end = m.span()
        if any(int(o["start"]) < end and start < int(o["end"]) for o in out):
            continue
        year, month = int(m.group("y")), EN.HIJRI_MONTHS[m.group("m")]
        if m.group("d"):
            day = to_gregorian(year, month, int(m.group("d")))
            value, precision = day.isoformat(), "week"
        else:
            day = to_gregorian(year, month, 15)
            value, precision = f"{day.year:04d}-{day.month:02d}", "month"
        out.append({"start": start, "end": end, "text": text[start:end], "value": value,
                    "precision": precision})
    out.sort(key=lambda o: int(o["start"]))  # type: ignore[arg-type]


def _find_dates(text: str, published: str | None,
                starts: tuple[int, ...] | range) -> list[dict[str, object]]:
    """Dates of ``text`` whose match begins at one of the sorted ``starts`` (every
    position, ``range(len(text))``, is the plain path the tests compare with)."""
    pub = published_day = parse_published(published)
    out: list[dict[str, object]] = []
    last = -1
    anchored = False
    # (round en172) the day set by a heading that is itself a word relative to publication
    # ("Yesterday" over a live blog's entries): the entries' own "yesterday" and "today"
    # are read from publication, as the heading is, not from the heading's day
    relative_heading = False
    for pos in starts:
        if pos < last:
            continue
        m = DATE_RE.match(text, pos)
        if not m or m.end() <= pos:
            continue
        # (the groups the rules below ask about, fetched in one call: a call per name and
        # use was some ten a date)
        d1, d3, d4, m5, m7, rel, wd, wrel, wweek, roll, rday = m.group(
            "d1", "d3", "d4", "m5", "m7", "rel", "wd", "wrel", "wweek", "roll", "rday")
        if (d1 or d4) and labelled_number(text, m.start()):
            continue  # "Update 3 - 7 October 2022": the day after the dash is read alone
        last = m.end()
        res = None
        if pub != published_day and _HEADING_BEFORE.search(
                text, max(0, m.start() - 40), m.start()) and (
                res := _value_at(text, m, published_day)) and not (
                res[1] and res[2] == "day" and _heading_day(text, m.start(), res[0])):
            # a later entry's heading is read from publication, not from the entry before
            # it ("Tuesday" ... "Thursday"; "Sunday 30 December" ... "Wednesday 2 January")
            res = None
        if res is None and rday and relative_heading:
            res = _value_at(text, m, published_day)
        res = res or _value_at(text, m, pub)
        start = m.start()
        if (m7 or m5) and (od := _ordinal_month_day(text, m, res, pub)):
            # a day in words (after round 47): "the fifth of March", "March fifth"
            start, res = od
        if res is None:
            continue
        end, value, precision = res
        if value and precision == "day" and pub is not None and wd and not (
                wrel or wweek) and end == m.end() and (
                shifted := shifted_weekday(text, start, end, WEEKDAYS[wd[:3].lower()], pub)):
            # counted in weeks (after round 47): "the Sunday before last", "Monday week"
            start, end, value = shifted
        last = max(last, end)
        if published_day is not None and precision == "day" and value:
            day = date.fromisoformat(str(value))
            near = (timedelta(0) < published_day - day <= _ANCHOR_SPAN
                    or day - published_day == _ZONE_AHEAD)
            if not anchored and _dateline_day(text, start, end):
                # The dateline's day is the day of writing: a wire story filed on
                # Wednesday and published later says "on Thursday" of the week before.
                anchored = True
                if near:
                    pub = day
                    relative_heading = False
            elif _heading_day(text, start, end) and (near or day == published_day) and (
                    not signoff_line(text, start, end)):
                # A diary's or a live blog's entry headed by its day: "today" and the
                # weekdays below it are read from that day, up to the next heading.
                pub = day
                relative_heading = bool(rday)
        if roll:
            # A span, not a calendar unit: its first day is the value, ``until`` its last.
            out.append({"start": start, "end": end, "text": text[start:end], "value": value,
                        "precision": precision, "until": pub.isoformat() if pub else None})
            continue
        if rday and rday.lower() in ("yesterday", "tomorrow") and (
                db := _DAY_BEFORE.search(text, max(0, start - 20), start)):
            # "the day before yesterday", "the day after tomorrow": one day further
            start = db.start()
            step = -1 if db.group("dir") == "before" else 1
            value = (date.fromisoformat(str(value)) + timedelta(days=step)).isoformat() if (
                value) else None
        if out and value and precision in ("day", "month") and (
                d3 or d4 or (m7 and not rel)):
            value = not_before_span_start(text, out[-1], start, str(value))
        elif out and value and end == m.end() and wd and not (wrel or wweek):
            value = weekday_after_span_start(text, out[-1], start, wd, str(value))
            value = weekday_after_act_day(text, out[-1], start, wd, value)
        out.append({"start": start, "end": end, "text": text[start:end],
                    "value": value, "precision": precision})
    return out


def _ordinal_month_day(text: str, m: re.Match[str], res: tuple[int, str | None, str] | None,
                       pub: date | None) -> tuple[int, tuple[int, str | None, str]] | None:
    """(start, (end, value, "day")) of a day in words around the bare month or month and
    year at ``m`` ("the fifth of March", "March the fifth, 2015"), read as "March 5" is;
    None when there is none. A month the rules did not read (``res`` None: "March" as a
    verb) is read only with the day after it."""
    name = m.group("m7") or m.group("m5")
    if m.start("m7" if m.group("m7") else "m5") != m.start() or m.group("myrel"):
        return None  # "early March", "last March", "March last year": no day in words
    if (res is not None and res[0] != m.end()) or (m.group("m7") and m.end() - m.start() > 9):
        return None
    found = ordinal_day(text, m.start(), m.end())
    if found is None or (res is None and found[0] < m.start()):
        return None
    start, end, day, year = found
    month = _month(name)
    if m.group("m5"):
        year = int(m.group("y5"))
    if year is None:
        year = _month_year(month, pub, _month_way(text, m, month, pub, day=True))
    return start, (end, _safe_date(year, month, day) if year else None, "day")


def _resolve(text: str, m: re.Match[str], pub: date | None) -> tuple[str | None, str] | None:
    g = m.groups()  # one tuple: a groupdict() of the 30 groups cost more than the rest
    if g[_IY]:
        value = _safe_date(int(g[_IY]), int(g[_IM]), int(g[_ID]))
        return (value, "day") if value else None
    if g[_NY]:
        if g[_SEP] == ".":
            # "08.04.2017": dotted dates are written day first wherever they are used
            # (Ukrainian, Russian, German, Turkish copy); US dates take slashes.
            value = _safe_date(int(g[_NY]), int(g[_NB]), int(g[_NA]))
            return (value, "day") if value else None
        return _numeric(int(g[_NA]), int(g[_NB]), g[_NY])
    if "/" in m.group(0) and not _night_of_two_days(m):
        return None  # "24/7 March": a slash between two numbers that are no night's days
    for d, mo, y in ((_D1, _M1, _Y1), (_D2, _M2, _Y2)):
        if g[mo]:
            return _safe_date(int(g[y]), _month(g[mo]), int(_NON_DIGIT.sub("", g[d]))), "day"
    for d, mo in ((_D3, _M3), (_D4, _M4), (_D10, _M10)):
        if g[mo]:
            if mo != _M10 and dated_group(text, m.start(), m.end()):
                return None  # "the April 6 Youth Movement", "the March 14 alliance"
            day = int(_NON_DIGIT.sub("", g[d]))
            if g[mo] == "May" and d != _D3 and _may_verb(text, m.start(), m.end(mo + 1)):
                return None
            month = _month(g[mo])
            if d == _D10 and g[_Y10]:
                return _safe_date(int(g[_Y10]), month, day), "day"  # the second day's year
            # A day still to come in an earlier month than publication's is next
            # year's ("will start on 2 January" in a December report).
            way = _month_way(text, m, month, pub, day=True)
            year = _month_year(month, pub, way)
            value = _safe_date(year, month, day) if year else None
            if value and d != _D10 and (last := _span_last(text, m, pub, way)) and (
                    len(last) == 10):
                # the first end of a span is never after its last: "between 14 November
                # and 31 May" in a June report began in the November before; nor a year or
                # more before it ("stay shut from 16 March until 30 March" in a June report,
                # the last end ahead by its present): the latest such day on or before it
                end_day = date.fromisoformat(last)
                year = end_day.year - (1 if (month, day) > (end_day.month, end_day.day) else 0)
                value = _safe_date(year, month, day)
            return value, "day"
    if g[_M5]:
        return f"{int(g[_Y5]):04d}-{_month(g[_M5]):02d}", "month"
    if g[_Y6]:
        return g[_Y6], "year"
    if g[_Y9]:
        return g[_Y9], "year"
    if g[_M7]:
        if g[_MYREL]:
            month = _month(g[_M7])
            if pub is None:
                return None, "month"
            return f"{pub.year + _YEAR_SHIFT[g[_MYREL].lower()]:04d}-{month:02d}", "month"
        span_end = None if g[_REL] or g[_MOD] else _MONTH_SPAN_END.match(text, m.end())
        if span_end:
            month, last_month = _month(g[_M7]), _month(span_end.group("m"))
            if span_end.group("y"):
                end_year = int(span_end.group("y"))
            elif pub is None:
                return None, "month"
            else:
                end_year = pub.year + _YEAR_SHIFT[span_end.group("r").lower()]
            year = end_year if month <= last_month else end_year - 1
            return f"{year:04d}-{month:02d}", "month"
        if not (g[_REL] or g[_MOD]) and (
            g[_M7] in {"May", "March"} or g[_M7].endswith(".") or len(g[_M7]) == 3
        ) and not _LONE_MONTH_OK.search(text, max(0, m.start() - 20), m.start()) and not (
                _RESERVED_FOR.search(text, max(0, m.start() - 50), m.start())) and not (
                _MONTH_SPAN_TO.search(text, max(0, m.start() - 30), m.start())) and not (
                _title_period(text, m.start(), m.end())) and not (
                _sitting(text, m.start())) and not (  # "postponed the trial to March"
                month_before_event(text, m.start(), m.end())):  # "the May unrest"
            return None
        if not g[_MOD] and g[_M7][-1] != "." and g[_M7].lower() in EN.MONTH_ABBREVIATIONS and (
                _NAME_AFTER.match(text, m.end())):
            return None
        if not (g[_REL] or g[_MOD]) and g[_M7] in _MONTH_NAMES and _given_name(text, m):
            return None  # "Spokeswoman April Mendez said"
        if not (g[_REL] or g[_MOD]) and recurring(text, m):
            return None, "month"  # "every April": no one month
        if not (g[_REL] or g[_MOD]) and named_month(text, m):
            return None  # "Black September", "MARCH ON PARLIAMENT"
        month = _month(g[_M7])
        rel = (g[_REL] or "").lower() or _month_way(text, m, month, pub)
        year = _month_year(month, pub, rel)
        if year and not (g[_REL] or g[_MOD]) and (
                last := _span_last(text, m, pub, rel or None)):
            # "between November and May": the first month of a span is never after its
            # last, nor a year or more before it
            year = int(last[:4]) - (1 if month > int(last[5:7]) else 0)
        return (f"{year:04d}-{month:02d}" if year else None), "month"
    if g[_WD]:
        if _WD_NAME_AFTER.match(text, m.end()) and not (
                _PREPOSITION_BEFORE.search(text, max(0, m.start() - 8), m.start())):
            return None  # "The Sunday Times", "the Good Friday Agreement": a name
        if not g[_WREL] and recurring(text, m):
            return None, "day"  # "every Tuesday", "Monday to Saturday": no one day
        if not g[_WREL] and named_day(text, m):
            return None  # "Bloody Sunday", "the Mail on Sunday"
        if g[_WWEEK]:
            return _week_day(pub, g[_WD], g[_WWEEK].lower()), "day"
        if not g[_WREL] and (own := _own_date(text, m.end(), pub, g[_WD])):
            return own, "day"
        return _weekday(text, m, pub, g[_WD], (g[_WREL] or "").lower()), "day"
    if g[_RDAY]:
        word = g[_RDAY].lower()
        if pub is None:
            return None, "day"
        if word == "tonight" and _in_quote(text, m.start()):
            return None, "day"
        if programme(text, m):
            return None  # "the Today programme", "Africa Tonight reported": a name
        if g[_RDAY].isupper() and _PROGRAMME_AFTER.match(text, m.end()) and (
                _PROGRAMME_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            return None  # "AFRICA TONIGHT - transcript of ...": a programme's name (round 43)
        delta = EN.RELATIVE_DAYS[word]
        return (pub + timedelta(days=delta)).isoformat(), "day"
    if g[_ROLL]:
        if g[_ROLLP]:
            return _rolling_calendar(g[_ROLLP].lower(), pub), "day"
        return _rolling(g[_ROLLN], g[_ROLLU], pub), "day"
    if g[_RPERIOD]:
        if _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()) and (
                _OF_AFTER.match(text, m.end())):
            return None  # a part of an event, no calendar unit: "the last month of the siege"
        if _AGO_BEFORE.search(text, max(0, m.start() - 5), m.start()):
            return None  # an anniversary: "Ten years ago this week" is ten years back
        return _period(g[_RPERIOD].lower(), pub)
    if g[_AGO]:
        n = int(g[_AGON]) if g[_AGON].isdigit() else _NUMWORD[g[_AGON].lower()]
        unit = g[_AGOU].lower()
        if pub is None:
            return None, unit
        if unit == "day":
            return (pub - timedelta(days=n)).isoformat(), "day"
        if unit == "week":
            return (pub - timedelta(weeks=n)).isoformat(), "week"
        if unit == "month":
            total = pub.year * 12 + pub.month - 1 - n
            return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
        return f"{pub.year - n:04d}", "year"
    if g[_Y8]:
        if _PHONE_GROUPS.match(text, m.end()):
            return None  # "the free line 1800-335-486": a phone number (round 59)
        if (_COUNTED.match(text, m.end()) and not _SINGULAR_ARTICLE_BEFORE.search(
                text, max(0, m.start() - 4), m.start())) or _CLOCK_AFTER.match(
                text, m.end()) or (
                text.startswith("-", m.end()) and _COUNT_COMPOUND.match(text, m.end())) or (
                _QUANT_BEFORE.search(
            text, max(0, m.start() - 15), m.start()
        ) and not _YEAR_TO.search(text, max(0, m.start() - 10), m.start())
                and not ((ev := _WORD_OF_END.search(text, max(0, m.start() - 20), m.start()))
                         and ev.group(1).lower() in _EVENT_NOUNS)
                # "guilty of 2011 massacre" (headline style, no article): the event
                # named after the year dates it; a count is of people or things
                and not _EVENT_AFTER.match(text, m.end())
                and not _bounded_year(text, m.start())
                and not _ORIGIN_YEAR.search(text, max(0, m.start() - 24), m.start())
                # an end moved to a year: "postponed the vote to 2027"
                and not _SITTING_BEFORE.search(text, max(0, m.start() - 60), m.start())):
            return None
        if (nn := _WORD_END.search(text, max(0, m.start() - 12), m.start())) and (
                nn.group(1) in _NAMES_WITH_NUMBERS):
            return None  # "Route 2015", "Unit 1999": a name's number
        if _DOCUMENT_NUMBER.search(text, max(0, m.start() - 60), m.start()):
            return None  # "resolution 2083 (2012)": the resolution's number
        return g[_Y8], "year"
    return None


# A year hedged after a word of time (round 46): "have used the parks since at least
# 2019", "from about 2012", "until at least 2030". The hedge reads like a count's ("at
# least 2019 people"), but "since" and its kin take a time, never a count of people.
# ... and after a birth (round 58): "born around 1971", "born in about 1965".
_BOUNDED_YEAR = re.compile(
    rf"\b(?:{alt((*EN.YEAR_BOUND_WORDS, *EN.YEAR_BIRTH_WORDS))})\s+(?:{alt(EN.YEAR_HEDGES)})\s+$",
    re.IGNORECASE)
# A document's number in four digits (round 58), perhaps after others of a list, each with
# its year in brackets: "resolution 2083 (2012)", "RESOLUTIONS 1267 (1999) AND 1989 (2011)",
# "resolutions 1970 and 1973". The bracketed years stay dates.
_DOCUMENT_NUMBER = re.compile(
    rf"\b(?:{alt(EN.NUMBERED_DOCUMENTS)})\s+(?:No\.?\s+)?"
    r"(?:\d{3,4}(?:\s*\(\d{4}\))?\s*(?:,|and|&)\s*)*$", re.IGNORECASE)


# A year a thing is traced back to (round 49): "a feud that dates back to 1998", "goes back
# to 2004". "to" before a year reads like a count's ("rose to 1998"); "back to" after a
# verb of origin takes a time.
_ORIGIN_YEAR = re.compile(rf"\b(?:{alt(EN.ORIGIN_BACK_VERBS)})\s+back\s+to\s+$",
                          re.IGNORECASE)


# ... but a count when a second number closes a change: "grew from about 2000 to 5000"
_TO_NUMBER = re.compile(r"\d{4}\s*(?:to|and|-|–)\s*\d")


def _bounded_year(text: str, start: int) -> bool:
    """Is the year at ``start`` a time after "since at least" and its kin, not a count?"""
    return _BOUNDED_YEAR.search(text, max(0, start - 40), start) is not None and (
        _TO_NUMBER.match(text, start) is None)


# A dateline's date: a place (its region or country after commas; in capitals or not,
# "Lahore, April 9 (APP):") at the start of a line, then the day, then the agency and the
# dash, colon or "//" that end a dateline ("ERBIL, Kurdistan Region, April 5 (Rudaw) -").
_PLACE_WORDS = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"  # capitalised words only
# The place may be followed by the weekday of the date: "SYDNEY, Tuesday April 11 -".
_DATELINE_PLACE = re.compile(rf"(?:^|\n){_PLACE_WORDS}(?:,\s*{_PLACE_WORDS}){{0,2}},\s*"
                             r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$")
# (the agency's tag may close with a stop before the dash: "Lima, 3 Mar (EFE).- ")
_DATELINE_END = re.compile(r"\s*(?:\([^)\n]{1,30}\)\.?\s*)?(?:--|-|—|–|:|//)\s")
# How far back a dateline may lie from publication to be the day of writing (a reprint
# months later keeps reading from publication).
_ANCHOR_SPAN = timedelta(days=31)
# A dateline east of the publisher may be a day past the publication date ("HARUN,
# April 11 (GMT+3) -" in a paper dated April 10): its day is still the day of writing, so
# "yesterday" is April 10. Time zones part two calendars by one day at most.
_ZONE_AHEAD = timedelta(days=1)


# A dateline opens the story: after at most a headline and a subheading (or byline),
# neither ending in a stop.
# A line of the same shape further down is a timeline's entry ("Monday, March 2: ..."),
# a paragraph ("On Sunday, March 15 - the day ... -") or an earlier report quoted, and
# taking its day for the day of writing moved every weekday after it a week or more.
_HEAD_LINES = 2
# Words a place does not start with: a weekday is a date's, a preposition a sentence's.
_NO_PLACE = re.compile(r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|On|In|At|By|From|"
                       r"Since|Until|Before|After|Last|This|Next|Early|Late)\b")


def _dateline_day(text: str, start: int, end: int) -> bool:
    if _DATELINE_END.match(text, end) is None:
        return False
    place = _DATELINE_PLACE.search(text, max(0, start - 60), start)
    if place is None or _NO_PLACE.match(place.group().lstrip("\n")):
        return False
    # Rare past the two patterns: the lines before are counted only then.
    line = text.rfind("\n", 0, place.start() + 1)
    head = [row for row in text[:max(line, 0)].split("\n") if row.strip()]
    # a headline or byline has no closing stop; a line that has one is the story's
    return len(head) <= _HEAD_LINES and not any(
        row.rstrip().endswith((".", ":")) for row in head)


def _title_period(text: str, start: int, end: int) -> bool:
    """A month alone after a colon that closes its line: "Monthly report: March"."""
    return text.endswith((":", ": "), 0, start) and _LINE_END.match(text, end) is not None


def _numeric(a: int, b: int, year: str) -> tuple[str | None, str] | None:
    """"3/4/2015", "14-02-2017": day and month are told apart only when one of them
    exceeds 12 (or they are equal); otherwise US and European order disagree and only
    the year is given."""
    if a > 12 and b > 12:
        return None
    if a == b or a > 12 or b > 12:
        day, month = (a, b) if a > 12 else (b, a)
        value = _safe_date(int(year), month, day)
        return (value, "day") if value else None
    return year, "year"


def _weekday(text: str, m: re.Match[str], pub: date | None, name: str,
             rel: str) -> str | None:
    if pub is None:
        return None
    target = WEEKDAYS[name[:3].lower()]
    back = (pub.weekday() - target) % 7
    if rel == "last":
        return (pub - timedelta(days=back or 7)).isoformat()
    # "will visit this Thursday" looks ahead like a bare weekday; without a cue "this
    # Sunday" stays the latest (translated copy writes it for the day just past)
    if rel == "next" or _sitting(text, m.start()) or _set_for(text, m) or (
            _looks_ahead(text, m)) or (rel != "last" and _day_to_start(text, m)) or (
                not rel and _event_to_come(text, m)) or (
                    not rel and listing_weekday(text, m.start(), m.end())) or (
                        not rel and _after_tomorrow(text, m)) or (
                            not rel and _called_for(text, m)):
        fwd = (target - pub.weekday()) % 7
        if rel == "next":
            fwd = fwd or 7
        return (pub + timedelta(days=fwd)).isoformat()
    return (pub - timedelta(days=back)).isoformat()


# What may stand between a weekday and the date it names: "Thursday, March 30",
# "Thursday (30 March)", "Thursday 30 March".
_WD_DATE_GAP = re.compile(r",?\s*\(?\s*(?=[0-9A-Z])")


def _own_date(text: str, end: int, pub: date | None, name: str) -> str | None:
    """The day of the date right after a weekday when it falls on that weekday: the
    weekday names that date, not the latest such day before publication."""
    gap = _WD_DATE_GAP.match(text, end)
    dm = DATE_RE.match(text, gap.end()) if gap else None
    if dm is None or dm.group("wd"):
        return None
    res = _resolve(text, dm, pub)
    if res is None or res[1] != "day" or not res[0]:
        return None
    value = str(res[0])
    return value if date.fromisoformat(value).weekday() == WEEKDAYS[name[:3].lower()] else None


def _value_at(text: str, m: re.Match[str], pub: date | None) -> tuple[int, str | None, str] | None:
    """The end, value and precision of the date matched at ``m``, read from ``pub``; a
    weekday right before the date it names takes that date with it ("Sunday 11 November",
    "Tuesday, March 3": one expression, the date's day)."""
    res = _resolve(text, m, pub)
    if res is None:
        return None
    if res[1] == "day" and (m.group("d3") or m.group("d4")) and (
            rel := _YEAR_REL_AFTER.match(text, m.end())):
        # "2 January last year": that day in the year named after it, one expression
        if pub is None:
            return rel.end(), None, "day"
        day = int(_NON_DIGIT.sub("", m.group("d3") or m.group("d4")))
        year = pub.year + _YEAR_SHIFT[rel.group(1).lower()]
        return rel.end(), _safe_date(year, _month(m.group("m3") or m.group("m4")), day), "day"
    if m.group("wd") and not m.group("wrel") and not m.group("wweek") and (
            joined := _joined_date(text, m.end(), pub, m.group("wd"))):
        return joined[0], joined[1], "day"
    return m.end(), res[0], res[1]


# A programme's name set in capitals at the start of a line: one or two words, then
# "TODAY" / "TONIGHT", then a dash, a bar or a colon ("AFRICA TONIGHT - transcript of the
# 7pm bulletin", "WORLD TODAY: programme notes"). "PRESIDENT TO SPEAK TONIGHT" (no
# separator after) and "Troops leave TONIGHT - army" (lower case) stay dates.
_PROGRAMME_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z'’&.]+(?:[ \t]+[A-Z][A-Z'’&.]+)?[ \t]+$")
_PROGRAMME_AFTER = re.compile(r"[ \t]*:[ \t]|[ \t]+[-–—|][ \t]")

_WD_NAME_AFTER = re.compile(rf"[ \t]+(?:{alt(EN.WEEKDAY_NAME_NOUNS)})\b")
# ("On Sunday Times Square was calm": after a preposition the weekday is a date)
_PREPOSITION_BEFORE = re.compile(rf"\b(?i:{alt(EN.DAY_PREPOSITIONS)}|on|at|for)[ \t]+$")
_MONTH_NAMES = frozenset(EN.MONTH_GIVEN_NAMES)
_WORD_BEFORE_NAME = re.compile(r"\b([A-Za-z]+\.?)[ \t]+$")


def _given_name(text: str, m: re.Match[str]) -> bool:
    """Whether a lone month stands between a word that opens no date and a capitalised
    surname: "Spokeswoman April Mendez", "said spokeswoman April Mendez", "said June
    Park"; or opens a byline: "By April Mendez" on a line of its own."""
    if not _NAME_AFTER.match(text, m.end()):
        return False
    if byline(text, m.start()):
        return True
    before = _WORD_BEFORE_NAME.search(text, max(0, m.start() - 20), m.start())
    if before is None:
        return sentence_given_name(text, m)
    return before.group(1).rstrip(".").lower() not in OPENS_A_DATE


_YEAR_REL_AFTER = re.compile(r"[ \t]+((?i:last|next|this))[ \t]+(?i:year)\b(?!['’])")

# What may join a weekday to the date it names in one expression: "Sunday 11 November",
# "Tuesday, March 3" (not a bracket: "Thursday (6 April)" stays two); and "the" before an
# ordinal day, as speech and a programme's opening say it: "Monday the 26th of August",
# "Monday, the 26th of August".
_WD_DATE_JOIN = re.compile(r",?[ \t]+(?:the[ \t]+(?=\d\d?(?:st|nd|rd|th)\b))?(?=[0-9A-Z])")


def _joined_date(text: str, end: int, pub: date | None, name: str) -> tuple[int, str | None] | None:
    """The end and value of a day and month right after a weekday that falls on it (any,
    without a publication date to tell): the weekday and the date are one expression, as
    a diary's heading or "on Tuesday, March 3" writes it."""
    gap = _WD_DATE_JOIN.match(text, end)
    if gap is not None and (day := _MONTHLESS_DAY.match(text, gap.end())):
        value = _monthless_day(pub, int(day.group(1)), name)
        # (a day that never falls on the weekday near publication leaves the weekday alone)
        return (day.end(), value) if value or pub is None else None
    dm = DATE_RE.match(text, gap.end()) if gap else None
    # (a day with its year only after "the": "Monday 26 August 2019" is one match already)
    if dm is None or not (dm.group("d3") or dm.group("d4") or (
            dm.group("d1") and "the" in text[end:gap.end()])):  # type: ignore[union-attr]
        return None
    res = _resolve(text, dm, pub)
    if res is None or res[1] != "day":
        return None
    if res[0] and date.fromisoformat(str(res[0])).weekday() != WEEKDAYS[name[:3].lower()]:
        # the weekday says which year a day and month without one are in: "the dinner on
        # Saturday 7 October" (this year's, ahead) in a paper of April
        if pub is None or _YEAR_WRITTEN.search(dm.group(0)):
            return None
        value = weekday_year(str(res[0]), WEEKDAYS[name[:3].lower()], pub)
        return (dm.end(), value) if value else None
    return dm.end(), res[0]


_YEAR_WRITTEN = re.compile(r"\d{4}|['’]\d\d\b")


# An ordinal day after "the" with no month after it: "It is Tuesday the 27th".
_MONTHLESS_DAY = re.compile(
    r"(?<=the )(\d\d?)(?:st|nd|rd|th)\b(?![ \t]+(?:of[ \t]+)?[A-Z0-9])(?![-–/]\d)")


def _monthless_day(pub: date | None, day: int, name: str) -> str | None:
    """The date nearest ``pub`` (in its month, the one before or the one after) that has
    the day of the month ``day`` and falls on the weekday ``name``."""
    if pub is None:
        return None
    found = []
    for step in (-1, 0, 1):
        total = pub.year * 12 + pub.month - 1 + step
        value = _safe_date(total // 12, total % 12 + 1, day)
        if value and date.fromisoformat(value).weekday() == WEEKDAYS[name[:3].lower()]:
            found.append(value)
    return min(found, key=lambda v: abs((date.fromisoformat(v) - pub).days), default=None)


# A heading: a line that holds a day and at most three short words before it ("Week
# ending Sunday 14 April", "Day 3: Tuesday 13 November"), nothing after it but a clock
# time, a stop or a colon ("Tuesday 13 November, 14:05 GMT").
# The words before are a label's: capitalised, numbers, or "ending", "for", "of" ("Shelling
# began on Monday 5 May." is a sentence).
# (a dash may stand apart after a label's number, round 56: "Update 2 - 14 May 2025")
_HEADING_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:[A-Z0-9][A-Za-z0-9]{0,11}|ending|for|of)(?:[ \t]*[–-]|[:,.–-])?"
    r"[ \t]+){0,3}$")
_HEADING_AFTER = re.compile(
    rf"(?:,?[ \t]+(?:at[ \t]+)?\d{{1,2}}[:.]\d\d(?:[ \t]*(?:{alt(EN.TIME_ZONES)}))?)?"
    r"[ \t]*[.:]?[ \t]*(?:\n|$)")


def _heading_day(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` is a line's heading. A weekday without its
    day of the month is one only alone on its line (after words it may close a sentence,
    "Shelling began on Monday.")."""
    if _HEADING_AFTER.match(text, end) is None:
        return False
    if not any(ch.isdigit() for ch in text[start:end]):
        return start == 0 or text[start - 1] == "\n"
    return _HEADING_BEFORE.search(text, max(0, start - 40), start) is not None


def _week_day(pub: date | None, name: str, rel: str) -> str | None:
    """"Monday last week": that weekday in the week (Monday to Sunday) before, after or of
    the publication date's week."""
    if pub is None:
        return None
    step = EN.WEEK_RELATIONS[rel]
    monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
    return (monday + timedelta(days=WEEKDAYS[name[:3].lower()])).isoformat()


# "has called" / "have called (for)", an article, up to three words, the event, perhaps
# the place it covers, then "on" right before the weekday.
_CALLED_FOR = re.compile(
    r"\b(?:has|have)[ \t]+(?:[a-z]+ly[ \t]+|also[ \t]+|now[ \t]+)?called[ \t]+(?:for[ \t]+)?"
    rf"(?:a|an)[ \t]+(?:[\w-]+[ \t]+){{0,3}}?(?i:{alt(EN.CALLED_EVENTS)})"
    r"(?:[ \t]+(?:in|across|throughout)[ \t]+(?:the[ \t]+)?[\w-]+(?:[ \t]+[\w-]+)?)?"
    r"[ \t]+on[ \t]+$")


def _called_for(text: str, m: re.Match[str]) -> bool:
    """"Several organisations have called a 12-hour bandh in the district on Friday": a
    strike, protest or meeting called in the present perfect for a weekday is still to
    come (the perfect names no past day for the call itself; "called a strike on Friday"
    in the simple past may tell when the call was made, and stays behind)."""
    return "called" in text[max(0, m.start() - 90):m.start()] and (
        _CALLED_FOR.search(text, max(0, m.start() - 90), m.start()) is not None) and (
        not turned_out(text, m.end()))


def _set_for(text: str, m: re.Match[str]) -> bool:
    """"a strike for Tuesday": the day something is set for (not "for Tuesday's raid", nor
    "the exchange planned for Friday went ahead": the plan told as past)."""
    return (not text.startswith(("'s", "’s"), m.end())
            and _FOR_DAY.search(text, max(0, m.start() - 8), m.start()) is not None
            and not turned_out(text, m.end()))


# "from" right before a weekday, and the word before it; what closes a span after the day.
_FROM_BEFORE = re.compile(r"(?:\b([A-Za-z]+)[ \t]+)?\b(?:[Ff]rom|[Ee]ffective)[ \t]+$")
# (after a date "from" names the old value of a change: "Corrects day of attack to Sunday
# from Saturday", "moved the vote to Sunday from Saturday")
_FROM_NOT_START = frozenset((*EN.FROM_DAY_NOT_START, *(str(w).lower() for w in EN.WEEKDAYS),
                             *(str(w).lower() for w in EN.MONTHS)))
_SPAN_AFTER_DAY = re.compile(
    rf"(?:[ \t]+(?i:{alt(EN.DAY_PARTS)}))?(?:\s*[-–]|\s+(?:to|until|till|through|and)\b)")


def _day_to_start(text: str, m: re.Match[str]) -> bool:
    """"a truce from Wednesday", "the curfew applies from Friday", "from Monday onwards": a
    weekday after "from" opens a time to come (a day past takes "since"), unless the day
    is a record's ("footage from Sunday"), opens a span ("from Friday to Sunday", which
    reads as its clause does) or its clause is past ("fled from Sunday onwards")."""
    if "rom" not in text[max(0, m.start() - 6):m.start()] and (
            "ive" not in text[max(0, m.start() - 5):m.start()]):
        return False  # (a substring test first: few weekdays follow "from", "effective")
    before = _FROM_BEFORE.search(text, max(0, m.start() - 24), m.start())
    if before is None or (before.group(1) or "").lower() in _FROM_NOT_START:
        return False
    if text.startswith(("'s", "’s"), m.end()):
        return False
    # (a span's first day, "from Wednesday to Sunday", is read as a single day is: its
    # clause's past verb keeps it behind, "fighting raged from Friday to Sunday")
    # (an infinitive before "from" is the act that starts on the day, ahead of the verb it
    # hangs on whatever that verb's tense: "called on both sides to observe a truce from
    # Wednesday", "ordered shops to close from Friday")
    # (the clause reader stops at the comma after a day that closes its clause's words: "A
    # curfew applies from Friday, the governor said" is not told in the past by its
    # attribution; "From Friday to Sunday, 30 people were killed" is)
    return direction(text, m.start(), m.end()) != BACK or bool(
        _REQUESTED_FROM.search(text, max(0, before.start() - 80), before.end()))

# A request or an order, its object, "to" and a bare verb, then up to six words without a
# comma, a stop or a past form, then "from" (the words before the weekday).
_REQUESTED_FROM = re.compile(
    rf"\b(?:{alt(EN.REQUEST_VERBS)})[ \t]+(?:[\w'’-]+[ \t]+){{0,4}}?to[ \t]+[a-z]+(?<!ed)"
    r"(?:[ \t]+(?![a-z]+ed\b|was\b|were\b|had\b)[\w'’-]+){0,6}?[ \t]+[Ff]rom[ \t]+$")


_EVENT_AFTER_DAY = re.compile(
    rf"['’]s[ \t]+(?:[a-z-]+[ \t]+){{0,2}}?(?i:{alt(EN.SCHEDULED_EVENTS)})\b")
_BEFORE_EVENT = re.compile(rf"\b(?:(?i:{alt(EN.BEFORE_EVENT_PHRASES)})"
                           rf"|(?P<wait>(?i:{alt(EN.EVENT_WAIT_PHRASES)})))[ \t]+$")


def _event_to_come(text: str, m: re.Match[str]) -> bool:
    """"has pulled out of Friday's run-off", "called off Sunday's rally", "in the run-up to
    Thursday's vote": an event named by its day's possessive, which the words right before
    it withdraw from, call off or wait for, has not been held (not "after Friday's vote",
    "boycotted Sunday's poll", "over Friday's bombing")."""
    if not text.startswith(("'s", "’s"), m.end()) or not _EVENT_AFTER_DAY.match(text, m.end()):
        return False
    before = _BEFORE_EVENT.search(text, max(0, m.start() - 24), m.start())
    if before is None or _HELD.search(_sentence_rest(text, m.end())):
        return False
    return not before.group("wait") or direction(text, m.start(), m.end()) != BACK


# (over the rest of the sentence: "withdrew from Friday's run-off, which went ahead
# without it" was held)
_HELD = re.compile(rf"\b(?:{alt(EN.PLAN_OUTCOMES)})\b", re.IGNORECASE)


def _sitting(text: str, pos: int) -> bool:
    lo = pos - 50 if pos > 50 else 0
    # (the pattern is case-sensitive and ends with spaces after one of these words, or
    # after "on" and a sitting verb: "on Monday" alone, most weekdays, is not searched)
    before = text[lo:pos].rstrip()
    if before.endswith("on"):
        before = before[:-2].rstrip()
    return before.endswith(_SITTING_ENDS) and (
        _SITTING_BEFORE.search(text, lo, pos) is not None)


# The last word before the date when ``_SITTING_BEFORE`` matches (its spaces and an "on"
# stripped): a sitting verb, or the "to" / "until" / "till" of a moved end. (None ends in
# "on", which the strip above would take.)
_SITTING_ENDS = tuple(sorted({*(v.split()[-1] for v in EN.SITTING_VERBS), "to", "until",
                              "till"}))


_SPAN_ENDS = frozenset(EN.SPAN_END_WORDS)
_FROM_WEEKDAY = re.compile(
    rf"\bfrom\s+(?:{alt(EN.WEEKDAYS)})\b", re.IGNORECASE)


_PROMISES = frozenset(EN.PROMISE_CUES)


# "had" (maybe with an adverb) right before a promise: "had vowed to", "had earlier pledged to".
_PAST_PERFECT = re.compile(r"\bhad\s+(?:[a-z]+ly\s+|earlier\s+|already\s+)?$", re.IGNORECASE)
# The rest of a promise's sentence telling that it was kept or broken: "and did so",
# "but failed to", "but it never did".
_KEPT_OR_BROKEN = re.compile(
    r"[^.\n]*?\b(?:did so|did not|didn't|never did|failed to)\b", re.IGNORECASE)


# "had" anywhere before in the clause: a plan told from a past time ("had planned to
# reopen the road on Friday") may have been for a day now past.
# ("had until Sunday to leave" grants the time: a deadline, no plan told from the past)
_HAD = re.compile(r"\bhad\b(?!\s+(?:until|till)\b)", re.IGNORECASE)


def _looks_ahead(text: str, m: re.Match[str]) -> bool:
    """Whether a weekday's clause speaks of a day to come. A past verb nearest the day
    keeps it behind whatever comes before ("The mayor, who will step down, was shot on
    Tuesday"); a future cue before it looks ahead; so does a clause whose verb looks ahead
    (``date_direction``: "plans to reopen the crossing on Saturday", "the trial is to
    open on Monday", "On Friday the army will withdraw"), unless the plan is told from a
    past time or the sentence says how it turned out, where the day may be past as a
    plain weekday is."""
    if _future_context(text, m.start()):
        return direction(text, m.start(), m.end()) != BACK
    if direction(text, m.start(), m.end()) not in (AHEAD, NEAR):
        return False
    window = text[max(0, m.start() - _FAR_CUE):m.start()]
    cut = max(window.rfind(". "), window.rfind("\n"))
    # ("said they had closed all roads until Tuesday": the pluperfect is the act's, and the
    # state it set runs on to the day)
    return not (_HAD.search(window, cut + 1) and not sets_state_until(text, m.start())) and (
        not _KEPT_OR_BROKEN.match(_sentence_rest(text, m.end())))


# "Tomorrow" before a weekday in its sentence (round 53).
_TOMORROW = re.compile(r"\btomorrow\b", re.IGNORECASE)


def _after_tomorrow(text: str, m: re.Match[str]) -> bool:
    """A weekday after "tomorrow" in the same sentence, its own clause saying nothing of
    the past: "Tomorrow I hand over command, and on Monday I leave" is the Monday ahead,
    as the day named before it is (a past verb nearest the day keeps it behind: "Tomorrow
    we bury the men killed on Monday"; so does a past speech verb after the cue)."""
    if "omorrow" not in text[max(0, m.start() - _FAR_CUE):m.start()]:
        return False
    return _future_context(text, m.start(), _TOMORROW) and (
        direction(text, m.start(), m.end()) is None)


def _sentence_rest(text: str, pos: int) -> str:
    """The words from ``pos`` to the end of its sentence (at most 120 characters)."""
    rest = text[pos:pos + 120]
    stop = min((i for i in (rest.find(". "), rest.find("\n")) if i >= 0), default=len(rest))
    return rest[:stop]


_PAST_CLAUSE = re.compile(rf"\b(?:{alt(EN.PAST_CLAUSE_WORDS)})\b", re.IGNORECASE)


def _past_clause(text: str, window: str, cue: int, pos: int) -> bool:
    """Whether the clause around "until" (from the comma before it to the comma after the
    day at ``pos``) is told in the past."""
    before = window[window.rfind(",", 0, cue) + 1:cue]
    after = _sentence_rest(text, pos).split(",", 1)[0]
    return _PAST_CLAUSE.search(before) is not None or _PAST_CLAUSE.search(after) is not None


_BESIDE = (" to ", " door ")
_NEAR_CUE, _FAR_CUE = 70, 100
_PAST_FORM = re.compile(r"\b(?:[a-z]{2,}ed|was|were|had)\b")


def _future_context(text: str, pos: int, cues: re.Pattern[str] = _FUTURE) -> bool:
    # (the last 70 characters, or up to _FAR_CUE when no past form stands between the cue
    # and the day: "would attend a memorial ceremony at the National Guard barracks in
    # Tunis on Sunday"; "would question the two men arrested after the clashes at the
    # market on Friday" keeps the past day)
    window = text[max(0, pos - _FAR_CUE):pos]
    cut = max(window.rfind(". "), window.rfind("\n"))
    if cut >= 0:
        window = window[cut + 1:]
    last = -1
    for cue in cues.finditer(window):
        if window.startswith(_BESIDE, cue.end()) and cue.group(0).lower() == "next":
            continue  # "the site next to the hospital on Sunday": a place, nothing ahead
        if cue.group(0).lower() in _SPAN_ENDS and _FROM_WEEKDAY.search(window, 0, cue.start()):
            # "lasted from Friday evening until dawn on Saturday": the end of a span whose
            # start is a bare weekday lies where the start lies, not ahead
            continue
        if cue.group(0).lower() in _SPAN_ENDS and _past_clause(text, window, cue.start(), pos):
            # "until Monday the town had been spared", "was calm until Tuesday": the span
            # ended at the day, which is past as a plain weekday is
            continue
        promise = cue.group(0).lower() in _PROMISES
        if promise and "," in window[cue.end():]:
            continue  # the promise's clause ended before the weekday
        if promise and (_PAST_PERFECT.search(window, 0, cue.start())
                        or _KEPT_OR_BROKEN.match(_sentence_rest(text, pos))):
            # "had vowed to reopen the road on Friday": told from a past time, and
            # "threatened to attack on Saturday and did so": the sentence says how it
            # turned out; either way the day may be past, as a plain weekday is
            continue
        last = cue.end()
    # "... will pay for this, the commander told reporters on Sunday": a past speech verb
    # after the cue tells when the words were said.
    if last < 0:
        return False
    if len(window) - last > _NEAR_CUE and _PAST_FORM.search(window, last):
        return False
    for verb in _PAST_SPEECH.finditer(window, last):
        if not window.endswith(_PASSIVE_BEFORE, 0, verb.start()):
            return False
    return True


def _in_quote(text: str, pos: int) -> bool:
    line_start = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
    before = text[line_start + 1:pos]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _rolling(number: str | None, unit: str | None, pub: date | None) -> str | None:
    """The first day of "the past week" / "the last 10 days": the span ends at
    publication and begins that many days (a week: seven) before it. "Last week" alone is
    the calendar week before publication's (``_period``); "past" and "the last N" count
    back from the day of writing."""
    if pub is None:
        return None
    if number is None:
        days = 7
    else:
        n = int(number) if number.isdigit() else _NUMWORD[number.lower()]
        days = n * (7 if (unit or "").lower() == "week" else 1)
    return (pub - timedelta(days=days)).isoformat()


def _rolling_calendar(unit: str, pub: date | None) -> str | None:
    """The first day of "the past month" / "the past year": the same day a month (a year)
    before publication, or the month's last day when it has no such day."""
    if pub is None:
        return None
    total = pub.year * 12 + pub.month - 1 - (1 if unit == "month" else 12)
    year, month = total // 12, total % 12 + 1
    last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(pub.day, last)).isoformat()


_PART_OF = re.compile(r"(?:early|late|mid)[\s-]+")


def _period(expr: str, pub: date | None) -> tuple[str | None, str]:
    expr = _PART_OF.sub("", expr, count=1)  # "late last year" is a part of last year
    unit = expr.split()[-1]
    precision = unit
    if pub is None:
        return None, precision
    step = 0 if expr.startswith("this") else (1 if expr.startswith("next") else -1)
    if unit == "week":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=step)
        return monday.isoformat(), "week"
    if unit == "month":
        total = pub.year * 12 + pub.month - 1 + step
        return f"{total // 12:04d}-{total % 12 + 1:02d}", "month"
    return f"{pub.year + step:04d}", "year"


# Imported last and used by attribute: triggers.py imports this module's word lists, so
# whichever of the two is imported first, the other is complete when a call comes. (An
# import inside find_dates cost a few microseconds on every document.)
from . import triggers as _triggers  # noqa: E402
