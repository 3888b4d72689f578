"""Arabic dates: Hijri months and days named relative to publication (fictional sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from workbench.core.extract.ar import find_dates_ar
from workbench.core.extract.ar.hijri import to_gregorian, year_of
from workbench.core.extract.ar.scoring import date_in_scope


def _dates(text: str, published: str | None = "2018-09-20") -> list[tuple[str, str | None, str]]:
    return [(d["text"], d["value"], d["precision"]) for d in find_dates_ar(text, published)]


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        ((1, 1, 1), date(622, 7, 19)),  # the civil epoch, 16 July 622 Julian
        ((1421, 1, 1), date(2000, 4, 6)),
        ((1439, 9, 1), date(2018, 5, 16)),  # sighted in Saudi Arabia on 17 May: one day off
        ((1445, 9, 1), date(2024, 3, 11)),
    ],
)
def test_tabular_calendar(hijri: tuple[int, int, int], gregorian: date) -> None:
    assert to_gregorian(*hijri) == gregorian


def test_hijri_year_of_a_gregorian_date() -> None:
    assert year_of(date(2018, 9, 11)) == 1439  # the tabular 1440 begins on 12 September
    assert year_of(date(2018, 9, 12)) == 1440
    assert year_of(date(2000, 4, 5)) == 1420


def test_hijri_day_month_year_has_week_precision() -> None:
    assert _dates("وقعت الهجمات في 10 محرم 1440 هـ في ريف المدينة.") == [
        ("10 محرم 1440 هـ", "2018-09-21", "week")]
    assert _dates("وانتهت المعارك في 3 من شهر ذي الحجة 1438.") == [
        ("3 من شهر ذي الحجة 1438", "2017-08-26", "week")]  # sighted: 25 August


def test_a_weekday_next_to_a_hijri_date_fixes_the_day() -> None:
    # The tabular date is Friday 21 September; Thursday is within the one-day margin.
    got = _dates("وقعت الهجمات يوم الخميس 10 محرم 1440هـ في ريف المدينة.")
    assert got[-1] == ("10 محرم 1440هـ", "2018-09-20", "day")


def test_hijri_without_year_is_the_latest_such_day() -> None:
    # 5 Safar 1440 would be after publication (2018-09-20), so it is 5 Safar 1439.
    assert _dates("قتل ثلاثة أشخاص في 5 صفر في ريف المدينة.") == [
        ("5 صفر", "2017-10-26", "week")]
    # ... unless the sentence speaks about the future.
    assert _dates("ومن المقرر أن تبدأ المحادثات في 5 صفر.") == [
        ("5 صفر", "2018-10-16", "week")]  # sighted: 15 October


def test_hijri_month_with_year_is_a_gregorian_month() -> None:
    assert _dates("ويبدأ الصوم في رمضان 1440 كما هو معتاد.") == [("رمضان 1440", "2019-05", "month")]


def test_hijri_names_that_are_words_or_names_are_not_dates() -> None:
    assert _dates("سجل المرصد صفر إصابات خلال شهر رمضان.") == []
    assert _dates("وقال رمضان شعبان إن الطريق مغلق.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قال المتحدث إن الوفد سيصل غدا إلى المدينة.", [("غدا", "2018-09-21", "day")]),
        ("وسيغادر الوفد بعد غد.", [("بعد غد", "2018-09-22", "day")]),
        ("وتعقد اللجنة اجتماعها يوم غد في العاصمة.", [("يوم غد", "2018-09-21", "day")]),
        ("قصفت الطائرات القرية أول أمس.", [("أول أمس", "2018-09-18", "day")]),
        ("قصفت الطائرات القرية أول من أمس.", [("أول من أمس", "2018-09-18", "day")]),
        ("قصفت الطائرات القرية أمس الأول.", [("أمس الأول", "2018-09-18", "day")]),
        ("وصل الوفد أمس.", [("أمس", "2018-09-19", "day")]),
        ("قصفت الطائرات القرية اليوم.", [("اليوم", "2018-09-20", "day")]),
    ],
)
def test_days_relative_to_publication(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _dates(text) == expected


def test_relative_day_words_come_from_the_language_data(monkeypatch) -> None:
    import importlib

    from workbench.core.extract.ar import dates
    from workbench.core.extract.lang import ar

    monkeypatch.setitem(ar.RELATIVE_DAYS, "بعد بكرة", 2)  # a word added in one place
    try:
        importlib.reload(dates)
        found = dates.find_dates_ar("وسيصل الوفد بعد بكرة إلى المدينة.", "2018-09-20")
        assert [(d["text"], d["value"]) for d in found] == [("بعد بكرة", "2018-09-22")]
        # "بعد" alone is no date, and not every "بعد" becomes a place to try one
        assert dates.find_dates_ar("وصل الوفد بعد الظهر.", "2018-09-20") == []
    finally:
        monkeypatch.undo()
        importlib.reload(dates)


def test_relative_days_without_publication_date_are_null() -> None:
    assert _dates("وسيغادر الوفد بعد غد.", None) == [("بعد غد", None, "day")]


def test_hijri_months_are_in_the_date_scope() -> None:
    assert date_in_scope("5 صفر")
    assert not date_in_scope("غدا")  # like "tomorrow", not an annotated expression
