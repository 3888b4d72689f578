"""Arabic probes, ninety-sixth round (issue 11): the fifty-third set's errors, families met
on two sets or more.

Statements:

1. The first word of an outlet's name in quotes after its kind ('لشبكة "فرات بوست" ان'،
   'لموقع «فرات» إن') is a name, not a verb, though folding and the clitic "فـ" make
   "فرات" read as "فـ" + "رأت". Look-alikes: the same outlet as the speaker ('ونقلت شبكة
   "فرات بوست" المحلية عن')، another outlet's name.
2. A ban ("حظر") and the Levant's arrest ("توقيف") are the objects of an announcement, as
   "فرض" and "اعتقال" are: after "، وأعلنت" they open the words, and the speaker is the
   subject named before. Look-alikes: the subject after the verb ("وأعلنت الوزارة حظر
   التجوال")، the ban as the subject inside the words.
3. "مدعيا"/"مدعية" (claiming, from "ادعى") continue the speaker as "زاعما" does, so the
   claim of responsibility before them keeps its own entry. Look-alikes: the prosecutor
   ("المدعي العام")، plaintiffs counted inside the words ("مدعين اثنين").
4. Inside a quoted report a count after "وان" opens its second clause, as a definite
   subject does ('، وان أربعة من المصابين حالتهم حرجة"'). Look-alike: "وان كان" (even if).

Dates:

5. A deadline for a purpose ("خصصت ... لحفر 60 بئرا قبل حلول أيلول") is ahead, however many
   months on: what a sum or a plan is for is still to be done. Look-alikes: a past account
   with "كان"، a deadline with no purpose before it.

Casualties:

6. Forced to leave the place people live in ("دفع القصف نحو 25 عائلة إلى مغادرة القرية"،
   "أجبر نحو 200 عائلة على مغادرة أحيائها") is a flight, as leaving their homes is; families
   take the feminine singular ("منازلها"). Look-alikes: leaving a trade or an office.
7. A toll passing a definite ten when the verb of passing is also a qualifier ('عدد القتلى
   "يفوق العشرين"'), as "تجاوز الثلاثين" is. Look-alikes: a victims' toll passing a ten
   (the dead and the wounded together), a toll of things, not people.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_dates, ar_statements

_Stat = list[tuple[str | None, str]]


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال مسؤول في مديرية الصحة بالبلدة لشبكة "فرات بوست" ان المستشفى استقبل الجرحى، وان'
     ' بين المصابين طفلين.',
     [('مسؤول في مديرية الصحة بالبلدة', 'المستشفى استقبل الجرحى'),
      ('مسؤول في مديرية الصحة بالبلدة', 'بين المصابين طفلين')]),
    ('وقال عضو في المجلس المحلي لموقع «فرات» ان الطريق أغلق.',
     [('عضو في المجلس المحلي', 'الطريق أغلق')]),
])
def test_an_outlets_quoted_name_is_no_verb(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ونقلت شبكة "فرات بوست" المحلية عن أحد السكان قوله ان الحملة مستمرة.',
     [('شبكة "فرات بوست" المحلية', 'الحملة مستمرة'), ('أحد السكان', 'الحملة مستمرة')]),
    ('وقال المدير لوكالة "سانا" ان الرواتب ستصرف.', [('المدير', 'الرواتب ستصرف')]),
])
def test_an_outlets_quoted_name_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأفادت سلطات الإقليم في بيان بأنها أرسلت تعزيزات الى البلدة، وأعلنت حظر التجوال فيها'
     ' لمدة ثلاثة أيام.',
     [('سلطات الإقليم', 'أرسلت تعزيزات الى البلدة'),
      ('سلطات الإقليم', 'حظر التجوال فيها لمدة ثلاثة أيام')]),
    ('وقالت الشرطة في بيان ان مجهولين رشقوا الدورية بالحجارة، وأعلنت توقيف خمسة أشخاص.',
     [('الشرطة', 'مجهولين رشقوا الدورية بالحجارة'), ('الشرطة', 'توقيف خمسة أشخاص')]),
])
def test_a_ban_or_an_arrest_is_announced(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأعلنت الوزارة حظر التجوال في المدينة.',
     [('الوزارة', 'حظر التجوال في المدينة')]),
    ('وقال المحافظ ان حظر التجوال سيستمر حتى الأحد.',
     [('المحافظ', 'حظر التجوال سيستمر حتى الأحد')]),
])
def test_a_ban_or_an_arrest_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأعلنت حركة الشباب مسؤوليتها عن الهجوم، مدعية أنها قتلت 20 جنديا.',
     [('حركة الشباب', 'مسؤوليتها عن الهجوم'), ('حركة الشباب', 'قتلت 20 جنديا')]),
    ('وأعلن التنظيم مسؤوليته عن التفجير، مدعيا انه استهدف تجمعا للقوات.',
     [('التنظيم', 'مسؤوليته عن التفجير'), ('التنظيم', 'استهدف تجمعا للقوات')]),
])
def test_claiming_continues_the_speaker(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المدعي العام ان التحقيق مستمر.', [('المدعي العام', 'التحقيق مستمر')]),
    ('وقالت الشرطة ان مدعين اثنين حضروا الجلسة.',
     [('الشرطة', 'مدعين اثنين حضروا الجلسة')]),
])
def test_claiming_look_alikes(text: str, expected: _Stat) -> None:
    assert ar_statements(text) == expected


def test_a_count_after_wan_inside_a_quote_opens_a_clause() -> None:
    assert ar_statements(
        'ونقلت الوكالة عن المدير قوله ان "السيارة كانت تقل تسعة ركاب، وان ثلاثة من الجرحى'
        ' حالتهم خطيرة".') == [
        ('الوكالة', 'السيارة كانت تقل تسعة ركاب'), ('المدير', 'السيارة كانت تقل تسعة ركاب'),
        ('الوكالة', 'ثلاثة من الجرحى حالتهم خطيرة'),
        ('المدير', 'ثلاثة من الجرحى حالتهم خطيرة')]


def test_even_if_inside_a_quote_stays_one_clause() -> None:
    assert ar_statements('وقال المدير ان "الوضع صعب، وان كان الهدوء قد عاد".') == [
        ('المدير', 'الوضع صعب، وان كان الهدوء قد عاد')]


@pytest.mark.parametrize(("text", "expected"), [
    ('وأضاف ان البلدية خصصت 200 مليون دينار لحفر 12 بئرا قبل حلول أيلول.',
     [('أيلول', '2018-09')]),
    ('وقال ان المنظمة تحتاج الى مليون دولار لتأهيل المدارس قبل تشرين الأول.',
     [('تشرين الأول', '2018-10')]),
])
def test_a_deadline_for_a_purpose_is_ahead(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وكانت البلدية قد خصصت 200 مليون دينار لحفر 12 بئرا قبل أيلول.',
     [('أيلول', '2017-09')]),
    ('وقال ان القافلة وصلت الى البلدة قبل أيلول.', [('أيلول', '2017-09')]),
])
def test_a_deadline_for_a_purpose_look_alikes(text: str, expected: list) -> None:
    assert ar_dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المختار ان القصف دفع نحو 40 عائلة إلى مغادرة القرية.',
     [('نحو 40 عائلة إلى مغادرة القرية', 'displaced', 40, 'about')]),
    ('وأضاف ان الاشتباكات أجبرت 120 أسرة على مغادرة منازلها.',
     [('120 أسرة على مغادرة منازلها', 'displaced', 120, 'exact')]),
])
def test_forced_to_leave_where_they_live(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize("text", [
    'وحذر من ان الأزمة ستدفع 300 مزارع الى هجر الزراعة.',
    'واضطر 40 موظفا الى مغادرة مكاتبهم.',
])
def test_forced_to_leave_look_alikes(text: str) -> None:
    assert ar_casualties(text) == []


def test_a_toll_passing_a_ten_with_the_qualifier_verb() -> None:
    assert ar_casualties('وقال ان عدد القتلى "يفوق العشرين".') == [
        ('عدد القتلى "يفوق العشرين', 'killed', 20, 'more_than')]


@pytest.mark.parametrize("text", [
    'وقال ان عدد الضحايا "يفوق العشرين".',
    'وقال ان عدد المنازل المدمرة "يفوق العشرين".',
])
def test_a_toll_passing_a_ten_look_alikes(text: str) -> None:
    assert ar_casualties(text) == []
