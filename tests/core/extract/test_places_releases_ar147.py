"""Arabic round 147: a count after a place phrase, releases told by "أفرج عن" and a
headline masdar, a part of the victims, a demand with a quoted object and a carried masdar
"نقل".
The probe sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _read
from workbench.core.extract import extract

# (a report's first line is its headline, read by the headline rules: the statements
# below stand in a body, after a line of their own)
_HEAD = "عنوان التقرير\nوقع الحادث صباح اليوم في المدينة. "


def _said(text: str) -> list[tuple[str | None, str]]:
    found = extract(_HEAD + text, None, language="ar")["statements"]
    return [(s["speaker"], s["text"]) for s in found]


READ = [
    # 1. "في" + a place's head noun + its name after the subject, before the count
    ("أوقفت الأجهزة الأمنية في مدينة مصراتة 38 مهاجرا غير نظامي، بينهم خمس نساء.",
     [(38, "arrested"), (5, "arrested")]),
    ("اعتقلت قوات الأمن العراقية في محافظة دير الزور أربعة مطلوبين.", [(4, "arrested")]),
    ("اعتقلت قوات الاحتلال الإسرائيلي في مخيم جنين 15 فلسطينيا بينهم طفلان.",
     [(15, "arrested"), (2, "arrested")]),
    # a time phrase there was passed over already, and still is
    ("أوقفت الأجهزة الأمنية صباح الأحد 38 مهاجرا غير نظامي.", [(38, "arrested")]),
    # no verb of an outcome before the place: nothing
    ("وتعيش العائلات النازحة في مدينة مصراتة 38 عاما.", []),
    ("وقالت الوزارة إن الأجهزة الأمنية في مدينة مصراتة 38 دورية.", []),
    # 2. a release by "أفرج عن" (its releasers and a time phrase before "عن") of one
    # indefinite person they had taken
    ("أفرج مسلحون، فجر الأحد، عن تاجر سوري خطفوه قبل أسبوع.", [(1, "captured")]),
    ("وأفرج الخاطفون عن طبيبة اختطفوها الشهر الماضي.", [(1, "captured")]),
    ("أفرجوا عن سائق خطفوه قبل أيام.", [(1, "captured")]),
    # ... and a headline's masdar of release with a passive of taking after the person
    ("الإفراج عن صراف خطف في بنغازي مقابل فدية", [(1, "captured")]),
    ("الإفراج عن صراف اختطف قبل أسبوع", [(1, "captured")]),
    # no taking told after the one released, or a count of prisoners: nothing
    ("أفرجت السلطات عن ناشط بعد أسبوع.", []),
    ("أفرجت السلطات عن 20 سجينا.", []),
    ("أفرج مسلحون عن تاجر وخطفوا شقيقه.", []),
    # 3. a part of the victims after a count of the dead keeps the dead's outcome
    ('وعثر على جثث سبعة أشخاص في الوادي. وقال الشهود إن ثلاثة من الضحايا "كانت أيديهم '
     'مقيدة".', [(7, "killed"), (3, "killed")]),
    ("وقتل خمسة أشخاص في الهجوم. وكان ثلاثة من الضحايا أطفالا.",
     [(5, "killed"), (3, "killed")]),
    # ... not after the taken, nor after the wounded, nor alone, nor vague or a share
    ("وخطف مسلحون سبعة أشخاص. وقال شهود إن ثلاثة من الضحايا كانوا من الأطفال.",
     [(7, "captured")]),
    ("وقتل خمسة أشخاص وأصيب عشرة آخرون. وكان ثلاثة من الضحايا أطفالا.",
     [(5, "killed"), (10, "wounded")]),
    ("وكان ثلاثة من الضحايا أطفالا.", []),
    ("قتل 20 شخصا، وإن عددا من الضحايا ما زالوا تحت الركام.", [(20, "killed")]),
    ("وقتل 20 شخصا في القصف، وإن 70 في المئة من الضحايا من النساء.", [(20, "killed")]),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(text: str, expected: list[tuple[int | None, str]]) -> None:
    assert _read(text) == expected


SAID = [
    # 4. a demand's quoted object after "بـ": the speaker ends before it, and the time when
    # after the quote is the writer's setting
    ('وطالبت المنظمة بـ"ممر آمن لنقل الجرحى"، في وقت يعاني فيه المستشفى من نقص حاد.',
     [("المنظمة", 'بـ"ممر آمن لنقل الجرحى"')]),
    ('وطالبت منظمة الصحة العالمية بـ"ممر آمن للجرحى والمرضى، وإدخال الأدوية"، في وقت '
     'يعاني فيه المستشفى من نقص حاد.',
     [("منظمة الصحة العالمية", 'بـ"ممر آمن للجرحى والمرضى، وإدخال الأدوية"')]),
    ('وطالبت المنظمة بـ"ممر آمن لنقل الجرحى"، في وقت تشهد المدينة قصفا.',
     [("المنظمة", 'بـ"ممر آمن لنقل الجرحى"')]),
    # a demand with no quote reads as it did
    ("وطالب الأهالي بفتح تحقيق في الحادث.", [("الأهالي", "بفتح تحقيق في الحادث")]),
    # 5. the masdar "نقل" (moving people) a second verb governs carries the subject over
    ('ودعت مديرية الصحة إلى "فتح الطريق"، وأحصت نقل سبعة جرحى إلى المستشفى.',
     [("مديرية الصحة", 'إلى "فتح الطريق"'),
      ("مديرية الصحة", "نقل سبعة جرحى إلى المستشفى")]),
    ("وأدانت الوزارة الهجوم، وأعلنت نقل الجرحى إلى مستشفيات العاصمة.",
     [("الوزارة", "نقل الجرحى إلى مستشفيات العاصمة")]),
    # ... but "نقل عن" relays a source's words, as before
    ("وقال الجيش إن الهجوم صد، ونقل عن مصدر أمني قوله إن المهاجمين فروا.",
     [("الجيش", "الهجوم صد"), ("مصدر أمني", "المهاجمين فروا")]),
]


@pytest.mark.parametrize(("text", "expected"), SAID)
def test_said(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _said(text) == expected
