"""Arabic probes, forty-third round (issue 11): the families of the fifteenth blind
Arabic set's misses (``bench/blind/ar-15.jsonl``), each written as a rule of news Arabic
with several members and look-alikes that must not fire:

1. a four-digit year after "منذ" before an event noun ("منذ 2018 هجمات متكررة"): the
   point the events run from, not a count of them؛
2. a time of day before "اليوم" and a definite verbal noun after it ("أعلنت المديرية
   فجر اليوم التوصل إلى اتفاق"): today, the noun the verb's object (not "صباح اليوم
   التالي")؛
3. a single bomber told before the blast ("مهاجما يقود سيارة مفخخة فجر نفسه")، killed 1؛
4. the body of one of them ("جثة أحدهم")، one dead؛
5. a time ago between a verb and its count ("خطفوا قبل يومين أربعة رعاة")؛
6. the dealers and smugglers of police copy after "ضبط" ("ضبطت 42 متاجرا")؛
7. a freed woman prisoner with her adjective, then a joined singular ("بينهم أسيرة
   محررة وطفل")، read as the freed man and the woman with no adjective are؛
8. a count with the article in a speaker's apposition ("، أحد الوسطاء الـ12 الذين رعوا
   الاتفاق، إن")؛
9. a warning participle with a verbal noun after its preposition, unquoted ("، محذرا من
   توقف المولدات")؛
10. a definite verbal noun before its own preposition after a participle of confirming
    ("، مؤكدة القبض على سبعة")؛
11. a participle of describing ("، واصفا رواية الجيش بأنها "مفبركة""): its own words,
    and the end of the words before it؛
12. a second verb of saying joined by "و" with its complementizer at once ("ينفي قصف
    السوق ويقول إنه ..."، "ونفى الجيش قصف السوق وقال إنه ...")؛ the same subject's next
    entry؛
13. a body named with the one it belongs to before a live entry's colon ("مركز عمليات
    الطوارئ التابع لوزارة الصحة: ...").

Every sentence is fictional and written for these tests; places, outlets and titles are
used only as settings. Publication date of the date probes: Thursday 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_dates, ar_statements, figures


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a year after "منذ", before an event noun
    ('وتشهد البلدة منذ 2016 هجمات متفرقة يشنها مسلحون مجهولون.', [('2016', '2016')]),
    ('ويشهد الإقليم منذ 2011 عمليات نزوح متكررة.', [('2011', '2011')]),
    # ... read before, unchanged: a year before a noun no list holds, or a plain noun
    ('وتعيش قرى الوادي منذ 2013 معارك متقطعة بين الفصائل.', [('2013', '2013')]),
    ('وتعاني المدينة منذ 2014 أزمة في المياه.', [('2014', '2014')]),
    # ... kept out: a time unit after the number, a count after another word
    ('وتسكن العشيرة هذا الوادي منذ 1000 عام تقريبا.', []),
    ('وشنت الطائرات 2017 غارة على المنطقة خلال الحرب.', []),
    # 2. a time of day before "اليوم", then the verb's definite object
    ('وأعلنت المديرية في بيان فجر اليوم التوصل إلى هدنة بين العشيرتين.',
     [('فجر اليوم', '2018-05-10')]),
    ('وأعلنت اللجنة صباح اليوم الانتهاء من فرز الأصوات.', [('صباح اليوم', '2018-05-10')]),
    ('وبدأت البلدية مساء اليوم الاستعدادات لاستقبال النازحين.', [('مساء اليوم', '2018-05-10')]),
    # ... read before, unchanged: a weekday after it
    ('وأعلنت المديرية فجر اليوم الخميس التوصل إلى هدنة.', [('فجر اليوم الخميس', '2018-05-10')]),
    # ... kept out: a day of something after a time of day
    ('وعاد الأهالي إلى القرية صباح اليوم التالي.', []),
    ('واستؤنفت الدراسة صباح اليوم الموالي للهجوم.', []),
    ('وانتهت المحادثات مساء اليوم الأخير من الجولة.', []),
    ('وقصفت المدفعية الحي فجر اليوم الثالث من الهجوم.', []),
    ('وانطلقت الاحتفالات صباح اليوم الوطني في الساحة.', []),
])
def test_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. a single bomber told before the blast
    ('وقال الضابط إن مهاجما يقود دراجة نارية مفخخة فجر نفسه قرب البوابة.',
     [('مهاجما يقود دراجة نارية مفخخة فجر نفسه', 'killed', 1, None, 'exact', 'مهاجما')]),
    ('وأفاد شهود بأن انتحاريا فجر نفسه وسط السوق.',
     [('انتحاريا فجر نفسه', 'killed', 1, None, 'exact', 'انتحاريا')]),
    ('وقالت الشرطة إن امرأة تحمل حزاما ناسفا فجرت نفسها عند المدخل.',
     [('امرأة تحمل حزاما ناسفا فجرت نفسها', 'killed', 1, None, 'exact', 'امرأة')]),
    # ... read before, unchanged: a dual after the verb
    ('وهاجم ثلاثة مسلحين الحاجز، وفجر اثنان منهم نفسيهما.',
     [('وفجر اثنان منهم نفسيهما', 'killed', 2, None, 'exact', None)]),
    # ... kept out: a charge, not the bomber's self; the policeman is not the bomber when
    # the blast is the clause of a time (the bomber himself, told verb first, is dead: the
    # fifty-second set's gold, as ar-23, ar-30 and ar-36 give the form with the noun first)
    ('وقالت الشرطة إن مسلحا فجر عبوة ناسفة عند الحاجز.', []),
    ('وأصيب شرطي عندما فجر انتحاري نفسه عند الحاجز.',
     [('وأصيب شرطي', 'wounded', 1, None, 'exact', 'شرطي'),
      ('فجر انتحاري نفسه', 'killed', 1, None, 'exact', 'انتحاري')]),
    # 4. the body of one of them
    ('وقال المصدر إن الأهالي عثروا على جثة أحدهم قرب النهر.',
     [('جثة أحدهم', 'killed', 1, None, 'exact', None)]),
    ('وتسلمت العائلة جثمان أحدهما من المستشفى.',
     [('جثمان أحدهما', 'killed', 1, None, 'exact', None)]),
    # ... kept out: one of them, with no body
    ('وقال المصدر إن الأهالي تعرفوا على أحدهم قرب النهر.', []),
    # 5. a time ago between a verb and its count
    ('وقال المصدر إن مسلحين خطفوا قبل يومين ثلاثة رعاة من القرية.',
     [('خطفوا قبل يومين ثلاثة رعاة', 'captured', 3, None, 'exact', 'رعاة')]),
    ('واعتقلت القوات قبل أسبوع خمسة شبان من البلدة.',
     [('واعتقلت القوات قبل أسبوع خمسة شبان', 'arrested', 5, None, 'exact', 'شبان')]),
    ('وخطف مسلحون قبل ثلاثة أيام أربعة عمال من الموقع.',
     [('وخطف مسلحون قبل ثلاثة أيام أربعة عمال', 'captured', 4, None, 'exact', 'عمال')]),
    # ... read before, unchanged: a weekday between
    ('وخطف مسلحون مساء الأحد أربعة عمال من الموقع.',
     [('وخطف مسلحون مساء الأحد أربعة عمال', 'captured', 4, None, 'exact', 'عمال')]),
    # ... kept out: the ago phrase closes a relative with no count after it
    ('وأفرج المسلحون عن الرعاة الذين خطفوا قبل يومين.', []),
    # 6. the dealers and smugglers of police copy after "ضبط"
    ('وقال المتحدث إن دوريات المكافحة ضبطت 37 متاجرا بالمخدرات.',
     [('ضبطت 37 متاجرا بالمخدرات', 'arrested', 37, None, 'exact', 'متاجرا بالمخدرات')]),
    ('وضبطت الشرطة 14 مروجا للحبوب المخدرة في الأحياء الشرقية.',
     [('وضبطت الشرطة 14 مروجا للحبوب المخدرة', 'arrested', 14, None, 'exact',
       'مروجا للحبوب المخدرة')]),
    # ... read before, unchanged: a listed person noun
    ('وضبطت الشرطة 14 متهما في الأحياء الشرقية.',
     [('وضبطت الشرطة 14 متهما', 'arrested', 14, None, 'exact', 'متهما')]),
    # ... kept out: shops and stores seized
    ('وضبطت البلدية 12 متاجر مخالفة في السوق.', []),
    ('وضبطت الجمارك 5 مخازن للمهربين قرب الحدود.', []),
    # 7. a freed woman prisoner with her adjective, then a joined singular
    ('وقالت الهيئة إن الجيش اعتقل 15 مواطنا، بينهم أسيرة محررة وطفل.',
     [('اعتقل 15 مواطنا', 'arrested', 15, None, 'exact', 'مواطنا'),
      ('بينهم أسيرة محررة', 'arrested', 1, None, 'exact', 'أسيرة محررة'),
      ('بينهم أسيرة محررة وطفل', 'arrested', 1, None, 'exact', 'طفل')]),
    # ... read before, unchanged: the freed man, and the woman with no adjective
    ('وقالت الهيئة إن الجيش اعتقل 15 مواطنا، بينهم أسير محرر وطفل.',
     [('اعتقل 15 مواطنا', 'arrested', 15, None, 'exact', 'مواطنا'),
      ('بينهم أسير محرر', 'arrested', 1, None, 'exact', 'أسير محرر'),
      ('بينهم أسير محرر وطفل', 'arrested', 1, None, 'exact', 'طفل')]),
    ('وقالت الهيئة إن الجيش اعتقل 15 مواطنا، بينهم امرأة وطفل.',
     [('اعتقل 15 مواطنا', 'arrested', 15, None, 'exact', 'مواطنا'),
      ('بينهم امرأة', 'arrested', 1, None, 'exact', 'امرأة'),
      ('بينهم امرأة وطفل', 'arrested', 1, None, 'exact', 'طفل')]),
])
def test_casualties(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 8. a count with the article in a speaker's apposition
    ('وقال الحاج سالم العتوم، أحد الوجهاء الـ12 الذين رعوا الصلح، إن الهدنة صامدة.',
     [('الحاج سالم العتوم', 'الهدنة صامدة')]),
    ('وقال المهندس فادي الكسواني، أحد الأعضاء ال15 في اللجنة، إن الأعمال ستنتهي قريبا.',
     [('المهندس فادي الكسواني', 'الأعمال ستنتهي قريبا')]),
    # ... read before, unchanged: a number word, or the count closing the aside
    ('وقال الحاج سالم العتوم، أحد الوجهاء الخمسة في البلدة، إن الهدنة صامدة.',
     [('الحاج سالم العتوم', 'الهدنة صامدة')]),
    ('وقال الحاج سالم العتوم، أحد وجهاء البلدة الـ12، إن الهدنة صامدة.',
     [('الحاج سالم العتوم', 'الهدنة صامدة')]),
    # 9. a warning participle with an unquoted verbal noun
    ('ودعا المدير الجهات المانحة إلى "التحرك السريع"، محذرا من توقف المضخات خلال يومين.',
     [('المدير', 'إلى "التحرك السريع"'), ('المدير', 'من توقف المضخات خلال يومين')]),
    ('وطالب الوزير بوقف القتال، محذرا من كارثة إنسانية.',
     [('الوزير', 'بوقف القتال'), ('الوزير', 'من كارثة إنسانية')]),
    ('وأكدت البلدية أن الجسر مغلق، محذرة من الاقتراب من ضفتي النهر.',
     [('البلدية', 'الجسر مغلق'), ('البلدية', 'من الاقتراب من ضفتي النهر')]),
    # ... read before, unchanged: the verb, a quotation, a complementizer
    ('وحذر المدير من توقف المضخات خلال يومين.', [('المدير', 'من توقف المضخات خلال يومين')]),
    ('وقال المدير إن الوقود نفد، محذرا من "توقف تام".',
     [('المدير', 'الوقود نفد'), ('المدير', 'من "توقف تام"')]),
    ('وقال المدير إن الوقود نفد، محذرا من أن المضخات ستتوقف.',
     [('المدير', 'الوقود نفد'), ('المدير', 'المضخات ستتوقف')]),
    # ... kept out: the participle with no comma before it, after a verb that reports
    # nothing
    ('وخرج المدير محذرا من توقف المضخات.', []),
    # ... and a demonstrative after the preposition, which points back
    ('وقال المدير إن الوقود نفد، محذرا من ذلك.', [('المدير', 'الوقود نفد')]),
    # 10. a definite verbal noun before its own preposition after a participle
    ('وأعلنت الشرطة انتهاء العملية، مؤكدة القبض على خمسة من المتورطين.',
     [('الشرطة', 'انتهاء العملية'), ('الشرطة', 'القبض على خمسة من المتورطين')]),
    ('وأعلنت اللجنة انتهاء المفاوضات، معلنة الإفراج عن تسعة محتجزين.',
     [('اللجنة', 'انتهاء المفاوضات'), ('اللجنة', 'الإفراج عن تسعة محتجزين')]),
    ('وأعلنت الفرق انتهاء البحث، مؤكدة العثور على الطفل المفقود.',
     [('الفرق', 'انتهاء البحث'), ('الفرق', 'العثور على الطفل المفقود')]),
    # ... read before, unchanged: an indefinite verbal noun
    ('وأعلنت الشرطة انتهاء العملية، مؤكدة اعتقال خمسة من المتورطين.',
     [('الشرطة', 'انتهاء العملية'), ('الشرطة', 'اعتقال خمسة من المتورطين')]),
    # ... kept out: a definite noun with no preposition after it
    ('وأعلنت الشرطة انتهاء العملية، مؤكدة الخبر.', [('الشرطة', 'انتهاء العملية')]),
    # 11. a participle of describing
    ('ونفى المكتب اتهامات الحكومة بقصف المخيم، واصفا رواية الجيش بأنها "ملفقة".',
     [('المكتب', 'اتهامات الحكومة بقصف المخيم'), ('المكتب', 'ملفقة')]),
    ('وأكد الجيش سيطرته على التلة، واصفا المعركة بأنها كانت حاسمة.',
     [('الجيش', 'سيطرته على التلة'), ('الجيش', 'كانت حاسمة')]),
    ('وقال الوزير إن الهدنة صامدة، واصفة الوزارة الوضع بأنه مستقر.',
     [('الوزير', 'الهدنة صامدة'), ('الوزير', 'مستقر')]),
    # ... with no complementizer the participle still ends the words before it, and
    # gives no entry of its own
    ('وأعلن الجيش انتهاء العملية، واصفا إياها بالناجحة.', [('الجيش', 'انتهاء العملية')]),
    # ... read before, unchanged: the verb
    ('ووصف الوزير الهجوم بأنه "جبان".', [('الوزير', 'جبان')]),
    # 12. a second verb of saying joined by "و", in the body
    ('ونفى الجيش قصف المستشفى وقال إنه استهدف مخزنا للذخيرة.',
     [('الجيش', 'قصف المستشفى'), ('الجيش', 'استهدف مخزنا للذخيرة')]),
    ('ونفت الحركة مسؤوليتها عن التفجير وأكدت أنها لا تستهدف المدنيين.',
     [('الحركة', 'مسؤوليتها عن التفجير'), ('الحركة', 'لا تستهدف المدنيين')]),
    # ... read before, unchanged: with a comma; a verb with its own subject
    ('ونفى الجيش قصف المستشفى، وقال إنه استهدف مخزنا للذخيرة.',
     [('الجيش', 'قصف المستشفى'), ('الجيش', 'استهدف مخزنا للذخيرة')]),
    ('وأعلن الجيش مقتل جندي وقال قائده إن الهجوم فشل.',
     [('الجيش', 'مقتل جندي'), ('قائده', 'الهجوم فشل')]),
])
def test_statements(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("headline", "expected"), [
    # 12. a second verb of saying joined by "و", in a headline
    ('القوات المشتركة تنفي قصف المخيم وتقول إنها صدت هجوما',
     [('القوات المشتركة', 'قصف المخيم'), ('القوات المشتركة', 'صدت هجوما')]),
    ('الوزير يعلن استقالته ويؤكد أنه لن يترشح',
     [('الوزير', 'استقالته'), ('الوزير', 'لن يترشح')]),
    ('الجيش يعلن السيطرة على التلة ويقول إن المعارك انتهت',
     [('الجيش', 'السيطرة على التلة'), ('الجيش', 'المعارك انتهت')]),
    # ... kept out: a verb with a subject of its own after it
    ('الجيش ينفي قصف السوق ويقول قائده إن الهجوم فشل',
     [('الجيش', 'قصف السوق ويقول قائده إن الهجوم فشل')]),
    # 13. a body named with the one it belongs to, before a live entry's colon
    ('مباشر | القصف على الجنوب\n11:40 - مركز عمليات الطوارئ التابع لوزارة الصحة '
     'في الحكومة المؤقتة: الغارة على البلدة أسفرت عن شهيد.',
     [('مركز عمليات الطوارئ التابع لوزارة الصحة في الحكومة المؤقتة',
       'الغارة على البلدة أسفرت عن شهيد')]),
    ('مباشر | القصف على الجنوب\n12:05 - الدفاع المدني التابع لوزارة الداخلية في '
     'الحكومة المؤقتة: انتشلنا جثتين من تحت الأنقاض.',
     [('الدفاع المدني التابع لوزارة الداخلية في الحكومة المؤقتة',
       'انتشلنا جثتين من تحت الأنقاض')]),
    # ... read before, unchanged: a shorter label
    ('مباشر | القصف على الجنوب\n11:40 - مركز عمليات الطوارئ التابع لوزارة الصحة: '
     'الغارة على البلدة أسفرت عن شهيد.',
     [('مركز عمليات الطوارئ التابع لوزارة الصحة', 'الغارة على البلدة أسفرت عن شهيد')]),
    # ... kept out: a place that belongs to another, with no body before the colon
    ('مباشر | القصف على الجنوب\n11:40 - قصف على البلدة التابعة لقضاء صور في الجنوب '
     'اللبناني: أضرار كبيرة في المنازل.', []),
])
def test_headlines(headline: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(headline) == expected


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        'ونفى المكتب اتهامات الحكومة بقصف المخيم.',
        [('المكتب', 'اتهامات الحكومة بقصف المخيم'), ('الحكومة', 'بقصف المخيم')],
        marks=pytest.mark.xfail(strict=True, reason=(
            "a noun of accusation inside another's words gives its accuser no entry "
            "(the fifteenth set's 007; no rule reads nouns of accusation)"))),
    pytest.param(
        'وقال الشيخ إن الطرفين تعهدا بتسليم السلاح إلى الشرطة.',
        [('الشيخ', 'الطرفين تعهدا بتسليم السلاح إلى الشرطة'),
         ('الطرفين', 'بتسليم السلاح إلى الشرطة')],
        marks=pytest.mark.xfail(strict=True, reason=(
            "a pledge inside reported words gives the ones who pledged no entry of their "
            "own (the fifteenth set's 009, the seventh set's donors)"))),
])
def test_left(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected
