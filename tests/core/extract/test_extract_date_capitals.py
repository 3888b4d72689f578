"""Days set in capitals as headings: a weekday with its month and day is a date."""

from workbench.core.extract.dates import find_dates

PLAN = ("EDITORS' WEEK AHEAD\n\nMONDAY, JUNE 15\nThe provincial council sits in Barimo.\n\n"
        "WEDNESDAY JUNE 17\nThe aid convoy is due at the border crossing.\n")


def test_a_heading_in_capitals_is_its_day() -> None:
    found = {d["text"]: d["value"] for d in find_dates(PLAN, "2015-06-12")}
    assert found == {"MONDAY, JUNE 15": "2015-06-15", "WEDNESDAY JUNE 17": "2015-06-17"}


def test_the_span_keeps_the_words_as_written() -> None:
    d = find_dates(PLAN, "2015-06-12")[0]
    assert PLAN[int(d["start"]):int(d["end"])] == d["text"] == "MONDAY, JUNE 15"


def test_a_month_in_capitals_alone_stays_a_word() -> None:
    text = "TOLL MAY RISE AS MARCH ON CAPITAL NEARS\nPolice said 12 people were hurt."
    assert find_dates(text, "2015-06-12") == []


def test_a_weekday_in_capitals_without_its_date_is_left() -> None:
    # a headline's weekday alone carries no month to confirm it is set as a date
    assert [d["text"] for d in find_dates("MONDAY CLASHES LEAVE TWO DEAD", None)] == []


def test_a_weekday_in_capitals_after_a_preposition_is_read() -> None:
    # the preposition in capitals says it is set as a date (forty-second round)
    assert [(d["text"], d["value"]) for d in find_dates(
        "CLASHES ON MONDAY LEAVE TWO DEAD", None)] == [("MONDAY", None)]
