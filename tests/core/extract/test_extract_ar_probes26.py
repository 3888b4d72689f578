"""Arabic probes, twenty-sixth round (issue 11): three misses the twenty-fifth round and
the counter-probes saw and left, each with variants and the nearest look-alikes where the
rule must not fire:

1. a singular accusative outcome noun as the object of a verb of causing ("موقعا قتيلا
   وجريحين"): one killed, as the dual "قتيلين" is two;
2. people held by an armed group ("تحتجزهم الجماعة"، "المحتجزين لدى الفصيل"): captured,
   as the corpus README counts a kidnapping or a hostage; held by the police or a prison
   they stay arrested;
3. a time of day before a day of the month ("ليلة الرابع عشر من الشهر الماضي"، "مساء 14
   أيار"): the span keeps it, as it keeps it before a weekday ("ليل الخميس").

Every sentence is fictional and written for these tests. Publication date: Thursday 10
May 2018 (see ``tests.extract_probes``).
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_dates, figures


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a singular accusative outcome noun right after a verb of causing counts one
    ('انفجرت عبوة ناسفة في السوق موقعا قتيلا وجريحين.',
     [('موقعا قتيلا', 'killed', 1, None, 'exact', None),
      ('وجريحين', 'wounded', 2, None, 'exact', None)]),
    ('سقطت قذيفة على الحي موقعة قتيلا و3 جرحى.',
     [('موقعة قتيلا', 'killed', 1, None, 'exact', None),
      ('3 جرحى', 'wounded', 3, None, 'exact', None)]),
    ('انفجر لغم بسيارة مدنية موقعا جريحا.',
     [('موقعا جريحا', 'wounded', 1, None, 'exact', None)]),
    ('انفجرت عبوة موقعة قتيلين وجريحا.',
     [('قتيلين', 'killed', 2, None, 'exact', None),
      ('وجريحا', 'wounded', 1, None, 'exact', None)]),
    ('وأوقع الانفجار قتيلا.', [('وأوقع الانفجار قتيلا', 'killed', 1, None, 'exact', None)]),
    ('موقعا قتيلا وجريحا.', [('موقعا قتيلا', 'killed', 1, None, 'exact', None),
                             ('وجريحا', 'wounded', 1, None, 'exact', None)]),
    # ... what the rules already read stays as it was
    ('وأسفر القصف عن 3 قتلى وجريحين.',
     [('3 قتلى', 'killed', 3, None, 'exact', None),
      ('وجريحين', 'wounded', 2, None, 'exact', None)]),
    ('وأسفر الهجوم عن سقوط قتيل وجريحين.',
     [('سقوط قتيل', 'killed', 1, None, 'exact', None),
      ('وجريحين', 'wounded', 2, None, 'exact', None)]),
    # look-alikes: a site, and a person who is no victim after the verb of causing
    ('استهدفت الطائرات موقعا عسكريا قرب البلدة.', []),
    ('وقصفت المدفعية موقعا قتل فيه 4 جنود.',
     [('قتل فيه 4 جنود', 'killed', 4, None, 'exact', 'جنود')]),
    ('ونشر الجيش قناصا في موقعه.', []),
    ('وأوقعت الشرطة مسلحا في كمين.', []),
    ('وكان قتيلا في الحرب السابقة.', []),
    # 2. held by an armed group: captured
    ('وقالت العائلة إن 4 جنود تحتجزهم الجماعة منذ أشهر.',
     [('4 جنود تحتجزهم', 'captured', 4, None, 'exact', 'جنود')]),
    ('وطالب بالإفراج عن 12 من المحتجزين لدى الفصيل.',
     [('12 من المحتجزين', 'captured', 12, None, 'exact', None)]),
    ('وقال إن 3 جنود محتجزون لدى الجماعة.',
     [('3 جنود محتجزون', 'captured', 3, None, 'exact', 'جنود')]),
    ('وأضاف أن 4 آخرين محتجزين لدى التنظيم.',
     [('4 آخرين محتجزين', 'captured', 4, None, 'exact', None)]),
    ('وقال إن عدد المحتجزين لدى الفصيل بلغ 12.',
     [('عدد المحتجزين لدى الفصيل بلغ 12', 'captured', 12, None, 'exact', None)]),
    ('وقال إن 11 رجلا اختطفهم التنظيم.',
     [('11 رجلا اختطفهم', 'captured', 11, None, 'exact', 'رجلا')]),
    # look-alikes: held by the police, a prison or the state stay arrested
    ('وقال إن عدد المحتجزين لدى الأمن بلغ 12.',
     [('عدد المحتجزين لدى الأمن بلغ 12', 'arrested', 12, None, 'exact', None)]),
    ('وأفرج عن 5 محتجزين لدى الشرطة.', [('5 محتجزين', 'arrested', 5, None, 'exact', None)]),
    ('وقالت إن 6 أشخاص تحتجزهم الشرطة.',
     [('6 أشخاص تحتجزهم', 'arrested', 6, None, 'exact', 'أشخاص')]),
    ('وقال إن 3 جنود محتجزون لدى السلطات.',
     [('3 جنود محتجزون', 'arrested', 3, None, 'exact', 'جنود')]),
    ('واعتقلت الشرطة 4 أشخاص.',
     [('واعتقلت الشرطة 4 أشخاص', 'arrested', 4, None, 'exact', 'أشخاص')]),
])
def test_casualty_probes(text: str, expected: list) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. a time of day before a day of the month is part of the span
    ('وتوفي ليلة الرابع عشر من الشهر الماضي.',
     [('ليلة الرابع عشر من الشهر الماضي', '2018-04-14')]),
    ('وقتل 3 جنود ليلة الرابع عشر من أيار.',
     [('ليلة الرابع عشر من أيار', '2018-05-14')]),
    ('وقتل 3 جنود مساء 14 أيار 2017.', [('مساء 14 أيار 2017', '2017-05-14')]),
    ('واندلعت الاشتباكات فجر 3 أيار الجاري.', [('فجر 3 أيار الجاري', '2018-05-03')]),
    # ... as before a weekday, which the rules already keep
    ('وقتل 3 جنود ليل الخميس.', [('ليل الخميس', '2018-05-10')]),
    ('وقتل 3 جنود ليلة الخميس.', [('ليلة الخميس', '2018-05-10')]),
    # look-alikes: a night spent, not a date's part; a month with no day
    ('وقضى ليلة في المستشفى، ثم خرج في 14 أيار.', [('14 أيار', '2018-05-14')]),
    ('ووصل مساء أمس، وكان قد غادر في 3 أيار.',
     [('مساء أمس', '2018-05-09'), ('3 أيار', '2018-05-03')]),
    ('وتصاعد القصف ليلة أيار الأولى.', [('أيار', '2018-05')]),
])
def test_date_probes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected
