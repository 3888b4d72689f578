"""Partial dates (a year, a month, a day) as the first and last day they stand for.

Kept apart from ``query`` so the write path (``timeline_index``) can use it without
importing the project layer.
"""

from __future__ import annotations

import calendar
import datetime as dt

Interval = tuple[dt.date, dt.date]


def date_interval(value: str | None, precision: str | None = None) -> Interval | None:
    """First and last day a partial date stands for, widened to its precision.

    A week that runs past the calendar's last day (9999-12-31) ends on that day: the
    write path computes this for every dated annotation, and an OverflowError there
    failed the annotation's write. A month ("2024-03") at year precision is its whole
    year, as a full date at year precision is (it was its month until schema 21, whose
    migration redraws the timeline entries stored by the old rule)."""
    if not value:
        return None
    try:
        parts = [int(p) for p in str(value).split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2 or precision in ("month",):
            y, m = parts[0], parts[1]
            if precision == "year" and len(parts) == 2:
                dt.date(y, m, 1)  # a month that does not exist is no date at all
                return dt.date(y, 1, 1), dt.date(y, 12, 31)
            return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        day = dt.date(parts[0], parts[1], parts[2])
    except (ValueError, TypeError):
        return None
    if precision == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if precision == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return monday, min(dt.date.max - monday, dt.timedelta(days=6)) + monday
    return day, day
