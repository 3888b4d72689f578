"""Arabic captives told by their release at the hands of an armed holder (round ar109)."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int]]:
    return sorted((str(f["outcome"]), int(f["count_low"])) for f in find_casualties_ar(text))


@pytest.mark.parametrize(("text", "want"), [
    ("أفرج المسلحون عن تسعة صيادين بعد احتجازهم أسبوعا.", [("captured", 9)]),
    ("أفرجت الميليشيا عن أربعة سائقين بوساطة عشائرية.", [("captured", 4)]),
    ("أطلق الخاطفون سراح طفلين في ساعة متأخرة.", [("captured", 2)]),
    ("أطلق الجانبان ثلاثين من مقاتلي الحركة.", [("captured", 30)]),
    # the singular accusative after eleven to ninety-nine, and a plural with its possessive
    ("أفرجت الجماعة عن 13 مزارعا من القرية.", [("captured", 13)]),
    ("أطلق الجانبان 25 من مقاتليهما بوساطة قبلية.", [("captured", 25)]),
    # a part of the freed told right after them
    ("أفرجت الجماعة عن تسعة سائقين، بينهم مسعف.", [("captured", 1), ("captured", 9)]),
    ("أطلق المسلحون سراح 15 شخصا بينهم طفلان.", [("captured", 2), ("captured", 15)]),
    # a state's release in a deal frees captives too
    ("أطلق الجيش 20 من عناصر الفصيل مقابل جثث جنوده.", [("captured", 20)]),
    # freeing names captors whoever frees, and the people given in return were held too
    ("أعلنت الشرطة تحرير ثمانية تجار خطفتهم عصابة.", [("captured", 8)]),
    ("أفرجت الجماعة عن 20 أسيرا مقابل 30 من مقاتليها.", [("captured", 20), ("captured", 30)]),
    # the feminine plural of the captives
    ("أعلنت الشرطة تحرير خمس فتيات مخطوفات.", [("captured", 5)]),
])
def test_released_captives_are_read(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a part of people named before keeps their outcome (round ar123), and a release with
    # no holder
    ("اعتقلت الشرطة 20 شابا، وأفرجت عن ستة منهم بعد التحقيق.", [("arrested", 6), ("arrested", 20)]),
    ("أفرجت السلطات عن خمسة صيادين بعد يومين.", []),
    ("أطلق المسلحون صاروخا على المدينة.", []),
    ("أعلن الجيش تحرير 5 قرى من قبضة التنظيم.", []),
    ("أطلق الخاطفون سراح ثلاثة أشخاص مقابل 500 دولار.", [("captured", 3)]),
    ("أفرج البنك عن الأموال المجمدة.", []),
    ("تبادل الطرفان إطلاق النار لساعات.", []),
    # inmates who broke out are no displaced
    ("فر 200 سجين من السجن بعد هجوم مسلح.", []),
])
def test_lookalikes_keep_their_reading(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want
