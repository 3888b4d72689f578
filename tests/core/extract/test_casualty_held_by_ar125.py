"""Arabic people held or taken, by whom (round ar125): a definite group counted by the
numeral after it as the object of a verb of holding or taking told after its subject, the
holder deciding a capture or an arrest, one named by an indefinite office, the present
plural of holding, the jails of an armed group, a partitive's sound plural, and a part
released after "then" or a subjunctive. Every sentence is fictional."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int]]:
    return sorted((str(f["outcome"]), int(f["count_low"])) for f in find_casualties_ar(text))


def _spans(text: str) -> list[tuple[str, str, int]]:
    return sorted((str(f["text"]), str(f["outcome"]), int(f["count_low"]))
                  for f in find_casualties_ar(text))


@pytest.mark.parametrize(("text", "want"), [
    # a definite group counted by its numeral after the subject: the holder decides
    ("احتجز القراصنة أفراد الطاقم التسعة قبالة السواحل.", [("captured", 9)]),
    ("اقتاد المسلحون المسعفين الاثنين إلى جهة مجهولة.", [("captured", 2)]),
    ("اقتادت دورية خفر السواحل الصيادين الخمسة إلى الميناء.", [("arrested", 5)]),
    ("احتجز المسلحون المهندسين الأربعة في مزرعة نائية.", [("captured", 4)]),
    ("خطف مسلحون الصحفيين الثلاثة أثناء عودتهم من التغطية.", [("captured", 3)]),
    ("اعتقلت الشرطة الناشطين الستة في ساحة البلدية.", [("arrested", 6)]),
    ("اقتاد عناصر الجماعة الرعاة الثلاثة إلى الجبل.", [("captured", 3)]),
    ("اعتقلت القوات أعضاء الخلية الأربعة في مداهمة ليلية.", [("arrested", 4)]),
    # ... eleven with the article is read whole, not as ten
    ("احتجزت البحرية البحارة الأحد عشر على متن السفينة.", [("arrested", 11)]),
    # the present plural of holding after an armed subject, a partitive's sound plural
    ("وقال شهود إن مسلحين يحتجزون 5 من العاملين في المصنع.", [("captured", 5)]),
    ("مسلحون يحتجزون خمسة عمال في مستودع قرب الطريق.", [("captured", 5)]),
    ("وقال مسؤول إن الشرطة تحتجز 5 من الموظفين في المبنى.", [("arrested", 5)]),
    # the jails of an armed group hold captives, a ministry's jails detainees
    ("ويقبع نحو 300 محتجز في سجون الجماعة منذ سنوات.", [("captured", 300)]),
    ("ويقبع نحو 300 محتجز في سجون الوزارة منذ سنوات.", [("arrested", 300)]),
    # one named by an indefinite office, after the verb and its subject
    ("خطف مسلحون مدير مدرسة في ريف المدينة الجنوبي.", [("captured", 1)]),
    ("اختطف مجهولون رئيس بلدية أثناء عودته إلى منزله.", [("captured", 1)]),
    # a part released after "then" or a subjunctive keeps the capture
    ("خطف مسلحون تسعة رعاة ثم أطلقوا سراح ثلاثة منهم.", [("captured", 3), ("captured", 9)]),
    ("اختطف مسلحون ستة مهندسين، وطالبوا بفدية قبل أن يفرجوا عن اثنين منهم.",
     [("captured", 2), ("captured", 6)]),
])
def test_held_or_taken_reads(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


def test_spans_of_the_definite_group_and_the_part() -> None:
    assert _spans("احتجز القراصنة أفراد الطاقم التسعة قبالة السواحل.") == [
        ("احتجز القراصنة أفراد الطاقم التسعة", "captured", 9)]
    # the group after a count ends at "then": the release is no part of the herders
    assert _spans("خطف مسلحون تسعة رعاة ثم أطلقوا سراح ثلاثة منهم.") == [
        ("ثلاثة منهم", "captured", 3), ("خطف مسلحون تسعة رعاة", "captured", 9)]


@pytest.mark.parametrize("text", [
    # a weekday after a definite plural, not two people
    "اعتقلت الشرطة المتظاهرين الاثنين الماضي في وسط المدينة.",
    # one named by his office, definite by the construct
    "خطف مسلحون مدير مدرسة القرية صباح اليوم.",
    "اعتقلت القوات نائب رئيس البلدية أمس.",
    # a definite group with no numeral, a definite singular, bare plurals
    "اقتاد المسلحون الصيادين إلى جهة مجهولة.",
    "والموظف الذي خطف ما زال مفقودا.",
    "خطف مسلحون عمالا من موقع المشروع.",
    # a release of people named before with no holding told, rescues and evacuations
    "أفرجت السلطات عن خمسة منهم.",
    "أنقذ الدفاع المدني خمسة أشخاص أحياء من تحت الأنقاض.",
    "أجلت السلطات مئتي عائلة من الحي.",
    # attackers, a speaker before a verb, a thing before a passive
    "هاجم خمسة مسلحين الحاجز.",
    "سائق قال إنه رأى المسلحين يغادرون.",
    "منزل قصف في الحي الشرقي.",
])
def test_left_unread(text: str) -> None:
    assert find_casualties_ar(text) == []


@pytest.mark.parametrize("text", [
    # a release negated frees no part: the whole stays the only figure
    "اختطف مسلحون ستة مهندسين، ولم يفرجوا عن اثنين منهم.",
    "خطف مسلحون تسعة رعاة، ولم يطلقوا سراح ثلاثة منهم.",
])
def test_a_negated_release_frees_no_part(text: str) -> None:
    assert len(find_casualties_ar(text)) == 1


@pytest.mark.parametrize(("text", "want"), [
    # "Sunday" then ten people: no eleven without the definite noun before it
    ("قتل يوم الأحد عشرة أشخاص في القصف.", [("killed", 10)]),
    # one among the figure's people, for every outcome (read before the round too)
    ("أصيب ستة أشخاص بينهم مسعفة في القصف.", [("wounded", 1), ("wounded", 6)]),
    ("خطف مسلحون ثمانية عمال بينهم مهندس.", [("captured", 1), ("captured", 8)]),
    ("اعتقلت الشرطة عشرة متظاهرين بينهم طالبة.", [("arrested", 1), ("arrested", 10)]),
    ("قتل سبعة مدنيين بينهم طفلة في الغارة.", [("killed", 1), ("killed", 7)]),
    # one person before an unvowelled passive (read before the round too)
    ("عامل خطف من أمام المصنع مساء أمس.", [("captured", 1)]),
    ("شاب قتل برصاص مجهولين في السوق.", [("killed", 1)]),
])
def test_readings_kept(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    # an armed man before the verb of taking is the kidnapper: the child after it is taken
    ("مسلح خطف من السوق طفلا.", [("خطف من السوق طفلا", "captured", 1)]),
    ("وقال الشهود إن مسلحا خطف من السوق طفلا.", [("خطف من السوق طفلا", "captured", 1)]),
    # ... another person before it is the one taken, and a gunman killed by the police dies
    ("عامل خطف من أمام المصنع.", [("عامل خطف", "captured", 1)]),
    ("مسلح قتل برصاص الشرطة.", [("مسلح قتل", "killed", 1)]),
])
def test_the_kidnapper_before_the_verb(text: str, want: list[tuple[str, str, int]]) -> None:
    assert _spans(text) == want
