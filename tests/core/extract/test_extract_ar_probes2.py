"""Arabic probe sentences, second round (issue 11): organisation names as speakers,
headline colons, bodies found, a day of the current month and a month named with شهر.

Every sentence is fictional and written for these tests. Publication date of all
probes: Thursday 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties as _casualties
from tests.extract_probes import ar_dates as _dates
from tests.extract_probes import ar_statements as _statements

# --- statements: organisation names ------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # a head in construct with a name, then its adjective: the whole name speaks
    ("أعلنت قوات سوريا الديمقراطية السيطرة على بلدة الشعفة.",
     [("قوات سوريا الديمقراطية", "السيطرة على بلدة الشعفة")]),
    ("أعلنت حركة النور الشعبية رفض المبادرة الجديدة.",
     [("حركة النور الشعبية", "رفض المبادرة الجديدة")]),
    # "بلا X" inside a name, before a plain object and before a complementizer
    ("أعلنت منظمة أطباء بلا حدود تعليق عملها في المدينة.",
     [("منظمة أطباء بلا حدود", "تعليق عملها في المدينة")]),
    ("وقالت منظمة أطباء بلا حدود إن المستشفى تعرض للقصف.",
     [("منظمة أطباء بلا حدود", "المستشفى تعرض للقصف")]),
    # a definite genitive chain keeps working as before
    ("أعلنت وزارة الدفاع الروسية تدمير مخزن أسلحة.",
     [("وزارة الدفاع الروسية", "تدمير مخزن أسلحة")]),
])
def test_organisation_speakers(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


# --- statements: headline colons ----------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("السيسي: لن نسمح بالمساس بأمن البلاد\nوقال الرئيس إن الجيش جاهز.",
     [("السيسي", "لن نسمح بالمساس بأمن البلاد"), ("الرئيس", "الجيش جاهز")]),
    ("المتحدث باسم الجيش: قواتنا تتقدم في الجبهة\nوأضاف أن المعارك مستمرة.",
     [("المتحدث باسم الجيش", "قواتنا تتقدم في الجبهة"),
      ("المتحدث باسم الجيش", "المعارك مستمرة")]),
    ("وزير الخارجية المصري: الحل سياسي\nوانتهى الاجتماع مساء.",
     [("وزير الخارجية المصري", "الحل سياسي")]),
    ("مصدر أمني: مقتل قيادي في التنظيم\nوانتهت العملية فجرا.",
     [("مصدر أمني", "مقتل قيادي في التنظيم")]),
])
def test_headline_colon_speaker(text: str, expected: list[tuple[str, str]]) -> None:
    assert _statements(text) == expected


@pytest.mark.parametrize("text", [
    "العراق: اعتقال خمسة مطلوبين في الموصل\nوانتهت الحملة مساء.",
    "سوريا: قصف على إدلب\nوتواصل القصف ليلا.",
])
def test_headline_place_before_colon_is_no_speaker(text: str) -> None:
    assert _statements(text) == []


# --- casualties: bodies found ------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # bodies found count as killed, the count right after the noun of bodies
    ("وعثرت الشرطة على جثث 12 شخصا في الصحراء.", [("جثث 12 شخصا", "killed", 12, "exact")]),
    ("وتم انتشال جثامين 7 صيادين قرب الشاطئ.",
     [("جثامين 7 صيادين", "killed", 7, "exact")]),
    ("وانتشلت فرق الإنقاذ جثث خمسة مهاجرين صباحا.",
     [("جثث خمسة مهاجرين", "killed", 5, "exact")]),
])
def test_bodies_before_the_count(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert _casualties(text) == expected


def test_bodies_without_a_count_are_no_figure() -> None:
    assert _casualties("ونقلت جثث القتلى إلى المستشفى الميداني.") == []


# --- dates: a day of the current month, a month after شهر ---------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # the day in the publication month, with يوم kept as before a weekday
    ("ووقع الهجوم يوم 12 من الشهر الجاري في المدينة.",
     [("يوم 12 من الشهر الجاري", "2018-05-12")]),
    ("وبدأت الحملة في 3 من الشهر الحالي.", [("3 من الشهر الحالي", "2018-05-03")]),
    ("وأغلق المعبر في الخامس من الشهر الجاري.", [("الخامس من الشهر الجاري", "2018-05-05")]),
    ("ويعقد المؤتمر في 20 من هذا الشهر.", [("20 من هذا الشهر", "2018-05-20")]),
    # the month before or after the publication month
    ("واعتقل يوم 12 من الشهر الماضي.", [("يوم 12 من الشهر الماضي", "2018-04-12")]),
    ("وتجري الانتخابات في 3 من الشهر المقبل.", [("3 من الشهر المقبل", "2018-06-03")]),
])
def test_day_of_the_current_month(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "شهر" makes the ambiguous "آب" a month: the latest August before publication
    ("وبدأت المعارك في شهر آب بعد انهيار الهدنة.", [("آب", "2017-08")]),
    ("وتراجعت الاشتباكات منذ منتصف شهر آب.", [("منتصف شهر آب", "2017-08")]),
])
def test_month_named_with_shahr(text: str, expected: list[tuple[str, str]]) -> None:
    assert _dates(text) == expected


def test_ab_without_shahr_stays_no_date() -> None:
    assert _dates("وزار آب الشهيد قبر ابنه.") == []
