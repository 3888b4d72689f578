"""Arabic probes for three misreadings the thirty-eighth round noticed and left (issue 11):

1. leading away ("اقتاد"، "اقتادت") is holding, and the captor's kind decides it as it
   decides "احتجز": an armed holder or a plural of doers captures, a patrol, the police,
   the army or the security forces arrest; with no captor before the count the capture
   stands;
2. an auxiliary "كان"/"كانت"/"وكان"/"وكانت" opening the clause is no part of the speaker,
   whichever rule cut the subject (a headline's verb too);
3. "علي" after a given name in a speaker phrase is the name, though it folds like the
   preposition "على"; the preposition stays where its object follows;
4. found on the way: a text that ends after "لكنها نفت" and a space no longer stops the
   statements engine with an IndexError.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements, figures

_HEADLINE = 'قصف على أحياء المدينة\n'


@pytest.mark.parametrize(("text", "expected"), [
    # 1. the state leads away: an arrest
    ('واقتادت دورية الشرطة ثلاثة شبان إلى المخفر.',
     [('واقتادت دورية الشرطة ثلاثة شبان', 'arrested', 3, None, 'exact', 'شبان')]),
    ('واقتاد عناصر الأمن خمسة متظاهرين إلى مركز الشرطة.',
     [('واقتاد عناصر الأمن خمسة متظاهرين', 'arrested', 5, None, 'exact', 'متظاهرين')]),
    ('واقتادت قوة من الجيش أربعة مطلوبين إلى الثكنة.',
     [('واقتادت قوة من الجيش أربعة مطلوبين', 'arrested', 4, None, 'exact', 'مطلوبين')]),
    # ... an armed holder, also named after another word, or a plural of doers: a capture
    ('واقتادت الميليشيا سبعة صيادين إلى جهة مجهولة.',
     [('واقتادت الميليشيا سبعة صيادين', 'captured', 7, None, 'exact', 'صيادين')]),
    ('واقتاد عناصر من التنظيم ستة رعاة إلى الجبل.',
     [('واقتاد عناصر من التنظيم ستة رعاة', 'captured', 6, None, 'exact', 'رعاة')]),
    ('واقتاد مسلحون مجهولون ثلاثة شبان إلى جهة مجهولة.',
     [('واقتاد مسلحون مجهولون ثلاثة شبان', 'captured', 3, None, 'exact', 'شبان')]),
    ('واقتاد مستوطنون ثلاثة رعاة إلى جهة مجهولة.',
     [('واقتاد مستوطنون ثلاثة رعاة', 'captured', 3, None, 'exact', 'رعاة')]),
    # ... no captor before the count (an earlier clause's): the capture stands
    ('وهاجم التنظيم المخيم واقتاد 40 عائلة إلى البلدة.',
     [('واقتاد 40 عائلة', 'captured', 40, None, 'exact', 'عائلة')]),
    ('وهاجم التنظيم المخيم واقتاد "أكثر من 40 عائلة" إلى البلدة.',
     [('واقتاد "أكثر من 40 عائلة', 'captured', 40, None, 'more_than', 'عائلة')]),
    # ... and "احتجز", decided the same way before, unchanged
    ('واحتجزت الشرطة 12 شخصا في المخفر.',
     [('واحتجزت الشرطة 12 شخصا', 'arrested', 12, None, 'exact', 'شخصا')]),
])
def test_leading_away(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. the auxiliary before a headline verb's subject (the first line)
    ('وكانت وزارة الصحة تحصي القتلى يوما بيوم.', [('وزارة الصحة', 'القتلى يوما بيوم')]),
    ('وكانت وزارة الصحة تحصي مقتل أكثر من 300 شخص منذ بدء الحملة.',
     [('وزارة الصحة', 'مقتل أكثر من 300 شخص منذ بدء الحملة')]),
    ('كانت الأمم المتحدة تحذر من كارثة إنسانية.', [('الأمم المتحدة', 'من كارثة إنسانية')]),
    ('وكان الجيش يعلن مقتل خمسة مسلحين.', [('الجيش', 'مقتل خمسة مسلحين')]),
    # ... in the body after a headline, and "قد" with the perfect: read before, unchanged
    (_HEADLINE + 'وكانت وزارة الصحة تحصي القتلى يوما بيوم.',
     [('وزارة الصحة', 'القتلى يوما بيوم')]),
    ('وكانت وزارة الصحة قالت إن العدد تجاوز المئة.', [('وزارة الصحة', 'العدد تجاوز المئة')]),
    ('وكان المتحدث باسم الجيش قد قال إن القوات انسحبت.',
     [('المتحدث باسم الجيش', 'القوات انسحبت')]),
])
def test_auxiliary_opening_the_clause(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. "علي" after a given name: the name
    ('وقال المحامي سمير علي إن موكله تعرض للضرب.', [('المحامي سمير علي', 'موكله تعرض للضرب')]),
    ('وأكد الناشط محمد علي أن القصف استمر.', [('الناشط محمد علي', 'القصف استمر')]),
    ('وقال المحامي سمير علي حسن إن موكله بريء.', [('المحامي سمير علي حسن', 'موكله بريء')]),
    ('وقالت الطبيبة سلمى علي، في تصريح للصحفيين، إن المستشفى امتلأ.',
     [('الطبيبة سلمى علي', 'المستشفى امتلأ')]),
    ('وأوضح المحامي سمير علي لوكالة الأنباء أن موكله بريء.',
     [('المحامي سمير علي', 'موكله بريء')]),
    ('وأفاد المحامي سمير علي بأن موكله تعرض للضرب.',
     [('المحامي سمير علي', 'موكله تعرض للضرب')]),
    ('وتعرض الشبان للضرب، بحسب المحامي سمير علي.',
     [('المحامي سمير علي', 'وتعرض الشبان للضرب')]),
    ('ونقلت الوكالة عن المحامي سمير علي قوله إن موكله بريء.',
     [('الوكالة', 'موكله بريء'), ('المحامي سمير علي', 'موكله بريء')]),
    # ... the preposition with its object: after the title, a noun with the article or a
    # pronoun, "حد"، "ما", a platform, a noun in construct; and the verb's own "على أن"
    ('وقال الوزير على هامش المؤتمر إن المفاوضات مستمرة.',
     [('الوزير', 'المفاوضات مستمرة')]),
    ('وقال المحامي سمير على هامش الجلسة إن موكله بريء.', [('المحامي سمير', 'موكله بريء')]),
    ('وقال المحامي سمير على التلفزيون إن موكله بريء.', [('المحامي سمير', 'موكله بريء')]),
    ('وقالت الناشطة سلمى على حد تعبيرها إن الحصار خانق.',
     [('الناشطة سلمى', 'الحصار خانق')]),
    ('وقال الناشط محمد على ما يبدو إن القصف استمر.', [('الناشط محمد', 'القصف استمر')]),
    ('وقال الناشط سمير على صفحته إن القصف استمر.', [('الناشط سمير', 'القصف استمر')]),
    # (the lawyer who spoke for him is a source of his own since the fortieth round)
    ('وقال الناشط سمير على لسان محاميه إن القصف استمر.',
     [('الناشط سمير', 'القصف استمر'), ('محاميه', 'القصف استمر')]),
    ('وقال الرئيس سمير على تويتر إن المفاوضات انتهت.', [('الرئيس سمير', 'المفاوضات انتهت')]),
    ('وشدد المحامي سمير على أن موكله بريء.', [('المحامي سمير', 'موكله بريء')]),
    ('وشدد المحامي سمير على ضرورة الإفراج عن موكله.',
     [('المحامي سمير', 'ضرورة الإفراج عن موكله')]),
])
def test_name_ali(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert ar_statements(_HEADLINE + text) == expected


@pytest.mark.parametrize("text", [
    'ولم ترد سلطات المدينة على طلب للتعليق، لكنها نفت ',
    'ولم ترد سلطات المدينة على طلب للتعليق، لكنها نفت\n',
])
def test_text_ending_after_a_denial_verb(text: str) -> None:
    # a pasted fragment cut after the verb: the look for the statement's medium ran past
    # the last token
    assert ar_statements(text) == []
