"""Arabic probes, eighty-sixth round (issue 11): the forty-third set's casualty figures and
its statements, families met on two sets or more.

1. Cases of choking a medic's team dealt with ("تعاملت طواقمه مع 14 حالة اختناق") count
   people hurt by the gas or smoke: wounded, as the corpus counts those treated for
   suffocation. Choking told without its cases ("شعروا بالاختناق"، "عانى 40 شخصا من
   الاختناق") gives nothing, as before.
2. One of the wounded with a singular verb of dying after him ("أن أحد الجرحى توفي متأثرا
   بجروحه"، "أحد المصابين فارق الحياة") is a death, as "أربعة من الجرحى توفوا" is. A noun
   with a pronoun after the verb is another who died ("أحد الجرحى توفي والده"), and "أحد
   الجرحى" in a state ("في حالة حرجة") stays one wounded.
3. A suspect's participle stays singular for two, its pronoun dual ("اعتقلت مشتبها
   بهما"): two suspects, as "مشتبها بهما اثنين" says with its numeral. "مشتبها به" is one,
   and "بهما" after any other noun counts nothing.
4. A forecast participle with a verbal noun and its object's pronoun ("، متوقعا صرفها قبل
   نيسان") is the speaker's own entry, as "، متوقعا إنجازه" is. A count after it ("،
   متوقعا 5 آلاف زائر") stays inside the words before, and "مؤكدا" is not touched.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings. The probes' publication day is 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال الهلال الأحمر إن طواقمه تعاملت ايضا مع 14 حالة اختناق بالغاز المسيل للدموع.',
     [('14 حالة اختناق', 'wounded', 14, 'exact')]),
    ('وأفادت الجمعية بأن طواقمها تعاملت مع ثماني حالات اختناق خلال المواجهات.',
     [('ثماني حالات اختناق', 'wounded', 8, 'exact')]),
    ('وسجلت مستشفيات المدينة 40 حالة اختناق بعد حريق المصنع.',
     [('40 حالة اختناق', 'wounded', 40, 'exact')]),
])
def test_choking_cases(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المسعفون ان 30 طالبا شعروا بالاختناق داخل القاعة.', []),
    ('وعانى 40 شخصا من الاختناق في الزحام.', []),
])
def test_choking_cases_look_alikes(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال مدير المستشفى ان أحد الجرحى توفي متأثرا بجروحه بعد وصوله.',
     [('أحد الجرحى توفي', 'killed', 1, 'exact')]),
    ('وأضاف الطبيب ان أحد المصابين فارق الحياة فجر اليوم.',
     [('أحد المصابين فارق الحياة', 'killed', 1, 'exact')]),
    ('وأوضح المصدر ان أحد الجرحى استشهد صباح اليوم في غرفة العمليات.',
     [('أحد الجرحى استشهد', 'killed', 1, 'exact')]),
])
def test_one_wounded_died(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأضاف الطبيب ان أحد الجرحى توفي والده قبل أعوام.',
     [('أحد الجرحى', 'wounded', 1, 'exact')]),
    ('وأضاف الطبيب ان أحد الجرحى في حالة حرجة.', [('أحد الجرحى', 'wounded', 1, 'exact')]),
    ('وأضاف الطبيب ان أحد الجرحى فارق المستشفى مساء.',
     [('أحد الجرحى', 'wounded', 1, 'exact')]),
])
def test_one_wounded_died_look_alikes(text: str,
                                      expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال متحدث باسم الشرطة ان القوات اعتقلت مشتبها بهما قرب الحاجز.',
     [('اعتقلت مشتبها بهما', 'arrested', 2, 'exact')]),
    ('وأضاف ان دورية أوقفت مشتبها بهما في سرقة المتجر.',
     [('أوقفت مشتبها بهما', 'arrested', 2, 'exact')]),
])
def test_two_suspects_by_pronoun(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقالت الشرطة انها اعتقلت مشتبها به.', [('اعتقلت مشتبها به', 'arrested', 1, 'exact')]),
    ('وقالت الشرطة انها اعتقلت شابا بهما جروح.', [('اعتقلت شابا', 'arrested', 1, 'exact')]),
    ('وأضاف أن القوات فرضت طوقا على المنطقة واعتقلت مشتبها بهما اثنين.',
     [('واعتقلت مشتبها بهما اثنين', 'arrested', 2, 'exact')]),
])
def test_two_suspects_by_pronoun_look_alikes(
        text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('من جانبه، أوضح مدير المكتب ان الوزارة خصصت 15 مليون ريال لدعم الصيادين، متوقعا '
     'صرفها قبل منتصف نيسان المقبل.',
     [('مدير المكتب', 'الوزارة خصصت 15 مليون ريال لدعم الصيادين'),
      ('مدير المكتب', 'صرفها قبل منتصف نيسان المقبل')]),
    ('وقالت المهندسة ان الشركة أنهت ترميم القنطرة، متوقعة فتحها أمام السيارات مطلع الصيف.',
     [('المهندسة', 'الشركة أنهت ترميم القنطرة'),
      ('المهندسة', 'فتحها أمام السيارات مطلع الصيف')]),
])
def test_forecast_masdar_with_pronoun(text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المدير ان المعرض افتتح أبوابه أمس، متوقعا 5 آلاف زائر.',
     [('المدير', 'المعرض افتتح أبوابه أمس، متوقعا 5 آلاف زائر')]),
    ('وقال المدير ان الوزارة رصدت المبلغ، مؤكدا صرفها قريبا.',
     [('المدير', 'الوزارة رصدت المبلغ')]),
])
def test_forecast_masdar_with_pronoun_look_alikes(text: str,
                                                  expected: list[tuple[str, str]]) -> None:
    assert ar_statements(text) == expected
