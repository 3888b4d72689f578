"""Arabic probes, forty-eighth round (issue 11): the families of the twentieth blind
Arabic set's misses (``bench/blind/ar-20.jsonl``), each written as a rule of news Arabic
with members and look-alikes that must not fire:

1. a headline's subject with two headline verbs, the second glued to "و" with no subject
   of its own ("... تنعى مهندسها وتتحدث عن ..."، "... تنعى مدرسا وتعلن ..."): two
   entries, the first ending before the second verb;
2. the present of writing ("تكتب"، "يكتب") in diaries and letters quoted, with the diary,
   the memoirs or the notebook as the medium between the writer and the words;
3. people suspended from their work by a verb told after them ("أوقفوا عن العمل"): no
   arrest;
4. patients of tuberculosis and other diseases ("مصابين بالسل"): no wounded;
5. tomorrow in the construct with its weekday ("صباح غد الخميس"): one expression, the
   day after publication;
6. a weekday before a day and month without a year ("الأحد 11 يناير" in late December):
   the year in which the day falls on that weekday.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements
from workbench.core.extract.ar.dates import find_dates_ar


@pytest.mark.parametrize(("text", "expected"), [
    # 1. two headline verbs of one subject
    ('بلدية وادي السلام تنعى مهندسها وتتحدث عن إصابة ثلاثة عمال في قصف على الطريق',
     [('بلدية وادي السلام', 'مهندسها'),
      ('بلدية وادي السلام', 'إصابة ثلاثة عمال في قصف على الطريق')]),
    ('نقابة المعلمين تنعى مدرسا وتعلن اعتقال أربعة من أعضائها في الخليل',
     [('نقابة المعلمين', 'مدرسا'), ('نقابة المعلمين', 'اعتقال أربعة من أعضائها في الخليل')]),
    ('الهيئة المحلية تنفي قصف المخبز وتتهم الفصائل بترويع السكان',
     [('الهيئة المحلية', 'قصف المخبز'), ('الهيئة المحلية', 'الفصائل بترويع السكان')]),
    # 2. the present of writing, and diaries as the medium
    ('تكتب سلمى في دفترها يوم الخميس: "انقطعت الكهرباء عن الحي طوال الليل".',
     [('سلمى', 'انقطعت الكهرباء عن الحي طوال الليل')]),
    ('وبعد أسبوع يكتب المعلم أن المدرسة أغلقت أبوابها، وأن التلاميذ تفرقوا في القرى.',
     [('المعلم', 'المدرسة أغلقت أبوابها'), ('المعلم', 'التلاميذ تفرقوا في القرى')]),
    ('وكتب الجندي في مذكراته أن القرية أخليت قبل الهجوم.',
     [('الجندي', 'القرية أخليت قبل الهجوم')]),
])
def test_statements(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 1. look-alike: "يتحدث" with no "عن" is no second report
    ('الحكومة تنعى الضحايا وتتحدث مع الوسطاء', [('الحكومة', 'الضحايا وتتحدث مع الوسطاء')]),
    # 2. look-alike: writing a book says nothing
    ('يكتب الروائي رواية جديدة عن الحرب.', []),
])
def test_statements_kept(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. suspended from work
    ('وأكدت الإدارة أن أربعة من الموظفين أوقفوا عن العمل مؤقتا.', []),
    ('وقال إن ثلاثة من المعلمين أوقفوا عن التدريس بعد الشكوى.', []),
    # 4. patients of a disease
    ('وأضاف أن المستشفى استقبل 22 سجينا مصابين بالسل خلال الشهر.', []),
    ('وقالت إن 15 تلميذا مصابين بالجرب عزلوا في قاعة منفصلة.', []),
])
def test_casualties_none(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. look-alike: held at a checkpoint is an arrest
    ('وقال إن خمسة من الحراس أوقفوا في الحاجز.',
     [('خمسة من الحراس أوقفوا', 'arrested', 5, 'exact')]),
    # 4. look-alike: wounds are wounds
    ('وقال إن 14 جنديا أصيبوا بجروح.', [('14 جنديا أصيبوا', 'wounded', 14, 'exact')]),
])
def test_casualties_kept(text: str, expected: list[tuple[str, str, int, str]]) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # 5. tomorrow with its weekday
    ('وأعلن تعليق الدوام اعتبارا من صباح غد الخميس.', '2026-04-22',
     [('صباح غد الخميس', '2026-04-23')]),
    ('ويبدأ الإضراب مساء غد الأحد في المدارس.', '2025-03-01',
     [('مساء غد الأحد', '2025-03-02')]),
    # 6. the weekday names the year
    ('وأرجئت المباريات حتى الأحد 11 يناير.', '2025-12-28', [('الأحد 11 يناير', '2026-01-11')]),
    ('وتفتتح المعرض السبت 9 كانون الثاني.', '2026-12-27',
     [('السبت 9 كانون الثاني', '2027-01-09')]),
])
def test_dates(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(d["text"], d["value"]) for d in find_dates_ar(text, published)] == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    # 5. look-alike: "غد" as the future
    ('نحو غد أفضل للأطفال.', '2026-04-22', []),
    # 6. look-alike: a weekday that fits the plain reading keeps it
    ('وقتل يوم الأحد 7 ديسمبر.', '2025-12-28', [('يوم الأحد 7 ديسمبر', '2025-12-07')]),
])
def test_dates_kept(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    assert [(d["text"], d["value"]) for d in find_dates_ar(text, published)] == expected
