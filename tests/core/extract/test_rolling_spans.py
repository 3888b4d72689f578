""""In the past week", "in the last 10 days": the span that ends at publication, not the
calendar week before it (which "last week" alone still means)."""

from __future__ import annotations

import pytest

from workbench.core.extract.dates import find_dates
from workbench.core.suggest import suggestions_for

# A Wednesday: the calendar week before it ran from Monday 3 to Sunday 9 April.
PUB = "2017-04-12"


@pytest.mark.parametrize(("text", "words", "first"), [
    ("Raids killed 19 fighters in the mountains over the past week.", "the past week",
     "2017-04-05"),
    ("In the past week, 300 families left the camp.", "the past week", "2017-04-05"),
    ("Shelling in the last 10 days destroyed the bakery.", "the last 10 days", "2017-04-02"),
    ("Aid trucks were stopped in the last ten days.", "the last ten days", "2017-04-02"),
    ("The ward filled up over the past two weeks.", "the past two weeks", "2017-03-29"),
])
def test_a_span_up_to_publication(text, words, first):
    (found,) = find_dates(text, PUB)
    assert found["text"] == words
    assert (found["value"], found["precision"], found["until"]) == (first, "day", PUB)


@pytest.mark.parametrize(("text", "words"), [
    ("The convoy was turned back last week.", "last week"),
    ("Talks stalled the previous week.", "the previous week"),
])
def test_last_week_is_still_the_calendar_week_before(text, words):
    (found,) = find_dates(text, PUB)
    assert (found["text"], found["value"], found["precision"]) == (words, "2017-04-03", "week")
    assert "until" not in found


def test_without_a_publication_date_the_span_is_unresolved():
    (found,) = find_dates("Fighting eased over the past week.", None)
    assert found["value"] is None and found["until"] is None


def test_a_suggestion_does_not_pin_a_span_to_one_day():
    text = "The army said on Monday that raids killed 19 fighters over the past week."
    by_kind = {}
    for s in suggestions_for(text, PUB, "en"):
        by_kind.setdefault(s.kind, []).append(s)
    (toll,) = by_kind["casualty"]
    assert "incident_date" not in toll.fields  # neither Monday nor a day of the span
    span = next(s for s in by_kind["date"] if text[s.start:s.end] == "the past week")
    assert "value" not in span.fields
