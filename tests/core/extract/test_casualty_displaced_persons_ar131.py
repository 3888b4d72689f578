"""Arabic displacement told by masdars and estimates, and more person nouns (round ar131):
people pushed by violence to leave a place, a vague count of those who fled moving on, an
estimate of those who fled or were hit named by "من" and a plural verb, fans, players,
worshippers, pilgrims, passengers, visitors and shoppers counted as people, and one
released after a report of people held. Every sentence is fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int, str]]:
    return sorted((str(f["outcome"]), int(f["count_low"]), str(f["qualifier"]))
                  for f in find_casualties_ar(text))


@pytest.mark.parametrize(("text", "want"), [
    # pushed by violence to leave a place: the masdar with the place's pronoun or a town
    ("معارك عنيفة دفعت آلاف العائلات إلى مغادرتها.", [("displaced", 2000, "vague")]),
    ("دفعت المعارك آلاف العائلات إلى مغادرة المدينة.", [("displaced", 2000, "vague")]),
    ("أجبر القصف مئات الأسر على مغادرة المدينة.", [("displaced", 200, "vague")]),
    ("واضطرت الاشتباكات عشرات العائلات إلى مغادرة المنطقة.", [("displaced", 24, "vague")]),
    ("دفعت الغارات الجوية مئات الأسر إلى مغادرتها.", [("displaced", 200, "vague")]),
    # a vague count of those who fled, moving on
    ("آلاف الفارين من المدينة يصلون إلى الحدود", [("displaced", 2000, "vague")]),
    ("مئات الفارين من القتال يتدفقون على المخيمات", [("displaced", 200, "vague")]),
    ("وصل عشرات الفارين إلى البلدة.", [("displaced", 24, "vague")]),
    # an estimate of those who fled, crossed or were killed, named by "من" and the verb
    ("وقدرت المفوضية عدد من عبروا إلى تشاد منذ بدء القتال بأكثر من 15 ألف شخص.",
     [("displaced", 15000, "more_than")]),
    ("وقدر مسؤولون عدد من فروا من البلدة بنحو 5 آلاف شخص.", [("displaced", 5000, "about")]),
    ("وتقدر المنظمة عدد من نزحوا من المدينة بنحو 40 ألفا.", [("displaced", 40000, "about")]),
    ("وقدرت مصادر طبية عدد من قتلوا في الهجوم بنحو 30 شخصا.", [("killed", 30, "about")]),
    # people counted by what they were doing where violence struck
    ("قتل مشجعان وأصيب 40 شخصا في تدافع بالملعب.",
     [("killed", 2, "exact"), ("wounded", 40, "exact")]),
    ("قتل مصليان في الهجوم على المسجد.", [("killed", 2, "exact")]),
    ("قتل حاجان في التدافع.", [("killed", 2, "exact")]),
    ("قتل راكبان في انقلاب الحافلة.", [("killed", 2, "exact")]),
    ("أصيب زائران في الهجوم على المتحف.", [("wounded", 2, "exact")]),
    ("قتل متسوقان في انفجار السوق.", [("killed", 2, "exact")]),
    ("قتلت مشجعتان في التدافع.", [("killed", 2, "exact")]),
    ("قتل مدرب وثلاثة لاعبين في الحادث.", [("killed", 1, "exact"), ("killed", 3, "exact")]),
    ("أصيب مشجع برصاصة خارج الملعب.", [("wounded", 1, "exact")]),
    # one released after a report of people held takes the holding's outcome
    ("اعتقلت الشرطة صحفيا، وقالت إن زميلة لها أفرج عنها بعد ساعات من التحقيق.",
     [("arrested", 1, "exact"), ("arrested", 1, "exact")]),
    ("اعتقلت قوات الأمن ثلاثة ناشطين. وقالت العائلة إن ناشطا أطلق سراحه لاحقا.",
     [("arrested", 1, "exact"), ("arrested", 3, "exact")]),
    ("خطف مسلحون خمسة عمال. وقال مسؤول إن عاملا أفرج عنه مساء أمس.",
     [("captured", 1, "exact"), ("captured", 5, "exact")]),
])
def test_round_ar131_reads(text: str, want: list[tuple[str, int, str]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    # a call to leave, prices or a crisis pushing, things pushed: no flight
    "دعا الجيش آلاف السكان إلى مغادرة المدينة.",
    "دفعت الأزمة آلاف الشركات إلى مغادرة البلاد.",
    "دفع الغلاء آلاف الشبان إلى مغادرة البلاد.",
    "دفع التضخم الأسعار إلى مستويات قياسية.",
    "دفع ارتفاع الأسعار آلاف المستهلكين إلى تقليص مشترياتهم.",
    # animals made homeless
    "أدى الجفاف إلى تشريد آلاف الحيوانات في المنطقة.",
    "تسبب الحريق في تشريد 30 كلبا من الملجأ.",
    # escaped prisoners, and those who fled with no movement told
    "عشرات الفارين من السجن يصلون إلى الجبال",
    "وقدرت الشرطة عدد من فروا من السجن بنحو 40 سجينا.",
    "آلاف الفارين من المدينة",
    # estimates of losses, buildings, visitors, or of those who spoke
    "وقدرت الوزارة الخسائر بأكثر من 15 مليون دولار.",
    "وقدر مسؤولون عدد المنازل المدمرة بنحو 500 منزل.",
    "وقدرت الحكومة عدد السياح بنحو مليون زائر.",
    "وقدرت الشركة عدد من عبروا عن رضاهم بنحو 80 ألفا.",
    "وقدرت الوزارة عدد من زاروا المعرض بنحو 50 ألف شخص.",
    # the new person nouns with no outcome
    "فاز اللاعبون الثلاثة بالجائزة.",
    "تعاقد النادي مع مدرب جديد.",
    "وصل آلاف الحجاج إلى مكة.",
    "نقلت الحافلة 40 راكبا إلى المدينة.",
    # a release with no holding told, or a pronoun that is not the noun's
    "وقالت إن زميلة لها أفرج عنها بعد ساعات.",
    "أفرج عن الرهائن بعد المفاوضات.",
])
def test_round_ar131_leaves_unread(text: str) -> None:
    assert _read(text) == []


def test_released_pronoun_must_agree() -> None:
    text = "اعتقلت الشرطة صحفيا، وقالت إن زميلة لها أفرج عنه بعد ساعات."
    assert _read(text) == [("arrested", 1, "exact")]


@pytest.mark.parametrize(("text", "want"), [
    # a firefighter is counted as a paramedic is (the first measurement of ar-94)
    ("مقتل إطفائي برصاص مجهولين خلال إخماد حريق", [("killed", 1, "exact")]),
    ("قتل إطفائيان في انفجار المستودع.", [("killed", 2, "exact")]),
    ("أصيب إطفائي بجروح طفيفة.", [("wounded", 1, "exact")]),
])
def test_a_firefighter_is_a_person(text: str, want: list[tuple[str, int, str]]) -> None:
    assert _read(text) == want
