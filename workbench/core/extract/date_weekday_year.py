"""The year a weekday names for a day and month written without one (after the
fifty-fourth round).

"The dinner on Saturday 7 October" in a paper of late April: the day and month alone
are read as the latest such day before publication (or the next, when the clause looks
ahead), but the weekday written with them says which year is meant, since a day and
month fall on a different weekday each year. When the day read from the clause does not
fall on the weekday, the year before or after publication's in which it does (the
nearest to publication) is the one meant: a notice's "Saturday 7 October" is this
year's, not last year's Friday. A date whose year is
written is left as written, and a day that falls on the weekday in none of the three
years, or only in a year further from publication than the clause's own reading ("The
raid came on Monday, May 6" three days after a Tuesday 6 May), joins nothing: the
weekday is then the slip.
"""

from __future__ import annotations

from datetime import date


def weekday_year(value: str, weekday: int, pub: date) -> str | None:
    """The day and month of ``value`` in the year (publication's, the one before or the
    one after) in which it falls on ``weekday`` (0 = Monday), the nearest to ``pub``; None
    when it falls on it in none, or only further from ``pub`` than ``value`` itself."""
    day = date.fromisoformat(value)
    found = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidate = day.replace(year=year)
        except ValueError:
            continue  # 29 February
        if candidate.weekday() == weekday:
            found.append(candidate)
    nearest = min(found, key=lambda d: abs((d - pub).days), default=None)
    if nearest is None or abs((nearest - pub).days) >= abs((day - pub).days):
        # "The raid came on Monday, May 6" three days after a Tuesday 6 May: the day
        # near publication is meant and the weekday is the slip
        return None
    return nearest.isoformat()
