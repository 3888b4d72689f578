"""Arabic round 163: people whose fate is unknown, told by their own fate or by the fate
first; idioms of dying with the counted subject between the verb and its noun; families
and people a compulsion made leave. The probe sentences are our own, written in the style
of news."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties

CASUALTIES = [
    # the counted right before not knowing their own fate
    ("وأفاد مصدر عسكري بأن جنديين اثنين لم يعرف مصيرهما بعد.", [(2, "missing")]),
    ("وقال الجيش إن ثلاثة جنود لم يعرف مصيرهم حتى الآن.", [(3, "missing")]),
    ("وأوضحت البلدية أن أربعة عمال لم يعرف مصيرهم.", [(4, "missing")]),
    # the adjective of the counted with no "still"
    ("وبقي خمسة مدنيين مجهولي المصير بعد الغارة على السوق.", [(5, "missing")]),
    ("وهناك 15 شخصا مجهولي المصير في المنطقة المنكوبة.", [(15, "missing")]),
    # the fate first, "still" before it or after the people
    ("ولا يزال مصير أربعة عمال مجهولا.", [(4, "missing")]),
    ("وما زال مصير ستة بحارة مجهولا حتى مساء الأحد.", [(6, "missing")]),
    ("وأشار إلى أن مصير 12 شخصا لا يزال مجهولا.", [(12, "missing")]),
    ("وقالت الجمعية إن مصير تسعة مهاجرين ما زال غير معروف.", [(9, "missing")]),
    ("وظل مصير ثمانية أطفال مجهولا.", [(8, "missing")]),
    # (test_casualty_exchanges_ar115.py held this one unread before)
    ("ما زال مصير 12 شخصا مجهولا.", [(12, "missing")]),
    ("ولا يزال مصير جنديين اثنين مجهولا.", [(2, "missing")]),
    ("ولا يزال مصير 12 شخصا من ركاب الحافلة مجهولا.", [(12, "missing")]),
    # idioms of dying, the subject inside
    ("وفارق مزارعان الحياة متأثرين بجروحهما.", [(2, "killed")]),
    ("ولفظ ثلاثة جرحى أنفاسهم الأخيرة في المستشفى.", [(3, "killed")]),
    ("وفارقت طفلة الحياة بعد ساعات من القصف.", [(1, "killed")]),
    ("ثم فارق شاب الحياة متأثرا بجروحه.", [(1, "killed")]),
    ("ولفظت امرأة أنفاسها الأخيرة في الطريق إلى المستشفى.", [(1, "killed")]),
    ("وفارق خمسة أشخاص الحياة جراء الحريق.", [(5, "killed")]),
    ("ولفظ جريحان أنفاسهما الأخيرة.", [(2, "killed")]),
    ("وفارق رجلان الحياة في المستشفى.", [(2, "killed")]),
    # families forced to leave the areas, lands or tents they live on
    ("واضطرت نحو 1800 أسرة إلى مغادرة مناطقها.", [(1800, "displaced")]),
    ("وأجبرت الهجمات 120 أسرة على مغادرة أراضيها.", [(120, "displaced")]),
    ("واضطرت 40 عائلة إلى ترك خيامها.", [(40, "displaced")]),
    ("وأجبر المسلحون 60 مزارعا على ترك أراضيهم.", [(60, "displaced")]),
    ("وقال المجلس المحلي إن القصف اضطر 75 عائلة إلى ترك خيامها في المخيم.",
     [(75, "displaced")]),
    # the flight with "ل" after a verb of pushing
    ("واضطرت أكثر من 500 أسرة للنزوح من القرى الحدودية.", [(500, "displaced")]),
    ("واضطر 300 شخص للفرار من منازلهم.", [(300, "displaced")]),
    ("وأجبرت المعارك 80 عائلة للنزوح.", [(80, "displaced")]),
    ("وأفاد ناشطون بأن الهجوم على البلدة، ما اضطر نحو 90 عائلة للفرار.",
     [(90, "displaced")]),
]

CASUALTIES_UNCHANGED = [
    # things have no fate read
    ("وأكد الوزير أن مصير المفاوضات مجهول.", []),
    ("ولا يزال مصير الاتفاق مجهولا.", []),
    # a part or the others of a toll whose fate is unknown names people counted before
    ("وخطف المسلحون خمسة رعاة، ما زال مصير ثلاثة منهم مجهولا.", [(5, "captured")]),
    # the others of a toll, a vague count, a clause between the people and the state
    ("وقال إن مصير خمسة آخرين لا يزال مجهولا.", []),
    ("ولا يزال مصير آلاف الموظفين مجهولا بعد إغلاق المصنع.", []),
    ("وأضاف أن مصير راعيين خرجا بقطيعهما صباح الجمعة ما زال مجهولا.", []),
    ("وظل مصير المفاوضات مجهولا.", []),
    # the fate of people told with no "still" is no state
    ("وسأل عن مصير ستة صيادين.", []),
    # a speaker's own loss, "we do not know"
    ("وقال المعلم: فقدنا تلميذين لا نعرف مصيرهما.", []),
    # a named person parting from life, and the idiom with no subject inside
    ("وفارق محمد علي الحياة بعد يومين.", []),
    ("وفارق الحياة متأثرا بجروحه.", []),
    # "فارق" as "difference" and "لفظ" as "uttered"
    ("وقال إن هناك فارقا كبيرا في الحياة بين المدينتين.", []),
    ("ولفظ الرئيس كلمة الوداع أمام الحضور.", []),
    # families forced to leave (read before this round; kept as guards)
    ("واضطرت نحو 1800 أسرة إلى مغادرة قراها.", [(1800, "displaced")]),
    ("وأجبر القتال 300 عائلة على ترك منازلها.", [(300, "displaced")]),
    ("ودفعت الاشتباكات عشرات العائلات إلى النزوح.", [(24, "displaced")]),
    ("وأرغمت الفيضانات 40 أسرة على مغادرة مساكنها.", [(40, "displaced")]),
    ("واضطر أكثر من ألفي شخص إلى ترك بيوتهم.", [(2000, "displaced")]),
    ("ودفع القصف مئات الأسر إلى الفرار.", [(200, "displaced")]),
    ("ودفعت الاشتباكات 200 أسرة إلى مغادرة مناطقها.", [(200, "displaced")]),
    # the areas and lands with no leaving
    ("وعاد 300 شخص إلى مناطقهم.", []),
    ("وباع 30 مزارعا أراضيهم.", []),
    ("وحصل 300 شخص على أراضيهم.", []),
    # the flight with "ل" with no verb of pushing, or pushed by prices, or denied
    ("ودعت السلطات 300 عائلة للنزوح.", []),
    ("وخصصت الحكومة 50 مليونا للنزوح.", []),
    ("ودفع الغلاء 300 شاب للرحيل.", []),
    ("ولم تضطر 30 أسرة للنزوح.", []),
    # compulsion with no leaving
    ("واضطرت الأسر إلى شراء الماء.", []),
    ("واضطرت 30 أسرة إلى بيع مواشيها.", []),
    ("ودفعت الأزمة مئات العائلات إلى الاستدانة.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES + CASUALTIES_UNCHANGED)
def test_casualties(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected
