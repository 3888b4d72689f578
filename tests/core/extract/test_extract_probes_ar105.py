"""Arabic probes, hundred-and-fifth round (issue 11): families that recur on the fresh
Arabic sets, each written as a rule of news Arabic with members and look-alikes that must
not fire.

Dates:

1. What is supposed to happen ("يفترض أن" with the present) is still ahead, and so is a
   month without a year in its clause, whether named alone, with its start or after a
   deadline. Look-alikes: the same told with "كان" (supposed once, maybe past), the
   adjective "المفترض" ("alleged") beside a month.
2. A pledge's act after "بـ" is still to be done when the day it was made stands between
   commas after the verb ("وتعهدت الحكومة، الأحد، بتوفير ... بحلول منتصف آب"): the clause
   goes on across the day. Look-alikes: the same told with "كان", a comma aside that is no
   day ("، في بيان،"), left as it was read.

Casualties:

3. Care as the wounded's condition: the passive of treating with a count and "others"
   after it ("فيما عولج 15 آخرون من استنشاق الغاز") counts more of the wounded, as the
   active "وعالجت 22 آخرين" does; a bare count in intensive care after a figure of the
   wounded in its sentence ("فيما لا يزال ثلاثة في العناية المركزة") is a part of them, as
   "ثلاثة منهم" is. Look-alikes: the treated without a count or with a noun of patients,
   a bare count in intensive care with no wounded before it, beds counted in a unit.
4. A second member joined after a person described by his age ("بينهم رجل في الثمانين من
   عمره وامرأتان"، "بين القتلى بائع في الستين من عمره وطفلة"): the age's number is how old
   he is, no count, so the description is his and the joined people share his outcome, as
   after a rank. Look-alikes: a joined word that is no person or a thing of his.
5. What the one person was doing, told between him and his outcome verb by "كان"/"كانت"
   and a present ("أن امرأة كانت تنتظر عند نقطة التوزيع أصيبت"): a relative clause of the
   subject, the verb after it still his. Look-alikes: a person inside the clause (the verb
   may be his), an object after the verb (the subject is the doer), no outcome verb.
6. Captives led away and the dead told by their idioms: "معهم" between the verb of taking
   and its count ("اقتادوا معهم 9 شبان وامرأتين"); a count joined by "و" to one person, the
   object right after a plural verb ("واقتادوا مهندسا وعاملين اثنين"، "قتلوا مهندسا و3
   عمال"); the dual of passing away ("مقاتلين اثنين من عناصره قضيا"), and "قضى" with a
   length of time after it is spending it, no death; the saboteurs of army copy counted as
   people ("قضت على مخربين اثنين"); a driver named by what he drives, so a person joined
   after it shares his outcome ("يقتل سائق صهريج ماء وطفلين"). Look-alikes: "معهم" after
   killing, things joined to the object (houses, cars), time spent, a kinsman joined.

Statements:

7. A demand, pledge or promise joined by "و" after a comma to a verb the sentence has
   reported, its "بـ" words right after it ("أعلنت الحكومة توزيع الطحين، ووعدت بزيادة
   الحصص"): the subject is the reported verb's, the "بـ" word no speaker. Look-alike: a
   name after the verb with its own "بـ" words after it ("، وطالب بغداد بإرسال").

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. supposed to happen (published 10 May 2018)
    ('وتنتظر البلدية مضخات جديدة يفترض أن تصل مطلع آب.', [('مطلع آب', '2018-08')]),
    ('وأعلنت الوكالة تمويل مدرسة يفترض أن تفتح أبوابها قبل تشرين الأول.',
     [('تشرين الأول', '2018-10')]),
    ('ويفترض أن يكتمل ترميم الجسر في أيلول.', [('أيلول', '2018-09')]),
    # 2. a pledge with its day between commas
    ('وتعهدت حكومة الإقليم، الأحد، بتوفير الوقود للمزارعين بحلول منتصف آب.',
     [('الأحد', '2018-05-06'), ('منتصف آب', '2018-08')]),
    ('وتعهد الوزير، مساء أمس، بإنجاز الطريق قبل نهاية تموز.',
     [('مساء أمس', '2018-05-09'), ('نهاية تموز', '2018-07')]),
])
def test_date_members(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وكان يفترض أن تصل المضخات مطلع آب.', [('مطلع آب', '2017-08')]),
    ('واعتقلت الشرطة المنفذ المفترض للهجوم الذي وقع في آب.', [('آب', '2017-08')]),
    ('ووصلت المضخات مطلع آب.', [('مطلع آب', '2017-08')]),
    ('وكانت الحكومة قد تعهدت، الأحد، بتوفير الوقود بحلول منتصف آب.',
     [('الأحد', '2018-05-06'), ('منتصف آب', '2017-08')]),
    ('وتعهدت الحكومة، في بيان، بتوفير الوقود بحلول منتصف آب.', [('منتصف آب', '2017-08')]),
])
def test_date_look_alikes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. care and condition
    ('أصيب ثلاثة شبان بالرصاص، فيما عولج 15 آخرون من استنشاق الغاز.',
     [('أصيب ثلاثة شبان', 'wounded', 3, 'exact'), ('عولج 15 آخرون', 'wounded', 15, 'exact')]),
    ('أصيب شاب في فخذه، وعولجت تسع أخريات من الاختناق.',
     [('أصيب شاب', 'wounded', 1, 'exact'), ('وعولجت تسع أخريات', 'wounded', 9, 'exact')]),
    ('استقبل المستشفى 17 جريحا، فيما لا يزال ثلاثة في العناية المركزة.',
     [('17 جريحا', 'wounded', 17, 'exact'),
      ('ثلاثة في العناية المركزة', 'wounded', 3, 'exact')]),
    ('وأصيب 12 شخصا في القصف، ولا يزال أربعة في العناية الفائقة.',
     [('وأصيب 12 شخصا', 'wounded', 12, 'exact'),
      ('أربعة في العناية الفائقة', 'wounded', 4, 'exact')]),
    # 4. a second member after an age
    ('أصيب سبعة مواطنين، بينهم رجل في الثمانين من عمره وامرأتان، صباح اليوم.',
     [('أصيب سبعة مواطنين', 'wounded', 7, 'exact'), ('بينهم رجل', 'wounded', 1, 'exact'),
      ('بينهم رجل في الثمانين من عمره وامرأتان', 'wounded', 2, 'exact')]),
    ('خطف المسلحون ستة أشخاص، بينهم رجل في السبعين من عمره وطفلان.',
     [('خطف المسلحون ستة أشخاص', 'captured', 6, 'exact'), ('بينهم رجل', 'captured', 1, 'exact'),
      ('بينهم رجل في السبعين من عمره وطفلان', 'captured', 2, 'exact')]),
    ('قتل بائع خضار في الستين من عمره وطفلة في القصف.',
     [('قتل بائع خضار', 'killed', 1, 'exact'),
      ('قتل بائع خضار في الستين من عمره وطفلة', 'killed', 1, 'exact')]),
    # 5. what the subject was doing
    ('وأوضح أن امرأة كانت تنتظر عند نقطة التوزيع أصيبت بشظايا في ساقيها.',
     [('امرأة كانت تنتظر عند نقطة التوزيع أصيبت', 'wounded', 1, 'exact')]),
    ('وقال إن شابا ثالثا كان يستقل السيارة أصيب بجروح.',
     [('شابا ثالثا كان يستقل السيارة أصيب', 'wounded', 1, 'exact')]),
    ('وأوضح أن طفلا كان يلعب قرب المنزل قتل برصاص قناص.',
     [('طفلا كان يلعب قرب المنزل قتل', 'killed', 1, 'exact')]),
    # 6. captives led away, the dead by their idioms
    ('وقالت اللجان إن المهاجمين اقتادوا معهم 9 شبان وامرأتين إلى جهة مجهولة.',
     [('اقتادوا معهم 9 شبان', 'captured', 9, 'exact'),
      ('اقتادوا معهم 9 شبان وامرأتين', 'captured', 2, 'exact')]),
    ('واقتادوا مهندسا وعاملين اثنين إلى جهة مجهولة.',
     [('واقتادوا مهندسا', 'captured', 1, 'exact'), ('وعاملين اثنين', 'captured', 2, 'exact')]),
    ('قتلوا مهندسا و3 عمال.',
     [('قتلوا مهندسا', 'killed', 1, 'exact'), ('و3 عمال', 'killed', 3, 'exact')]),
    ('ونعى الحزب في بيان مقاتلين اثنين من عناصره قضيا في الغارة.',
     [('مقاتلين اثنين من عناصره قضيا', 'killed', 2, 'exact')]),
    ('وقال الجيش إن طائرة قضت على مخربين اثنين.', [('قضت على مخربين اثنين', 'killed', 2, 'exact')]),
    ('لغم أرضي يقتل سائق صهريج ماء وطفلين جنوب المدينة',
     [('يقتل سائق صهريج ماء', 'killed', 1, 'exact'),
      ('يقتل سائق صهريج ماء وطفلين', 'killed', 2, 'exact')]),
])
def test_casualty_members(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('أصيب خمسة، فيما عولج الباقون ميدانيا.', [('أصيب خمسة', 'wounded', 5, 'exact')]),
    ('وعولج 40 مريضا في العيادة المتنقلة.', []),
    ('وقال الطبيب إن ثلاثة في العناية المركزة.', []),
    ('تضم المستشفى عشرة أسرة، منها ثلاثة في العناية المركزة.', []),
    ('قتل رجل في الخمسين من عمره والجيش يطوق البلدة.', [('قتل رجل', 'killed', 1, 'exact')]),
    ('أصيب رجل في الخمسين من عمره وسيارته في القصف.', [('أصيب رجل', 'wounded', 1, 'exact')]),
    ('وأوضح أن امرأة كانت تحمل طفلا قتل في القصف.', []),
    ('وأوضح أن مسلحا كان يختبئ في المبنى قتل جنديا.', [('قتل جنديا', 'killed', 1, 'exact')]),
    ('وأوضح أن امرأة كانت تنتظر ابنها عند الحاجز.', []),
    ('وقتلوا معهم ثلاثة رعاة.', []),
    ('قتلوا مهندسا ومنزلين اثنين.', [('قتلوا مهندسا', 'killed', 1, 'exact')]),
    ('واقتادوا مهندسا وسيارتين اثنتين.', [('واقتادوا مهندسا', 'captured', 1, 'exact')]),
    ('وقال إن شخصين قضيا يومين في الانتظار.', []),
    ('وقال إن رجلا قضى 20 عاما في السجن.', []),
    ('قتل سائق شاحنة وابنه في القصف.', [('قتل سائق شاحنة', 'killed', 1, 'exact')]),
])
def test_casualty_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 7. a pledge joined to the reported verb
    ('وأعلنت الحكومة توزيع الطحين على الأفران، ووعدت بزيادة الحصص قبل العيد.',
     [('الحكومة', 'توزيع الطحين على الأفران'), ('الحكومة', 'بزيادة الحصص قبل العيد')]),
    ('وقال الوزير إن الوضع صعب، وطالب بإرسال مساعدات عاجلة.',
     [('الوزير', 'الوضع صعب'), ('الوزير', 'بإرسال مساعدات عاجلة')]),
])
def test_statement_members(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال الوزير إن الوضع صعب، وطالب بغداد بإرسال مساعدات.',
     [('الوزير', 'الوضع صعب'), ('الوزير', 'بإرسال مساعدات')]),
    ('ووعدت الحكومة برفع ساعات التغذية.', [('الحكومة', 'برفع ساعات التغذية')]),
])
def test_statement_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected
