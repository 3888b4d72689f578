"""Arabic probes, ninety-fourth round (issue 11): the fifty-first set's statements, a title
before the name, and the families met beside it on two sets or more.

1. A name in commas after a title joins the speaker, as written ("وقال رئيس الاتحاد، عوض
   الكريم النور، إن"): the sets' gold gives title and name together, a few sets the name
   alone, and the title alone shares no word with the name. So does the name after a relayed
   title ("عن قائمقام جمجمال، ريبوار حمه علي، ان"), which a later clause points back to.
   Look-alikes: a relay, a direction, a preposition's phrase or "to whom" in the commas
   ("، نقلا عن مصادر ميدانية،"، "، جنوبي البلاد،"، "، من جهته،"، "، للأناضول،"), a
   description after a name ("، أحد سكان الحي،"), a second party joined after the name.
2. An adverb of habit between the verb and its complementizer or object ("لكنها تقول عادة
   ان"، "تقول الحكومة دائما إن"، "الذي ينفي عادة استهداف") says how often, and is neither
   the speaker nor the words. Look-alike: "عادة" inside the words ("إن عادة إطلاق النار ...").
3. "No comment came from X" ("ولم يصدر عن وزارة الدفاع أي تعليق، لكنها تقول"، "ولم يصدر
   تعليق فوري من وزارة الداخلية، التي تقول"): the pronoun or relative after it points back
   to X, not to the comment. Look-alikes: no comment noun before "من" ("مسؤولا من وزارة
   الدفاع، الذي قال"), a verdict that was not issued with its own speaker after "لكن".
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements

_Stat = list[tuple[str | None, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال رئيس نقابة المعلمين، سامي حداد، لصحيفة محلية ان الإضراب سيستمر.',
     [('رئيس نقابة المعلمين، سامي حداد', 'الإضراب سيستمر')]),
    ('وقال مسؤول في الهلال الأحمر بالمدينة، خالد العمر، ان الفرق أجلت 20 عائلة.',
     [('مسؤول في الهلال الأحمر بالمدينة، خالد العمر', 'الفرق أجلت 20 عائلة')]),
    ('وأكد مدير مستشفى البلدة، الطبيب نادر سليم، ان بين الجرحى ثلاثة أطفال.',
     [('مدير مستشفى البلدة، الطبيب نادر سليم', 'بين الجرحى ثلاثة أطفال')]),
    ('وأوضح الناطق باسم الدفاع المدني، وائل حمدان، في تصريح لقناة محلية ان النيران أخمدت.',
     [('الناطق باسم الدفاع المدني، وائل حمدان', 'النيران أخمدت')]),
    ('ونقل موقع "الوادي" عن قائمقام القضاء، ريبوار عثمان، ان الضربة أصابت سيارة، وان السائق'
     ' قتل.',
     [('موقع "الوادي"', 'الضربة أصابت سيارة'),
      ('قائمقام القضاء، ريبوار عثمان', 'الضربة أصابت سيارة'),
      ('موقع "الوادي"', 'السائق قتل'), ('ريبوار عثمان', 'السائق قتل')]),
])
def test_the_name_after_a_title_joins_the_speaker(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال مدير المكتب، نقلا عن مصادر ميدانية، ان الطريق أغلق.',
     [('مدير المكتب', 'الطريق أغلق'), ('مصادر ميدانية', 'الطريق أغلق')]),
    ('وقال قائد الشرطة في المحافظة، جنوبي البلاد، ان الدوريات زادت.',
     [('قائد الشرطة في المحافظة', 'الدوريات زادت')]),
    ('وقال المحلل السياسي سالم ناصر، من جهته، ان الحوار متعثر.',
     [('المحلل السياسي سالم ناصر', 'الحوار متعثر')]),
    ('وقال أبو محمد، أحد سكان الحي، إن القصف استمر.', [('أبو محمد', 'القصف استمر')]),
    ('وقال مدير المكتب، للأناضول، ان الطريق أغلق.', [('مدير المكتب', 'الطريق أغلق')]),
    ('وقال المسؤول، سامر العلي، وقائد الشرطة إن الفرق انتشلت الجثث.',
     [('المسؤول', 'الفرق انتشلت الجثث')]),
])
def test_the_name_after_a_title_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ولم تعلق الشرطة على الحادث، لكنها تقول عادة ان دورياتها تحمي السكان.',
     [('الشرطة', 'دورياتها تحمي السكان')]),
    ('وقال السكان إن القصف طال منازلهم، في حين تقول الحكومة دائما إن قواتها تحمي المدنيين.',
     [('السكان', 'القصف طال منازلهم'), ('الحكومة', 'قواتها تحمي المدنيين')]),
    ('وتقول المنظمة غالبا إن المساعدات لا تكفي.', [('المنظمة', 'المساعدات لا تكفي')]),
    ('ولم ترد الوزارة على الاتهامات، لكنها تقول دائما ان معابرها مفتوحة.',
     [('الوزارة', 'معابرها مفتوحة')]),
])
def test_a_habit_adverb_is_no_speaker(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


def test_a_habit_adverb_inside_the_words_stays() -> None:
    assert ar_statements('وقالت الوزارة إن عادة إطلاق النار في الأعراس ما زالت منتشرة.') == [
        ('الوزارة', 'عادة إطلاق النار في الأعراس ما زالت منتشرة')]


@pytest.mark.parametrize(("text", "expected"), [
    ('ولم يصدر عن وزارة الدفاع أي تعليق، لكنها تقول ان قواتها تستهدف المسلحين.',
     [('وزارة الدفاع', 'قواتها تستهدف المسلحين')]),
    ('ولم يصدر أي تعليق رسمي عن الشركة، لكنها قالت في بيان سابق ان العمل متوقف.',
     [('الشركة', 'العمل متوقف')]),
    ('ولم يصدر تعليق فوري من وزارة الداخلية، التي تقول إن عناصرها يلاحقون المهربين.',
     [('وزارة الداخلية', 'عناصرها يلاحقون المهربين')]),
    ('ولم يصدر تعليق من الجيش، الذي ينفي عادة استهداف المدنيين.',
     [('الجيش', 'استهداف المدنيين')]),
])
def test_no_comment_from_the_body_it_points_back_to(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ولم يصدر أي حكم بحق المتهمين، لكن المحكمة قالت ان الجلسة ستعقد.',
     [('المحكمة', 'الجلسة ستعقد')]),
    ('والتقى الوزير مسؤولا من وزارة الدفاع، الذي قال إن القوات انسحبت.',
     [('الوزير مسؤولا من وزارة الدفاع', 'القوات انسحبت')]),
])
def test_no_comment_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected
