"""Arabic statements, round 188 (issue 11): a plural participle's call or demand after a
plural of people who open their sentence; a body's quoted name set in commas after what it
is.

1. "ورحب شيوخ عشائر في قضاء ... بالخطة، داعين إلى ...": the plural participle agrees with
   the plural of people whose verb opens the sentence, not with a single speaker named in a
   sentence before. The subject is the plural, its genitive and the place it is from. A
   singular participle after them, or a plural one after a delegation ("وفد"), is left as
   it was.
2. 'وقالت الجهة المنظمة، شركة "نجوم للمعارض"، في بيان إن': a body's name in quotes set in
   commas after what the body is, then the medium and the complementizer, was read not at
   all; it reads as a person's name does there (title and name, as written; a later "وإن"
   is the name's). A relay ('، نقلا عن "مصادر خاصة"،') or a quotation in the commas is no
   name.
3. "وتشير إحصاءات رسمية إلى تسجيل 900 بلاغ": data that point to a count recorded
   ("تسجيل"، "رصد"، "توثيق") are their keeper's claim, as when they point to a death. A
   rise they point to, data with no keeper or adjective ("الأرقام") and a sign pointing to
   where names are recorded stay unread.

Every sentence is fictional and written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_statements

_HEAD = "أخبار المحافظة\n"
_GOVERNOR = "وقال المحافظ سالم العبيدي إن الوضع مستقر. "
_SAID = ("المحافظ سالم العبيدي", "الوضع مستقر")


def _body(sentence: str) -> list[tuple[str | None, str]]:
    return ar_statements(_HEAD + sentence)


@pytest.mark.parametrize(("text", "expected"), [
    # 1. the plural of people, its genitive and where it is from
    (_GOVERNOR + 'ورحب وجهاء قرى في ناحية الصفا بالقرار، داعين إلى "نشر دوريات دائمة" '
     'على الطرق الزراعية.',
     [_SAID, ("وجهاء قرى في ناحية الصفا", 'إلى "نشر دوريات دائمة" على الطرق الزراعية')]),
    (_GOVERNOR + "وأشاد مزارعون في البلدة بالحملة، مطالبين بتعويضهم عن خسائرهم.",
     [_SAID, ("مزارعون في البلدة", "بتعويضهم عن خسائرهم")]),
    ("وقالت الوزيرة هالة الصافي إن الدعم سيصل. واجتمع شيوخ قبائل من المنطقة الشرقية "
     "بالمسؤولين، داعين إلى حماية المراعي.",
     [("الوزيرة هالة الصافي", "الدعم سيصل"),
      ("شيوخ قبائل من المنطقة الشرقية", "إلى حماية المراعي")]),
    ("وقال المدير كريم الناصر إن المستشفى ممتلئ. واحتج أهالي الحي أمام المبنى، مطالبين "
     "بنقل الجرحى إلى مستشفيات أخرى.",
     [("المدير كريم الناصر", "المستشفى ممتلئ"),
      ("أهالي الحي", "بنقل الجرحى إلى مستشفيات أخرى")]),
    (_GOVERNOR + "وندد محامون من بلدة الريحان بالاعتداء، مطالبين بمحاسبة الفاعلين.",
     [_SAID, ("محامون من بلدة الريحان", "بمحاسبة الفاعلين")]),
    # near-misses: a singular subject and participle, as before
    (_GOVERNOR + "ورحب المحافظ بالقرار، داعيا إلى الإسراع في تنفيذه.",
     [_SAID, ("المحافظ", "إلى الإسراع في تنفيذه")]),
    # ... a singular participle after the plural: the speaker named before
    (_GOVERNOR + "ورحب وجهاء قرى في ناحية الصفا بالقرار، داعيا إلى الهدوء.",
     [_SAID, ("المحافظ سالم العبيدي", "إلى الهدوء")]),
    # ... a delegation is no plural of people
    (_GOVERNOR + "وزار وفد من الوزارة المنطقة، داعين إلى الهدوء.",
     [_SAID, ("المحافظ سالم العبيدي", "إلى الهدوء")]),
])
def test_plural_people_call(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _body(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 2. a body's quoted name in commas, then the medium
    ('وقالت الجهة المنظمة، شركة "نجوم للمعارض"، في بيان إن "الازدحام بدأ عند البوابة '
     'الشمالية"، وإن الحراس أغلقوا المدخل.',
     [('الجهة المنظمة، شركة "نجوم للمعارض"', "الازدحام بدأ عند البوابة الشمالية"),
      ('شركة "نجوم للمعارض"', "الحراس أغلقوا المدخل")]),
    ('وقالت الشركة المشغلة، مؤسسة "الرافدين للنقل"، في تصريح لوكالة الأنباء إن الحافلة '
     'كانت قد خضعت للصيانة.',
     [('الشركة المشغلة، مؤسسة "الرافدين للنقل"', "الحافلة كانت قد خضعت للصيانة")]),
    ('وأوضحت الجهة المشرفة، جمعية "أصدقاء البحر"، في بيان أن المتطوعين انتشلوا ثلاثة '
     'غرقى.',
     [('الجهة المشرفة، جمعية "أصدقاء البحر"', "المتطوعين انتشلوا ثلاثة غرقى")]),
    # ... or the complementizer at once
    ('وقالت الشركة المشغلة، مؤسسة "الرافدين للنقل"، إن الحافلة كانت قد خضعت للصيانة.',
     [('الشركة المشغلة، مؤسسة "الرافدين للنقل"', "الحافلة كانت قد خضعت للصيانة")]),
    ('وذكر المتعهد، مكتب "الأفق للهندسة"، في بيان أن السقف انهار ليلا.',
     [('المتعهد، مكتب "الأفق للهندسة"', "السقف انهار ليلا")]),
    # near-misses: a relay in the commas is a second source, no name
    ('وقال المدير، نقلا عن "مصادر خاصة"، إن المشروع سينتهي قريبا.',
     [("المدير", "المشروع سينتهي قريبا"), ("مصادر خاصة", "المشروع سينتهي قريبا")]),
    ('وقال المدير، عن "مصادر خاصة"، إن المشروع سينتهي قريبا.',
     [("المدير", "المشروع سينتهي قريبا")]),
    # ... and a quotation in the commas is words, not a name
    ('وقال المدير، "نحن لا نعرف شيئا"، في إشارة إلى الحادث.', []),
    # ... nor a clause about a document with a quoted outlet in it
    ("وكشفت وثيقة صادرة عن وزارة الزراعة، اطلعت عليها «صحيفة الأفق»، أن 30 بئرا جفت هذا "
     "الصيف.",
     [("وثيقة صادرة عن وزارة الزراعة", "30 بئرا جفت هذا الصيف")]),
])
def test_quoted_name_in_commas(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _body(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 3. data that point to a count recorded
    ("وتشير إحصاءات رسمية إلى تسجيل أكثر من 900 بلاغ بسرقة مواش في الولاية خلال العام "
     "الماضي.",
     [("إحصاءات رسمية",
       "تسجيل أكثر من 900 بلاغ بسرقة مواش في الولاية خلال العام الماضي")]),
    ("وتشير بيانات الجمعية إلى رصد 40 حالة اعتداء على الصيادين منذ مطلع العام.",
     [("بيانات الجمعية", "رصد 40 حالة اعتداء على الصيادين منذ مطلع العام")]),
    ("وتشير سجلات المستشفى إلى توثيق 17 إصابة بالتسمم خلال أسبوع.",
     [("سجلات المستشفى", "توثيق 17 إصابة بالتسمم خلال أسبوع")]),
    ("ويشير أرقام البلدية إلى تسجيل 12 حريقا في الغابات.",
     [("أرقام البلدية", "تسجيل 12 حريقا في الغابات")]),
    # near-misses: a rise, data of nobody, and a sign
    ("وتشير إحصاءات رسمية إلى ارتفاع عدد السرقات.", []),
    ("وتشير الأرقام إلى تسجيل 300 حادث.", []),
    ("وتشير اللافتة إلى تسجيل الأسماء في المكتب.", []),
])
def test_data_point_to_record(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _body(text) == expected
