"""Arabic round ar120: displacement told by crossing, leaving, a present of flight or the
members of a homeless household. Fictional sentences."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int, str]]:
    return sorted((f["outcome"], f["count_low"], f["qualifier"])
                  for f in find_casualties_ar(text))


@pytest.mark.parametrize(("text", "expected"), [
    # a crossing told verb first, people or a part of them after the count
    ("وفر الآلاف من المعارك، وعبر قرابة 4 آلاف منهم الحدود نحو تشاد.",
     [("displaced", 4000, "about")]),
    ("وعبر أكثر من 120 ألف شخص الحدود إلى إثيوبيا منذ بدء القتال.",
     [("displaced", 120000, "more_than")]),
    ("وقالت المفوضية إنه عبر نحو 50 ألفا آخرين إلى دول الجوار.",
     [("displaced", 50000, "about")]),
    ("وعبر 700 مدني الحدود باتجاه الأردن.", [("displaced", 700, "exact")]),
    ("كما عبر عشرات الآلاف إلى تشاد هربا من المجازر.", [("displaced", 24000, "vague")]),
    ("وعبرت مئات العائلات الحدود إلى تركيا.", [("displaced", 200, "vague")]),
    # ... or by its noun, the count after it or pushed to it
    ("وتسببت المعارك في عبور الآلاف الحدود إلى لبنان.", [("displaced", 2000, "vague")]),
    ("وأجبر القصف المئات على عبور الحدود.", [("displaced", 200, "vague")]),
    ("ودفعت الاشتباكات آلاف السكان الى عبور الحدود نحو تركيا.",
     [("displaced", 2000, "vague")]),
])
def test_a_crossing_of_people_is_a_flight(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وقال شهود إن عشرات من أهالي القرية غادروها بعد القصف.", [("displaced", 24, "vague")]),
    ("ونحو 300 من سكان البلدة غادروها خلال الليل.", [("displaced", 300, "about")]),
    ("وبعد الاشتباكات قالت مصادر إن مئات من سكان الحي غادروه.",
     [("displaced", 200, "vague")]),
])
def test_people_leaving_their_place_told_by_a_pronoun(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("مئات الأسر تنزح من الأحياء الشرقية", [("displaced", 200, "vague")]),
    ("15 أسرة ترحل عن المخيم بعد تهديدات المسلحين", [("displaced", 15, "exact")]),
    ("نحو 200 عائلة تغادر الحي تحت القصف", [("displaced", 200, "about")]),
    ("آلاف الأسر تفر من المعارك في الولاية", [("displaced", 2000, "vague")]),
    ("عشرات العائلات لجأت إلى المساجد", [("displaced", 24, "vague")]),
    ("أكثر من 100 أسرة تلجأ إلى المدارس في المدينة", [("displaced", 100, "more_than")]),
    ("عشرات الآلاف يفرون من القتال في الإقليم", [("displaced", 24000, "vague")]),
    ("مئات السكان يهربون من القصف", [("displaced", 200, "vague")]),
    # one household, its present after it as its past is read
    ("كان المنزل يؤوي عائلة تنزح من الحي.", [("displaced", 1, "exact")]),
    # households after a toll keep their own verb's outcome
    ("قصف على البلدة يوقع 5 قتيلا ومئات العائلات تنزح",
     [("displaced", 200, "vague"), ("killed", 5, "exact")]),
    ("قتيلان وعشرات العائلات تنزح من القرية",
     [("displaced", 24, "vague"), ("killed", 2, "exact")]),
])
def test_a_present_of_flight_after_its_counted_subject(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أدى القصف إلى تشريد 14 أسرة تضم 80 شخصا.",
     [("displaced", 14, "exact"), ("displaced", 80, "exact")]),
    ("وقال الدفاع المدني إن الحريق شرد 25 عائلة تضم 130 فردا.",
     [("displaced", 25, "exact"), ("displaced", 130, "exact")]),
    ("وأوضح أن 8 أسر تضم 45 فردا اضطرت إلى النزوح.",
     [("displaced", 8, "exact"), ("displaced", 45, "exact")]),
    ("وقال المختار إن 11 عائلة تضم 63 فردا اضطرت إلى الرحيل.",
     [("displaced", 11, "exact"), ("displaced", 63, "exact")]),
    ("ونحو 30 عائلة أرغمت على الرحيل من القرية.", [("displaced", 30, "about")]),
])
def test_homeless_households_and_the_people_they_hold(text: str, expected: list) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "عبر 40 جنديا الحدود في دورية مشتركة.",
    "عبرت 20 شاحنة محملة بالمساعدات المعبر.",
    "عبر 300 شاحنة الحدود إلى لبنان.",
    "عبرت 12 سفينة قناة السويس أمس.",
    "وأكد أنه عبر 15 صحفيا عن قلقهم.",
    "غادر 50 حاجا إلى مكة صباح اليوم.",
    "غادر الوفد المدينة بعد الاجتماع.",
    "12 عائلة ترحل كل صيف إلى المراعي.",
    "لجأت الوزارة إلى المحكمة.",
    "تضم اللجنة 12 عضوا من الأحزاب.",
    "وتضم المدينة أكثر من 200 ألف نسمة.",
    "عشرات الشاحنات تغادر المعبر يوميا.",
    "وقال إن سكان البلدة البالغ عددهم 4 آلاف نسمة غادروها.",
    "وأكثر من 20 طالبا غادروها بعد انتهاء الدورة.",
    "لكل عائلة تنزح من الحي مساعدة.",
])
def test_look_alikes_stay_unread(text: str) -> None:
    assert _read(text) == []
