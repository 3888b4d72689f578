"""Arabic round 156 (issue 11): released captives in coordinated lists, a freed woman, a
released part in a headline, a definite re-mention, masdars of killing before compound
titles, titles with apposed names, relays of a wounded man's words.

Casualties:

1. People joined by "و" after the count a freeing or a release gives ("تحرير أربع نساء
   وثلاثة أطفال"، "أطلق المسلحون سراح أربعة رهائن ومديرة مدرسة") are freed with them:
   captives too, a count, a dual, one person or a title with its genitive. A taking's
   list takes a singular calling or a title the same way ("خطف مسلحون خمسة مهندسين
   ومترجما"). Look-alikes: a definite one joined (named before), a verb joined.
2. One of the freed ("إحدى المحررات") is one captive, in a story of taking or freeing; a
   bare count freed after a holding ("ثم أفرجت عن أربعة"، "وتطلق اثنين") is a part of the
   held told before. Look-alikes: editors ("المحررين في الصحيفة") with no taking told, one
   of the freed as a relay's source, one of the released ("أحد المفرج عنهم"), a release
   with no holding, a count with its own noun.
3. A definite re-mention kept by its holders ("واحتجزوا الشيوخ الخمسة في كوخ") repeats the
   toll told before. Look-alikes: the first mention, a toll noun named again ("القتلى
   الثلاثة"), an arrest or another outcome of the same people.
4. A verbal noun of killing before an indefinite construct title ("اغتيال وكيل نيابة"،
   "مقتل قاضي تحقيق") is one killed. Look-alikes: a definite title ("مقتل رئيس بلدية
   المدينة"، a named body), a thing after the masdar.
5. A part among the dead named as members of committees ("ثلاثة من أعضاء لجان التسوية")
   is killed: the folded "لجان" is no verb of taking refuge.

Statements:

6. A title with an apposed name ("مدير فريق الانتشال، المهندس فلان،"، "ابن عمه، فلان،")
   names the one who speaks; a title with a place and no name stays the office.
7. A topic after "عن" with a relative clause before the colon of a quotation; describing
   one's work and recalling ("ويصف العامل فلان عمله:"، "ويستذكر الصياد فلان:"). Look-alikes:
   "قال ... عن" with no quotation after, describing a thing ("ووصف الوزير الهجوم بالجبان").
8. Relays of a wounded man's words through an outlet, and a freed woman described in an
   aside before the outlet, keep reading.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_casualties, ar_statements

_HEAD = "أخبار المنطقة\n"


def _read(text: str) -> list[tuple[str, str, int]]:
    return [(t, o, n) for t, o, n, _ in ar_casualties(text)]


# --- 1. coordinated lists --------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('أعلنت القوات المحلية تحرير أربع نساء وثلاثة أطفال من الأسر لدى التنظيم.',
     [('أربع نساء', 'captured', 4), ('ثلاثة أطفال', 'captured', 3)]),
    ('تحرير ثلاث إيزيديات وطفلين من الأسر',
     [('ثلاث إيزيديات', 'captured', 3), ('طفلين', 'captured', 2)]),
    ('أعلن المكتب تحرير ثلاث فلسطينيات وطفلين من قبضة العصابة.',
     [('ثلاث فلسطينيات', 'captured', 3), ('طفلين', 'captured', 2)]),
    ('أطلق الخاطفون سراح ثلاثة تجار وطفلين بعد دفع الفدية.',
     [('ثلاثة تجار', 'captured', 3), ('طفلين', 'captured', 2)]),
    ('أطلق المسلحون سراح أربعة رهائن ومديرة مدرسة.',
     [('أربعة رهائن', 'captured', 4), ('أربعة رهائن ومديرة مدرسة', 'captured', 1)]),
    ('أعلن الجيش تحرير خمسة مختطفين ومترجما من قبضة المسلحين.',
     [('خمسة مختطفين', 'captured', 5), ('خمسة مختطفين ومترجما', 'captured', 1)]),
    ('خطف مسلحون خمسة مهندسين ومترجما على الطريق الساحلي.',
     [('خطف مسلحون خمسة مهندسين', 'captured', 5),
      ('خطف مسلحون خمسة مهندسين ومترجما', 'captured', 1)]),
    ('اختطف مسلحون أربعة معلمين ومديرة مدرسة في القرية.',
     [('اختطف مسلحون أربعة معلمين', 'captured', 4),
      ('اختطف مسلحون أربعة معلمين ومديرة مدرسة', 'captured', 1)]),
])
def test_people_joined_to_the_freed_and_the_taken(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('أفرجت الجماعة عن سبعة جنود والضابط.', [('سبعة جنود', 'captured', 7)]),
    ('أفرجت الجماعة عن سبعة جنود وسلمتهم للصليب الأحمر.', [('سبعة جنود', 'captured', 7)]),
    ('خطف مسلحون سبعة عمال. وأطلقوا سراح ثلاثة في اليوم التالي.',
     [('خطف مسلحون سبعة عمال', 'captured', 7), ('ثلاثة', 'captured', 3)]),
])
def test_joined_look_alikes(text: str, expected: list) -> None:
    assert _read(text) == expected


# --- 2. one of the freed, a bare part freed ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('أعلنت القوات تحرير ثلاث مختطفات. وقالت إحدى المحررات إن الحراس كانوا يضربونهن.',
     [('ثلاث مختطفات', 'captured', 3), ('إحدى المحررات', 'captured', 1)]),
    ('خطف مسلحون عشرة عمال الشهر الماضي. وحررت قوة أمنية العمال. وقال أحد المحررين إن '
     'الخاطفين هددوهم.',
     [('خطف مسلحون عشرة عمال الشهر الماضي', 'captured', 10),
      ('أحد المحررين', 'captured', 1)]),
    ('مسلحون يخطفون خمسة من الشيوخ ويطلقون اثنين',
     [('يخطفون خمسة من الشيوخ', 'captured', 5), ('اثنين', 'captured', 2)]),
    ('عصابة تخطف ستة من الرعاة وتطلق ثلاثة',
     [('تخطف ستة من الرعاة', 'captured', 6), ('ثلاثة', 'captured', 3)]),
    ('واعتقلت السلطات عشرين متظاهرا، ثم أفرجت عن أربعة.',
     [('واعتقلت السلطات عشرين متظاهرا', 'arrested', 20), ('أربعة', 'arrested', 4)]),
    ('واعتقلت السلطات عشرين متظاهرا، ثم تفرج عن أربعة.',
     [('واعتقلت السلطات عشرين متظاهرا', 'arrested', 20), ('أربعة', 'arrested', 4)]),
])
def test_one_of_the_freed_and_a_bare_part_freed(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال أحد المحررين في الصحيفة إن المقال نشر.', []),
    ('اعتقلت الشرطة عشرين شابا. وقالت إحدى المحررات في المجلة إن العدد صدر.',
     [('اعتقلت الشرطة عشرين شابا', 'arrested', 20)]),
    ('وقال أحد الأسواق إن الأسعار ارتفعت.', []),
    ('خطف مسلحون عشرة عمال. ونقلت القناة عن أحد المحررين قوله إن الطعام كان قليلا.',
     [('خطف مسلحون عشرة عمال', 'captured', 10)]),
    ('أفرجت السلطات عن عشرين معتقلا. وقال أحد المفرج عنهم إن السجانين عذبوه.',
     [('عشرين معتقلا', 'arrested', 20)]),
    ('أفرجت السلطات عن أربعة.', []),
    ('أطلق المسلحون خمسة صواريخ.', []),
    ('اعتقلت الشرطة عشرين شابا، وأطلقت النار على ثلاثة.',
     [('اعتقلت الشرطة عشرين شابا', 'arrested', 20)]),
])
def test_one_of_the_freed_look_alikes(text: str, expected: list) -> None:
    assert _read(text) == expected


# --- 3. a definite re-mention -----------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('خطف مسلحون خمسة شيوخ من القرية الثلاثاء. واحتجزوا الشيوخ الخمسة في كوخ بالغابة.',
     [('خطف مسلحون خمسة شيوخ', 'captured', 5)]),
    ('خطف مسلحون خمسة شيوخ. واحتجز الخاطفون الشيوخ الخمسة في كوخ.',
     [('خطف مسلحون خمسة شيوخ', 'captured', 5)]),
    ('اختطفت عصابة أربعة رعاة. وأبقت الرعاة الأربعة في مغارة لأيام.',
     [('اختطفت عصابة أربعة رعاة', 'captured', 4)]),
])
def test_a_definite_re_mention_kept_by_its_holders(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('واحتجزوا الشيوخ الخمسة في كوخ بالغابة.',
     [('واحتجزوا الشيوخ الخمسة', 'captured', 5)]),
    ('قتل ثلاثة أشخاص في الغارة. ونقل القتلى الثلاثة إلى المستشفى.',
     [('قتل ثلاثة أشخاص', 'killed', 3), ('القتلى الثلاثة', 'killed', 3)]),
    ('اعتقلت الشرطة ستة شبان. واعتقلت الشبان الستة بعد تحطيم منازلهم.',
     [('اعتقلت الشرطة ستة شبان', 'arrested', 6), ('واعتقلت الشبان الستة', 'arrested', 6)]),
    ('استمر الاعتصام الأيام الخمسة الماضية.', []),
])
def test_definite_re_mention_look_alikes(text: str, expected: list) -> None:
    assert _read(text) == expected


# --- 4. killing masdars before compound titles -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('اغتيال وكيل نيابة في مدينة درنة', [('اغتيال وكيل نيابة', 'killed', 1)]),
    ('مقتل قاضي تحقيق برصاص مجهولين في سبها', [('مقتل قاضي تحقيق', 'killed', 1)]),
    ('وأدان الحزب قتل وكيل نيابة على يد مسلحين.', [('قتل وكيل نيابة', 'killed', 1)]),
    ('اغتيال رئيس بلدية في هجوم مسلح', [('اغتيال رئيس بلدية', 'killed', 1)]),
    ('اغتيال مدير مستشفى في طرابلس', [('اغتيال مدير مستشفى', 'killed', 1)]),
    ('اغتيال وكيل نيابة', [('اغتيال وكيل نيابة', 'killed', 1)]),
])
def test_a_killing_masdar_before_a_construct_title(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    'مقتل قائد جهاز "دعم الاستقرار" يشعل مواجهات',
    'اغتيال مدير مستشفى حلب',
    'مقتل رئيس بلدية المدينة',
    'اغتيال الحقيقة في وسائل الإعلام',
    'وقال مدير مستشفى حلب إن الوضع صعب.',
])
def test_construct_title_look_alikes(text: str) -> None:
    assert ar_casualties(text) == []


# --- 5. committees among the dead --------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('قتل سبعة أشخاص، بينهم ثلاثة من أعضاء لجان التسوية، في هجوم.',
     [('قتل سبعة أشخاص', 'killed', 7), ('ثلاثة من أعضاء لجان التسوية', 'killed', 3)]),
    ('قتل سبعة، بينهم ثلاثة من أعضاء لجان المصالحة.',
     [('قتل سبعة', 'killed', 7), ('ثلاثة من أعضاء لجان المصالحة', 'killed', 3)]),
    ('قتل عشرة مدنيين، بينهم أربعة من عناصر الدفاع المدني.',
     [('قتل عشرة مدنيين', 'killed', 10), ('أربعة من عناصر الدفاع المدني', 'killed', 4)]),
])
def test_committee_members_among_the_dead(text: str, expected: list) -> None:
    assert _read(text) == expected


def test_women_who_fled_stay_displaced() -> None:
    assert [o for _, o, _ in _read('وقالت المنظمة إن آلاف النساء نزحن من القرى.')] == [
        "displaced"]


# --- 6-8. statements ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('وقال مدير فريق الانتشال، المهندس سامر الدباغ، إن الفرق انتشلت جثتين.',
     [('مدير فريق الانتشال، المهندس سامر الدباغ', 'الفرق انتشلت جثتين')]),
    ('وقال رئيس قسم الطوارئ، الدكتور خليل النعيمي، إن المستشفى استقبل عشرة جرحى.',
     [('رئيس قسم الطوارئ، الدكتور خليل النعيمي', 'المستشفى استقبل عشرة جرحى')]),
    ('وقال ابن عمه، حسن الشيباني، إن العائلة لم تتلق أي اتصال.',
     [('ابن عمه، حسن الشيباني', 'العائلة لم تتلق أي اتصال')]),
    ('وقال مدير مستشفى، الدكتور ناصر العبد، إن الأدوية نفدت.',
     [('مدير مستشفى، الدكتور ناصر العبد', 'الأدوية نفدت')]),
    ('وقال مدير مستشفى حلب إن الوضع صعب.', [('مدير مستشفى حلب', 'الوضع صعب')]),
])
def test_titles_with_apposed_names(text: str, expected: list) -> None:
    assert ar_statements(_HEAD + text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('وقال المزارع سليم حداد عن موسم القطاف الذي تأخر هذا العام: "لم نجمع نصف المحصول".',
     [('المزارع سليم حداد', 'لم نجمع نصف المحصول')]),
    ('وقال سليم حداد عن موسم القطاف الذي بدأ هذا العام: "لم نجمع نصف المحصول".',
     [('سليم حداد', 'لم نجمع نصف المحصول')]),
    ('ويصف العامل أحمد يوسف عمله: "نعمل من الفجر حتى المساء".',
     [('العامل أحمد يوسف', 'نعمل من الفجر حتى المساء')]),
    ('وتصف الممرضة سلمى خليل يومها: "لا نرتاح أبدا".',
     [('الممرضة سلمى خليل', 'لا نرتاح أبدا')]),
    ('ويستذكر الصياد عادل نور: "كان البحر مليئا بالسمك".',
     [('الصياد عادل نور', 'كان البحر مليئا بالسمك')]),
    ('وتستذكر سعاد حسن: "كنا نلعب في هذا الشارع".',
     [('سعاد حسن', 'كنا نلعب في هذا الشارع')]),
    ('ويتذكر المعلم ناصر علي أن المدرسة كانت مليئة بالطلاب.',
     [('المعلم ناصر علي', 'المدرسة كانت مليئة بالطلاب')]),
])
def test_quotes_after_topics_and_verbs_of_describing(text: str, expected: list) -> None:
    assert ar_statements(_HEAD + text) == expected


@pytest.mark.parametrize("text", [
    'وقال المزارع سليم حداد عن موسم القطاف الذي تأخر هذا العام.',
    'ووصف الوزير الهجوم بالجبان.',
    'ويتذكر الجميع تلك الأيام.',
    'وتحدث المزارع سليم حداد عن موسم القطاف.',
])
def test_describing_look_alikes(text: str) -> None:
    assert ar_statements(_HEAD + text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ('ونقل موقع "الأخبار" عن أحد الجرحى، سامي العلي، قوله: "سمعنا انفجارا كبيرا".',
     [('موقع "الأخبار"', 'سمعنا انفجارا كبيرا'),
      ('أحد الجرحى، سامي العلي', 'سمعنا انفجارا كبيرا')]),
    ('ونقلت قناة "الجزيرة" عن أحد الناجين، خالد منصور، قوله إن المسلحين أطلقوا النار.',
     [('قناة "الجزيرة"', 'المسلحين أطلقوا النار'),
      ('أحد الناجين، خالد منصور', 'المسلحين أطلقوا النار')]),
    ('وقالت إحدى المحررات، وهي في العشرين، لقناة "الغد": "عشنا أياما صعبة".',
     [('إحدى المحررات', 'عشنا أياما صعبة')]),
])
def test_relays_of_the_wounded_and_the_freed(text: str, expected: list) -> None:
    assert ar_statements(_HEAD + text) == expected
