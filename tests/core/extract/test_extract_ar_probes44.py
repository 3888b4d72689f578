"""Arabic probes, forty-fourth round (issue 11): the families of the sixteenth blind
Arabic set's misses (``bench/blind/ar-16.jsonl``), each written as a rule of news Arabic
with several members and look-alikes that must not fire:

1. a committee's or an inquiry's finding ("وخلصت اللجنة في تقريرها إلى أن ...")، reported
   as "أفاد" is, each complementizer clause its own entry؛
2. a running count told by a relative clause whose verb is the outcome ("ارتفع عدد
   المسعفين الذين قتلوا منذ بدء الحرب إلى 31")؛
3. a livelihood lost, in construct ("فقدوا مصدر رزقهم"، "سبل عيشهم"): nothing of a
   person is lost, so no one is missing؛
4. the future of the fifth, sixth and eighth forms ("ستتضح"، "سيتوقف"، "ستتواصل")
   before a bare month: the coming one؛
5. "طالب" after a count or before its joined feminine ("18 ألف طالب وطالبة"): the noun
   "student", not the verb of demanding؛
6. a region's governor before a headline's colon ("حاكم ولاية ...: ...")؛
7. the indefinite one mourned, then an outcome verb ("ينعى متطوعا قتل في ..."، "ونعى
   الحزب قائدا قتل في الغارة"): one killed, the verb describing the one mourned.

Every sentence is fictional and written for these tests; places, outlets and titles are
used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements
from workbench.core.extract.ar.dates import find_dates_ar


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a finding after "خلص إلى أن"
    ('وخلصت اللجنة في تقريرها إلى أن ثلاثة مزارعين قتلوا بنيران الحرس.',
     [('اللجنة', 'ثلاثة مزارعين قتلوا بنيران الحرس')]),
    ('وخلص المحققون إلى أن الحريق كان متعمدا، وأن الحراس غادروا المبنى قبله.',
     [('المحققون', 'الحريق كان متعمدا'), ('المحققون', 'الحراس غادروا المبنى قبله')]),
    ('بغداد - قدمت لجنة التحقيق التي شكلها المجلس البلدي تقريرها عن حريق السوق، وخلصت فيه '
     'إلى أن المخزن لم يكن مؤمنا، وأن 12 شخصا أصيبوا.',
     [('لجنة التحقيق', 'المخزن لم يكن مؤمنا'), ('لجنة التحقيق', '12 شخصا أصيبوا')]),
    # ... kept out: "إلى" without "أن" is an outcome or a way, not words
    ('وخلص الاجتماع إلى تشكيل لجنة مشتركة.', []),
    ('وخلص المهاجمون إلى الطريق الرئيسي بعد ساعة.', []),
    # 5. "طالب" counted: a student, no demand
    ('قرر المجلس تأجيل الامتحانات لنحو 5 آلاف طالب وطالبة، بعد اشتباكات اندلعت قرب الحرم.', []),
    ('وزار الوفد المدرسة التي تضم 300 طالب وطالبة، وقال المدير إن الصفوف مكتظة.',
     [('المدير', 'الصفوف مكتظة')]),
    # ... read before, unchanged: the verb of demanding, after a year too
    ('وطالب المجلس الحكومة بفتح الطريق.', [('المجلس', 'بفتح الطريق')]),
    ('وفي 2019 طالب المجلس بفتح الطريق.', [('المجلس', 'بفتح الطريق')]),
    # 6. a governor before a headline's colon
    ('حاكم ولاية بورنو: مقتل 12 مزارعا في هجوم على قرية',
     [('حاكم ولاية بورنو', 'مقتل 12 مزارعا في هجوم على قرية')]),
    ('حاكم إقليم الوسط في كلمة متلفزة: لا تفاوض مع المسلحين',
     [('حاكم إقليم الوسط في كلمة متلفزة', 'لا تفاوض مع المسلحين')]),
    # ... read before, unchanged: a place before the colon is a dateline
    ('ولاية بورنو: مقتل 12 مزارعا في هجوم على قرية', []),
])
def test_statements(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. a running count with a relative clause
    ('وارتفع عدد المسعفين الذين قتلوا منذ بدء الحرب إلى 31.',
     [('عدد المسعفين الذين قتلوا منذ بدء الحرب إلى 31', 'killed', 31, 'exact')]),
    ('وأضاف أن عدد متطوعيها الذين قتلوا منذ آذار 2023 ارتفع بذلك إلى 12.',
     [('عدد متطوعيها الذين قتلوا منذ آذار 2023 ارتفع بذلك إلى 12', 'killed', 12, 'exact')]),
    ('ارتفع عدد الصحفيين الذين اعتقلوا منذ أيلول/سبتمبر 2024 إلى أكثر من 40.',
     [('عدد الصحفيين الذين اعتقلوا منذ أيلول/سبتمبر 2024 إلى أكثر من 40', 'arrested', 40,
       'more_than')]),
    # ... kept out: a clause with no outcome, a thing's relative
    ('وارتفع عدد المعلمين الذين عادوا إلى مدارسهم إلى 300.', []),
    ('وارتفع عدد المنازل التي دمرت في القصف إلى 120.', []),
    # ... read before, unchanged: the outcome noun after "عدد"
    ('وارتفع عدد القتلى منذ بدء الحرب إلى 31.',
     [('عدد القتلى منذ بدء الحرب إلى 31', 'killed', 31, 'exact')]),
    # 3. a livelihood lost
    ('وقال إن نحو 300 صياد فقدوا مصدر رزقهم منذ الحرب.', []),
    ('وفقد 40 مزارعا سبل عيشهم بعد الفيضان.', []),
    ('وقالت الجمعية إن 60 حرفيا فقدوا أدوات عملهم في الحريق.', []),
    # ... kept: missing at sea or on the way (a preposition heads no object), lives lost
    ('وقال إن 300 صياد فقدوا في البحر.', [('300 صياد فقدوا', 'missing', 300, 'exact')]),
    ('وقال إن 12 مهاجرا فقدوا خلال رحلتهم إلى الجزيرة.',
     [('12 مهاجرا فقدوا', 'missing', 12, 'exact')]),
    ('وفقد 7 أطفال أثناء عودتهم من المدرسة.', [('وفقد 7 أطفال', 'missing', 7, 'exact')]),
    ('وفقد 5 أشخاص حياتهم في الحادث.', [('وفقد 5 أشخاص حياتهم', 'killed', 5, 'exact')]),
    # 7. the one mourned, then the outcome verb
    ('الهلال الأحمر ينعى متطوعا قتل في كسلا', [('متطوعا قتل', 'killed', 1, 'exact')]),
    ('الجمعية تنعى مسعفا قتل في قصف على القرية', [('مسعفا قتل', 'killed', 1, 'exact')]),
    ('ونعى الحزب قائدا قتل في الغارة.', [('قائدا قتل', 'killed', 1, 'exact')]),
    ('ونعت العائلة طفلة قتلت في القصف.', [('طفلة قتلت', 'killed', 1, 'exact')]),
    # ... kept: an active verb with its object (the count is the object's), a death of
    # illness, a verb of no outcome
    ('ونعى الحزب قائدا قتل جنديين في المعركة.', [('قتل جنديين', 'killed', 2, 'exact')]),
    ('ونعى النادي لاعبا توفي بعد مرض.', []),
    ('ونعى الاتحاد مدربا سابقا قاد الفريق في 1990.', []),
])
def test_casualties(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # 4. the future of the derived forms before a bare month
    ('اكتفى المستشار بالقول إن "الأرقام ستتضح بعد المسح الميداني في آذار".', '2026-02-24',
     [('آذار', '2026-03')]),
    ('وقال إن الصورة سيتضح بعد الاجتماع في آذار.', '2026-02-24', [('آذار', '2026-03')]),
    ('وأكد أن العمل سيتوقف في المعبر خلال تموز.', '2026-06-11', [('تموز', '2026-07')]),
    # ... kept: the past of the same forms, a noun in "سي"/"سنت"
    ('وقالت إن الحملة تواصلت في آذار.', '2026-02-24', [('آذار', '2025-03')]),
    ('وقال إن الأرقام اتضحت بعد المسح في آذار.', '2026-02-24', [('آذار', '2025-03')]),
    ('وسقطت قذيفة على سيارة في آذار.', '2026-02-24', [('آذار', '2025-03')]),
    ('وارتفع منسوب المياه 40 سنتيمترا في آذار.', '2026-02-24', [('آذار', '2025-03')]),
])
def test_dates(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(d["text"], d["value"]) for d in find_dates_ar(text, published)] == expected
