"""Arabic probes, seventy-fifth round (issue 11): families that recur on the blind Arabic
sets, not one set's phrasing.

1. a present accusation opening its clause with "و" ("وتتهم الحكومة الحوثيين بزرع ..."،
   "، وتتهمها الحكومة بارتكاب ..."): the accuser follows the verb, as after "واتهمت"; with
   the object pronoun the one accused was named before, as after "التي تتهمها".
2. the same subject's next report after a comma and a particle of tense or order ("، وقد
   دعت المتطوعين إلى ..."، "، ثم أعلنت ...") or after "لكنه" with "على أن" ("، لكنه شدد
   على أن ..."): the first words end at the comma, the next report is an entry of its own.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: the bare present with the accuser and the accused after it (feminine and
    # masculine); the verb with its pronoun after a relative clause and after a refusal
    ('وتتهم وزارة الداخلية الفصيل بتهريب السلاح عبر الحدود الشرقية.',
     [('وزارة الداخلية', 'الفصيل بتهريب السلاح عبر الحدود الشرقية')]),
    ('ويتهم المجلس المحلي الشركة بتلويث مياه النهر منذ سنوات.',
     [('المجلس المحلي', 'الشركة بتلويث مياه النهر منذ سنوات')]),
    ('ولم يصدر تعليق عن الفصيل، الذي انسحب من البلدة في آذار الماضي، وتتهمه الحكومة '
     'بنهب المحال التجارية.',
     [('الحكومة', 'بنهب المحال التجارية')]),
    ('ولم ترد الشركة على طلب للتعليق، وتتهمها نقابة العمال بتأخير الرواتب.',
     [('نقابة العمال', 'بتأخير الرواتب')]),
    # ... look-alikes: the passive with its charge at once; a plural verb has its subject
    # before it; the verb with no "و" after its subject, and in a headline, as before
    ('ويتهم بالوقوف وراء الهجوم عدد من المسلحين.', []),
    ('ويتهمون الشركة بتلويث مياه النهر.', []),
    ('وكانت الوزارة تتهم الفصيل بتهريب السلاح.',
     [('الوزارة', 'الفصيل بتهريب السلاح')]),
    ('نقابة الصيادين تتهم زوارق مجهولة بإتلاف الشباك', [
        ('نقابة الصيادين', 'زوارق مجهولة بإتلاف الشباك')]),
])
def test_a_present_accusation_opening_its_clause(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: "وقد" before a call (its object kept, as after "، ودعت"); "ثم" before an
    # announcement; "لكنه" before a verb of insisting with "على أن"
    ('وتطالب جمعية المزارعين بتعويض المتضررين من الحريق، وقد دعت أعضاءها إلى اجتماع '
     'طارئ صباح السبت.',
     [('جمعية المزارعين', 'بتعويض المتضررين من الحريق'),
      ('جمعية المزارعين', 'أعضاءها إلى اجتماع طارئ صباح السبت')]),
    ('أعلنت الوزارة مقتل ثلاثة عمال في الانهيار، ثم أعلنت انتشال جثة رابع من تحت الركام.',
     [('الوزارة', 'مقتل ثلاثة عمال في الانهيار'), ('الوزارة', 'انتشال جثة رابع من تحت الركام')]),
    ('وأكد المتحدث باسم اللجنة أن المفاوضات "تسير ببطء"، لكنه شدد على أن "الاتفاق ما زال '
     'ممكنا".',
     [('المتحدث باسم اللجنة', 'المفاوضات "تسير ببطء"'),
      ('المتحدث باسم اللجنة', 'الاتفاق ما زال ممكنا')]),
    # ... look-alikes: a particle before a verb that says nothing stays in the words; a
    # passive estimate after "وقد"; "وقد" with no comma before it
    ('قال المسؤول إن المسلحين سرقوا ثلاث سيارات، وقد فروا بعدها نحو الجبال.',
     [('المسؤول', 'المسلحين سرقوا ثلاث سيارات، وقد فروا بعدها نحو الجبال')]),
    ('قال المسؤول إن الحريق أتى على المخزن، وقد قدرت الخسائر بمليون دولار.',
     [('المسؤول', 'الحريق أتى على المخزن، وقد قدرت الخسائر بمليون دولار')]),
    ('قال المسؤول إن الحريق أتى على المخزن وقد أعلن التجار إغلاق محالهم.',
     [('المسؤول', 'الحريق أتى على المخزن وقد أعلن التجار إغلاق محالهم')]),
])
def test_the_same_subjects_next_report_after_a_particle(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
