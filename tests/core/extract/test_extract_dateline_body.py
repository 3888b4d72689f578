"""A dateline's day is the day of writing only where a dateline stands: at the top of the
story. Lines of the same shape further down moved every weekday after them."""

from __future__ import annotations

import pytest

from workbench.core.extract import extract

PUBLISHED = "2026-03-20"  # a Friday


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(d["text"], d["value"]) for d in extract(text, PUBLISHED, "en")["dates"]]


@pytest.mark.parametrize(("text", "expected"), [
    # a timeline's entry in the body: "Monday" is no place
    ("Clashes resumed in the north on Thursday, residents said.\nTimeline:\n"
     "Monday, March 2: Shelling begins in the old city.\n"
     "The mayor said on Tuesday that aid was blocked.",
     [("Thursday", "2026-03-19"), ("Monday, March 2", "2026-03-02"),
      ("Tuesday", "2026-03-17")]),
    # a paragraph that opens with a date between dashes
    ("Residents fled on Wednesday.\nOn Sunday, March 15 - the day the market burned - "
     "nobody came.\nThe army said on Thursday it had retaken the ridge.",
     [("Wednesday", "2026-03-18"), ("Sunday, March 15", "2026-03-15"),
      ("Thursday", "2026-03-19")]),
    # an earlier report quoted below the story's first lines
    ("Fighting went on on Friday.\nAn earlier report read:\nGENEVA, March 1 (AP) - Talks "
     "collapsed on Monday.\nAid workers said on Thursday that the road was shut.",
     [("Friday", "2026-03-20"), ("March 1", "2026-03-01"), ("Monday", "2026-03-16"),
      ("Thursday", "2026-03-19")]),
])
def test_a_dateline_shaped_line_in_the_body_moves_no_other_date(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("head", ["", "Shelling kills four in Port Halden\n",
                                  "Shelling kills four in Port Halden\nBy a staff writer\n"])
def test_a_dateline_under_a_headline_and_byline_is_still_the_day_of_writing(head):
    text = head + "PORT HALDEN, March 12 (Reuters) - Shelling killed 4 people on Tuesday."
    assert _dates(text) == [("March 12", "2026-03-12"), ("Tuesday", "2026-03-10")]
