"""Arabic probes, sixty-fifth round (issue 11): families that recur on the blind Arabic
sets, not one set's phrasing.

1. the name set in commas after a title ("وقال مدير المعرض، الأستاذ سالم ...، إن"):
   a. a civil honorific ("الأستاذ"، "الدكتور"، "المهندسة") opens the name as a rank does and
      is no word of it, so a four-word name after one is still a name, and the later
      clauses and pronoun verbs go to the person by name;
   b. a title of one definite word ("المسؤول"، "الضابط") names no office of its own: the
      speaker is the whole phrase, title and name, as written;
   c. a long title with its place ("المتحدث باسم الجيش في ولاية سنار،") ends at the comma
      before the name; the object of a denial then starts after the name, and the
      participle that follows goes to the person by name.
   Look-alikes: a second party joined after the name ("، وقائد الشرطة"), a title of more
   than one word (since the ninety-fourth round with the name), an aside that is no name
   (a relative, a time, "، التابعة لـ"), a title that holds its name already.
2. an accusing participle after a comma ("، متهمة ... بتنفيذ الهجوم") reaches its charge
   past a party with its allies ("قوات الدعم السريع والحركات المتحالفة معها") or a quoted
   word with its group ('"إرهابيين" من جماعة ...'), up to eight words; without the comma,
   or with the participle's own "ب" ("، متهما بالفساد": the one accused himself), the
   reach stays three words.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # a. members: a civil honorific before a name of four words
    ('وقال مدير المهرجان، الأستاذ خالد عمر بن سالم، إن العروض بدأت، وإن 30 فرقة تشارك.',
     [('مدير المهرجان، الأستاذ خالد عمر بن سالم', 'العروض بدأت'),
      ('الأستاذ خالد عمر بن سالم', '30 فرقة تشارك')]),
    ('وقال رئيس النادي، الدكتور سامي عبد الله حمد، إن الملعب أغلق. وأضاف أن المباراة أجلت.',
     [('رئيس النادي، الدكتور سامي عبد الله حمد', 'الملعب أغلق'),
      ('الدكتور سامي عبد الله حمد', 'المباراة أجلت')]),
    ('وقالت مديرة المدرسة، المهندسة سعاد علي بن ناصر، إن الصفوف تضررت، مشيرة إلى أن الدوام'
     ' علق.',
     [('مديرة المدرسة، المهندسة سعاد علي بن ناصر', 'الصفوف تضررت'),
      ('المهندسة سعاد علي بن ناصر', 'الدوام علق')]),
    # b. members: a one-word definite title with its name
    ('وأوضح المسؤول، سامر العلي، أن الفرق انتشلت ثلاث جثث.',
     [('المسؤول، سامر العلي', 'الفرق انتشلت ثلاث جثث')]),
    ('وقال الضابط، علي حسن، إن الطريق أغلق.',
     [('الضابط، علي حسن', 'الطريق أغلق')]),
    # c. members: a long title with its place, the name, then a denial's object
    ('ونفى المتحدث باسم الجيش في ولاية سنار، محمد عثمان، قصف السوق، متهما المسلحين بـ"نشر'
     ' الشائعات".',
     [('المتحدث باسم الجيش في ولاية سنار، محمد عثمان', 'قصف السوق'),
      ('محمد عثمان', 'المسلحين بـ"نشر الشائعات"')]),
    ('ونفى مدير الأمن في محافظة ديالى، العميد سعد حسن، وجود معتقلين، مؤكدا أن السجن خال.',
     [('مدير الأمن في محافظة ديالى، العميد سعد حسن', 'وجود معتقلين'),
      ('العميد سعد حسن', 'السجن خال')]),
    ('ونفى المتحدث باسم التحالف في اليمن، العقيد سامر خليل، صحة ما نشرته الجماعة، مؤكدا أن'
     ' القوات استعادت مواقعها.',
     [('المتحدث باسم التحالف في اليمن، العقيد سامر خليل', 'صحة ما نشرته الجماعة'),
      ('العقيد سامر خليل', 'القوات استعادت مواقعها')]),
])
def test_the_name_in_commas_after_a_title(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a second party joined after the name: no one speaker takes the name
    ('وقال المسؤول، سامر العلي، وقائد الشرطة إن الفرق انتشلت الجثث.',
     [('المسؤول', 'الفرق انتشلت الجثث')]),
    # a title of more than one word: since the ninety-fourth round the name joins it
    ('وقال المتحدث باسم الوزارة، حازم الساعدي، إن الوزارة ستفتح تحقيقا.',
     [('المتحدث باسم الوزارة، حازم الساعدي', 'الوزارة ستفتح تحقيقا')]),
    # asides that are no name: a relative, a time, a description with an honorific's word
    ('وقال المسؤول، الذي طلب عدم كشف اسمه، إن الفرق انتشلت الجثث.',
     [('المسؤول', 'الفرق انتشلت الجثث')]),
    ('وقال المسؤول، مساء الاثنين، إن الفرق انتشلت الجثث.',
     [('المسؤول', 'الفرق انتشلت الجثث')]),
    ('وقال رئيس البلدية، الشيخ في العشيرة، إن المياه انقطعت.',
     [('رئيس البلدية', 'المياه انقطعت')]),
    # "، التابعة لـ" after a body is what the body is; the participle stays the body's
    ('واتهمت وزارة الداخلية في صنعاء، التابعة للحوثيين، الحكومة بـ"تعطيل الرحلات"، مطالبة'
     ' بفتح المطار.',
     [('وزارة الداخلية في صنعاء', 'التابعة للحوثيين، الحكومة بـ"تعطيل الرحلات"'),
      ('وزارة الداخلية في صنعاء', 'بفتح المطار')]),
    # a title that holds its name already: the object after it is no second name
    ('ونفى المتحدث باسم القوات بقيادة الجيش، العقيد سامر خليل، صحة ما نشرته الجماعة، مؤكدا'
     ' أن القوات استعادت مواقعها.',
     [('المتحدث باسم القوات بقيادة الجيش، العقيد سامر خليل', 'صحة ما نشرته الجماعة'),
      ('العقيد سامر خليل', 'القوات استعادت مواقعها')]),
])
def test_the_name_in_commas_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: the one accused is a party with its allies, or a quoted word with its group
    ('وقالت اللجنة إن سبعة مدنيين قتلوا، متهمة الجيش والميليشيات المتحالفة معه بقصف السوق.',
     [('اللجنة', 'سبعة مدنيين قتلوا'),
      ('اللجنة', 'الجيش والميليشيات المتحالفة معه بقصف السوق')]),
    ('وأعلنت الهيئة مقتل ثلاثة مزارعين، متهمة "مسلحين" من جماعة الوادي المتشددة بتنفيذ'
     ' الهجوم.',
     [('الهيئة', 'مقتل ثلاثة مزارعين'),
      ('الهيئة', '"مسلحين" من جماعة الوادي المتشددة بتنفيذ الهجوم')]),
    ('وذكر المرصد أن القصف طال المدرسة، متهما قوات النظام والمجموعات الموالية لها من'
     ' الخارج بـ"ارتكاب مجزرة".',
     [('المرصد', 'القصف طال المدرسة'),
      ('المرصد', 'قوات النظام والمجموعات الموالية لها من الخارج بـ"ارتكاب مجزرة"')]),
    # ... look-alikes: the participle's own "ب" (the subject is the one accused), a
    # defendant with no comma before him, and a short name (as before)
    ('وغادر الوزير منصبه، متهما بالفساد المالي والإداري في صفقات بيع النفط.', []),
    ('ومثل أمام المحكمة رجل متهما بسرقة السيارات والدراجات النارية في المدينة بعد الحادث.',
     []),
    ('وقال المحافظ إن القصف مستمر، متهما الجيش بـ"الغدر".',
     [('المحافظ', 'القصف مستمر'), ('المحافظ', 'الجيش بـ"الغدر"')]),
])
def test_an_accusing_participle_reaches_a_long_accused(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
