"""Arabic probes, seventy-fourth round (issue 11): the thirty-fourth set's dates, and a
casualty family it shares with another set.

1. a deadline ("قبل"، "بحلول") before a later month of the year is ahead when its clause
   looks ahead: a call added by its participle ("داعيا ... إلى "التحرك قبل موسم الأمطار في
   تموز""), a clause of condition or plan opened by "على أن" and a present verb, or the future's
   referral ("ستحال ... قبل نهاية حزيران"); a month whose word is also a noun ("تموز"،
   "آب") closing a quotation after "في" is the month, as it is before the clause's end.
2. what killers or kidnappers are suspected or believed to be ("يشتبه في انتمائهم إلى
   ..."، "يعتقد أنهم من ...") names a group, however long, between the verb and its count.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings. The publication date is AR_PUBLISHED (10 May 2018).
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: a call's participle, a stipulation with "على أن", the future's referral
    ('وأضاف المدير أن المخزون ينفد، داعيا المنظمات إلى "إرسال الوقود قبل حلول الشتاء في '
     'تشرين الثاني".', [('تشرين الثاني', '2018-11')]),
    ('وقال رئيس الاتحاد إن المزارعين خسروا محاصيلهم، مطالبا بـ"فتح الطريق قبل موسم الحصاد '
     'في تموز".', [('تموز', '2018-07')]),
    ('وباشرت الشركة صيانة المحطة الثانية، على أن تعود إلى العمل قبل نهاية أيلول.',
     [('نهاية أيلول', '2018-09')]),
    ('وقال رئيس اللجنة إن "المعاملات المتبقية ستحال إلى المحكمة قبل نهاية أيلول".',
     [('نهاية أيلول', '2018-09')]),
    # ... look-alikes: a past account of the deadline, a participle that reports, "على أن"
    # before a noun (what was stressed), "ago" after "قبل"
    ('وكانت الشركة قد أنهت الصيانة قبل نهاية أيلول.', [('نهاية أيلول', '2017-09')]),
    ('وقال المدير إن المخزون نفد، مشيرا إلى أن الوقود وصل قبل حلول الشتاء في تشرين الثاني.',
     [('تشرين الثاني', '2017-11')]),
    ('وشدد المسؤول على أن الأعمال انتهت قبل نهاية أيلول.', [('نهاية أيلول', '2017-09')]),
    # ... and "على أن" as a verb's complement, not opening its clause
    ('وشدد المسؤول على أن تقارير اللجنة وصلت قبل نهاية أيلول.', [('نهاية أيلول', '2017-09')]),
    ('وباشرت الشركة الصيانة، على أن الهجوم وقع قبل أسبوعين في أيلول.', [('أيلول', '2017-09')]),
])
def test_a_deadline_ahead_by_its_clause(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: the suspected group's long name; a name in quotes with a dash
    ('قتل مسلحون يشتبه في انتمائهم إلى جماعة أنصار الجبل الغربي 7 رعاة على الأقل في هجوم '
     'على قرية نائية.',
     [('قتل مسلحون يشتبه في انتمائهم إلى جماعة أنصار الجبل الغربي 7 رعاة على الأقل', 'killed',
       7, 'at_least')]),
    ('وخطف مسلحون يعتقد أنهم من "كتيبة الوادي - الفرع الجنوبي" ثلاثة مهندسين قرب السد.',
     [('وخطف مسلحون يعتقد أنهم من "كتيبة الوادي - الفرع الجنوبي" ثلاثة مهندسين', 'captured',
       3, 'exact')]),
    # ... look-alikes: the doers' own verb after the description takes the count; the
    # suspicion with no doers' noun before it
    ('وقال مسؤول إن مسلحين يشتبه في انتمائهم إلى جماعة أنصار الجبل الغربي قتلوا 7 رعاة.',
     [('قتلوا 7 رعاة', 'killed', 7, 'exact')]),
    ('ويعتقد أن جماعة أنصار الجبل الغربي خطفت ثلاثة مهندسين قرب السد.',
     [('خطفت ثلاثة مهندسين', 'captured', 3, 'exact')]),
])
def test_the_doers_suspected_group_before_the_count(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected
