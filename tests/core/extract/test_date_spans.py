"""The two ends of a span read together (``date_spans``), called directly with the first
end as ``find_dates`` gives it. Sentences are fictional."""

from __future__ import annotations

from workbench.core.extract.date_spans import not_before_span_start, weekday_after_span_start


def _first(text: str, word: str, value: str) -> dict[str, object]:
    start = text.index(word)
    return {"start": start, "end": start + len(word), "text": word, "value": value}


def test_a_last_end_before_its_first_moves_a_year_on() -> None:
    text = "The programme will run from 1 January to 30 June."
    first = _first(text, "1 January", "2022-01-01")
    assert not_before_span_start(text, first, text.index("30 June"), "2021-06-30") == (
        "2022-06-30")
    # a month's precision is compared on its month
    assert not_before_span_start(text, first, text.index("30 June"), "2021-06") == "2022-06"


def test_a_last_end_after_its_first_and_a_list_keep_their_values() -> None:
    text = "The programme will run from 1 January to 30 June."
    first = _first(text, "1 January", "2021-01-01")
    assert not_before_span_start(text, first, text.index("30 June"), "2021-06-30") == (
        "2021-06-30")
    listed = "The envoy visited the camps on 14 November and 31 May."
    first = _first(listed, "14 November", "2021-11-14")
    assert not_before_span_start(listed, first, listed.index("31 May"), "2021-05-31") == (
        "2021-05-31")
    # "and" joins a span's ends only after "between"
    between = "The mission will be deployed between 14 November and 31 May."
    first = _first(between, "14 November", "2021-11-14")
    assert not_before_span_start(between, first, between.index("31 May"), "2021-05-31") == (
        "2022-05-31")


def test_a_leap_day_that_a_year_on_does_not_hold_keeps_its_value() -> None:
    text = "Schools close from 1 March to 29 February."
    first = _first(text, "1 March", "2024-03-01")
    assert not_before_span_start(text, first, text.index("29 February"), "2024-02-29") == (
        "2024-02-29")


def test_a_spans_last_weekday_follows_its_first() -> None:
    text = "The parties agreed a truce from Wednesday to Sunday."
    first = _first(text, "Wednesday", "2017-04-12")
    assert weekday_after_span_start(text, first, text.index("Sunday"), "Sunday",
                                    "2017-04-09") == "2017-04-16"


def test_to_after_a_weekday_without_from_opens_no_span() -> None:
    text = "Governments reacted on Tuesday to Sunday night's attack."
    first = _first(text, "Tuesday", "2022-06-14")
    assert weekday_after_span_start(text, first, text.index("Sunday"), "Sunday",
                                    "2022-06-12") == "2022-06-12"
    listed = "Patrols crossed on Monday and Thursday."
    first = _first(listed, "Monday", "2026-03-09")
    assert weekday_after_span_start(listed, first, listed.index("Thursday"), "Thursday",
                                    "2026-03-05") == "2026-03-05"
