"""Arabic probes, sixty-eighth round (issue 11): families that recur on the blind Arabic
sets, not one set's phrasing.

1. a sub-group after "بينهم" set off by a comma behind the cause, place and time of a pair
   of dead and wounded ("مقتل 23 مدنيا وإصابة 58 آخرين بنيران ... منذ ...، بينهم 14
   طفلا"): it may be of either outcome or both, so it is no figure, as right after the pair.
2. two counted in a state told right after them: a negated dual "still" with the state
   noun ("شخصين لا يزالان في عداد المفقودين"، "جنديين ما زالا مختطفين"), the missing noun
   as their adjective ("عن شخصين مفقودين"), or the dual state noun alone in a toll's list
   ("ومفقودان").
3. the outlet that quoted a source by "قوله" ("نقلت الوكالة عن مصدر قوله إن ...") passes
   on the source's participle clause after a complementizer too ("، مشيرا إلى أن ...").
4. a headline verb of speaking right before a headline's colon ("عائلة ... تناشد: ..."،
   "... تعتذر: ..."): the words before it are the speaker, whatever they are.
5. a singular held verb whose subject right before it is an armed holder ("الحركة ما زالت
   تحتجز ..."، "قوات الدعم السريع تحتجز ..."): a capture, as the armed holder after the
   verb or after "لدى" already made it.
6. some of the wounded moved for their state: to a destination with its town before the
   cause ("نقل ستة منهم إلى مستشفيات في مدينة حلب لخطورة حالتهم"), or to intensive care
   ("وأن اثنين منهم نقلا إلى العناية المركزة"): a sub-group of the wounded.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: the pair's cause, place and time before the comma; a second item
    ('ووثقت منظمة محلية مقتل 18 مدنيا وإصابة 45 آخرين بقصف مدفعي على أحياء المدينة منذ '
     'مطلع الشهر الجاري، بينهم 9 أطفال.',
     [('مقتل 18 مدنيا', 'killed', 18, 'exact'), ('وإصابة 45 آخرين', 'wounded', 45, 'exact')]),
    ('وأحصى المكتب في تقريره مقتل 30 شخصا وإصابة 70 آخرين بنيران القناصة في ريف المحافظة '
     'خلال أسبوع، بينهم 12 طفلا و8 نساء.',
     [('مقتل 30 شخصا', 'killed', 30, 'exact'), ('وإصابة 70 آخرين', 'wounded', 70, 'exact')]),
    # ... look-alikes: one outcome behind the same phrases, the sub-group right after the
    # dead before the wounded's verb
    ('وأحصى المكتب مقتل 30 شخصا بنيران القناصة في ريف المحافظة خلال أسبوع، بينهم 12 طفلا.',
     [('مقتل 30 شخصا', 'killed', 30, 'exact'), ('12 طفلا', 'killed', 12, 'exact')]),
    ('قتل سبعة أشخاص، بينهم طفلان، وأصيب 20 آخرون بقصف على السوق الشعبي.',
     [('قتل سبعة أشخاص', 'killed', 7, 'exact'), ('بينهم طفلان', 'killed', 2, 'exact'),
      ('وأصيب 20 آخرون', 'wounded', 20, 'exact')]),
])
def test_a_sub_group_behind_a_pair_of_dead_and_wounded(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: the dual "still" (with "في عداد"), the adjective, the dual noun in a list
    ('وأوضح المتحدث أن صيادين لا يزالان في عداد المفقودين منذ غرق القارب.',
     [('صيادين لا يزالان في عداد المفقودين', 'missing', 2, 'exact')]),
    ('وقالت البلدية إن شابين ما زالا مختطفين لدى المسلحين.',
     [('شابين ما زالا مختطفين', 'captured', 2, 'exact')]),
    ('وتواصل فرق الإنقاذ البحث عن طفلين مفقودين تحت الأنقاض.',
     [('طفلين مفقودين', 'missing', 2, 'exact')]),
    ('انهيار مبنى في المدينة القديمة: 3 قتلى و5 جرحى ومفقودان',
     [('3 قتلى', 'killed', 3, 'exact'), ('5 جرحى', 'wounded', 5, 'exact'),
      ('ومفقودان', 'missing', 2, 'exact')]),
    # ... look-alikes: "still" in a place, things missing, a state after the outcome verb
    ('وقال إن جنديين ما زالا في المستشفى لتلقي العلاج.', []),
    ('وتبحث الشرطة عن سيارتين مفقودتين منذ الأحد.', []),
    ('وقال إن شخصين أصيبا في الانفجار وما زالا في المستشفى.',
     [('شخصين أصيبا', 'wounded', 2, 'exact')]),
])
def test_two_in_a_state_told_after_them(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. members: the participle after the quoted source, by his title or by his name
    ('ونقلت الوكالة عن مدير المستشفى قوله إن المستشفى استقبل 12 جريحا، مشيرا إلى أن حالة '
     'ثلاثة منهم حرجة.',
     [('الوكالة', 'المستشفى استقبل 12 جريحا'), ('مدير المستشفى', 'المستشفى استقبل 12 جريحا'),
      ('مدير المستشفى', 'حالة ثلاثة منهم حرجة'), ('الوكالة', 'حالة ثلاثة منهم حرجة')]),
    ('ونقلت الإذاعة المحلية عن قائد الشرطة، العقيد سامر ناصر، قوله إن الطريق أعيد فتحه، '
     'مضيفا أن الدوريات ستنتشر ليلا.',
     [('الإذاعة المحلية', 'الطريق أعيد فتحه'),
      ('قائد الشرطة، العقيد سامر ناصر', 'الطريق أعيد فتحه'),
      ('العقيد سامر ناصر', 'الدوريات ستنتشر ليلا'),
      ('الإذاعة المحلية', 'الدوريات ستنتشر ليلا')]),
    # ... a call after the quoted source: a news outlet passes it on as well (round 126:
    # one entry per source, as the later sets' gold has it)
    ('ونقلت الإذاعة عن رئيس البلدية قوله إن الطريق مغلق، داعيا إلى "فتحه فورا".',
     [('الإذاعة', 'الطريق مغلق'), ('رئيس البلدية', 'الطريق مغلق'),
      ('رئيس البلدية', 'إلى "فتحه فورا"'), ('الإذاعة', 'إلى "فتحه فورا"')]),
    # ... look-alikes: a relay without "قوله", the source's next sentence
    ('ونقلت الوكالة عن مسؤول محلي أن الحصيلة ارتفعت، مشيرا إلى أن عشرات الأسر نزحت.',
     [('الوكالة', 'الحصيلة ارتفعت'), ('مسؤول محلي', 'الحصيلة ارتفعت'),
      ('مسؤول محلي', 'عشرات الأسر نزحت')]),
    ('ونقلت الوكالة عن مصدر أمني قوله إن القصف استهدف الحي. وأضاف أن الفرق تواصل البحث.',
     [('الوكالة', 'القصف استهدف الحي'), ('مصدر أمني', 'القصف استهدف الحي'),
      ('مصدر أمني', 'الفرق تواصل البحث')]),
])
def test_the_outlet_passes_on_the_quoted_sources_participle(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. members: a family that appeals, a company that apologises
    ('عائلة من ريف حمص تناشد: ابننا مفقود منذ شهر\nخرج الشاب من منزله ولم يعد.',
     [('عائلة من ريف حمص', 'ابننا مفقود منذ شهر')]),
    ('شركة المياه تعتذر: الضخ متوقف ثلاثة أيام\nتوقفت المضخات بسبب عطل.',
     [('شركة المياه', 'الضخ متوقف ثلاثة أيام')]),
    # ... look-alikes: a verb that says nothing, footage that documents
    ('المدينة تختنق: طوابير الوقود تمتد كيلومترات\nتصطف السيارات منذ الفجر.', []),
    ('فيديو يوثق: لحظة سقوط القذيفة على السوق\nانتشر المقطع على مواقع التواصل.', []),
])
def test_a_headline_verb_before_the_colon(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 5. members: a paramilitary force, a movement with "still" and a quotation mark, a group
    ('وأضافت اللجنة أن قوات الدعم السريع تحتجز 14 مزارعا في المدينة منذ أشهر.',
     [('تحتجز 14 مزارعا', 'captured', 14, 'exact')]),
    ('وأكد الوزير أن الحركة "ما زالت تحتجز ما لا يقل عن 12 امرأة" في الإقليم.',
     [('تحتجز ما لا يقل عن 12 امرأة', 'captured', 12, 'at_least')]),
    ('وقالت العائلات إن الجماعة تحتجز 5 صيادين منذ أسبوع.',
     [('تحتجز 5 صيادين', 'captured', 5, 'exact')]),
    # ... look-alikes: the police, an occupying army, a prison as the holder
    ('وقالت المنظمة إن الشرطة تحتجز 14 شخصا في المخفر منذ الأحد.',
     [('تحتجز 14 شخصا', 'arrested', 14, 'exact')]),
    ('وقال شهود إن قوات الاحتلال احتجزت عشرات العمال عند حاجز عسكري لساعات.',
     [('احتجزت عشرات العمال', 'arrested', 24, 'vague')]),
    ('وأفاد المحامي بأن الحركة الطلابية نظمت اعتصاما أمام السجن الذي يحتجز 30 طالبا.',
     [('يحتجز 30 طالبا', 'arrested', 30, 'exact')]),
])
def test_an_armed_holder_before_a_singular_held_verb(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 6. members: a long destination before the cause, intensive care after the wounded
    # named with no count
    ('وقال مدير الصحة إن المستشفى الوطني استقبل 30 جريحا، نقل خمسة منهم إلى مستشفيات في '
     'مدينة حمص لخطورة حالتهم.',
     [('30 جريحا', 'wounded', 30, 'exact'),
      ('خمسة منهم إلى مستشفيات في مدينة حمص لخطورة حالتهم', 'wounded', 5, 'exact')]),
    ('وأوضح الطبيب أن المستشفى استقبل الجرحى، وأن ثلاثة منهم نقلوا إلى العناية المركزة.',
     [('ثلاثة منهم نقلوا إلى العناية المركزة', 'wounded', 3, 'exact')]),
    # ... look-alikes: moved with no cause, pupils in intensive care with no wounded before,
    # pupils moved to a mosque
    ('وقال مدير الصحة إن المستشفى الوطني استقبل 30 جريحا، نقل خمسة منهم إلى مستشفيات في '
     'مدينة حمص.',
     [('30 جريحا', 'wounded', 30, 'exact')]),
    ('وقال المدير إن المدرسة تضم 200 طالب، وإن ثلاثة منهم نقلوا إلى العناية المركزة بعد '
     'تسمم غذائي.', []),
    ('وقال إن المدرسة تضم 212 طالبا، وإن 40 منهم نقلوا مؤقتا الى مسجد قريب.', []),
])
def test_some_of_the_wounded_moved_for_their_state(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected
