"""Arabic prisoner exchanges, the other side's captives after "مقابل", armed pairs
releasing the held, and fates unknown (round ar115)."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int]]:
    return sorted((str(f["outcome"]), int(f["count_low"])) for f in find_casualties_ar(text))


@pytest.mark.parametrize(("text", "want"), [
    # an exchange told by its noun, the captives counted after it
    ("تعز: تبادل 38 أسيرا بين القوات الحكومية والحوثيين.", [("captured", 38)]),
    ("وتبادل الطرفان 24 أسيرا عند خط التماس.", [("captured", 24)]),
    ("وشملت عملية التبادل 64 محتجزا من الجانبين.", [("captured", 64)]),
    # a release with no holder named, inside an exchange or a mediation
    ("وأفرج عن 29 محتجزا في عملية تبادل جرت عند المعبر.", [("captured", 29)]),
    ("بوساطة قبلية، أفرج عن 41 أسيرا من الطرفين.", [("captured", 41)]),
    # a detention a mediation ends is a captivity, not an arrest
    ("أنهت وساطة عشائرية احتجاز 13 شخصا.", [("captured", 13)]),
    # the other side's captives after "مقابل", named with the article or by a singular
    ("أطلقت الحكومة 27 أسيرا من عناصر الجماعة مقابل 19 من الجنود.",
     [("captured", 19), ("captured", 27)]),
    ("أطلق الجيش 20 أسيرا مقابل 15 جنديا.", [("captured", 15), ("captured", 20)]),
    # two armed groups, or a side of the war, as the releasers
    ("أفرجت جماعتان مسلحتان عن 18 محتجزا.", [("captured", 18)]),
    ("أطلق الطرفان سراح 66 محتجزا.", [("captured", 66)]),
    ("وأطلق الجانب الآخر بدوره سراح ستة من أبناء البلدة.", [("captured", 6)]),
    # people named before by their number, still held after their abduction
    ("خطف مسلحون سبعة سائقين، وأفرجوا عن ثلاثة منهم، فيما السائقون الأربعة الآخرون ما زالوا "
     "محتجزين.", [("captured", 3), ("captured", 4), ("captured", 7)]),
    ("اختطف التنظيم 20 راعيا، وما زال الرعاة العشرة الآخرون محتجزين.",
     [("captured", 10), ("captured", 20)]),
    # a fate nobody knows, told by not knowing it or by the counted's adjective
    ("ولم يعرف حتى الآن مصير 35 مدنيا.", [("missing", 35)]),
    ("وقالت العائلات إنها لا تعرف مصير 80 شابا.", [("missing", 80)]),
    ("أكثر من 900 من سكان المخيم ما زالوا مجهولي المصير.", [("missing", 900)]),
    ("وما زال 19 من أهالي الحي مجهولي المصير.", [("missing", 19)]),
    # the counted as a dual, a vague count, a people noun of its own, or inside a quote
    ("وأضاف أن شخصين آخرين لا يزالان مجهولي المصير.", [("missing", 2)]),
    ("وقال إن عددا من الرعاة ما زالوا مجهولي المصير.", [("missing", 2)]),
    ("أكثر من 1,500 إيزيدي ما زالوا مجهولي المصير.", [("missing", 1500)]),
    ('وقال البيان إن أربعة جنود "ما زالوا مجهولي المصير".', [("missing", 4)]),
])
def test_exchanges_and_fates_are_read(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # an exchange of fire, of words or of goods trades nobody
    ("قتل شرطيان في تبادل لإطلاق النار قرب السوق.", [("killed", 2)]),
    ("تبادل الجانبان الاتهامات بخرق الهدنة.", []),
    ("تبادل البلدان 40 طنا من المساعدات.", []),
    # an exchange agreed or still to come counts nobody, as the blind sets' gold has it
    ("اتفق الطرفان على تبادل 600 أسير الشهر المقبل.", []),
    ("وتبادل 500 محتجز مرهون بنجاح المفاوضات.", []),
    # "مقابل" before money, a rate or a comparison
    ("اشترى السلاح مقابل 500 دولار.", []),
    ("تراجع الريال إلى 2,400 مقابل الدولار.", []),
    ("سجلت 370 شاحنة مقابل 600 في الشهر السابق.", []),
    # a state's release outside an exchange stays its detainees'
    ("أفرجت السلطات عن 45 معتقلا.", [("arrested", 45)]),
    # the release of a part of people counted before keeps their outcome (round ar123)
    ("اعتقل الجنود 11 شابا وأطلقوا سراح ثلاثة منهم بعد ساعات.",
     [("arrested", 3), ("arrested", 11)]),
    # "مصير ... مجهولا" of the others of a toll is no figure, nor a fate of things (round
    # ar163 reads the fate of counted people with "still": "ما زال مصير 12 شخصا مجهولا" is
    # missing 12, in test_fates_idioms_families_ar163.py)
    ("مصير ثلاثة آخرين ما زال مجهولا.", []),
    ("مصير المفاوضات ما زال مجهولا.", []),
    ("لم يعرف مصير الاتفاق.", []),
    ("مستقبل 60 موظفا مجهول.", []),
    # people still held after an arrest are no captives
    ("اعتقلت الشرطة ستة شبان، والشبان الأربعة الآخرون ما زالوا محتجزين.", [("arrested", 6)]),
])
def test_look_alikes_keep_their_reading(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want
