"""Arabic captives of armed groups, released or still held, in the shapes round ar109 left
(round ar114): the holder before the verb, the holder in a construct, the verbal noun, a
captivity lasting, a detention by the armed doers of an earlier verb."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int]]:
    return sorted((str(f["outcome"]), int(f["count_low"])) for f in find_casualties_ar(text))


@pytest.mark.parametrize(("text", "want"), [
    # the holder first, then the verb with its ending of agreement
    ("وأوضح الناطق أن الخاطفين أفرجوا عن أربعة حراس بعد وساطة.", [("captured", 4)]),
    ("الميليشيا أطلقت سراح 16 بحارا من السفينة.", [("captured", 16)]),
    ("وأكد شهود أن المتمردين أطلقوا سراح صحفيين اثنين.", [("captured", 2)]),
    ("وقال الأهالي إن المسلحين أطلقوا سراح ممرضتين.", [("captured", 2)]),
    ("التنظيم أفرج عن ستة رعاة من البادية.", [("captured", 6)]),
    # the holder in a construct after the verb
    ("أفرج مسلحو العشيرة عن خمسة آخرين.", [("captured", 5)]),
    ("وأطلق خاطفو القافلة سراح 12 سائقا.", [("captured", 12)]),
    ("أطلق خاطفو الحافلة فجر الاثنين سراح تسعة ركاب.", [("captured", 9)]),
    # the verbal noun, its holder after it; "من" and the people with their article
    ("ورحب المبعوث بإفراج الحركة عن 8 موظفين.", [("captured", 8)]),
    ("إفراج الجماعة عن 23 من الصيادين والبحارة.", [("captured", 23)]),
    ("إطلاق الحوثيين سراح 7 من المعلمين.", [("captured", 7)]),
    # a count with no noun released after a capture told before it in the sentence
    ("اختطاف تسعة مسافرين والإفراج عن أربعة.", [("captured", 4), ("captured", 9)]),
    # people a capture told earlier, named again by their number at their release
    ("وكان مسلحون قد خطفوا أربعة عمال. وأفرجت الشرطة عن العمال الأربعة فجرا.",
     [("captured", 4), ("captured", 4)]),
    # a captivity lasting, of people named by their number
    ("ولا يزال المهندسون الخمسة الآخرون محتجزين لدى الجماعة.", [("captured", 5)]),
    ("الركاب الثلاثة ما زالوا محتجزين لدى الخاطفين.", [("captured", 3)]),
    ("والطلاب الستة محتجزون في قبضة العصابة.", [("captured", 6)]),
    # two named by their number, read as detained before: the armed holder makes them
    # captives
    ("وأكد أن المهندسين الاثنين لا يزالان محتجزين لدى الجماعة.", [("captured", 2)]),
    # a detention by the armed doers of an earlier verb, or by a construct holder
    ("وقال نازحون إن مسلحي التنظيم أحرقوا بيوتا، واحتجزوا عشرات الأسر.", [("captured", 24)]),
    ("وهاجم عناصر الفصيل السوق، وقتلوا رجلين، واحتجزوا 11 شابا.",
     [("captured", 11), ("killed", 2)]),
    ("احتجز مسلحو القبيلة 9 عمال.", [("captured", 9)]),
])
def test_captives_of_armed_holders_are_read(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a part of people named before, released after the holding, keeps the capture
    # (round ar123's rule; the group after the count ends at "ثم" since round ar125)
    ("خطف مسلحون ثمانية عمال ثم أطلقوا سراح ثلاثة منهم.", [("captured", 3), ("captured", 8)]),
    ("إفراج التنظيم عن 5 منهم.", []),
    # a state's release and detention keep their reading
    ("أفرجت السلطات عن 40 معتقلا.", [("arrested", 40)]),
    ("احتجزت الشرطة 6 مشتبهين.", [("arrested", 6)]),
    ("وما زال الموقوفون الثلاثة محتجزين لدى الأمن.", []),
    ("اعتقلت الشرطة خمسة شبان. ثم أفرجت عن الشبان الخمسة.", [("arrested", 5)]),
    ("اعتقال 12 شابا والإفراج عن خمسة.", [("arrested", 12)]),
    ("وطالبت النقابة بالإفراج عن أربعة.", []),
    # fire, rockets, money, goods and contracts
    ("المسلحون أطلقوا النار على ثلاثة مارة.", []),
    ("الحوثيون أطلقوا 9 صواريخ باليستية.", []),
    ("الجماعة أطلقت 30 قذيفة على الحي.", []),
    ("أفرجت الحكومة عن 50 مليون دولار.", []),
    ("الإفراج عن 300 طن من المساعدات.", []),
    ("أعلنت الجمارك احتجاز الشحنة.", []),
    ("تم تحرير عقد جديد مع الشركة.", []),
    # soldiers fighting gunmen hold as the state: the gunmen are the object
    ("قاتل الجنود المسلحين ساعات، وقتلوا ثلاثة منهم، واحتجزوا خمسة آخرين.",
     [("arrested", 5), ("killed", 3)]),
])
def test_lookalikes_keep_their_reading(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want
