"""Arabic probes, twenty-ninth round (issue 11): the misses the twenty-seventh and
twenty-eighth rounds saw and left, each with the look-alikes where no figure, date or
statement, or a different one, must come out:

1. "ودعا المجتمع الدولي إلى ...": the international community is the one called on; at
   once after the verb, with a speaker named before, the caller is that speaker, and after
   a named caller it is the addressee ("ودعا الرئيس المجتمع الدولي إلى");
2. 'نشرت صفحة "..." بيانا جاء فيه أن': the one who put the statement out (a page, an
   account, a ministry) is the speaker, not one who read or received it;
3. the feminine duals of the verbs of saying ("أكدتا فيه"، "وأضافتا أن") and the masculine
   duals beside them;
4. an act coordinated with a verb of saying: a threat after an act is the act's subject's
   ("وقصف الجيش القرية وتوعد بمزيد من الضربات", the twenty-seventh round's strict xfail),
   and an act after a denial is no part of its words ("ونفى الجيش ذلك وقصف ...");
5. "، طلب أن نرسل له المساعدات، إن": a source's request between commas, not the words;
6. "المعتقلين السابقين": former detainees count nobody, unless a verb befalls them;
7. "وظهر اليوم المتحدث ...": today, the spokesman appeared.

Every sentence is fictional and written for these tests; places, outlets and titles are
used only as settings. Publication date: Thursday 10 May 2018 (see ``tests.extract_probes``).
"""

from __future__ import annotations

import pytest

from tests.extract_probes import AR_PUBLISHED, ar_dates, ar_statements, engines_read, figures


