"""Arabic round 169: hostages and captives killed; doers of a crime who flee are not
displaced; a part freed with "من"; "one of" after a preposition of place and a feminine
numeral with "منها" are no people; a headline's present of seizing; weights after a number;
people held by groups.
The probe sentences are our own, written in the style of news, with invented people and
places."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties

CASUALTIES = [
    # a captive noun right after a word of killing: killed, not held
    ("مقتل رهينة في منطقة الساحل بعد عجز أسرته عن دفع الفدية", [(1, "killed")]),
    ("أعدم مسلحون رهينة أجنبيا بعد انتهاء المهلة التي حددوها.", [(1, "killed")]),
    ("قتل الخاطفون رهينة في الصحراء الغربية أمس.", [(1, "killed")]),
    ("وأعلنت الجماعة إعدام رهينتين في شريط مصور.", [(2, "killed")]),
    ("قتل رهينتان خلال محاولة فاشلة لتحريرهما في الوادي.", [(2, "killed")]),
    ("مقتل مختطف برصاص خاطفيه في ريف المدينة الشمالي", [(1, "killed")]),
    # ... a count of them was read already and stays one figure
    ("قتل ٣ رهائن في الهجوم على المجمع.", [(3, "killed")]),
    # doers of a crime who flee are no displaced people
    ("وأضاف البيان أن ثلاثة من الخاطفين فروا باتجاه الجبال.", []),
    ("فر ٤ من الجناة إلى جهة مجهولة بعد الحادث.", []),
    ("وتمكن اثنان من اللصوص من الفرار بعد تبادل لإطلاق النار.", []),
    # ... while people fleeing are displaced, even from kidnappers
    ("فر آلاف المدنيين من القرية هربا من القصف.", [(2000, "displaced")]),
    ("وفر عشرات الأهالي من الحي خوفا من الخاطفين.", [(24, "displaced")]),
    # a part freed with "من" and a people plural after a freeing word: captured
    ("أعلنت المديرية تحرير ثلاثة من التلاميذ مساء الاثنين في مزرعة.", [(3, "captured")]),
    ("تمكنت الشرطة من تحرير أربعة من الركاب المخطوفين.", [(4, "captured")]),
    ("وحررت قوات الأمن ١٢ من المهاجرين المحتجزين لدى عصابة تهريب.", [(12, "captured")]),
    ("حررت الشرطة 5 من العمال في مزرعة جنوب البلدة.", [(5, "captured")]),
    # ... not places, nor a part of people counted before
    ("أعلن الجيش تحرير ثلاثة من الأحياء الشرقية للمدينة.", []),
    ("حررت القوات خلال الهجوم أربعا من القرى المجاورة.", []),
    # "one of" after a preposition of place is a place; the person before is read
    ("خطف تاجر قبل أسبوع في أحد بساتين البلدة.", [(1, "captured")]),
    ("قتل شاب برصاص مجهولين في أحد أحياء المدينة.", [(1, "killed")]),
    ("أصيب طفل بجروح قرب إحدى المدارس في القرية.", [(1, "wounded")]),
    # ... while "one of" people still counts, after "إلى" too
    ("قتل أحد المسلحين في الاشتباك.", [(1, "killed")]),
    ("منعت القوات الإسعاف من الوصول إلى أحد المصابين لنحو ساعة.", [(1, "wounded")]),
    # a feminine numeral with "منها" counts operations or cases, no people
    ("وشهدت المنطقة ثلاث عمليات خطف مماثلة، انتهت اثنتان منها بدفع فدية.", []),
    ("سجلت المحافظة خمس حالات خطف، انتهت ثلاث منها بالإفراج عن أصحابها.", []),
    ("وقعت أربع عمليات اغتيال في المدينة، نجحت اثنتان منها.", []),
    # ... a part of women is "منهن", and keeps its count
    ("خطفت خمس فتيات، أفرج عن ثلاث منهن لاحقا.", [(5, "captured"), (3, "captured")]),
    # a headline's present of seizing: arrested, as "ضبط"
    ("الأمن يحرر طفلا خطف في المنيا ويضبط ثلاثة متهمين", [(1, "captured"), (3, "arrested")]),
    ("الشرطة تضبط ٤ متهمين بسرقة المواشي", [(4, "arrested")]),
    ("الشرطة تحرر فتاة خطفت في الجيزة وتضبط 4 متهمين", [(1, "captured"), (4, "arrested")]),
    # ... and seizing things is no arrest
    ("الشرطة تضبط 3 أطنان من المخدرات في الميناء", []),
    # people held by groups (the plural and dual of "مجموعة") are captives
    ("وقال مصدر إن عشرات الأشخاص ما زالوا محتجزين لدى مجموعات مختلفة.", [(24, "captured")]),
    ("لا يزال ١٥ شخصا محتجزين لدى مجموعات مسلحة في الريف.", [(15, "captured")]),
    ("وأكدت المصادر أن 7 مدنيين محتجزون لدى المجموعات المسلحة منذ أسبوع.", [(7, "captured")]),
    # ... while the state's arrests stay arrests
    ("اعتقلت الشرطة عشرات الأشخاص في مجموعات متفرقة.", [(24, "arrested")]),
    ("وقال إن 30 معتقلا ما زالوا في سجون الدولة.", [(30, "arrested")]),
    # a nisba after a person before a passive of taking describes him: one person
    ("حررت القوات مواطنا سوريا خطف قبل أيام في بستان قرب البلدة.", [(1, "captured")]),
    ("حررت الشرطة عاملا لبنانيا اختطف أمس من ورشته.", [(1, "captured")]),
    ("وقال المصدر إن مواطنا مصريا خطف قرب الحدود الأسبوع الماضي.", [(1, "captured")]),
    ("وعثر على طفل خطف من أمام منزله.", [(1, "captured")]),
    # weights lost or seized after a number are no people
    ("وقال إنه فقد نحو عشرة كيلوغرامات من وزنه خلال احتجازه.", []),
    ("وأكد أنه فقد ١٢ كيلوغراما من وزنه في الأسر.", []),
    ("فقد ثلاثة أشخاص في البحر قبالة السواحل.", [(3, "missing")]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_casualties(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected


def test_definite_hostage_stays_unread() -> None:
    # one the story named before: the definite noun is no count
    assert _casualties("وأكدت الأسرة مقتل الرهينة في الصحراء.") == []


def test_freed_hostage_stays_captured() -> None:
    assert _casualties("حررت القوات رهينة في عملية خاصة.") == [(1, "captured")]
