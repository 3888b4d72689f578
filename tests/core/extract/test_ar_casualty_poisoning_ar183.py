"""Arabic round 183: the poisoned, the suffocating and the cases hospitals receive.

Poisoning and suffocation told by their verbal nouns before a count are wounded; the cases
a hospital received and the people carried to hospital or rushed in a report of harm are
wounded; parts of the hurt told by their care follow them; a drill's supposed casualties
stay unread. The probe sentences are our own, written in the style of news, with invented
people and places."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties

CASUALTIES = [
    # the verbal nouns of poisoning and suffocation before a count of people
    ("تسمم 40 شخصا بعد حفل زفاف في قرية بالفيوم", [(40, "wounded")]),
    ("اختناق 12 مدنيا بقصف بالغاز السام في ريف إدلب", [(12, "wounded")]),
    ("تسمّم 25 شخصا بعد تناول أسماك فاسدة", [(25, "wounded")]),
    ("تسمم أكثر من 200 طالب بوجبة فاسدة في مدرسة داخلية", [(200, "wounded")]),
    ("مقتل ثلاثة واختناق 14 آخرين في حريق بمستودع للإطارات",
     [(3, "killed"), (14, "wounded")]),
    ("وفاة طفل وتسمم العشرات بمياه ملوثة في قرية الحصن", [(1, "killed"), (24, "wounded")]),
    ("اختناق العشرات بالغاز المسيل للدموع خلال تفريق الاحتجاج", [(24, "wounded")]),
    ("تسمم عشرات الأشخاص بوجبة فاسدة في مطعم شعبي", [(24, "wounded")]),
    # ... and the cases of poisoning counted
    ("وسجلت المستشفيات 65 حالة تسمم بعد الحفل", [(65, "wounded")]),
    ("وأحصت الوزارة 120 حالة تسمم بين طلاب المدارس", [(120, "wounded")]),
    # ... not the soil, a food poisoning with no count, a traffic jam, animals or birds
    ("تسمم التربة يهدد 40 قرية في الوادي", []),
    ("تسمم غذائي في مطعم بالعاصمة", []),
    ("حذرت الوزارة من التسمم الغذائي في فصل الصيف", []),
    ("اختناق مروري في وسط العاصمة يستمر 3 ساعات", []),
    ("تسمم 30 رأسا من الماشية في المزرعة", []),
    ("تسمم المئات من الطيور قرب البحيرة", []),
    # the cases a hospital received, treated, recorded or carried, in a report of harm
    ("تسمم العشرات بوجبة عشاء في قرية الريحان. وأوضح مدير الصحة أن مستشفيات المنطقة "
     "استقبلت 64 حالة، فيما نقلت 19 حالة أخرى إلى مستشفى المحافظة.",
     [(24, "wounded"), (64, "wounded"), (19, "wounded")]),
    ("اختناق عمال بتسرب غاز في مصنع. وقال مدير المستشفى إن عدد الحالات التي استقبلها "
     "المستشفى بلغ 27 حالة حتى مساء الأحد.", [(27, "wounded")]),
    ("أصيب 12 شخصا في انفجار بسوق المدينة. وعالجت فرق الإسعاف 8 حالات في المكان.",
     [(12, "wounded"), (8, "wounded")]),
    # ... not a hospital's normal days, cases named by what they are, its daily work
    ("استقبل المستشفى 300 حالة خلال أيام العيد، بحسب إدارته.", []),
    ("حذرت الوزارة من التسمم الغذائي. واستقبل المستشفى 300 حالة ولادة هذا العام.", []),
    ("حذرت الوزارة من التسمم الغذائي في الصيف. ويستقبل المستشفى يوميا 200 حالة.", []),
    ("استقبل المستشفى 300 مراجع أمس.", []),
    ("ويضم المستشفى 120 سريرا و300 موظف", []),
    # people carried to hospital or rushed in a report of harm
    ("تسمم العشرات في مخيم صيفي. ونقل 28 طفلا إلى المستشفى بعد الوجبة.",
     [(24, "wounded"), (28, "wounded")]),
    ("تسرب غاز في سوق واختناق 9 أشخاص. وأسعفت فرق الدفاع المدني ستة أشخاص آخرين في "
     "المكان، بينهم بائع متجول.", [(9, "wounded"), (6, "wounded"), (1, "wounded")]),
    ("اختناق 20 عاملا في مصنع. ونقل 3 عمال إلى مستشفى المدينة.",
     [(20, "wounded"), (3, "wounded")]),
    ("أصيب 12 شخصا بحالات اختناق. ونقلت الطواقم 5 منهم إلى المستشفى.",
     [(12, "wounded"), (5, "wounded")]),
    # ... not patients moved to another hospital, a part moved on from the hospital that
    # received them, pupils taken for a vaccine, buses
    ("تسمم 50 شخصا. وقال الطبيب إن مستشفى البلدة استقبل 50 مصابا، ونقل ستة منهم إلى "
     "مستشفيات العاصمة.", [(50, "wounded"), (50, "wounded")]),
    ("تسمم 30 شخصا بوجبة فاسدة. ونقل 14 مريضا إلى مستشفى آخر لاستكمال العلاج.",
     [(30, "wounded")]),
    ("نقل 40 طالبا إلى المستشفى لتلقي اللقاح.", []),
    ("نقلت الحافلات 40 طالبا إلى المدرسة بعد تسمم المياه.", []),
    # parts of the hurt told by their care
    ("أصيب 20 شخصا بالاختناق، وما زال ثلاثة منهم في المستشفى.",
     [(20, "wounded"), (3, "wounded")]),
    ("أصيب 20 شخصا بالاختناق. وقال الطبيب إن ثلاثة منهم ما زالوا في العناية المركزة.",
     [(20, "wounded"), (3, "wounded")]),
    ("تسمم 40 شخصا. وأوضح أن 30 من المصابين غادروا بعد العلاج، وأن سبعة آخرين ما زالوا "
     "تحت المراقبة.", [(40, "wounded"), (30, "wounded"), (7, "wounded")]),
    ("تسمم 12 تلميذا. وقال المدير إن اثنين منهم يتلقون العلاج في مستشفى البلدة.",
     [(12, "wounded"), (2, "wounded")]),
    ("تسمم 40 طالبا. وبقي 6 منهم تحت الملاحظة.", [(40, "wounded"), (6, "wounded")]),
    # ... not those still missing, at home, or parts of the dead
    ("اختطف 20 شخصا. وما زال 9 منهم في عداد المفقودين.", [(20, "captured"), (9, "missing")]),
    ("أصيب 20 شخصا. وقال إن 5 منهم بقوا في منازلهم.", [(20, "wounded")]),
    ("قتل 20 شخصا. وقال إن 5 منهم ما زالوا في المستشفى.", [(20, "killed")]),
    # a masdar of suffocation with no count after it names how an earlier toll was hurt:
    # the part after it is still that toll's, and the cause stays in the group
    ("وقال المسعفون إن 80 متظاهرا أصيبوا بالرصاص المطاطي واختناق بالغاز، بينهم 9 فتيان.",
     [(80, "wounded"), (9, "wounded")]),
    ("مقتل 3 أشخاص واختناق 14 آخرين، بينهم 5 أطفال.",
     [(3, "killed"), (14, "wounded"), (5, "wounded")]),
    ("وأصيب نحو ثلاثين طالبا بالاختناق.", [(30, "wounded")]),
    # the deceased named as a toll
    ("توفي 5 أشخاص بالتسمم. وقالت الشبكة إن بين المتوفين ثلاثة أطفال.",
     [(5, "killed"), (3, "killed")]),
    ("وارتفع عدد المتوفين إلى سبعة أشخاص.", [(7, "killed")]),
    # a drill's supposed casualties stay unread; real deaths during manoeuvres and a real
    # toll beside an investigator's hypothesis are read
    ("نفذت المديرية تمرينا افترض إصابة 30 عاملا بالاختناق ووفاة اثنين منهم", []),
    ("وقالت الصحة إن تمرين المحاكاة افترض مقتل 5 أشخاص", []),
    ("نفذت فرق الدفاع المدني تمرينا يحاكي سقوط 12 مصابا في حريق بمصنع", []),
    ("وقال الناطق إن التمرين هدف إلى قياس الاستجابة. وافترض السيناريو إصابة 25 عاملا "
     "بالاختناق.", []),
    ("قتل 3 جنود خلال مناورة عسكرية في الصحراء", [(3, "killed")]),
    ("وافترض المحققون أن الانفجار الذي قتل 12 شخصا نجم عن تسرب غاز", [(12, "killed")]),
    ("ورجحت الشرطة فرضية العمل الإرهابي في الانفجار الذي أودى بحياة 12 شخصا",
     [(12, "killed")]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTIES)
def test_casualties(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected
