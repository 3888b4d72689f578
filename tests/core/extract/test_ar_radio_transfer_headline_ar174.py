"""Arabic round 174 (issue 11): a radio addressed by its kind, "نقل" as the verbal noun of
moving after a subject named before its verb, and a headline's source joined by "و" after
an event told without a verb of saying.

1. 'وقال أحد السكان، فلان، لراديو "صوت المدينة": "..."': the radio is the outlet spoken
   to, as 'لموقع "..."' and 'لإذاعة "..."' are; the one who spoke is the speaker.
2. "وكانت الوزارة قد أعلنت في أغسطس الماضي نقل المصابين إلى ..."، "والمستشفى أعلن نقل
   المرضى": with the subject before the verb, "نقل" after it is the object, not the relay
   verb "نقل عن".
3. "انفجارات تهز مستودعا قرب بلدة الريان والمرصد: مقتل جندي"، "... .. وواشنطن: لا
   إصابات": the second half's source speaks the words after the colon.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements

_HEAD = "أخبار المحافظات\n"
_BODY = "\nوجاء ذلك في تقرير نشر مساء اليوم."

Expected = list[tuple[str | None, str]]


def _read(text: str) -> Expected:
    return ar_statements(_HEAD + text)


def _headline(text: str) -> Expected:
    return ar_statements(text + _BODY)


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال أحد سكان الحي، كريم حسن الطيب، لراديو "صوت المدينة": "فقدنا كل شيء".',
     [("أحد سكان الحي، كريم حسن الطيب", "فقدنا كل شيء")]),
    ('وقال كريم حسن الطيب لراديو "صوت المدينة" إن المياه غمرت البيوت.',
     [("كريم حسن الطيب", "المياه غمرت البيوت")]),
    ('وقالت مديرة المدرسة، سعاد الأمين، لراديو "دبنقا" إن الدراسة توقفت.',
     [("مديرة المدرسة، سعاد الأمين", "الدراسة توقفت")]),
    ("وقال المتحدث باسم البلدية لراديو فرنسا الدولي إن فرق الإنقاذ وصلت.",
     [("المتحدث باسم البلدية", "فرق الإنقاذ وصلت")]),
    ('وقالت ناشطة، طلبت عدم ذكر اسمها، لراديو "تمازج": "الوضع سيئ جدا".',
     [("ناشطة", "الوضع سيئ جدا")]),
    ('وأكد أحد المزارعين لراديو "صوت الريف" المحلي أن المحصول تلف بالكامل.',
     [("أحد المزارعين", "المحصول تلف بالكامل")]),
    ('وقالت إحدى المعلمات، وتدعى سارة يوسف، لراديو "الأمل": "لم يعد لدينا طلاب".',
     [("إحدى المعلمات، وتدعى سارة يوسف", "لم يعد لدينا طلاب")]),
])
def test_a_radio_addressed_by_its_kind(text: str, expected: Expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # listening to the radio is no speech
    ('واستمع السكان لراديو "صوت المدينة" طوال الليل.', []),
    # "لمحطة" is whose manager he is, no station spoken to
    ("وقال مدير لمحطة الوقود إن البنزين نفد.", [("مدير لمحطة الوقود", "البنزين نفد")]),
])
def test_near_misses_of_the_radio(text: str, expected: Expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وكانت الوزارة قد أعلنت في أغسطس الماضي نقل المصابين إلى مستشفى خارج المدينة.",
     [("الوزارة", "نقل المصابين إلى مستشفى خارج المدينة")]),
    ("وكانت الشركة قد أعلنت نقل مقرها إلى دبي.",
     [("الشركة", "نقل مقرها إلى دبي")]),
    ("وكانت إدارة السجن قد أعلنت مطلع الأسبوع نقل 40 سجينا إلى سجن آخر.",
     [("إدارة السجن", "نقل 40 سجينا إلى سجن آخر")]),
    ("وكانت الشرطة قد نفت الثلاثاء نقل أي معتقل إلى خارج المحافظة.",
     [("الشرطة", "نقل أي معتقل إلى خارج المحافظة")]),
    ("والمستشفى أعلن نقل المرضى إلى مبنى مؤقت.",
     [("المستشفى", "نقل المرضى إلى مبنى مؤقت")]),
    ("وكانت الوزارة قد أعلنت أمس نقل الجرحى إلى مستشفى ميداني.",
     [("الوزارة", "نقل الجرحى إلى مستشفى ميداني")]),
])
def test_moving_as_the_object_after_a_fronted_subject(text: str, expected: Expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the relay verb after "قد" keeps both its sources
    ("وكانت الوكالة قد نقلت عن مصدر أمني أن الهجوم فشل.",
     [("الوكالة", "الهجوم فشل"), ("مصدر أمني", "الهجوم فشل")]),
    ("وكان الوزير قد نقل عن الرئيس قوله إن الحوار مستمر.",
     [("الوزير", "الحوار مستمر"), ("الرئيس", "الحوار مستمر")]),
    # the verb after the subject, as before
    ("وأعلنت الوزارة أمس نقل المصابين إلى مستشفى العاصمة.",
     [("الوزارة", "نقل المصابين إلى مستشفى العاصمة")]),
    # a decision is no statement
    ("وكان المجلس البلدي قد قرر في جلسته الأخيرة نقل السوق إلى خارج المدينة.", []),
])
def test_the_relay_and_the_older_shapes_keep_their_reading(
        text: str, expected: Expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("انفجارات تهز مستودع ذخيرة قرب بلدة الريان والمرصد: مقتل جندي",
     [("المرصد", "مقتل جندي")]),
    ("حريق يلتهم سوقا شعبيا في المدينة والدفاع المدني: لا إصابات",
     [("الدفاع المدني", "لا إصابات")]),
    ("فيضانات تغمر قرى الساحل والأمم المتحدة: آلاف النازحين بحاجة إلى مساعدة",
     [("الأمم المتحدة", "آلاف النازحين بحاجة إلى مساعدة")]),
    ("غارات على بلدة الريان ووزارة الصحة: ثلاثة قتلى",
     [("وزارة الصحة", "ثلاثة قتلى")]),
    ("سيول تجرف منازل في وادي الرمان والهلال الأحمر: عشرات الأسر بلا مأوى",
     [("الهلال الأحمر", "عشرات الأسر بلا مأوى")]),
    ("زلزال يضرب جزيرة نائية واليونيسف: الأطفال بحاجة إلى مياه نظيفة",
     [("اليونيسف", "الأطفال بحاجة إلى مياه نظيفة")]),
    ("انهيار مبنى سكني في العاصمة والشرطة: لا ضحايا",
     [("الشرطة", "لا ضحايا")]),
])
def test_a_headline_source_after_an_event(text: str, expected: Expected) -> None:
    assert _headline(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("الحوثيون يعلنون استهداف سفينة في البحر الأحمر.. وواشنطن: لا إصابات",
     [("الحوثيون", "استهداف سفينة في البحر الأحمر"), ("واشنطن", "لا إصابات")]),
    ("انفجارات تهز مستودع ذخيرة قرب بلدة الريان.. والمرصد: مقتل جندي",
     [("المرصد", "مقتل جندي")]),
    ("قصف على بلدة الريان.. وموسكو: نرفض الاتهامات",
     [("موسكو", "نرفض الاتهامات")]),
    ("اشتباكات في ضواحي المدينة.. والجيش: سيطرنا على المطار",
     [("الجيش", "سيطرنا على المطار")]),
    # as before: a ministry by its field
    ("غارة على سيارة في الجنوب.. والصحة اللبنانية: قتيلان وجريح",
     [("الصحة اللبنانية", "قتيلان وجريح")]),
])
def test_a_source_opening_a_headline_second_half(text: str, expected: Expected) -> None:
    assert _headline(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a thing opening the second half is no source
    ("أمطار غزيرة في العاصمة.. والطرق: إغلاق جزئي", []),
    # two speakers named in the label are one speaker, as before
    ("وزير الخارجية والمبعوث الأممي: الحل سياسي",
     [("وزير الخارجية والمبعوث الأممي", "الحل سياسي")]),
    # things and places after "و" are no source
    ("أسعار الخبز والوقود: ارتفاع جديد في الأسواق", []),
    ("مباراة ودية بين الفريقين والملعب الرئيسي: تحضيرات أخيرة", []),
])
def test_near_misses_of_the_headline_source(text: str, expected: Expected) -> None:
    assert _headline(text) == expected
