"""Arabic counts the sentence rules left unread (round ar116): a toll told by "عدد" with a
dated phrase before its number, the hurt told by their treatment or by their carrying to
hospital, a mourned count with the verb of falling, and duals the noun lists miss."""

from __future__ import annotations

import pytest

from workbench.core.extract.ar.casualties import find_casualties_ar


def _read(text: str) -> list[tuple[str, int]]:
    return sorted((str(f["outcome"]), int(f["count_low"])) for f in find_casualties_ar(text))


def _spans(text: str) -> list[str]:
    return [str(f["text"]) for f in find_casualties_ar(text)]


@pytest.mark.parametrize(("text", "want"), [
    # a running toll past a phrase of time holding a date: the date's numbers are skipped
    ("بلغ عدد القتلى منذ 4 أيار الماضي 318 شخصا.", [("killed", 318)]),
    ("وبلغ عدد الجرحى في الإقليم منذ 19 شباط 77 شخصا.", [("wounded", 77)]),
    ("بلغ عدد المفقودين منذ 2 آب 2024 نحو 60 شخصا.", [("missing", 60)]),
    ("بلغ عدد القتلى خلال 72 ساعة 45 شخصا.", [("killed", 45)]),
    # the treated counted after the passive, treated for choking
    ("عولج العشرات من الاختناق قرب الحاجز.", [("wounded", 24)]),
    ("وعولج ثمانية آخرون من الاختناق.", [("wounded", 8)]),
    ("عولجت خمس نساء من الاختناق.", [("wounded", 5)]),
    # the hurt carried to hospital, the count before the verb or after it
    ("أربعة من الصيادين نقلوا إلى المستشفى مصابين بحروق.", [("wounded", 4)]),
    ("ونقل ستة عمال الى مستشفى البلدة مصابين.", [("wounded", 6)]),
    # a mourned count with the verb of falling after it
    ("نعت الحركة ثلاثة من مقاتليها سقطوا في الاشتباكات.", [("killed", 3)]),
    ("نعى الفصيل في بيان اثنين من قادته ارتقيا في الغارة.", [("killed", 2)]),
    ("ينعى حارسين سقطا على الحدود.", [("killed", 2)]),
    # duals: a nisba after "عاملين", a feminine construct with its dual verb, an object
    # past "معهم", a construct of a broken-plural person, "شرطيين" and "عضوان"
    ("وكان مسلحون قد اختطفوا عاملين ماليزيين.", [("captured", 2)]),
    ("وأفاد شهود بأن بائعتي ورد قتلتا في القصف.", [("killed", 2)]),
    ("وقال إن ممرضتي الهلال الأحمر أصيبتا بشظايا.", [("wounded", 2)]),
    ("وذكر أن المهاجمين اقتادوا معهم طفلين من المخيم.", [("captured", 2)]),
    ("خطف شيخي قبيلة قرب السوق.", [("captured", 2)]),
    ("مقتل شرطيين في كمين شمال البلدة.", [("killed", 2)]),
    ("قتل عضوان في مجلس البلدة.", [("killed", 2)]),
])
def test_read(text: str, want: list[tuple[str, int]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize("text", [
    # "عاملين" as "working in", things counted since a date, a population
    "قدمت الجمعية منحا إلى عاملين في المجال الصحي.",
    "سجلت 9 حوادث اعتداء على عاملين في الإغاثة.",
    "بلغ عدد المدارس منذ 6 أيلول 80 مدرسة.",
    "يبلغ عدد السكان 40 ألفا.",
    "بلغ عدد القتلى منذ 8 تشرين الأول في 3 مدن ما لم يعرف بعد.",
    # treatment and carrying with no count, a mourned count with no outcome word
    "عولج المريض في المستشفى.",
    "عولج اللاعب من إصابة في الركبة.",
    "نقلت الشحنة إلى المستشفى الميداني.",
    "نعى الرئيس الفنان الراحل.",
    "نعت النقابة اثنين من أعضائها المؤسسين.",
    # the two parties of a talk; "the plural workers" after "عاملين" with a broken plural
    "اتفق الطرفان على تبادل الأسرى.",
    "زار الوفد مدرستي البلدة.",
])
def test_no_figure(text: str) -> None:
    assert _read(text) == []


def test_spans_run_from_the_count_to_its_outcome_word() -> None:
    assert _spans("نعت الحركة ثلاثة من مقاتليها سقطوا في الاشتباكات.") == [
        "ثلاثة من مقاتليها سقطوا"]
    assert _spans("بلغ عدد القتلى منذ 4 أيار الماضي 318 شخصا.") == [
        "عدد القتلى منذ 4 أيار الماضي 318 شخصا"]
    assert _spans("أربعة من الصيادين نقلوا إلى المستشفى مصابين بحروق.") == [
        "أربعة من الصيادين نقلوا إلى المستشفى مصابين"]
