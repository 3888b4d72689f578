"""Arabic probes, sixty-ninth round (issue 11): families that recur on the blind Arabic
sets, not one set's phrasing.

1. a call told by its verbal noun after a preposition of time or cause ("بعد أيام من دعوة
   المبعوث الأممي الأطراف إلى ..."): the caller's statement, read as after "دعا", when both
   the caller and the ones called on stand between the noun and the call.
2. an estimating participle after reported words ("، مقدرا الخسائر بأكثر من ..."): the
   speaker's own estimate, its words from the thing estimated, as "قدرت الوزارة الخسائر
   بـ..." is.
3. a sub-group's person in the writer's quotation marks right after "بينهم" ('بينهم "قيادي
   بارز"'، 'وإن بينهم "أميرا"'): read as without the marks, as scare quotes on one word of
   a figure already are.

Every sentence is fictional and written for these tests; places and bodies are used only
as settings.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    # 1. members: after "من"، "عقب"، "استجابة لـ", the caller's title running over "إلى"
    ('وتأتي الاشتباكات بعد يومين من دعوة المنسق الأممي في ليبيا الأطراف إلى "التهدئة '
     'الفورية".',
     [('المنسق الأممي في ليبيا', 'إلى "التهدئة الفورية"')]),
    ('وجاء ذلك عقب دعوة الأمين العام للجامعة جميع الفصائل إلى وقف القتال.',
     [('الأمين العام للجامعة', 'إلى وقف القتال')]),
    ('وأخلت عشرات العائلات الحي استجابة لدعوة البلدية السكان إلى الابتعاد عن المباني '
     'المتصدعة.',
     [('البلدية', 'إلى الابتعاد عن المباني المتصدعة')]),
    # ... look-alikes: nobody named as called on (an invitation, or only the ones called
    # on), an invitation received, the noun inside a speaker's own words
    ('وجاء ذلك عقب دعوة الرئيس إلى قمة طارئة في القاهرة.', []),
    ('ويأتي ذلك بعد دعوة الأطراف إلى ضبط النفس.', []),
    ('وتلقى الوزير دعوة رسمية إلى زيارة العاصمة.', []),
    ('وقال الوزير إن حكومته رحبت بعد دعوة المبعوث الأطراف إلى الحوار.',
     [('الوزير', 'حكومته رحبت بعد دعوة المبعوث الأطراف إلى الحوار')]),
])
def test_a_call_told_by_its_verbal_noun(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. members: after a complementizer's words, after a quotation, with a bare "بـ"
    ('وقال رئيس البلدية إن السيول جرفت 40 منزلا، مقدرا الخسائر بأكثر من مليوني دولار.',
     [('رئيس البلدية', 'السيول جرفت 40 منزلا'),
      ('رئيس البلدية', 'الخسائر بأكثر من مليوني دولار')]),
    ('وقال مدير المطار إن "المدرج ما زال مغلقا"، مقدرا كلفة إصلاحه بنحو 8 ملايين دولار.',
     [('مدير المطار', 'المدرج ما زال مغلقا'),
      ('مدير المطار', 'كلفة إصلاحه بنحو 8 ملايين دولار')]),
    ('وأشار التقرير إلى أن 12 مدرسة أغلقت، مقدرة حاجات الترميم حتى نهاية العام بـ40 '
     'مليون دولار.',
     [('التقرير', '12 مدرسة أغلقت'),
      ('التقرير', 'حاجات الترميم حتى نهاية العام بـ40 مليون دولار')]),
    # ... look-alikes: the noun "مقدرة" (ability), "valuing" efforts with no figure, the
    # estimated amount as an adjective with the article
    ('وقال الوزير إن الجيش جاهز، مقدرة الحكومة على الصمود.',
     [('الوزير', 'الجيش جاهز، مقدرة الحكومة على الصمود')]),
    ('وقال الوزير إن الأضرار كبيرة، مقدرا جهود فرق الإنقاذ.',
     [('الوزير', 'الأضرار كبيرة، مقدرا جهود فرق الإنقاذ')]),
    ('وقال الوزير إن الحكومة ستعوض الخسائر، المقدرة بأكثر من مليون دولار.',
     [('الوزير', 'الحكومة ستعوض الخسائر، المقدرة بأكثر من مليون دولار')]),
])
def test_an_estimating_participle_after_reported_words(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. members: two words quoted, one word, an accusative emir after "وإن بينهم" and an
    # attack that dates the arrest
    ('أعلنت الشرطة اعتقال ثمانية مطلوبين بينهم "قيادي بارز" في العصابة.',
     [('اعتقال ثمانية مطلوبين', 'arrested', 8, 'exact'),
      ('بينهم "قيادي', 'arrested', 1, 'exact')]),
    ('قتل سبعة أشخاص بينهم "طفل" في القصف.',
     [('قتل سبعة أشخاص', 'killed', 7, 'exact'), ('بينهم "طفل', 'killed', 1, 'exact')]),
    ('وقال ضابط إن القوات اعتقلت 15 مشتبها به في الحي بعد الهجمات، وإن بينهم "أميرا" في '
     'التنظيم.',
     [('اعتقلت 15 مشتبها به', 'arrested', 15, 'exact'),
      ('بينهم "أميرا', 'arrested', 1, 'exact')]),
    # ... look-alikes: a quotation of words after "بينهم" (no person), a long quotation,
    # "بعد أن" still opening a clause
    ('وقال المتحدث إن بينهم "من يستحق العقاب".', []),
    ('قتل سبعة أشخاص بينهم "مقاتل أجنبي واحد على الأقل" في القصف.',
     [('قتل سبعة أشخاص', 'killed', 7, 'exact')]),
    ('أصيب أربعة أشخاص بعد أن انهار المبنى، بينهم "معلم" في المدرسة.',
     [('أصيب أربعة أشخاص', 'wounded', 4, 'exact')]),
])
def test_a_quoted_person_after_among_them(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected
