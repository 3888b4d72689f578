"""Arabic round 186: parts of the hurt and the dead told after a first count (a moderate
state, a care quoted, the members of a part kept under care, the dead identified), the dual of
bodies before a noun in "-ين", people recorded as dead and the part among them, the held as a
definite adjective after "من" and people freed by a state "بعد أن", and a kin dual joined to one
definite relative after an outcome verb.
The probe sentences are our own, written in the style of news, with invented people and
places."""

from __future__ import annotations

import pytest

from tests.extract_probes import ar_counts as _casualties
from tests.extract_probes import ar_counts_qualified as _qualified

PARTS = [
    # a part of the wounded told by a moderate state
    ("أصيب 22 عاملا بحالات اختناق في مصنع بمدينة الكرك، مشيرا إلى أن حالة أربعة منهم "
     '"متوسطة".', [(22, "wounded"), (4, "wounded")]),
    ("أصيب 14 شخصا في حادث سير على طريق المطار، وقال مصدر طبي إن خمسة منهم في حالة متوسطة.",
     [(14, "wounded"), (5, "wounded")]),
    ("أصيب 9 جنود في انفجار لغم قرب بلدة السنديان، ووصفت حالة اثنين منهم بالمتوسطة.",
     [(9, "wounded"), (2, "wounded")]),
    ("أصيب 30 طالبا بتسمم غذائي في مدرسة بلدة الورد، وقال الطبيب إن حالة سبعة منهم متوسطة "
     "والبقية بحالة جيدة.", [(30, "wounded"), (7, "wounded")]),
    # near-misses: a state after the dead, after people who are not hurt, a stable state
    ("قتل 9 جنود في انفجار لغم، وقال إن حالة اثنين منهم متوسطة.", [(9, "killed")]),
    ("وصل 40 مهاجرا إلى ميناء الصخرة، وقال إن حالة ثلاثة منهم متوسطة.", []),
    # (round ar191: a stable state of a part of the hurt is now read)
    ("أصيب 22 عاملا بحالات اختناق في مصنع بمدينة الكرك، مشيرا إلى أن حالة أربعة منهم مستقرة.",
     [(22, "wounded"), (4, "wounded")]),
    # others still under care, the state quoted from the doctor
    ("أصيب 40 شخصا بحالات تسمم في بلدة الرمانة. وقال مدير المستشفى إن 31 من المصابين غادروا "
     'بعد تلقي العلاج، وإن ستة آخرين "ما زالوا تحت المراقبة".',
     [(40, "wounded"), (31, "wounded"), (6, "wounded")]),
    ("أصيب 18 عاملا باختناق في منجم الوادي الأخضر، وقال الطبيب إن 15 منهم غادروا بعد تلقي "
     'العلاج، وإن ثلاثة منهم "ما زالوا في المستشفى".',
     [(18, "wounded"), (15, "wounded"), (3, "wounded")]),
    ("وأصيب 25 تلميذا بالاختناق، وقالت المديرة إن أربعة آخرين «ما زالوا تحت الملاحظة».",
     [(25, "wounded"), (4, "wounded")]),
    # ... with no wounded before, the quoted stay is no part
    ('وصل 60 زائرا إلى المعرض، وقال المنظمون إن عشرة آخرين "ما زالوا في المستشفى الميداني".',
     []),
    # the members of a part kept under care, after "بينهم"
    ("أصيب 40 شخصا بحالات تسمم في بلدة الرمانة. وقال مدير المستشفى إن 31 منهم غادروا بعد "
     "تلقي العلاج، وإن ستة منهم بقوا تحت الملاحظة، بينهم طفل في الثالثة.",
     [(40, "wounded"), (31, "wounded"), (6, "wounded"), (1, "wounded")]),
    ("أصيب 27 شخصا بالاختناق إثر حريق في سوق المدينة، وأن خمسة منهم ما زالوا في المستشفى، "
     "بينهم امرأتان.", [(27, "wounded"), (5, "wounded"), (2, "wounded")]),
    ("أصيب 16 عاملا بتسمم، وقال الطبيب إن أربعة منهم يتلقون العلاج لاشتباه إصابتهم بالجفاف، "
     "بينهم طفلة.", [(16, "wounded"), (4, "wounded"), (1, "wounded")]),
    # ... a new clause between the care and "بينهم" gives the part no members
    ("أصيب 27 شخصا بالاختناق، وأن خمسة منهم ما زالوا في المستشفى، وأن فرق الدفاع المدني "
     "أجلت 80 من السكان، بينهم مسنون.", [(27, "wounded"), (5, "wounded")]),
    # the dead identified (or not yet), a part of those counted before
    ("عثرت فرق البحث على رفات 50 شخصا في مقبرة جماعية قرب القرية. وقالت اللجنة إنها تعرفت "
     "حتى الآن على هويات 20 منهم.", [(50, "killed"), (20, "killed")]),
    ("انتشلت فرق الإنقاذ جثث 17 مهاجرا من البحر، وتم التعرف على هويات تسعة منهم.",
     [(17, "killed"), (9, "killed")]),
    ("قتل 12 مدنيا في قصف على السوق، ولم تحدد هويات خمسة منهم بعد.",
     [(12, "killed"), (5, "killed")]),
    ("عثر على جثث 23 شخصا في بئر قرب الطريق، وتمكن الأطباء من التعرف على رفات 14 منهم.",
     [(23, "killed"), (14, "killed")]),
    ("قتل 31 شخصا في انهيار المبنى، وقال الدفاع المدني إنه لم يتمكن بعد من تحديد هوية ستة "
     "منهم.", [(31, "killed"), (6, "killed")]),
    # near-misses: identified after the held or the hurt, no part after the verb, people
    # recognised with no identities or remains named (the attackers in a video, maybe)
    ("اعتقلت الشرطة عشرة مشتبهين، وتعرفت على هويات ثلاثة منهم.", [(10, "arrested")]),
    ("أصيب 30 شخصا في الانفجار، وتم التعرف على هويات خمسة منهم.", [(30, "wounded")]),
    ("قتل 8 جنود في هجوم على الحاجز، وقالت الشرطة إنها تعرفت على ثلاثة منهم من تسجيل مصور.",
     [(8, "killed")]),
    ("قتل 12 مدنيا في قصف على السوق، وتعرف الأهالي على المكان.", [(12, "killed")]),
]

BODIES_AND_RECORDS = [
    # the dual of bodies before a person noun in "-ين" (plural or dual by its letters)
    ("العثور على جثتي صحفيين مخطوفين منذ أسابيع قرب مدينة الرمال", [(2, "killed")]),
    ("انتشال جثتي صيادين غرقا قبالة الساحل الشرقي", [(2, "killed")]),
    ("عثرت الشرطة على جثتي مزارعين في بستان شرق البلدة.", [(2, "killed")]),
    ("وتسلمت العائلتان جثتي ناشطين قتلا في المظاهرة.", [(2, "killed")]),
    # near-misses: a dual of animals, the bodies' plural before a bare plural
    ("عثر على جثتي كلبين في الحديقة العامة.", []),
    ("عثرت الشرطة على جثث مدنيين في بستان شرق البلدة.", []),
    # people recorded as dead, and the part among them
    ("وبحسب الشبكة، فإن أكثر من 800 شخص سجلوا متوفين بهذه الطريقة منذ آذار 2017، بينهم "
     "25 امرأة.", [(800, "killed"), (25, "killed")]),
    ("وقالت الرابطة إن 240 شخصا سجلوا كمتوفين في دوائر النفوس دون تسليم جثثهم.",
     [(240, "killed")]),
    ("وأشار التقرير إلى أن نحو 70 معتقلا سجلوا متوفين خلال العام الماضي.", [(70, "killed")]),
    ("وبحسب منظمة حقوقية، فإن 900 معتقل سجلوا متوفين في السجلات المدنية منذ 2019، بينهم 12 "
     "امرأة.", [(900, "killed"), (12, "killed")]),
    ("وقالت الرابطة إن ثلاثة آلاف شخص قيدوا متوفين في السجلات.", [(3000, "killed")]),
    ("وقالت الشبكة إن عشرات المعتقلين سجلوا متوفين في السجلات.", [(24, "killed")]),
    # ... the year they are counted from ("منذ عام 2014"، "منذ مطلع 2016") is no count
    # between the toll and its part
    ("وقالت الشبكة إن 450 شخصا سجلوا متوفين منذ عام 2014، بينهم 30 طفلا.",
     [(450, "killed"), (30, "killed")]),
    ("وأحصت الرابطة 600 شخص سجلوا متوفين منذ مطلع 2016، بينهم ثلاث نساء.",
     [(600, "killed"), (3, "killed")]),
    # near-misses: recorded as something else, the verb first with a disease
    ("وقالت الرابطة إن 240 شخصا سجلوا في قوائم الناخبين.", []),
    ("وقالت المديرية إن 240 طالبا سجلوا متفوقين في الامتحانات.", []),
    ("سجلت الوزارة 300 شخص متوفين بالكوليرا.", []),
    # ... a count from a year on, then the part: the year is no count between
    ("اعتقل 800 شخص منذ آذار 2017، بينهم 25 امرأة.", [(800, "arrested"), (25, "arrested")]),
]

