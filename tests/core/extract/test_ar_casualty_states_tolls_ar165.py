"""Arabic round 165: a fate still unknown told inside a quotation; a part of the wounded
with "still" (or lying) before its state; one of the injuries by its severity; one or two
people described by the participle of being hurt; a toll set against another with
"مقابل". The probe sentences are our own, written in the style of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties

CASUALTIES = [
    # the fate first inside a quotation: the opening quote is no "still"
    ('وقال المتحدث باسم الشركة: "مصير عشرة موظفين ما زال مجهولا".', [(10, "missing")]),
    ("وقال قائد خفر السواحل: «مصير 7 صيادين لا يزال مجهولا حتى الآن».", [(7, "missing")]),
    ('وأكد المحافظ أن "مصير ١٥ عاملا ما زال مجهولا" بعد انهيار المنجم.', [(15, "missing")]),
    ('وأضاف: "مصير ثلاثة من أفراد الطاقم ما زال مجهولا".', [(3, "missing")]),
    # a part of the wounded, "still" or lying before its state
    ("وقال المستشفى إنه استقبل 30 جريحا، وإن 12 منهم ما زالوا في العناية المركزة.",
     [(30, "wounded"), (12, "wounded")]),
    ("وأصيب ١٤ مدنيا في القصف، ٣ منهم لا يزالون في العناية المركزة.",
     [(14, "wounded"), (3, "wounded")]),
    ("أصيب 18 شخصا في الحريق، خمسة منهم يرقدون في العناية المركزة.",
     [(18, "wounded"), (5, "wounded")]),
    ("أصيب سبعة جنود في الكمين، اثنان منهم مازالا في العناية المركزة.",
     [(7, "wounded"), (2, "wounded")]),
    # one of the injuries counted before, by its severity
    ("وقالت الجمعية إن طواقمها تعاملت مع سبع إصابات بالرصاص الحي، إحداها خطيرة.",
     [(7, "wounded"), (1, "wounded")]),
    ("وسجل الهلال الأحمر ١١ إصابة بالرصاص المعدني، إحداها بحالة حرجة، و٢٠ حالة اختناق.",
     [(11, "wounded"), (1, "wounded"), (20, "wounded")]),
    ("وتعاملت الطواقم مع خمس إصابات خلال المواجهات قرب الحاجز، إحداها في حالة خطيرة.",
     [(5, "wounded"), (1, "wounded")]),
    ("ونقلت سيارات الإسعاف 6 إصابات إلى مستشفى الرحمة، إحداها وصفت بالخطيرة.",
     [(6, "wounded"), (1, "wounded")]),
    # one or two people described by the agreeing participle of being hurt
    ("وقال مدير مستشفى الوادي إن المستشفى استقبل امرأة مصابة بشظايا في الرأس.",
     [(1, "wounded")]),
    ("ووصلت إلى المستشفى جثة شاب، إلى جانب امرأتين مصابتين.",
     [(1, "killed"), (2, "wounded")]),
    ("ونقلت سيارات الإسعاف رجلين مصابين إلى مستشفى النور.", [(2, "wounded")]),
    ("وعثر المسعفون على طفلة مصابة تحت ركام المنزل.", [(1, "wounded")]),
    ("قتل شاب برصاص قناص، فيما نقلت الطواقم طفلا مصابا إلى المستشفى.",
     [(1, "killed"), (1, "wounded")]),
    ("وأسعف الدفاع المدني شابين مصابين بحروق قرب المخبز.", [(2, "wounded")]),
    # a toll set against another with "مقابل"
    ("قتل 40 جنديا في المعارك مقابل 25 مسلحا من التنظيم.",
     [(40, "killed"), (25, "killed")]),
    ("وثقت الشبكة مقتل 300 مدني خلال الشهر، مقابل 410 مدنيين في الشهر السابق.",
     [(300, "killed"), (410, "killed")]),
    ("وأوضح التقرير أن 120 عنصرا من القوات الحكومية لقوا مصرعهم، مقابل 85 مقاتلا من "
     "الفصائل، و40 من عناصر التنظيم.", [(120, "killed"), (85, "killed"), (40, "killed")]),
    ("وأحصى المرصد مقتل ٢١٠ مدنيين في الشهر الماضي، مقابل ١٧٥ في الشهر الذي سبقه.",
     [(210, "killed"), (175, "killed")]),
    ("أصيب 60 متظاهرا مقابل 12 شرطيا في المواجهات.", [(60, "wounded"), (12, "wounded")]),
    ("وقتل خمسة عشر عنصرا من الشرطة، مقابل ثلاثين مسلحا.", [(15, "killed"), (30, "killed")]),
]

CASUALTIES_UNCHANGED = [
    # the fate with "still" both before and after, or none, stays as it was
    ('وسأل الصحفي: "ما مصير ستة صيادين؟".', []),
    ('وقال الوزير: "مصير المفاوضات ما زال مجهولا".', []),
    # read before this round, kept as guards
    ("وقالت الشركة إن مصير عشرة موظفين ما زال مجهولا.", [(10, "missing")]),
    ("أصيب 25 شخصا في الانفجار، ستة منهم في العناية المركزة.",
     [(25, "wounded"), (6, "wounded")]),
    # ("still" before a state of severity was read by the state reader already)
    ("أصيب تسعة عمال في الانفجار، وأربعة منهم ما زالوا في حالة حرجة.",
     [(9, "wounded"), (4, "wounded")]),
    ("وقالت الوزارة إن 40 شخصا أصيبوا، وإن ستة منهم لا يزالون في حالة خطرة.",
     [(40, "wounded"), (6, "wounded")]),
    # "still" of a part that is no state of the wounded: prisoners, the dead
    ("اعتقلت القوات 30 شابا، وما زال 12 منهم في السجن.", [(30, "arrested")]),
    ("قتل 20 مسلحا، وما زال خمسة منهم في المستشفى.", [(20, "killed")]),
    # a negation alone is no "still"
    ("أصيب عشرة أشخاص، ولا يعرف شيء عن حالتهم.", [(10, "wounded")]),
    # "إحداها" after no injuries, of whose injury it was, or after a disease's cases; the
    # body part hit, on which the sets split
    ("أطلقت الفصائل خمسة صواريخ، إحداها سقطت في البحر.", []),
    ("تعاملت الطواقم مع سبع إصابات، إحداها لمسعف متطوع.", [(7, "wounded")]),
    ("أحصت الوزارة 9 إصابات بالكوليرا، إحداها في حالة خطيرة.", []),
    ("وقعت ثلاثة انفجارات في المدينة، إحداها خطيرة.", []),
    ("تعاملت الطواقم مع ست إصابات بالرصاص الحي، إحداها في الرأس.", [(6, "wounded")]),
    # the participle of a disease, after "each", after a count, or with a definite noun
    ("استقبل المستشفى امرأة مصابة بالسرطان.", []),
    ("استقبل المستشفى مريضا مصابا بالكوليرا.", []),
    ("وقال الطبيب إن كل طفل مصاب يحتاج إلى رعاية خاصة.", []),
    ("كانت الطفلة مصابة بالحمى.", []),
    ("استقبل المستشفى 15 طفلا مصابا بشظايا.", [(15, "wounded")]),
    # a figure of speech; "جريح" after a noun, left as round ar149 left it
    ("رجل مصاب القلب يكتب رواية.", []),
    ("وعثرت دورية على رجل جريح قرب الطريق الصحراوي.", []),
    # the participle of another gender or number describes someone else
    ("رأى رجل امرأة مصابا.", []),
    # "مقابل" after a capture or a release is an exchange or a ransom; things and money
    # after it are no toll
    ("أفرجت الحركة عن 20 أسيرا مقابل 5 جنود.", [(20, "captured"), (5, "captured")]),
    ("خطف المسلحون 3 تجار وطالبوا بفدية مقابل الإفراج عنهم.", [(3, "captured")]),
    ("قتل 12 مدنيا في الغارات، مقابل 3 غارات في الأسبوع الماضي.", [(12, "killed")]),
    ("قتل جنديان مقابل 500 دولار.", [(2, "killed")]),
    ("اعتقلت الشرطة 50 شخصا الشهر الماضي مقابل 35 في الشهر الذي سبقه.", [(50, "arrested")]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES + CASUALTIES_UNCHANGED)
def test_casualties(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected
