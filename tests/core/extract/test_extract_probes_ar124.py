"""Arabic probes, hundred-and-twenty-fourth round (issue 11): tolls told by their number
after their clause, executions, fates unknown, and figures that are no casualties.

1. A toll whose "عدد" names people by a relative clause of their outcome, its number after
   an estimate's "بـ" or a rise's "إلى" with a qualifier ("قدرت اللجنة عدد المدنيين الذين
   قتلوا ... بأكثر من 270"، "عدد زملائهم الذين احتجزتهم البحرية ... بأكثر من 450"،
   "بما يزيد على"، "بما لا يقل عن"). A year inside the clause is never the count; houses,
   lorries, tonnes and people whose clause tells no outcome stay unread.
2. Executions are killings: the headline's present ("تعدم ستة أشخاص") and "بين المعدومين".
   A threat ("هدد ... بإعدام"), a court's sentence and "قد" before a present stay unread.
3. Fates unknown: the counted before "لا يزال مصيرهم غير معروف"/"مصيرهم لا يزال مجهولا",
   one more ("راع رابع مصيره مجهولا"، "طفلا آخر لا يزال مصيره مجهولا"), and a dual with
   whose they are before "ما زالا مفقودين": missing. A fate with no one counted stays
   unread.
4. No casualties: kidnappings counted as cases, the state of a vague some of the wounded,
   the attackers after "نفذه"/"شنه" (the victim right after the outcome verb is read), and
   a vague count of those who fled fighting that a verb of killing before it reached
   (displaced; the one killed right after the verb keeps his own figure).

Every sentence is fictional and written for these tests; places are used only as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties


@pytest.mark.parametrize(("text", "expected"), [
    ('قدّرت اللجنة عدد المدنيين الذين قتلوا في الولاية منذ بداية العام بأكثر من 270.',
     [('عدد المدنيين الذين قتلوا في الولاية منذ بداية العام بأكثر من 270',
       'killed', 270, 'more_than')]),
    ('ويقدر الصيادون عدد زملائهم الذين احتجزتهم البحرية منذ 2017 بأكثر من 450 صيادا.',
     [('عدد زملائهم الذين احتجزتهم البحرية منذ 2017 بأكثر من 450 صيادا',
       'arrested', 450, 'more_than')]),
    ('وقدر ناشطون عدد المفقودين من الجانبين بما يزيد على 350 شخصا.',
     [('عدد المفقودين من الجانبين بما يزيد على 350 شخصا', 'missing', 350, 'more_than')]),
    ('وتقدر الهيئة عدد المعتقلين في سجون الفصيل بما لا يقل عن ألفي معتقل.',
     [('بما لا يقل عن ألفي معتقل', 'arrested', 2000, 'at_least')]),
    ('ارتفع عدد المسعفين الذين قتلوا منذ اندلاع الحرب إلى ما يزيد على 64 مسعفا.',
     [('عدد المسعفين الذين قتلوا منذ اندلاع الحرب إلى ما يزيد على 64 مسعفا',
       'killed', 64, 'more_than')]),
    ('وقدرت المنظمة عدد العمال الذين خطفوا على الطريق منذ 2020 بنحو ثمانين عاملا.',
     [('عدد العمال الذين خطفوا على الطريق منذ 2020 بنحو ثمانين عاملا', 'captured', 80, 'about')]),
    ('وقدرت البلدية عدد المنازل التي دمرت في القصف بأكثر من 300 منزل.',
     []),
    ('وارتفع عدد الشاحنات التي عبرت المعبر منذ 2022 إلى ما يزيد على 700 شاحنة.',
     []),
    ('وقدرت الوزارة عدد الأطنان من الطحين بنحو 500 طن.',
     []),
    ('وقدر المجلس عدد الموظفين الذين عادوا إلى عملهم بأكثر من 200 موظف.',
     []),
])
def test_tolls(text: str, expected: list) -> None:
    """Estimated and risen tolls after a relative clause."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('أعدم المسلحون أربعة رجال في ساحة القرية.',
     [('أعدم المسلحون أربعة رجال', 'killed', 4, 'exact')]),
    ('الجماعة تعدم ستة أشخاص بتهمة التعاون مع الجيش',
     [('تعدم ستة أشخاص', 'killed', 6, 'exact')]),
    ('وكان بين المعدومين صبي في الخامسة عشرة.',
     [('بين المعدومين صبي', 'killed', 1, 'exact')]),
    ('هدد الخاطفون بإعدام خمسة رهائن إذا لم تدفع الفدية.',
     []),
    ('وقضت المحكمة بإعدام ثلاثة متهمين.',
     []),
    ('وقد يقتل العشرات إذا تواصل القصف.',
     []),
])
def test_executions(text: str, expected: list) -> None:
    """Executions, and threats that stay unread."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقتل ثلاثة رعاة في الهجوم، فيما لا يزال راع رابع مصيره مجهولا.',
     [('وقتل ثلاثة رعاة', 'killed', 3, 'exact'), ('راع رابع مصيره مجهولا', 'missing', 1, 'exact')]),
    ('وقال الأهالي إن طفلا آخر لا يزال مصيره مجهولا.',
     [('طفلا آخر لا يزال مصيره مجهولا', 'missing', 1, 'exact')]),
    ('وما يربو على ٤٠ شخصا لا يزال مصيرهم غير معروف.',
     [('وما يربو على ٤٠ شخصا لا يزال مصيرهم غير معروف', 'missing', 40, 'more_than')]),
    ('وأكثر من 25 مهاجرا مصيرهم لا يزال مجهولا.',
     [('وأكثر من 25 مهاجرا مصيرهم لا يزال مجهولا', 'missing', 25, 'more_than')]),
    ('وشابان من أبناء القرية ما زالا مفقودين.',
     [('وشابان من أبناء القرية ما زالا مفقودين', 'missing', 2, 'exact')]),
    ('ولا يزال مصيرهم مجهولا.',
     []),
    ('ولا يزال مصير المفاوضات غامضا.',
     []),
    ('وقتل رجل مجهول الهوية.',
     [('وقتل رجل', 'killed', 1, 'exact')]),
])
def test_fates(text: str, expected: list) -> None:
    """Fates unknown and the still missing."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأحصت الشبكة أكثر من ٥٠ حالة خطف في المحافظة منذ الربيع.',
     []),
    ('حصاد الشهر في المحافظة: ٧ قتلى وأربع حالات خطف',
     [('٧ قتلى', 'killed', 7, 'exact')]),
    ('ووثقت المنظمة ما لا يقل عن 120 حالة اعتقال تعسفي.',
     [('ما لا يقل عن 120 حالة اعتقال', 'arrested', 120, 'at_least')]),
    ('وأصيب 18 شخصا بجروح، حالة عدد منهم حرجة.',
     [('وأصيب 18 شخصا', 'wounded', 18, 'exact')]),
    ('وأصيب عشرة أشخاص، حالة أربعة منهم خطرة.',
     [('وأصيب عشرة أشخاص',
       'wounded', 10, 'exact'), ('حالة أربعة منهم خطرة', 'wounded', 4, 'exact')]),
    ('قتل شرطيان في هجوم نفذه ثلاثة مسلحين على الحاجز.',
     [('قتل شرطيان', 'killed', 2, 'exact')]),
    ('وأصيب جندي في كمين نفذه خمسة مسلحين قرب البلدة.',
     [('وأصيب جندي', 'wounded', 1, 'exact')]),
    ('وقتل أربعة جنود في هجوم شنه عشرات المسلحين.',
     [('وقتل أربعة جنود', 'killed', 4, 'exact')]),
    ('وقتل مدنيان بين آلاف الفارين من القتال.',
     [('وقتل مدنيان',
       'killed', 2, 'exact'), ('آلاف الفارين من القتال', 'displaced', 2000, 'vague')]),
    ('وقتل طفل بين مئات الفارين من المعارك في الشمال.',
     [('وقتل طفل', 'killed', 1, 'exact'), ('مئات الفارين من المعارك', 'displaced', 200, 'vague')]),
    ('ونزح آلاف الفارين من القتال إلى المخيمات.',
     [('ونزح آلاف الفارين', 'displaced', 2000, 'vague')]),
    ('وقتل 12 من الفارين من القتال.',
     [('وقتل 12 من الفارين من القتال', 'killed', 12, 'exact')]),
])
def test_false(text: str, expected: list) -> None:
    """Figures that are no casualties."""
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وتم إجلاء 400 مسلح مع عائلاتهم بموجب الاتفاق.',
     []),
    ('ونشر الجيش 3000 جندي في المدينة.',
     []),
])
def test_leave(text: str, expected: list) -> None:
    """What stays unread."""
    assert ar_casualties(text) == expected
