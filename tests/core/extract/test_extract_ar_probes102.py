"""Arabic probes, hundred-and-second round (issue 11): the fifty-eighth set's families,
each written as a rule of news Arabic with members and look-alikes that must not fire.

Casualties:

2. A limb is no person: "إحدى" before a limb with its owner's pronoun ("فقد إحدى ساقيه")
   counts no one missing. Look-alike: one of a group lost ("وفقد أحد الصيادين").
3. A part of the wounded ("N منهم"، "أحدهم") told by what it suffered or where it lies, an
   injury's noun after "بـ" ("بكسور في الأطراف"), intensive care ("في العناية المركزة") or a
   limb lost ("فقد إحدى ساقيه"، "بترت أطرافهم") or the part of the body hit ("أحدهم في
   البطن"), is wounded, as a part told by its state of
   severity is; after a figure of the wounded or their definite noun. Look-alikes: the same
   part of people not wounded (doctors, those arrested); beds in intensive care ("منها");
   a part that lost something else; a part that left hospital.
4. Households that left their homes told with "تركت" ("عشرين أسرة على الأقل تركت منازلها"،
   "آلاف العائلات تركت منازلها") fled them, as with "غادرت". Look-alikes: what they left is
   no home ("تركت أثرا"); ships that left a port; people's plural ("تركوا"), not read.
5. "من" right after a toll's "عدد" and before an outcome's verb is the relative "those
   who" ("عدد من قتلوا داخل المخيم ... ارتفع الى 71 شخصا"), as "الذين" is and as "عدد من
   قتلهم التنظيم" was read: the toll's figure, no vague "a number of". Look-alikes: "عدد
   من" before a noun ("عدد من القتلى"، "عددا من الجرحى") stays vague; a count of those who
   died with no figure says nothing.
8. One household displaced, told by the adjective or the verb of its flight right after
   it ("منزل يؤوي عائلة نازحة"، "عائلة نزحت من الحي"): one, as two are with the dual.
   Look-alikes: "لكل عائلة نازحة" (each one, no count); a count before it (read as that
   count).

Statements:

6. A name, then who the person is by what he owns or by kin set between commas ("ويقول
   عمر بن سميط، صاحب محل ...، ان"، "روى فلان، شقيق العريس، ان"): a later "وان" or
   participle is the name's, as after an office set there. Look-alikes: a title, then the
   name in commas ("الناطق باسم المركز، مالك المرغني،": "مالك" is a given name there);
   kin as the title before a name ("والدة الطفل، أم محمد،").
7. A closing attribution whose source relays another ("، وفق ما أفادت وكالة X نقلا عن
   مسؤول محلي"): both give the words, as after "بحسب ما نقلت الوكالة عن مصدر". Look-alikes:
   the agency alone; the relay by "نقلت ... عن" (read already).

Dates:

1. A deadline ("قبل"، "بحلول") in a clause that sets a condition still to be met ("إذا
   لم ...") or pledges an act ("تعهد بـ"، "، متعهدة بإنجاز ...") is ahead: a later month
   of the year is this year's, an earlier one next year's. Look-alikes: a past account
   with "كان"; "لو", the condition of what did not happen; "شركة متعهدة" (a contractor);
   a pledge's own time, named before its act ("تعهد قبل أيلول الماضي").

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. a deadline in a condition or a pledge
    ('وقال مزارع: "اذا لم تصل الأمطار قبل أيلول سنخسر الموسم كله".', [('أيلول', '2018-09')]),
    ('وأعلنت الوزارة خطة لإعادة تأهيل المدارس، متعهدة بإنجاز المرحلة الأولى قبل نهاية تشرين '
     'الأول.', [('نهاية تشرين الأول', '2018-10')]),
    ('وتعهد الوزير بصرف التعويضات للمزارعين قبل أيلول.', [('أيلول', '2018-09')]),
    ('وقال التاجر ان المحال تغلق أبوابها إذا لم تنخفض الأسعار قبل نهاية كانون الثاني.',
     [('نهاية كانون الثاني', '2019-01')]),
])
def test_deadline_in_condition_or_pledge(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وحذر الاتحاد من خسائر كبيرة إذا لم تفتح المعابر قبل نهاية تموز.',
     [('نهاية تموز', '2018-07')]),
    ('وكان المحافظ قد تعهد بإنجاز الجسر قبل أيلول.', [('أيلول', '2017-09')]),
    ('وقال ان الفيضان كان سيدمر القرية اذا كانت السدود انهارت قبل أيلول.',
     [('أيلول', '2017-09')]),
    ('وقال ان شركة متعهدة بدأت العمل بالمشروع قبل أيلول.', [('أيلول', '2017-09')]),
    ('وقال انه تعهد قبل أيلول الماضي بالبقاء في المدينة.', [('أيلول الماضي', '2017-09')]),
    ('وقال ان المساعدات لو وصلت قبل أيلول لما مات أحد.', [('أيلول', '2017-09')]),
])
def test_deadline_look_alikes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. a limb is no person; 3. a part of the wounded by what it suffered
    ('وقال الجندي الذي فقد إحدى ساقيه في الحرب ان الحكومة تخلت عنه.', []),
    ('وقال ان الجرحى نقلوا الى المستشفى، وان أحدهم فقد إحدى ساقيه.',
     [('أحدهم فقد إحدى ساقيه', 'wounded', 1, 'exact')]),
    ('وقال ان المستشفى استقبل 14 جريحا، ثلاثة منهم في العناية المركزة.',
     [('14 جريحا', 'wounded', 14, 'exact'),
      ('ثلاثة منهم في العناية المركزة', 'wounded', 3, 'exact')]),
    ('وقال ان فرق الإسعاف نقلت الجرحى الى المستشفى، وان ستة منهم "في العناية الفائقة".',
     [('ستة منهم "في العناية الفائقة', 'wounded', 6, 'exact')]),
    ('وقال ان المستشفى استقبل 11 مصابا، اثنان منهم بكسور في الأطراف.',
     [('11 مصابا', 'wounded', 11, 'exact'),
      ('اثنان منهم بكسور في الأطراف', 'wounded', 2, 'exact')]),
    ('أصيب سبعة شبان، أحدهم بكسر في الجمجمة، في هجوم للمستوطنين.',
     [('أصيب سبعة شبان', 'wounded', 7, 'exact'),
      ('أحدهم بكسر في الجمجمة', 'wounded', 1, 'exact')]),
    ('وقال ان فرقه أسعفت المصابين الى مشفى قريب، وان اثنين منهم بترت أطرافهم.',
     [('اثنين منهم بترت أطرافهم', 'wounded', 2, 'exact')]),
    ('أصيب خمسة شبان بالرصاص الحي، أحدهم في البطن، خلال المواجهات.',
     [('أصيب خمسة شبان', 'wounded', 5, 'exact'), ('أحدهم في البطن', 'wounded', 1, 'exact')]),
])
def test_parts_of_the_wounded(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وفقد أحد الصيادين في البحر.', [('وفقد أحد الصيادين', 'missing', 1, 'exact')]),
    ('وقال ان الجرحى نقلوا الى المستشفى، وان أحدهم فقد هاتفه في الزحام.', []),
    ('وقال ان الأطباء يعملون بلا توقف، وان ثلاثة منهم في العناية المركزة منذ أسبوع.', []),
    ('وقال ان الشرطة اعتقلت أربعة شبان، اثنان منهم بكسور في الأطراف.',
     [('اعتقلت أربعة شبان', 'arrested', 4, 'exact')]),
    ('وقال ان المستشفى يضم 40 سريرا، عشرة منها في العناية المركزة.', []),
    # (round ar183: those who left after treatment are a part of the wounded, as the
    # blind sets count them)
    ('وقال ان المستشفى استقبل 9 جرحى، وان ثلاثة منهم غادروا بعد العلاج.',
     [('9 جرحى', 'wounded', 9, 'exact'), ('ثلاثة منهم', 'wounded', 3, 'exact')]),
    ('وقال ان الأطباء نقلوا الى المستشفى، وان أحدهم في الرأس.', []),
])
def test_parts_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. households that left their homes
    ('وأفاد سكان بأن عشرين أسرة على الأقل تركت منازلها في القرية.',
     [('عشرين أسرة على الأقل تركت منازلها', 'displaced', 20, 'at_least')]),
    ('ويقول الأهالي إن آلاف العائلات تركت منازلها خلال الأيام الماضية.',
     [('آلاف العائلات تركت منازلها', 'displaced', 2000, 'vague')]),
    ('وقال ان 30 عائلة تركت القرية بعد القصف.', [('30 عائلة تركت القرية', 'displaced', 30,
                                                  'exact')]),
])
def test_households_left_homes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال ان 30 عائلة تركت أثرا طيبا في المدينة.', []),
    ('وقال ان ثلاث سفن تركت الميناء فجرا.', []),
    ('وقال ان آلاف العوائل ستترك قراها نحو المدن اذا استمر المنع.', []),
])
def test_households_left_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 5. "عدد من" + an outcome's verb: the number of those who
    ('وقال المسؤول إن عدد من قتلوا داخل المخيم منذ بداية العام ارتفع الى 71 شخصا.',
     [('عدد من قتلوا داخل المخيم منذ بداية العام ارتفع الى 71 شخصا', 'killed', 71,
       'exact')]),
    ('وقال ان عدد من نزحوا من المدينة بلغ 40 ألف شخص.',
     [('عدد من نزحوا من المدينة بلغ 40 ألف شخص', 'displaced', 40000, 'exact')]),
    ('وقال ان عدد من قتلوا في الهجوم غير معروف حتى الآن.', []),
])
def test_number_of_those_who(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال ان عدد من القتلى نقلوا الى المستشفى.', [('عدد من القتلى', 'killed', 2, 'vague')]),
    ('وقال ان عددا من الجرحى نقلوا الى المستشفى.',
     [('عددا من الجرحى', 'wounded', 2, 'vague')]),
])
def test_number_of_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 6. a name, then who he is by ownership or kin
    ('ويقول سالم الحداد، صاحب محل لبيع الخضار، ان بضاعته تلفت، وان عماله توقفوا عن العمل.',
     [('سالم الحداد، صاحب محل لبيع الخضار', 'بضاعته تلفت'),
      ('سالم الحداد', 'عماله توقفوا عن العمل')]),
    ('وتقول مريم الشامي، صاحبة مشغل للخياطة، ان الكهرباء تنقطع طوال اليوم، مضيفة ان '
     'الطلبات توقفت.',
     [('مريم الشامي', 'الكهرباء تنقطع طوال اليوم'), ('مريم الشامي', 'الطلبات توقفت')]),
    ('وروى أحمد ناصر العلي، شقيق الضحية، لموقع "الحدث" ان مسلحين أطلقوا النار على السيارة، '
     'مضيفا ان شقيقه توفي في الطريق.',
     [('أحمد ناصر العلي، شقيق الضحية', 'مسلحين أطلقوا النار على السيارة'),
      ('أحمد ناصر العلي', 'شقيقه توفي في الطريق')]),
])
def test_name_then_description(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال الناطق باسم المركز، مالك المرغني، إن الفرق نقلت المصابين، وإن الطرق مغلقة.',
     [('الناطق باسم المركز، مالك المرغني', 'الفرق نقلت المصابين'),
      ('مالك المرغني', 'الطرق مغلقة')]),
    ('وقالت والدة الطفل، أم محمد، ان ابنها خرج صباحا، وان أحدا لم يره بعدها.',
     [('والدة الطفل، أم محمد', 'ابنها خرج صباحا'), ('أم محمد', 'أحدا لم يره بعدها')]),
])
def test_name_then_description_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 7. a closing attribution that relays another source
    ('قتل ثلاثة أشخاص في قصف على البلدة مساء الأحد، وفق ما أفادت وكالة "الأنباء" نقلا عن '
     'مصدر طبي.',
     [('وكالة "الأنباء"', 'قتل ثلاثة أشخاص في قصف على البلدة مساء الأحد'),
      ('مصدر طبي', 'قتل ثلاثة أشخاص في قصف على البلدة مساء الأحد')]),
    ('أصيب شابان برصاص الشرطة خلال الاحتجاجات، بحسب ما ذكرت الإذاعة المحلية نقلا عن شهود.',
     [('الإذاعة المحلية', 'أصيب شابان برصاص الشرطة خلال الاحتجاجات'),
      ('شهود', 'أصيب شابان برصاص الشرطة خلال الاحتجاجات')]),
])
def test_closing_relay(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل ثلاثة أشخاص في قصف على البلدة، بحسب ما نقلت وكالة الأنباء عن مصدر أمني.',
     [('وكالة الأنباء', 'قتل ثلاثة أشخاص في قصف على البلدة'),
      ('مصدر أمني', 'قتل ثلاثة أشخاص في قصف على البلدة')]),
    ('قتل ثلاثة أشخاص في قصف على البلدة، وفق ما أفادت وكالة "الأنباء".',
     [('وكالة "الأنباء"', 'قتل ثلاثة أشخاص في قصف على البلدة')]),
])
def test_closing_relay_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 8. one household displaced
    ('الناقورة: ثلاثة شهداء بغارة على منزل يؤوي عائلة نازحة',
     [('ثلاثة شهداء', 'killed', 3, 'exact'), ('عائلة نازحة', 'displaced', 1, 'exact')]),
    ('وقال ان المنزل كان يؤوي عائلة نزحت من البلدة قبل شهر.',
     [('عائلة نزحت', 'displaced', 1, 'exact')]),
    ('وقال ان الحكومة ستمنح 100 دولار لكل عائلة نازحة.', []),
    ('وقال ان 40 عائلة نزحت من القرية.', [('40 عائلة نزحت', 'displaced', 40, 'exact')]),
    ('وقال ان ألف عائلة نازحة تعيش في المخيم.',
     [('ألف عائلة نازحة', 'displaced', 1000, 'exact')]),
])
def test_one_household_displaced(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected
