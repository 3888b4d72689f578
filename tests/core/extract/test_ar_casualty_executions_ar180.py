"""Arabic round 180: executions carried out are deaths (captives executed, a death sentence
carried out "بحق N"); sentences handed down, demanded, stayed or pardoned, a count of
rulings and an execution of no people count nobody.
The probe sentences are our own, written in the style of news, with invented people and
places."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties
from tests.extract_probes import ar_counts_qualified as _qualified

CASUALTIES = [
    # captives executed by a verb of executing, its doers between: killed, no longer held
    ("أعدم مسلحون من جماعة الفرقان المتشددة خمسة أسرى في بلدة تل الورد أمس.",
     [(5, "killed")]),
    ("أعدمت ميليشيا محلية ثلاثة أسرى من الجيش رميا بالرصاص شمال مدينة الرياح.",
     [(3, "killed")]),
    ('أعدمت عصابة "ذئاب الوادي" سبعة رهائن بعد انتهاء مهلة الفدية.', [(7, "killed")]),
    ("وأعدم التنظيم ستة مختطفين من أبناء قرية الزيتونة.", [(6, "killed")]),
    # people executed after a long subject with a quoted name
    ('أعدم عناصر من تنظيم "حراس الجبل" ثلاثة رعاة ذبحا في بادية القمر.', [(3, "killed")]),
    ('أعدمت جماعة "فجر الوادي" خمسة شبان في ساحة البلدة.', [(5, "killed")]),
    ('يعدم مقاتلون من كتيبة "السيف البتار" ستة مدنيين في مقطع مصور.', [(6, "killed")]),
    # ... the executed beside others taken by another verb of the same sentence
    ("التنظيم يعدم خمسة مدنيين ويختطف العشرات في قرية النخيل",
     [(5, "killed"), (24, "captured")]),
    ("أعدم مسلحون ثلاثة مزارعين في سهل الغاب وخطفوا رابعا", [(3, "killed"), (1, "captured")]),
    # a sentence carried out against people counted after "بحق"
    ("أعلنت وزارة العدل تنفيذ حكم الإعدام شنقا بحق سبعة مدانين في سجن الواحة المركزي.",
     [(7, "killed")]),
    ("نفذت السلطات، فجر اليوم الأحد، حكم الإعدام بحق أربعة مدانين بالقتل.", [(4, "killed")]),
    ("نفذت الجماعة حكم القصاص بحق ثلاثة رجال في ساحة البلدة.", [(3, "killed")]),
    ("ونفذت السلطات أمس حكم الإعدام رميا بالرصاص بحق أربعة جنود أدينوا بالخيانة.",
     [(4, "killed")]),
    # near-misses: a sentence handed down, a demand, a stay, a delay, a pardon, rulings
    ("قضت محكمة جنايات الريحان بالإعدام على أربعة متهمين في قضية تفجير.", []),
    ("أصدرت المحكمة حكما بالإعدام بحق ستة أشخاص أدينوا بالإرهاب.", []),
    ("أرجأت المحكمة تنفيذ حكم الإعدام بحق ثلاثة شبان بعد قبول الطعن.", []),
    ("تأجيل تنفيذ حكم الإعدام بحق شابين بعد قبول التماس", []),
    ("طالبت النيابة العامة بإيقاع عقوبة القتل تعزيرا على سبعة متهمين في قضية تهريب.", []),
    ("قالت اللجنة إنها أوقفت تنفيذ أربعة أحكام قصاص خلال العام الماضي.", []),
    ("ودعت المنظمة إلى وقف تنفيذ حكم الإعدام بحق ثلاثة معارضين.", []),
    ("أصدر الرئيس عفوا عن ثلاثة محكومين بالإعدام.", []),
    # ... a prison sentence carried out, an execution of a plan, a threat to execute
    ("قررت المحكمة تنفيذ حكم بالسجن بحق خمسة متهمين.", []),
    ("أعدمت الحكومة الخطة الاقتصادية التي قدمها الوزير.", []),
    ("هدد الخاطفون بأن يعدموا ثلاثة رهائن إذا لم تدفع الفدية.", [(3, "captured")]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_executions(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected


def test_executed_at_least_keeps_its_qualifier() -> None:
    text = "قال ناشطون إن عناصر مسلحة يعدمون ميدانيا ما لا يقل عن 20 أسيرا قرب قرية السنابل."
    assert _qualified(text) == [(20, "killed", "at_least")]
