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
3. A headline's rise of the dead with no toll word ("ارتفاع قتلى اشتباكات كسلا الى 9"): the
   rise before an indefinite outcome plural in construct stands for "عدد". Look-alikes: a
   rise of prices, a toll with "عدد" (read before).
4. Those who fled, counted in a toll ("بلغ عدد الفارين من ولاية الخرطوم منذ اندلاع القتال
   في 15 أبريل أكثر من 700 ألف شخص"، "قدرت ... عدد الفارين بنحو 4 آلاف شخص"), are the
   displaced; a day before its month inside the toll's phrase is a date. Look-alikes:
   those who fled a jail.

Dates:

5. A payment told in the future ("المستحقات ستدفع على دفعتين في تشرين الأول وتشرين
   الثاني") is still to be made, as "ستصرف" is. Look-alike: a payment told in the past.
6. A month in a clause that opens a plan with "على أن" ("، على ان تصرف الدفعة الأولى مطلع
   آب") is when the plan is to be carried out, ahead. Look-alikes: a past account with
   "كان"، "على أن" after a verb (its complement, told as the verb is).

Statements:

7. "طالب" with an indefinite nisba adjective after it that ends its phrase ("أحدهما طالب
   جامعي،") is the noun (a student), not the verb of demanding. Look-alikes: the verb with
   a construct plural ("وطالب أهالي القرية بـ") or an indefinite subject and its adjective
   ("وطالب مسؤول محلي بـ").
8. A headline's label opening on a sound masculine plural in the construct state ("صيادو
   طرطوس:"، "مزارعو العنب في زحلة:") is a group of people speaking, when the body names the
   same people in another form ("جمعية الصيادين"، "مزارعي العنب"). Look-alikes: a body
   that does not name them, a place and its adjective ("كوسوفو الشمالية:")، a definite
   place ("الكونغو الديمقراطية:").
9. A sentence with no verb of saying that closes on a tally its source announced ("،
   في حصيلة أولية أعلنتها غرفة طوارئ محلية") is that source's words, as with "أوردها".
   Look-alikes: a tally with no source, a sentence that has its own verb of saying.
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


@pytest.mark.parametrize(("text", "expected"), [
    ('ارتفاع قتلى اشتباكات البلدة الى 12 وسط انتشار أمني',
     [('ارتفاع قتلى اشتباكات البلدة الى 12', 'killed', 12, 'exact')]),
    ('ارتفاع جرحى مواجهات المخيم إلى 30',
     [('ارتفاع جرحى مواجهات المخيم إلى 30', 'wounded', 30, 'exact')]),
])
def test_a_headlines_rise_of_the_dead(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ارتفاع أسعار الوقود الى 9 آلاف دينار', []),
    ('وقالت ان عدد قتلى الاشتباكات ارتفع الى 9.',
     [('عدد قتلى الاشتباكات ارتفع الى 9', 'killed', 9, 'exact')]),
])
def test_a_headlines_rise_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقدرت منظمة محلية عدد الفارين من البلدة بنحو 3 آلاف شخص.',
     [('عدد الفارين من البلدة بنحو 3 آلاف شخص', 'displaced', 3000, 'about')]),
    ('وبلغ عدد الفارين من المدينة منذ اندلاع المعارك في 3 أيار أكثر من 20 ألف شخص.',
     [('عدد الفارين من المدينة منذ اندلاع المعارك في 3 أيار أكثر من 20 ألف شخص',
       'displaced', 20000, 'more_than')]),
])
def test_those_who_fled_in_a_toll(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize("text", [
    'وقالت الشرطة ان عدد الفارين من السجن المركزي بلغ 40 سجينا.',
    'وقدرت الوزارة عدد الفارين من سجن المدينة بنحو 200 شخص.',
])
def test_those_who_fled_look_alikes(text: str) -> None:
    assert ar_casualties(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ('مزارعو القمح في الحسكة: الأسعار لا تغطي الكلفة\nيشكو صغار المزارعين في المحافظة من'
     ' تدني الأسعار.',
     [('مزارعو القمح في الحسكة', 'الأسعار لا تغطي الكلفة')]),
    ('سائقو الشاحنات في المعبر: الانتظار يطول أسبوعا\nوقال أحد السائقين ان الطابور يمتد'
     ' كيلومترات.',
     [('سائقو الشاحنات في المعبر', 'الانتظار يطول أسبوعا'),
      ('أحد السائقين', 'الطابور يمتد كيلومترات')]),
])
def test_a_headline_label_of_people_in_construct(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize("text", [
    'سائقو الشاحنات في المعبر: الانتظار يطول أسبوعا\nتوقفت الحركة في المعبر منذ أيام.',
    'كوسوفو الشمالية: توتر بعد اشتباكات\nشهدت كوسوفو توترا بعد الاشتباكات.',
    'الكونغو الديمقراطية: عشرات القتلى في هجوم قرب بيني\nقتل عشرات المدنيين في هجوم على'
    ' قرية في الكونغو.',
])
def test_a_headline_label_of_people_look_alikes(text: str) -> None:
    assert ar_statements(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل أربعة مدنيين وأصيب عشرة آخرون بقصف على السوق، في حصيلة أولية أعلنتها مديرية'
     ' الصحة.',
     [('مديرية الصحة', 'قتل أربعة مدنيين وأصيب عشرة آخرون بقصف على السوق')]),
    ('قتل أربعة مدنيين بقصف على السوق، في حصيلة غير نهائية أعلنها الدفاع المدني.',
     [('الدفاع المدني', 'قتل أربعة مدنيين بقصف على السوق')]),
])
def test_a_tally_announced_closes_the_sentence(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل أربعة مدنيين بقصف على السوق، في حصيلة أولية.', []),
    ('وقال مسؤول محلي ان أربعة مدنيين قتلوا، في حصيلة أعلنها الدفاع المدني.',
     [('مسؤول محلي', 'أربعة مدنيين قتلوا، في حصيلة أعلنها الدفاع المدني')]),
])
def test_a_tally_announced_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected
