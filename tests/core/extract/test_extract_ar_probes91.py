"""Arabic probes, ninety-first round (issue 11): the forty-seventh and forty-eighth sets'
errors, families met on two sets or more.

Casualties:

1. One of them told by the weapon that hit him, after the comma that closes a figure of
   the wounded or killed ("أصيب 14 فلسطينيا، أحدهم بالرصاص الحي في البطن"): one of that
   figure, with its outcome, as "أحدهم بجروح خطيرة" was read already. Look-alikes: a
   figure of arrests before it, the wounds' own phrase (read before), no figure.
2. People sought and believed under the rubble ("تبحث عن خمسة أشخاص يعتقد انهم تحت أنقاض
   المنزل"، "البحث ما يزال جاريا عن شخصين يعتقد انهما تحت الركام"): the missing, though
   no word says "missing". Look-alikes: a hunt for gunmen believed elsewhere, things under
   the rubble, a count of "مفقودين" (read as before).
3. A toll's second item with its verb and toll noun left out ("ارتفعت حصيلة الشهداء الى
   21822، والجرحى الى 56451"), as "والإصابات الى" was read already. Look-alikes: the dead
   and the wounded carried to hospitals, no toll before.
4. A headline's present plural "يقتلون" after its subject ("مسلحون يقتلون 11 مدنيا") and the
   present of causing before a singular casualty noun ("يوقع قتيلا وجريحين"), as
   "يقتل"/"أوقع قتيلا" were read. Look-alikes: "يوقع" of signing, a present with no count.
5. The passive of leading away and the feminine plural of taking after those taken ("وان
   فتيين اقتيدا الى جهة مجهولة"، "عددا من النساء اقتيد"، "23 فتاة خطفن"). Look-alikes: a
   definite one led away (no count), the police leading people away (arrested, as before).
6. One or two still missing: the present "لا تزال" of a feminine singular ("امرأة لا تزال
   مفقودة", as "ما زالت" was read) and "آخرين" between two counted and their "still"
   ("شخصين آخرين لا يزالان في عداد المفقودين"). Look-alikes: a relative missing, two
   others still in hospital.

Statements:

7. A title, the name set in commas after it, then the one accused or asked and the
   charge's or demand's "بـ" ("اتهم قائد جبهة ... في القوات الحكومية، العقيد فلان،
   الحوثيين بـ"..."، مؤكدا ان"، "وطالب رئيس بلدية ...، فلان، الصندوق بـ"): the title and
   name are the speaker, the name is who the participle after points back to, as with a
   verbal-noun object ("ونفى قائد ...، العميد فلان، وجود ..."). Look-alikes: no name in
   commas, and the verbal-noun object (read before).
8. Given names that read as a month ("جوان") or open with the letter of "و" ("وليد")
   between commas after a title. Look-alike: the aside "، وهو جراح،".
9. A relative verb of saying after a noun object with a count in digits ("أعلنت ... اعتقال
   17 شخصا قالت انهم ..."، '"تحييد 7 إرهابيين" قالت انهم'), as after a count in words.
10. The relay's "عن" closes a relative clause that describes the agency ("نقلت وكالة سبأ
    التي يديرها الحوثيون عن مصدر عسكري قوله ان"). Look-alike: "التي تحدثت عن الهجوم".
11. The bare present of accusing after "فيما"/"بينما" ("، فيما تتهم الحكومة الحوثيين
    بحشد ..."), read as "وتتهم" is. Look-alike: the present inside a reported clause.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements

_Cas = list[tuple[str, str, int, str]]
_Stat = list[tuple[str | None, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ('أصيب 9 فلسطينيين، أحدهم بالرصاص الحي في الصدر، خلال مواجهات اندلعت عند مدخل البلدة.',
     [('أصيب 9 فلسطينيين', 'wounded', 9, 'exact'),
      ('أحدهم بالرصاص الحي', 'wounded', 1, 'exact')]),
    ('أصيب ستة مواطنين، أحدهم برصاصة مطاطية، في هجوم للمستوطنين على أطراف القرية.',
     [('أصيب ستة مواطنين', 'wounded', 6, 'exact'),
      ('أحدهم برصاصة مطاطية', 'wounded', 1, 'exact')]),
    ('قتل ثلاثة عمال، أحدهم بشظايا قذيفة، في قصف استهدف مزرعة شرق المدينة.',
     [('قتل ثلاثة عمال', 'killed', 3, 'exact'),
      ('أحدهم بشظايا قذيفة', 'killed', 1, 'exact')]),
])
def test_one_of_them_hit(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('اعتقلت القوات خمسة شبان، أحدهم برصاص قناص أصيب قبل عام.',
     [('اعتقلت القوات خمسة شبان', 'arrested', 5, 'exact')]),
    # read before, and still: the wounds' own phrase
    ('أصيب ثلاثة مواطنين، أحدهم بجروح خطيرة، في الهجوم.',
     [('أصيب ثلاثة مواطنين', 'wounded', 3, 'exact'),
      ('أحدهم بجروح خطيرة', 'wounded', 1, 'exact')]),
    ('وصل الطبيب، أحدهم بالرصاص الحي، الى المستشفى.', []),
])
def test_one_of_them_hit_look_alikes(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المتحدث ان طواقمه ما زالت تبحث عن ثلاثة أشخاص يعتقد انهم تحت أنقاض المبنى '
     'المدمر.',
     [('تبحث عن ثلاثة أشخاص يعتقد انهم تحت أنقاض', 'missing', 3, 'exact')]),
    ('وأضاف ان البحث ما زال جاريا عن شخصين يعتقد أنهما تحت الركام.',
     [('البحث ما زال جاريا عن شخصين يعتقد أنهما تحت الركام', 'missing', 2, 'exact')]),
    ('وتواصل فرق الإنقاذ البحث عن سبعة مواطنين يرجح انهم تحت الأنقاض.',
     [('البحث عن سبعة مواطنين يرجح انهم تحت الأنقاض', 'missing', 7, 'exact')]),
])
def test_sought_under_rubble(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقالت الشرطة انها تبحث عن ثلاثة مسلحين يعتقد انهم فروا الى الجبال.', []),
    ('وأضاف ان الطواقم تبحث عن سيارتين يعتقد انهما تحت الركام.', []),
    # read before, and still: the outcome noun says it
    ('وقال ان فرق الإنقاذ ما زالت تبحث عن أربعة مفقودين يعتقد أنهم تحت الأنقاض.',
     [('أربعة مفقودين', 'missing', 4, 'exact')]),
])
def test_sought_under_rubble_look_alikes(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وبحسب الوزارة، ارتفعت حصيلة القتلى منذ بدء الحرب الى 3120، والجرحى الى 8440، فيما '
     'نزح آلاف آخرون.',
     [('حصيلة القتلى منذ بدء الحرب الى 3120', 'killed', 3120, 'exact'),
      ('والجرحى الى 8440', 'wounded', 8440, 'exact'),
      ('نزح آلاف آخرون', 'displaced', 2000, 'vague')]),
    ('وأعلنت الوزارة ارتفاع حصيلة الشهداء منذ مطلع الشهر الى 212 شهيدا، والمصابين الى 930، '
     'مشيرة الى ان الطواقم تعمل بلا توقف.',
     [('212 شهيدا', 'killed', 212, 'exact'),
      ('والمصابين الى 930', 'wounded', 930, 'exact')]),
])
def test_second_of_toll(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ونقلت الطواقم القتلى الى 3 مستشفيات، والجرحى الى 5 مراكز طبية.', []),
    ('ووصل 40 شخصا الى المعبر، والجرحى الى 4 مستشفيات.', []),
    # read before, and still: the wounds' verbal noun
    ('وارتفعت حصيلة القتلى الى 31، والإصابات الى 75.',
     [('حصيلة القتلى الى 31', 'killed', 31, 'exact'),
      ('والإصابات الى 75', 'wounded', 75, 'exact')]),
])
def test_second_of_toll_look_alikes(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('نيجيريا: مسلحون يقتلون 14 قرويا ويخطفون آخرين في ولاية زمفرة',
     [('يقتلون 14 قرويا', 'killed', 14, 'exact')]),
    ('قصف مدفعي على أطراف البلدة يوقع قتيلا وثلاثة جرحى',
     [('يوقع قتيلا', 'killed', 1, 'exact'), ('وثلاثة جرحى', 'wounded', 3, 'exact')]),
])
def test_headline_present(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ومن المقرر ان يوقع الطرفان اتفاقا جديدا الأسبوع المقبل.', []),
    ('ويقول السكان ان المسلحين يقتلون المزارعين في الحقول.', []),
    # read before, and still: the singular present
    ('مسلح يقتل 5 مدنيين في سوق المدينة', [('يقتل 5 مدنيين', 'killed', 5, 'exact')]),
])
def test_headline_present_look_alikes(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال شهود ان ثلاثة شبان اقتيدوا الى جهة مجهولة بعد الاقتحام.',
     [('ثلاثة شبان اقتيدوا', 'captured', 3, 'exact')]),
    ('وأضاف ان "عددا من الرعاة اقتيد الى معسكر قريب".',
     [('عددا من الرعاة اقتيد', 'captured', 2, 'vague')]),
    ('وأفرجت السلطات عن 12 طالبة خطفن من مدرستهن قبل شهرين.',
     [('12 طالبة خطفن', 'captured', 12, 'exact')]),
])
def test_led_away_after_count(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال ان الأسير المحرر اقتيد الى التحقيق مرة أخرى.', []),
    # read before, and still: the police leading away is an arrest
    ('واقتادت دورية الشرطة ثلاثة شبان الى المخفر.',
     [('واقتادت دورية الشرطة ثلاثة شبان', 'arrested', 3, 'exact')]),
])
def test_led_away_after_count_look_alikes(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأضاف ان "طفلة لا تزال مفقودة منذ القصف".',
     [('طفلة لا تزال مفقودة', 'missing', 1, 'exact')]),
    ('وقال ان شخصين آخرين لا يزالان في عداد المفقودين.',
     [('شخصين آخرين لا يزالان في عداد المفقودين', 'missing', 2, 'exact')]),
])
def test_still_missing(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال ان امرأة لا يزال زوجها مفقودا.', []),
    ('وقال ان شخصين آخرين لا يزالان في المستشفى.', []),
    # read before, and still: the past "ما زالت"
    ('وأوضح ان امرأة ما زالت مفقودة تحت الأنقاض.',
     [('امرأة ما زالت مفقودة', 'missing', 1, 'exact')]),
])
def test_still_missing_look_alikes(text: str, expected: _Cas) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('واتهم قائد محور الضالع في الجيش الوطني، العقيد سالم منصور القاضي، الحوثيين بـ"قصف '
     'الأحياء السكنية"، مؤكدا ان قواته ردت على مصادر النيران.',
     [('قائد محور الضالع في الجيش الوطني، العقيد سالم منصور القاضي',
       'الحوثيين بـ"قصف الأحياء السكنية"'),
      ('العقيد سالم منصور القاضي', 'قواته ردت على مصادر النيران')]),
    ('وطالب رئيس بلدية كفر سوسة، ماجد الحلبي، المحافظة بـ"تأمين صهاريج المياه"، قائلا إن 40 '
     'حيا بلا مياه.',
     [('رئيس بلدية كفر سوسة، ماجد الحلبي', 'بـ"تأمين صهاريج المياه"'),
      ('ماجد الحلبي', '40 حيا بلا مياه')]),
])
def test_title_name_then_object(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('واتهم قائد الشرطة المسلحين بـ"ترويع الأهالي"، مؤكدا ان التحقيق مستمر.',
     [('قائد الشرطة', 'المسلحين بـ"ترويع الأهالي"'), ('قائد الشرطة', 'التحقيق مستمر')]),
    # read before, and still: a verbal noun as object
    ('ونفى قائد شرطة المدينة، العميد فلاح حسن، وجود أي معتقلين، مؤكدا ان الوضع هادئ.',
     [('قائد شرطة المدينة، العميد فلاح حسن', 'وجود أي معتقلين'),
      ('العميد فلاح حسن', 'الوضع هادئ')]),
])
def test_title_name_then_object_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال مدير المستشفى، وليد الخطيب، ان المستشفى استقبل 12 جريحا، مشيرا الى ان بينهم '
     'طفلين.',
     [('مدير المستشفى، وليد الخطيب', 'المستشفى استقبل 12 جريحا'), ('وليد الخطيب', 'بينهم طفلين')]),
    ('وأوضح مدير المؤسسة، المهندس جوان حسو، ان المحطة متوقفة، وان الإصلاح يحتاج أسبوعا.',
     [('مدير المؤسسة، المهندس جوان حسو', 'المحطة متوقفة'),
      ('المهندس جوان حسو', 'الإصلاح يحتاج أسبوعا')]),
])
def test_given_name_look_alikes_named(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


def test_aside_with_wa_stays_an_aside() -> None:
    text = ('وقال مدير المستشفى، وهو جراح، ان المستشفى استقبل 12 جريحا، مشيرا الى ان بينهم '
            'طفلين.')
    assert ar_statements(text) == [('مدير المستشفى', 'المستشفى استقبل 12 جريحا'),
                                   ('مدير المستشفى', 'بينهم طفلين')]


@pytest.mark.parametrize(("text", "expected"), [
    ('وأعلنت قيادة الشرطة اعتقال 12 شخصا قالت انهم "هاجموا مركزا أمنيا"، مضيفة ان التحقيق '
     'مستمر.',
     [('قيادة الشرطة', 'اعتقال 12 شخصا'), ('قيادة الشرطة', 'هاجموا مركزا أمنيا'),
      ('قيادة الشرطة', 'التحقيق مستمر')]),
    ('وأعلنت وزارة الدفاع "تحييد 9 مسلحين" قالت انهم كانوا يزرعون عبوات ناسفة.',
     [('وزارة الدفاع', 'تحييد 9 مسلحين'), ('وزارة الدفاع', 'كانوا يزرعون عبوات ناسفة')]),
    # read before, and still: the count in words
    ('وأعلنت الشرطة اعتقال خمسة أشخاص قالت انهم ينتمون الى عصابة.',
     [('الشرطة', 'اعتقال خمسة أشخاص'), ('الشرطة', 'ينتمون الى عصابة')]),
])
def test_relative_saying_after_count(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ونقلت وكالة الأنباء التي يديرها المتمردون عن مصدر عسكري قوله ان "القوات صدت '
     'الهجوم".',
     [('وكالة الأنباء', 'القوات صدت الهجوم'), ('مصدر عسكري', 'القوات صدت الهجوم')]),
    ('ونقلت قناة "المسيرة" التي تديرها الجماعة عن مسؤول محلي ان القصف طال مزارع في المنطقة.',
     [('قناة "المسيرة"', 'القصف طال مزارع في المنطقة'),
      ('مسؤول محلي', 'القصف طال مزارع في المنطقة')]),
])
def test_relay_after_relative(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ونقلت الوكالة التي تحدثت عن الهجوم ان القصف استمر ساعتين.',
     [('الوكالة', 'القصف استمر ساعتين')]),
    # read before, and still: no relative clause
    ('ونقلت وكالة الأنباء عن مصدر عسكري قوله ان القوات صدت الهجوم.',
     [('وكالة الأنباء', 'القوات صدت الهجوم'), ('مصدر عسكري', 'القوات صدت الهجوم')]),
])
def test_relay_after_relative_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وانتهت المفاوضات دون اتفاق، فيما تتهم الحكومة المتمردين بحشد قواتهم قرب المدينة.',
     [('الحكومة', 'المتمردين بحشد قواتهم قرب المدينة')]),
    ('اشتباكات في المدينة\nوتبادل الطرفان القصف، بينما تتهم المعارضة الجيش باستهداف '
     'الأسواق.',
     [('المعارضة', 'الجيش باستهداف الأسواق')]),
])
def test_accusing_present_after_while(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # read before, and still: "وتتهم" opening its sentence
    ('وتتهم الحكومة المتمردين بحشد قواتهم قرب المدينة.',
     [('الحكومة', 'المتمردين بحشد قواتهم قرب المدينة')]),
    ('وقال ان الحكومة تتهم المتمردين بحشد قواتهم.',
     [(None, 'الحكومة تتهم المتمردين بحشد قواتهم')]),
])
def test_accusing_present_after_while_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected
