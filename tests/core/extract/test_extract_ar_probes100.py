"""Arabic probes, hundredth round (issue 11): the weakest sets (ar-54, ar-50, ar-53).

Statements:

1. A source that "spoke of" a toll ("تحدث ... عن 13 قتيلا"، "وتحدثت المفوضية في تقرير عن
   مقتل أكثر من 400 متظاهر") claims it: the count, or the event's verbal noun with its
   count, after "عن" is its statement, and a participle's clause after it ("، قائلا ان
   ..."، "، مرجحا ان ...") is the same source's. Every set's gold annotates the
   construction so (ar-40, ar-45, ar-50, ar-53, ar-54, and the headlines "والمرصد
   يتحدث عن 14 قتيلا" on ar-5 to ar-11, ar-17, ar-52). Look-alikes: another topic after
   "عن" ("عن أهمية الحوار"، "عن خطة"), a definite event ("عن الهجوم"), deaths with no
   count ("تحدثت تقارير عن سقوط قتلى", round 7's), the source's aside ("مصدر محلي تحدث
   لموقع ...، فإن"، "، تحدث شريطة عدم الكشف عن هويته، إن").
2. A promise opening its clause is words, its act after "بـ", as a pledge's is: the
   feminine "وعدت" after a comma ("من جهتها، وعدت المديرية بدراسة ...") as after "و" or
   "فيما". Every set's gold annotates "وعد/وعدت" with a subject and "بـ" (ar-37, ar-38,
   ar-40, ar-41, ar-42, ar-49, ar-50, ar-51, ar-54); the noun ("تلقت وعدا"، "بعد وعد
   بصرف") is not. Look-alikes: "ذكرى وعد بلفور", "، وعدت بعد شهر الى منزلي" (I
   returned). The masculine opening its sentence ("ووعد الوزير بتوزيع ...", ar-50) is
   left: the seventy-ninth and eightieth rounds keep "ووعد المحافظ بحل ..." unread.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    ('وقالت مديرية الصحة ان المستشفى استقبل 20 جريحا. غير ان ناشطا في البلدة تحدث لموقع '
     '"زمان الوصل" عن 9 قتلى، مؤكدا ان "القصف استهدف السوق".',
     [('مديرية الصحة', 'المستشفى استقبل 20 جريحا'), ('ناشطا في البلدة', '9 قتلى'),
      ('ناشطا في البلدة', 'القصف استهدف السوق')]),
    ('وتحدثت منظمة العفو الدولية في تقرير نشرته أمس عن مقتل 120 مدنيا في المدينة.',
     [('منظمة العفو الدولية', 'مقتل 120 مدنيا في المدينة')]),
    ('وقال الجيش ان قواته صدت الهجوم، فيما تحدث مسؤول محلي عن اختطاف ثلاثة رعاة.',
     [('الجيش', 'قواته صدت الهجوم'), ('مسؤول محلي', 'اختطاف ثلاثة رعاة')]),
    ('لكن طبيبا في المستشفى الميداني تحدث عن "نحو 15 قتيلا" بين المدنيين.',
     [('طبيبا في المستشفى الميداني', '"نحو 15 قتيلا" بين المدنيين')]),
])
def test_a_toll_spoken_of(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتحدث الوزير عن أهمية الحوار بين الأطراف.', []),
    ('وتحدث المحافظ عن الهجوم الذي استهدف السوق.', []),
    ('وتحدث رئيس البلدية لوسائل الإعلام عن خطة لإعادة الإعمار.', []),
    ('وتحدث الأهالي عن سقوط ضحايا في القصف.', []),
    ('وقال مسؤول في البلدية، تحدث شريطة عدم الكشف عن اسمه، إن المياه قطعت.',
     [('مسؤول في البلدية', 'المياه قطعت')]),
    ('وبحسب مصدر محلي تحدث لموقع "عنب بلدي"، فإن القصف أدى الى مقتل خمسة مدنيين.',
     [('مصدر محلي', 'القصف أدى الى مقتل خمسة مدنيين')]),
])
def test_a_topic_spoken_of_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('من جهتها، وعدت هيئة الموانئ بإعادة فتح الرصيف الشمالي قبل نهاية الشهر.',
     [('هيئة الموانئ', 'بإعادة فتح الرصيف الشمالي قبل نهاية الشهر')]),
    ('وقال المدير ان المحطة توقفت، فيما وعدت الشركة بإصلاحها خلال أسبوع.',
     [('المدير', 'المحطة توقفت'), ('الشركة', 'بإصلاحها خلال أسبوع')]),
])
def test_a_promise_opening_its_clause(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأحيا الفلسطينيون ذكرى وعد بلفور بمسيرات في رام الله.', []),
    ('وقال اللاجئ انه ترك القرية مع عائلته، وعدت بعد شهر الى منزلي.',
     [('اللاجئ', 'ترك القرية مع عائلته')]),
    ('وأضاف ان البلدية تلقت وعدا من الوزارة بتمويل المشروع.',
     [(None, 'البلدية تلقت وعدا من الوزارة بتمويل المشروع')]),
])
def test_a_promise_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
