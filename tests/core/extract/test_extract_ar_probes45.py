"""Arabic probes, forty-fifth round (issue 11): the families of the seventeenth blind
Arabic set's misses (``bench/blind/ar-17.jsonl``), each written as a rule of news Arabic
with several members and look-alikes that must not fire:

1. participles of expecting and judging likely before "أن" ("، متوقعا أن ..."، "، مرجحة
   أن ...") open a clause of their own, as "، مضيفا أن" does؛ with a verbal noun they stay
   in the words before؛
2. a condemnation whose object is a quotation ('ودانت الوزارة "..."'، 'ونددت البعثة
   بـ"..."') is the condemner's direct quote, also after "، فيما"؛ an unquoted object
   reports no words؛
3. bodies' names: a chamber ("غرفة تجارة ...") heads a body a later "وقالت" points back
   to؛ "للدفاع عن" stays in a committee's name؛ "في ذي قار" is a place, not the Hijri
   month "ذي القعدة"؛
4. detainees counted as the object of a deal's verbal noun ("تبادل نحو 900 محتجز"،
   "إطلاق 300 معتقل") are no arrest؛
5. a feminine singular and its passive verb before a joined outcome clause ("إن فتاة قتلت
   وأصيب شقيقها")؛
6. losing touch, hope or control ("فقدوا الاتصال بذويهم") is no one missing؛
7. the state of the wounded: others in a critical state ("وإن أربعة آخرين في حالة
   حرجة") and a state that keeps them in hospital are sub-groups of the wounded؛
8. the feminine dual of a person noun, nominative and in construct ("بينهم ممرضتان"،
   "بينهم بائعتا خبز")؛
9. a dual right after two counted says who those two are ("اثنين من الموقوفين أسيران
   محرران"), no other two؛
10. "أحد" before a definite dual outcome noun is one ("ونعت العشيرة أحد القتيلين")؛
11. the one targeted, then a result clause with the outcome and the one's pronoun
    ("استهدفوا شابا قرب البئر، ما أدى إلى مقتله")؛
12. a running count whose time phrase holds a year ("عدد النازحين ... منذ آذار 2024 إلى
    نحو 40 ألفا")؛
13. a bare weekday after the event a call asks for ("ودعا اللجنة إلى اجتماع طارئ
    الأربعاء") and after the future of services put on ("ستسير البلدية صهاريج ... بدءا
    من صباح الخميس") is ahead.

Every sentence is fictional and written for these tests; places, outlets and titles are
used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements
from workbench.core.extract.ar.dates import find_dates_ar


@pytest.mark.parametrize(("text", "expected"), [
    # 1. expecting and judging likely before "أن"
    ('وقالت المديرية إن المضخات توقفت، متوقعة أن تعود الخدمة قبل نهاية الأسبوع.',
     [('المديرية', 'المضخات توقفت'), ('المديرية', 'تعود الخدمة قبل نهاية الأسبوع')]),
    ('وقال رئيس البلدية، سالم العويني، إن الطريق أغلق، مرجحا أن يفتح بعد يومين.',
     [('رئيس البلدية، سالم العويني', 'الطريق أغلق'), ('سالم العويني', 'يفتح بعد يومين')]),
    ('وأوضح المصدر أن القافلة وصلت، مرجحين أن تصل قافلة ثانية غدا.',
     [('المصدر', 'القافلة وصلت'), ('المصدر', 'تصل قافلة ثانية غدا')]),
    # ... a verbal noun after "مرجحة" is its object, an entry of its own (forty-sixth
    # Arabic round: the blind sets annotate it so wherever it occurs)
    ('وقالت الجمعية إن المخزون نفد، مرجحة ارتفاع الأسعار.',
     [('الجمعية', 'المخزون نفد'), ('الجمعية', 'ارتفاع الأسعار')]),
    # 2. a quoted condemnation
    ('ودانت وزارة الخارجية في بيان "الاعتداء على قافلة الإغاثة".',
     [('وزارة الخارجية', 'الاعتداء على قافلة الإغاثة')]),
    ('وأدان محافظ الإقليم "الهجوم الجبان على السوق".',
     [('محافظ الإقليم', 'الهجوم الجبان على السوق')]),
    ('ونددت البعثة بـ"القصف العشوائي على الأحياء".',
     [('البعثة', 'القصف العشوائي على الأحياء')]),
    ('ودان المجلس "بأشد العبارات" التفجير في سوق البلدة.',
     [('المجلس', '"بأشد العبارات" التفجير في سوق البلدة')]),
    ('وزعم الجيش أن الغارة استهدفت "مخزنا للسلاح"، فيما دان المجلس البلدي "الاعتداء على '
     'المنازل".',
     [('الجيش', 'الغارة استهدفت "مخزنا للسلاح"'),
      ('المجلس البلدي', 'الاعتداء على المنازل')]),
    # ... kept out: an unquoted object reports no words
    ('ودانت الوزارة الهجوم على القافلة.', []),
    ('واستنكر الأهالي قطع الطريق.', []),
    # 3. a chamber as a body, a committee's purpose, a place in "ذي"
    ('وقال المدير العام، المهندس رامي الفارس، إن الأبراج عادت للعمل. ورحبت غرفة تجارة '
     'الواحة بالخطوة، وقالت إن الاتصالات "ضرورية للأسواق".',
     [('المدير العام، المهندس رامي الفارس', 'الأبراج عادت للعمل'),
      ('غرفة تجارة', 'الاتصالات "ضرورية للأسواق"')]),
    ('قالت هيئة المحامين للدفاع عن الموقوفين، في تقريرها الصادر الأحد، إن 40 شخصا ما '
     'زالوا محتجزين.',
     [('هيئة المحامين للدفاع عن الموقوفين', '40 شخصا ما زالوا محتجزين')]),
    ('قال مجلس العشائر في ذي قار، في بيانه الصادر الاثنين، إن الصلح تم.',
     [('مجلس العشائر في ذي قار', 'الصلح تم')]),
])
def test_statements(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. a deal's detainees
    ('وأوضح الوسيط أن الطرفين اتفقا على تبادل نحو 900 محتجز.', []),
    ('وقال إن المرحلة الثانية تشمل إطلاق 300 معتقل من الجانبين.', []),
    ('الوسطاء: تبادل 600 محتجز بعد انتهاء الجولة', []),
    # ... kept: captives of battle keep their count, an arrest its own
    ('وكان الطرفان قد أفرجا عن 12 أسيرا في عملية تبادل.',
     [('12 أسيرا', 'captured', 12, 'exact')]),
    ('واعتقلت الشرطة 30 شخصا بعد إطلاق النار في الحي.',
     [('واعتقلت الشرطة 30 شخصا', 'arrested', 30, 'exact')]),
    # 5. a feminine passive before a joined outcome clause
    ('وأفاد شهود بأن فتاة قتلت وأصيب شقيقها بقصف على المخيم.',
     [('فتاة قتلت', 'killed', 1, 'exact')]),
    ('وقال المسعفون إن امرأة قتلت وجرح زوجها في الغارة.',
     [('امرأة قتلت', 'killed', 1, 'exact')]),
    ('وقال المسعفون إن امرأة قتلت وأصيبت ابنتها في الغارة.',
     [('امرأة قتلت', 'killed', 1, 'exact')]),
    # ... kept out: the active verb with its object, and a second active verb of hers
    ('وقالت الشرطة إن امرأة قتلت والدها في القرية.', []),
    ('وقالت الشرطة إن امرأة قتلت وجرحت زوجها.', []),
    # 6. losing touch, hope or control
    ('وقال إن "أكثر من 300 طفل وصلوا وحدهم أو فقدوا الاتصال بذويهم على الطريق".', []),
    ('وقالت المنظمة إن 40 مهاجرا فقدوا الأمل في العودة.', []),
    # ... kept: gone missing, with a time word after the passive
    ('وقال إن 12 صيادا فقدوا الليلة الماضية قبالة الساحل.',
     [('12 صيادا فقدوا', 'missing', 12, 'exact')]),
    # 7. the state of the wounded
    ('وقال الطبيب إن المستشفى استقبل 19 مصابا توفي ثلاثة منهم، وإن أربعة آخرين "في حالة '
     'حرجة".',
     [('19 مصابا', 'wounded', 19, 'exact'), ('توفي ثلاثة منهم', 'killed', 3, 'exact'),
      ('أربعة آخرين "في حالة حرجة', 'wounded', 4, 'exact')]),
    ('وقالت اللجنة إن تسعة متظاهرين أصيبوا، وإن حالة ثلاثة منهم تستدعي البقاء في '
     'المستشفى.',
     [('تسعة متظاهرين أصيبوا', 'wounded', 9, 'exact'),
      ('حالة ثلاثة منهم تستدعي البقاء في المستشفى', 'wounded', 3, 'exact')]),
    # ... kept: others wounded are a figure of their own; a stable state is no severity
    ('وقال إن 12 شخصا أصيبوا، وأصيب 5 آخرون بجروح طفيفة.',
     [('12 شخصا أصيبوا', 'wounded', 12, 'exact'), ('وأصيب 5 آخرون', 'wounded', 5, 'exact')]),
    # (round ar191: a stable state of a part of the hurt is read, as the older sets count it)
    ('وقال إن 12 شخصا أصيبوا، وإن حالة ثلاثة منهم مستقرة.',
     [('12 شخصا أصيبوا', 'wounded', 12, 'exact'),
      ('حالة ثلاثة منهم مستقرة', 'wounded', 3, 'exact')]),
    # 8. feminine duals of person nouns
    ('وخطف المسلحون سبعة من موظفي المنظمة، بينهم ممرضتان.',
     [('وخطف المسلحون سبعة من موظفي المنظمة', 'captured', 7, 'exact'),
      ('بينهم ممرضتان', 'captured', 2, 'exact')]),
    ('قتل خمسة مدنيين، بينهم بائعتا خبز، في القصف على السوق.',
     [('قتل خمسة مدنيين', 'killed', 5, 'exact'), ('بينهم بائعتا', 'killed', 2, 'exact')]),
    # 9. a dual predicate of two counted
    ('وأضاف أن اثنين من الموقوفين أسيران محرران أمضيا سنوات في السجن.',
     [('اثنين من الموقوفين', 'arrested', 2, 'exact')]),
    # 10. one of the two
    ('ونعت العشيرة في بيان أحد القتيلين، ويدعى سامي العبد (40 عاما).',
     [('أحد القتيلين', 'killed', 1, 'exact')]),
    # 11. the one targeted, then the result clause
    ('وقال الشهود إن المسلحين استهدفوا شابا قرب البئر، ما أدى إلى مقتله.',
     [('شابا قرب البئر، ما أدى إلى مقتله', 'killed', 1, 'exact')]),
    ('وأضاف أن قناصا استهدف طفلة في الحي، ما أدى إلى إصابتها في الكتف.',
     [('طفلة في الحي، ما أدى إلى إصابتها', 'wounded', 1, 'exact')]),
    # ... kept out: a thing targeted; a result of no outcome
    ('وقال إن المسلحين استهدفوا سيارة قرب البئر، ما أدى إلى احتراقها.', []),
    ('وقال إن المسلحين استهدفوا شابا قرب البئر، ما أدى إلى غضب الأهالي.', []),
    # 12. a running count with a year in its time phrase
    ('ليرتفع عدد النازحين المسجلين في المدينة منذ آذار 2024 إلى نحو 40 ألفا.',
     [('عدد النازحين المسجلين في المدينة منذ آذار 2024 إلى نحو 40 ألفا', 'displaced',
       40000, 'about')]),
    # ... kept out: a count that is no year stops the toll's reach back
    ('وقالت إن عدد النازحين في 12 مخيما ارتفع، وإن المساعدات وصلت إلى نحو 40 ألفا.', []),
    # a passer-by
    ('ما أدى إلى مقتل شخصين وإصابة عابر سبيل بجروح.',
     [('مقتل شخصين', 'killed', 2, 'exact'), ('وإصابة عابر', 'wounded', 1, 'exact')]),
])
def test_casualties(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # 13. a weekday after the event a call asks for
    ('ودعا المحافظ اللجنة إلى اجتماع طارئ الأربعاء.', '2025-03-10',
     [('الأربعاء', '2025-03-12')]),
    ('وتدعو النقابة أعضاءها إلى الاعتصام الخميس.', '2025-03-10', [('الخميس', '2025-03-13')]),
    # ... and after the future of services put on
    ('وقالت البلدية إنها ستسير 20 صهريجا إلى الأحياء الشرقية بدءا من صباح الخميس.',
     '2025-03-10', [('صباح الخميس', '2025-03-13')]),
    ('وأكدت المنظمة أنها ستوزع الحصص الغذائية على الأسر الأحد.', '2025-03-10',
     [('الأحد', '2025-03-16')]),
    # ... kept: a call's event already held, a past narration
    ('وخرج المتظاهرون الذين دعاهم الحزب إلى الاعتصام الخميس.', '2025-03-10',
     [('الخميس', '2025-03-06')]),
    ('ووزعت المنظمة الحصص الغذائية على الأسر الأحد.', '2025-03-10',
     [('الأحد', '2025-03-09')]),
])
def test_dates(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(d["text"], d["value"]) for d in find_dates_ar(text, published)] == expected


@pytest.mark.xfail(strict=True, reason="a monitoring record before a headline colon "
                   "('رصد حقوقي:') is not read as its source, as 'تقرير حقوقي:' is; "
                   "the headline rules read it as no speaker (left, forty-fifth round)")
def test_monitoring_headline() -> None:
    assert ar_statements('رصد حقوقي: 9 قتلى برصاص القناصة في المدينة منذ مطلع الشهر') == [
        ('رصد حقوقي', '9 قتلى برصاص القناصة في المدينة منذ مطلع الشهر')]
