"""Arabic statements, round 177 (issue 11): denials with a noun object before "قائلا",
kin labels before a headline's colon, and a headline's joined act.

1. An object verb (نفى، أكد، أعلن ...), its subject and its noun object, a comma, then
   "قائلا/قائلة إن": the object is the verb's words and the participle's words are a
   second statement of the subject alone ("ونفى الجيش علمه بالغارة، قائلا إنه ...").
   With no object ("وأكد المتحدث، قائلا إن") or a title and a name before the comma
   ("وأكد الوزير حمزة الخطيب، قائلا إن") the participle still repeats the verb.
2. A headline label opening on kin (عائلة، أسرة، ذوو، والدة ...) before a colon, with
   the family's words in the first person plural or in quotation marks: the family speaks.
   A label that is the topic of a feature ("أهالي المدينة: بين النزوح والعودة") or words
   with no "we" ("عائلة في القرية: مقتل أربعة في هجوم") stay unread.
3. A headline's speech verb, its words, then the same subject's next act joined by "و"
   ("البلدية تنفي وجود قناصة وتغلق الطريق"): the words end before the act. A noun that
   opens the same way ("وتحقيق"، "وتعزيزات"، "ويونيو") does not end them, nor does a
   verb of speaking with a subject of its own ("وتقول مديرتها إن"), left as it was.

Every sentence is fictional and written for these tests. Body sentences open with a
headline line, as a report does, so that the sentence is read as the body's.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements

_HEAD = "أخبار المدينة\n"


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a noun object, then "قائلا إن": two statements, the subject alone speaking both
    ('ونفى الجيش علمه بالغارة، قائلا إنه "يراجع التقارير".',
     [('الجيش', 'علمه بالغارة'), ('الجيش', 'يراجع التقارير')]),
    ('ونفى الجيش الوطني علمه بالقصف، قائلا إنه يتحقق من الأنباء.',
     [('الجيش الوطني', 'علمه بالقصف'), ('الجيش الوطني', 'يتحقق من الأنباء')]),
    ('ونفت الشرطة المحلية أي علاقة لها بالاعتقالات، قائلة إن عناصرها لم يدخلوا الحي.',
     [('الشرطة المحلية', 'أي علاقة لها بالاعتقالات'),
      ('الشرطة المحلية', 'عناصرها لم يدخلوا الحي')]),
    ('وأكدت قيادة الجيش سيطرتها الكاملة على البلدة، قائلة إن المسلحين فروا شمالا.',
     [('قيادة الجيش', 'سيطرتها الكاملة على البلدة'), ('قيادة الجيش', 'المسلحين فروا شمالا')]),
    ('وأعلن المجلس المحلي حظر التجول في المدينة، قائلا إن القرار يسري حتى إشعار آخر.',
     [('المجلس المحلي', 'حظر التجول في المدينة'),
      ('المجلس المحلي', 'القرار يسري حتى إشعار آخر')]),
    ('وأعلنت الحكومة إغلاق المعبر الحدودي، قائلة إن القرار مؤقت.',
     [('الحكومة', 'إغلاق المعبر الحدودي'), ('الحكومة', 'القرار مؤقت')]),
    ('وأكد الحزب تمسكه بالاتفاق، قائلا إن "لا بديل عنه".',
     [('الحزب', 'تمسكه بالاتفاق'), ('الحزب', 'لا بديل عنه')]),
    ('ونفت الحركة صحة التقارير، قائلة: "هذه أكاذيب".',
     [('الحركة', 'صحة التقارير'), ('الحركة', 'هذه أكاذيب')]),
])
def test_round_177_object_then_saying(text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(_HEAD + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the participle repeats the verb: no object before the comma, or a title and a name
    ('وأكد المتحدث، قائلا إن القوات ستبقى في مواقعها.',
     [('المتحدث', 'القوات ستبقى في مواقعها')]),
    ('وغرد وزير الخارجية قائلا إن بلاده لن تتراجع.',
     [('وزير الخارجية', 'بلاده لن تتراجع')]),
    ('وعلق المتحدث باسم الحركة، قائلا إن "الوقت ليس مناسبا".',
     [('المتحدث باسم الحركة', 'الوقت ليس مناسبا')]),
    ('وأكد الوزير سامر الخطيب، قائلا إن الحكومة ستدفع التعويضات.',
     [('الوزير سامر الخطيب', 'الحكومة ستدفع التعويضات')]),
    ('وأكد الوزير حمزة الخطيب، قائلا إن الحكومة ستدفع التعويضات.',
     [('الوزير حمزة الخطيب', 'الحكومة ستدفع التعويضات')]),
    ('وأعلن المحافظ إبراهيم النجار، قائلا إن الطريق سيفتح غدا.',
     [('المحافظ إبراهيم النجار', 'الطريق سيفتح غدا')]),
])
def test_round_177_saying_repeats_verb(text: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(_HEAD + text) == expected


_BODY = "\nوقال مسؤول محلي إن التحقيق مستمر."


@pytest.mark.parametrize(("headline", "expected"), [
    # 2. kin before a headline colon, the words in the first person or quoted
    ('أسرة من الموصل: مسلحون أخذوا ابننا من البيت',
     [('أسرة من الموصل', 'مسلحون أخذوا ابننا من البيت')]),
    ('عائلة في ريف حماة: قصفوا منزلنا ونحن نيام',
     [('عائلة في ريف حماة', 'قصفوا منزلنا ونحن نيام')]),
    ('ذوو الصياد المفقود: لم يتصل بنا أحد منذ أسبوع',
     [('ذوو الصياد المفقود', 'لم يتصل بنا أحد منذ أسبوع')]),
    ('والدة الطالب المعتقل: "نريد أن نعرف مكانه"',
     [('والدة الطالب المعتقل', 'نريد أن نعرف مكانه')]),
    ('عائلات في قرية الضباب: لن نغادر أرضنا',
     [('عائلات في قرية الضباب', 'لن نغادر أرضنا')]),
    # ... a topic, or words with no "we", stay unread
    ('أهالي المدينة: بين النزوح والعودة', []),
    ('عائلة في القرية: مقتل أربعة في هجوم ليلي', []),
    ('أسرة الطالب: رحلة طويلة إلى الجامعة', []),
])
def test_round_177_kin_labels(headline: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(headline + _BODY) == [*expected, ('مسؤول محلي', 'التحقيق مستمر')]


@pytest.mark.parametrize(("headline", "expected"), [
    # 3. the same subject's joined act ends the words
    ('بلدية المدينة تنفي وجود قناصة وتغلق الطريق ليلا', [('بلدية المدينة', 'وجود قناصة')]),
    ('الجيش ينفي قصف المخيم ويفتح تحقيقا في الحادث', [('الجيش', 'قصف المخيم')]),
    ('الشرطة تعلن اعتقال مشتبه به وتغلق الحي', [('الشرطة', 'اعتقال مشتبه به')]),
    ('المجلس البلدي ينفي وجود مسلحين ويغلق تقاطعا رئيسيا',
     [('المجلس البلدي', 'وجود مسلحين')]),
    # ... a noun or a month shaped like a joined present does not
    ('الوزارة تعلن مقتل 5 مسلحين وتحقيق في الهجوم',
     [('الوزارة', 'مقتل 5 مسلحين وتحقيق في الهجوم')]),
    ('المجلس ينفي وجود خلافات وتعزيزات تصل إلى المدينة',
     [('المجلس', 'وجود خلافات وتعزيزات تصل إلى المدينة')]),
    ('الجيش يعلن السيطرة على البلدة ويونيو موعد الانسحاب',
     [('الجيش', 'السيطرة على البلدة ويونيو موعد الانسحاب')]),
    # ... and a joined verb of speaking still gives the second words
    ('الشرطة تنفي الاتهامات وتقول إنها تحترم القانون',
     [('الشرطة', 'الاتهامات'), ('الشرطة', 'تحترم القانون')]),
    # ... and one with a subject of its own stays as the earlier rounds left it
    ('الشرطة تنفي إطلاق النار وتقول مديرتها إن التحقيق بدأ',
     [('الشرطة', 'إطلاق النار وتقول مديرتها إن التحقيق بدأ')]),
])
def test_round_177_headline_joined_act(headline: str, expected: list[tuple[str, str]]) -> None:
    assert ar_statements(headline + _BODY) == [*expected, ('مسؤول محلي', 'التحقيق مستمر')]