@pytest.mark.parametrize(("text", "expected"), [
    # 7. after the verb "ظهر", "اليوم" is today though a definite subject follows it ...
    ('وظهر اليوم المتحدث باسم الجيش في مؤتمر صحفي.', [('اليوم', '2018-05-10')]),
    ('ظهر اليوم القائد الميداني على شاشة التلفزيون.', [('اليوم', '2018-05-10')]),
    ('وظهر اليوم زعيم التنظيم في تسجيل مصور.', [('اليوم', '2018-05-10')]),
    ('وكان القائد قد ظهر اليوم في مقطع مصور.', [('اليوم', '2018-05-10')]),
    # ... noon keeps "اليوم" in its span ...
    ('وحتى ظهر اليوم بلغ عدد القتلى 12.', [('ظهر اليوم', '2018-05-10')]),
    ('وظهر اليوم، قصفت الطائرات الحي.', [('ظهر اليوم', '2018-05-10')]),
    # ... and a day of something is still no date
    ('وظهر اليوم الوطني شعار جديد على المباني.', []),
    ('واحتفل السكان اليوم الوطني في الساحة.', []),
])
def test_date_probes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 6. former detainees and prisoners count nobody ...
    ('وأفرج عن 30 من المعتقلين السابقين.', []),
    ('والتقى الوزير 30 من المعتقلين السابقين في سجن صيدنايا.', []),
    ('واجتمع 30 من أعضائها المعتقلين السابقين.', []),
    ('وشارك 40 معتقلين سابقين في الوقفة.', []),
    ('وقال 12 من الأسرى السابقين إنهم تعرضوا للتعذيب.', []),
    # ... unless a verb says what befell them now
    ('وقتل 3 من المعتقلين السابقين في غارة على السجن.',
     [('وقتل 3 من المعتقلين السابقين', 'killed', 3, None, 'exact', 'المعتقلين السابقين')]),
    ('واعتقلت القوات 30 من المعتقلين السابقين.',
     [('واعتقلت القوات 30 من المعتقلين السابقين', 'arrested', 30, None, 'exact',
       'المعتقلين السابقين')]),
    # look-alikes: detainees with no "former", "سابقا" as "previously", "السابق" of
    # something else
    ('وأفرج عن 30 من المعتقلين.', [('30 من المعتقلين', 'arrested', 30, None, 'exact', None)]),
    ('وطالب الحوثيون بالإفراج عن 40 من قادتهم المعتقلين في سجون الحكومة.',
     [('40 من قادتهم المعتقلين', 'arrested', 40, None, 'exact', 'من قادتهم')]),
    ('واعتقلت القوات 30 شخصا سابقا بتهمة التهريب.',
     [('واعتقلت القوات 30 شخصا سابقا', 'arrested', 30, None, 'exact', 'شخصا سابقا')]),
    ('وأصيب 5 من الجرحى في القصف السابق.',
     [('5 من الجرحى', 'wounded', 5, None, 'exact', None)]),
])
def test_casualty_probes(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 1. the international community called on, by the speaker named before ...
    ('وقال وزير الخارجية إن الوضع خطير. ودعا المجتمع الدولي إلى التدخل الفوري.',
     [('وزير الخارجية', 'الوضع خطير'), ('وزير الخارجية', 'إلى التدخل الفوري')]),
    ('وقالت المنسقة إن الوضع خطير. ودعت المجتمع الدولي إلى التحرك.',
     [('المنسقة', 'الوضع خطير'), ('المنسقة', 'إلى التحرك')]),
    ('وقال وزير الخارجية إن الوضع خطير، ودعا المجتمع الدولي إلى التدخل.',
     [('وزير الخارجية', 'الوضع خطير'), ('وزير الخارجية', 'إلى التدخل')]),
    # ... or by the caller named before it
    ('ودعا الرئيس المجتمع الدولي إلى التدخل.', [('الرئيس', 'إلى التدخل')]),
    ('ودعت الحكومة الأسرة الدولية إلى دعم جهودها.', [('الحكومة', 'إلى دعم جهودها')]),
    # look-alikes: nobody named before; another body after the verb is the caller
    ('ودعا المجتمع الدولي إلى التدخل.', [('المجتمع الدولي', 'إلى التدخل')]),
    ('وقال الوزير إن الوضع خطير. ودعا الاتحاد الأوروبي إلى وقف القتال.',
     [('الوزير', 'الوضع خطير'), ('الاتحاد الأوروبي', 'إلى وقف القتال')]),
    # 2. a statement put out by a page, an account or a body, "جاء فيه أن"
    ('ونشرت صفحة "الجيش السوداني" على فيسبوك بيانا جاء فيه أن القوات استعادت البلدة.',
     [('صفحة "الجيش السوداني"', 'القوات استعادت البلدة')]),
    ('ونشر حساب "المرصد" على تلغرام بيانا جاء فيه أن 3 مدنيين قتلوا.',
     [('حساب "المرصد"', '3 مدنيين قتلوا')]),
    ('وأصدرت وزارة الدفاع بيانا جاء فيه أن القوات استعادت البلدة.',
     [('وزارة الدفاع', 'القوات استعادت البلدة')]),
    ('ونشرت الصحيفة تقريرا جاء فيه أن القوات استعادت البلدة.',
     [('الصحيفة', 'القوات استعادت البلدة')]),
    # look-alikes: one who read or received it is no source; a page's pictures say nothing
    ('وقرأ المذيع بيانا جاء فيه أن القوات استعادت البلدة.',
     [(None, 'القوات استعادت البلدة')]),
    ('وتلقت الوكالة بيانا جاء فيه أن القوات استعادت البلدة.',
     [(None, 'القوات استعادت البلدة')]),
    ('ونشرت صفحة "الجيش السوداني" على فيسبوك صورا للأسرى.', []),
    ('وجاء في البيان أن القوات استعادت البلدة.', [('البيان', 'القوات استعادت البلدة')]),
    # 3. feminine duals, in the statement put out and coordinated after a report ...
    ('وأصدرت الوزارتان بيانا مشتركا أكدتا فيه أن القصف توقف.',
     [('الوزارتان', 'القصف توقف')]),
    ('وأصدرت المنظمتان بيانا مشتركا قالتا فيه إن المساعدات لم تصل.',
     [('المنظمتان', 'المساعدات لم تصل')]),
    ('قالت المنظمتان إن المساعدات لم تصل. وأضافتا أن الطرق مقطوعة.',
     [('المنظمتان', 'المساعدات لم تصل'), ('المنظمتان', 'الطرق مقطوعة')]),
    # ... the masculine duals beside them ...
    ('وأصدر الطرفان بيانا مشتركا أكدا فيه أن المحادثات كانت بناءة.',
     [('الطرفان', 'المحادثات كانت بناءة')]),
    ('قال الوزيران إن الطرق مقطوعة. وأضافا أن المساعدات لم تصل.',
     [('الوزيران', 'الطرق مقطوعة'), ('الوزيران', 'المساعدات لم تصل')]),
    # ... while a dual verb after a singular subject names nobody, and the accusative nouns
    # that look like masculine duals ("ردا"، "نقلا") stay nouns
    ('وأصدرت الوزيرة بيانا أكدتا فيه أن القصف توقف.', [(None, 'القصف توقف')]),
    ('ونقلا عن مصادر محلية، قتل 3 أشخاص.', [('مصادر محلية', 'قتل 3 أشخاص')]),
    # 4. a threat after an act of the same subject ...
    ('وقصف الجيش القرية وتوعد بمزيد من الضربات.', [('الجيش', 'بمزيد من الضربات')]),
    ('وقصف الجيش السوداني القرية وتوعد بمزيد من الضربات.',
     [('الجيش السوداني', 'بمزيد من الضربات')]),
    ('وقصفت الطائرات الإسرائيلية القرية وتوعدت بمزيد من الغارات.',
     [('الطائرات الإسرائيلية', 'بمزيد من الغارات')]),
    ('وهاجم المسلحون الحاجز وهددوا باستهداف المزيد من المواقع.',
     [('المسلحون', 'باستهداف المزيد من المواقع')]),
    # ... not of another gender, nor with its own subject, nor with none before it
    ('وقصفت الطائرات القرية وتوعد بمزيد من الضربات.', []),
    ('وقصف الجيش القرية وتوعد المسلحون بالرد.', [('المسلحون', 'بالرد')]),
    ('وتوعدت برد موجع.', []),
    # ... and an act after a denial is no part of its words
    ('ونفى الجيش ذلك وقصف القرية بالمدفعية.', [('الجيش', 'ذلك')]),
    ('ونفت الحركة ذلك وشنت هجوما على الحاجز.', [('الحركة', 'ذلك')]),
    # look-alikes: a second object, a second report, a circumstance
    ('ونفى الجيش ذلك والاتهامات الأخرى.', [('الجيش', 'ذلك والاتهامات الأخرى')]),
    ('ونفى الجيش ذلك وأكد أن قواته لم تستهدف المدنيين.',
     [('الجيش', 'ذلك'), ('الجيش', 'قواته لم تستهدف المدنيين')]),
    ('ونفى الجيش ذلك وسط تصاعد الاتهامات.', [('الجيش', 'ذلك وسط تصاعد الاتهامات')]),
    # 5. a source's request between commas ...
    ('وقال أحد السكان، طلب أن نرسل له المساعدات، إن القصف لم يتوقف.',
     [('أحد السكان', 'القصف لم يتوقف')]),
    ('وقالت نازحة، طلبت أن نوصل صوتها إلى المنظمات، إن المخيم بلا ماء.',
     [('نازحة', 'المخيم بلا ماء')]),
    # ... as a condition of anonymity already was; a request that is the sentence's own
    # verb reports nothing
    ('وقال ساكن في الحي، طلب أن يعرف باسمه الأول فقط، إن القذائف سقطت قرب منزله.',
     [('ساكن في الحي', 'القذائف سقطت قرب منزله')]),
    ('وطلب أحد السكان أن نرسل له المساعدات.', []),
])
def test_statement_probes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


_R01_KORDOFAN = (
    'الجيش يقصف قرى في جنوب كردفان\n'
    'كادقلي - قصف الجيش قرية أم دوال وتوعد بمزيد من الضربات ضد المتمردين.\n'
    'ونشرت صفحة "الحركة الشعبية" على فيسبوك بيانا جاء فيه أن 4 مدنيين قتلوا في القصف، وأن '
    '30 من المعتقلين السابقين لدى الجيش انضموا إلى صفوفها.\n'
    'وظهر اليوم المتحدث باسم الحركة في مقطع مصور من أحد المواقع.')
_R02_TAIZ = (
    'تعز - أصدرت منظمتان إنسانيتان بيانا مشتركا أكدتا فيه أن الحصار تسبب في وفاة 7 أطفال '
    'خلال الأسبوع الماضي.\n'
    'وقال وزير الصحة إن المستشفيات تعمل بنصف طاقتها. ودعا المجتمع الدولي إلى فتح ممرات '
    'آمنة.')


@pytest.mark.parametrize(("text", "expected"), [
    (_R01_KORDOFAN, {
        # (the headline's verb reports nothing)
        'statements': [
            ('الجيش', 'بمزيد من الضربات ضد المتمردين'),
            ('صفحة "الحركة الشعبية"', '4 مدنيين قتلوا في القصف'),
            ('صفحة "الحركة الشعبية"',
             '30 من المعتقلين السابقين لدى الجيش انضموا إلى صفوفها')],
        'casualties': [('4 مدنيين قتلوا', 'killed', 4, None, 'exact', 'مدنيين')],
        'dates': [('اليوم', '2018-05-10')]}),
    (_R02_TAIZ, {
        'statements': [
            ('منظمتان إنسانيتان',
             'الحصار تسبب في وفاة 7 أطفال خلال الأسبوع الماضي'),
            ('وزير الصحة', 'المستشفيات تعمل بنصف طاقتها'),
            ('وزير الصحة', 'إلى فتح ممرات آمنة')],
        'casualties': [('وفاة 7 أطفال', 'killed', 7, None, 'exact', 'أطفال')],
        'dates': [('الأسبوع الماضي', '2018-04-30')]}),
])
def test_report_probes(text: str, expected: dict) -> None:
    assert engines_read(text, AR_PUBLISHED) == expected


# Seen while writing this round and left (strict xfails: a silent fix shows).
@pytest.mark.parametrize(("text", "expected"), [
    # a statement put out in a clause opened by "، فيما": the clause's subject is not found
    # (the sentence's opening verb is looked at), and the clause is read into the words
    # before it
    # (read since the leftovers after the thirty-ninth round: "فيما" opens a clause whose
    # verb of putting out has its own subject)
    pytest.param('قصف الجيش القرية، فيما نشرت صفحة "الحركة الشعبية" بيانا جاء فيه أن 4 '
                 'مدنيين قتلوا.', [('صفحة "الحركة الشعبية"', '4 مدنيين قتلوا')]),
    # "اليوم" between the opening verb and its subject hides the subject from a verb of
    # saying coordinated after a comma (without it the spokesman is read)
    pytest.param('وقال الوزير إن الوضع خطير. وظهر اليوم المتحدث باسم الحركة في مقطع مصور، '
                 'وقال إن القصف مستمر.',
                 [('الوزير', 'الوضع خطير'), ('المتحدث باسم الحركة', 'القصف مستمر')],
                 marks=pytest.mark.xfail(strict=True, reason='a time word after the opening '
                                         'verb hides its subject')),
    # a demand, "وطالب المجتمع الدولي بـ", is not a call of CALL_VERBS (read since the
    # leftovers after the thirty-ninth round: the addressee rule covers demands too)
    pytest.param('وقال الوزير إن الوضع خطير. وطالب المجتمع الدولي بالتحرك العاجل.',
                 [('الوزير', 'الوضع خطير'), ('الوزير', 'بالتحرك العاجل')]),
])
def test_statement_misses_left(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
