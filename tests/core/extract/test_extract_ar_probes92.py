"""Arabic probes, ninety-second round (issue 11): the forty-ninth set's errors, families
met on two sets or more.

Dates:

1. A date word in a dateline's source slot ("حيس - سبتمبر نت"، "ديالى - بغداد اليوم"): a
   line that is only a place, a dash and a short outlet's name; a date word there with a
   word of the name before it or a site's suffix after it is the outlet's name. Look-alikes:
   a bare weekday alone in the slot, a story's first line after a dash.
2. A deadline in a clause that tells a plan still to come: the clause awaits it in the
   present ("ان المؤسسة تنتظر هبة ... قبل حزيران") or its verb is the future of supporting
   ("ان الوزارة ستدعم 500 مزارع ... قبل نهاية أيلول"), as "ستوزع" was read. Look-alikes:
   waiting told in the past ("كانت تنتظر"), a deadline in a past account.

Statements:

3. A day part and a weekday with its "last" between the verb and the words ("وكان الوزير قد
   وعد يوم الاثنين الماضي بصرف ..."، "قال مساء الثلاثاء الماضي ان"), as the bare weekday
   with "الماضي" and "يوم الاثنين" alone were read. Look-alike: the same time before the
   subject (read before).
4. Figures with the adjective of their author ("وتشير أرقام أمنية الى ان"), as "تقديرات
   أمنية" and "بحسب أرقام رسمية" are read. Look-alikes: bare "الأرقام", figures with an
   adjective of size.
5. "حذر" after "قد" is the verb whatever follows ("قد حذر الأسبوع الماضي من ..."), as "قد
   حذر في تقرير ... من" was read. Look-alike: "هدوء حذر صباح اليوم", the adjective.
6. A definite verbal noun with its own preposition after "متوقعا" ("، متوقعا الوصول الى
   التشغيل الكامل في نيسان"), as after "مؤكدة" ("، مؤكدة القبض على سبعة"). Look-alike: a
   definite noun with no preposition ("، متوقعا الأسوأ") stays in the words before.

Casualties:

7. Machines and plants stopped, before the count ("ما أوقف مضخات الري في مئات المزارع") or
   as what it counts ("وتوقف عدد من الوحدات للصيانة"): no arrest. Look-alikes: people held
   in a place, "عددا من المطلوبين".

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates, ar_statements

_Cas = list[tuple[str, str, int, str]]
_Stat = list[tuple[str | None, str]]
_Dates = list[tuple[str, str | None]]


@pytest.mark.parametrize(("text", "expected"), [
    ('انفجار لغم في المخا\nالمخا - سبتمبر نت\nقتل طفلان بانفجار لغم عصر الأحد.',
     [('عصر الأحد', '2018-05-06')]),
    ('اشتباكات في ديالى\nبعقوبة - بغداد اليوم\nاندلعت اشتباكات عصر الأحد.',
     [('عصر الأحد', '2018-05-06')]),
    ('غارة في الحديدة\nحيس - أكتوبر نت\nقتل ثلاثة مدنيين مساء الأحد.',
     [('مساء الأحد', '2018-05-06')]),
])
def test_dateline_outlet_named_for_a_date(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قصف على الضاحية\nبيروت - الاثنين\nقتل شخصان في غارة.', [('الاثنين', '2018-05-07')]),
    ('بغداد - اليوم الخميس قتل ثلاثة أشخاص في انفجار.', [('اليوم الخميس', '2018-05-10')]),
])
def test_dateline_outlet_look_alikes(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال مسؤول في البلدية ان الأهالي ينتظرون وصول صهاريج المياه قبل حزيران.',
     [('حزيران', '2018-06')]),
    ('وأوضح ان المؤسسة تنتظر منحة من الصندوق لتأهيل خمس مدارس في القضاء قبل نهاية آذار.',
     [('نهاية آذار', '2019-03')]),
    ('وأعلن الوزير ان الوزارة ستدعم 300 مزارع في الجنوب ببذور محسنة قبل نهاية آب.',
     [('نهاية آب', '2018-08')]),
])
def test_deadline_in_a_plan(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال ان العائلات كانت تنتظر المساعدات قبل حزيران.', [('حزيران', '2017-06')]),
    ('وأوضح ان المؤسسة أنهت تأهيل خمس مدارس قبل نهاية آذار.', [('نهاية آذار', '2018-03')]),
    # waiting since a month is no deadline: the month stays back
    ('وقال ان الأهالي ينتظرون منذ حزيران.', [('حزيران', '2017-06')]),
])
def test_deadline_in_a_plan_look_alikes(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وكان وزير المالية قد وعد يوم الاثنين الماضي بصرف رواتب المتقاعدين قبل العيد.',
     [('وزير المالية', 'بصرف رواتب المتقاعدين قبل العيد')]),
    ('لكن المتحدث باسم الجماعة قال مساء الثلاثاء الماضي ان مقاتليها "لن يتراجعوا".',
     [('المتحدث باسم الجماعة', 'مقاتليها "لن يتراجعوا"')]),
    ('وكانت قيادة الشرطة قد أعلنت يوم الأحد الماضي اعتقال أربعة مطلوبين.',
     [('قيادة الشرطة', 'اعتقال أربعة مطلوبين')]),
])
def test_day_part_weekday_last_before_words(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # read before, and still: the bare weekday with its "last", and the day without it
    ('وكانت قيادة الشرطة قد أعلنت الأحد الماضي اعتقال أربعة مطلوبين.',
     [('قيادة الشرطة', 'اعتقال أربعة مطلوبين')]),
    ('وكانت قيادة الشرطة قد أعلنت يوم الأحد اعتقال أربعة مطلوبين.',
     [('قيادة الشرطة', 'اعتقال أربعة مطلوبين')]),
])
def test_day_part_weekday_last_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتشير أرقام أمنية الى ان المهربين نفذوا 40 محاولة عبور خلال الشهر الماضي.',
     [('أرقام أمنية', 'المهربين نفذوا 40 محاولة عبور خلال الشهر الماضي')]),
    ('وتشير أرقام رسمية إلى أن نسبة البطالة بلغت 23 في المئة.',
     [('أرقام رسمية', 'نسبة البطالة بلغت 23 في المئة')]),
])
def test_figures_with_their_author(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتشير الأرقام الى ان المهربين نفذوا 40 محاولة عبور.', []),
    ('وتشير أرقام كبيرة الى ان المهربين نفذوا 40 محاولة عبور.', []),
])
def test_figures_with_their_author_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وكان رئيس المجلس البلدي قد حذر الأسبوع الماضي من "انهيار" شبكة الصرف في الحي.',
     [('رئيس المجلس البلدي', 'من "انهيار" شبكة الصرف في الحي')]),
    ('وكان المحافظ قد حذر يوم السبت من نفاد الوقود في المستشفيات.',
     [('المحافظ', 'من نفاد الوقود في المستشفيات')]),
])
def test_warning_after_qad(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وساد هدوء حذر صباح اليوم في أحياء المدينة.', []),
    # read before, and still: the warning's medium after it
    ('وكان البرنامج قد حذر في تقرير صدر الشهر الماضي من أن "الجوع يتفاقم".',
     [('البرنامج', 'الجوع يتفاقم')]),
])
def test_warning_after_qad_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال الوسيط ان المفاوضات تجري على مدار الساعة، متوقعا التوصل الى اتفاق قبل نهاية '
     'الشهر.',
     [('الوسيط', 'المفاوضات تجري على مدار الساعة'),
      ('الوسيط', 'التوصل الى اتفاق قبل نهاية الشهر')]),
    ('وأوضح المتحدث ان الفرق تعمل بنصف طاقتها، متوقعا الوصول الى التشغيل الكامل في أيار.',
     [('المتحدث', 'الفرق تعمل بنصف طاقتها'),
      ('المتحدث', 'الوصول الى التشغيل الكامل في أيار')]),
])
def test_forecast_of_a_definite_verbal_noun(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المدير ان المصفاة تعمل بنصف طاقتها، متوقعا الأسوأ في الأيام المقبلة.',
     [('المدير', 'المصفاة تعمل بنصف طاقتها، متوقعا الأسوأ في الأيام المقبلة')]),
])
def test_forecast_of_a_definite_verbal_noun_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ويعاني المزارعون من شح الوقود منذ أسابيع، ما أوقف مضخات الري في عشرات الحقول.', []),
    ('وعزت الشركة العجز الى "تراجع إمدادات الوقود وتوقف عدد من المولدات بسبب الأعطال".', []),
    ('وقال ان انقطاع التيار أوقف محطات الضخ في مئات الأحياء.', []),
])
def test_machines_stopped(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأوقفت الشرطة عشرات الشبان في المزارع المحيطة بالبلدة.',
     [('وأوقفت الشرطة عشرات الشبان', 'arrested', 24, 'vague')]),
    ('وأوقفت القوات عددا من المطلوبين في حملة دهم.',
     [('وأوقفت القوات عددا من المطلوبين', 'arrested', 2, 'vague')]),
])
def test_machines_stopped_look_alikes(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected
