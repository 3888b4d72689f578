"""Arabic probes, forty-second round (issue 11): the families of the fourteenth blind
Arabic set's misses (``bench/blind/ar-14.jsonl``), each written as a rule of news Arabic
with several members and look-alikes that must not fire:

1. neutralising ("حيدت 12 إرهابيا"، '"تحييد" 9 مسلحين'، "الجنود حيدوا ما لا يقل عن ...")،
   an army's word that every blind set counts as killed, for people only and with the
   count at once؛
2. a day and month after a verb in the future's "س" of a coming event (hosting, holding,
   opening, signing: "ستستضيف في 9 آذار/مارس"، "ستنعقد القمة في ...")، resolved forward؛
3. mourning in a headline's present ("الحزب ينعى ثلاثة من مقاتليه"، "البلدية تنعى
   شابين")، as the body's "نعى"، also as a headline's second half after ".."؛
4. a headline's label followed by words in the first person plural ("إسرائيل: قصفنا
   ..."، "إيران: لن نسمح ...")؛ a place says no "we", so the label speaks؛
5. a verb of saying right after the object of a claim, a mourning or an announcement,
   its complementizer with the object's pronoun ("نعى الحزب اثنين من عناصره قال إنهما
   قتلا ..."، "تبنت الجماعة هجوما ... قالت إنه ...")؛ an asyndetic relative about the
   object: the object ends before it, and the relative's words are the same subject's.

Every sentence is fictional and written for these tests; places, outlets and titles are
used only as settings. Publication date of the date probes: Thursday 10 May 2018.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_dates, ar_statements, figures


@pytest.mark.parametrize(("text", "expected"), [
    # 1. neutralising, with a count of people
    ('وأعلنت القوات المسلحة أنها حيدت 12 إرهابيا واعتقلت 4 آخرين قرب بلدة تاسيت.',
     [('حيدت 12 إرهابيا', 'killed', 12, None, 'exact', 'إرهابيا'),
      ('واعتقلت 4 آخرين', 'arrested', 4, None, 'exact', None)]),
    ('الجيش يعلن "تحييد" 9 مسلحين في منطقة كوارا',
     [('تحييد" 9 مسلحين', 'killed', 9, None, 'exact', 'مسلحين')]),
    ('وقال الناطق إن الجنود "حيدوا ما لا يقل عن 15 إرهابيا" خلال الاشتباك.',
     [('حيدوا ما لا يقل عن 15 إرهابيا', 'killed', 15, None, 'at_least', 'إرهابيا')]),
    ('وأكد البيان أن الجيش حيد 27 من المسلحين في محيط القرية.',
     [('حيد 27 من المسلحين', 'killed', 27, None, 'exact', 'من المسلحين')]),
    ('وأكد الناطق أن وحدات الجيش حيدت عشرات الإرهابيين في الغابة.',
     [('حيدت عشرات الإرهابيين', 'killed', 24, None, 'vague', 'الإرهابيين')]),
    ('الجيش يحيد 7 مسلحين قرب الحدود الشمالية',
     [('يحيد 7 مسلحين', 'killed', 7, None, 'exact', 'مسلحين')]),
    ('وأعلن الجيش تحييد 6 مسلحين وتدمير آليتين لهم.',
     [('تحييد 6 مسلحين', 'killed', 6, None, 'exact', 'مسلحين')]),
    # ... kept out: no count, things, not the verb
    ('ودعت المنظمة إلى تحييد المدنيين عن القتال في الإقليم.', []),
    ('وأعلن الجيش تحييد 3 طائرات مسيرة فوق القاعدة.', []),
    ('وقالت إن الدفاعات الجوية حيدت 4 صواريخ قبل وصولها.', []),
    ('وظل الطريق الوحيد 3 أيام مغلقا أمام الشاحنات.', []),
    # 5. the relative of saying after a count closes its group
    ('وأعلن الجيش مقتل خمسة مسلحين قال إنهم حاولوا التسلل عبر الوادي.',
     [('مقتل خمسة مسلحين', 'killed', 5, None, 'exact', 'مسلحين')]),
    # ... read before, unchanged: the feminine verb, and the outcome in the relative's
    # words
    ('وأعلنت الشرطة اعتقال ستة أشخاص قالت إنهم ينتمون إلى عصابة.',
     [('اعتقال ستة أشخاص', 'arrested', 6, None, 'exact', 'أشخاص')]),
    ('ونعت الحركة اثنين من عناصرها قالت إنهما قتلا في الغارة.',
     [('اثنين من عناصرها قالت إنهما قتلا', 'killed', 2, None, 'exact', 'من عناصرها')]),
])
def test_casualties(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. a coming event in the future's "س", resolved forward
    ('وأعلنت الخارجية أن المملكة ستستضيف في 9 آذار/مارس مؤتمرا للمانحين.',
     [('9 آذار/مارس', '2019-03-09')]),
    ('وقال المتحدث إن القمة ستنعقد في 2 شباط/فبراير في العاصمة.',
     [('2 شباط/فبراير', '2019-02-02')]),
    ('وأوضح أن العاصمة ستحتضن في 20 نيسان أول اجتماع للجنة.',
     [('20 نيسان', '2019-04-20')]),
    ('وأكد المنظمون أن المعرض سيقام في 14 آذار في قاعة المدينة.',
     [('14 آذار', '2019-03-14')]),
    ('وقالت البلدية إن المدينة ستشهد في 3 مارس سباقا للدراجات.',
     [('3 مارس', '2019-03-03')]),
    ('وأعلنت الوزارة أن الحكومتين ستوقعان في 28 نيسان/أبريل اتفاقا للتبادل التجاري.',
     [('28 نيسان/أبريل', '2019-04-28')]),
    ('وقال إن الوفد سيستكمل في 5 شباط المحادثات مع الجانب الآخر.',
     [('5 شباط', '2019-02-05')]),
    # ... read before, unchanged: a listed stem
    ('وقال إن الوزير سيستقبل في 9 آذار وفدا من المانحين.', [('9 آذار', '2019-03-09')]),
    # ... kept out: the past of the same verbs, a noun in "سي"/"ست"
    ('وأعلنت الخارجية أن المملكة استضافت في 9 آذار/مارس مؤتمرا للمانحين.',
     [('9 آذار/مارس', '2018-03-09')]),
    ('وقال إن القمة انعقدت في 2 شباط/فبراير في العاصمة.', [('2 شباط/فبراير', '2018-02-02')]),
    ('وقال إن سيارة مفخخة انفجرت في 3 آذار قرب السوق.', [('3 آذار', '2018-03-03')]),
    ('وأوضح أن ستة أشخاص اعتقلوا في 20 نيسان في البلدة.', [('20 نيسان', '2018-04-20')]),
])
def test_dates(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("headline", "expected"), [
    # 3. mourning in a headline's present
    ('الحزب ينعى ثلاثة من مقاتليه', [('الحزب', 'ثلاثة من مقاتليه')]),
    ('البلدية تنعى شابين من أبنائها', [('البلدية', 'شابين من أبنائها')]),
    ('أهالي القرية ينعون الطبيب سامر خليل', [('أهالي القرية', 'الطبيب سامر خليل')]),
    ('قصف على بلدة حدودية.. والحركة تنعى اثنين من عناصرها',
     [('الحركة', 'اثنين من عناصرها')]),
    # ... read before, unchanged
    ('الحزب يعلن مقتل ثلاثة من مقاتليه', [('الحزب', 'مقتل ثلاثة من مقاتليه')]),
    # 4. a label, then words in the first person plural
    ('إسرائيل: قصفنا مخازن أسلحة في الجنوب.. والحزب ينعى اثنين من عناصره',
     [('إسرائيل', 'قصفنا مخازن أسلحة في الجنوب'), ('الحزب', 'اثنين من عناصره')]),
    ('إيران: لن نسمح بتفتيش منشآتنا', [('إيران', 'لن نسمح بتفتيش منشآتنا')]),
    ('روسيا: قواتنا سيطرت على بلدة جديدة', [('روسيا', 'قواتنا سيطرت على بلدة جديدة')]),
    ('الخرطوم: نحن مع الهدنة', [('الخرطوم', 'نحن مع الهدنة')]),
    # ... read before, unchanged: quoted words
    ('اليمن: "دمرنا" منصة صواريخ', [('اليمن', '"دمرنا" منصة صواريخ')]),
    # ... kept out: a dateline place before an event, and nouns in "نا"
    ('ليبيا: تحرير 40 مهاجرا من مخزن للمهربين', []),
    ('غزة: استشهاد 12 مواطنا في غارات ليلية', []),
    ('فيينا: مليونا زائر لمعرض الكتاب', []),
])
def test_headlines(headline: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(headline) == expected


# The statement probes stand in a report's body, after a headline line.
_HEADLINE = "عنوان الخبر\n"


@pytest.mark.parametrize(("text", "expected"), [
    # 5. the object, then a relative of saying: two entries of the same subject
    ('وفي المقابل، نعى الحزب اثنين من عناصره قال إنهما قتلا "أثناء أداء الواجب".',
     [('الحزب', 'اثنين من عناصره'), ('الحزب', 'قتلا "أثناء أداء الواجب"')]),
    ('ونعت البلدية شابين من أبنائها قالت إنهما قتلا في الغارة.',
     [('البلدية', 'شابين من أبنائها'), ('البلدية', 'قتلا في الغارة')]),
    ('ونعت حركة الجهاد قائدا ميدانيا قالت إنه استشهد في غارة.',
     [('حركة الجهاد', 'قائدا ميدانيا'), ('حركة الجهاد', 'استشهد في غارة')]),
    ('وتبنت الجماعة هجوما على قاعدة عسكرية قالت إنها قتلت فيه 60 جنديا.',
     [('الجماعة', 'هجوما على قاعدة عسكرية'), ('الجماعة', 'قتلت فيه 60 جنديا')]),
    ('وكانت الحركة قد تبنت الشهر الماضي هجوما على مطار قالت إنه أوقع خسائر.',
     [('الحركة', 'هجوما على مطار'), ('الحركة', 'أوقع خسائر')]),
    ('وأعلنت الشرطة القبض على ثلاثة أشخاص قالت إنهم متورطون في السرقة.',
     [('الشرطة', 'القبض على ثلاثة أشخاص'), ('الشرطة', 'متورطون في السرقة')]),
    ('وأعلن الجيش مقتل خمسة مسلحين قال إنهم حاولوا التسلل.',
     [('الجيش', 'مقتل خمسة مسلحين'), ('الجيش', 'حاولوا التسلل')]),
    # ... read before, unchanged: the object alone, a second verb after a comma, the
    # verb inside reported words, another subject after the relative's verb
    ('ونعى الحزب ثلاثة من مقاتليه.', [('الحزب', 'ثلاثة من مقاتليه')]),
    ('ونعى الحزب ثلاثة من مقاتليه، وقال إنهم سقطوا في المعارك.',
     [('الحزب', 'ثلاثة من مقاتليه'), ('الحزب', 'سقطوا في المعارك')]),
    ('وقال الحزب إنه نعى ثلاثة من مقاتليه.', [('الحزب', 'نعى ثلاثة من مقاتليه')]),
    ('وأكد الوزير أن الحكومة قالت إنها ستدفع الرواتب.',
     [('الوزير', 'الحكومة قالت إنها ستدفع الرواتب'), ('الحكومة', 'ستدفع الرواتب')]),
])
def test_statements(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(_HEADLINE + text) == expected
