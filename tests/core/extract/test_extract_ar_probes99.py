"""Arabic probes, ninety-ninth round (issue 11): the fifty-sixth set's speakers, where a
subject starts and ends, and the families met on two sets or more.

Statements:

1. A member's title governs the body he sits in, in construct ("عضو مجلس النواب"،
   "عضوة لجنة الصحة"), as "رئيس" and "وكيل" govern theirs: the body is the title's, not
   the one a call is made to; the one addressed after the name may have its definite
   adjective before the demand's "بـ" ("الحكومة المحلية بفتح"). Look-alikes: a head's
   title, a body calling its members.
2. A preposition with a pronoun right after the verb ("قال له"، "أكدت لهم"، "وثقت منها")
   is an adjunct (the one told, or a part of what was named before): the subject, or
   with "أن" the words, start after it. Look-alikes: no adjunct; "أعلنت عنها" (the
   verb's own "عن").
3. "أن" after "دون"/"من دون" opens no words even where the search for the words starts
   at it (the subject had been read up to "دون"). Look-alikes: the same clause inside
   words said after "قال ان".
4. With the subject before an informing verb ("لكن مسؤولا أمنيا أبلغ وكالة ... أن"),
   all between the verb and the words is the one told. Look-alikes: the subject after
   the verb, then the one told.
5. After a refusal, "لكنها كانت (قد) أعلنت ..." gives the refusing subject for any
   verb, as "لكنها أعلنت" does. Look-alike: no refusal before.
6. A fronted subject may end in a bracket: an age is left out ("أما الصياد فلان (45
   عاما) فيقول"), an acronym kept ("وكالة الأنباء الليبية (وال)"). Look-alikes: the
   subject after the verb; "أما ... فقال" with no bracket.

Casualties:

7. A sub-group among a figure's counted nouns takes the figure's outcome, whatever the
   noun says its people were ("قتل سبعة نازحين، بينهم طفلان": killed, not displaced).
   Look-alikes: the displaced figure itself; a displaced person among the killed.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements


@pytest.mark.parametrize(("text", "expected"), [
    ('ودعا عضو مجلس النواب عن البصرة، سالم الحسني، الى "فتح تحقيق عاجل" في الحادث.',
     [('عضو مجلس النواب عن البصرة، سالم الحسني', 'الى "فتح تحقيق عاجل" في الحادث')]),
    ('ودعت عضوة مجلس الشيوخ عن الولاية، سارة الأمين، الى "وقف التصعيد".',
     [('عضوة مجلس الشيوخ عن الولاية، سارة الأمين', 'الى "وقف التصعيد"')]),
    ('وطالب عضو مجلس المدينة سامي خليل العبيدي الحكومة المحلية بفتح الطرق المغلقة.',
     [('عضو مجلس المدينة سامي خليل العبيدي', 'بفتح الطرق المغلقة')]),
])
def test_a_members_title_and_his_body(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ودعا رئيس مجلس المحافظة، سامي العلي، الى ضبط النفس.',
     [('رئيس مجلس المحافظة، سامي العلي', 'الى ضبط النفس')]),
    ('ودعا المجلس الأعضاء الى حضور الجلسة.', [('المجلس', 'الى حضور الجلسة')]),
    ('ودعا عضو المجلس البلدي عن الحي، كريم نادر، الى إخلاء المباني المتصدعة.',
     [('عضو المجلس البلدي عن الحي، كريم نادر', 'الى إخلاء المباني المتصدعة')]),
])
def test_a_members_title_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وشهدت المدينة حوادث خطف، وثقت منها منظمة حقوقية اختفاء 12 شخصا.',
     [('منظمة حقوقية', 'اختفاء 12 شخصا')]),
    ('وقال له المحافظ ان الطريق سيفتح غدا.', [('المحافظ', 'الطريق سيفتح غدا')]),
    ('وأكدت لهم مسؤولة في البلدية ان المياه ستعود مساء.',
     [('مسؤولة في البلدية', 'المياه ستعود مساء')]),
    ('وتابع الوزير جولته. وقال لهم ان المشروع سينجز قريبا.',
     [('الوزير', 'المشروع سينجز قريبا')]),
])
def test_a_pronoun_adjunct_before_the_subject(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال الوزير ان الطريق سيفتح غدا.', [('الوزير', 'الطريق سيفتح غدا')]),
    ('وأعلنت عنها البلدية مساء الأحد.', []),
])
def test_a_pronoun_adjunct_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('ونعت الحركة قائدها الميداني من دون ان تذكر مكان مقتله.',
     [('الحركة', 'قائدها الميداني من دون ان تذكر مكان مقتله')]),
    ('وأكد الجيش مقتل جنديين دون ان يحدد مكان الهجوم.',
     [('الجيش', 'مقتل جنديين دون ان يحدد مكان الهجوم')]),
])
def test_without_that_opens_no_words(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال الجيش ان جنديين قتلا دون ان يحدد مكان الهجوم.',
     [('الجيش', 'جنديين قتلا دون ان يحدد مكان الهجوم')]),
    ('وقال الوزير ان المحادثات انتهت من دون ان تحقق تقدما.',
     [('الوزير', 'المحادثات انتهت من دون ان تحقق تقدما')]),
])
def test_without_that_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('لكن مسؤولا أمنيا أبلغ وكالة الأنباء ان المهاجمين فروا الى الجبال.',
     [('مسؤولا أمنيا', 'المهاجمين فروا الى الجبال')]),
    ('غير ان ضابطا في الشرطة أبلغ قناة محلية بأن ثلاثة مشتبهين اعتقلوا.',
     [('ضابطا في الشرطة', 'ثلاثة مشتبهين اعتقلوا')]),
])
def test_the_one_told_after_a_fronted_subject(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وأبلغ مسؤول أمني وكالة الأنباء ان المهاجمين فروا الى الجبال.',
     [('مسؤول أمني', 'المهاجمين فروا الى الجبال')]),
    ('وأبلغ الوزير الصحفيين ان المفاوضات ستستأنف.', [('الوزير', 'المفاوضات ستستأنف')]),
])
def test_the_one_told_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


_BEFORE = 'وقال المدير ان المخيم تعرض للقصف. '


@pytest.mark.parametrize(("text", "expected"), [
    (_BEFORE + 'ولم تعلق الوزارة على الاتهام، لكنها كانت أعلنت مقتل 12 مسلحا في المنطقة.',
     [('المدير', 'المخيم تعرض للقصف'), ('الوزارة', 'مقتل 12 مسلحا في المنطقة')]),
    (_BEFORE + 'ولم تعلق القيادة العسكرية على الحادث، لكنها كانت قد أكدت ان قواتها لا '
     'تستهدف المدنيين.',
     [('المدير', 'المخيم تعرض للقصف'), ('القيادة العسكرية', 'قواتها لا تستهدف المدنيين')]),
    (_BEFORE + 'ولم يعلق الجيش على الحادث، لكنه كان أعلن مقتل 12 مسلحا.',
     [('المدير', 'المخيم تعرض للقصف'), ('الجيش', 'مقتل 12 مسلحا')]),
])
def test_no_comment_but_it_had_said(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (_BEFORE + 'واستمر القصف طوال الليل، لكنها كانت أعلنت مقتل 12 مسلحا.',
     [('المدير', 'المخيم تعرض للقصف'), ('المدير', 'مقتل 12 مسلحا')]),
])
def test_no_comment_but_it_had_said_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المسؤول ان الوضع هادئ. أما الصياد خالد منصور (45 عاما) فيقول انه فقد قاربه.',
     [('المسؤول', 'الوضع هادئ'), ('الصياد خالد منصور', 'فقد قاربه')]),
    ('وكانت وكالة الأنباء الليبية (وال) قد ذكرت ان أربعة أشخاص اعتقلوا.',
     [('وكالة الأنباء الليبية (وال)', 'أربعة أشخاص اعتقلوا')]),
])
def test_a_fronted_subject_closed_by_a_bracket(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال الصياد خالد منصور (45 عاما) انه فقد قاربه.', [('الصياد خالد منصور', 'فقد قاربه')]),
    ('وقال المسؤول ان الوضع هادئ. أما الصياد خالد منصور فقال انه فقد قاربه.',
     [('المسؤول', 'الوضع هادئ'), ('الصياد خالد منصور', 'فقد قاربه')]),
])
def test_a_fronted_subject_bracket_look_alikes(text: str, expected: list) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل سبعة نازحين، بينهم طفلان، وجرح 11 آخرون في قصف على المخيم.',
     [('قتل سبعة نازحين', 'killed', 7, 'exact'), ('بينهم طفلان', 'killed', 2, 'exact'),
      ('وجرح 11 آخرون', 'wounded', 11, 'exact')]),
    ('قتل أربعة لاجئين، بينهم امرأة، وأصيب ستة آخرون قرب الحدود.',
     [('قتل أربعة لاجئين', 'killed', 4, 'exact'), ('بينهم امرأة', 'killed', 1, 'exact'),
      ('وأصيب ستة آخرون', 'wounded', 6, 'exact')]),
])
def test_a_subgroup_takes_its_figures_outcome(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قتل خمسة نازحين، بينهم امرأة، في هجوم على المخيم.',
     [('قتل خمسة نازحين', 'killed', 5, 'exact'), ('بينهم امرأة', 'killed', 1, 'exact')]),
    ('نزح نحو 300 شخص، بينهم أطفال، من القرية.',
     [('نزح نحو 300 شخص', 'displaced', 300, 'about')]),
    ('قتل ثلاثة أشخاص، بينهم نازح، في القصف.',
     [('قتل ثلاثة أشخاص', 'killed', 3, 'exact'), ('بينهم نازح', 'killed', 1, 'exact')]),
])
def test_a_subgroup_look_alikes(text: str, expected: list) -> None:
    assert ar_casualties(text) == expected
