"""Arabic round 146: things counted are no people, a part after a second toll, a released
captive named after his release, a headline masdar of leaving and an owner's name before
an outlet. The probe sentences are our own, written in the style of news."""

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
    # 1. bullets fired are no people, whatever verb follows them
    ('وذكر شهود أن المسلحين "أطلقوا عليه تسع رصاصات وفروا بسيارة".', []),
    ("وأطلق المسلحون على الحارس 12 رصاصة ثم فروا.", []),
    ("وأطلق مجهولون رصاصتين على التاجر وفروا إلى جهة مجهولة.", []),
    ("وأصيب 3 أشخاص برصاصات طائشة في الحي.", [(3, "wounded")]),
    # 2. a part after the second toll: its "others" and a place phrase before the part,
    # or a count of the wounded right before it with no comma
    ("وقال الوالي إن 12 شخصا قتلوا وجرح 30 آخرون في البلدات الثلاث، بينهم خمسة أطفال.",
     [(12, "killed"), (30, "wounded"), (5, "wounded")]),
    ("وقتل 5 أشخاص وأصيب 14 آخرون في قصف على السوق، بينهم طفلان.",
     [(5, "killed"), (14, "wounded"), (2, "wounded")]),
    ("وأوضح أن المستشفى استقبل جثث ستة أشخاص و21 جريحا بينهم ثلاث نساء.",
     [(6, "killed"), (21, "wounded"), (3, "wounded")]),
    # ... but not with no "others" (the pair's part is no one outcome's)
    ("وقتل 5 أشخاص وأصيب 12 في الحي، بينهم طفلان.", [(5, "killed"), (12, "wounded")]),
    # 3. one released, named after the release, then a relative verb of taking him
    ("أطلق مسلحون، مساء الأحد، سراح سائق شاحنة خطفوه قبل أربعة أيام.", [(1, "captured")]),
    ("وأطلق الخاطفون سراح مهندس اختطفوه الشهر الماضي.", [(1, "captured")]),
    ("وأطلقت العصابة سراح طبيبة اختطفتها من عيادتها.", [(1, "captured")]),
    # ... but not a release with no taking told, nor a pronoun of another gender
    ("وأطلق مسلحون سراح تاجر بعد دفع فدية.", []),
    ("وأطلق المسلحون سراح طبيب اختطفوها من قبل.", []),
    # 4. a headline opened by the masdar of leaving, violence named there or in the story
    ("رحيل 9 عائلات من تجمع رعوي بعد اعتداءات المستوطنين\nوقال سكان إن العائلات "
     "فككت خيامها.", [(9, "displaced")]),
    ("رحيل 13 عائلة من خربة شرق البلدة\nوقالت مصادر محلية إن هجمات المستوطنين "
     "المتكررة دفعت السكان إلى المغادرة.", [(13, "displaced")]),
    # ... but not a plan inside a sentence, nor a move for work
    ("اتفاق على خطة لرحيل 50 عائلة بعد هجمات المستوطنين\nوقال المسؤول إن الخطة "
     "ستنفذ.", []),
    ("رحيل 11 عائلة من القرية بحثا عن العمل\nوغادرت العائلات في الصيف.", []),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(text: str, expected: list[tuple[int | None, str]]) -> None:
    assert _read(text) == expected


SAID = [
    # 5. an owner's name in commas, then the outlet told to, its name in quotes, before "إن"
    ('وقال صاحب المخبز، سامي يوسف، لموقع «المدينة اليوم» إن القصف دمر الفرن، وإن '
     'خسائره كبيرة.',
     [("صاحب المخبز، سامي يوسف", "القصف دمر الفرن"), ("سامي يوسف", "خسائره كبيرة")]),
    ('وقال مالك المزرعة، خالد منصور، لمنصة "أصوات الريف" إن المسلحين سرقوا المواشي، وإن '
     'الرعاة فروا.',
     [("مالك المزرعة، خالد منصور", "المسلحين سرقوا المواشي"), ("خالد منصور", "الرعاة فروا")]),
    ('وقال مدير المدرسة، عمر حسن، لقناة "الوطن" إن الدوام توقف.',
     [("مدير المدرسة، عمر حسن", "الدوام توقف")]),
]


@pytest.mark.parametrize(("text", "expected"), SAID)
def test_said(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _said(text) == expected