HELD_AND_KIN = [
    # the held as the definite adjective of a definite plural of people after "من"
    ("أمر القاضي بإطلاق سراح 14 من المتظاهرين الموقوفين بكفالة مالية.", [(14, "arrested")]),
    ("قررت المحكمة الإفراج عن 30 من الطلاب المعتقلين.", [(30, "arrested")]),
    ("أفرجت السلطات عن 12 من الصحفيين المحتجزين في سجن الوادي.", [(12, "arrested")]),
    ("وزار الوفد خمسة من الناشطين المعتقلين في سجن المدينة.", [(5, "arrested")]),
    # near-miss: people with no word of holding
    ("أمر القاضي بإطلاق سراح 14 من المتظاهرين بكفالة.", []),
    # people freed by a state, the release told after "بعد أن"/"بعدما"
    ("وصل إلى الميناء 20 صيادا مصريا بعد أن أفرجت عنهم السلطات الليبية.", [(20, "arrested")]),
    ("عاد إلى بلدهم 15 بحارا بعدما أفرجت عنهم السلطات اليونانية.", [(15, "arrested")]),
    ("وصل إلى المطار 9 طلاب سودانيين بعد أن أطلقت سراحهم السلطات المصرية.",
     [(9, "arrested")]),
    # near-misses: freed by an armed group, allowed to leave
    ("وصل إلى الميناء 20 صيادا مصريا بعد أن أفرجت عنهم الجماعة المسلحة.", []),
    ("وصل إلى الميناء 20 صيادا مصريا بعد أن سمحت لهم السلطات الليبية بالمغادرة.", []),
    # a kin dual joined to one relative the same pronoun makes definite: two, not three
    ("وقالت إن مسلحين اقتادوا زوجها وابنيها من المنزل في ليلة ممطرة.", [(2, "captured")]),
    ("وقال إن مسلحين خطفوا والده وشقيقيه من المزرعة.", [(2, "captured")]),
    ("اعتقلت القوات زوجها وابنيها فجر الاثنين.", [(2, "arrested")]),
    ("قتلت الغارة زوجها وابنيها.", [(2, "killed")]),
    ("مقتل والده وشقيقيه في غارة على الحي", [(2, "killed")]),
    # near-misses: the relative alone, the pair after a verb of no outcome
    ("وقالت إن مسلحين اقتادوا زوجها من المنزل.", []),
    ("وقالت إن الشرطة زارت زوجها وابنيها.", []),
]


@pytest.mark.parametrize(("text", "expected"), PARTS)
def test_parts_after_a_count(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), BODIES_AND_RECORDS)
def test_bodies_and_records(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected


@pytest.mark.parametrize(("text", "expected"), HELD_AND_KIN)
def test_held_and_kin(text: str, expected: list[tuple[int, str]]) -> None:
    assert _casualties(text) == expected


def test_recorded_dead_keeps_its_qualifier() -> None:
    text = "وبحسب الشبكة، فإن أكثر من 1200 شخص سجلوا متوفين منذ مطلع 2016."
    assert _qualified(text) == [(1200, "killed", "more_than")]
