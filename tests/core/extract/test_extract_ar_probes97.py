"""Arabic probes, ninety-seventh round (issue 11): the fifty-fourth set's errors, families
met on two sets or more.

Casualties:

1. "عقب" and "إثر" (after) with one definite event between the verb and its count
   ("اختطفوا عقب الحادثة ٩ من أبناء القرية") say when, as "بعد الانفجار" does, and are
   passed over after a plural verb too. Look-alikes: an outcome's own noun after them
   ("عقب مقتل اثنين")، a length of time that is no figure.
2. Residents counted after "وفر" ("وفر مئات السكان من الأحياء") fled, as households
   do: "وفر" is also "provided", which takes a thing. Look-alikes: things provided for the
   residents.

Dates:

3. A payment told in the future ("المستحقات ستدفع على دفعتين في تشرين الأول وتشرين
   الثاني") is still to be made, as "ستصرف" is. Look-alike: a payment told in the past.
4. A month in a clause that opens a plan with "على أن" ("، على ان تصرف الدفعة الأولى مطلع
   آب") is when the plan is to be carried out, ahead. Look-alikes: a past account with
   "كان"، "على أن" after a verb (its complement, told as the verb is).

Statements:

5. "طالب" with an indefinite nisba adjective after it that ends its phrase ("أحدهما طالب
   جامعي،") is the noun (a student), not the verb of demanding. Look-alikes: the verb with
   a construct plural ("وطالب أهالي القرية بـ") or an indefinite subject and its adjective
   ("وطالب مسؤول محلي بـ").
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates, ar_statements

_Stat = list[tuple[str | None, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ('وقالت ان المسلحين اختطفوا عقب الحادثة 7 من أبناء البلدة واقتادوهم الى جهة مجهولة.',
     [('اختطفوا عقب الحادثة 7 من أبناء البلدة', 'captured', 7, 'exact')]),
    ('وأضاف ان العناصر قتلوا إثر الانفجار ثلاثة مدنيين.',
     [('قتلوا إثر الانفجار ثلاثة مدنيين', 'killed', 3, 'exact')]),
])
def test_after_an_event_between_verb_and_count(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال ان المسلحين اعتقلوا عقب مقتل اثنين من عناصرهم ستة شبان.',
     [('مقتل اثنين من عناصرهم ستة شبان', 'killed', 2, 'exact')]),
    ('وقالت ان القوات انسحبت عقب الاشتباكات بعد 3 ساعات.', []),
])
def test_after_an_event_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وفر مئات السكان من الأحياء الغربية نحو البلدات المجاورة.',
     [('وفر مئات السكان', 'displaced', 200, 'vague')]),
    ('وفر عشرات الأهالي من القرية بعد القصف.',
     [('وفر عشرات الأهالي', 'displaced', 24, 'vague')]),
])
def test_residents_fled(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize("text", [
    'وفر المشروع مئات فرص العمل لسكان المدينة.',
    'ووفرت البلدية 300 خيمة للأهالي.',
    'وفر مئات الخيام للسكان.',
])
def test_residents_fled_look_alikes(text: str) -> None:
    assert ar_casualties(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال ان المستحقات ستدفع على دفعتين في تشرين الأول وتشرين الثاني.',
     [('تشرين الأول', '2018-10'), ('تشرين الثاني', '2018-11')]),
    ('وقال ان المستحقات سيدفع نصفها في كانون الأول.', [('كانون الأول', '2018-12')]),
])
def test_a_payment_told_in_the_future_is_ahead(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


def test_a_payment_told_in_the_past_look_alike() -> None:
    assert ar_dates('وقال ان الفلاحين دفعوا الضرائب في تشرين الأول.') == [
        ('تشرين الأول', '2017-10')]


@pytest.mark.parametrize(("text", "expected"), [
    ('وأكد ان الحكومة ستعوض المتضررين، على ان تصرف الدفعة الأولى مطلع تموز.',
     [('مطلع تموز', '2018-07')]),
    ('وأكد ان الحكومة ستعوض المتضررين، على ان تصرف الدفعة الأولى في آذار.',
     [('آذار', '2019-03')]),
])
def test_a_planned_month_is_ahead(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وكانت الحكومة قد وعدت بتعويض الفلاحين، على ان تصرف الدفعة الأولى في آذار.',
     [('آذار', '2018-03')]),
    ('وشدد على ان الرواتب صرفت في حزيران.', [('حزيران', '2017-06')]),
])
def test_a_planned_month_look_alikes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize("text", [
    'قتل شخصان، أحدهما طالب جامعي، وأصيب أربعة آخرون في اشتباكات بالمدينة.',
    'وقتل شاب، وهو طالب جامعي، وأصيب آخرون في القصف.',
])
def test_a_student_is_no_demand(text: str) -> None:
    assert ar_statements(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ('وطالب أهالي القرية بفتح الطريق.', [('أهالي القرية', 'بفتح الطريق')]),
    ('وطالب مسؤول محلي بفتح الطريق.', [('مسؤول محلي', 'بفتح الطريق')]),
    ('وقال الشهود ان القتيل طالب جامعي في العشرين من عمره.',
     [('الشهود', 'القتيل طالب جامعي في العشرين من عمره')]),
])
def test_a_student_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected
