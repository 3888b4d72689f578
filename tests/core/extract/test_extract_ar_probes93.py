"""Arabic probes, ninety-third round (issue 11): the fiftieth set's errors, families met on
two sets or more.

Dates (each a month or a day put in the wrong year):

1. A deadline inside what a warning warns of ("حذر ... من ان ... سينفد قبل نهاية حزيران"،
   "محذرا من انهيار السد قبل موسم الأمطار في تشرين الأول") or in a clause that tells what
   is threatened ("مهددة بالتلف قبل نهاية نيسان") is ahead: a warning is of what may still
   come, as a request is. Look-alikes: a deadline between the verb and its "من" (the
   warning's own time), a warning told with "كان", a relative's past event inside what is
   warned of ("من تكرار ما حدث قبل نهاية آب"), a deadline in a plain past account.
2. A date right after a clause of its own told with "كان" ("الانتخابات التي كانت مقررة
   في 24 ديسمبر") is read as any other date: a cue of the future earlier in the sentence
   ("يستعد الليبيون لاستقبال ...") does not reach it. Look-alikes: "كان" further back, in a
   clause the date's own verb follows, and a date after the cue with no "كان" (still
   ahead).
3. A bare month one or two ahead of publication, told in the present after the clause's
   complementizer ("بأن درجات الحرارة ... تتجاوز 40 درجة خلال يوليو وأغسطس"), is the coming
   one, as "يبدأ"، "يكفي حتى" and "تجري" already make it. Look-alikes: a present verb of
   saying before the complementizer with a past verb after it, a verbal noun or a noun in
   "ت" ("تظاهرة"، "تقريرا"), a past verb in "ت" ("تواصلت"), "كان" with the present, and
   "منذ".

Casualties:

4. Surgery that some of the wounded need ("وان أربعة منهم يحتاجون الى عمليات جراحية") is
   their state, as "في حالة حرجة" and intensive care are: a wounded sub-group. Look-alikes:
   patients with no wounded figure before, a need of something else ("مساعدات غذائية"), a
   hospital's need ("يحتاج الى عمليات صيانة").
5. A minor in the singular ("بينهم قاصر"، "وأصيب قاصر") is a person counted, as the plural
   is on five sets ("بينهم 27 قاصرا"). Look-alike: the adjective "inadequate" ("الرد
   الحكومي قاصر عن ...").

Statements:

6. The plural participle of accusing after a comma ("، متهمين الأجهزة الأمنية بـ...") opens
   the same speakers' accusation, as the singular "، متهما"/"، متهمة" does on many sets.
   The plural is also the noun "defendants": without a comma ("بسجن خمسة متهمين") it opens
   nothing.
7. A present estimate after "إذ" (for, as), its source after it ("وتشهد المحافظة فلتانا
   أمنيا، إذ يقدر ناشطون عدد الضحايا بأكثر من 500"), opens its clause as after "فيما".
   Look-alikes: the agentless passive with "عدد" or a pronoun after the verb ("إذ يقدر
   عدد النازحين بنحو"، "إذ يقدر عددهم بنحو").

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
    ('وحذر رئيس نقابة المزارعين من ان آلاف الأطنان من القمح مهددة بالتلف قبل نهاية تموز.',
     [('نهاية تموز', '2018-07')]),
    ('حذرت المنظمة من ان مخزون الأدوية في مستشفيات المدينة سينفد قبل نهاية حزيران.',
     [('نهاية حزيران', '2018-06')]),
    ('وقال المهندس ان السد بحاجة الى صيانة، محذرا من انهياره قبل موسم الأمطار في تشرين'
     ' الأول.', [('تشرين الأول', '2018-10')]),
    ('وأكد ان نحو 300 منزل في الحي مهددة بالانهيار قبل نهاية آب.',
     [('نهاية آب', '2018-08')]),
    ('وحذر المسؤول من ان المستودعات التي تضم 20 ألف طن مهددة بالتلف قبل نهاية آب.',
     [('نهاية آب', '2018-08')]),
])
def test_deadline_in_a_warning(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the warning's own time, before its "من"
    ('وحذر الوزير قبل نهاية آذار من ان المخزون لا يكفي.', [('نهاية آذار', '2018-03')]),
    # a warning told in the past with "كان"
    ('وكانت الوزارة قد حذرت من ان المحاصيل مهددة بالتلف قبل نهاية آب.',
     [('نهاية آب', '2017-08')]),
    # a relative's past event inside what is warned of
    ('وحذر المجلس من تكرار ما حدث قبل نهاية آب.', [('نهاية آب', '2017-08')]),
    ('وحذر من ان المخيمات التي تضررت قبل نهاية آب تحتاج الى ترميم.',
     [('نهاية آب', '2017-08')]),
    # no warning: a plain past account
    ('وأعلنت الوزارة انها أنهت صيانة المحطة قبل نهاية آب.', [('نهاية آب', '2017-08')]),
])
def test_deadline_in_a_warning_look_alikes(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتستعد الأحزاب لخوض الحملة وسط خلاف على الانتخابات البلدية التي كانت مقررة في 3'
     ' أيار.', [('3 أيار', '2018-05-03')]),
    ('ويستعد المزارعون لموسم الحصاد بعد تأجيل صرف القروض التي كانت مقررة في 2 أيار.',
     [('2 أيار', '2018-05-02')]),
])
def test_was_clause_before_a_date(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "كان" further back: the date's own verb comes after it, and the cue reaches the date
    ('ومن المنتظر أن تستأنف المدارس التي كانت أغلقت أبوابها الدراسة في 3 أيار.',
     [('3 أيار', '2019-05-03')]),
    # the cue with no "كان": ahead as before
    ('وتستعد البلدية لافتتاح السوق الجديد في 3 أيار.', [('3 أيار', '2019-05-03')]),
])
def test_was_clause_before_a_date_look_alikes(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأشار الى ان درجات الحرارة في المنطقة تتجاوز 45 درجة خلال يونيو ويوليو.',
     [('يونيو', '2018-06'), ('يوليو', '2018-07')]),
    ('مؤكدا ان الطلب على المياه يرتفع بنسبة 40% في حزيران.', [('حزيران', '2018-06')]),
    ('وقال المزارع ان أسعار البطيخ تستقر عادة خلال شهر حزيران.',
     [('حزيران', '2018-06')]),
])
def test_month_told_in_the_present(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a present verb of saying before the complementizer, a past verb after it
    ('ويقول السكان ان المياه انقطعت عن الحي في حزيران.', [('حزيران', '2017-06')]),
    # a noun in "ت" and an accusative noun in "ت", no verb in the present
    ('وأشار الى ان تظاهرة خرجت في المدينة في حزيران.', [('حزيران', '2017-06')]),
    ('وأوضح ان تقريرا صدر في حزيران.', [('حزيران', '2017-06')]),
    # a past verb in "ت"
    ('وقال ان الحملة تواصلت في المدينة خلال حزيران.', [('حزيران', '2017-06')]),
    # the present after "كان", and "منذ"
    ('وأكد ان الأسعار كانت ترتفع في حزيران.', [('حزيران', '2017-06')]),
    ('وأشار الى ان النازحين يعيشون في المخيم منذ حزيران.', [('حزيران', '2017-06')]),
])
def test_month_told_in_the_present_look_alikes(text: str, expected: _Dates) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأصيب 12 شخصا في الانفجار، وقال مدير المستشفى ان ثلاثة منهم يحتاجون الى عمليات'
     ' جراحية.', [('وأصيب 12 شخصا', 'wounded', 12, 'exact'),
                  ('ثلاثة منهم يحتاجون الى عمليات جراحية', 'wounded', 3, 'exact')]),
    ('وأسفر القصف عن ثمانية جرحى، اثنان منهم بحاجة الى جراحة عاجلة.',
     [('ثمانية جرحى', 'wounded', 8, 'exact'),
      ('اثنان منهم بحاجة الى جراحة', 'wounded', 2, 'exact')]),
    ('وأصيب سبعة مدنيين بشظايا، وأوضح الطبيب ان أربعة منهم يحتاجون إلى عمليات جراحية'
     ' دقيقة.', [('وأصيب سبعة مدنيين', 'wounded', 7, 'exact'),
                 ('أربعة منهم يحتاجون إلى عمليات جراحية', 'wounded', 4, 'exact')]),
])
def test_surgery_needed_by_the_wounded(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال مدير المستشفى ان 300 مريض يحتاجون الى عمليات جراحية مؤجلة منذ أشهر.', []),
    ('وأصيب ستة أشخاص، وقال ان أربعة منهم يحتاجون الى مساعدات غذائية.',
     [('وأصيب ستة أشخاص', 'wounded', 6, 'exact')]),
    ('وأصيب 15 شخصا، فيما قال المدير ان المستشفى يحتاج الى عمليات صيانة.',
     [('وأصيب 15 شخصا', 'wounded', 15, 'exact')]),
    # the dead need no surgery: no wounded figure for "منهم" to follow
    ('قتل خمسة مدنيين، وقال الأهالي ان ثلاثة منهم يحتاجون الى جراحة.',
     [('قتل خمسة مدنيين', 'killed', 5, 'exact')]),
])
def test_surgery_needed_look_alikes(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال سكان في الحي ان المياه مقطوعة منذ أسبوع، متهمين البلدية بإهمال الشبكة.',
     [('سكان في الحي', 'المياه مقطوعة منذ أسبوع'), ('سكان في الحي', 'البلدية بإهمال الشبكة')]),
    ('وأكد أهالي الموقوفين ان أبناءهم اعتقلوا من دون مذكرات، متهمين الشرطة بـ"تلفيق التهم".',
     [('أهالي الموقوفين', 'أبناءهم اعتقلوا من دون مذكرات'),
      ('أهالي الموقوفين', 'الشرطة بـ"تلفيق التهم"')]),
])
def test_plural_accusing_participle(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قضت محكمة الجنايات، الأحد، بسجن خمسة متهمين مددا تصل الى عشر سنوات.', []),
    ('وقال المحامي ان المحكمة أرجأت محاكمة 12 متهمين الى الشهر المقبل.',
     [('المحامي', 'المحكمة أرجأت محاكمة 12 متهمين الى الشهر المقبل')]),
])
def test_plural_accusing_participle_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected




@pytest.mark.parametrize(("text", "expected"), [
    ('واعتقلت الشرطة أربعة أشخاص، بينهم قاصر.',
     [('واعتقلت الشرطة أربعة أشخاص', 'arrested', 4, 'exact'),
      ('بينهم قاصر', 'arrested', 1, 'exact')]),
    ('وأصيب قاصر برصاص الجيش قرب المدرسة.', [('وأصيب قاصر', 'wounded', 1, 'exact')]),
])
def test_a_minor_counted(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('واعتبر ان الرد الحكومي قاصر عن تلبية حاجات النازحين.', []),
    ('وأصيب خمسة أشخاص، وقال ان الرد قاصر.', [('وأصيب خمسة أشخاص', 'wounded', 5, 'exact')]),
])
def test_a_minor_look_alikes(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتراجع الإنتاج، إذ تقدر الجمعية خسائر المزارعين بنحو مليوني دولار.',
     [('الجمعية', 'خسائر المزارعين بنحو مليوني دولار')]),
    ('وتشهد البلدة موجة نزوح، إذ يقدر ناشطون عدد الفارين منها بأكثر من ألفي شخص.',
     [('ناشطون', 'عدد الفارين منها بأكثر من ألفي شخص')]),
])
def test_estimate_after_idh(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتفاقمت الأزمة، إذ يقدر عدد النازحين بنحو 3 آلاف.', []),
    ('وتفاقمت الأزمة، إذ يقدر عددهم بنحو 3 آلاف.', []),
])
def test_estimate_after_idh_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected
