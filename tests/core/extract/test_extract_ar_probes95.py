"""Arabic probes, ninety-fifth round (issue 11): the fifty-second set's dates and casualty
figures, families met on two sets or more (the dual marked with a fatha is a spelling rule
of the language).

Dates (each a day or a month ahead of publication read as the one behind):

1. A future verb inside quotation marks ('إن العمل "سيستمر حتى نهاية كانون الأول"'، 'ان
   المواكب "ستتواصل" يومي الأربعاء والخميس') sends the date ahead as the bare verb does: the
   mark glued to the word is no part of it. Look-alikes: a date right after "منذ" (since)
   and a date right after a clause of its own with "كان" stay behind, however near a
   quoted future verb stands; a quoted past verb.
2. A deadline in a clause that hopes or intends ("معربا عن أمله في إنجاز ... قبل حزيران"،
   "أعلنت عزمها افتتاح ... قبل نهاية نيسان"، "نأمل أن يكتمل ... قبل شباط") is ahead, as in
   a request. Look-alikes: a past hope with "كان", a relative's past event inside the hope,
   and the Lebanese movement "أمل".
3. Putting up an auction, a tender or a file with the future's "س" ("سيطرح البنك مزادا ...
   يوم الأحد"، "ستطرح مناقصة ... الثلاثاء") is still to come. Look-alikes: the past "طرح"
   and the noun "سيطرة".

Casualties:

4. A dual marked with its fatha before the oblique "-ين" ("استشهاد مواطنَين"، "نقلت
   مصابَين") counts two; the same letters with a kasra or none are the plural, which counts
   no one. Look-alikes: the plural with its kasra, "بَين" (between), and the nominative
   dual with the article ("ونقل المصابان"), the two counted before.
5. A month's year between the verb and its count ("أعدم في أيار 2017 ثلاثة مدنيين") is
   passed over with the month, as a year after "عام" or "مطلع" and a bare month are.
   Look-alike: a count of things after the same time phrase.
6. A headline's present of wounding in the plural after its subject ("ويصيبون أربعة
   فلسطينيين") and the present of "جرح" ("ويجرح ثلاثة"، "تجرح خمسة أطفال") count as "يصيب"
   and "يقتلون" do. Look-alikes: "يجرح مشاعر"، "تجرح كرامة" (no count).

Statements:

7. A headline's one-word label that the body names only after a town's service with its
   bare head ("مدير بلدية تلكيف"، "مركز سبها الطبي"، "مستشفى زوارة") is the town served, a
   dateline, not a speaker. Look-alikes: a person's name after a title ("الرئيس عباس"),
   a body that names itself ("القيادة").

The probes are read with the helpers' publication date, 10 May 2018 (a Thursday). Every
sentence is fictional and written for these tests; places and bodies are used only as
settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates, ar_statements

_Cas = list[tuple[str, str, int, str]]
_Dates = list[tuple[str, str | None]]
_Stat = list[tuple[str | None, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المدير إن العمل "سيستمر حتى نهاية آذار" إذا توفر التمويل.',
     [('نهاية آذار', '2019-03')]),
    ('وقال الناشط ان الاحتجاجات "ستتواصل" يوم الأحد.', [('يوم الأحد', '2018-05-13')]),
    ('وأكد المتحدث أن الفرق «ستبدأ العمل مطلع نيسان».', [('مطلع نيسان', '2019-04')]),
])
def test_quoted_future_verb(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # since a month: behind, whatever is promised before it
    ('وقال إن القوة "ستواصل دعم الجيش" وإن دورياتها تجاوزت 300 دورية منذ آذار.',
     [('آذار', '2018-03')]),
    # a clause of its own told with "كان" right before the date
    ('وقالت الحكومة إنها "ستتعاون" مع اللجنة بعد أن كانت علقت التعاون في الأول من آذار.',
     [('الأول من آذار', '2018-03-01')]),
    # a quoted past verb
    ('وقال إن العمل "استمر حتى نهاية آذار".', [('نهاية آذار', '2018-03')]),
])
def test_quoted_future_verb_look_alikes(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال رئيس البلدية إن الفرق أزالت الركام، معربا عن أمله في إنجاز الطريق قبل آذار.',
     [('آذار', '2019-03')]),
    ('وأعلنت الوزارة عزمها افتتاح المستشفى قبل نهاية نيسان.', [('نهاية نيسان', '2019-04')]),
    ('وقال المهندس: نأمل أن يكتمل الترميم قبل شباط.', [('شباط', '2019-02')]),
])
def test_deadline_in_a_hope(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وكان المحافظ يأمل إنجاز الطريق قبل آذار.', [('آذار', '2018-03')]),
    ('وأعرب عن أمله في عودة العائلات التي نزحت قبل آذار.', [('آذار', '2018-03')]),
    ('وقال إن أنصار حركة أمل انسحبوا من البلدة قبل آذار.', [('آذار', '2018-03')]),
])
def test_deadline_in_a_hope_look_alikes(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأكد البنك المركزي أنه سيطرح مزادا لبيع الدولار للمصارف يوم الأحد.',
     [('يوم الأحد', '2018-05-13')]),
    ('وقالت الوزارة إنها ستطرح مناقصة لتأهيل الجسر الثلاثاء.', [('الثلاثاء', '2018-05-15')]),
])
def test_offering_in_the_future(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأكد البنك أنه طرح مزادا لبيع الدولار يوم الأحد.', [('يوم الأحد', '2018-05-06')]),
    ('وقال إن الفصائل أحكمت سيطرتها على البلدة يوم الأحد.', [('يوم الأحد', '2018-05-06')]),
])
def test_offering_in_the_future_look_alikes(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('أعلنت الوزارة استشهاد مواطنَين وإصابة ثلاثة آخرين في القصف.',
     [('استشهاد مواطنَين', 'killed', 2, 'exact'), ('وإصابة ثلاثة آخرين', 'wounded', 3, 'exact')]),
    ('وأوضح المسعفون أن طواقمهم نقلت مصابَين الى المستشفى.',
     [('مصابَين', 'wounded', 2, 'exact')]),
])
def test_dual_marked_with_fatha(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('أعلنت الوزارة استشهاد مواطنِين وإصابة ثلاثة آخرين في القصف.',
     [('وإصابة ثلاثة آخرين', 'wounded', 3, 'exact')]),
    ('ودارت اشتباكات بَين الطرفين قرب الجسر.', []),
    # the nominative dual with the article: the two counted before, no second figure
    ('أصيب مواطنان بجروح. ونقل المصابان إلى المستشفى.',
     [('أصيب مواطنان', 'wounded', 2, 'exact')]),
])
def test_dual_marked_with_fatha_look_alikes(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وكان التنظيم قد أعدم في أيار 2017 ثلاثة مدنيين بتهمة التجسس.',
     [('أعدم في أيار 2017 ثلاثة مدنيين', 'killed', 3, 'exact')]),
    ('وكانت العصابة قد خطفت في كانون الثاني 2016 خمسة رعاة من القرية.',
     [('خطفت في كانون الثاني 2016 خمسة رعاة', 'captured', 5, 'exact')]),
    ('واعتقلت القوات خلال آذار/مارس 2018 أكثر من 200 شخص.',
     [('واعتقلت القوات خلال آذار/مارس 2018 أكثر من 200 شخص', 'arrested', 200, 'more_than')]),
])
def test_month_and_year_before_the_count(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأصدر التنظيم في أيار 2017 ثلاثة بيانات.', []),
])
def test_month_and_year_before_the_count_look_alikes(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('انفجار عبوة يقتل جنديين ويجرح ثلاثة قرب الحدود',
     [('يقتل جنديين', 'killed', 2, 'exact'), ('ويجرح ثلاثة', 'wounded', 3, 'exact')]),
    ('مستوطنون يقتحمون القرية ويصيبون أربعة فلسطينيين',
     [('ويصيبون أربعة فلسطينيين', 'wounded', 4, 'exact')]),
    ('قذيفة تجرح خمسة أطفال في حي الشيخ مقصود', [('تجرح خمسة أطفال', 'wounded', 5, 'exact')]),
])
def test_headline_present_of_wounding(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال إن هذا الخطاب يجرح مشاعر الملايين.', []),
    ('تصريحات الوزير تجرح كرامة المعلمين', []),
])
def test_headline_present_of_wounding_look_alikes(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('تلكيف: ترميم 300 منزل وتعثر صرف التعويضات\nقال مدير بلدية تلكيف، سعد ناصر، إن الفرق'
     ' أنجزت ترميم 300 منزل.',
     [('مدير بلدية تلكيف، سعد ناصر', 'الفرق أنجزت ترميم 300 منزل')]),
    ('سبها: خمسة قتلى في اشتباكات بحي الطيوري\nقال مركز سبها الطبي إن حصيلة الاشتباكات'
     ' ارتفعت الى خمسة قتلى.',
     [('مركز سبها الطبي', 'حصيلة الاشتباكات ارتفعت الى خمسة قتلى')]),
    ('زوارة: عودة الهدوء بعد وساطة الأعيان\nقال مستشفى زوارة إن الأقسام عادت الى العمل.',
     [('مستشفى زوارة', 'الأقسام عادت الى العمل')]),
])
def test_town_served_in_headline_label(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('عباس: المفاوضات متوقفة\nقال الرئيس عباس إن المفاوضات متوقفة منذ أشهر.',
     [('عباس', 'المفاوضات متوقفة'), ('الرئيس عباس', 'المفاوضات متوقفة منذ أشهر')]),
    ('القيادة: لا تراجع عن القرار\nقالت القيادة في بيان إنها لن تتراجع عن القرار.',
     [('القيادة', 'لا تراجع عن القرار'), ('القيادة', 'لن تتراجع عن القرار')]),
])
def test_town_served_in_headline_label_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected
