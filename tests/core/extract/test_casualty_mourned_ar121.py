"""Arabic deaths told by mourning, killings told by neutralising, takings of one group's
members by another, and losses and illnesses that count nobody hurt (round ar121)."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int]]:
    return sorted((str(f["outcome"]), int(f["count_low"])) for f in find_casualties_ar(text))


# (a text of violence: a notice of death in a text with none is an obituary)
_RAID = "وتعرضت البلدة لقصف عنيف فجر اليوم. "


@pytest.mark.parametrize(("text", "want"), [
    # the mourned after the mourner's name and a phrase of where it was said
    (_RAID + "ونعت الكتيبة مقاتلا من أبناء القرية.", [("killed", 1)]),
    (_RAID + "وفي وقت لاحق نعى التيار في بيان مقتضب عنصرا من البلدة.", [("killed", 1)]),
    (_RAID + "ونعت الحركة شابين من المخيم، متوعدة بالرد.", [("killed", 2)]),
    (_RAID + "ونعى الحزب أربعة مقاتلين في بيان نشره مساء الأحد.", [("killed", 4)]),
    (_RAID + "ونعى الفصيل في بيان حارسين اثنين من عناصره.", [("killed", 2)]),
    # people named again by their definite numeral, or the dead in construct before it
    (_RAID + "ونعت قيادة اللواء الثالث في بيان الحراس الخمسة، متعهدة بملاحقة الفاعلين.",
     [("killed", 5)]),
    ('ونعى رئيس البلدية في بيان "شهداء الواجب الأربعة".', [("killed", 4)]),
    # a headline's present with a count
    ("الفصيل ينعى ثلاثة مقاتلين سقطوا في هجوم ويتوعد بالرد", [("killed", 3)]),
])
def test_the_mourned_are_killed(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    # one of a group and a part stay unread, as the blind sets' gold has them
    "ونعى الحزب في بيان أحد عناصره، ويدعى سامر خليل.",
    "ونعى التيار ثلاثة من عناصره من دون أن يذكر مكان مقتلهم.",
    # the mourned named, possessed, or definite with no numeral
    "ونعت البلدية الشابين سامر وخليل يوسف.",
    "ونعى الدفاع المدني متطوعه سامر خليل.",
    "ونعت الجمعية الشاب سامر خليل.",
    # a headline's present before a single one: the body tells the death
    "رابطة الصيادين تنعى زميلا وتطالب بالتحقيق",
    # "نعت" is also naming someone by a word
    "ونعت الصحيفة الوزير بالفاشل.",
    # an obituary: no casualty and no violence in the text, or a death of illness
    "ونعى الاتحاد لاعبا سابقا من جيل السبعينيات.",
    _RAID + "ونعت النقابة عضوا سابقا بعد صراع طويل مع المرض.",
])
def test_what_mourning_leaves_unread(text: str) -> None:
    assert _read(text) == []


def test_the_mourned_ones_own_clause_is_the_sentence_rules() -> None:
    # the clause after the mourned tells an outcome he caused: he is read no figure
    assert _read(_RAID + "ونعت الحركة قائدا أصاب جنديين في الهجوم الأول.") == [
        ("wounded", 2)]


@pytest.mark.parametrize(("text", "want"), [
    # neutralising members counted in construct with their party
    ("وأعلنت الوزارة تحييد 11 من عناصر الحركة في ريف المدينة.", [("killed", 11)]),
    ("وقال البيان إن الوحدات حيدت سبعة من مقاتلي الجماعة.", [("killed", 7)]),
    # the subject between the verb and the count
    ("حيدت القوات 14 إرهابيا في عملية نوعية.", [("killed", 14)]),
    ("حيد الجيش 12 من المهاجمين قرب الحدود.", [("killed", 12)]),
    ("وأعلنت القيادة تحييد 30 من مسلحي التنظيم.", [("killed", 30)]),
    # people neutralised named again by their definite numeral
    ("وأكد الجيش تحييد المهاجمين الثلاثة بعد اشتباك قصير.", [("killed", 3)]),
])
def test_neutralising_is_killing(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    # things neutralised count nobody
    "وأعلن الجيش تحييد 3 من آليات الحركة.",
    "حيدت القوات 5 طائرات مسيرة.",
    # "alone", which folds onto the verb
    "وبقي الطفل وحيدا الأيام الثلاثة الأولى.",
    "وكان الطفل الوحيد الناجي من بين 3 أشقاء في المنزل.",
])
def test_what_neutralising_leaves_unread(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "want"), [
    # one of two armed groups holding the other's men: a capture, the "one" no person
    ("واحتجزت إحدى الجماعتين خمسة من عناصر الأخرى قرب الجسر.", [("captured", 5)]),
    ("واحتجز أحد الفصيلين سبعة من مقاتلي الفصيل الآخر.", [("captured", 7)]),
    ("وأسر المسلحون ثلاثة من عناصر إحدى المجموعتين.", [("captured", 3)]),
    ("وقتل أحد الفصائل أربعة مدنيين في القرية.", [("killed", 4)]),
    # released by one of them: the people it held were captives
    ("وأطلق أحد الفصيلين سراح ستة من عناصر الآخر.", [("captured", 6)]),
    ("وأفرجت إحدى الجماعتين عن تسعة مقاتلين.", [("captured", 9)]),
])
def test_one_of_armed_groups_is_no_person(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # a state's detention stays an arrest; one named by a noun before "one of" is one
    ("واحتجزت الشرطة ستة من عناصر الحركة.", [("arrested", 6)]),
    ("وقتل قائد إحدى الكتائب في الاشتباك.", [("killed", 1)]),
    ("واعتقلت الشرطة أحد المسلحين.", [("arrested", 1)]),
    ("وخطف مسلحون ثلاثة من إحدى المجموعتين.", [("captured", 3)]),
    # one of the prisoners is held, sick or not
    ("وأكد أن أحد الأسرى مصاب بمرض مزمن.", [("captured", 1)]),
])
def test_one_of_people_keeps_its_reading(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    # jobs and livelihoods lost count no people gone missing
    "وفقد نحو 6 آلاف وظيفة في قطاع السياحة.",
    "وأدى الإغلاق إلى فقدان 15 ألف وظيفة.",
    "وفقد 180 ألفا وظائفهم منذ بداية الأزمة.",
    # the sick are no wounded
    "وقالت الوزارة إن أحد المسافرين كان مصابا بالإنفلونزا.",
    "وقال إن أحد المسافرين كان مصابا بمرض مزمن.",
    "وقال الطبيب إن أحد العمال مصاب بالسرطان.",
    "وذكرت أن امرأة في السبعين من عمرها وصلت المستشفى مصابة بالإنفلونزا.",
])
def test_losses_of_things_and_illness_count_nobody(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("text", "want"), [
    # the sick one of a toll: the toll stays, the one is no second figure
    ("وأصيب ثلاثة أشخاص، أحدهم مصاب بالإنفلونزا أصلا.", [("wounded", 3)]),
    ("وأصيب 20 شخصا، ستة منهم مصابون بأمراض مزمنة.", [("wounded", 20)]),
    # people gone missing and the hurt keep their reading
    ("وفقد 12 صيادا في العاصفة.", [("missing", 12)]),
    ("وفقد أربعة آخرون في البحر.", [("missing", 4)]),
    ("وأصيب ثلاثة أشخاص، أحدهم مصاب بجروح خطيرة.", [("wounded", 1), ("wounded", 3)]),
    ("وقالت إن أحد الركاب يظهر مصابا في ساقه.", [("wounded", 1)]),
    ("وذكرت أن امرأة في السبعين من عمرها وصلت المستشفى مصابة بشظايا.", [("wounded", 1)]),
])
def test_the_missing_and_the_hurt_keep_their_reading(
        text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want
