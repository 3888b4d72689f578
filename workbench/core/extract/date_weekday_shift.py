"""A weekday counted in weeks from the nearest one (after the forty-seventh round).

British and Commonwealth copy counts weekdays by the week: "the talks were held on the
Sunday before last" (the Sunday a week before last Sunday), "the court will rule on
Monday week" (a week after the coming Monday), "Fighting resumed two Fridays ago". The
weekday rules read the name alone, the nearest such day, a week off. Here:

* "<weekday> before last": the latest such day strictly before the day of writing, less
  a week (not before "last year's election", "last night's attack": a time before an
  event, `BEFORE_LAST_HEADS`);
* "<weekday> week" (the word "week" right after, nothing joined to it: not "Monday
  week-long talks", "Sunday weekend"): the next such day strictly after it, plus a week;
* "two / three / four <weekday>s ago": the latest such day strictly before it, less a
  week for each count past the first.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lang import en as EN
from .lang.build import alt

_BEFORE_LAST = re.compile(
    rf"\s+before\s+last\b(?!['’]s|\s+(?:{alt(EN.BEFORE_LAST_HEADS)})\b)", re.IGNORECASE)
_WEEK_AFTER = re.compile(r"\s+week\b(?![\w-])")
_AGO = re.compile(r"\s+ago\b")
_COUNT_BEFORE = re.compile(r"\b(\w+)\s+$")


def shifted_weekday(text: str, start: int, end: int, weekday: int,
                    today: date) -> tuple[int, int, str] | None:
    """(start, end, value) of a weekday (0 = Monday) named at ``start`` to ``end`` and
    counted in weeks from ``today``, or None when no count of weeks goes with it."""
    if not text[end:end + 12].lstrip().startswith(("before", "week", "ago")):
        return None  # (most weekdays: one slice, no pattern)
    back = (today.weekday() - weekday) % 7 or 7  # days to the latest such day before
    if m := _BEFORE_LAST.match(text, end):
        return start, m.end(), (today - timedelta(days=back + 7)).isoformat()
    if text[end - 1:end] == "s" and (m := _AGO.match(text, end)) and (
            n := _COUNT_BEFORE.search(text, max(0, start - 8), start)) and (
            (weeks := EN.WEEKDAY_COUNTS_AGO.get(n.group(1).lower())) is not None):
        return n.start(), m.end(), (today - timedelta(days=back + 7 * (weeks - 1))).isoformat()
    if m := _WEEK_AFTER.match(text, end):
        ahead = (weekday - today.weekday()) % 7 or 7
        return start, m.end(), (today + timedelta(days=ahead + 7)).isoformat()
    return None
