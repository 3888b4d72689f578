"""Arabic round 193: one person named by a job the engine did not take for a person (an
observer, "مراقب"), one noun-first person whose passive verb is followed by a second
outcome verb joined by "و" or by a weekday, and one person glued to "لـ" told by the
relative clause after him ("جنازة لشرطي قتل"). The probe sentences are our own, written in the
style of news, with invented people and places."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties

OBSERVER = [
    # the observer after an outcome masdar, in a headline or a body
    ("إصابة مراقب أممي في انفجار لغم قرب بلدة الزيتونة", [(1, "wounded")]),
    ("وفاة مراقب عسكري متأثرا بجروحه في مستشفى المدينة", [(1, "killed")]),
    ("أعلنت البعثة مقتل مراقب روسي وإصابة سائقه في كمين شرق البلدة.", [(1, "killed")]),
    # ... and after a passive verb
    ("أصيب مراقب دولي بجروح طفيفة عندما تعرضت دوريته لإطلاق نار", [(1, "wounded")]),
    ("قتل مراقب عسكري في هجوم على قافلة قرب الحدود", [(1, "killed")]),
    # the one of the observers told in an aside
    ("وذكرت البعثة أن أحد المراقبين، وهو ضابط هندي، أصيب بجروح في يده.", [(1, "wounded")]),
]
NOUN_FIRST = [
    # the passive verb followed by a second outcome verb joined by "و"
    ("أفادت القوة الدولية بأن ضابط ارتباط أردنيا قتل وأصيب أحد جنودها مساء الاثنين.",
     [(1, "killed"), (1, "wounded")]),
    ("أكدت البعثة أن مراقب هدنة قتل وأصيب سائقه في الانفجار.", [(1, "killed")]),
    ("قالت البعثة إن جنديا إيرلنديا قتل وأصيب اثنان من رفاقه في القصف.",
     [(1, "killed"), (2, "wounded")]),
    # ... or by a weekday, when it happened
    ("أفادت الشرطة بأن شرطي مرور قتل الخميس قرب الجسر.", [(1, "killed")]),
    ("وأكد المستشفى أن مسعف قتل السبت الماضي في القصف.", [(1, "killed")]),
]
GLUED_LI = [
    ("نظمت الكتيبة مراسم تأبين لجندي إيطالي قتل الجمعة الماضي عندما سقطت قذيفة على موقعه.",
     [(1, "killed")]),
    ("أقيمت جنازة عسكرية لشرطي قتل في الهجوم على المخفر.", [(1, "killed")]),
    ("نشرت العائلة صورة لطفلة أصيبت في القصف على الحي.", [(1, "wounded")]),
    ("وأدى زملاؤه التحية لمراقب أممي قتل أمس قرب الحدود.", [(1, "killed")]),
    ("منحت الحكومة وساما لشرطي أصيب في الانفجار.", [(1, "wounded")]),
]
FALSE = [
    # two active verbs sharing one object: the woman is the doer
    ("وقالت الشرطة إن امرأة قتلت وجرحت جارتها في شجار.", []),
    ("أفاد الشهود بأن مسلح قتل وذبح خروفا أمام المنزل.", []),
    # glued to "لـ" but a killer with his object, a figure of speech, no outcome verb
    ("قدمت الشرطة مذكرة اعتقال لرجل قتل زوجته.", []),
    ("وجهت المحكمة تهمة القتل لشاب قتل جاره بسكين.", []),
    ("منحت الجائزة لصحفي قتل الحقيقة في مقالاته.", []),
    ("قدمت الجمعية منحة لطالب متفوق في المدرسة.", []),
    ("أقامت البلدية حفلا لجندي عاد من المهمة سالما.", []),
    # an observer who is no casualty: appointed, arriving, speaking
    ("عين مراقب السوق الجديد في البلدة", []),
    ("وصل مراقب الانتخابات إلى المدينة صباح الأحد", []),
    ("قال مراقب عسكري إن ثلاثة مدنيين أصيبوا في القصف.", [(3, "wounded")]),
    # a killer with his object, and a figure of speech
    ("أعلنت الوزارة أن رجل أعمال قتل شريكه الأحد.", []),
    ("كتب ضابط متقاعد قتل الوقت بالقراءة", []),
    ('قال الوزير: "هذا القرار قتل الخطة".', []),
    # "الاثنين" after the verb may be "the two": not taken as a day (the two killed)
    ("أكد الشهود أن مسلح قتل الاثنين بدم بارد.", [(2, "killed")]),
]


@pytest.mark.parametrize(("text", "expected"), OBSERVER + NOUN_FIRST + GLUED_LI + FALSE)
def test_round_ar193(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected
